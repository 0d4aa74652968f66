"""Hypothesis strategies shared by the property tests: terms with every field drawn."""

from __future__ import annotations

from hypothesis import strategies as st

from toolkit.model.termbase import GENDERS, PARTS_OF_SPEECH, STATUSES, TERM_TYPES, Context, Term


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
