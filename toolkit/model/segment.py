"""Text to check, cut into segments that know where each character sits in the raw file.

A release gives one segment per body line (ingest maps it to its raw line and column); a
PO catalog gives one per msgstr, whose characters may be spread over several quoted lines
and escapes, so those carry an explicit per-character position list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Segment:
    """A run of text in one language, with a map from character index to (line, column)."""

    text: str
    lang: str | None
    line: int
    column: int = 1
    kind: str = "paragraph"
    positions: list[tuple[int, int]] | None = None
    marker: str | None = None

    def position(self, index: int) -> tuple[int, int]:
        """1-based (line, column) of character `index`; index == len(text) is just past the end."""
        if self.positions is None:
            return self.line, self.column + index
        if index < len(self.positions):
            return self.positions[index]
        if not self.positions:
            return self.line, self.column
        line, column = self.positions[-1]
        return line, column + 1

    def slice(self, start: int, end: int) -> "Segment":
        """The sub-segment text[start:end], still positioned in the raw file."""
        if self.positions is None:
            return Segment(self.text[start:end], self.lang, self.line, self.column + start, self.kind)
        return Segment(self.text[start:end], self.lang, self.line, self.column, self.kind, self.positions[start:end])

    @property
    def is_single_line(self) -> bool:
        return self.positions is None


@dataclass
class Pair:
    """Aligned source text and the target segments that should carry its terms' equivalents."""

    source: Segment
    targets: list[Segment]
    source_path: str


@dataclass
class CheckedFile:
    """Everything the rules need to know about one input file."""

    path: str
    segments: list[Segment]
    raw_text: str
    encoding: str = "utf-8"
    pairs: list[Pair] = field(default_factory=list)
    fixable: bool = True


# Sentence ends: ., !, ? or 。 followed by space, or Korean declarative "다." — a regex is
# enough for the ministry's prose; no sentence-splitting library is among our dependencies.
_SENTENCE_END = re.compile(r"(?<=[.!?。])[\"”’)]*\s+(?=\S)")


def sentences(segment: Segment) -> list[Segment]:
    """The segment split into sentences, each still positioned in the raw file."""
    pieces: list[Segment] = []
    start = 0
    for match in _SENTENCE_END.finditer(segment.text):
        if _is_abbreviation_end(segment.text, match.start()):
            continue
        pieces.append(segment.slice(start, match.start()))
        start = match.end()
    pieces.append(segment.slice(start, len(segment.text)))
    return [piece for piece in pieces if piece.text.strip()]


def _is_abbreviation_end(text: str, end: int) -> bool:
    """'U.S. Department', 'No. 3', '1. On October': a period that does not end a sentence."""
    before = text[:end].strip()
    word = before.rsplit(None, 1)[-1] if before else ""
    if re.fullmatch(r"\d+\.", word):
        return word == before  # a paragraph number, not "on October 28."
    return bool(re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,2}\.", word))
