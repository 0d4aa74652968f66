"""XLSX glossary: what a translator sees when opening it in Excel (openpyxl reads it back),
and `termkit import` reading a sheet exactly as it reads the CSV of the same base."""

from __future__ import annotations

import zipfile

import pytest

from conftest import FIXTURES
from toolkit.formats.csvfile import csv_bytes, read_csv
from toolkit.model.termbase import Term

BASE = FIXTURES / "inputs" / "base.csv"


@pytest.fixture
def sheet(termkit, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "glossary.xlsx"
    run = termkit("export", "xlsx", "-o", out, "--termbase", BASE)
    assert run.code == 0, run.err
    return load_workbook(out).active


def test_one_row_per_concept_and_a_column_group_per_language(sheet):
    header = [cell.value for cell in sheet[1]]
    assert header[:2] == ["id", "subject"] and {"en", "ko", "es", "ko variants", "es info"} <= set(header)
    rows = {row[0]: dict(zip(header, row)) for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert sorted(rows) == ["mofa", "mofa-minister", "un"]
    assert rows["mofa"]["ko"] == "외교부" and rows["mofa"]["ko info"] == "fullForm, preferred"
    assert rows["mofa"]["ko variants"] == "외교통상부 [fullForm, superseded]"


def test_header_frozen_filtered_and_statuses_marked(sheet):
    assert sheet.freeze_panes == "B2"
    assert sheet.auto_filter.ref == sheet.dimensions
    assert all(cell.font.bold for cell in sheet[1])
    header = [cell.value for cell in sheet[1]]
    marked = {header[cell.column - 1]: cell.fill.fgColor.rgb for row in sheet.iter_rows(min_row=2)
              for cell in row if cell.fill.fill_type == "solid"}
    assert marked.get("ko variants", "").endswith("F8CBAD")  # the superseded 외교통상부
    assert "en" not in marked


def test_export_needs_an_output_file(termkit):
    run = termkit("export", "xlsx", "--termbase", BASE)
    assert run.code == 2 and "give -o PATH" in run.err


def test_import_reads_xlsx_as_csv_and_keeps_formula_like_terms_as_text(termkit, tmp_path):
    base = read_csv(BASE)
    base.get("un").terms["en"].append(Term("=UN()", status="admitted"))
    from toolkit.formats.xlsx import read_xlsx, xlsx_bytes

    path = tmp_path / "glossary.xlsx"
    path.write_bytes(xlsx_bytes(base))
    with zipfile.ZipFile(path) as package:
        assert "<f>" not in package.read("xl/worksheets/sheet1.xml").decode()
    assert csv_bytes(read_xlsx(path)) == csv_bytes(base)
    target = tmp_path / "termbase.tbx"
    run = termkit("import", path, "--termbase", target, "--accept-all")  # a trusted sheet, as in #20
    assert run.code == 0, run.err
    from toolkit.formats.tbx import read_tbx

    assert read_tbx(target).get("mofa").preferred("es").text == "Ministerio de Relaciones Exteriores"


def test_a_bad_sheet_is_one_line_with_its_row(termkit, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["id", "en", "en info"])
    workbook.active.append(["a", "Alpha", "preferred"])
    workbook.active.append(["b", "Beta", "bogus"])
    path = tmp_path / "bad.xlsx"
    workbook.save(path)
    run = termkit("import", path, "--termbase", tmp_path / "t.tbx")
    assert run.code == 2 and f"{path}:3:" in run.err and "bogus" in run.err
    assert len(run.err.strip().splitlines()) == 1


@pytest.mark.parametrize("content, message", [
    (b"not a zip", "not an XLSX file"),
])
def test_not_a_workbook(termkit, tmp_path, content, message):
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    run = termkit("import", path, "--termbase", tmp_path / "t.tbx")
    assert run.code == 2 and message in run.err


def test_a_workbook_part_declaring_a_dtd_is_refused(termkit, tmp_path):
    path = tmp_path / "evil.xlsx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "b">]><Types/>')
    run = termkit("import", path, "--termbase", tmp_path / "t.tbx")
    assert run.code == 2 and "refused" in run.err and "Traceback" not in run.err


def test_the_same_base_gives_the_same_workbook_bytes(termkit, tmp_path):
    """openpyxl stamps the save time into the package; an export is reproducible all the same."""
    import time

    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert termkit("export", "xlsx", "-o", first, "--termbase", BASE).code == 0
    time.sleep(1.1)  # past the one-second resolution of a zip entry's and core.xml's time
    assert termkit("export", "xlsx", "-o", second, "--termbase", BASE).code == 0
    assert first.read_bytes() == second.read_bytes()
