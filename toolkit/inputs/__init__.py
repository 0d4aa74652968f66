"""Readers for the files translators work in (XLIFF, TMX, DOCX, HWPX) as checkable text.

Each reader returns a PlacedFile: the CheckedFile the check engine consumes, plus the
place of every segment a person can find in their tool (XLIFF/TMX unit id, DOCX/HWPX
paragraph number and first words). `with_places` names that place in each finding's
message, and refuses fixes where none is safe (a source text, an escape to rewrite).
"""

from __future__ import annotations

import bisect
import importlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.model.segment import CheckedFile, Segment

# Phrase (Memsource) writes paired tags as text: {1>bold<1}, {b>…<b}; blanked before the
# catalog placeholders, whose {…} pattern would otherwise swallow the words between them.
_PAIRED_TAG = re.compile(r"\{\w{1,8}>|<\w{1,8}\}")

READERS = {
    ".xlf": "toolkit.inputs.xliff:read_xliff",
    ".xliff": "toolkit.inputs.xliff:read_xliff",
    ".sdlxliff": "toolkit.inputs.xliff:read_xliff",
    ".mqxliff": "toolkit.inputs.xliff:read_xliff",
    ".mxliff": "toolkit.inputs.xliff:read_xliff",
    ".tmx": "toolkit.inputs.tmx:read_tmx",
    ".docx": "toolkit.inputs.docx:read_docx",
    ".hwpx": "toolkit.inputs.hwpx:read_hwpx",
}


def reader_for(path: str | Path):
    """The reader function for this file's suffix, or None (a release or a catalog)."""
    target = READERS.get(Path(path).suffix.lower())
    if target is None:
        return None
    module, function = target.split(":")
    return getattr(importlib.import_module(module), function)


@dataclass
class Place:
    """Where a segment starts, what a user calls it, and whether --fix may rewrite it."""

    line: int
    column: int
    label: str
    fixable: bool = True


@dataclass
class PlacedFile(CheckedFile):
    places: list[Place] = field(default_factory=list)
    escape_fixes: bool = False  # XML text: a fix is written escaped ('&' as '&amp;')

    def add(self, segment: Segment, label: str, fixable: bool = True) -> None:
        """Check this segment; it is found by `label`."""
        if not segment.text.strip():
            return
        line, column = segment.position(0)
        self.places.append(Place(line, column, label, fixable))
        self.segments.append(segment)


def with_places(findings: list, files: list[CheckedFile]) -> tuple[list, list[CheckedFile]]:
    """Each finding in a PlacedFile named by its place ("unit 12", "¶4 'The Ministry…'")."""
    placed = {file.path: file for file in files if isinstance(file, PlacedFile)}
    starts = {path: sorted((place.line, place.column, index) for index, place in enumerate(file.places))
              for path, file in placed.items()}
    for finding in findings:
        file = placed.get(finding.path)
        if file is None:
            continue
        # the segment holding the finding: the last one starting at or before it
        index = bisect.bisect_right(starts[finding.path], (finding.line, finding.column, len(file.places))) - 1
        if index < 0:
            continue
        place = file.places[starts[finding.path][index][2]]
        finding.message = f"{finding.message} [{place.label}]"
        if not place.fixable:
            finding.fix = None
        elif finding.fix is not None and file.escape_fixes:
            from xml.sax.saxutils import escape  # (it imports urllib: only where an XML fix is written)

            finding.fix = escape(finding.fix)
    return findings, files


def first_words(text: str, count: int = 6) -> str:
    """The opening words of a paragraph, as a user would search for it."""
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def positioned(chars: list[tuple[str, object]], lang: str | None, kind: str, where) -> Segment:
    """A segment of (character, position) pairs; `where` maps a position to (line, column).

    Placeholders and markup left in the text as characters (OmegaT's <e4>, Phrase's {1>…<1},
    {0}, %s) are blanked as in catalogs, keeping every other character's position."""
    from toolkit.text.placeholders import mask_placeholders

    text = _PAIRED_TAG.sub(lambda found: " " * len(found.group()), "".join(char for char, _ in chars))
    positions = [where(position) for _, position in chars]
    line, column = positions[0] if positions else (1, 1)
    return Segment(mask_placeholders(text), lang, line, column, kind, positions)


def add_paragraphs(checked: PlacedFile, paragraphs: list[tuple[str, str]]) -> None:
    """Document paragraphs as segments: (where, text) in reading order; paragraph n of the
    file is line n of its findings, the column the character in it. Each paragraph's
    language is told by its own text, the document's when it gives no evidence."""
    from toolkit.text.language import detect

    checked.raw_text = "\n".join(text for _, text in paragraphs)  # for `termkit: disable=` markers
    document_lang = detect(checked.raw_text)
    for number, (where, text) in enumerate(paragraphs, start=1):
        chars = [(char, (number, column)) for column, char in enumerate(text, start=1)]
        segment = positioned(chars, detect(text, document_lang), "paragraph", lambda position: position)
        checked.add(segment, f"{where}¶{number} \"{first_words(text)}\"")
