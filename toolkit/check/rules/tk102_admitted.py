"""TK102 admitted-variant: an admitted variant is used where house style is the preferred term.

Acronyms, abbreviations and short forms are not variants in this sense: "SICA" after its
full form is good style, and so is a country's formal name beside its short name; nor is
a reordering of the preferred term's words ("MIKTA chair" for "chair of MIKTA"), another
gender or number of it ("viceministra"; a plural of an admitted term names several holders,
often of several countries), a fuller form naming whose it is ("외교부 제1차관") or spelling out
its acronym ("한-중미통합체제(SICA) 정상회의" for 한-SICA 정상회의),
a generic word (toolkit.model.termbase.GENERIC_NOTE: "vicecanciller" of any country), or a title
written for another country than its own.
"""

from __future__ import annotations

from toolkit.check.context import match_case
from toolkit.check.forms import is_plural_of, one_designation, other_designation_kind

CODE = "TK102"
NAME = "admitted-variant"
DEFAULT_SEVERITY = "info"
ENABLED_BY_DEFAULT = True
SUMMARY = "an admitted variant is used instead of the preferred term"
NOT_VARIANTS = ("acronym", "abbreviation", "shortForm")


def check(ctx):
    for located in ctx.matches:
        match = located.match
        if match.term.status != "admitted" or match.term.term_type in NOT_VARIANTS or match.term.is_generic:
            continue
        preferred = ctx.preferred(match.concept_id, located.lang)
        if preferred is None or preferred.text == match.term.text:
            continue
        if other_designation_kind(match.term, preferred) or one_designation(match.term.text, preferred.text):
            continue
        if is_plural_of(match.text, match.term.text):
            continue  # "los viceministros de Asuntos Exteriores de Corea del Sur, X, y de Bolivia, Y": generic
        if ctx.belongs_elsewhere(located):
            continue
        suggestion = match_case(preferred.text, match.text)
        yield ctx.finding(CODE, located.segment, match.start, match.end,
                          f"'{match.text}' is an admitted variant; house style is '{preferred.text}'",
                          found=match.text, suggestion=suggestion, concept=match.concept_id)
