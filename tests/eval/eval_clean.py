"""Score `termkit clean` on the real-releases pages against the annotators' gold.

    .venv/bin/python tests/eval/eval_clean.py            # the figures table
    .venv/bin/python tests/eval/eval_clean.py --pages    # plus one row per page with misses
    .venv/bin/python tests/eval/eval_clean.py --no-table # line shapes alone: no chrome.tsv rows
    .venv/bin/python tests/eval/eval_clean.py --corpus DIR --gold DIR   # another set (held-out pages)

Each language folder of ../shared/data/real-releases is cleaned as one batch, as
`termkit clean FOLDER` does. Gold: tests/eval/gold/real-releases/clean-LANG.tsv (1-based raw
lines that are body, the title line, date and department). Per page:

- chrome left: output lines whose raw line the gold does not count as body;
- body lost: gold body lines (non-blank) that no output line comes from;
  a paragraph printed twice counts once: where the output keeps one copy and the gold the
  other, the same text is there, so that is neither chrome left nor body lost;
- title right: the document title equals the gold title line, stripped ("-": no title);
- date / department right, where the gold gives one (metadata, not body).

Figures go per language and per publisher (INDEX.tsv, the name before its parenthesis).
Exit 0; skips (prints a note) when ../shared is absent.
"""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "data" / "real-releases"
GOLD = Path(__file__).resolve().parent / "gold" / "real-releases"
LANGUAGES = ("en", "ko", "es")


@dataclass
class PageScore:
    file: str
    language: str
    publisher: str
    body_lines: int
    chrome_left: list[int]
    body_lost: list[int]
    title_right: bool
    date_right: bool | None
    department_right: bool | None
    title: str | None


def ranges(spec: str) -> set[int]:
    """"8,11,14-16" -> {8, 11, 14, 15, 16}."""
    numbers: set[int] = set()
    for part in filter(None, spec.split(",")):
        low, _, high = part.partition("-")
        numbers.update(range(int(low), int(high or low) + 1))
    return numbers


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def index_rows(pages: Path) -> list[dict[str, str]]:
    """A page set's index: INDEX.tsv, or the INDEX-LANG.tsv each language's writer left."""
    whole = pages / "INDEX.tsv"
    return read_tsv(whole) if whole.is_file() else [row for part in sorted(pages.glob("INDEX-*.tsv")) for row in read_tsv(part)]


def publishers() -> dict[str, str]:
    return {row["file"]: row["publisher"].split(" (")[0].strip() for row in index_rows(REAL)}


def score_language(language: str, publisher_of: dict[str, str], table: bool = True) -> list[PageScore]:
    sys.path.insert(0, str(ROOT))
    from toolkit.ingest import ingest_paths
    from toolkit.ingest.chrome import ChromeTable

    if not (GOLD / f"clean-{language}.tsv").exists() or not any((REAL / language).glob("*")):
        return []  # a held-out set of one or two languages
    gold = {row["file"]: row for row in read_tsv(GOLD / f"clean-{language}.tsv")}
    documents = ingest_paths([REAL / language], None if table else ChromeTable(()))
    scores = []
    for document in documents:
        name = f"{language}/{Path(document.path).name}"
        row = gold[name]
        raw = (REAL / name).read_text(encoding="utf-8").split("\n")
        body = gold_body(raw, row["body_lines"])
        out = {line.raw_line for line in document.lines}
        out = _other_copies_swapped(raw, out, body)
        title = None if row["title_line"] == "-" else raw[int(row["title_line"]) - 1].strip()
        scores.append(PageScore(
            file=name,
            language=language,
            publisher=publisher_of.get(name, "?"),
            body_lines=len(body),
            chrome_left=sorted(out - body),
            body_lost=sorted(body - out),
            title_right=_same(document.title, title) or _title_of_line(document, row["title_line"], title),
            date_right=None if row["date"] == "-" else document.date == row["date"],
            department_right=None if row["department"] == "-" else document.metadata.get("department") == row["department"],
            title=document.title,
        ))
    return scores


def gold_body(raw: list[str], body_lines: str) -> set[int]:
    """The gold's body lines ("8,11,14-16") that are not blank in the page's lines `raw`."""
    return {number for number in ranges(body_lines) if raw[number - 1].strip()}


def _other_copies_swapped(raw: list[str], out: set[int], body: set[int]) -> set[int]:
    """The output's lines, each kept copy of a paragraph printed twice standing for the gold's
    copy of it when the gold chose the other one (the same text either way)."""
    swapped = gold_copies(raw, out, body)
    return out - set(swapped) | set(swapped.values())


