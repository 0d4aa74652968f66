"""CSV/TSV for spreadsheets: one row per concept, a column group per language.

Columns: `id, subject, definition, notes, sources`, then for each language L:
`L` (the preferred term), `L info` (its type, status, gender, "candidate"), `L variants`
(the other terms, one per line, as "SICA [acronym, admitted]"), `L notes` and `L sources`
(of the preferred term). Cells holding several items put one per line, which Excel and
LibreOffice show inside the cell. Written UTF-8, optionally with a BOM so that Excel
detects Korean correctly; read back by read_csv() into the same model, so an exported
file re-imports without change. Not carried: part of speech, geographical usage,
contexts, cross references, and the notes and sources of variants.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from charset_normalizer import from_bytes

from toolkit.errors import InputError
from toolkit.files import atomic
from toolkit.formats import text_file_bytes
from toolkit.model.termbase import GENDERS, STATUSES, TERM_TYPES, Concept, Term, TermBase

CONCEPT_COLUMNS = ("id", "subject", "definition", "notes", "sources")
LANGUAGE_FIELDS = ("", " info", " variants", " notes", " sources")
_LANGUAGE_COLUMN = re.compile(
    r"^(?P<lang>[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)(?P<field>| info| variants| notes| sources)$"
)
_LABEL = re.compile(r"^(?P<text>.*\S) \[(?P<attrs>[^\[\]]*)\]$")
BOM = "\ufeff"
# A cell starting with one of these is a formula to Excel and LibreOffice; written with a
# leading apostrophe (shown as text, OWASP's advice), which read_csv() removes again.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# What gets the apostrophe: a formula start after any apostrophes, so that a term that itself
# begins with "'=" survives the round trip (written "''=", read back "'=").
_NEEDS_APOSTROPHE = re.compile("'*[" + re.escape("".join(FORMULA_STARTS)) + "]")


# ---------------------------------------------------------------- term labels


def term_attributes(term: Term) -> list[str]:
    """The attributes a plain-text label carries, from picklists that share no value."""
    attrs = [value for value in (term.term_type, term.status, term.gender) if value]
    if term.is_candidate:
        attrs.append("candidate")
    return attrs


def term_label(term: Term) -> str:
    """'SICA [acronym, admitted]': a term and its attributes on one line."""
    attrs = term_attributes(term)
    text = one_line(term.text)
    return f"{text} [{', '.join(attrs)}]" if attrs else text


def parse_term_label(label: str) -> Term:
    """Inverse of term_label; a trailing [...] that is not all attributes stays in the text."""
    found = _LABEL.match(label.strip())
    if found:
        term = Term(text=found["text"])
        if apply_attributes(term, found["attrs"]):
            return term
    return Term(text=label.strip())


def apply_attributes(term: Term, attrs: str) -> bool:
    """Set the attributes listed in 'fullForm, preferred'; False (term unchanged) if one is unknown."""
    values = [value.strip() for value in attrs.split(",") if value.strip()]
    if not all(v in TERM_TYPES or v in STATUSES or v in GENDERS or v == "candidate" for v in values):
        return False
    for value in values:
        if value in TERM_TYPES:
            term.term_type = value
        elif value in STATUSES:
            term.status = value
        elif value in GENDERS:
            term.gender = value
        else:
            term.review = "candidate"
    return True


def one_line(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------- writing


def csv_text(termbase: TermBase, languages: list[str] | None = None, delimiter: str = ",") -> str:
    """The table as text (no BOM); `languages` defaults to every language of the base."""
    languages = languages or termbase.languages()
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header(languages))
    for concept in termbase.sorted():
        if any(concept.terms.get(lang) for lang in languages):
            writer.writerow([_defused(cell) for cell in row(concept, languages)])
    return out.getvalue()


def header(languages: list[str]) -> list[str]:
    """The column names, shared with the XLSX glossary."""
    return [*CONCEPT_COLUMNS, *(f"{lang}{field}" for lang in languages for field in LANGUAGE_FIELDS)]


def csv_bytes(termbase: TermBase, languages: list[str] | None = None, delimiter: str = ",", bom: bool = True) -> bytes:
    return ((BOM if bom else "") + csv_text(termbase, languages, delimiter)).encode("utf-8")


def write_csv(termbase: TermBase, path: str | Path, languages: list[str] | None = None, bom: bool = True) -> None:
    """CSV, or TSV when the file name ends in .tsv."""
    atomic.write_bytes(path, csv_bytes(termbase, languages, _delimiter(Path(path)), bom))


def row(concept: Concept, languages: list[str]) -> list[str]:
    """The concept's cells under header(languages), shared with the XLSX glossary."""
    row = [
        concept.id,
        concept.subject or "",
        one_line(concept.definition or ""),
        _lines(concept.notes),
        _lines(concept.sources),
    ]
    for lang in languages:
        main = concept.preferred(lang)
        if main is None:
            row += [""] * len(LANGUAGE_FIELDS)
            continue
        variants = [term for term in concept.terms[lang] if term is not main]
        row += [
            one_line(main.text),
            ", ".join(term_attributes(main)),
            "\n".join(term_label(term) for term in variants),
            _lines(main.notes),
            _lines(main.sources),
        ]
    return row


