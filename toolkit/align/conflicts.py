"""Contradictions in what alignment proposes, reported for a person and never resolved here.

Two kinds: one name paired with two different names in another language (the pairings of one
candidate disagree), and a candidate that pairs an approved term with a name the base does
not list for that concept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from toolkit.model.candidate import Candidate
from toolkit.model.termbase import TermBase, language_sort_key


@dataclass(frozen=True, order=True)
class Conflict:
    candidate: str
    kind: str  # "one-to-many" | "contradicts-approved"
    message: str

    def __str__(self) -> str:
        return f"{self.candidate}: {self.kind}: {self.message}"


def find_conflicts(candidates: list[Candidate], termbase: TermBase) -> list[Conflict]:
    """Every conflict, sorted by candidate id."""
    approved = _approved_index(termbase)
    found: list[Conflict] = []
    for candidate in candidates:
        found.extend(_one_to_many(candidate))
        found.extend(_contradictions(candidate, termbase, approved))
    return sorted(set(found))


def _variant(text: str) -> str:
    """One key for the spellings of one name: case ("Korea-SICA summit") and spaces around a
    dash ("East Asia - Latin America", "East Asia-Latin America") aside."""
    return re.sub(r"\s*([-–—])\s*", r"\1", text).casefold()


def _full_forms(candidate: Candidate, lang: str) -> list[str]:
    """Full forms in `lang`, spelling variants counted once."""
    forms: dict[str, str] = {}
    for term in candidate.terms:
        if term.lang == lang and term.term_type == "fullForm":
            forms.setdefault(_variant(term.text), term.text)
    return sorted(forms.values())


def _one_to_many(candidate: Candidate) -> list[Conflict]:
    """A term paired with several full forms of one other language, or, failing that, a
    language with several full forms linked through other terms."""
    conflicts = []
    partners: dict[tuple[str, str], dict[str, set[str]]] = {}
    for pairing in candidate.pairings:
        for this, other in ((pairing.a, pairing.b), (pairing.b, pairing.a)):
            if other.term_type == "fullForm" and other.lang != this.lang:
                partners.setdefault((this.lang, this.text), {}).setdefault(other.lang, set()).add(_variant(other.text))
    flagged = set()
    for (lang, text), by_lang in sorted(partners.items()):
        for other_lang, names in sorted(by_lang.items()):
            if len(names) >= 2:
                flagged.add(other_lang)
                shown = [n for n in _full_forms(candidate, other_lang) if _variant(n) in names]
                conflicts.append(Conflict(candidate.id, "one-to-many",
                                          f"{lang} {text!r} is paired with {len(shown)} {other_lang} names: "
                                          + ", ".join(repr(n) for n in shown)))
    for lang in sorted({t.lang for t in candidate.terms} - flagged, key=language_sort_key):
        names = _full_forms(candidate, lang)
        if len(names) >= 2:
            conflicts.append(Conflict(candidate.id, "one-to-many",
                                      f"{len(names)} {lang} names in one proposal: " + ", ".join(repr(n) for n in names)))
    return conflicts


def _approved_index(termbase: TermBase) -> dict[tuple[str, str], list[str]]:
    index: dict[tuple[str, str], list[str]] = {}
    for concept in termbase.concepts:
        for lang, term in concept.all_terms():
            if not term.is_candidate:
                index.setdefault((lang, term.text.casefold()), []).append(concept.id)
    return index


def _contradictions(candidate: Candidate, termbase: TermBase, approved) -> list[Conflict]:
    conflicts = []
    concepts = termbase.by_id()
    for term in candidate.terms:
        for concept_id in approved.get((term.lang, term.text.casefold()), []):
            concept = concepts[concept_id]
            for other in candidate.terms:
                if other.lang == term.lang or other.term_type != "fullForm":
                    continue
                known = {t.text.casefold() for t in concept.terms.get(other.lang, []) if not t.is_candidate}
                if known and other.text.casefold() not in known:
                    conflicts.append(Conflict(
                        candidate.id, "contradicts-approved",
                        f"{term.lang} {term.text!r} is approved in {concept_id} with {other.lang} "
                        + ", ".join(repr(t.text) for t in concept.terms[other.lang] if not t.is_candidate)
                        + f", not {other.text!r}",
                    ))
    return conflicts
