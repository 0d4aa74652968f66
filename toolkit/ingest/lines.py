"""The common currency of ingest: a non-blank line of page text and where it sits in the raw file.

Text files and HTML pages are both turned into RawLines first, so chrome removal and
body structure are written once.
"""

from __future__ import annotations

from dataclasses import dataclass

from toolkit.ingest.decode import normalize_spaces, split_lines


@dataclass(frozen=True)
class RawLine:
    """`text` is stripped; `line`/`column` are 1-based positions of its first character."""

    text: str
    line: int
    column: int


def text_lines(text: str) -> list[RawLine]:
    """The non-blank lines of a plain-text file, each stripped and positioned."""
    lines = []
    for number, raw in enumerate(split_lines(text), start=1):
        spaced = normalize_spaces(raw)
        stripped = spaced.strip()
        if stripped:
            column = len(spaced) - len(spaced.lstrip()) + 1
            lines.append(RawLine(stripped, number, column))
    return lines
