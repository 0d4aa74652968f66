"""What extraction proposes: one official name as it appears in one place of one text."""

from __future__ import annotations

from dataclasses import asdict, dataclass

KINDS: tuple[str, ...] = (
    "organization", "acronym", "ministry", "title", "person", "country", "meeting", "document",
)


@dataclass(frozen=True)
class Mention:
    """A surface form with its kind, where it is, and why it was proposed.

    `start`/`end` are character offsets (end exclusive) into the text extraction saw: a body
    line of a Document, or the whole string given to `extract_text`. `line`/`column` are
    1-based and point into the raw file the user gave (through BodyLine.raw_line and
    raw_column), so that a translator can jump to it. `evidence` names the rule or pattern.
    An acronym is `defined` when the same text spells out its long form; `definition` is then
    that long form (in the text's language) and `definition_span` its (line, start, end).
    `expansion` is the long form that the letters actually abbreviate, when it is given in
    another language: "SICA, Sistema de la Integración Centroamericana".
    """

    text: str
    kind: str
    language: str
    start: int
    end: int
    line: int
    column: int
    evidence: str
    defined: bool = False
    definition: str | None = None
    definition_span: tuple[int, int, int] | None = None
    expansion: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown mention kind {self.kind!r}")

    def as_dict(self) -> dict:
        """A JSON-ready dict; acronym-only fields are left out for other kinds."""
        data = asdict(self)
        if self.kind != "acronym":
            for key in ("defined", "definition", "definition_span", "expansion"):
                data.pop(key)
        elif data["definition_span"] is not None:
            line, start, end = data["definition_span"]
            data["definition_span"] = {"line": line, "start": start, "end": end}
        return data
