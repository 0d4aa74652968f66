"""TK101 deprecated-term: a deprecated or superseded term is used; the preferred one is suggested.

A deprecated term written in another case than the base's is one too (the near-miss search
finds it: toolkit.check.context.deprecated_in_other_case).

A title or office written for another country than the one it belongs to ("외교통상부" of
Australia, not Korea's former ministry) is not that concept's term and is left alone.

--fix replaces it when the written form is the term itself (not an inflected form, whose
preferred counterpart would need inflecting too).
"""

from __future__ import annotations

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
        if match.term.status not in ("deprecated", "superseded") or ctx.belongs_elsewhere(located):
            continue
        preferred = ctx.preferred(match.concept_id, located.lang)
        suggestion = match_case(preferred.text, match.text) if preferred else None
        message = f"'{match.text}' is a {match.term.status} term"
        if suggestion:
            message += f"; the base's preferred term is '{preferred.text}'"
        fix = suggestion if suggestion and not match.inflected else None
        yield ctx.finding(CODE, located.segment, match.start, match.end, message, found=match.text,
                          suggestion=suggestion, concept=match.concept_id, fix=fix)
    for segment, miss, term in ctx.deprecated_in_other_case:  # "Sistema de Integración centroamericana"
        preferred = ctx.preferred(miss.term.concept_id, primary_language(miss.term.lang))
        message = f"'{miss.text}' is the {term.status} term '{term.text}' written in another case"
        if preferred:
            message += f"; the base's preferred term is '{preferred.text}'"
        yield ctx.finding(CODE, segment, miss.start, miss.end, message, found=miss.text,
                          suggestion=preferred.text if preferred else None, concept=miss.term.concept_id,
                          fix=preferred.text if preferred else None)
