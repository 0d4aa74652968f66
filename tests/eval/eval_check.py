"""Score `termkit check` (shipped glossary, reference names merged in) on the real releases.

    .venv/bin/python tests/eval/eval_check.py            # figures
    .venv/bin/python tests/eval/eval_check.py --dump     # every finding with its judgement
    .venv/bin/python tests/eval/eval_check.py --gold DIR # another planted.tsv / check-judgements.tsv
    .venv/bin/python tests/eval/eval_check.py --corpus DIR --gold DIR  # other pages (DIR/gold/clean-*.tsv)

False alarms: every finding on the unplanted pages of ../shared/data/real-releases is looked
up in tests/eval/gold/check-judgements.tsv (file, line, column, code, matched text,
verdict true/false, reason), where a person judged it by reading the page; a finding with no
judgement is listed and counted as unjudged. Recall: each row of tests/eval/gold/planted.tsv
(file, line, original span, replacement, expected code, kind, round: 1 written before the
fixes and worked on, 2 written after them and never tuned on; 13, 15 and on written blind by
someone who read only the glossary, scored once as they came, then worked on) is planted into its own copy of
the page (a temporary file; pages never enter the repository) and counts as caught when a
finding of the expected code covers all the replacement changed on that line. Skips when ../shared is
absent.
"""

from __future__ import annotations

import csv
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT.parent / "shared" / "data" / "real-releases"
GOLD = Path(__file__).resolve().parent / "gold"
CLEAN_GOLD = GOLD / "real-releases"  # which lines of each page are body (also for another --gold)
LANGS = ("en", "ko", "es")


