"""TK101 deprecated-term: a deprecated or superseded term is used; the preferred one is suggested.

--fix replaces it when the written form is the term itself (not an inflected form, whose
preferred counterpart would need inflecting too).
"""

from __future__ import annotations

from toolkit.check.context import match_case

CODE = "TK101"
NAME = "deprecated-term"
DEFAULT_SEVERITY = "error"
ENABLED_BY_DEFAULT = True
SUMMARY = "a deprecated or superseded term is used"


def check(ctx):
    for located in ctx.matches:
        match = located.match
        if match.term.status not in ("deprecated", "superseded"):
            continue
        preferred = ctx.preferred(match.concept_id, located.lang)
        suggestion = match_case(preferred.text, match.text) if preferred else None
        message = f"'{match.text}' is a {match.term.status} term"
        if suggestion:
            message += f"; the base's preferred term is '{preferred.text}'"
        fix = suggestion if suggestion and not match.inflected else None
        yield ctx.finding(CODE, located.segment, match.start, match.end, message, found=match.text,
                          suggestion=suggestion, concept=match.concept_id, fix=fix)
