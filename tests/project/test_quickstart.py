"""The quick start's build on this repository: same bytes as committed, whatever the day.

`python3 tasks.py build` runs `termkit build` on the repository's own sources and glossary;
on a fresh clone it must leave every tracked file as committed, and a newer reference data
set may change derived outputs only where that data changed, never the curated file.
"""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from conftest import ROOT
from toolkit import stamp
from toolkit.build import build
from toolkit.project import load_project
from toolkit.termbase import reference


def tracked_copy(target: Path) -> dict[str, bytes]:
    """Copy the committed files of this repository into `target`; their bytes by path."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    listing = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    files = {}
    for name in filter(None, listing.decode("utf-8").split("\0")):
        source = ROOT / name
        if not source.is_file():
            continue
        data = source.read_bytes()
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        (target / name).write_bytes(data)
        files[name] = data
    return files


@pytest.fixture(scope="module")
def repository(tmp_path_factory) -> tuple[Path, dict[str, bytes]]:
    target = tmp_path_factory.mktemp("clone")
    return target, tracked_copy(target)


def run_build(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "toolkit", "build"], cwd=project, capture_output=True, text=True,
                          timeout=600)


def test_the_quick_start_build_leaves_every_tracked_file_as_committed(repository):
    project, committed = repository
    first = run_build(project)
    assert first.returncode == 0, first.stderr
    changed = sorted(name for name, data in committed.items() if (project / name).read_bytes() != data)
    assert changed == [], f"build rewrote tracked files: {changed}"
    second = run_build(project)
    assert second.returncode == 0 and " 0 file(s) written" in second.stdout, second.stdout


def test_a_newer_reference_data_set_changes_derived_outputs_only_where_it_changed(repository, monkeypatch):
    project, committed = repository
    real = reference.reference_concepts()

    def changed_data_set():
        concepts = copy.deepcopy(real)
        norway = next(c for c in concepts if c.id == "country-NO")
        norway.terms["es"][0].text = "Reino de Noruega (nuevo)"
        return concepts

    monkeypatch.setattr(reference, "reference_concepts", changed_data_set)
    # An upgrade rewrites the data set's package files, which build's record of its inputs
    # names; a data set changed in memory needs the record cleared instead.
    (project / stamp.RECORD).unlink(missing_ok=True)
    build(load_project(project))
    assert (project / "glossary" / "termbase.tbx").read_bytes() == committed["glossary/termbase.tbx"]
    catalog = "locales/es/LC_MESSAGES/termkit.po"
    before = {e.msgctxt: str(e) for e in polib.pofile(committed[catalog].decode("utf-8"))}
    after = {e.msgctxt: str(e) for e in polib.pofile(str(project / catalog))}
    assert sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k)) == ["country-NO"]
    assert 'msgstr "Reino de Noruega (nuevo)"' in after["country-NO"]
