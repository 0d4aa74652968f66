"""TBX v2 (TBX 2008, ISO 30042:2008, `martif`) for tools that read nothing newer.

Translate Toolkit (and so Weblate's glossary import), memoQ, Trados MultiTerm Convert and
OmegaT read this dialect: termEntry / langSet / tig, with data categories as
`termNote`/`descrip`/`admin` elements carrying a `type`. The names and picklist values are
TBX-Basic's, so the file says the same as the v3 export, and toolkit.formats.tbx reads it
back. No DOCTYPE: the 2008 DTD is not shipped, and readers must not fetch one.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path

from lxml import etree

from toolkit.files import atomic
from toolkit.formats import xmlnodes
from toolkit.formats.tbx import Dialect, indented_chunks, write_entry
from toolkit.model.termbase import TermBase

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def tbx2_bytes(termbase: TermBase) -> bytes:
    """The term base as a TBX-Basic 2008 martif document: deterministic bytes."""
    return b"".join(tbx2_chunks(termbase))


def tbx2_chunks(termbase: TermBase) -> Iterator[bytes]:
    """tbx2_bytes piece by piece, one concept's elements at a time (see tbx.tbx_chunks)."""
    root = etree.Element("martif", type="TBX-Basic")
    root.set(XML_LANG, "en")
    header = etree.SubElement(root, "martifHeader")
    file_desc = etree.SubElement(header, "fileDesc")
    _sub(etree.SubElement(file_desc, "titleStmt"), "title", termbase.title)
    _sub(etree.SubElement(file_desc, "sourceDesc"), "p", termbase.description)
    encoding = etree.SubElement(header, "encodingDesc")
    _sub(encoding, "p", "TBXBasicXCSV02.xcs", type="XCSURI")
    body = etree.SubElement(etree.SubElement(root, "text"), "body")
    return indented_chunks(root, body, termbase.sorted(), partial(write_entry, dialect=TBX2), {})


def write_tbx2(termbase: TermBase, path: str | Path) -> None:
    atomic.write_chunks(path, tbx2_chunks(termbase))


def _sub(parent, name: str, text: str | None = None, **attributes):
    element = etree.SubElement(parent, name, **attributes)
    element.text = text
    return element


# TBX-Basic's data categories as v2 elements: descrip, admin or ref; any other is a termNote.
V2_ELEMENTS = {"subjectField": "descrip", "definition": "descrip", "context": "descrip", "source": "admin",
               "crossReference": "ref"}


def _category(parent, category: str, text: str, **attributes):
    return xmlnodes.sub(parent, V2_ELEMENTS.get(category, "termNote"), text, type=category, **attributes)


TBX2 = Dialect(xmlnodes.sub, _category, "termEntry", "langSet", "tig")