def _defused(cell: str) -> str:
    return f"'{cell}" if _NEEDS_APOSTROPHE.match(cell) else cell


def _lines(items: list[str]) -> str:
    return "\n".join(one_line(item) for item in items)


def _delimiter(path: Path) -> str:
    return "\t" if path.suffix.lower() == ".tsv" else ","


# ---------------------------------------------------------------- reading


def read_csv(path: str | Path, warnings: list[str] | None = None) -> TermBase:
    """A CSV/TSV written by termkit (or by hand in the same columns) as a TermBase.

    Nothing is skipped silently: a row that cannot be read is an InputError, so `warnings`
    (the read_any() reader interface) stays empty."""
    path = Path(path)
    text = _decode(path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(path), strict=True)

    def numbered_rows():
        row_start = 1
        for cells in reader:
            yield row_start, cells
            row_start = reader.line_num + 1

    try:
        return termbase_from_rows(path, numbered_rows())
    except csv.Error as err:
        raise InputError(path, f"malformed CSV: {err}", reader.line_num) from err


def termbase_from_rows(path: Path, rows) -> TermBase:
    """(line, cells) rows, the first the header, in the CSV columns as a TermBase; shared
    with the XLSX glossary reader, so a spreadsheet reads exactly as its CSV would."""
    concepts: dict[str, Concept] = {}
    first = next(rows, None)
    if first is None:
        raise InputError(path, "empty file: no header row", 1)
    columns = _columns(path, first[1])
    for line, cells in rows:
        if any(cell.strip() for cell in cells):
            concept = _concept(path, line, columns, cells)
            if concept.id in concepts:
                raise InputError(path, f"concept id {concept.id!r} appears twice", line)
            concepts[concept.id] = concept
    return TermBase(concepts=list(concepts.values()))


def _decode(path: Path) -> str:
    """UTF-8 (BOM or not); a legacy encoding such as Excel's CP949 only when detected with confidence."""
    data = text_file_bytes(path, "no header row", "not CSV text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        best = from_bytes(data).best()
        if best is None or best.encoding in ("utf_8", "ascii"):
            line = data[: err.start].count(b"\n") + 1
            raise InputError(path, "not UTF-8 and no other encoding detected; save it as CSV UTF-8", line) from err
        return str(best).lstrip(BOM)


def _columns(path: Path, header: list[str]) -> list[tuple[str, str | None, str]]:
    """Each header cell as (column, language or None, field); unknown columns are errors."""
    columns = []
    for index, name in enumerate(cell.strip().lstrip(BOM) for cell in header):
        if name in CONCEPT_COLUMNS:
            columns.append((name, None, name))
            continue
        found = _LANGUAGE_COLUMN.match(name)
        if not found:
            expected = f"{', '.join(CONCEPT_COLUMNS)} or '<lang>[ info| variants| notes| sources]'"
            raise InputError(path, f"column {index + 1} {name!r} is not one of {expected}", 1)
        columns.append((name, found["lang"], found["field"].strip() or "term"))
    names = [name for name, _, _ in columns]
    if "id" not in names:
        raise InputError(path, "no 'id' column in the header row", 1)
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise InputError(path, f"column {duplicates[0]!r} appears twice in the header row", 1)
    return columns


def _concept(path: Path, line: int, columns, row: list[str]) -> Concept:
    cells: dict[tuple[str | None, str], str] = {}
    for (_, lang, field), value in zip(columns, row):
        value = value.strip()
        if value.startswith("'") and _NEEDS_APOSTROPHE.match(value, 1):
            value = value[1:]
        cells[(lang, field)] = value
    concept_id = cells.get((None, "id"), "")
    if not concept_id:
        raise InputError(path, "row has no concept id", line)
    if len(row) != len(columns):  # RFC 4180: every record has as many fields as the header
        raise InputError(path, f"row has {len(row)} cells but the header has {len(columns)}", line)
    concept = Concept(
        id=concept_id,
        subject=cells.get((None, "subject")) or None,
        definition=cells.get((None, "definition")) or None,
        notes=_split(cells.get((None, "notes"), "")),
        sources=_split(cells.get((None, "sources"), "")),
    )
    for lang in dict.fromkeys(lang for _, lang, _ in columns if lang):
        terms = _language_terms(path, line, lang, cells)
        if terms:
            concept.terms[lang] = terms
    return concept


def _language_terms(path: Path, line: int, lang: str, cells) -> list[Term]:
    text = cells.get((lang, "term"), "")
    variants = [parse_term_label(label) for label in _split(cells.get((lang, "variants"), ""))]
    if not text:
        if any(cells.get((lang, field)) for field in ("info", "notes", "sources")):
            raise InputError(path, f"column {lang!r} is empty but '{lang} info/notes/sources' are not", line)
        return variants
    main = Term(text=text, notes=_split(cells.get((lang, "notes"), "")),
                sources=_split(cells.get((lang, "sources"), "")))
    info = cells.get((lang, "info"), "")
    if not apply_attributes(main, info):
        raise InputError(path, f"'{lang} info' {info!r} holds a value that is not a TBX-Basic term type, "
                               "status or gender, nor 'candidate'", line)
    return [main, *variants]


def _split(cell: str) -> list[str]:
    return [line.strip() for line in cell.splitlines() if line.strip()]
