"""Precision and recall of termkit's acronym definitions on gold standards no one here wrote.

    python tests/eval/abbreviations.py [--shared PATH] [--errors N]

- MEDSTRACT and the Schwartz & Hearst 1,000 abstracts, in NCBI's BioC revision
  (../shared/data/abbrev-bioc): a predicted pair counts when a gold pair of the same
  document has the same short and long form (unique pairs per document, as in the paper).
  The filters added to the paper's algorithm were chosen while reading errors on these two,
  so Ab3P and BIOADI (same folder, never inspected) are scored too, as held-out sets.
- The Spanish dev set of SDU@AAAI-22 acronym extraction
  (../shared/data/sdu-aaai22-acronym-extraction): exact spans of every acronym (defined or
  not) and of every long form, micro-averaged over both (the task's scorer, -v).

Exits 0 with a note when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from toolkit.extract.acronyms import find_acronyms, find_definitions  # noqa: E402
from toolkit.files.safexml import iterparse  # noqa: E402

BIOC_SETS = {
    "MEDSTRACT": "abbrev-bioc/data/MEDSTRACT/medstract_bioc_gold.xml",
    "Schwartz-Hearst": "abbrev-bioc/data/SH-BioC/SH_bioc_gold.xml",
}
# Never looked at while the filters beyond the paper were chosen: an honest second opinion.
HELD_OUT_SETS = {
    "Ab3P (held out)": "abbrev-bioc/data/Ab3P-BioC/Ab3P_bioc_gold.xml",
    "BIOADI (held out)": "abbrev-bioc/data/BioADI-BioC/bioadi_bioc_gold.xml",
}
SDU_SPANISH = "sdu-aaai22-acronym-extraction/data/spanish/dev.json"
PUBLISHED = {"MEDSTRACT": (0.96, 0.82), "Schwartz-Hearst": (0.96, 0.82)}


@dataclass
class Score:
    name: str
    true_positives: int
    predicted: int
    gold: int
    misses: list
    false: list

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0


def bioc_documents(path: Path):
    """(document id, [passage texts], {(short, long)}) for each document of a BioC gold file."""
    for _, document in iterparse(path, events=("end",), tag="document"):
        texts, annotations, pairs = [], {}, set()
        for passage in document.iter("passage"):
            texts.append(passage.findtext("text") or "")
            for annotation in passage.iter("annotation"):
                annotations[annotation.get("id")] = annotation.findtext("text")
            for relation in passage.iter("relation"):
                roles = {node.get("role"): annotations.get(node.get("refid")) for node in relation.iter("node")}
                if roles.get("ShortForm") and roles.get("LongForm"):
                    pairs.add((roles["ShortForm"].strip(), roles["LongForm"].strip()))
        yield document.findtext("id"), texts, pairs
        document.clear()


def score_bioc(name: str, path: Path) -> Score:
    true_positives = predicted = gold = 0
    misses, false = [], []
    for doc_id, texts, gold_pairs in bioc_documents(path):
        found = {(d.short, d.long) for text in texts for d in find_definitions(text)}
        true_positives += len(found & gold_pairs)
        predicted += len(found)
        gold += len(gold_pairs)
        misses += [(doc_id, pair) for pair in sorted(gold_pairs - found)]
        false += [(doc_id, pair) for pair in sorted(found - gold_pairs)]
    return Score(name, true_positives, predicted, gold, misses, false)


def score_sdu(path: Path) -> Score:
    true_positives = predicted = gold = 0
    misses, false = [], []
    for sample in json.loads(path.read_text(encoding="utf-8")):
        text = sample["text"]
        expected = {("acronym", s, e) for s, e in sample["acronyms"]}
        expected |= {("long", s, e) for s, e in sample["long-forms"]}
        spans = {("acronym", start, end) for start, end in find_acronyms(text)}
        for d in find_definitions(text):
            spans.add(("acronym", d.short_start, d.short_end))
            spans.add(("long", d.long_start, d.long_end))
        true_positives += len(spans & expected)
        predicted += len(spans)
        gold += len(expected)
        misses += [(sample["ID"], (kind, text[s:e])) for kind, s, e in sorted(expected - spans)]
        false += [(sample["ID"], (kind, text[s:e])) for kind, s, e in sorted(spans - expected)]
    return Score("SDU@AAAI-22 Spanish dev", true_positives, predicted, gold, misses, false)


def evaluate(shared: Path) -> list[Score]:
    sets = {**BIOC_SETS, **HELD_OUT_SETS}
    scores = [score_bioc(name, shared / "data" / rel) for name, rel in sets.items()]
    scores.append(score_sdu(shared / "data" / SDU_SPANISH))
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--errors", type=int, default=0, help="show this many misses and false pairs per set")
    args = parser.parse_args()
    if not (args.shared / "data").is_dir():
        print(f"skipped: {args.shared}/data is not present")
        return 0
    print(f"{'set':<26} {'gold':>6} {'found':>6} {'correct':>7} {'P':>6} {'R':>6}  published P/R")
    for score in evaluate(args.shared):
        published = PUBLISHED.get(score.name)
        reference = f"{published[0]:.0%}/{published[1]:.0%}" if published else "-"
        print(f"{score.name:<26} {score.gold:>6} {score.predicted:>6} {score.true_positives:>7} "
              f"{score.precision:>6.1%} {score.recall:>6.1%}  {reference}")
        for label, items in (("miss", score.misses), ("false", score.false)):
            for doc_id, pair in items[: args.errors]:
                print(f"    {label} {doc_id}: {pair}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
