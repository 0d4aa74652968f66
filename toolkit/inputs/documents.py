"""A translator's file (XLIFF, TMX, DOCX, HWPX) as a Document, so `termkit extract` reads it
as it reads a release: every segment becomes body lines that keep their place in the file.

A segment's characters can be spread over several lines of the file, or behind an escape
(`&amp;`); it is cut into runs of characters that sit one after another on one line, one
body line each, so every mention points at its own line and column.
"""

from __future__ import annotations

from pathlib import Path

from toolkit.inputs import reader_for
from toolkit.model.document import BodyLine, Document
from toolkit.model.segment import Segment


def as_document(path: str | Path) -> Document:
    """The file's segments as body lines; the document's language is its target language."""
    placed = reader_for(path)(path)
    lines = [line for segment in placed.segments for line in _runs(segment)]
    languages = [line.language for line in lines if line.language]
    language = max(set(languages), key=languages.count) if languages else None
    return Document(path=str(path), language=language, layout=Path(path).suffix.lower().lstrip("."), lines=lines)


def _runs(segment: Segment) -> list[BodyLine]:
    """The segment as runs of consecutive characters on one line of the file."""
    runs: list[BodyLine] = []
    start = 0
    for index in range(1, len(segment.text) + 1):
        end_of_run = index == len(segment.text)
        if not end_of_run:
            line, column = segment.position(index)
            previous_line, previous_column = segment.position(index - 1)
            end_of_run = (line, column) != (previous_line, previous_column + 1)
        if end_of_run:
            text = segment.text[start:index]
            if text.strip():
                line, column = segment.position(start)
                runs.append(BodyLine(text=text, raw_line=line, raw_column=column, language=segment.lang))
            start = index
    return runs
