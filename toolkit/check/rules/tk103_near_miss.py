"""TK103 near-miss: a span one slip away from a known name ("Central America Integration
System", "중미통합체재"). See toolkit.check.nearmiss for what counts as a slip.

Persons' names in another romanization or spacing are TK105's. --fix applies the known
name when only one token (or one function word) differs — the known-misspelling case.
"""

from __future__ import annotations

CODE = "TK103"
NAME = "near-miss"
DEFAULT_SEVERITY = "warning"
ENABLED_BY_DEFAULT = True
SUMMARY = "a near miss of a known name (misspelling)"


def check(ctx):
    for segment, miss in ctx.near_misses:
        if miss.romanization or miss.punctuation_only:
            continue
        yield ctx.finding(CODE, segment, miss.start, miss.end,
                          f"'{miss.text}' looks like a misspelling of '{miss.term.text}'",
                          found=miss.text, suggestion=miss.term.text, concept=miss.term.concept_id,
                          fix=miss.term.text)
