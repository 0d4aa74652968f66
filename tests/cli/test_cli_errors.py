"""What a user sees when the machine says no: one line naming the path, exit 2."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import ROOT, make_project


def run(args, cwd, env=None):
    return subprocess.run([sys.executable, "-m", "toolkit", *map(str, args)], cwd=cwd, capture_output=True,
                          env={**os.environ, **(env or {})}, timeout=300)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_glossary_is_one_line_not_a_traceback(tmp_path):
    make_project(tmp_path)
    (tmp_path / "glossary").mkdir()
    (tmp_path / "glossary").chmod(0o555)
    try:
        result = run(["build"], tmp_path)
    finally:
        (tmp_path / "glossary").chmod(0o755)
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr and b"glossary" in result.stderr


def test_an_unwritable_output_path_is_one_line_not_a_traceback(tmp_path):
    make_project(tmp_path, reference_data=False)
    (tmp_path / "glossary").mkdir()
    (tmp_path / "glossary" / "termbase.tbx").write_bytes((ROOT / "glossary" / "termbase.tbx").read_bytes())
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    result = run(["export", "csv", "-o", blocker / "out.csv"], tmp_path)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "not-a-folder" in lines[0] and "Traceback" not in lines[0]


@pytest.mark.parametrize("encoding", ["cp949", "euc-kr"])
def test_output_to_a_korean_legacy_terminal_never_crashes(encoding):
    """cp949 and euc-kr cannot show Spanish accents ("Integración")."""
    result = run(["lookup", "SICA"], ROOT, env={"PYTHONIOENCODING": encoding})
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    assert "중미통합체제".encode(encoding) in result.stdout and b"Integraci?n" in result.stdout
    assert result.stderr.decode(encoding).count("cannot be shown in") == 1


def test_short_version_flag():
    result = run(["-V"], ROOT)
    assert result.returncode == 0 and result.stdout.startswith(b"termkit")


def test_exporting_a_language_the_base_lacks_says_no(tmp_path):
    result = run(["export", "po", "--lang", "fr"], ROOT)
    assert result.returncode == 2 and result.stdout == b""
    assert b"no 'fr' terms" in result.stderr
    assert result.stderr.startswith(f"termkit: {ROOT / 'glossary' / 'termbase.tbx'}: ".encode())


def test_a_build_with_no_releases_warns(tmp_path):
    make_project(tmp_path)
    result = run(["build"], tmp_path)
    assert result.returncode == 0
    assert b"warning: no releases in" in result.stderr


def test_check_reads_a_folder_as_clean_and_extract_do(tmp_path):
    (tmp_path / "releases").mkdir()
    (tmp_path / "releases" / "a.txt").write_text("The Sistema de Integración Centroamericana met.\n", encoding="utf-8")
    (tmp_path / "releases" / "notes.md").write_text("not a release\n")
    result = run(["check", tmp_path / "releases"], ROOT)
    assert result.returncode == 1 and b"a.txt:1:" in result.stdout and b"TK101" in result.stdout


@pytest.mark.parametrize("command", ["check", "clean", "extract"])
def test_a_folder_with_nothing_to_read_says_no(tmp_path, command):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text("not a release\n")
    result = run([command, tmp_path / "empty"], ROOT)
    assert result.returncode == 2 and b"in this folder" in result.stderr and b"Traceback" not in result.stderr


def test_an_empty_file_is_not_no_findings(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n")
    result = run(["check", tmp_path / "empty.txt"], ROOT)
    assert result.returncode == 2 and b"empty file" in result.stderr


@pytest.mark.parametrize("command", ["check", "clean", "extract"])
def test_a_page_nested_beyond_the_parsers_limit_is_refused_not_skipped(tmp_path, command):
    """libxml2 drops what lies deeper than its limit; check used to say "No findings"."""
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * 100_000 + "Ministry of Foreign Afairs" + "</div>" * 100_000)
    result = run([command, page], ROOT)
    lines = result.stderr.decode().strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1
    assert lines[0].startswith(f"termkit: {page}:1: not a readable HTML page") and "depth" in lines[0]
