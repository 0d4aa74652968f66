"""validate, import and build as a terminologist uses them, and the CLI's general manners."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import make_project
from toolkit import __version__
from toolkit.cli import COMMANDS
from toolkit.formats.tbx import read_tbx, save_termbase
from toolkit.model.termbase import Concept, Term, TermBase


def concept(cid: str, subject: str = "organization", **terms: list[Term]) -> Concept:
    result = Concept(id=cid, subject=subject)
    for lang, items in terms.items():
        for term in items:
            result.add_term(lang, term)
    return result


def test_version_and_help(termkit):
    assert termkit("--version").out.strip() == f"termkit, version {__version__}"
    result = termkit("--help")
    assert result.code == 0
    for name in COMMANDS:
        assert name in result.out


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_with_an_example(termkit, name):
    result = termkit(name, "--help")
    assert result.code == 0
    assert "Example" in result.out and f"termkit {name}" in result.out


def test_python_dash_m_runs_the_cli():
    result = subprocess.run([sys.executable, "-m", "toolkit", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and __version__ in result.stdout


def test_unknown_option_is_a_usage_error(termkit):
    assert termkit("validate", "--no-such-option").code == 2


def test_validate_reports_integrity_errors(tmp_path, termkit):
    base = TermBase(concepts=[
        concept("org-a", en=[Term("Alpha", status="preferred")]),
        concept("org-a", en=[Term("Alpha again")]),
        concept("org-b", en=[Term("Beta", "fullForm"), Term("B", "acronym")]),
        concept("org-c", en=[Term("alpha")]),
    ])
    base.concepts[2].cross_refs.append("org-missing")
    path = tmp_path / "base.tbx"
    save_termbase(base, path)
    result = termkit("validate", path)
    assert result.code == 1
    assert "duplicate concept id" in result.out
    assert "org-b: en: 2 terms but none is preferred" in result.out
    assert "cross reference to unknown concept 'org-missing'" in result.out
    assert "warning: org-a: en term 'alpha' also in org-c" in result.out


def test_validate_clean_base_exits_zero(tmp_path, termkit):
    path = tmp_path / "base.tbx"
    save_termbase(TermBase(concepts=[concept("org-a", en=[Term("Alpha", status="preferred"), Term("A", "acronym", "admitted")])]), path)
    result = termkit("validate", path)
    assert result.code == 0
    assert "0 error(s), 0 warning(s)" in result.out


def test_import_merges_by_id_and_reports_conflicts(tmp_path, termkit):
    base_path = tmp_path / "termbase.tbx"
    save_termbase(TermBase(concepts=[
        concept("org-sica", en=[Term("Central American Integration System", "fullForm", "preferred")]),
    ]), base_path)
    incoming = tmp_path / "incoming.tbx"
    save_termbase(TermBase(concepts=[
        concept("org-sica", subject="general",
                en=[Term("Central American Integration System", "fullForm", "admitted")],
                ko=[Term("중미통합체제", "fullForm", "preferred")]),
        concept("org-mikta", en=[Term("MIKTA", "acronym", "preferred")]),
    ]), incoming)
    result = termkit("import", incoming, "--termbase", base_path, "--accept-all")
    assert result.code == 1
    assert "conflict" in result.err and "status: kept 'preferred', incoming 'admitted'" in result.err
    assert "subject: kept 'organization', incoming 'general'" in result.err
    merged = read_tbx(base_path)
    sica = merged.get("org-sica")
    assert sica.terms["en"][0].status == "preferred"
    assert sica.subject == "organization"
    assert [t.text for t in sica.terms["ko"]] == ["중미통합체제"]
    assert merged.get("org-mikta") is not None


def test_import_dry_run_writes_nothing(tmp_path, termkit):
    incoming = tmp_path / "in.tbx"
    save_termbase(TermBase(concepts=[concept("org-x", en=[Term("X")])]), incoming)
    result = termkit("import", incoming, "--termbase", tmp_path / "base.tbx", "--dry-run")
    assert result.code == 0 and "1 new concept(s)" in result.out
    assert not (tmp_path / "base.tbx").exists()


def test_build_twice_is_byte_identical_and_quiet(tmp_path, termkit):
    make_project(tmp_path)
    (tmp_path / "glossary").mkdir()
    (tmp_path / "sources").mkdir()
    save_termbase(TermBase(concepts=[concept("org-a", en=[Term("Alpha", status="preferred")])]), tmp_path / "glossary" / "termbase.tbx")
    first = termkit("build", "--project", tmp_path)
    assert first.code == 0, first.err
    snapshot = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file() and p.name != ".termkit.lock"}
    second = termkit("build", "--project", tmp_path)
    assert second.code == 0
    assert "0 file(s) written" in second.out
    assert {p: p.read_bytes() for p in snapshot} == snapshot


def test_build_refuses_a_broken_base(tmp_path, termkit):
    make_project(tmp_path)
    (tmp_path / "glossary").mkdir()
    base = tmp_path / "glossary" / "termbase.tbx"
    save_termbase(TermBase(concepts=[concept("org-a", en=[Term("A1", status="preferred"), Term("A2", status="preferred")])]), base)
    before = base.read_bytes()
    result = termkit("build", "--project", tmp_path)
    assert result.code == 2
    assert "integrity error" in result.err
    assert base.read_bytes() == before
