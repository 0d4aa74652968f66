"""The TBX writers build one entry at a time, yet write the very bytes of one indented tree.

The reference below is the former writer: the whole base as one lxml tree (the same entry
walk, with lxml elements), etree.indent, etree.tostring. Any difference (indentation, a
repeated xmlns, escaping) fails.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from conftest import ROOT
from strategies import terms_from
from toolkit.errors import InputError
from toolkit.formats import tbx, tbx2
from toolkit.model.termbase import Concept, Term, TermBase

DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'
# The entry walk of both dialects, building lxml elements.
LXML_V3 = tbx.Dialect(tbx._sub, lambda parent, category, text, **attributes: tbx._sub(
    parent, category, text, tbx.MODULE[category], **attributes), "conceptEntry", "langSec", "termSec")
LXML_V2 = tbx.Dialect(tbx2._sub, lambda parent, category, text, **attributes: tbx2._sub(
    parent, tbx2.V2_ELEMENTS.get(category, "termNote"), text, type=category, **attributes), "termEntry", "langSet", "tig")


def whole_tree_v3(termbase: TermBase) -> bytes:
    root = etree.Element(f"{{{tbx.TBX_NS}}}tbx", nsmap=tbx.NSMAP)
    root.set("type", "TBX-Basic")
    root.set("style", "dct")
    root.set(tbx.XML_LANG, "en")
    file_desc = tbx._sub(tbx._sub(root, "tbxHeader"), "fileDesc")
    tbx._sub(tbx._sub(file_desc, "titleStmt"), "title", termbase.title)
    tbx._sub(tbx._sub(file_desc, "sourceDesc"), "p", termbase.description)
    text = tbx._sub(root, "text")
    concepts = termbase.sorted()
    if concepts:
        body = tbx._sub(text, "body")
        for concept in concepts:
            tbx.write_entry(body, concept, LXML_V3)
    etree.indent(root, space="  ")
    return DECLARATION + etree.tostring(root, encoding="UTF-8") + b"\n"


def whole_tree_v2(termbase: TermBase) -> bytes:
    root = etree.Element("martif", type="TBX-Basic")
    root.set(tbx2.XML_LANG, "en")
    header = etree.SubElement(root, "martifHeader")
    file_desc = etree.SubElement(header, "fileDesc")
    tbx2._sub(etree.SubElement(file_desc, "titleStmt"), "title", termbase.title)
    tbx2._sub(etree.SubElement(file_desc, "sourceDesc"), "p", termbase.description)
    tbx2._sub(etree.SubElement(header, "encodingDesc"), "p", "TBXBasicXCSV02.xcs", type="XCSURI")
    body = etree.SubElement(etree.SubElement(root, "text"), "body")
    for concept in termbase.sorted():
        tbx.write_entry(body, concept, LXML_V2)
    etree.indent(root, space="  ")
    return DECLARATION + etree.tostring(root, encoding="UTF-8") + b"\n"


# Any text XML 1.0 allows, with the characters serializers treat specially made frequent.
xml_chars = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
awkward = st.sampled_from(["\t", "\n", "\r", " ", "<", ">", "&", '"', "'", "]]>", "<!--entries-->", 'xmlns="x"'])
texts = st.lists(xml_chars.map(str) | awkward, max_size=6).map("".join)
optional_texts = st.none() | texts
terms = terms_from(texts, round_trip=False)


@st.composite
def termbases(draw) -> TermBase:
    ids = draw(st.lists(st.from_regex(r"[A-Za-z_][A-Za-z0-9._\-]{0,8}", fullmatch=True), max_size=5, unique=True))
    concepts = [
        Concept(
            id=cid,
            subject=draw(optional_texts),
            definition=draw(optional_texts),
            notes=draw(st.lists(texts, max_size=2)),
            sources=draw(st.lists(texts, max_size=2)),
            cross_refs=draw(st.lists(texts, max_size=2)),
            terms=draw(st.dictionaries(st.sampled_from(["en", "ko", "es", "es-MX"]), st.lists(terms, max_size=2), max_size=3)),
        )
        for cid in ids
    ]
    return TermBase(concepts=concepts, title=draw(optional_texts), description=draw(optional_texts))


@settings(max_examples=100, deadline=None)
@given(termbase=termbases())
def test_v3_bytes_are_those_of_the_whole_tree(termbase):
    assert tbx.tbx_bytes(termbase) == whole_tree_v3(termbase)


@settings(max_examples=100, deadline=None)
@given(termbase=termbases())
def test_v2_bytes_are_those_of_the_whole_tree(termbase):
    assert tbx2.tbx2_bytes(termbase) == whole_tree_v2(termbase)


@pytest.mark.parametrize("termbase", [
    TermBase(),
    TermBase(title="", description=""),
    TermBase(concepts=[Concept(id="bare")]),
    TermBase(concepts=[Concept(id="no-terms", subject="x"), Concept(id="a", terms={"en": [Term("A")]})]),
], ids=["empty", "empty-texts", "bare-concept", "concept-without-terms"])
def test_edge_bases_match_the_whole_tree(termbase):
    assert tbx.tbx_bytes(termbase) == whole_tree_v3(termbase)
    assert tbx2.tbx2_bytes(termbase) == whole_tree_v2(termbase)


def test_entries_do_not_repeat_the_root_namespace_declarations():
    data = tbx.tbx_bytes(TermBase(concepts=[
        Concept(id=f"c{n}", definition="d", terms={"en": [Term(f"term {n}", term_type="fullForm")]}) for n in range(3)
    ]))
    assert data.count(b"xmlns=") == 1 and data.count(b"xmlns:basic=") == 1 and data.count(b"xmlns:min=") == 1


def test_project_termbase_rewritten_matches_the_whole_tree(tmp_path):
    termbase = tbx.read_tbx(ROOT / "glossary" / "termbase.tbx")
    assert len(termbase.concepts) > 1
    assert tbx.tbx_bytes(termbase) == whole_tree_v3(termbase)
    assert tbx2.tbx2_bytes(termbase) == whole_tree_v2(termbase)
    tbx.save_termbase(termbase, tmp_path / "v3.tbx")
    tbx2.write_tbx2(termbase, tmp_path / "v2.tbx")
    assert (tmp_path / "v3.tbx").read_bytes() == whole_tree_v3(termbase)
    assert (tmp_path / "v2.tbx").read_bytes() == whole_tree_v2(termbase)


def test_a_concept_that_cannot_be_written_leaves_the_old_file(tmp_path):
    path = tmp_path / "termbase.tbx"
    path.write_bytes(b"old")
    broken = TermBase(concepts=[Concept(id="good", terms={"en": [Term("A")]}), Concept(id="9 bad")])
    with pytest.raises(InputError):
        tbx.save_termbase(broken, path)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["termbase.tbx"]


@pytest.mark.parametrize("text", ["a\x01b", "\ud800", "x\x0by"])
def test_a_character_xml_does_not_allow_is_refused_as_lxml_refuses_it(text):
    termbase = TermBase(concepts=[Concept(id="c", notes=[text], terms={"en": [Term("A")]})])
    with pytest.raises(ValueError):
        whole_tree_v3(termbase)
    with pytest.raises(ValueError):
        tbx.tbx_bytes(termbase)
