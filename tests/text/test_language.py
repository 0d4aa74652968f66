"""Telling a document's language from its lines' evidence, without joining its text (issue #23:
a 20 MB file's joined word list was the peak of its cleaning)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.text.language import decided, detect, evidence, summed

WORDS = ["the", "of", "and", "la", "de", "los", "외교부", "장관은", "Panamá", "niño", "¿Qué", "SICA", "2024", "—",
         "meeting", "reunión", "회의", "Ministry", "x", ""]
lines = st.lists(st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join), max_size=8)


@settings(max_examples=300, deadline=None)
@given(lines, st.sampled_from([None, "en", "es", "ko"]))
def test_lines_evidence_decides_as_their_joined_text(texts, fallback):
    assert decided(summed(evidence(text) for text in texts), fallback) == detect(" ".join(texts), fallback)


def test_a_line_without_function_words_takes_the_document_language_even_with_an_accent():
    document = decided(summed(evidence(text) for text in ["La reunión de los cancilleres", "en la capital"]))
    assert document == "es"
    assert decided(evidence("ROK-Panamá Meeting"), fallback="en") == "en"
    assert decided(evidence("2024 — 12"), fallback="en") is None
