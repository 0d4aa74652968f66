"""Precision and recall of name extraction on real releases (en/ko/es), against the gold
that annotators wrote by reading each page.

    .venv/bin/python tests/eval/eval_names.py [--shared PATH | --corpus DIR --gold DIR] [--errors N] [--language en]
    .venv/bin/python tests/eval/eval_names.py --by-rule [...]   (each rule's right and wrong mentions)

Two tables:
- "gold body": the extractor alone, fed the gold body lines of clean-LANG.tsv (raw text, raw
  line numbers), so that cleaning errors do not count against extraction;
- "pipeline": ingest + extract, as `termkit extract` runs on the pages.

A mention is found when file, line, start, end and kind all match (offsets into the raw
line). Two looser figures show where the errors are: "span" ignores the kind, "overlap"
counts a same-kind mention whose span overlaps at all (a cut or overlong edge).
Exits 0 with a note when ../shared is absent.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_clean import gold_body, gold_copies, read_tsv  # noqa: E402
from toolkit.extract.extractor import extract_lines  # noqa: E402
from toolkit.model.document import BodyLine  # noqa: E402
from toolkit.model.mention import KINDS  # noqa: E402
from toolkit.text.language import detect  # noqa: E402

GOLD = ROOT / "tests" / "eval" / "gold" / "real-releases"
PAGES = ("data", "real-releases")
LANGUAGES = ("en", "ko", "es")

# (file, line, start, end, kind)
Item = tuple[str, int, int, int, str]


@dataclass
class Count:
    """True positives counted separately on the gold side (recall) and the predicted side
    (precision), so that one loose match can serve several items of the other side."""

    gold: int = 0
    predicted: int = 0
    found: int = 0  # gold items matched
    correct: int = 0  # predicted items matched

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0


@dataclass
class Result:
    exact: dict[str, Count] = field(default_factory=lambda: defaultdict(Count))  # by kind and "all"
    span: Count = field(default_factory=Count)
    overlap: Count = field(default_factory=Count)
    misses: list[tuple[Item, str]] = field(default_factory=list)
    false: list[tuple[Item, str]] = field(default_factory=list)


def line_numbers(ranges: str) -> list[int]:
    """"8,11-14" -> [8, 11, 12, 13, 14]."""
    numbers = []
    for part in ranges.split(","):
        low, _, high = part.partition("-")
        numbers += range(int(low), int(high or low) + 1)
    return numbers


def gold_names(language: str) -> tuple[list[Item], dict[Item, str]]:
    rows = read_tsv(GOLD / f"names-{language}.tsv")
    items = [(row["file"], int(row["line"]), int(row["start"]), int(row["end"]), row["kind"]) for row in rows]
    return items, {item: row["text"] for item, row in zip(items, rows)}


def gold_body_mentions(pages: Path, language: str):
    """(file, mention) for every mention extracted from the annotators' body lines, raw text and
    raw line numbers, each line in the language it is written in, as ingest reads it (a Spanish
    caption on an English page)."""
    for row in read_tsv(GOLD / f"clean-{language}.tsv"):
        raw = (pages / row["file"]).read_text(encoding="utf-8").splitlines()
        lines = [(BodyLine(text=raw[number - 1], raw_line=number), detect(raw[number - 1], fallback=language))
                 for number in line_numbers(row["body_lines"])]
        for mention in extract_lines(lines).mentions:
            yield row["file"], mention


def from_gold_body(pages: Path, language: str) -> tuple[list[Item], dict[Item, str]]:
    """Extract from the annotators' body lines (`gold_body_mentions`)."""
    predicted, texts = [], {}
    for file, mention in gold_body_mentions(pages, language):
        item = (file, mention.line, mention.start, mention.end, mention.kind)
        predicted.append(item)
        texts[item] = mention.text
    return predicted, texts


