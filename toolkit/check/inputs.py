"""Files to check, read into CheckedFiles: releases through ingest, PO/POT catalogs through polib.

Positions always refer to the file the user gave: ingest maps body lines to raw lines, and a
catalog's msgstr characters are mapped back through its quoted, escaped source lines
(polib parses the catalog but keeps no character positions, hence the small walker here).
"""

from __future__ import annotations

import re
from pathlib import Path

from toolkit.errors import InputError
from toolkit.model.segment import CheckedFile, Pair, Segment
from toolkit.text.language import primary_language
from toolkit.text.placeholders import mask_placeholders

CATALOG_SUFFIXES = (".po", ".pot")
HEAD_LINES = 8  # the body lines a page prints twice: its headline group and lead
COPY_SIMILARITY = 90  # rapidfuzz ratio of a left-out line to the body line it nearly repeats
COPY_MIN_CHARS = 20
_NEWLINE = re.compile(r"\r\n|\r|\n")


def checkable_paths(paths) -> list[Path]:
    """Files as given, and for a folder the files in it that check reads (releases, catalogs,
    translators' files), sorted; a folder with none of them is an InputError, not "no findings"."""
    from toolkit.ingest.pipeline import INPUT_SUFFIXES
    from toolkit.inputs import READERS

    suffixes = (*INPUT_SUFFIXES, *CATALOG_SUFFIXES, *READERS)
    found: list[Path] = []
    for given in map(Path, paths):
        if not given.is_dir():
            found.append(given)
            continue
        inside = sorted(p for p in given.iterdir() if p.is_file() and p.suffix.lower() in suffixes)
        if not inside:
            raise InputError(given, f"no file to check in this folder ({', '.join(suffixes)})")
        found.extend(inside)
    return found


def read_input(path: str | Path) -> CheckedFile:
    """A release (.txt/.html, via ingest), a catalog (.po/.pot), or a CAT/office file (toolkit.inputs)."""
    path = Path(path)
    from toolkit.inputs import reader_for  # XLIFF, TMX, DOCX, HWPX

    if (reader := reader_for(path)) is not None:
        return reader(path)
    if path.suffix.lower() in CATALOG_SUFFIXES:
        return read_catalog(path)
    return read_release(path)


def read_release(path: Path) -> CheckedFile:
    """A release's body lines as segments; its raw text and encoding kept for --fix."""
    from toolkit.ingest import ingest

    document = ingest(path)
    raw = document.raw
    if not raw.strip():
        raise InputError(path, "empty file: nothing to check")
    try:
        raw_text = raw.decode(document.encoding)
    except (LookupError, UnicodeDecodeError):
        raw_text = ""
    segments = [
        Segment(line.text, primary_language(line.language or document.language), line.raw_line, line.raw_column,
                line.kind, marker=line.marker)
        for line in document.lines
    ]
    segments += differing_copies(raw_text, segments)
    fixable = bool(raw_text) and raw_text.encode(document.encoding) == raw
    return CheckedFile(str(path), segments, raw_text, document.encoding, fixable=fixable)


def differing_copies(raw_text: str, body: list[Segment]) -> list[Segment]:
    """The lines the cleaner left out as second copies of the page's headline or lead (printed
    above the byline and again over the text, or under a summary) that differ from the copy
    it kept: a slip hides in one copy as well as in the other, so both are checked."""
    from rapidfuzz import fuzz, process

    head = [segment for segment in body[:HEAD_LINES] if len(segment.text) >= COPY_MIN_CHARS]
    if not head or not raw_text:
        return []
    taken = {segment.line for segment in body}
    copies = []
    for number, line in enumerate(_NEWLINE.split(raw_text), 1):
        text = line.strip()
        if number in taken or len(text) < COPY_MIN_CHARS or any(text == segment.text for segment in head):
            continue
        found = process.extractOne(text, [segment.text for segment in head], scorer=fuzz.ratio, score_cutoff=COPY_SIMILARITY)
        if found is not None:
            kept = head[found[2]]
            copies.append(Segment(text, kept.lang, number, line.index(text) + 1, kept.kind))
    return copies


def read_catalog(path: Path) -> CheckedFile:
    """Each translated msgstr is a segment in the catalog's language, paired with its msgid.

    Fuzzy, obsolete and untranslated entries are skipped: gettext does not use them either.
    A catalog `termkit import` (and msgfmt) would refuse is refused here with the same
    one-line error, never checked as if it were empty.
    """
    # only catalogs need polib (and babel, in mask_placeholders): releases start faster
    from toolkit.formats.po import parse_catalog

    catalog = parse_catalog(path)
    raw_text = path.read_bytes().decode("utf-8-sig")
    target_lang = primary_language(catalog.metadata.get("Language"))
    source_lang = primary_language(catalog.metadata.get("X-Source-Language")) or "en"
    lines = _NEWLINE.split(raw_text)
    checked = CheckedFile(str(path), [], raw_text, "utf-8", fixable=False)
    for entry in catalog:
        if entry.obsolete or entry.fuzzy or not entry.translated():
            continue
        source = Segment(mask_placeholders(entry.msgid), source_lang, entry.linenum, 1, "msgid")
        for keyword, text in _translations(entry):
            positions = _string_positions(lines, entry.linenum, keyword)
            target = Segment(mask_placeholders(text), target_lang, entry.linenum, 1, "msgstr", positions)
            if len(target.positions or ()) != len(text):
                target.positions = None  # an unusual layout: fall back to the entry's line
            checked.segments.append(target)
            checked.pairs.append(Pair(source, [target], str(path)))
    return checked


def _translations(entry) -> list[tuple[str, str]]:
    """(keyword, text) of each translation of a polib entry: msgstr, or msgstr[n] for plurals."""
    if entry.msgid_plural:
        return [(f"msgstr[{index}]", text) for index, text in sorted(entry.msgstr_plural.items()) if text]
    return [("msgstr", entry.msgstr)]


def _string_positions(lines: list[str], first_line: int, keyword: str) -> list[tuple[int, int]]:
    """(line, column) of every character of the string after `keyword`, unescaped."""
    positions: list[tuple[int, int]] = []
    number = first_line
    while number <= len(lines) and not lines[number - 1].lstrip().startswith(keyword + " "):
        number += 1
    started = False
    while number <= len(lines):
        line = lines[number - 1]
        stripped = line.lstrip()
        if started and not stripped.startswith('"'):
            break
        opening = line.index('"') if '"' in line else -1
        if opening < 0:
            break
        started = True
        index = opening + 1
        while index < len(line) and line[index] != '"':
            positions.append((number, index + 1))
            index += 2 if line[index] == "\\" else 1
        number += 1
    return positions
