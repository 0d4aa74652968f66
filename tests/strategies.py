"""Hypothesis strategies shared by the property tests: terms with every field drawn."""

from __future__ import annotations

from hypothesis import strategies as st

from toolkit.model.termbase import GENDERS, PARTS_OF_SPEECH, STATUSES, TERM_TYPES, Concept, Context, Term, TermBase


def optional(values) -> st.SearchStrategy:
    return st.none() | st.sampled_from(values)


def terms_from(texts: st.SearchStrategy, *, round_trip: bool) -> st.SearchStrategy:
    """Terms whose strings come from `texts`. With `round_trip`, only what a reader can give
    back unchanged: no repeated source or note, no note a reader takes for the review state."""
    notes = texts.filter(lambda note: not note.startswith("review: ")) if round_trip else texts
    return st.builds(
        Term,
        text=texts,
        term_type=optional(TERM_TYPES),
        status=optional(STATUSES),
        part_of_speech=optional(PARTS_OF_SPEECH),
        gender=optional(GENDERS),
        geographical_usage=st.none() | texts,
        contexts=st.lists(st.builds(Context, texts, st.none() | texts), max_size=2),
        sources=st.lists(texts, max_size=2, unique=round_trip),
        notes=st.lists(notes, max_size=2, unique=round_trip),
        review=st.sampled_from(["approved", "candidate"]),
    )


texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    min_size=1, max_size=30,
).map(lambda value: " ".join(value.split())).filter(bool)
# Texts and terms that survive a TBX round trip: no control characters, spaces collapsed.
round_trip_terms = terms_from(texts, round_trip=True)


@st.composite
def termbases(draw) -> TermBase:
    """Small bases with every field drawn, cross references among their own ids."""
    ids = draw(st.lists(st.from_regex(r"[a-z][a-z0-9\-]{0,12}", fullmatch=True), max_size=6, unique=True))
    concepts = []
    for cid in ids:
        concept = Concept(
            id=cid,
            subject=draw(st.none() | texts),
            definition=draw(st.none() | texts),
            notes=draw(st.lists(texts, max_size=2, unique=True)),
            sources=draw(st.lists(texts, max_size=2, unique=True)),
            cross_refs=draw(st.lists(st.sampled_from(ids), max_size=2, unique=True)),
        )
        for lang in draw(st.lists(st.sampled_from(["en", "ko", "es", "es-MX", "fr"]), min_size=1, max_size=3, unique=True)):
            concept.terms[lang] = draw(st.lists(round_trip_terms, min_size=1, max_size=3))
        concepts.append(concept)
    return TermBase(concepts=concepts, title=draw(texts), description=draw(texts))
