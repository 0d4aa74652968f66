"""How time grows: `termkit check` on 1x, 4x and 16x the text, against the 50,000-concept base.

    .venv/bin/python tests/bench/bench_scaling.py [--base-mb 1.25]

Uses the matcher benchmark's base and corpus (tests/bench/generate.py); the index is warmed
first, so the figures are the check itself. Inputs are prepared in a child process, so this
parent stays small (Linux carries a parent's peak RSS into its children). Import scaling:
bench_import.py --scaling.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import bench_files  # noqa: E402
from measure import measure, slope  # noqa: E402

BIN = Path(sys.executable).parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-mb", type=float, default=1.25)
    parser.add_argument("--prepare", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    factors = (1, 4, 16)
    if args.prepare:
        prepare(args.base_mb, factors)
        return
    subprocess.run([sys.executable, __file__, "--prepare", "--base-mb", str(args.base_mb)], check=True)
    folder = bench_files().corpus.parent
    check = [str(BIN / "termkit"), "check", "--termbase", str(folder / "termbase.tbx"), "--format", "json"]
    measure("warm-up", [*check, str(folder / "warm.txt")], ok=(0, 1))
    sizes, seconds = [], []
    print("\n| input | termkit check | peak memory |\n|---|---|---|")
    for factor in factors:
        megabytes = args.base_mb * factor
        result = measure("check", [*check, str(folder / f"scale-{megabytes:g}mb.txt")], ok=(0, 1))
        sizes.append(megabytes)
        seconds.append(result.seconds)
        print(f"| {megabytes:g} MB ({factor}x) | {result.seconds:.2f} s | {result.peak_mb:.0f} MB |")
    print(f"\ncheck time grows as size^{slope(sizes, seconds):.2f} (1.00 = linear)")


def prepare(base_mb: float, factors: tuple[int, ...]) -> None:
    files = bench_files()
    corpus = files.corpus.read_text(encoding="utf-8")
    _write(files.corpus.parent / "warm.txt", corpus[:2000])
    for factor in factors:
        megabytes = base_mb * factor
        _write(files.corpus.parent / f"scale-{megabytes:g}mb.txt", _prefix(corpus, int(megabytes * 1_000_000)))


def _prefix(text: str, size: int) -> str:
    """The first `size` bytes' worth of whole paragraphs."""
    cut = text.encode("utf-8")[:size].decode("utf-8", errors="ignore")
    return cut[: cut.rfind("\n\n") + 1] or cut


def _write(path: Path, text: str) -> None:
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
