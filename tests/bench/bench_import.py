"""TBX import of a large IATE-like TBX v2 file: termkit vs Translate Toolkit vs xmllint.

    .venv/bin/python tests/bench/bench_import.py [--megabytes 100] [--runs 3] [--scaling]

Each reader runs in its own process, so peak memory is that reader's alone; the readers take
turns, `--runs` rounds, and medians are shown. termkit reads as the `termkit` command does,
with the cyclic collector paused (toolkit/cli/gc_pause.py): once with its compiled walk, once
with its Python walk. Translate Toolkit is timed as its users run it, and with the collector
paused too, the fairer comparison. Three floors frame the figures: xmllint --stream --noout
only checks well-formedness (C, no Python); "lxml iterparse, nothing converted" is the
Python walk's parser with every entry freed unread; and "expat, one callback per element" is
the least any reader costs that hands each element to Python. --scaling also imports 1/16
and 1/4 of the size and prints how time grows (slope 1.0 = linear).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from iate_like import write_iate_like  # noqa: E402
from measure import measure, median_run, slope  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache" / "bench"
PYTHON = sys.executable

TERMKIT = ("import sys\nfrom toolkit.cli.gc_pause import gc_paused\nfrom toolkit.formats import tbx\n"
           "with gc_paused():  # and the base freed inside, as a `termkit` command frees it\n"
           "    base = tbx.read_tbx(sys.argv[1], compiled=sys.argv[2] == 'compiled'); count = len(base.concepts); del base\n"
           "print(count, 'concepts', 'compiled walk' if tbx._tbxwalk and sys.argv[2] == 'compiled' else 'Python walk')")
TRANSLATE = ("from translate.storage.tbx import tbxfile; import sys; "
             "store = tbxfile.parsefile(sys.argv[1]); print(len(store.units), 'units')")
TRANSLATE_PAUSED = "import gc; gc.disable()\n" + TRANSLATE
# The parser alone: each entry built by libxml2 and freed at once, nothing read from it.
LXML_FLOOR = ("from lxml import etree; import sys; n = 0\n"
              "for _, entry in etree.iterparse(sys.argv[1], tag='termEntry'):\n"
              "    n += 1; entry.clear(keep_tail=False)\n"
              "    while entry.getprevious() is not None: del entry.getparent()[0]\n"
              "print(n, 'entries')")
EXPAT_FLOOR = ("import sys, xml.parsers.expat as expat; count = [0]; parser = expat.ParserCreate()\n"
               "def start(name, attributes): count[0] += 1\n"
               "parser.StartElementHandler = start; parser.ParseFile(open(sys.argv[1], 'rb'))\n"
               "print(count[0], 'elements')")
# Translate Toolkit builds its units lazily; reading each unit is what an import does with them.
TRANSLATE_READ = ("from translate.storage.tbx import tbxfile; import sys; "
                  "store = tbxfile.parsefile(sys.argv[1]); "
                  "n = sum(1 for u in store.units if (u.source, u.target, u.getnotes())); print(n, 'units read')")


def compare(path: Path, runs: int) -> None:
    size = path.stat().st_size / 1e6
    print(f"\n{path.name}: {size:.0f} MB, medians of {runs} alternated runs\n")
    readers = [
        ("termkit, compiled walk", [PYTHON, "-c", TERMKIT, str(path), "compiled"]),
        ("termkit, Python walk", [PYTHON, "-c", TERMKIT, str(path), "python"]),
        ("Translate Toolkit tbxfile (parse)", [PYTHON, "-c", TRANSLATE, str(path)]),
        ("Translate Toolkit tbxfile (parse), collector paused", [PYTHON, "-c", TRANSLATE_PAUSED, str(path)]),
        ("Translate Toolkit tbxfile (parse + read units)", [PYTHON, "-c", TRANSLATE_READ, str(path)]),
        ("floor: lxml iterparse, nothing converted", [PYTHON, "-c", LXML_FLOOR, str(path)]),
        ("floor: expat, one Python callback per element", [PYTHON, "-c", EXPAT_FLOOR, str(path)]),
    ]
    if shutil.which("xmllint"):
        readers.append(("floor: xmllint --stream --noout", ["xmllint", "--stream", "--noout", str(path)]))
    rounds = [[measure(label, command, cwd=str(ROOT)) for label, command in readers] for _ in range(runs)]
    results = [median_run(column) for column in zip(*rounds)]
    print("| reader | wall | peak memory | result |\n|---|---|---|---|")
    for result in results:
        print(result.row())
    ours, theirs, theirs_paused = results[0], results[2], results[3]
    print(f"\ntermkit is {theirs_paused.seconds / ours.seconds:.2f}x as fast as Translate Toolkit's parse with the "
          f"collector paused ({theirs.seconds / ours.seconds:.2f}x as its users run it), with "
          f"{ours.peak_mb / theirs.peak_mb:.2f}x its peak memory "
          f"(targets of #23: faster than its parse, <= 0.33x its memory)")


def scaling(megabytes: float) -> None:
    sizes = [megabytes / 16, megabytes / 4, megabytes]
    times = []
    print("\n| input | termkit import |\n|---|---|")
    for size in sizes:
        path = write_iate_like(CACHE / f"iate_like_{size:g}mb.tbx", size)
        result = measure("termkit", [PYTHON, "-c", TERMKIT, str(path), "compiled"], cwd=str(ROOT))
        times.append(result.seconds)
        print(f"| {size:g} MB | {result.seconds:.2f} s, {result.peak_mb:.0f} MB |")
    print(f"\nimport time grows as size^{slope(sizes, times):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=100)
    parser.add_argument("--runs", type=int, default=3, help="rounds of alternated runs; medians are shown")
    parser.add_argument("--scaling", action="store_true")
    args = parser.parse_args()
    path = write_iate_like(CACHE / f"iate_like_{args.megabytes:g}mb.tbx", args.megabytes)
    compare(path, args.runs)
    if args.scaling:
        scaling(args.megabytes)


if __name__ == "__main__":
    main()
