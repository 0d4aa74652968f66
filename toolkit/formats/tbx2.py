"""TBX v2 (TBX 2008, ISO 30042:2008, `martif`) for tools that read nothing newer.

Translate Toolkit (and so Weblate's glossary import), memoQ, Trados MultiTerm Convert and
OmegaT read this dialect: termEntry / langSet / tig, with data categories as
`termNote`/`descrip`/`admin` elements carrying a `type`. The names and picklist values are
TBX-Basic's, so the file says the same as the v3 export, and toolkit.formats.tbx reads it
back. No DOCTYPE: the 2008 DTD is not shipped, and readers must not fetch one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from toolkit.files import atomic
from toolkit.formats.tbx import indented_chunks, term_notes
from toolkit.model.termbase import Concept, Term, TermBase

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
    return indented_chunks(root, body, termbase.sorted(), _write_entry)


def write_tbx2(termbase: TermBase, path: str | Path) -> None:
    atomic.write_chunks(path, tbx2_chunks(termbase))


def _sub(parent, name: str, text: str | None = None, **attributes):
    element = etree.SubElement(parent, name, **attributes)
    element.text = text
    return element


def _write_entry(body, concept: Concept):
    """The concept's termEntry, added to `body`: entry-level items first, then one langSet
    per language (the 2008 DTD's order)."""
    entry = _sub(body, "termEntry", id=concept.id)
    if concept.subject:
        _sub(entry, "descrip", concept.subject, type="subjectField")
    if concept.definition:
        _sub(entry, "descrip", concept.definition, type="definition")
    for source in concept.sources:
        _sub(entry, "admin", source, type="source")
    for target in concept.cross_refs:
        _sub(entry, "ref", target, type="crossReference", target=target)
    for note in concept.notes:
        _sub(entry, "note", note)
    for lang in concept.languages():
        lang_set = _sub(entry, "langSet")
        lang_set.set(XML_LANG, lang)
        for index, term in enumerate(concept.terms[lang], start=1):
            _write_tig(lang_set, f"{concept.id}-{lang}-{index}", term)
    return entry


def _write_tig(lang_set, tig_id: str, term: Term) -> None:
    """A tig: the term, its termNotes, then contexts, sources and notes."""
    tig = _sub(lang_set, "tig", id=tig_id)
    _sub(tig, "term", term.text)
    for category, value in term_notes(term):
        _sub(tig, "termNote", value, type=category)
    for context in term.contexts:
        group = _sub(tig, "descripGrp")
        _sub(group, "descrip", context.text, type="context")
        if context.source:
            _sub(group, "admin", context.source, type="source")
    for source in term.sources:
        _sub(tig, "admin", source, type="source")
    for note in term.notes:
        _sub(tig, "note", note)
    if term.review != "approved":
        _sub(tig, "note", f"review: {term.review}")
