"""TBX for the two CAT tools a ministry's vendors load term bases into.

Both import TBX 2008 (ISO 30042:2008, the `martif` dialect) - neither reads TBX v3 - so a
flavour is the base adjusted to what the tool can represent, written by the TBX-Basic 2008
writer (toolkit.formats.tbx2):

- memoQ (term base import, TBX): a term is allowed or forbidden, nothing between, so
  superseded terms are written as deprecatedTerm-admn-sts, which memoQ marks forbidden.
- Trados MultiTerm (through MultiTerm Convert, "TBX" input): administrativeStatus becomes a
  picklist field holding all four TBX-Basic values, so statuses are kept as they are.

In both, candidate terms (not yet approved) are left out: neither tool can show a term as
a proposal, and a translator would take it for an approved one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from toolkit.formats import tbx2
from toolkit.model.termbase import Concept, TermBase

FLAVOURS = ("memoq", "multiterm")


def flavoured(termbase: TermBase, flavour: str) -> TermBase:
    """The base as `flavour` can hold it (see the module docstring)."""
    concepts = []
    for concept in termbase.concepts:
        terms = {}
        for lang, lang_terms in concept.terms.items():
            kept = [term for term in lang_terms if not term.is_candidate]
            if flavour == "memoq":
                kept = [replace(term, status="deprecated") if term.status == "superseded" else term for term in kept]
            if kept:
                terms[lang] = kept
        if terms:
            concepts.append(Concept(id=concept.id, subject=concept.subject, definition=concept.definition,
                                    notes=list(concept.notes), sources=list(concept.sources),
                                    cross_refs=list(concept.cross_refs), terms=terms))
    return TermBase(concepts=concepts, title=termbase.title, description=termbase.description)


def flavour_chunks(termbase: TermBase, flavour: str) -> Iterator[bytes]:
    if flavour not in FLAVOURS:
        raise ValueError(f"unknown TBX flavour {flavour!r}")
    return tbx2.tbx2_chunks(flavoured(termbase, flavour))
