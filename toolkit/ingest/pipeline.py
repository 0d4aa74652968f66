"""A scraped release (text or saved HTML, any of en/ko/es) to a Document.

bytes -> text (decode) -> positioned lines (lines / html) -> layout and chrome removal
(layout, with the chrome table) -> body structure and language (structure, language).
"""

from __future__ import annotations

import hashlib
from collections import Counter
import re
from pathlib import Path

from toolkit.errors import InputError
from toolkit.ingest.boundaries import bound
from toolkit.ingest.chrome import ChromeTable, builtin_table
from toolkit.ingest.decode import decode
from toolkit.ingest.layout import UNKNOWN, Segments, detect_layout, segment
from toolkit.ingest.lines import RawLine, text_lines
from toolkit.ingest.shapes import is_photo_caption
from toolkit.ingest.structure import is_title, marker_and_kind
from toolkit.model.document import BodyLine, Document
from toolkit.text import language

INPUT_SUFFIXES = (".txt", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
EMPTY_LAYOUT = "empty"
# No release has a line this long; past it the input is not a release (a dump, a minified page).
MAX_LINE_CHARS = 100_000
# A line on more than REPEAT_SHARE of the pages of one folder cleaned together (three pages
# at least) is the site's chrome when it stands above the body.
REPEAT_MIN_PAGES = 3
REPEAT_SHARE = 0.5
_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html)\b", re.I | re.S)
_YMD = re.compile(r"(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\.?")
_DMY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_FIELD_NAMES = {"department": "department", "hits": "hits", "notice": "notice", "attachment": "attachments", "author": "author"}


def ingest(path: str | Path, chrome: ChromeTable | None = None) -> Document:
    """Read one release and return its boilerplate-free body, mapped to the raw file.

    `chrome` replaces the built-in chrome table (see `ChromeTable.extended`).
    Raises InputError for a missing, unreadable or binary file.
    """
    return _finish(*_read_page(Path(path), chrome or builtin_table()))


def ingest_paths(paths, chrome: ChromeTable | None = None) -> list[Document]:
    """Ingest files and folders (a folder gives its *.txt, *.html, *.htm, sorted by name).

    Pages cleaned together also teach each other: a head line found on most pages of one
    folder is that site's chrome (see `repeated_lines`)."""
    table = chrome or builtin_table()
    for given in map(Path, paths):
        if given.is_dir() and not expand_paths([given]):
            raise InputError(given, f"no release in this folder ({', '.join(INPUT_SUFFIXES)})")
    pages = [_read_page(path, table) for path in expand_paths(paths)]
    repeated = repeated_lines([(Path(document.path).parent, segments) for document, segments in pages])
    return [_finish(document, segments, repeated.get(Path(document.path).parent, frozenset()))
            for document, segments in pages]


def repeated_lines(pages: list[tuple[Path, Segments | None]]) -> dict[Path, frozenset[str]]:
    """Per folder of at least REPEAT_MIN_PAGES pages, the lines found on more than
    REPEAT_SHARE of them (each page counted once)."""
    by_site: dict[Path, list[set[str]]] = {}
    for site, segments in pages:
        if segments is not None:
            by_site.setdefault(site, []).append({line.text for line in segments.body})
    repeated = {}
    for site, texts in by_site.items():
        if len(texts) >= REPEAT_MIN_PAGES:
            counts = Counter(text for page in texts for text in page)
            repeated[site] = frozenset(text for text, count in counts.items() if count > REPEAT_SHARE * len(texts))
    return repeated


