"""Hangul documents (.hwpx, OWPML): the paragraphs of each Contents/sectionN.xml, numbered.

Paragraph n across the sections (table cells included, in document order) is line n of a
finding, named with its first words. Text is hp:t's, with hp:tab and hp:lineBreak as
characters; tracked changes read as accepted: text between hp:deleteBegin and
hp:deleteEnd is dropped, inserted text kept. Read only: Hangul files are not rewritten.
"""

from __future__ import annotations

import re
from pathlib import Path

from toolkit.errors import InputError
from toolkit.inputs import PlacedFile, add_paragraphs
from toolkit.inputs.ziparts import open_package, read_part

HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"
CHARACTERS = {f"{HP}tab": "\t", f"{HP}lineBreak": "\n"}
_SECTION = re.compile(r"Contents/section(\d+)\.xml")


def read_hwpx(path: str | Path) -> PlacedFile:
    path = Path(path)
    checked = PlacedFile(str(path), [], "", "utf-8", fixable=False)
    paragraphs: list[tuple[str, str]] = []
    with open_package(path, "HWPX") as package:
        sections = sorted((int(found[1]), name) for name in package.namelist() if (found := _SECTION.fullmatch(name)))
        if not sections:
            raise InputError(path, "not a HWPX file: no Contents/section0.xml in the package")
        for _, name in sections:
            paragraphs += [("", text) for text in _paragraphs(read_part(path, package, name).root)]
    add_paragraphs(checked, paragraphs)
    return checked


def _paragraphs(root) -> list[str]:
    """Each hp:p's text, in document order; a paragraph's own text, not its cells'."""
    texts: dict = {}
    deleting = False
    for element in root.iter():
        tag = element.tag
        if tag == f"{HP}deleteBegin":
            deleting = True
        elif tag == f"{HP}deleteEnd":
            deleting = False
        in_text = tag == f"{HP}t" or getattr(element.getparent(), "tag", None) == f"{HP}t"
        paragraph = next(element.iterancestors(f"{HP}p"), None) if in_text else None
        if paragraph is None or deleting and tag not in (f"{HP}deleteEnd",):
            continue
        pieces = texts.setdefault(paragraph, [])
        if tag == f"{HP}t":
            pieces.append(element.text or "")
        else:  # a character (tab, line break) or a marker inside hp:t, then the text after it
            pieces += [CHARACTERS.get(tag, ""), element.tail or ""]
    return ["".join(texts.get(paragraph, [])) for paragraph in root.iter(f"{HP}p")]