def by_rule(pages: Path, language: str) -> list[tuple[str, int, int]]:
    """(rule, right, wrong) for each rule of the extractor (a mention's evidence, without what
    later steps add after "+"), exact span and kind against the gold, most wrong first: which
    rules to read when precision is the problem."""
    gold = set(gold_names(language)[0])
    right: dict[str, int] = defaultdict(int)
    wrong: dict[str, int] = defaultdict(int)
    for file, mention in gold_body_mentions(pages, language):
        rule = mention.evidence.split("+")[0]
        if (file, mention.line, mention.start, mention.end, mention.kind) in gold:
            right[rule] += 1
        else:
            wrong[rule] += 1
    return sorted(((rule, right[rule], wrong[rule]) for rule in {*right, *wrong}),
                  key=lambda row: (-row[2], -row[1], row[0]))


def from_pipeline(pages: Path, language: str) -> tuple[list[Item], dict[Item, str]]:
    """Ingest each page as `termkit extract` does, then extract. A paragraph printed twice of
    which the cleaner kept one copy and the gold the other holds the same names either way: its
    mentions count on the gold's copy, as eval_clean.py counts the line itself."""
    from toolkit.extract import extract_document
    from toolkit.ingest import ingest

    predicted, texts = [], {}
    for row in read_tsv(GOLD / f"clean-{language}.tsv"):
        document = ingest(str(pages / row["file"]))
        raw = (pages / row["file"]).read_text(encoding="utf-8").split("\n")
        copies = gold_copies(raw, {line.raw_line for line in document.lines}, gold_body(raw, row["body_lines"]))
        for mention in extract_document(document):
            start = mention.column - 1
            item = (row["file"], copies.get(mention.line, mention.line), start, start + len(mention.text), mention.kind)
            predicted.append(item)
            texts[item] = mention.text
    return predicted, texts


def overlaps(a: Item, b: Item) -> bool:
    return a[0] == b[0] and a[1] == b[1] and a[2] < b[3] and b[2] < a[3]


def matches(items: list[Item], others: list[Item]):
    """Each distinct item with whether `others` has it exactly, has its span (any kind), and
    has an overlapping mention of its kind."""
    other_set = set(others)
    spans = {other[:4] for other in other_set}
    by_line = defaultdict(list)
    for other in other_set:
        by_line[other[:2]].append(other)
    for item in set(items):
        overlap = any(overlaps(item, other) and other[4] == item[4] for other in by_line[item[:2]])
        yield item, item in other_set, item[:4] in spans, overlap


def score(gold: list[Item], gold_texts: dict, predicted: list[Item], texts: dict) -> Result:
    result = Result()
    for item, exact, span, overlap in matches(gold, predicted):
        for key in (item[4], "all"):
            result.exact[key].gold += 1
            result.exact[key].found += exact
        result.span.gold += 1
        result.span.found += span
        result.overlap.gold += 1
        result.overlap.found += overlap
        if not exact:
            result.misses.append((item, gold_texts[item]))
    for item, exact, span, overlap in matches(predicted, gold):
        for key in (item[4], "all"):
            result.exact[key].predicted += 1
            result.exact[key].correct += exact
        result.span.predicted += 1
        result.span.correct += span
        result.overlap.predicted += 1
        result.overlap.correct += overlap
        if not exact:
            result.false.append((item, texts[item]))
    return result


def evaluate(shared: Path, source: str, languages=LANGUAGES) -> dict[str, Result]:
    pages = shared.joinpath(*PAGES)
    extract = from_gold_body if source == "gold body" else from_pipeline
    results = {}
    for language in languages:
        gold, gold_texts = gold_names(language)
        predicted, texts = extract(pages, language)
        results[language] = score(gold, gold_texts, predicted, texts)
    return results


def cell(count: Count) -> str:
    if not count.gold and not count.predicted:
        return f"{'-':>18}"
    return f"{count.precision:6.1%} {count.recall:6.1%} {count.gold:>4}".rjust(18)


