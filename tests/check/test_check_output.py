"""termkit check's command line: text, JSON and SARIF output, exit statuses, bad input.

Run in the project with the glossary as shipped (glossary/termbase.tbx, which the CLI reads
with the reference country names merged in) on releases written with its names."""

from __future__ import annotations

import json

import jsonschema
import pytest

from conftest import FIXTURES, GLOSSARY, ROOT, SHIPPED

CHECK = FIXTURES / "check"
BASE = GLOSSARY
ERRORS = SHIPPED / "en_release_errors.txt"
CLEAN = CHECK / "en_release_clean.txt"


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TERMKIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.chdir(ROOT)  # in the project: the shipped glossary with the reference country names


def test_text_output_is_one_grep_friendly_line_per_finding(termkit):
    run = termkit("check", ERRORS, "--termbase", BASE)
    assert run.code == 1
    lines = run.out.splitlines()
    assert f"{ERRORS}:14:7: TK103 'Vice Minister of Foreign Affair' looks like a misspelling of " \
           f"'Vice Minister of Foreign Affairs' → Vice Minister of Foreign Affairs" in lines
    assert lines[-1] == "9 findings (2 errors, 5 warnings, 2 info) in 1 file."
    assert "\x1b[" not in run.out  # not a terminal: no colour


def test_text_output_groups_findings_by_file(termkit):
    run = termkit("check", ERRORS, CHECK / "ko_release_errors.txt", "--termbase", BASE)
    lines = run.out.splitlines()
    blank = lines.index("")
    assert len(lines[:blank]) == 9 and all(line.startswith(f"{ERRORS}:") for line in lines[:blank])
    korean = lines[blank + 1 : -1]
    assert korean == [
        f"{CHECK / 'ko_release_errors.txt'}:13:30: TK103 '중미통합체재' looks like a misspelling of '중미통합체제' → 중미통합체제",
        f"{CHECK / 'ko_release_errors.txt'}:15:10: TK101 '외교통상부' is a superseded term; the base's preferred "
        "term is '외교부' → 외교부",
    ]


def test_colour_for_a_terminal_and_none_with_no_color(termkit, monkeypatch):
    """Pretend stdout is a terminal (click strips styles only when it is not, or color=False)."""
    import click.utils

    monkeypatch.setattr(click.utils, "should_strip_ansi", lambda stream=None, color=None: color is False)
    coloured = termkit("check", ERRORS, "--termbase", BASE).out
    assert "\x1b[31m" in coloured and "\x1b[33m" in coloured  # errors red, warnings yellow
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in termkit("check", ERRORS, "--termbase", BASE).out


def test_clean_file_exits_zero(termkit):
    run = termkit("check", CLEAN, "--termbase", BASE)
    assert (run.code, run.out.strip()) == (0, "No findings in 1 file.")


def test_the_summary_counts_the_files_of_a_folder(termkit, tmp_path):
    for name in ("en_release_clean.txt", "es_release_clean.txt", "ko_release_clean.txt"):
        (tmp_path / name).write_bytes((FIXTURES / "check" / name).read_bytes())
    run = termkit("check", tmp_path, "--termbase", BASE)
    assert (run.code, run.out.strip()) == (0, "No findings in 3 files.")


def test_fail_on_sets_the_threshold(termkit):
    assert termkit("check", ERRORS, "--termbase", BASE, "--fail-on", "error").code == 1
    info_only = ["--disable", "TK101", "--disable", "TK103", "--disable", "TK104", "--disable", "TK105"]
    assert termkit("check", ERRORS, "--termbase", BASE, *info_only).code == 0
    assert termkit("check", ERRORS, "--termbase", BASE, *info_only, "--fail-on", "info").code == 1


def test_json_output_is_the_object_in_the_design(termkit):
    run = termkit("check", ERRORS, "--termbase", BASE, "--format", "json")
    data = json.loads(run.out)
    assert set(data) == {"findings", "summary"}
    first = data["findings"][0]
    assert list(first) == ["path", "line", "column", "end_line", "end_column", "rule", "severity",
                           "message", "found", "suggestion", "concept"]
    assert {f["severity"] for f in data["findings"]} <= {"error", "warning", "info"}
    assert data["summary"]["findings"] == len(data["findings"]) == 9
    assert data["summary"]["by_severity"] == {"error": 2, "warning": 5, "info": 2}
    tk103 = [f for f in data["findings"] if f["rule"] == "TK103" and f["line"] == 14][0]
    assert (tk103["column"], tk103["end_column"], tk103["concept"]) == (7, 38, "title-vice-minister-foreign-affairs")


def test_json_output_is_deterministic(termkit):
    first = termkit("check", ERRORS, CHECK / "catalog_ko.po", "--termbase", BASE, "--format", "json").out
    second = termkit("check", ERRORS, CHECK / "catalog_ko.po", "--termbase", BASE, "--format", "json").out
    assert first == second


def test_sarif_output_is_valid_sarif_2_1_0(termkit):
    schema = json.loads((CHECK / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    run = termkit("check", ERRORS, CHECK / "catalog_ko.po", "--termbase", BASE, "--format", "sarif")
    log = json.loads(run.out)
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(log)
    results = log["runs"][0]["results"]
    assert len(results) == 14
    rules = [rule["id"] for rule in log["runs"][0]["tool"]["driver"]["rules"]]
    assert all(rules[result["ruleIndex"]] == result["ruleId"] for result in results)
    deprecated = next(r for r in results if r["ruleId"] == "TK101")
    assert deprecated["level"] == "error"
    assert deprecated["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == \
        "Choi Jong Kun"
    assert {r["level"] for r in results} == {"error", "warning", "note"}


def test_sarif_with_no_findings_is_valid_too(termkit):
    schema = json.loads((CHECK / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    log = json.loads(termkit("check", CLEAN, "--termbase", BASE, "--format", "sarif").out)
    jsonschema.Draft4Validator(schema).validate(log)
    assert log["runs"][0]["results"] == []


@pytest.mark.parametrize("args, message", [
    (["--disable", "TK999"], "unknown rule"),
    (["--severity", "TK102=loud"], "TK102=loud"),
    (["--format", "xml"], "xml"),
])
def test_bad_usage_exits_two(termkit, args, message):
    run = termkit("check", CLEAN, "--termbase", BASE, *args)
    assert run.code == 2 and message in run.err


def test_bad_input_exits_two_with_one_line(termkit, tmp_path):
    binary = tmp_path / "release.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 100)
    run = termkit("check", binary, "--termbase", BASE)
    assert run.code == 2 and run.err.startswith(f"termkit: {binary}") and "Traceback" not in run.err
    missing = termkit("check", CLEAN, "--termbase", tmp_path / "none.tbx")
    assert missing.code == 2 and "none.tbx" in missing.err
    broken = tmp_path / "broken.po"
    broken.write_text('msgid "a"\nmsgstr "b"\nfoo bar\n', encoding="utf-8")
    run = termkit("check", broken, "--termbase", BASE)
    assert run.code == 2 and run.err.startswith(f"termkit: {broken}:3: malformed PO")
