"""TK106 acronym-before-definition: an acronym appears before the document gives its full form.

A house rule, so off unless enabled (`--enable TK106`). The title line may carry a known
acronym; acronyms in CheckConfig.exempt_acronyms never need a definition. A definition is
the concept's full form (in any language) earlier in the text, or right after the acronym
("SICA (Sistema de la Integración Centroamericana)"). Only the first use is reported.
Catalog entries are independent strings and are not checked.
"""

from __future__ import annotations

import re

CODE = "TK106"
NAME = "acronym-before-definition"
DEFAULT_SEVERITY = "warning"
ENABLED_BY_DEFAULT = False
SUMMARY = "an acronym is used before its full form (house rule, off by default)"
ACRONYM_TYPES = ("acronym", "abbreviation")
_DEFINITION_FOLLOWS = re.compile(r"\s*[(,:—–-]\s*")


def check(ctx):
    defined: set[str] = set()
    reported: set[str] = set()
    order = {id(segment): number for number, segment in enumerate(ctx.file.segments)}
    first_full_form: dict[str, tuple[int, int]] = {}  # concept -> (segment number, start)
    full_forms_in: dict[tuple[int, str], list[int]] = {}  # (segment number, concept) -> starts
    for located in ctx.matches:
        if not _is_acronym(located.match.term):
            where = (order[id(located.segment)], located.match.start)
            first_full_form.setdefault(located.match.concept_id, where)
            full_forms_in.setdefault((where[0], located.match.concept_id), []).append(where[1])
    for located in ctx.matches:
        match, segment = located.match, located.segment
        if segment.kind in ("title", "msgstr") or not _is_acronym(match.term):
            continue
        concept = match.concept_id
        if concept in defined or concept in reported or match.text in ctx.config.exempt_acronyms:
            continue
        full = ctx.preferred(concept, segment.lang) or ctx.preferred(concept, located.lang)
        if full is None or _is_acronym(full):
            continue  # the base has no full form to define it with ("MIKTA")
        here = (order[id(segment)], match.start)
        later_in_line = full_forms_in.get((here[0], concept), [])
        if first_full_form.get(concept, here) < here or _defined_after(match, segment, later_in_line):
            defined.add(concept)
            continue
        reported.add(concept)
        yield ctx.finding(CODE, segment, match.start, match.end,
                          f"acronym '{match.text}' is used before the text defines it ('{full.text}')",
                          found=match.text, suggestion=_defined(full.text, match.text, segment.lang), concept=concept)


def _defined(full: str, acronym: str, lang: str | None) -> str:
    """'중미통합체제(SICA)' in Korean house style, 'Full Form (ACR)' in English and Spanish."""
    return f"{full}({acronym})" if lang == "ko" else f"{full} ({acronym})"


def _is_acronym(term) -> bool:
    return term.term_type in ACRONYM_TYPES or (term.text.isupper() and len(term.text) >= 2)


def _defined_after(match, segment, starts: list[int]) -> bool:
    """"SICA (Sistema de la Integración Centroamericana)": the full form right after the acronym."""
    return any(
        start >= match.end and _DEFINITION_FOLLOWS.fullmatch(segment.text[match.end : start]) for start in starts
    )