def rows(name: str) -> list[dict]:
    with open(GOLD / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def base():
    sys.path.insert(0, str(ROOT))
    from toolkit.index.loader import load_base

    return load_base(ROOT / "glossary" / "termbase.tbx", with_reference=True)


def check(path: Path, checked_base):
    from toolkit.check.engine import check_files

    return check_files([path], checked_base)[0]


def publisher(file: str) -> str:
    """The publisher INDEX.tsv gives for a page."""
    for row in csv.DictReader((PAGES / "INDEX.tsv").open(encoding="utf-8"), delimiter="\t"):
        if row["file"] == file:
            return row["publisher"]
    return "?"


def real_set(checked_base) -> dict:
    """Findings on every page, each with its judgement (None when not judged)."""
    judged = {(r["file"], int(r["line"]), int(r["column"]), r["code"], r["text"]): r for r in rows("check-judgements.tsv")}
    results = []
    for lang in LANGS:
        for page in sorted((PAGES / lang).glob("*.txt")):
            file = f"{lang}/{page.name}"
            for finding in check(page, checked_base):
                key = (file, finding.line, finding.column, finding.rule, finding.found or "")
                results.append((key, finding, judged.get(key)))
    return {"results": results, "stale": set(judged) - {key for key, _, _ in results}}


def body_lines() -> dict[str, set[int]]:
    """The raw lines the cleaning gold counts as body, per page (tests/eval/gold/real-releases)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from eval_clean import ranges

    body = {}
    for lang in LANGS:
        with open(CLEAN_GOLD / f"clean-{lang}.tsv", encoding="utf-8", newline="") as handle:
            body.update({row["file"]: ranges(row["body_lines"]) for row in csv.DictReader(handle, delimiter="\t")})
    return body


def planted(checked_base) -> list[tuple[dict, bool, list]]:
    """(row, caught?, findings on that line) for every planted mistake on a body line; a
    mistake planted in a page's menus or footer (a line the cleaning gold leaves out) is
    no mistake in the text, so it is counted apart, as "off-body"."""
    outcome = []
    body = body_lines()
    with tempfile.TemporaryDirectory() as folder:
        for row in rows("planted.tsv"):
            if row["file"] in body and int(row["line"]) not in body[row["file"]]:
                print(f"off-body\t{row['file']}:{row['line']}\t{row['replacement']}")
                continue
            page = PAGES / row["file"]
            lines = page.read_text(encoding="utf-8").split("\n")
            number = int(row["line"])
            line = lines[number - 1]
            where = line.find(row["original"])
            if where < 0:
                raise SystemExit(f"planted.tsv: {row['original']!r} not on {row['file']}:{number}")
            lines[number - 1] = line[:where] + row["replacement"] + line[where + len(row["original"]):]
            copy = Path(folder) / row["file"]
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text("\n".join(lines), encoding="utf-8")
            start, end = changed(row["original"], row["replacement"])
            start, end = where + 1 + start, where + 1 + end
            here = [f for f in check(copy, checked_base) if f.line == number]
            caught = any(f.rule == row["expected"] and f.column <= start and end <= f.end_column for f in here)
            outcome.append((row, caught, here))
    return outcome


def changed(original: str, replacement: str) -> tuple[int, int]:
    """[start, end) of what the replacement changed (common prefix and suffix left out): a
    finding must cover all of it ("Deputy Minster" alone does not catch the slip in
    "Deputy Minster for Multilateral and Global Afairs")."""
    prefix = 0
    while prefix < min(len(original), len(replacement)) and original[prefix] == replacement[prefix]:
        prefix += 1
    suffix = 0
    while (suffix < min(len(original), len(replacement)) - prefix
           and original[-1 - suffix] == replacement[-1 - suffix]):
        suffix += 1
    return prefix, max(prefix, len(replacement) - suffix)  # empty where letters were only deleted


def figures(dump: bool = False) -> dict:
    checked_base = base()
    real = real_set(checked_base)
    verdicts = Counter()
    by_lang: dict[str, Counter] = {lang: Counter() for lang in LANGS}
    by_publisher: dict[str, Counter] = {}
    by_rule: dict[str, Counter] = {}
    for key, finding, judgement in real["results"]:
        verdict = judgement["verdict"] if judgement else "unjudged"
        verdicts[verdict] += 1
        by_lang[key[0][:2]][verdict] += 1
        by_publisher.setdefault(publisher(key[0]), Counter())[verdict] += 1
        by_rule.setdefault(key[3], Counter())[verdict] += 1
        if dump or judgement is None:
            print(f"{verdict}\t{key[0]}:{key[1]}:{key[2]}\t{key[3]}\t{finding.found}\t{finding.message}")
    for key in sorted(real["stale"]):
        if dump:
            print(f"(judged, no longer reported)\t{key}")
    plants = planted(checked_base)
    recall: dict[str, Counter] = {lang: Counter() for lang in LANGS}
    by_kind: dict[str, Counter] = {}
    by_round: dict[str, dict[str, Counter]] = {}
    for row, caught, here in plants:
        recall[row["file"][:2]][caught] += 1
        by_kind.setdefault(row["kind"], Counter())[caught] += 1
        by_round.setdefault(row["round"], {lang: Counter() for lang in LANGS})[row["file"][:2]][caught] += 1
        if dump or not caught:
            got = "; ".join(f"{f.rule}@{f.column} {f.found}" for f in here) or "nothing"
            print(f"{'caught' if caught else 'MISSED'}\t{row['file']}:{row['line']}\t{row['expected']}\t"
                  f"{row['replacement']}\t({got})")
    total = sum(verdicts.values())
    result = {
        "findings": total,
        "false": verdicts["false"],
        "unjudged": verdicts["unjudged"],
        "false_rate": verdicts["false"] / total if total else 0.0,
        "by_lang": {lang: dict(by_lang[lang]) for lang in LANGS},
        "by_publisher": {name: dict(counts) for name, counts in sorted(by_publisher.items())},
        "by_rule": {code: dict(counts) for code, counts in sorted(by_rule.items())},
        "recall": sum(c[True] for c in recall.values()) / max(1, sum(sum(c.values()) for c in recall.values())),
        "recall_by_lang": {lang: c[True] / max(1, sum(c.values())) for lang, c in recall.items()},
        "planted_by_lang": {lang: sum(c.values()) for lang, c in recall.items()},
        "recall_by_kind": {kind: (c[True], sum(c.values())) for kind, c in sorted(by_kind.items())},
        "recall_by_round": {number: {lang: (c[True], sum(c.values())) for lang, c in langs.items()}
                            for number, langs in sorted(by_round.items())},
    }
    return result


def main() -> None:
    global PAGES, GOLD, CLEAN_GOLD
    for option in ("--corpus", "--gold"):  # another set of pages, another gold (planted.tsv, check-judgements.tsv)
        if option in sys.argv:
            value = Path(sys.argv[sys.argv.index(option) + 1])
            PAGES, GOLD = (value, GOLD) if option == "--corpus" else (PAGES, value)
    if "--corpus" in sys.argv and (PAGES / "gold").is_dir():  # that set's own cleaning gold
        CLEAN_GOLD = PAGES / "gold"
    if not PAGES.exists():
        print("../shared/data/real-releases is not present")
        return
    result = figures(dump="--dump" in sys.argv)
    print(f"\nreal releases: {result['findings']} findings, {result['false']} false alarms "
          f"({result['false_rate']:.1%}), {result['unjudged']} unjudged")
    for lang, counts in result["by_lang"].items():
        print(f"  {lang}: {counts}")
    for code, counts in result["by_rule"].items():
        print(f"  {code}: {counts}")
    for name, counts in result["by_publisher"].items():
        print(f"  {name}: {counts}")
    print(f"planted: recall {result['recall']:.1%} of {sum(result['planted_by_lang'].values())}")
    for lang, value in result["recall_by_lang"].items():
        print(f"  {lang}: {value:.1%} of {result['planted_by_lang'][lang]}")
    for kind, (caught, count) in result["recall_by_kind"].items():
        print(f"  {kind}: {caught}/{count}")
    for number, langs in result["recall_by_round"].items():
        caught = sum(c for c, _ in langs.values())
        count = sum(n for _, n in langs.values())
        per = ", ".join(f"{lang} {c}/{n}" for lang, (c, n) in langs.items())
        print(f"  round {number}: {caught}/{count} ({per})")


if __name__ == "__main__":
    main()
