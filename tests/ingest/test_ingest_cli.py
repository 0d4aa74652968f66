"""`termkit clean`: what a translator sees on stdout, in -o files and on bad input."""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES, ROOT, shared_path

PAGES = FIXTURES / "ingest"
SEEDS = [ROOT / "sources" / "000_13cfcebedf33aafd.txt", ROOT / "sources" / "004_d5e450d711d2eac1.txt"]


def seed_body(path) -> str:
    """Everything below the seed's category line, blank lines dropped (see test_ingest)."""
    lines = path.read_text(encoding="utf-8").splitlines()[6:]
    return "".join(f"{line.replace(chr(0xA0), ' ').strip()}\n" for line in lines if line.strip())


def test_clean_prints_the_two_seed_bodies_separated_by_a_blank_line(termkit):
    run = termkit("clean", *SEEDS)
    assert run.code == 0, run.err
    assert run.out == seed_body(SEEDS[0]) + "\n" + seed_body(SEEDS[1])
    assert "바로가기" not in run.out and "Press Releases\n" not in run.out


@pytest.mark.shared
def test_clean_on_the_shared_seeds(termkit):
    seeds = sorted(shared_path("seeds").glob("*.txt"))
    run = termkit("clean", *seeds)
    assert run.code == 0
    assert run.out == "\n".join(seed_body(seed) for seed in seeds)


def test_json_has_metadata_and_the_line_map(termkit):
    run = termkit("clean", SEEDS[0], PAGES / "ko_press.html", "--format", "json")
    assert run.code == 0, run.err
    english, korean = json.loads(run.out)["documents"]
    assert english["layout"] == "en-current" and english["category"] == "Press Releases"
    assert english["lines"][2] == {
        "text": english["lines"][2]["text"], "kind": "footnote", "marker": "*", "language": "en",
        "raw_line": 14, "raw_column": 1,
    }
    assert korean["date"] == "2021-10-29" and korean["metadata"]["department"] == "중미카리브과"
    assert korean["metadata"]["format"] == "html"
    assert [line["raw_line"] for line in korean["lines"]] == [32, 39, 40, 41, 42, 43, 44, 45]


def test_output_folder_gets_one_file_per_input_and_is_deterministic(termkit, tmp_path):
    out = tmp_path / "cleaned"
    inputs = [PAGES / "es_embassy.html", PAGES / "en_2016.txt"]
    assert termkit("clean", *inputs, "-o", out).code == 0
    first = {path.name: path.read_bytes() for path in out.iterdir()}
    assert sorted(first) == ["en_2016.txt", "es_embassy.txt"]
    assert first["es_embassy.txt"] == (PAGES / "es_embassy.body.txt").read_bytes()
    assert termkit("clean", *inputs, "-o", out).code == 0
    assert {path.name: path.read_bytes() for path in out.iterdir()} == first
    assert termkit("clean", *inputs, "-o", out, "--format", "json").code == 0
    assert json.loads((out / "en_2016.json").read_text(encoding="utf-8"))["metadata"]["notice"] == "unofficial translation"


def test_output_folder_never_overwrites_an_input(termkit, tmp_path):
    page = tmp_path / "release.txt"
    page.write_bytes(SEEDS[0].read_bytes())
    run = termkit("clean", page, "-o", tmp_path)
    assert run.code == 2
    assert "would overwrite an input" in run.err
    assert page.read_bytes() == SEEDS[0].read_bytes()


def test_two_inputs_with_one_output_name_are_refused_before_writing(termkit, tmp_path):
    run = termkit("clean", PAGES / "unknown.txt", PAGES / "unknown.html", "-o", tmp_path / "out")
    assert run.code == 2 and "clashes" in run.err
    assert not (tmp_path / "out").exists()


def test_binary_file_is_one_line_and_exit_2(termkit, tmp_path):
    path = tmp_path / "scan.txt"
    path.write_bytes(b"%PDF-1.7\n\x00\x01\x02\xff" * 50)
    run = termkit("clean", path)
    assert run.code == 2
    assert run.err.startswith(f"termkit: {path}: not a text file")
    assert run.err.count("\n") == 1 and "Traceback" not in run.err


def test_empty_file_prints_nothing_and_warns(termkit, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    run = termkit("clean", path)
    assert (run.code, run.out) == (0, "")
    assert "warning: empty file" in run.err


def test_truncated_html_is_not_a_traceback(termkit, tmp_path):
    page = (PAGES / "ko_press.html").read_bytes()
    path = tmp_path / "cut.html"
    path.write_bytes(page[: len(page) // 2])
    run = termkit("clean", path)
    assert run.code == 0
    assert run.out.startswith("한-중미 특별 원탁회의 개최 결과\n")


def test_user_chrome_table_extends_the_built_in_one(termkit, tmp_path):
    page = tmp_path / "partner.txt"
    # A headline-shaped line above the title: line shapes cannot tell it from a title, a table row can.
    banner = "Newsroom of the Partner Ministry of Foreign Affairs"
    page.write_text(f"{banner}\n" + (PAGES / "unknown.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert termkit("clean", page).out.splitlines()[0] == banner
    table = tmp_path / "chrome.tsv"
    table.write_text(f"# our partner ministry's site\n*\thead\tchrome\texact\t{banner}\n", encoding="utf-8")
    run = termkit("clean", page, "--chrome", table)
    assert run.out == (PAGES / "unknown.body.txt").read_text(encoding="utf-8")


def test_bad_chrome_table_names_its_line(termkit, tmp_path):
    table = tmp_path / "chrome.tsv"
    table.write_text("# comment\n*\thead\tchrome\tregex\t(unclosed\n", encoding="utf-8")
    run = termkit("clean", SEEDS[0], "--chrome", table)
    assert run.code == 2
    assert f"{table}:2: bad regular expression" in run.err