def gold_copies(raw: list[str], out: set[int], body: set[int]) -> dict[int, int]:
    """{output line: gold line} for each paragraph printed twice of which the output kept one
    copy and the gold the other (`raw`: the page's lines; line numbers 1-based)."""
    lost = sorted(body - out)
    copies = {}
    for extra in sorted(out - body):
        copy = next((number for number in lost if raw[number - 1].strip() == raw[extra - 1].strip()), None)
        if copy is not None:
            copies[extra] = copy
            lost.remove(copy)
    return copies


def _title_of_line(document, title_line: str, expected: str | None) -> bool:
    """The title taken from the gold's title line, what a scraper put before it left out
    (gold marks a line that mixes chrome and body as body)."""
    line = next((line for line in document.lines if line.kind == "title"), None)
    return (line is not None and expected is not None and title_line != "-" and line.raw_line == int(title_line)
            and len(line.text) > len(expected) / 2 and expected.endswith(line.text))


def _same(found: str | None, expected: str | None) -> bool:
    if expected is None:
        return found is None
    return found is not None and " ".join(found.split()) == " ".join(expected.split())


@dataclass
class Summary:
    pages: int
    clean_pages: int
    chrome_lines: int
    body_lines: int
    lossless_pages: int
    lost_lines: int
    titles_right: int
    dates: tuple[int, int]
    departments: tuple[int, int]

    @classmethod
    def of(cls, scores: list[PageScore]) -> "Summary":
        dates = [s.date_right for s in scores if s.date_right is not None]
        departments = [s.department_right for s in scores if s.department_right is not None]
        return cls(
            pages=len(scores),
            clean_pages=sum(not s.chrome_left for s in scores),
            chrome_lines=sum(len(s.chrome_left) for s in scores),
            body_lines=sum(s.body_lines for s in scores),
            lossless_pages=sum(not s.body_lost for s in scores),
            lost_lines=sum(len(s.body_lost) for s in scores),
            titles_right=sum(s.title_right for s in scores),
            dates=(sum(dates), len(dates)),
            departments=(sum(departments), len(departments)),
        )

    @property
    def chrome_share(self) -> float:
        return self.chrome_lines / self.body_lines if self.body_lines else 0.0


def score_all(table: bool = True) -> list[PageScore]:
    """Every page scored; `table=False` cleans without the chrome table (line shapes only)."""
    publisher_of = publishers()
    return [score for language in LANGUAGES for score in score_language(language, publisher_of, table)]


def table(scores: list[PageScore]) -> str:
    header = ("group", "pages", "no chrome left", "chrome lines (% of body)", "no body lost", "lost lines",
              "titles right", "dates", "departments")
    groups = [(language, [s for s in scores if s.language == language]) for language in LANGUAGES]
    groups += [(f"{p[:48]}", [s for s in scores if s.publisher == p]) for p in sorted({s.publisher for s in scores})]
    groups.append(("ALL", scores))
    rows = [header]
    for name, members in groups:
        summary = Summary.of(members)
        rows.append((
            name, str(summary.pages), f"{summary.clean_pages}/{summary.pages}",
            f"{summary.chrome_lines} ({100 * summary.chrome_share:.1f}%)",
            f"{summary.lossless_pages}/{summary.pages}", str(summary.lost_lines),
            f"{summary.titles_right}/{summary.pages}",
            f"{summary.dates[0]}/{summary.dates[1]}", f"{summary.departments[0]}/{summary.departments[1]}",
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows)


def page_rows(scores: list[PageScore]) -> str:
    lines = []
    for s in scores:
        if s.chrome_left or s.body_lost or not s.title_right or s.date_right is False or s.department_right is False:
            lines.append(f"{s.file}: chrome {s.chrome_left} lost {s.body_lost} title {'ok' if s.title_right else repr(s.title)}"
                         f" date {s.date_right} dept {s.department_right}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    global REAL, GOLD
    for option in ("--corpus", "--gold"):  # another set of pages and its gold, e.g. a held-out one
        if option in argv:
            value = Path(argv[argv.index(option) + 1])
            REAL, GOLD = (value, GOLD) if option == "--corpus" else (REAL, value)
    if not REAL.exists():
        print(f"skipped: {REAL} is not present")
        return 0
    scores = score_all(table="--no-table" not in argv)
    print(table(scores))
    summary = Summary.of(scores)
    print(f"\npages with no chrome left: {100 * summary.clean_pages / summary.pages:.1f}% (target >= 95%);"
          f" chrome lines: {100 * summary.chrome_share:.2f}% of body lines (target <= 1%)")
    print(f"pages with no body line lost: {100 * summary.lossless_pages / summary.pages:.1f}% (target >= 98%);"
          f" titles right: {100 * summary.titles_right / summary.pages:.1f}% (target >= 95%)")
    if "--pages" in argv:
        print("\n" + page_rows(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
