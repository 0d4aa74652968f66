"""Excel glossaries (.xlsx, openpyxl): the CSV's columns in a sheet translators can filter.

One row per concept, the columns of toolkit.formats.csvfile (a group per language: the
preferred term, its type and status, the variants with theirs, notes, sources), so an
exported sheet imports back through the same column rules as CSV. For people: the header
row is frozen and bold, every column has a filter, and a language's variants cell is red
when it lists a deprecated or superseded term, yellow when a term is only a candidate.
Every cell is written as text: a term starting with "=" is never a formula.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from toolkit.errors import InputError
from toolkit.formats import csvfile
from toolkit.model.termbase import TermBase

SHEET = "Glossary"
DEPRECATED_FILL = "F8CBAD"
CANDIDATE_FILL = "FFE699"
MAX_CELL = 32767  # Excel's limit on a cell's characters


def xlsx_bytes(termbase: TermBase, languages: list[str] | None = None) -> bytes:
    """The glossary workbook as bytes."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    languages = languages or termbase.languages()
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET
    header = csvfile.header(languages)
    sheet.append(header)
    fills = {name: PatternFill("solid", fgColor=colour) for name, colour in
             (("deprecated", DEPRECATED_FILL), ("candidate", CANDIDATE_FILL))}
    widest = [len(name) for name in header]
    row_number = 1  # counted here: sheet.max_row scans every cell, which made an export quadratic
    for concept in termbase.sorted():
        if not any(concept.terms.get(lang) for lang in languages):
            continue
        cells = csvfile.row(concept, languages)
        if any(len(cell) > MAX_CELL for cell in cells):
            raise InputError(None, f"concept {concept.id!r} has a cell longer than Excel's {MAX_CELL} characters")
        sheet.append(cells)
        row_number += 1
        for column, value in enumerate(cells, start=1):
            widest[column - 1] = max([widest[column - 1], *map(len, value.splitlines())])
            cell = sheet.cell(row_number, column)
            cell.data_type = "s"  # text, even "=SUM(...)"
            cell.alignment = Alignment(wrap_text="\n" in value, vertical="top")
            marked = _mark(header[column - 1], value)
            if marked:
                cell.fill = fills[marked]
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "B2"  # header row and the id column stay in view
    sheet.auto_filter.ref = sheet.dimensions
    for column, width in enumerate(widest, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(60, max(10, width + 2))
    out = io.BytesIO()
    workbook.save(out)
    return _without_timestamps(out.getvalue())


# openpyxl stamps the save time into docProps/core.xml and zipfile stamps it on every member;
# both are fixed here so that the same base gives the same bytes (as the PO headers are).
FIXED_TIME = "1970-01-01T00:00:00Z"
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can hold
_CORE_TIMES = re.compile(rb"(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(</dcterms:)")


def _without_timestamps(package: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "docProps/core.xml":
                data = _CORE_TIMES.sub(rb"\g<1>" + FIXED_TIME.encode() + rb"\g<2>", data)
            target.writestr(zipfile.ZipInfo(info.filename, ZIP_EPOCH), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _mark(column: str, value: str) -> str | None:
    """Which fill a cell deserves: its terms' worst status, for the variants and info columns."""
    if not column.endswith((" variants", " info")):
        return None
    if "deprecated" in value or "superseded" in value:
        return "deprecated"
    return "candidate" if "candidate" in value else None


def read_xlsx(path: str | Path, warnings: list[str] | None = None) -> TermBase:
    """The first sheet, read as its CSV would be (same columns, same errors); rows are the
    sheet's row numbers. Formula cells are read as their text, never evaluated."""
    from openpyxl import load_workbook

    path = Path(path)
    _refuse_dtd(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=False)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as err:
        raise InputError(path, f"not a readable XLSX workbook: {err}") from err
    try:
        sheet = workbook.worksheets[0]
        rows = ((number, [_text(value) for value in values])
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1))
        return csvfile.termbase_from_rows(path, rows)
    finally:
        workbook.close()


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _refuse_dtd(path: Path) -> None:
    """openpyxl parses with the standard library; a workbook part never declares a DTD, so
    one that does is refused before openpyxl sees it (no entity expansion, no fetching)."""
    try:
        with zipfile.ZipFile(path) as package:
            for info in package.infolist():
                if info.filename.endswith((".xml", ".rels")):
                    with package.open(info) as part:
                        head = part.read(4096)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise InputError(f"{path}:{info.filename}", "refused: the part declares a DTD", 1)
    except zipfile.BadZipFile as err:
        raise InputError(path, f"not an XLSX file (not a zip package): {err}") from err
    except OSError as err:
        raise InputError(path, f"cannot read: {err.strerror or err}") from err