def table(title: str, results: dict[str, Result]) -> str:
    """One row per language: precision, recall and gold count per kind, then all kinds
    exact, kind-agnostic span and overlap."""
    columns = [*KINDS, "ALL exact", "span", "overlap"]
    lines = [f"== {title} (P R n)", "lang " + " ".join(f"{name:>18}" for name in columns)]
    for language, result in results.items():
        counts = [result.exact[kind] for kind in KINDS] + [result.exact["all"], result.span, result.overlap]
        lines.append(f"{language:<4} " + " ".join(cell(count) for count in counts))
    return "\n".join(lines)


def markdown(title: str, results: dict[str, Result]) -> str:
    """The same figures as a Markdown table, language by kind, for docs/extraction.md."""
    columns = [*KINDS, "all"]
    lines = [f"**{title}** (precision / recall, gold count)", "",
             "| lang | " + " | ".join(columns) + " | span | overlap |", "|---" * (len(columns) + 3) + "|"]
    for language, result in results.items():
        counts = [result.exact[kind] for kind in columns] + [result.span, result.overlap]
        lines.append(f"| {language} | " + " | ".join(
            f"{c.precision:.1%} / {c.recall:.1%} ({c.gold})" if c.predicted else f"– / {c.recall:.1%} ({c.gold})"
            for c in counts) + " |")
    return "\n".join(lines)


def _as_shared(corpus: Path) -> Path:
    """A temporary folder laid out as ../shared, its data/real-releases pointing at `corpus`."""
    import tempfile

    shared = Path(tempfile.mkdtemp(prefix="termkit-eval-"))
    (shared / "data").mkdir()
    (shared / "data" / "real-releases").symlink_to(corpus.resolve(), target_is_directory=True)
    return shared


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--corpus", type=Path, help="another set of pages ({en,ko,es}/*.txt), e.g. a held-out one")
    parser.add_argument("--gold", type=Path, help="its gold folder (clean-LANG.tsv, names-LANG.tsv)")
    parser.add_argument("--errors", type=int, default=0, help="list up to N misses and false mentions per language")
    parser.add_argument("--language", choices=LANGUAGES, action="append")
    parser.add_argument("--kind", choices=KINDS, help="list errors of this kind only")
    parser.add_argument("--gold-body-only", action="store_true", help="skip the pipeline table")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables (for docs/extraction.md)")
    parser.add_argument("--by-rule", action="store_true",
                        help="print, per language, each rule's right and wrong mentions on the gold body")
    options = parser.parse_args()
    global GOLD
    if options.gold:
        GOLD = options.gold
    if options.corpus:  # evaluate() finds the pages under shared/data/real-releases
        options.shared = _as_shared(options.corpus)
    if not options.shared.joinpath(*PAGES).is_dir():
        print(f"note: {options.shared.joinpath(*PAGES)} is absent; nothing to evaluate")
        return 0
    languages = options.language or LANGUAGES
    if options.by_rule:
        for language in languages:
            print(f"{language}: rule, right, wrong, precision (gold body, exact)")
            for rule, right, wrong in by_rule(options.shared.joinpath(*PAGES), language):
                print(f"  {rule:40} {right:6} {wrong:6} {right / (right + wrong):7.1%}")
        return 0
    sources = ["gold body"] if options.gold_body_only else ["gold body", "pipeline"]
    for source in sources:
        results = evaluate(options.shared, source, languages)
        if options.markdown:
            print(markdown(source, results) + "\n")
            continue
        print(table(f"{source}: extraction from {'the annotated body lines' if source == 'gold body' else 'ingest + extract'}", results))
        if options.errors and source == "gold body":
            for language, result in results.items():
                for label, errors in (("MISS", result.misses), ("FALSE", result.false)):
                    chosen = [e for e in sorted(errors) if options.kind in (None, e[0][4])]
                    for (file, line, start, end, kind), text in chosen[:options.errors]:
                        print(f"{label:5} {file}:{line}:{start}-{end} {kind:12} {text}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
