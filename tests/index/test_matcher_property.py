"""The matcher agrees with a slow, obviously correct reference on random texts.

The reference tries every span of the text against every form of every term, writes each
rule out the plain way (unicodedata, a regex of particles), and resolves overlaps by
repeatedly taking the best remaining candidate. Texts are glued together from pieces of
real names, particles, Hangul that is not a particle, punctuation, case changes, accents
(precomposed and combining) and the odd letter, so boundaries are hit from every side.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_matcher import ministry_base

from toolkit.index.matcher import Matcher, case_policy, inflected_forms
from toolkit.model.termbase import language_sort_key
from toolkit.text.korean import PARTICLES

STATUS_ORDER = ["preferred", "admitted", None, "deprecated", "superseded"]
PARTICLE_RUN = re.compile("(?:" + "|".join(sorted(PARTICLES, key=len, reverse=True)) + ")+")


def hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3" or "\u1100" <= char <= "\u11ff" or "\u3130" <= char <= "\u318f"


def wordy(char: str) -> bool:
    return char.isalnum() or unicodedata.combining(char) > 0


def fold(text: str, accents: bool) -> str:
    text = text.lower()
    if accents:
        decomposed = unicodedata.normalize("NFD", text)
        text = unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))
    return text


def may_start(text: str, start: int) -> bool:
    if start == 0:
        return True
    first, before = text[start], text[start - 1]
    if hangul(first):
        return not hangul(before)
    if wordy(first):
        return not wordy(before)
    return True


def may_end(text: str, end: int) -> bool:
    if end == len(text):
        return True
    last = text[end - 1]
    if not (hangul(last) or wordy(last)):
        return True
    run = ""
    for char in text[end:]:
        if not hangul(char):
            break
        run += char
    if run:
        return PARTICLE_RUN.fullmatch(run) is not None
    return hangul(last) or not wordy(text[end])


def right_case(found: str, form: str, policy: str, accents: bool) -> bool:
    if accents:
        found, form = _strip(found), _strip(form)
    if policy == "fold" or found == form:
        return True
    return policy == "title" and (found[1:] == form[1:] or found.isupper())


def _strip(text: str) -> str:
    """Remove accents but keep case (for comparing case in accent-insensitive mode)."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def reference_find(termbase, text: str, lang: str | None, accents: bool) -> list[tuple]:
    forms = []
    for concept in termbase.concepts:
        for term_lang, terms in concept.terms.items():
            for term in terms:
                written = [(term.text.strip(), False)]
                written += [(form, True) for form in inflected_forms(concept.subject, term_lang, term)]
                for form, inflected in written:
                    rank = (inflected, language_sort_key(term_lang), STATUS_ORDER.index(term.status),
                            term.is_candidate, concept.id, len(forms))
                    forms.append((form, term_lang, concept.id, term.text, inflected, case_policy(term), rank))
    candidates = []
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            span = text[start:end]
            if not (may_start(text, start) and may_end(text, end)):
                continue
            fitting = [
                f for f in forms
                if fold(span, accents) == fold(f[0], accents)
                and (lang is None or f[1] == lang)
                and right_case(span, f[0], f[5], accents)
            ]
            if fitting:
                best = min(fitting, key=lambda f: f[6])
                candidates.append((start, end, best))
    chosen = []
    while candidates:
        start, end, best = min(candidates, key=lambda c: (-(c[1] - c[0]), c[0]))
        chosen.append((start, end, text[start:end], best[1], best[2], best[3], best[4]))
        candidates = [c for c in candidates if c[1] <= start or c[0] >= end]
    return sorted(chosen)


PIECES = [
    "SICA", "sica", "Sica", "MIKTA", "US", "us", "Korea-SICA Summit", "Vice Minister of Foreign Affairs",
    "Vice Ministers of Foreign Affairs", "vice minister of foreign affairs", "Ministry of Foreign Affairs",
    "Choi Jong Kun", "Choi Jong-kun", "India", "Indonesia", "Central America", "peace process",
    "Viceministro de Relaciones Exteriores", "viceministras de Relaciones Exteriores",
    "Sistema de la Integración Centroamericana", "Sistema de la Integracion Centroamericana",
    "Centroamérica", "Centroame\u0301rica", "Panamá", "Panama", "Panama\u0301", "İ",
    "외교부", "외교부 차관", "중미", "중미통합체제", "인도", "인도네시아", "파나마", "최종건", "한-SICA 정상회의", "믹타",
    "는", "에서는", "의", "과의", "이", "네시아", "장관", "대", "양", "한-",
    " ", " ", " ", "-", ",", ".", "'s", "(", ")", "\n", "a", "X", "2", "á", "\u0301",
    "—", "“", "”", "«", "·",  # punctuation from U+0300 on, which the automaton's fast path once took for letters
]


def texts():
    return st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts(), lang=st.sampled_from([None, "en", "ko", "es"]), accents=st.booleans(),
       engine=st.sampled_from(["probe", "automaton"]))
def test_matcher_agrees_with_reference(text, lang, accents, engine):
    termbase = ministry_base()
    matcher = _matcher(accents, engine)
    got = [(m.start, m.end, m.text, m.lang, m.concept_id, m.term.text, m.inflected) for m in matcher.find(text, lang)]
    assert got == reference_find(termbase, text, lang, accents)


_BUILT: dict[tuple[bool, str], Matcher] = {}


def _matcher(accents: bool, engine: str) -> Matcher:
    """One matcher per accent mode and engine for the whole run (building is not what is tested)."""
    if (accents, engine) not in _BUILT:
        matcher = Matcher.from_termbase(ministry_base(), accent_insensitive=accents)
        matcher.automaton_after = 10**12 if engine == "probe" else 0
        _BUILT[accents, engine] = matcher
    return _BUILT[accents, engine]
