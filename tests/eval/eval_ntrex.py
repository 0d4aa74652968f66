"""Run the aligner on NTREX-128 (1,997 news sentences, line-aligned en/ko/es) and score it.

    .venv/bin/python tests/eval/eval_ntrex.py            # figures
    .venv/bin/python tests/eval/eval_ntrex.py --dump     # every en-ko pairing, to judge by hand

Each NTREX document becomes three Documents (en, ko, es) whose versions are named in a
pairs file, so the whole of `propose` runs: glosses, acronym pivots, Gale–Church alignment
and pairing inside aligned lines. Precision is read off tests/eval/gold/ntrex_checked.tsv,
where a person judged each proposed en-ko pairing (column `judgement`: correct / wrong,
and `kind`: person / organization / country / place / other). Recall is measured against
tests/eval/gold/ntrex_first200.tsv, every person, organization and country name pair of
lines 1-200 written by hand. Skips cleanly when ../shared is absent.
"""

from __future__ import annotations

import csv
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NTREX = ROOT.parent / "shared" / "data" / "ntrex"
GOLD = Path(__file__).resolve().parent / "gold"
FILES = {"en": "newstest2019-src.eng.txt", "ko": "newstest2019-ref.kor.txt", "es": "newstest2019-ref.spa.txt"}
KINDS = ("person", "organization", "country")


def documents(folder: Path):
    """(Documents, pairs file) for NTREX: one Document per NTREX document and language."""
    sys.path.insert(0, str(ROOT))
    from toolkit.model.document import BodyLine, Document

    ids = (NTREX / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    texts = {lang: (NTREX / "NTREX-128" / name).read_text(encoding="utf-8").splitlines() for lang, name in FILES.items()}
    docs: dict[tuple[str, str], Document] = {}
    for number, doc_id in enumerate(ids, 1):
        for lang in FILES:
            key = (doc_id, lang)
            if key not in docs:
                docs[key] = Document(path=str(folder / f"{doc_id}.{lang}"), language=lang)
            docs[key].lines.append(BodyLine(texts[lang][number - 1], raw_line=number, language=lang))
    pairs = folder / "pairs.tsv"
    order = list(dict.fromkeys(ids))
    pairs.write_text("en\tko\tes\n" + "".join(
        "\t".join(docs[(doc_id, lang)].path for lang in FILES) + "\n" for doc_id in order), encoding="utf-8")
    return list(docs.values()), pairs


def en_ko_pairings(result) -> list[tuple[str, str, float, str, int]]:
    """(en, ko, score, methods, first line) for every en-ko pairing, proposed or confirmed."""
    rows = {}
    pairings = [p for c in result.candidates for p in c.pairings] + list(result.confirmed)
    for pairing in pairings:
        terms = {pairing.a.lang: pairing.a.text, pairing.b.lang: pairing.b.text}
        if set(terms) != {"en", "ko"}:
            continue
        methods = "+".join(sorted({e.method for e in pairing.evidence}))
        line = min(e.line for e in pairing.evidence)
        rows[(terms["en"], terms["ko"])] = (terms["en"], terms["ko"], pairing.score, methods, line)
    return sorted(rows.values(), key=lambda row: (row[4], row[0], row[1]))


def read_tsv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))


def run():
    """Propose on NTREX with the reference data as base; return the en-ko pairings and result."""
    from toolkit.align import propose
    from toolkit.model.termbase import TermBase
    from toolkit.termbase.reference import reference_concepts

    with tempfile.TemporaryDirectory() as tmp:
        docs, pairs = documents(Path(tmp))
        result = propose(docs, TermBase(reference_concepts()), pairs)
    return docs, result, en_ko_pairings(result)


def measure(found) -> dict:
    """Precision on the hand-checked sample and recall on the lines 1-200 gold."""
    judged = {(row["en"], row["ko"]): row for row in read_tsv(GOLD / "ntrex_checked.tsv")}
    checked = [judged[(r[0], r[1])] for r in found if (r[0], r[1]) in judged]
    in_kinds = [row for row in checked if row["kind"] in KINDS]
    gold = read_tsv(GOLD / "ntrex_first200.tsv")
    found_pairs = {(r[0], r[1]) for r in found}
    hits = [g for g in gold if (g["en"], g["ko"]) in found_pairs]
    return {
        "checked": len(checked),
        "checked_in_kinds": len(in_kinds),
        "precision_in_kinds": sum(r["judgement"] == "correct" for r in in_kinds) / len(in_kinds),
        "precision_all": sum(r["judgement"] == "correct" for r in checked) / len(checked),
        "unchecked": sum(1 for r in found if (r[0], r[1]) not in judged),
        "gold": len(gold),
        "recall": len(hits) / len(gold),
        "recall_by_kind": {kind: (sum(1 for g in hits if g["kind"] == kind), sum(1 for g in gold if g["kind"] == kind))
                           for kind in KINDS},
    }


def main(argv: list[str]) -> int:
    if not NTREX.exists():
        print("../shared/data/ntrex is not present; skipped")
        return 0
    docs, result, found = run()
    if "--dump" in argv:
        for en, ko, score, methods, line in found:
            print(f"{line}\t{en}\t{ko}\t{score}\t{methods}")
        return 0
    figures = measure(found)
    print(f"NTREX-128: {len(docs) // 3} documents; {len(result.candidates)} candidates; "
          f"{len(found)} en-ko pairings ({sum(1 for r in found if 'reference' not in r[3])} proposed, "
          f"the rest confirmed by reference data)")
    print(f"precision on the hand-checked sample ({figures['checked']} pairings, "
          f"{figures['checked_in_kinds']} of them person/organization/country): "
          f"{figures['precision_in_kinds']:.3f} person/organization/country, {figures['precision_all']:.3f} all")
    print(f"  pairings outside the checked sample: {figures['unchecked']}")
    print(f"recall on lines 1-200 ({figures['gold']} gold en-ko pairs): {figures['recall']:.3f}")
    for kind, (hit, total) in figures["recall_by_kind"].items():
        print(f"  {kind}: {hit}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
