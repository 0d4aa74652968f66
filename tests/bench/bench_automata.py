"""Aho-Corasick libraries on the matcher's own keys and corpus: build, stored load, scan.

    .venv/bin/pip install ahocorasick-rs pyahocorasick   # the two termkit does not depend on
    .venv/bin/python tests/bench/bench_automata.py [--runs 5]

The keys are the matcher's folded forms of the benchmark base (tests/bench/generate.py),
the corpus its 20 MB of paragraphs, folded as the matcher folds them and searched one
paragraph at a time for every overlapping hit, as Matcher.find does. Libraries that are not
installed are skipped. Each figure is the median of `--runs`.
"""

from __future__ import annotations

import argparse
import io
import pickle
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from tests.bench.generate import bench_files  # noqa: E402
from toolkit.index.matcher import load_matcher  # noqa: E402
from toolkit.text.fold import fold  # noqa: E402


def daachorse_library():
    from daachorse import CharwiseDoubleArrayAhoCorasick as Automaton

    def scan(automaton, paragraphs):
        return sum(len(automaton.find_overlapping(paragraph)) for paragraph in paragraphs)

    return Automaton, lambda a: a.serialize(), Automaton.deserialize, scan


def ahocorasick_rs_library():
    from ahocorasick_rs import AhoCorasick, Implementation

    def scan(automaton, paragraphs):
        return sum(len(automaton.find_matches_as_indexes(paragraph, overlapping=True)) for paragraph in paragraphs)

    return lambda keys: AhoCorasick(keys, implementation=Implementation.ContiguousNFA), None, None, scan


def pyahocorasick_library():
    import ahocorasick

    def build(keys):
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for group, key in enumerate(keys):
            automaton.add_word(key, group)
        automaton.make_automaton()
        return automaton

    def scan(automaton, paragraphs):
        return sum(1 for paragraph in paragraphs for _ in automaton.iter(paragraph))

    return build, pickle.dumps, lambda data: pickle.load(io.BytesIO(data)), scan


LIBRARIES: dict[str, Callable] = {
    "daachorse": daachorse_library,
    "ahocorasick-rs": ahocorasick_rs_library,
    "pyahocorasick": pyahocorasick_library,
}


def timed(work: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    files = bench_files(50_000, 20)
    keys = load_matcher(files.termbase)._keys.as_list()
    paragraphs = [fold(paragraph, False)[0] for paragraph in files.corpus.read_text(encoding="utf-8").split("\n\n")]
    print(f"{len(keys):,} keys, {len(paragraphs):,} paragraphs, {files.corpus.stat().st_size / 1e6:.1f} MB")
    print("| library | build | load a stored one | scan | hits | size stored |\n|---|---|---|---|---|---|")
    for name, library in LIBRARIES.items():
        try:
            build, dump, load, scan = library()
        except ImportError:
            print(f"| {name} | not installed | | | | |")
            continue
        builds, loads, scans = [], [], []
        for _ in range(args.runs):
            seconds, automaton = timed(lambda: build(keys))
            builds.append(seconds)
            if dump is not None:
                data = dump(automaton)
                seconds, automaton = timed(lambda: load(data))
                loads.append(seconds)
            seconds, hits = timed(lambda: scan(automaton, paragraphs))
            scans.append(seconds)
        stored = f"{statistics.median(loads):.2f} s" if loads else "cannot be stored"
        size = f"{len(data) / 1e6:.0f} MB" if dump is not None else "–"
        print(f"| {name} | {statistics.median(builds):.2f} s | {stored} | {statistics.median(scans):.2f} s "
              f"| {hits:,} | {size} |")


if __name__ == "__main__":
    main()
