"""Benchmark `termkit check`: the 20 MB corpus against the 50,000-concept base, beside
`grep -F -o -f terms.txt` on the same input, and a one-page release with the caches warm, on
its own and answered by `termkit serve` (alternated pairs).

    .venv/bin/python tests/bench/bench_check.py [--corpus-mb 20] [--concepts 50000] [--realistic]

Uses the matcher benchmark's generator (tests/bench/generate.py: one 20 MB file, the worst
case), or with --realistic real en/ko/es text against ministry-shaped names
(tests/bench/realistic.py: an archive, one file per document, as a translator's folder of
releases is), and a private cache folder. Also prints the share of the corpus's text the
cleaner keeps as body, which is what check reads (a corpus cut short would time the wrong
thing). Prints a Markdown table for the README. Not run by pytest.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import ROOT, bench_files  # noqa: E402
from measure import measure  # noqa: E402
from realistic import realistic_archive, realistic_files  # noqa: E402

TERMKIT = str(ROOT / ".venv" / "bin" / "termkit")
CHROME = "바로가기 메뉴\n본문 바로가기\n주메뉴 바로가기\n검색창 열기\n\nPress Releases\n\nOutcome of the Regional Dialogue\n\n\n"


def one_page(corpus: Path, folder: Path) -> Path:
    """A release-sized page: the site's navigation lines, a title, ~3.5 KB of the corpus."""
    text = corpus.read_text(encoding="utf-8")[:3500].rsplit(" ", 1)[0]
    paragraphs = [f"{number}. {body}" for number, body in enumerate(text.split("\n\n"), start=1)]
    page = folder / "page.txt"
    page.write_text(CHROME + "\n\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return page


def _files_of(corpus: Path) -> list[Path]:
    return sorted(corpus.glob("*.txt")) if corpus.is_dir() else [corpus]


def timed(label: str, command: list[str]) -> tuple:
    """measure() plus the child's CPU time (user + system), which a busy machine does not inflate;
    check's exit 1 (findings) is a success here."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = measure(label, command, ok=(0, 1))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return result, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concepts", type=int, default=50_000)
    parser.add_argument("--corpus-mb", type=int, default=20)
    parser.add_argument("--realistic", action="store_true", help="real news and release text (needs ../shared)")
    args = parser.parse_args()
    files = (realistic_files if args.realistic else bench_files)(args.concepts, args.corpus_mb)
    corpus = realistic_archive(args.corpus_mb) if args.realistic else files.corpus
    size_mb = sum(path.stat().st_size for path in _files_of(corpus)) / 1e6
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        os.environ["TERMKIT_CACHE_DIR"] = str(folder / "cache")
        # As installed: bytecode cached (here in a private folder, not in the work tree).
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        page = one_page(files.corpus, folder)
        check = [TERMKIT, "check", "--termbase", str(files.termbase), "--fail-on", "error"]
        rows = [timed("first run: builds the caches (page)", check + [str(page)])]
        rows += [timed(f"one-page release, caches warm (run {n})", check + [str(page)]) for n in (1, 2, 3, 4, 5)]
        served = served_pairs(check + [str(page)], folder)
        rows.append(timed(f"check {size_mb:.0f} MB corpus", check + [str(corpus)]))
        grep = shutil.which("grep")
        rows.append(timed("grep -F -o -f terms.txt", ["sh", "-c", f"{grep} -F -o -h -r -f {files.terms} {corpus} | wc -l"]))
        share = subprocess.run([sys.executable, str(HERE / "realistic.py"), "--checked-share", str(corpus)],
                               capture_output=True, text=True, check=True).stdout.strip()
    print("| run | wall | CPU | peak memory | last line |\n|---|---|---|---|---|")
    for result, cpu in rows:
        print(f"| {result.label} | {result.seconds:.2f} s | {cpu:.2f} s | {result.peak_mb:.0f} MB | {result.output[:80]} |")
    whole, grep_run = rows[-2][0], rows[-1][0]
    pages = [result.seconds for result, _ in rows[1:-2]]
    print()
    print(f"text check reads (the cleaner's body): {float(share):.1%} of the corpus's non-blank characters")
    print(f"check throughput: {size_mb / whole.seconds:.2f} MB/s; grep -F: {size_mb / grep_run.seconds:.2f} MB/s; "
          f"one page warm: best {min(pages):.2f} s, median {sorted(pages)[len(pages) // 2]:.2f} s")
    alone, by_server = (sorted(times)[len(times) // 2] for times in zip(*served))
    print(f"one page warm, {len(served)} pairs alternated: alone median {alone:.3f} s, "
          f"with `termkit serve` running median {by_server:.3f} s ({alone / by_server:.1f}x)")


def served_pairs(command: list[str], folder: Path, pairs: int = 7) -> list[tuple[float, float]]:
    """(alone, served) wall seconds of the same check, alternated, with a `termkit serve` of its
    own (its first answer, which loads the base, is not counted)."""
    runtime = folder / "run"
    runtime.mkdir(mode=0o700)
    served = {**os.environ, "XDG_RUNTIME_DIR": str(runtime)}
    alone = {**os.environ, "XDG_RUNTIME_DIR": str(folder)}
    server = subprocess.Popen([TERMKIT, "serve"], env=served, stderr=subprocess.PIPE, text=True)
    try:
        assert "listening" in server.stderr.readline()
        subprocess.run(command, env=served, capture_output=True)

        def wall(env: dict) -> float:
            started = time.perf_counter()
            subprocess.run(command, env=env, capture_output=True)
            return time.perf_counter() - started

        return [(wall(alone), wall(served)) for _ in range(pairs)]
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
