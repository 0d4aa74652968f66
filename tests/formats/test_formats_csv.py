"""CSV/TSV for spreadsheets: Excel-friendly bytes, and re-import that changes nothing."""

from __future__ import annotations

import csv
import io

import pytest
from fixtures.formats.sample_termbase import sample_termbase

from toolkit.errors import InputError
from toolkit.formats import csvfile
from toolkit.model.termbase import Concept, Term, TermBase


def _carried(termbase: TermBase):
    """The fields a CSV carries; every term of every language, with the preferred one first."""
    result = {}
    for concept in termbase.concepts:
        languages = {}
        for lang in concept.languages():
            main = concept.preferred(lang)
            terms = [main, *(t for t in concept.terms[lang] if t is not main)]
            languages[lang] = [(t.text, t.term_type, t.status, t.gender, t.review) for t in terms]
            languages[lang].append((main.notes, main.sources))
        result[concept.id] = (concept.subject, concept.definition, concept.notes, concept.sources, languages)
    return result


@pytest.mark.parametrize("name", ["glossary.csv", "glossary.tsv"])
def test_reimport_gives_the_same_model_and_the_same_bytes(tmp_path, name):
    path = tmp_path / name
    csvfile.write_csv(sample_termbase(), path)
    back = csvfile.read_csv(path)
    assert _carried(back) == _carried(sample_termbase())
    again = tmp_path / f"again-{name}"
    csvfile.write_csv(back, again)
    assert again.read_bytes() == path.read_bytes()


def test_excel_layout_one_row_per_concept_with_bom(tmp_path):
    path = tmp_path / "glossary.csv"
    csvfile.write_csv(sample_termbase(), path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [row["id"] for row in rows] == ["cabei", "mofa-korea", "sica", "vice-minister-foreign-affairs"]
    sica = rows[2]
    assert (sica["en"], sica["ko"], sica["es"]) == (
        "Central American Integration System", "중미통합체제", "Sistema de la Integración Centroamericana")
    assert sica["es info"] == "fullForm, preferred, masculine"
    assert sica["ko variants"] == "SICA [acronym, admitted]"
    assert rows[3]["es info"] == "fullForm, masculine, candidate"
    assert csvfile.csv_bytes(sample_termbase(), bom=False).startswith(b"id,subject,")


def test_formula_like_cells_are_defused_and_restored(tmp_path):
    base = TermBase([Concept(id="x", notes=["=HYPERLINK(\"http://example.invalid\")"],
                             terms={"en": [Term("-ism", sources=["@handle"])]})])
    path = tmp_path / "glossary.csv"
    csvfile.write_csv(base, path)
    row = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))[0]
    assert row["notes"].startswith("'=") and row["en"] == "'-ism" and row["en sources"] == "'@handle"
    back = csvfile.read_csv(path).concepts[0]
    assert back.notes == base.concepts[0].notes and back.terms["en"][0].text == "-ism"



def test_a_term_that_begins_with_an_apostrophe_and_a_formula_sign_round_trips(tmp_path):
    """The apostrophe that defuses "=x" must not eat the term's own one in "'=x"."""
    base = TermBase([Concept(id="x", terms={"en": [Term("'=x"), Term("''-y"), Term("'plain")]})])
    path = tmp_path / "glossary.csv"
    csvfile.write_csv(base, path)
    assert [t.text for t in csvfile.read_csv(path).concepts[0].terms["en"]] == ["'=x", "''-y", "'plain"]

def test_excel_cp949_export_is_decoded(tmp_path):
    path = tmp_path / "from-excel.csv"
    text = "id,en,ko\r\nmofa-korea,Ministry of Foreign Affairs,외교부\r\nsica,Central American Integration System,중미통합체제\r\n"
    path.write_bytes(text.encode("cp949"))
    concepts = csvfile.read_csv(path).by_id()
    assert concepts["mofa-korea"].terms["ko"][0].text == "외교부"
    assert concepts["sica"].terms["ko"][0].text == "중미통합체제"


@pytest.mark.parametrize("content,line,message", [
    ("id,en\r\nsica,SICA,extra\r\n", 2, "3 cells"),
    ("id,en\r\nsica,SICA\r\n,Ministry\r\n", 3, "no concept id"),
    ("id,en\r\nsica,SICA\r\n\r\nsica,Sistema\r\n", 4, "appears twice"),
    ("id,en,colour\r\n", 1, "'colour'"),
    ("en,ko\r\nSICA,중미통합체제\r\n", 1, "no 'id' column"),
    ("id,en,en info\r\nsica,SICA,\"acronym, prefered\"\r\n", 2, "not a TBX-Basic"),
    ('id,en,en notes\r\nsica,SICA,"one\r\ntwo"\r\nmofa,"Ministry"x\r\n', 4, "malformed CSV"),
    ('id,en,en notes\r\nsica,SICA,"one\r\ntwo"\r\nmofa,Ministry,"two\r\nlines"\r\n,orphan\r\n', 6, "no concept id"),
])
def test_malformed_rows_are_one_line_errors_with_line(tmp_path, content, line, message):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        csvfile.read_csv(path)
    assert caught.value.line == line
    assert message in caught.value.message
    assert "\n" not in str(caught.value)


def test_empty_and_binary_files_are_refused(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        csvfile.read_csv(empty)
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"id,en\x00\x01\x02")
    with pytest.raises(InputError, match="binary"):
        csvfile.read_csv(binary)
