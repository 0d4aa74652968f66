"""When two terms of one concept are one designation for the house-style rules (TK102, TK104).

A formal and a short name ("Republic of Costa Rica", "Costa Rica") are two designations a
release may both use, as UNTERM lists both; so are a full form and its acronym. And the
English genitive alternation ("chair of MIKTA", "MIKTA chair('s program)") or its Spanish
counterpart reorders the same words around "of"/"de": a grammatical choice, like
inflection, not a second spelling.
"""

from __future__ import annotations

import re

from toolkit.model.termbase import Term
from toolkit.text.inflection import english_forms, spanish_forms

DESIGNATION_KINDS = ("fullForm", "shortForm", "acronym", "abbreviation")
LINKING_WORDS = frozenset({"of", "the", "for", "de", "del", "la", "el", "los", "las"})
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def other_designation_kind(found: Term, preferred: Term) -> bool:
    """True when the two are different kinds of designation (formal vs short, full vs acronym)."""
    return (
        found.term_type in DESIGNATION_KINDS
        and preferred.term_type in DESIGNATION_KINDS
        and found.term_type != preferred.term_type
    )


def is_reordering(a: str, b: str) -> bool:
    """True when `a` and `b` are the same content words in another order ("MIKTA chair").

    Spacing, hyphens or case alone ("Jong-kun" / "Jong Kun") are not a reordering: the
    words keep their order, so such a variant is still reported.
    """
    words_a, words_b = _content_words(a), _content_words(b)
    return bool(words_a) and sorted(words_a) == sorted(words_b) and words_a != words_b


def is_inflection(found: str, preferred: str) -> bool:
    """True when one is the other with its head noun in another gender or number
    ("Viceministra de Relaciones Exteriores", "Vice Ministers of ..."): grammar, not a variant."""
    a, b = found.casefold(), preferred.casefold()
    if a == b:
        return False
    for one, other in ((a, b), (b, a)):
        forms = {*spanish_forms(one, gendered=True), *spanish_forms(one, gendered=True, feminine=True),
                 *english_forms(one)}
        if other in {form.casefold() for form in forms}:
            return True
    return False


def is_plural_of(written: str, term: str) -> bool:
    """"viceministros de Asuntos Exteriores" for "viceministro de …", "Vice Ministers of …": the
    term with one word in the plural, which names several holders, often of several countries."""
    words_w, words_t = written.casefold().split(), term.casefold().split()
    if len(words_w) != len(words_t):
        return False
    differing = [(w, t) for w, t in zip(words_w, words_t) if w != t]
    return len(differing) == 1 and differing[0][0] in (differing[0][1] + "s", differing[0][1] + "es")


def is_fuller_form(a: str, b: str) -> bool:
    """True when one holds the other's words as a run, plus words naming whose it is
    ("외교부 제1차관" then "제1차관", "Secretary of Foreign Affairs of Mexico"): a first full
    mention and the short ones after it are one designation."""
    words_a, words_b = a.casefold().split(), b.casefold().split()
    shorter, longer = sorted((words_a, words_b), key=len)
    if not shorter or len(shorter) == len(longer):
        return False
    return any(longer[i : i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1))


def is_spelled_out(a: str, b: str) -> bool:
    """True when one is the other with an acronym in it spelled out before it in brackets
    ("한-중미통합체제(SICA) 정상회의" for 한-SICA 정상회의): the first mention that glosses it."""
    for longer, shorter in ((a, b), (b, a)):
        for gloss in _GLOSS.finditer(longer):
            at = shorter.find(gloss.group(1))
            if at < 0:
                continue
            before, after = shorter[:at], shorter[at + len(gloss.group(1)):]
            if longer[gloss.end():] == after and longer.startswith(before) and longer[len(before):gloss.start()].strip():
                return True
    return False


_GLOSS = re.compile(r"\s?\(([A-Z][A-Z0-9&]+)\)")


def one_designation(a: str, b: str) -> bool:
    """Two terms of a concept a document may both write without being inconsistent."""
    return is_reordering(a, b) or is_inflection(a, b) or is_fuller_form(a, b) or is_spelled_out(a, b)


def _content_words(text: str) -> list[str]:
    return [word for word in _WORD.findall(text.casefold()) if word not in LINKING_WORDS]