def _read_page(path: Path, table: ChromeTable) -> tuple[Document, Segments | None]:
    """The Document's identity and the page cut by the chrome table (None: nothing to cut)."""
    raw = _read(path)
    decoded = decode(raw, str(path))
    is_html = path.suffix.lower() in HTML_SUFFIXES or bool(_HTML_START.match(decoded.text[:2048]))
    if is_html:
        from toolkit.ingest.html import read_html  # lxml only for HTML: most releases are text

        page = read_html(decoded.text, str(path))
        lines, signature_lines = page.lines, page.page_lines
    else:
        lines = signature_lines = text_lines(decoded.text)
    _refuse_huge_lines(path, lines)
    document = Document(
        path=str(path),
        content_hash=hashlib.sha256(raw).hexdigest(),
        encoding=decoded.encoding,
        metadata={"format": "html" if is_html else "text"},
        raw=raw,
    )
    if not lines:
        document.layout = EMPTY_LAYOUT
        document.metadata["warning"] = "empty file" if not decoded.text.strip() else "no text found"
        return document, None
    return document, segment(lines, table, detect_layout(signature_lines, table))


def _finish(document: Document, segments: Segments | None, repeated: frozenset[str] = frozenset()) -> Document:
    """Bound the body by line shapes (and lines repeated across the batch), then fill metadata."""
    if segments is None:
        return document
    bounded = bound(segments.body, title_first="category" in segments.fields, repeated=repeated)
    fields = {**bounded.fields, **segments.fields}
    document.layout = segments.layout
    document.lines = _body_lines(bounded.body, bounded.title)
    _fill_metadata(document, fields, segments.removed + bounded.removed)
    return document


def expand_paths(paths) -> list[Path]:
    files = []
    for given in map(Path, paths):
        if given.is_dir():
            files.extend(sorted(p for p in given.iterdir() if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES))
        else:
            files.append(given)
    return files


def _refuse_huge_lines(path: Path, lines: list[RawLine]) -> None:
    for raw in lines:
        if len(raw.text) > MAX_LINE_CHARS:
            raise InputError(path, f"a line of {len(raw.text):,} characters is not a release line (limit {MAX_LINE_CHARS:,})", raw.line)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as err:
        raise InputError(path, "no such file") from err
    except IsADirectoryError as err:
        raise InputError(path, "is a folder, not a file") from err
    except OSError as err:
        raise InputError(path, f"cannot read: {err.strerror or err}") from err


def _body_lines(raw_lines: list[RawLine], title: int | None = None) -> list[BodyLine]:
    """`title`: the index of the page's headline by its place (under the head chrome), even
    when it reads as a sentence; None: the first line if it is shaped like a headline, is no
    photo's caption and does not go on in the next line in lower case (a hard-wrapped paragraph)."""
    body = []
    wrapped = len(raw_lines) > 1 and raw_lines[1].text[:1].islower()
    for index, raw in enumerate(raw_lines):
        if index == title or (title is None and index == 0 and is_title(raw.text) and not is_photo_caption(raw.text)
                              and not wrapped):
            marker, kind = None, "title"
        else:
            marker, kind = marker_and_kind(raw.text)
        body.append(BodyLine(raw.text, raw.line, raw.column, kind, marker))
    return body


def _fill_metadata(document: Document, fields: dict[str, str], removed: int) -> None:
    lines = document.lines
    document.title = next((line.text for line in lines[:2] if line.kind == "title"), None)
    document.category = fields.get("category")
    document.date = _iso_date(fields["date"]) if "date" in fields else None
    shown = [language.evidence(line.text) for line in lines]
    document.language = language.decided(language.summed(shown))
    for line, evidence in zip(lines, shown):
        line.language = language.decided(evidence, fallback=document.language)
    for field, key in _FIELD_NAMES.items():
        if field in fields:
            document.metadata[key] = fields[field]
    document.metadata["chrome_lines_removed"] = str(removed)
    if document.layout == UNKNOWN:
        document.metadata["layout_note"] = (
            "layout not recognized: chrome removed by line shapes and the table's rows for every layout"
        )
    if not lines:
        document.metadata["warning"] = "no body text found"


def _iso_date(written: str) -> str:
    """2021.10.28 / 2021-10-28 / 28/10/2021 -> 2021-10-28; anything else as written."""
    if found := _YMD.fullmatch(written):
        year, month, day = found.groups()
    elif found := _DMY.fullmatch(written):
        day, month, year = found.groups()
    else:
        return written
    return f"{year}-{int(month):02d}-{int(day):02d}"
