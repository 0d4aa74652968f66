"""`termkit build` on a project with the 50,000-concept benchmark base and this repository's
two releases: the first (full) build, then a build with nothing to do, then one after a
release was added (a full build again). Target (issue #23): nothing to do in < 5 s.

    .venv/bin/python tests/bench/bench_build.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from generate import bench_files  # noqa: E402
from measure import measure  # noqa: E402


def main() -> None:
    files = bench_files(corpus_mb=1)
    termkit = [sys.executable, "-m", "toolkit", "build"]
    with tempfile.TemporaryDirectory() as scratch:
        project = Path(scratch)
        (project / "termkit.toml").write_text("")
        shutil.copytree(ROOT / "sources", project / "sources")
        (project / "glossary").mkdir()
        shutil.copy(files.termbase, project / "glossary" / "termbase.tbx")
        rows = [measure("first build (full)", termkit, cwd=str(project))]
        rows.append(measure("nothing to do", termkit, cwd=str(project)))
        rows.append(measure("nothing to do, again", termkit, cwd=str(project)))
        (project / "sources" / "extra.txt").write_text("The Korea-SICA Summit was held in Seoul.\n")
        rows.append(measure("after adding a release (full)", termkit, cwd=str(project)))
    print("| build, 50,000-concept base | wall | peak memory | last line |")
    print("|---|---|---|---|")
    for row in rows:
        print(row.row())


if __name__ == "__main__":
    main()
