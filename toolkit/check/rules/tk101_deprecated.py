"""TK101 deprecated-term: a deprecated or superseded term is used; the preferred one is suggested.

A deprecated term written in another case than the base's is one too (the near-miss search
finds it: toolkit.check.context.deprecated_in_other_case).

A name the text speaks of as a name ("commonly known as South Korea", "‘남한’으로 불리는") is
quoted, not used: changing it would change what the sentence says.

A title or office written for another country than the one it belongs to ("외교통상부" of
Australia, not Korea's former ministry) is not that concept's term and is left alone.

--fix replaces it when the written form is the term itself (not an inflected form, whose
preferred counterpart would need inflecting too).
"""

from __future__ import annotations

import re

from toolkit.check.context import match_case
from toolkit.text.language import primary_language

CODE = "TK101"
NAME = "deprecated-term"
DEFAULT_SEVERITY = "error"
ENABLED_BY_DEFAULT = True
SUMMARY = "a deprecated or superseded term is used"


def check(ctx):
    for located in ctx.matches:
        match = located.match
        if match.term.status not in ("deprecated", "superseded") or ctx.belongs_elsewhere(located) \
                or _named_as_a_name(located.segment.text, match.start, match.end):
            continue
        preferred = ctx.preferred(match.concept_id, located.lang)
        start, found = match.start, match.text
        if preferred and (blend := _blended_head(located.segment.text, match.start, match.text, preferred.text)):
            start, found = match.start - len(blend), blend + match.text  # "Republic of South Korea"
        suggestion = match_case(preferred.text, found) if preferred else None
        message = f"'{found}' is a {match.term.status} term" if found == match.text else \
            f"'{found}' writes the {match.term.status} term '{match.text}' inside the name"
        if suggestion:
            message += f"; the base's preferred term is '{preferred.text}'"
        fix = suggestion if suggestion and not match.inflected else None
        yield ctx.finding(CODE, located.segment, start, match.end, message, found=found,
                          suggestion=suggestion, concept=match.concept_id, fix=fix)
    for segment, miss, term in ctx.deprecated_in_other_case:  # "Sistema de Integración centroamericana"
        preferred = ctx.preferred(miss.term.concept_id, primary_language(miss.term.lang))
        message = f"'{miss.text}' is the {term.status} term '{term.text}' written in another case"
        if preferred:
            message += f"; the base's preferred term is '{preferred.text}'"
        yield ctx.finding(CODE, segment, miss.start, miss.end, message, found=miss.text,
                          suggestion=preferred.text if preferred else None, concept=miss.term.concept_id,
                          fix=preferred.text if preferred else None)


# Words that present what follows (en, es) or what precedes (ko) as a name being spoken of.
_NAMED_BEFORE = re.compile(r"(?i)(?:\b(?:known|referred to) as|\b(?:called|dubbed|so-called)|\bconocid[oa]s? (?:como|por)"
                           r"|\b(?:llamad|denominad)[oa]s?|일명|이른바|속칭)\s*[\"“‘']?$")
_NAMED_AFTER = re.compile(r"^[\"”’']?\s*(?:으로|로|이라고|라고|이라|라)\s*(?:불리|부르|칭하)")


def _blended_head(text: str, start: int, written: str, preferred: str) -> str | None:
    """The preferred term's first words, written right before a deprecated term that ends as
    it does ("Republic of " before "South Korea", for Republic of Korea): one name blended of
    the two, which the preferred term alone replaces; else None."""
    words, name = written.casefold().split(), preferred.split()
    shared = 0
    while shared < min(len(words), len(name)) - 1 and words[-1 - shared] == name[-1 - shared].casefold():
        shared += 1
    head = " ".join(name[:len(name) - shared]) + " "
    return text[start - len(head):start] if shared and text[:start].casefold().endswith(head.casefold()) else None


def _named_as_a_name(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a name the sentence speaks of ("known as …", "…(이)라고 불리는")?"""
    return bool(_NAMED_BEFORE.search(text[max(0, start - 40):start]) or _NAMED_AFTER.match(text[end:end + 12]))
