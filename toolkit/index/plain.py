"""Terms and concepts as plain tuples: what the on-disk indexes store.

marshal and pickle load plain tuples of strings several times faster than dataclasses, and
only the few terms or concepts a command shows are turned back into model objects.
"""

from __future__ import annotations

from toolkit.model.termbase import Concept, Context, Term, TermBase


def term_to_plain(term: Term) -> tuple:
    return (
        term.text, term.term_type, term.status, term.part_of_speech, term.gender,
        term.geographical_usage, tuple((c.text, c.source) for c in term.contexts),
        tuple(term.sources), tuple(term.notes), term.review,
    )


def term_from_plain(plain: tuple) -> Term:
    text, term_type, status, pos, gender, geo, contexts, sources, notes, review = plain
    return Term(
        text, term_type, status, pos, gender, geo,
        [Context(t, s) for t, s in contexts], list(sources), list(notes), review,
    )


def concept_to_plain(concept: Concept) -> tuple:
    return (
        concept.id, concept.subject, concept.definition, tuple(concept.notes),
        tuple(concept.sources), tuple(concept.cross_refs),
        tuple((lang, tuple(term_to_plain(t) for t in terms)) for lang, terms in concept.terms.items()),
    )


def concept_from_plain(plain: tuple) -> Concept:
    cid, subject, definition, notes, sources, cross_refs, terms = plain
    return Concept(
        cid, subject, definition, list(notes), list(sources), list(cross_refs),
        {lang: [term_from_plain(t) for t in plains] for lang, plains in terms},
    )


def termbase_to_plain(termbase: TermBase) -> tuple:
    return (termbase.title, termbase.description, tuple(termbase.invalid),
            tuple(concept_to_plain(concept) for concept in termbase.concepts))


def termbase_from_plain(plain: tuple) -> TermBase:
    title, description, invalid, concepts = plain
    return TermBase([concept_from_plain(concept) for concept in concepts], title, description, list(invalid))
