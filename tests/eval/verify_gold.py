"""Check a page set's gold before it is scored: every row points at a page the index lists, body
lines exist and are not blank, the title is a body line, names rows sit on body lines with a
span that reads as their text, and their kinds are the eight the evaluation knows.

    .venv/bin/python tests/eval/verify_gold.py PAGES GOLD [LANG ...]

PAGES holds {en,ko,es}/*.txt and INDEX.tsv (or the INDEX-LANG.tsv each language's writer of a
blind set leaves); GOLD holds clean-LANG.tsv and names-LANG.tsv
(tests/eval/gold/README.md). Prints each problem with its file and line; exit 1 if any.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_clean import LANGUAGES, index_rows, ranges, read_tsv  # noqa: E402

KINDS = frozenset({"organization", "acronym", "ministry", "title", "person", "country", "meeting", "document"})


def listed_files(pages: Path, language: str) -> set[str]:
    """The files the set's index lists for `language`."""
    return {row["file"] for row in index_rows(pages) if row["file"].startswith(f"{language}/")}


def problems(pages: Path, gold: Path, language: str) -> list[str]:
    """Every problem of one language's gold, as "file:line: what is wrong"."""
    files = listed_files(pages, language)
    found = [f"{name}: listed in the index, no such page" for name in sorted(files) if not (pages / name).is_file()]
    body: dict[str, set[int]] = {}
    for row in read_tsv(gold / f"clean-{language}.tsv"):
        name = row["file"]
        if name not in files:
            found.append(f"{name}: clean gold for a page the index does not list")
            continue
        lines = (pages / name).read_text(encoding="utf-8").split("\n")
        body[name] = ranges(row["body_lines"])
        for number in sorted(body[name]):
            if not 1 <= number <= len(lines):
                found.append(f"{name}:{number}: body line past the page's {len(lines)} lines")
            elif not lines[number - 1].strip():
                found.append(f"{name}:{number}: body line is blank")
        if row["title_line"] != "-" and int(row["title_line"]) not in body[name]:
            found.append(f"{name}:{row['title_line']}: title line is not a body line")
    found += [f"{name}: no clean gold row" for name in sorted(files - set(body))]
    for row in read_tsv(gold / f"names-{language}.tsv"):
        name, number, start, end = row["file"], int(row["line"]), int(row["start"]), int(row["end"])
        if name not in body:
            found.append(f"{name}:{number}: names row for a page with no clean gold")
            continue
        line = (pages / name).read_text(encoding="utf-8").split("\n")[number - 1]
        if row["kind"] not in KINDS:
            found.append(f"{name}:{number}: unknown kind {row['kind']!r}")
        if line[start:end] != row["text"]:
            found.append(f"{name}:{number}: [{start}:{end}] reads {line[start:end]!r}, not {row['text']!r}")
        if number not in body[name]:
            found.append(f"{name}:{number}: names row on a line that is not body")
    return found


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip().split("\n\n")[1].strip())
        return 2
    pages, gold = Path(argv[0]), Path(argv[1])
    found = [problem for language in (argv[2:] or LANGUAGES) for problem in problems(pages, gold, language)]
    print("\n".join(found) or "OK")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
