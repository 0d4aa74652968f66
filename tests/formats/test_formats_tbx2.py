"""TBX v2 (martif) export: read by Translate Toolkit, and back into the same model by termkit."""

from __future__ import annotations

from io import BytesIO

import pytest
from fixtures.formats.sample_termbase import sample_termbase
from lxml import etree

from toolkit.formats.tbx import read_tbx
from toolkit.formats.tbx2 import tbx2_bytes, write_tbx2

tbx_storage = pytest.importorskip("translate.storage.tbx", reason="Translate Toolkit is a test extra")


@pytest.mark.parametrize("lang,expected", [
    ("ko", "중미통합체제"),
    ("es", "Sistema de la Integración Centroamericana"),
])
def test_translate_toolkit_reads_korean_and_spanish_terms(lang, expected):
    store = tbx_storage.tbxfile(BytesIO(tbx2_bytes(sample_termbase())), sourcelanguage="en", targetlanguage=lang)
    units = {unit.source: unit for unit in store.units}
    sica = units["Central American Integration System"]
    assert sica.target == expected
    assert [term.text for term in sica.get_target_terms()] == [expected, "SICA"]
    assert sica.get_target_terms()[0].administrative_status == "preferredTerm-admn-sts"
    assert "Korea joined as a non-regional observer in 2012." in sica.getnotes()


def test_translate_toolkit_sees_superseded_names_with_their_status():
    store = tbx_storage.tbxfile(BytesIO(tbx2_bytes(sample_termbase())), sourcelanguage="en", targetlanguage="ko")
    ministry = next(unit for unit in store.units if unit.source == "Ministry of Foreign Affairs")
    statuses = {term.text: term.administrative_status for term in ministry.get_target_terms()}
    assert statuses == {"외교부": "preferredTerm-admn-sts", "외교통상부": "supersededTerm-admn-sts"}


def test_termkit_reads_its_v2_export_back_unchanged(tmp_path):
    path = tmp_path / "glossary.v2.tbx"
    write_tbx2(sample_termbase(), path)
    assert read_tbx(path).sorted() == sample_termbase().sorted()


def test_v2_is_a_tbx_basic_martif_without_doctype_and_deterministic():
    data = tbx2_bytes(sample_termbase())
    assert data == tbx2_bytes(sample_termbase())
    assert b"<!DOCTYPE" not in data
    root = etree.fromstring(data)
    assert root.tag == "martif" and root.get("type") == "TBX-Basic"
    entry = root.find("text/body/termEntry[@id='sica']")
    assert entry.find("descrip[@type='subjectField']").text == "organization"
    assert [ls.get("{http://www.w3.org/XML/1998/namespace}lang") for ls in entry.findall("langSet")] == ["en", "ko", "es"]
