"""Never lose data: SIGKILL at random moments, two writers at once, random round trips.

The kill trials run a few times by default and 50 times each under `-m slow`:
    python3 tasks.py test -m slow
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strategies import termbases
from conftest import make_project
from toolkit.files import atomic
from toolkit.files.lock import project_lock
from toolkit.formats.tbx import read_tbx, save_termbase, tbx_bytes
from toolkit.model.termbase import Concept, Term, TermBase



def synthetic_base(concepts: int, tag: str, prefix: str = "c") -> TermBase:
    """A base big enough that writing it takes a noticeable moment."""
    base = TermBase()
    for number in range(concepts):
        concept = Concept(id=f"{prefix}-{number:06d}", subject="organization")
        concept.add_term("en", Term(f"{tag} organization number {number}", "fullForm", "preferred"))
        concept.add_term("ko", Term(f"{tag} 기구 {number}", "fullForm", "preferred", sources=["test"]))
        concept.add_term("es", Term(f"{tag} organización {number}", "fullForm", "preferred", sources=["test"]))
        base.concepts.append(concept)
    return base


def run_termkit(args: list[str], cwd: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "toolkit", *map(str, args)], cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def kill_trials(count: int, make_project, args: list[str], outputs: list[str]) -> None:
    """Kill `termkit args` at random moments: each output is old or new, never torn."""
    rng = random.Random(20261122)
    reference = make_project("reference")
    finished = run_termkit(args, reference)
    assert finished.wait(timeout=300) in (0, 1), finished.stderr.read().decode()
    new = {name: (reference / name).read_bytes() for name in outputs}
    duration = max(0.5, _timed(args, make_project("timing")))
    for trial in range(count):
        project = make_project(f"trial{trial}")
        old = {name: (project / name).read_bytes() if (project / name).exists() else None for name in outputs}
        process = run_termkit(args, project)
        time.sleep(rng.uniform(0, duration * 1.1))
        process.send_signal(signal.SIGKILL)
        process.wait()
        for name in outputs:
            current = (project / name).read_bytes() if (project / name).exists() else None
            assert current in (old[name], new[name]), f"trial {trial}: {name} is neither old nor new"
        again = run_termkit(args, project)
        assert again.wait(timeout=300) in (0, 1), again.stderr.read().decode()
        for name in outputs:
            assert (project / name).read_bytes() == new[name]
            assert temporaries(project / name) == [], f"trial {trial}: the killed write's temp file is left"


def temporaries(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f".{path.name}.*.tmp"))


def dead_pid() -> int:
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()
    return finished.pid


def _timed(args: list[str], project: Path) -> float:
    started = time.monotonic()
    run_termkit(args, project).wait(timeout=300)
    return time.monotonic() - started


@pytest.fixture
def import_project(tmp_path):
    incoming = tmp_path / "incoming.tbx"
    save_termbase(synthetic_base(1200, "new"), incoming)
    unknown = tmp_path / "unknown.tbx"  # concepts the base does not have: no conflicts
    save_termbase(synthetic_base(1200, "unknown", prefix="u"), unknown)

    def make(name: str) -> Path:
        project = make_project(tmp_path / name, reference_data=False)
        (project / "glossary").mkdir(parents=True)
        save_termbase(synthetic_base(600, "old"), project / "glossary" / "termbase.tbx")
        shutil.copy(incoming, project / "incoming.tbx")
        shutil.copy(unknown, project / "unknown.tbx")
        return project

    return make


@pytest.fixture
def review_project(tmp_path, import_project):
    """Projects whose imports.json holds proposals (review.json written by an accept)."""
    template = import_project("imported")
    assert run_termkit(["import", "unknown.tbx"], template).wait(timeout=300) == 0
    imports = (template / "glossary" / "imports.json").read_bytes()
    candidate = json.loads(imports)["candidates"][0]["id"]

    def make(name: str) -> Path:
        project = import_project(name)
        (project / "glossary" / "imports.json").write_bytes(imports)
        return project

    return make, candidate


@pytest.fixture
def build_project(tmp_path):
    def make(name: str) -> Path:
        project = make_project(tmp_path / name)
        (project / "glossary").mkdir(parents=True)
        (project / "sources").mkdir()
        termbase = project / "glossary" / "termbase.tbx"
        # The old file is valid but not normalized, so a build has something to rewrite.
        termbase.write_bytes(tbx_bytes(synthetic_base(400, "same")).replace(b"  ", b"    "))
        return project

    return make


@pytest.fixture
def export_project(tmp_path):
    def make(name: str) -> Path:
        project = make_project(tmp_path / name, reference_data=False)
        (project / "glossary").mkdir(parents=True)
        save_termbase(synthetic_base(1000, "export"), project / "glossary" / "termbase.tbx")
        (project / "out.po").write_text("old catalog\n")
        return project

    return make


BUILD_OUTPUTS = [
    "glossary/termbase.tbx", "glossary/termkit.tbx", "glossary/termkit.v2.tbx", "glossary/termkit.csv",
    "glossary/termkit.html", "locales/ko/LC_MESSAGES/termkit.po", "locales/ko/LC_MESSAGES/termkit.mo",
    "locales/en/LC_MESSAGES/termkit-ko.po",
]
EXPORT = ["export", "po", "--lang", "ko", "-o", "out.po"]
# import proposes (imports.json, written whole or not at all) and leaves the base as it is
IMPORT_OUTPUTS = ["glossary/termbase.tbx", "glossary/imports.json"]


def test_import_killed_at_random_moments_never_tears_the_base(import_project):
    kill_trials(3, import_project, ["import", "incoming.tbx"], IMPORT_OUTPUTS)


def test_import_accept_all_killed_at_random_moments_never_tears_the_base(import_project):
    kill_trials(3, import_project, ["import", "unknown.tbx", "--accept-all"], ["glossary/termbase.tbx"])


def test_review_killed_at_random_moments_never_tears_its_decisions(review_project):
    project, candidate = review_project
    kill_trials(3, project, ["review", "accept", candidate], ["glossary/review.json"])


def test_build_killed_at_random_moments_never_tears_outputs(build_project):
    kill_trials(3, build_project, ["build"], BUILD_OUTPUTS)


def test_export_killed_at_random_moments_never_tears_the_output(export_project):
    kill_trials(3, export_project, EXPORT, ["out.po"])


@pytest.mark.slow
def test_import_survives_fifty_kills(import_project):
    kill_trials(50, import_project, ["import", "incoming.tbx"], IMPORT_OUTPUTS)


@pytest.mark.slow
def test_build_survives_fifty_kills(build_project):
    kill_trials(50, build_project, ["build"], BUILD_OUTPUTS)


@pytest.mark.slow
def test_export_survives_fifty_kills(export_project):
    kill_trials(50, export_project, EXPORT, ["out.po"])


def test_only_temp_files_of_dead_writers_are_removed(tmp_path):
    target = tmp_path / "termbase.tbx"
    target.write_bytes(b"current")
    killed = tmp_path / f".termbase.tbx.{dead_pid()}.k1x_9.tmp"
    running = tmp_path / f".termbase.tbx.{os.getpid()}.r2y_8.tmp"
    other_file = tmp_path / f".termbase.tbx.bak.{dead_pid()}.z3.tmp"
    foreign = tmp_path / f".notes.txt.{dead_pid()}.q4.tmp"
    for path in (killed, running, other_file, foreign):
        path.write_bytes(b"partial")
    assert atomic.remove_stale_temporaries(target) == [killed]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in (target, running, other_file, foreign))


def test_build_clears_what_a_killed_write_left(build_project):
    project = build_project("p")
    stale = project / "glossary" / f".termbase.tbx.{dead_pid()}.abc123.tmp"
    stale.write_bytes(b"<tbx")
    finished = run_termkit(["build"], project)
    assert finished.wait(timeout=300) == 0
    assert not stale.exists()
    assert f"removed {stale.relative_to(project)}" in finished.stderr.read().decode()


def test_import_clears_what_a_killed_proposal_write_left(import_project):
    project = import_project("p")
    stale = project / "glossary" / f".imports.json.{dead_pid()}.abc123.tmp"
    stale.write_bytes(b"[{")
    finished = run_termkit(["import", "incoming.tbx"], project)
    assert finished.wait(timeout=300) in (0, 1), finished.stderr.read().decode()
    assert not stale.exists()
    assert f"removed {stale.relative_to(project)}" in finished.stderr.read().decode()


def test_review_clears_what_a_killed_decision_write_left(review_project):
    make, candidate = review_project
    project = make("p")
    stale = project / "glossary" / f".review.json.{dead_pid()}.abc123.tmp"
    stale.write_bytes(b"{")
    finished = run_termkit(["review", "accept", candidate], project)
    assert finished.wait(timeout=300) == 0, finished.stderr.read().decode()
    assert not stale.exists()
    assert f"removed {stale.relative_to(project)}" in finished.stderr.read().decode()


def test_second_build_waits_for_the_first(build_project):
    project = build_project("p")
    with project_lock(project / "glossary"):
        second = run_termkit(["build", "--wait", "30"], project)
        time.sleep(1.5)
        assert second.poll() is None, "the second build must wait while the lock is held"
    assert second.wait(timeout=60) == 0
    assert b"waiting for another termkit" in second.stderr.read()


def test_second_writer_gives_up_with_a_clear_message(build_project):
    project = build_project("p")
    before = (project / "glossary" / "termbase.tbx").read_bytes()
    with project_lock(project / "glossary"):
        second = run_termkit(["build", "--wait", "0.5"], project)
        assert second.wait(timeout=60) == 2
        message = second.stderr.read().decode()
    assert "another termkit is writing" in message and len(message.strip().splitlines()) == 2
    assert (project / "glossary" / "termbase.tbx").read_bytes() == before


# ---------------------------------------------------------------- property tests

@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(termbase=termbases())
def test_random_bases_round_trip_through_tbx_v3(tmp_path, termbase):
    path = tmp_path / "random.tbx"
    save_termbase(termbase, path)
    again = read_tbx(path)
    assert again.concepts == termbase.sorted()
    assert tbx_bytes(again) == path.read_bytes()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
def test_tbx_reader_fuzz_only_documented_errors(tmp_path, data):
    from toolkit.errors import InputError

    path = tmp_path / "fuzz.tbx"
    path.write_bytes(b'<?xml version="1.0"?>\n<martif type="TBX"><text><body>' + data)
    try:
        read_tbx(path)
    except InputError as error:
        assert error.path == str(path)
