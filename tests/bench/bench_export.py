"""Export of a 50,000-concept base to PO and TBX: termkit vs Translate Toolkit's csv2po/csv2tbx.

    .venv/bin/python tests/bench/bench_export.py [--concepts 50000] [--runs 3]

Translate Toolkit converts the equivalent en->ko CSV (location, source, target); termkit
exports from its TBX term base, reading it included, with every comment and variant.
Both run as whole commands, as a user would run them. The data is generated in a child
process: Linux carries a parent's peak RSS into the children it forks, so a large parent
would inflate every child's figure.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate_termbase  # noqa: E402
from measure import measure, median_run  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def prepare(concepts: int) -> tuple[Path, Path]:
    """The term base as TBX (for termkit) and as an en->ko CSV (for Translate Toolkit)."""
    from toolkit.formats.tbx import save_termbase

    folder = ROOT / ".cache" / "bench" / f"export-{concepts}"
    termbase_path, csv_path = folder / "termbase.tbx", folder / "en-ko.csv"
    if termbase_path.exists() and csv_path.exists():
        return termbase_path, csv_path
    termbase = generate_termbase(concepts)
    save_termbase(termbase, termbase_path)
    with open(csv_path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["location", "source", "target"])
        for concept in termbase.sorted():
            english, korean = concept.preferred("en"), concept.preferred("ko")
            if english and korean:
                writer.writerow([concept.id, english.text, korean.text])
    return termbase_path, csv_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concepts", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3, help="alternated pairs of runs; medians are shown")
    parser.add_argument("--prepare", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.prepare:
        prepare(args.concepts)
        return
    folder = ROOT / ".cache" / "bench" / f"export-{args.concepts}"
    subprocess.run([sys.executable, __file__, "--prepare", "--concepts", str(args.concepts)], check=True)
    termbase, table = folder / "termbase.tbx", folder / "en-ko.csv"
    out = termbase.parent
    termkit = [str(BIN / "termkit"), "export"]
    commands = {
        "PO": ([*termkit, "po", "--lang", "ko", "--termbase", str(termbase), "-o", str(out / "termkit.po")],
               [str(BIN / "csv2po"), "--progress=none", "-i", str(table), "-o", str(out / "tt.po")]),
        "TBX": ([*termkit, "tbx", "--lang", "en", "--lang", "ko", "--termbase", str(termbase), "-o", str(out / "termkit.tbx")],
                [str(BIN / "csv2tbx"), "--progress=none", "-i", str(table), "-o", str(out / "tt.tbx")]),
    }
    # The first export after the base changed reads the TBX and leaves its snapshot in the cache
    # (import, build and review leave it when they write the base); the rest read the snapshot.
    cold = measure("termkit export po, snapshot not yet cached", commands["PO"][0])
    print(f"\n{args.concepts:,} concepts; first export after a change (cache cold): {cold.seconds:.2f} s, "
          f"{cold.peak_mb:.0f} MB\n")
    print("| format | termkit (median) | Translate Toolkit (median) | speed-up |\n|---|---|---|---|")
    for name, (ours_command, theirs_command) in commands.items():
        pairs = [(measure(f"termkit {name}", ours_command), measure(f"TT {name}", theirs_command))
                 for _ in range(args.runs)]  # alternated, so both see the same machine
        ours, theirs = (median_run(side) for side in zip(*pairs))
        print(f"| {name} | {ours.seconds:.2f} s, {ours.peak_mb:.0f} MB | {theirs.seconds:.2f} s, {theirs.peak_mb:.0f} MB "
              f"| {theirs.seconds / ours.seconds:.2f}x (target: above 1) |")

if __name__ == "__main__":
    main()
