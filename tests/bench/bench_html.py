"""The HTML glossary at scale: page size, load time and time per keystroke in headless Chromium.

    .venv/bin/python tests/bench/bench_html.py [--concepts 50000] [--runs 3]

The page is written from the synthetic base of tests/bench/generate.py (cached under
.cache/bench/html-N/). Load: from navigation start to the page marking itself ready (data
parsed, search index built, first rows drawn), the median of --runs fresh tabs. A keystroke:
the queries below are typed one character at a time; each character's time is the input
handler plus the layout it causes (read back before the clock stops), so what the
translator waits for before the list is redrawn. Screenshots of the page open and after a
typo search go to .cache/screenshots/html/bench-html-N-*.png.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import ROOT, generate_termbase  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
SHOTS = ROOT / ".cache" / "screenshots" / "html"
MILESTONES = {"start": "  HTML parsed, script starts", "parsed": "  data parsed (JSON)",
              "indexed": "  search index built", "drawn": "  first rows drawn (ready)"}
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
# Plain, typo, Korean with particles, accents, an acronym, one letter, no match at all.
QUERIES = ("kavelo committee", "vice minster of trade", "외교부에서는", "declaración de", "a", "qqxzj")
# In-page milestones (ms from navigation start): the script starts once the HTML is parsed.
MARKS = "Object.fromEntries(performance.getEntriesByType('mark').map(m => [m.name, m.startTime]))"
KEYSTROKE = """([text]) => {
  const q = document.getElementById("q");
  const times = [];
  for (let i = 1; i <= text.length; i++) {
    q.value = text.slice(0, i);
    const started = performance.now();
    q.dispatchEvent(new Event("input"));
    document.body.offsetHeight;
    times.push(performance.now() - started);
  }
  q.value = "";
  q.dispatchEvent(new Event("input"));
  return times;
}"""


def page_path(concepts: int) -> Path:
    from toolkit.formats.html import html_text

    path = ROOT / ".cache" / "bench" / f"html-{concepts}" / "termkit.html"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html_text(generate_termbase(concepts), ["en", "ko", "es"]), encoding="utf-8")
    return path


def measure(path: Path, runs: int) -> dict:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        loads, marks = [], []
        for _ in range(runs):
            page = browser.new_page()
            started = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_selector("body[data-ready]", state="attached", timeout=60_000)
            loads.append(time.perf_counter() - started)
            marks.append(page.evaluate(MARKS))
            page.close()
        page = browser.new_page()
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-ready]", state="attached", timeout=60_000)
        page.wait_for_timeout(3000)  # let the typo index finish building in idle time
        keys = {query: page.evaluate(KEYSTROKE, [query]) for query in QUERIES}
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"bench-{path.parent.name}-open.png"))
        page.fill("#q", QUERIES[1])
        page.screenshot(path=str(SHOTS / f"bench-{path.parent.name}-typo.png"))
        browser.close()
    return {"loads": loads, "marks": marks, "keys": keys}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concepts", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    path = page_path(args.concepts)
    result = measure(path, args.runs)
    every = [ms for times in result["keys"].values() for ms in times]
    print(f"\n{args.concepts:,} concepts, page {path.stat().st_size / 1e6:.1f} MB\n")
    print("| measure | median | worst | target |\n|---|---|---|---|")
    print(f"| load (navigation to ready, wall) | {statistics.median(result['loads']):.2f} s | "
          f"{max(result['loads']):.2f} s | < 2 s |")
    for mark in ("start", "parsed", "indexed", "drawn"):
        print(f"| {MILESTONES[mark]} | {statistics.median(m[mark] for m in result['marks']) / 1000:.2f} s | "
              f"{max(m[mark] for m in result['marks']) / 1000:.2f} s | |")
    print(f"| keystroke (all {len(every)}) | {statistics.median(every):.1f} ms | {max(every):.1f} ms | < 100 ms |")
    for query, times in result["keys"].items():
        print(f"| keystroke, typing {query!r} | {statistics.median(times):.1f} ms | {max(times):.1f} ms | < 100 ms |")


if __name__ == "__main__":
    main()
