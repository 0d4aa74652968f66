"""Word documents (.docx): every paragraph a user reads, numbered, and --fix inside one run.

Read: the body (tables included), then headers, footers, footnotes and endnotes, in that
order; paragraph n of that sequence is line n of a finding, named with its first words.
Tracked changes read as if accepted: insertions kept, deletions (w:delText, w:moveFrom)
dropped; a text box's paragraphs are their own, once (mc:Fallback copies are skipped).

Fix: a finding whose text lies inside one w:t is rewritten in that part's XML text, at the
exact characters; every other part of the package is copied as it was (same members, same
order, same compression), so Word and CAT tools re-open the file.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.errors import InputError
from toolkit.files import atomic
from toolkit.inputs import PlacedFile, add_paragraphs
from toolkit.inputs.ziparts import open_package, read_part

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
DROPPED = {f"{W}moveFrom", f"{W}del", MC_FALLBACK}
PAGE_BREAKS = ("page", "column")
BREAKS = {f"{W}tab": "\t", f"{W}br": "\n", f"{W}cr": "\n"}
_PART_ORDER = [
    ("word/document.xml", ""),
    (re.compile(r"word/header(\d*)\.xml"), "header "),
    (re.compile(r"word/footer(\d*)\.xml"), "footer "),
    ("word/footnotes.xml", "footnote "),
    ("word/endnotes.xml", "endnote "),
]


@dataclass
class DocxFile(PlacedFile):
    parts: dict = field(default_factory=dict)  # part name -> RawXml
    # paragraph number -> (part name, raw offset or None) of each of its characters
    offsets: dict = field(default_factory=dict)


def read_docx(path: str | Path) -> DocxFile:
    path = Path(path)
    checked = DocxFile(str(path), [], "", "utf-8", fixable=False, escape_fixes=True)
    paragraphs: list[tuple[str, str]] = []
    with open_package(path, "DOCX") as package:
        if "word/document.xml" not in package.namelist():
            raise InputError(path, "not a DOCX file: no word/document.xml in the package")
        for name, where in _text_parts(package.namelist()):
            raw = read_part(path, package, name)
            checked.parts[name] = raw
            for chars in _paragraphs(raw):
                paragraphs.append((where, "".join(char for char, _ in chars)))
                checked.offsets[len(paragraphs)] = [(name, offset) for _, offset in chars]
    add_paragraphs(checked, paragraphs)
    return checked


def _text_parts(names: list[str]) -> list[tuple[str, str]]:
    """(part, label) of the parts holding text a reader sees, in reading order."""
    found = []
    for pattern, label in _PART_ORDER:
        if isinstance(pattern, str):
            found += [(pattern, label)] if pattern in names else []
        else:
            numbered = [(int(match[1] or 0), name) for name in names if (match := pattern.fullmatch(name))]
            found += [(name, label) for _, name in sorted(numbered)]
    return found


def _paragraphs(raw) -> list[list[tuple[str, int | None]]]:
    """Each w:p of the part (document order) as (character, raw offset) pairs."""
    texts: dict = {}
    for element in raw.root.iter(f"{W}t", *BREAKS):
        if element.tag in BREAKS and (element.getparent().tag != f"{W}r" or element.get(f"{W}type") in PAGE_BREAKS):
            continue  # a tab stop definition, not a tab character; a page break, not text
        paragraph = None
        for ancestor in element.iterancestors():
            if ancestor.tag in DROPPED:
                break
            if ancestor.tag == f"{W}p" and paragraph is None:
                paragraph = ancestor
        else:
            if paragraph is not None:
                chars = raw.chars(element) if element.tag == f"{W}t" else [(BREAKS[element.tag], None)]
                texts.setdefault(paragraph, []).extend(chars)
    return [texts.get(paragraph, []) for paragraph in raw.root.iter(f"{W}p")
            if not any(ancestor.tag in DROPPED for ancestor in paragraph.iterancestors())]


def write_docx_fixes(files: list, findings: list) -> list:
    """Apply the fixable findings of each DocxFile in place; the findings applied."""
    applied = []
    for file in files:
        if isinstance(file, DocxFile):
            edits = _edits(file, findings)
            if edits:
                _rewrite(file, edits)
                applied += [finding for part in edits.values() for _, _, _, finding in part]
    return applied


def _edits(file: DocxFile, findings: list) -> dict:
    """part -> [(start, end, replacement, finding)], only where the term is one w:t's text."""
    edits: dict = {}
    taken: set = set()
    for finding in findings:
        if finding.path != file.path or finding.fix is None or not finding.found or finding.line != finding.end_line:
            continue
        start = finding.column - 1
        chars = file.offsets.get(finding.line, [])[start : start + len(finding.found)]
        if len(chars) != len(finding.found) or any(offset is None for _, offset in chars):
            continue
        part, first = chars[0]
        if any(name != part or offset != first + index for index, (name, offset) in enumerate(chars)):
            continue  # across runs or through an escape: not unambiguous
        if file.parts[part].text[first : first + len(finding.found)] != finding.found or (part, first) in taken:
            continue
        taken.add((part, first))
        edits.setdefault(part, []).append((first, first + len(finding.found), finding.fix, finding))
    return edits


def _rewrite(file: DocxFile, edits: dict) -> None:
    """The package with the edited parts' new text; every other member byte-identical."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(file.path) as source, zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename in edits:
                raw = file.parts[info.filename]
                text, position, pieces = raw.text, 0, []
                for start, end, replacement, _ in sorted(edits[info.filename], key=lambda edit: edit[0]):
                    if start >= position:
                        pieces += [text[position:start], replacement]
                        position = end
                data = ("".join(pieces) + text[position:]).encode(raw.encoding)
            target.writestr(info, data)
    atomic.write_bytes(file.path, buffer.getvalue())
