"""Read every real CAT sample (../shared/data/cat-formats) and score where findings land.

    .venv/bin/python tests/eval/eval_formats.py

For each XLIFF, TMX, DOCX and HWPX sample: the segments (units / paragraphs) read, then a
copy with a superseded term of tests/fixtures/inputs/base.csv planted at the start of up to
20 segments spread over the file (the term in the segment's language; English for others),
checked with `termkit check`'s engine. A plant is *placed* when its TK101 finding names the
segment's own unit/paragraph and points at the planted characters (line and column);
*fixable* counts the findings --fix would rewrite (XLIFF targets and DOCX text only; TMX,
HWPX and untranslated XLIFF sources are report-only by design). Figures by format and by
producer (the file name's prefix). Skips cleanly when ../shared is absent.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT.parent / "shared" / "data" / "cat-formats"
BASE = ROOT / "tests" / "fixtures" / "inputs" / "base.csv"
PLANTS = {"ko": "외교통상부", "es": "Ministerio de Relaciones Exteriores y Comercio"}
ENGLISH = "Ministry of Foreign Affairs and Trade"
PER_FILE = 20


def samples() -> list[Path]:
    return sorted(path for folder in ("xliff", "tmx", "docx", "hwpx") for path in (SAMPLES / folder).glob("*.*"))


def spread(count: int, wanted: int = PER_FILE) -> list[int]:
    """Indexes of `wanted` items spread evenly over `count`."""
    if count <= wanted:
        return list(range(count))
    return sorted({round(index * (count - 1) / (wanted - 1)) for index in range(wanted)})


def plant_xml(path: Path, checked, chosen) -> dict:
    """Insert the term before each chosen segment's first character in the raw text."""
    from toolkit.inputs.xmltext import decode

    text, encoding = decode(path, path.read_bytes())
    starts = [0] + [index + 1 for index, char in enumerate(text) if char == "\n"]
    expected, edits, shift = {}, [], defaultdict(int)
    for index in sorted(chosen):  # in file order: earlier plants on a line shift later columns
        segment, place = checked.segments[index], checked.places[index]
        term = PLANTS.get(segment.lang, ENGLISH)
        line, column = segment.position(0)
        edits.append((starts[line - 1] + column - 1, term + " "))
        expected[(line, column + shift[line])] = (place.label, term)
        shift[line] += len(term) + 1
    for offset, insert in sorted(edits, reverse=True):
        text = text[:offset] + insert + text[offset:]
    path.write_bytes(text.encode(encoding))
    return expected


def plant_docx(path: Path, checked, chosen) -> dict:
    edits, expected = defaultdict(list), {}
    for index in chosen:
        segment, place = checked.segments[index], checked.places[index]
        part, offset = checked.offsets[segment.line][0]
        term = PLANTS.get(segment.lang, ENGLISH)
        if offset is None:
            continue
        edits[part].append((offset, term + " "))
        expected[(segment.line, 1)] = (place.label, term)
    _rezip(path, {part: _apply(checked.parts[part].text, inserts).encode("utf-8") for part, inserts in edits.items()})
    return expected


def plant_hwpx(path: Path, checked, chosen) -> dict:
    from lxml import etree

    from toolkit.inputs.hwpx import HP, _SECTION

    wanted = {checked.segments[index].line: index for index in chosen}
    expected, parts, number = {}, {}, 0
    with zipfile.ZipFile(path) as package:
        sections = sorted((int(found[1]), name) for name in package.namelist() if (found := _SECTION.fullmatch(name)))
        for _, name in sections:
            root = etree.fromstring(package.read(name))
            for paragraph in root.iter(f"{HP}p"):
                number += 1
                if number not in wanted:
                    continue
                first = next((t for t in paragraph.iter(f"{HP}t") if next(t.iterancestors(f"{HP}p")) is paragraph), None)
                segment, place = checked.segments[wanted[number]], checked.places[wanted[number]]
                if first is None or segment.text[:1] != (first.text or "x")[:1]:
                    continue  # the paragraph does not start with this hp:t's text
                term = PLANTS.get(segment.lang, ENGLISH)
                first.text = term + " " + first.text
                expected[(number, 1)] = (place.label, term)
            parts[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    _rezip(path, parts)
    return expected


def _apply(text: str, inserts) -> str:
    for offset, insert in sorted(inserts, reverse=True):
        text = text[:offset] + insert + text[offset:]
    return text


def _rezip(path: Path, replaced: dict) -> None:
    temporary = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(temporary, "w") as target:
        for info in source.infolist():
            target.writestr(info, replaced.get(info.filename, source.read(info)))
    temporary.replace(path)


def score(path: Path, base, scratch: Path) -> dict:
    """One sample's figures."""
    from toolkit.check.engine import check_files
    from toolkit.check.fix import fixed_text
    from toolkit.inputs import reader_for, with_places
    from toolkit.inputs.docx import DocxFile, _edits

    started = time.perf_counter()
    checked = reader_for(path)(path)
    seconds = time.perf_counter() - started
    copy = scratch / path.name
    shutil.copyfile(path, copy)
    chosen = spread(len(checked.segments))
    planter = {".docx": plant_docx, ".hwpx": plant_hwpx, ".tmx": plant_xml}.get(path.suffix, plant_xml)
    expected = planter(copy, reader_for(copy)(copy), chosen) if chosen else {}
    findings, files = with_places(*check_files([copy], base))
    placed = 0
    for finding in findings:
        want = expected.get((finding.line, finding.column))
        # a paragraph is named by number and first words, which the plant itself changes
        label = want[0].split(' "')[0] + ' "' if want and path.suffix in (".docx", ".hwpx") else f"{want and want[0]}]"
        if finding.rule == "TK101" and want and finding.found == want[1] and f"[{label}" in finding.message:
            placed += 1
    (file,) = files
    if isinstance(file, DocxFile):
        fixes = sum(len(part) for part in _edits(file, findings).values())
    else:
        fixes = len(fixed_text(file, findings)[1])
    return {"segments": len(checked.segments), "seconds": seconds, "planted": len(expected), "placed": placed,
            "fixable": fixes}


def main() -> int:
    if not SAMPLES.exists():
        print(f"skipped: {SAMPLES} is not present")
        return 0
    sys.path.insert(0, str(ROOT))
    from toolkit.index.loader import load_base

    base = load_base(BASE, with_reference=False)
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for path in samples():
            figures = score(path, base, Path(scratch))
            rows.append((path.parent.name, path.name.split("_")[0], path.name, figures))
    print(f"{'format':6} {'producer':22} {'segments':>8} {'planted':>7} {'placed':>6} {'fixable':>7} {'read s':>6}  file")
    for fmt, producer, name, f in rows:
        print(f"{fmt:6} {producer:22} {f['segments']:8} {f['planted']:7} {f['placed']:6} {f['fixable']:7} "
              f"{f['seconds']:6.2f}  {name}")
    for title, key in (("by format", 0), ("by producer", 1)):
        totals = defaultdict(lambda: [0, 0, 0, 0])
        for row in rows:
            total = totals[row[key]]
            total[0] += 1
            total[1] += row[3]["planted"]
            total[2] += row[3]["placed"]
            total[3] += row[3]["fixable"]
        print(f"\n{title}: files, planted, placed (%), fixable")
        for name, (files, planted, placed, fixable) in sorted(totals.items()):
            print(f"  {name:22} {files:3} {planted:5} {placed:5} ({100 * placed / max(planted, 1):5.1f}%) {fixable:5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
