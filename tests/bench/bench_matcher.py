"""Matcher throughput against GNU grep, `termkit lookup` wall time, peak memory.

    .venv/bin/python tests/bench/bench_matcher.py [--concepts 50000] [--corpus-mb 20] [--runs 5]

Inputs come from tests/bench/generate.py (seeded, cached under .cache/termkit-bench/). The
index cache is a fresh temporary folder, so cold (build) and warm (cached) runs are both
measured. grep gets the same corpus and every form the matcher looks for (terms.txt); its
pattern compilation is timed separately on an empty file, and its throughput is given both
with and without it. Matcher and grep runs alternate `--runs` times and each figure is the
median, because a shared machine's wall times vary by 15% from run to run. Compare figures
from one run only.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from tests.bench.generate import bench_files  # noqa: E402

# Runs a command and reports its wall time and peak memory (RUSAGE_CHILDREN) as JSON.
MEASURE = """
import json, resource, subprocess, sys, time
out = open(sys.argv[1], "wb")
start = time.perf_counter()
code = subprocess.run(sys.argv[2:], stdout=out).returncode
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "code": code, "rss_mb": usage.ru_maxrss / 1024}))
"""

# The matcher side, in a fresh process so its peak memory is its own.
MATCHER = """
import json, resource, sys, time
from toolkit.index.automaton import build_automaton
from toolkit.index.matcher import load_matcher
base, corpus, page_bytes = sys.argv[1], sys.argv[2], int(sys.argv[3])
result = {}
start = time.perf_counter(); matcher = load_matcher(base); result["load"] = time.perf_counter() - start
text = open(corpus, encoding="utf-8").read()
page = text[:page_bytes]
start = time.perf_counter(); page_matches = matcher.find(page); result["page_find"] = time.perf_counter() - start
result["page_matches"] = len(page_matches)
start = time.perf_counter(); matcher._get_automaton(); result["automaton"] = time.perf_counter() - start
documents = text.split("\\n\\n")
start, cpu = time.perf_counter(), time.process_time()
count = sum(len(matcher.find(doc)) for doc in documents)
result["scan"], result["scan_cpu"] = time.perf_counter() - start, time.process_time() - cpu
result["matches"] = count
start, cpu = time.perf_counter(), time.process_time()
sum(len(matcher.find(doc)) for doc in documents)
result["rescan"], result["rescan_cpu"] = time.perf_counter() - start, time.process_time() - cpu
result["forms"] = len(matcher)
result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
keys = matcher._keys.as_list()  # last, so that building is not in the scan's peak memory
start = time.perf_counter(); build_automaton(keys); result["automaton_build"] = time.perf_counter() - start
print(json.dumps(result))
"""

LOOKUP_QUERIES = {
    "exact acronym": None,  # filled with an acronym from the base
    "Korean + particles": None,
    "fuzzy Spanish": "comite de comercio de kasasenia",
    "no hit": "zzzz qqqq",
}


def measure(command: list[str], env: dict, output: str = os.devnull) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, output, *command], capture_output=True, text=True, env=env, check=True
    )
    return json.loads(result.stdout)


def run_matcher(files, env: dict, page_bytes: int) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", MATCHER, str(files.termbase), str(files.corpus), str(page_bytes)],
        capture_output=True, text=True, env=env, check=True,
    )
    return json.loads(result.stdout)


def sample_queries(files) -> dict[str, str]:
    """An acronym and a Korean name (with particles) that really are in the base."""
    from toolkit.formats.tbx import read_tbx

    base = read_tbx(files.termbase)
    acronym = next(t.text for c in base.concepts for t in c.terms.get("en", []) if t.term_type == "acronym")
    korean = next(c.terms["ko"][0].text for c in base.concepts if c.subject == "organization")
    return {**LOOKUP_QUERIES, "exact acronym": acronym, "Korean + particles": korean + "에서는"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concepts", type=int, default=50_000)
    parser.add_argument("--corpus-mb", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--page-bytes", type=int, default=5000, help="size of the 'one page' sample")
    args = parser.parse_args()

    files = bench_files(args.concepts, args.corpus_mb)
    corpus_mb = files.corpus.stat().st_size / 1e6
    termkit = str(Path(sys.executable).with_name("termkit"))
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="termkit-bench-cache-") as cache:
        env = {**os.environ, "TERMKIT_CACHE_DIR": cache, "NO_COLOR": "1"}

        cold = run_matcher(files, env, args.page_bytes)
        # Matcher and grep runs alternate, so both see the same machine; medians of each.
        warm_runs: list[dict] = []
        grep_runs: dict[str, list[tuple[dict, dict]]] = {"C.UTF-8": [], "C": []}
        with tempfile.NamedTemporaryFile() as empty, tempfile.NamedTemporaryFile(suffix=".txt") as grep_out:
            for _ in range(args.runs):
                warm_runs.append(run_matcher(files, env, args.page_bytes))
                for locale, runs in grep_runs.items():
                    grep_env = {**env, "LC_ALL": locale}
                    compile_only = measure(["grep", "-F", "-o", "-f", str(files.terms), empty.name], grep_env)
                    full = measure(["grep", "-F", "-o", "-f", str(files.terms), str(files.corpus)], grep_env,
                                   grep_out.name)
                    runs.append((compile_only, full))
            grep_lines = sum(1 for _ in open(grep_out.name, "rb"))
        warm = {key: statistics.median(run[key] for run in warm_runs) for key in warm_runs[0]}
        whole = statistics.median(run["load"] + run["automaton"] + run["scan"] for run in warm_runs)
        rows += [
            ("forms searched (terms + inflections)", f"{warm['forms']:,}"),
            ("matcher: build index and automaton from TBX (cold)", f"{cold['load']:.2f} s"),
            ("matcher: load cached index", f"{warm['load']:.3f} s"),
            (f"matcher: one page ({args.page_bytes:,} B) before any automaton", f"{warm['page_find']:.3f} s"),
            ("matcher: of which the Aho-Corasick automaton", f"{warm['automaton_build']:.2f} s"),
            ("matcher: load stored automaton", f"{warm['automaton']:.3f} s"),
            ("matcher: scan corpus, first pass (per document)",
             f"{corpus_mb / warm['scan']:.1f} MB/s wall, {corpus_mb / warm['scan_cpu']:.1f} MB/s CPU"),
            ("matcher: scan corpus, second pass",
             f"{corpus_mb / warm['rescan']:.1f} MB/s wall, {corpus_mb / warm['rescan_cpu']:.1f} MB/s CPU"),
            ("matcher: whole run (load + automaton + first pass)", f"{corpus_mb / whole:.1f} MB/s"),
            ("matcher: whole run, automaton built instead of read (the cache lost it)",
             f"{corpus_mb / (whole - warm['automaton'] + warm['automaton_build']):.1f} MB/s"),
            ("matcher: matches in corpus", f"{warm['matches']:,}"),
            ("matcher: peak memory", f"{warm['rss_mb']:.0f} MB"),
        ]
        grep_whole = {}
        for locale, runs in grep_runs.items():
            compile_wall = statistics.median(c["wall"] for c, _ in runs)
            full_wall = statistics.median(f["wall"] for _, f in runs)
            scan = max(full_wall - compile_wall, 1e-9)
            scan_cpu = max(statistics.median(f["cpu"] - c["cpu"] for c, f in runs), 1e-9)
            grep_whole[locale] = corpus_mb / full_wall
            rows += [
                (f"grep -F -o (LC_ALL={locale}): compile patterns", f"{compile_wall:.2f} s"),
                (f"grep -F -o (LC_ALL={locale}): scan corpus",
                 f"{corpus_mb / scan:.1f} MB/s wall, {corpus_mb / scan_cpu:.1f} MB/s CPU"),
                (f"grep -F -o (LC_ALL={locale}): whole run", f"{grep_whole[locale]:.1f} MB/s"),
                (f"grep -F -o (LC_ALL={locale}): matches / peak memory",
                 f"{grep_lines:,} / {max(f['rss_mb'] for _, f in runs):.0f} MB"),
            ]
        fastest = max(grep_whole, key=grep_whole.get)
        rows.append((f"matcher whole run / fastest grep whole run (LC_ALL={fastest}); target >= 0.5",
                     f"{corpus_mb / whole / grep_whole[fastest]:.2f}"))
        rebuilt = whole - warm["automaton"] + warm["automaton_build"]
        rows.append(("the same, automaton built instead of read", f"{corpus_mb / rebuilt / grep_whole[fastest]:.2f}"))

        queries = sample_queries(files)
        first = measure([termkit, "lookup", queries["exact acronym"], "--termbase", str(files.termbase)], env)
        rows.append(("termkit lookup: first run (builds its index)", f"{first['wall']:.2f} s"))
        for label, query in queries.items():
            walls, cpus, rss = [], [], 0.0
            for _ in range(args.runs):
                run = measure([termkit, "lookup", query, "--termbase", str(files.termbase)], env)
                walls.append(run["wall"])
                cpus.append(run["cpu"])
                rss = max(rss, run["rss_mb"])
            rows.append((
                f"termkit lookup {query!r} ({label}), cached",
                f"wall median {statistics.median(walls):.3f} s (max {max(walls):.3f}), "
                f"CPU median {statistics.median(cpus):.3f} s, {rss:.0f} MB",
            ))

    print(f"corpus {corpus_mb:.1f} MB, {args.concepts:,} concepts, load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}, {os.cpu_count()} CPUs, {time.strftime('%Y-%m-%d')}")
    width = max(len(label) for label, _ in rows)
    print(f"| {'measure'.ljust(width)} | value |\n|{'-' * (width + 2)}|-------|")
    for label, value in rows:
        print(f"| {label.ljust(width)} | {value} |")


if __name__ == "__main__":
    main()
