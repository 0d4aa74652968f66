"""The two seed releases: every official name, nothing else, each at the right place."""

from __future__ import annotations

import csv
import json

import pytest

from conftest import FIXTURES, ROOT
from toolkit.extract import extract_paths

SEEDS = ("000_13cfcebedf33aafd.txt", "004_d5e450d711d2eac1.txt")
GOLD = FIXTURES / "extract" / "seeds_gold.tsv"


def gold_rows() -> list[tuple[str, int, str, str]]:
    lines = [line for line in GOLD.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [(name, int(line), kind, text) for name, line, kind, text in csv.reader(lines, delimiter="\t")]


@pytest.fixture(scope="module")
def seed_results():
    return extract_paths([ROOT / "sources" / name for name in SEEDS])


def test_every_official_name_and_no_other(seed_results):
    got = [(SEEDS[index], m.line, m.kind, m.text) for index, (_, mentions) in enumerate(seed_results) for m in mentions]
    gold = gold_rows()
    assert sorted(set(gold) - set(got)) == []  # nothing missed
    assert sorted(set(got) - set(gold)) == []  # nothing invented
    assert got == gold  # every occurrence, in reading order


def test_spans_point_at_the_surface_in_the_raw_file(seed_results):
    for document, mentions in seed_results:
        raw_lines = open(document.path, encoding="utf-8").read().splitlines()
        body = {line.raw_line: line.text for line in document.lines}
        for mention in mentions:
            assert raw_lines[mention.line - 1][mention.column - 1:].startswith(mention.text), mention
            assert body[mention.line][mention.start:mention.end] == mention.text


def test_acronym_definitions_in_the_seeds(seed_results):
    (_, first), (_, second) = seed_results
    sica = [m for m in first if m.text == "SICA"]
    assert len(sica) == 5 and all(m.defined for m in sica)
    assert {m.definition for m in sica} == {"Central American Integration System"}
    assert {m.expansion for m in sica} == {"Sistema de la Integración Centroamericana"}
    assert sica[0].evidence == "acronym-cross-language"
    undefined = {m.text for m in first + second if m.kind == "acronym" and not m.defined}
    assert undefined == {"CABEI", "MIKTA", "UN", "WTO", "ROK", "U.S."}  # a country's abbreviation is an acronym


def test_cli_table(termkit):
    run = termkit("extract", *(ROOT / "sources" / name for name in SEEDS))
    assert run.code == 0
    rows = run.out.splitlines()
    assert len(rows) == len(gold_rows())
    assert rows[0].split("\t")[1:3] == ["meeting", "Korea-Central America Special Roundtable"]
    assert any("MIKTA (not defined in the text)" in row for row in rows)
    [sica] = [row for row in rows if ":20:42\t" in row]
    assert sica.endswith(f"{SEEDS[0]}:20:42\tacronym\tSICA = Central American Integration System; "
                         "abbreviates Sistema de la Integración Centroamericana\t[acronym-cross-language]")


def test_cli_json(termkit):
    seed = ROOT / "sources" / SEEDS[0]
    run = termkit("extract", seed, "--format", "json")
    assert run.code == 0
    mentions = json.loads(run.out)["mentions"]
    raw_lines = seed.read_text(encoding="utf-8").splitlines()
    defined = [m for m in mentions if m["kind"] == "acronym" and m["defined"]]
    assert defined
    for mention in defined:
        span = mention["definition_span"]
        body_line = raw_lines[span["line"] - 1]
        assert body_line[span["start"]:span["end"]] == mention["definition"] == "Central American Integration System"
    assert all("definition" not in m for m in mentions if m["kind"] != "acronym")
    assert {m["path"] for m in mentions} == {str(seed)}


def test_cli_output_is_deterministic(termkit):
    first = termkit("extract", ROOT / "sources", "--format", "json").out
    assert first and first == termkit("extract", ROOT / "sources", "--format", "json").out


def test_cli_bad_input_is_one_line_and_exit_2(termkit, tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    run = termkit("extract", binary)
    assert run.code == 2
    assert run.err.startswith("termkit: ") and str(binary) in run.err and len(run.err.splitlines()) == 1
    missing = termkit("extract", tmp_path / "nope.txt")
    assert missing.code == 2 and "Traceback" not in missing.err
