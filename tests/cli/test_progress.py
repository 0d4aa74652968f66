"""Long work shows progress on a terminal, and nothing when piped or with --quiet (#20)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import make_project, stderr_on_a_terminal
from toolkit.formats.tbx import save_termbase
from toolkit.model.termbase import Concept, Term, TermBase


@pytest.fixture
def project(tmp_path):
    make_project(tmp_path, reference_data=False)
    (tmp_path / "glossary").mkdir()
    concept = Concept("org-sica", subject="organization")
    concept.add_term("en", Term("Central American Integration System", "fullForm", "preferred"))
    save_termbase(TermBase([concept]), tmp_path / "glossary" / "termbase.tbx")
    pages = tmp_path / "pages"
    pages.mkdir()
    for index in range(3):
        (pages / f"page{index}.txt").write_text("The Central American Integration Sistem met.\n", encoding="utf-8")
    incoming = tmp_path / "new.csv"
    incoming.write_text("id,en\norg-pif,Pacific Islands Forum\n", encoding="utf-8")
    return tmp_path


COMMANDS = {
    "check": ["check", "pages"],
    "import": ["import", "new.csv", "--dry-run"],
    "export": ["export", "tbx", "-o", "out.tbx"],
}


@pytest.mark.parametrize("name", COMMANDS)
def test_progress_shows_on_a_terminal(project, name):
    shown = stderr_on_a_terminal(COMMANDS[name], project)
    assert f"termkit {name}".encode() in shown and b"100%" in shown


@pytest.mark.parametrize("name", COMMANDS)
def test_no_progress_when_quiet_or_piped(project, name):
    assert b"%" not in stderr_on_a_terminal([*COMMANDS[name], "--quiet"], project)
    piped = subprocess.run([sys.executable, "-m", "toolkit", *COMMANDS[name]], cwd=project, capture_output=True,
                           timeout=300)
    assert piped.returncode in (0, 1) and b"%" not in piped.stderr


def test_check_progress_names_the_files_it_reads(project):
    assert b"page2.txt" in stderr_on_a_terminal(COMMANDS["check"], project)
