"""A release after ingest: metadata and boilerplate-free body lines mapped to the raw file.

Every later step (extract, align, check) works on Document lines and reports positions in
the file the user gave, through `BodyLine.raw_line` and `BodyLine.raw_column`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class BodyLine:
    """One line of body text.

    `raw_line` is the 1-based line in the raw file; `raw_column` the 1-based character column
    where `text` starts there (leading whitespace removed by cleaning shifts it). `kind` is
    "title", "paragraph", "bullet", "footnote" or "note"; `marker` the numbering or bullet
    as written ("1.", "°", "※", "*").
    """

    text: str
    raw_line: int
    raw_column: int = 1
    kind: str = "paragraph"
    marker: str | None = None
    language: str | None = None


@dataclass
class Document:
    """A cleaned release: what the body says and where each line came from."""

    path: str
    language: str | None = None
    title: str | None = None
    category: str | None = None
    date: str | None = None
    content_hash: str = ""
    layout: str = "unknown"
    encoding: str = "utf-8"
    lines: list[BodyLine] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    raw: bytes = field(default=b"", repr=False, compare=False)  # the file as read (check --fix rewrites it)

    def language_of_line(self, line: BodyLine) -> str:
        """The language a body line is read in: its own (ingest detects it), else the
        document's, else English."""
        return line.language or self.language or "en"

    def body_text(self) -> str:
        """The body as plain text, one body line per line."""
        return "\n".join(line.text for line in self.lines)
