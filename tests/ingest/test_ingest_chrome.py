"""The chrome table and where it applies: only at the edges of a page, never inside the body."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, ROOT
from toolkit.errors import InputError
from toolkit.ingest import ingest
from toolkit.ingest.chrome import ROLES, builtin_table, parse_table
from toolkit.text.language import detect

PAGES = FIXTURES / "ingest"
SEED = ROOT / "sources" / "000_13cfcebedf33aafd.txt"


def test_chrome_lines_inside_the_body_stay(tmp_path):
    lines = SEED.read_text(encoding="utf-8").splitlines()
    # Between paragraph 1 and its footnote, and again after paragraph 6.
    lines[11:11] = ["Press Releases", "본문 바로가기"]
    lines.append("Date")
    page = tmp_path / "quoting.txt"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    document = ingest(page)
    texts = [line.text for line in document.lines]
    assert texts[2:4] == ["Press Releases", "본문 바로가기"]
    assert [line.raw_line for line in document.lines[2:4]] == [12, 13]
    assert texts[-1] == "Date"
    assert len(texts) == len(ingest(SEED).lines) + 3


def test_known_layout_drops_unlisted_menu_lines_above_its_category():
    raw = (PAGES / "ko_press.txt").read_text(encoding="utf-8")
    assert "누리집 안내지도" in raw
    document = ingest(PAGES / "ko_press.txt")
    assert all("누리집" not in line.text for line in document.lines)


def test_known_layout_keeps_a_sentence_above_its_category(tmp_path):
    raw = (PAGES / "ko_press.txt").read_text(encoding="utf-8")
    page = tmp_path / "odd.txt"
    page.write_text(raw.replace("누리집 안내지도", "외교부는 오늘 새 누리집을 열었다."), encoding="utf-8")
    document = ingest(page)
    assert document.lines[0].text == "외교부는 오늘 새 누리집을 열었다."


def test_unknown_layout_says_so_and_how_its_chrome_was_found():
    document = ingest(PAGES / "unknown.txt")
    assert document.layout == "unknown-conservative"
    assert "line shapes" in document.metadata["layout_note"]
    assert document.metadata["chrome_lines_removed"] == "3"


def test_every_built_in_row_parses_and_uses_a_known_role():
    table = builtin_table()
    assert {rule.role for rule in table.rules} <= set(ROLES)
    assert table.layouts() == ["en-current", "en-2016", "ko", "es"]
    for rule in table.rules:  # built-in patterns compile lazily: compile every one here
        assert (rule.regex is None) == (rule.pattern is None)
        assert (rule.next_value is None) == (rule.next_pattern is None)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("en\tmiddle\tchrome\texact\tx", "zone must be"),
        ("en\thead\tfooter\texact\tx", "role must be"),
        ("en\thead\tchrome\tglob\tx", "match must be"),
        ("en\thead\tchrome", "tab-separated columns"),
        ("en\thead\tdate\tregex\tDate(?P<date>.*)\t[", "bad regular expression"),
    ],
)
def test_bad_rows_are_reported_with_their_line(row, message):
    with pytest.raises(InputError, match=message) as error:
        parse_table(f"# header\n\n{row}\n", "mine.tsv")
    assert error.value.line == 3


def test_label_and_value_on_separate_lines_fill_metadata():
    table = parse_table("x\thead\thits\tregex\tViews\\s*(?P<hits>\\d*)\t\\d+\n", "t.tsv")
    rule = table.rules[0]
    found = rule.match("Views")
    assert found.fields == {} and found.wants_next == ("hits",)
    assert rule.match("Views 12").fields == {"hits": "12"}
    assert rule.match("Viewers") is None


@pytest.mark.parametrize(
    ("text", "fallback", "language"),
    [
        ("외교부는 중미 7개국 외교차관과 회의를 개최하였다.", None, "ko"),
        ("El Ministerio celebró la reunión con los viceministros.", None, "es"),
        ("The Ministry held the meeting with the Vice Ministers.", None, "en"),
        ("Sistema de la Integración Centroamericana", "en", "es"),
        ("MIKTA", "es", "es"),
        ("MIKTA", "ko", "en"),
        ("1. 2021-10-28", "en", None),
    ],
)
def test_language_of_a_line(text, fallback, language):
    assert detect(text, fallback) == language
