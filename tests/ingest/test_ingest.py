"""Ingest: the seeds and every layout fixture give exactly their body, whatever the encoding."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, ROOT, shared_path
from toolkit.errors import InputError
from toolkit.ingest import ingest, ingest_paths
from toolkit.ingest.decode import normalize_spaces, split_lines

PAGES = FIXTURES / "ingest"
PAGE_NAMES = sorted(path.stem for path in PAGES.glob("*.txt") if not path.name.endswith(".body.txt"))
SEEDS = ("000_13cfcebedf33aafd.txt", "004_d5e450d711d2eac1.txt")
NAVIGATION = ("바로가기 메뉴", "본문 바로가기", "주메뉴 바로가기", "검색창 열기", "Press Releases")


def expected_body(name: str) -> list[str]:
    return (PAGES / f"{name}.body.txt").read_text(encoding="utf-8").splitlines()


def expectations(name: str) -> dict:
    return json.loads((PAGES / f"{name}.expected.json").read_text(encoding="utf-8"))


def body(document) -> list[str]:
    return [line.text for line in document.lines]


def test_every_layout_of_the_issue_has_a_page():
    layouts = {expectations(name)["layout"] for name in PAGE_NAMES}
    assert layouts == {"en-current", "en-2016", "ko", "es", "unknown-conservative"}
    assert all((PAGES / f"{name}.html").exists() for name in PAGE_NAMES)


# --- the seeds ---------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_body_is_everything_below_the_category_line(seed):
    # The seeds' chrome is their first six lines: four navigation lines, a blank, the category.
    raw_lines = (ROOT / "sources" / seed).read_text(encoding="utf-8").splitlines()
    assert raw_lines[5] == "Press Releases"
    document = ingest(ROOT / "sources" / seed)
    assert body(document) == [normalize_spaces(line).strip() for line in raw_lines[6:] if line.strip()]
    assert document.category == "Press Releases"
    assert document.layout == "en-current"
    assert document.language == "en"
    assert not any(line.text in NAVIGATION for line in document.lines)


def test_seed_000_structure_and_raw_lines():
    document = ingest(ROOT / "sources" / SEEDS[0])
    assert document.title == "Outcome of Korea-Central America Special Roundtable"
    assert [(line.kind, line.marker) for line in document.lines] == [
        ("title", None), ("paragraph", "1."), ("footnote", "*"), ("paragraph", "2."), ("note", None),
        ("paragraph", "3."), ("paragraph", "4."), ("bullet", "°"), ("bullet", "°"),
        ("paragraph", "5."), ("bullet", "°"), ("bullet", "°"), ("paragraph", "6."),
    ]
    assert [line.raw_line for line in document.lines] == [8, 11, 14, 17, 20, 23, 26, 29, 32, 35, 38, 41, 44]
    footnote = document.lines[2].text
    assert footnote.startswith("* The Vice Ministers") and footnote.endswith("Republic of Panama")
    assert document.lines[4].text.startswith("The Central American Integration System (SICA")
    assert document.lines[7].text.endswith("etc."), "the trailing no-break space is not body text"


def test_seed_004_structure():
    document = ingest(ROOT / "sources" / SEEDS[1])
    assert document.title == "Vice-Ministerial MIKTA Retreat Takes Place"
    markers = [line.marker for line in document.lines]
    assert markers == [None, "1.", "o", "2.", "o", "o", "o", "o", "3.", "o", "o", "-", "o", "4."]
    assert [m for m in markers if m and m[0].isdigit()] == ["1.", "2.", "3.", "4."]


@pytest.mark.shared
@pytest.mark.parametrize("seed", SEEDS)
def test_sources_hold_the_seeds_as_scraped(seed):
    assert (ROOT / "sources" / seed).read_bytes() == shared_path("seeds", seed).read_bytes()


# --- layout pages, text and HTML ---------------------------------------------------------


@pytest.mark.parametrize("suffix", [".txt", ".html"])
@pytest.mark.parametrize("name", PAGE_NAMES)
def test_layout_page_gives_its_body_and_metadata(name, suffix):
    document = ingest(PAGES / f"{name}{suffix}")
    expected = expectations(name)
    assert body(document) == expected_body(name)
    assert [[line.kind, line.marker] for line in document.lines] == expected["kinds"]
    for field in ("layout", "language", "title", "category", "date"):
        assert getattr(document, field) == expected[field], field
    for key, value in expected["metadata"].items():
        assert document.metadata.get(key) == value, key


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_text_page_lines_point_at_their_raw_text(name):
    raw = split_lines((PAGES / f"{name}.txt").read_text(encoding="utf-8"))
    for line in ingest(PAGES / f"{name}.txt").lines:
        start = line.raw_column - 1
        assert normalize_spaces(raw[line.raw_line - 1])[start:start + len(line.text)] == line.text


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_html_page_lines_point_at_their_source_line(name):
    source = split_lines((PAGES / f"{name}.html").read_text(encoding="utf-8"))
    for line in ingest(PAGES / f"{name}.html").lines:
        at = normalize_spaces(html.unescape(source[line.raw_line - 1][line.raw_column - 1:])).lstrip()
        assert at.startswith(line.text.split()[0]), (line.raw_line, line.text)


def test_indented_lines_report_the_column_where_their_text_starts():
    document = ingest(PAGES / "ko_press.txt")
    assert [(line.marker, line.raw_column) for line in document.lines if line.raw_column > 1] == [
        ("*", 2), ("◦", 3), ("◦", 3)
    ]
    full_width = ingest(PAGES / "ko_newfocus.txt").lines[2]
    assert (full_width.marker, full_width.raw_column) == ("-", 2)


def test_html_without_structure_hints_keeps_scripts_and_menus_out():
    document = ingest(PAGES / "en_current_full.html")
    text = "\n".join(body(document))
    for chrome in ("fetch(", "position:", "About the Ministry", "SCREEN SIZE", "Facebook", "Submit", "Sajik-ro"):
        assert chrome not in text


# --- encodings and line endings ----------------------------------------------------------

LEGACY = {"en_current_full": "cp949", "ko_newfocus": "cp949", "unknown": "cp949", "es_embassy": "cp1252"}
VARIANTS = [(name, "utf-8-sig", "\n") for name in PAGE_NAMES]
VARIANTS += [(name, "utf-16", "\n") for name in PAGE_NAMES]
VARIANTS += [(name, "utf-8", "\r\n") for name in PAGE_NAMES]
VARIANTS += [(name, encoding, newline) for name, encoding in LEGACY.items() for newline in ("\n", "\r\n")]


def line_map(document):
    return [(line.text, line.kind, line.marker, line.raw_line, line.raw_column) for line in document.lines]


@pytest.mark.parametrize(("name", "encoding", "newline"), VARIANTS)
def test_encoding_and_line_ending_variants_give_the_same_body(tmp_path, name, encoding, newline):
    text = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    variant = tmp_path / f"{name}.txt"
    variant.write_bytes(text.replace("\n", newline).encode(encoding))
    original, document = ingest(PAGES / f"{name}.txt"), ingest(variant)
    assert line_map(document) == line_map(original)
    assert (document.title, document.date, document.layout) == (original.title, original.date, original.layout)
    assert document.encoding == encoding


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_in_crlf_and_utf16_gives_the_same_body(tmp_path, seed):
    text = (ROOT / "sources" / seed).read_text(encoding="utf-8")
    variant = tmp_path / seed
    variant.write_bytes(text.replace("\n", "\r\n").encode("utf-16"))
    assert line_map(ingest(variant)) == line_map(ingest(ROOT / "sources" / seed))


def test_euc_kr_html_page_gives_the_same_body(tmp_path):
    page = (PAGES / "ko_newfocus.html").read_text(encoding="utf-8").replace("charset=utf-8", "charset=euc-kr")
    variant = tmp_path / "ko_newfocus.html"
    variant.write_bytes(page.replace("\n", "\r\n").encode("cp949"))
    document = ingest(variant)
    assert body(document) == expected_body("ko_newfocus")
    assert document.encoding == "cp949"


# --- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"  \r\n\n\t\n"])
def test_empty_file_gives_an_empty_body_that_says_so(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    document = ingest(path)
    assert document.lines == []
    assert document.layout == "empty"
    assert document.metadata["warning"] == "empty file"


@pytest.mark.parametrize(
    "content",
    [b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, b"Press Releases\x00\x00\x01\x02 title", bytes(range(256)) * 16],
)
def test_binary_file_is_not_a_text_file(tmp_path, content):
    path = tmp_path / "release.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match="not a text file") as error:
        ingest(path)
    assert error.value.path == str(path)


def test_truncated_html_is_read_as_far_as_it_goes(tmp_path):
    page = (PAGES / "en_current_full.html").read_text(encoding="utf-8")
    path = tmp_path / "truncated.html"
    path.write_text(page[: page.index("two sides will cooperate")], encoding="utf-8")
    document = ingest(path)
    assert body(document)[:4] == expected_body("en_current_full")[:4]
    assert body(document)[4] == "2. Under the memorandum, the"


@pytest.mark.parametrize("markup", ["<html><body></body></html>", "<!DOCTYPE html><html><head><title>x</title></head></html>"])
def test_html_without_text_gives_an_empty_body(tmp_path, markup):
    path = tmp_path / "blank.html"
    path.write_text(markup, encoding="utf-8")
    document = ingest(path)
    assert document.lines == [] and "warning" in document.metadata


def test_missing_file_names_the_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        ingest(tmp_path / "nowhere.txt")


def test_html_saved_with_a_txt_name_is_read_as_html(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes((PAGES / "es_embassy.html").read_bytes())
    assert body(ingest(path)) == expected_body("es_embassy")



def test_a_doctype_with_an_internal_subset_is_not_body_text(tmp_path):
    """`<!DOCTYPE html [ ... ]>`: the HTML parser ends the declaration inside the subset and
    used to give its `]>` to the page's first body line."""
    path = tmp_path / "page.html"
    path.write_text(
        '<!DOCTYPE html [\n  <!ENTITY ministry "Cancilleria">\n]>\n'
        "The Vice Minister of Foreign Affairs held talks with the Foreign Minister of Panama.\n",
        encoding="utf-8",
    )
    assert body(ingest(path)) == [
        "The Vice Minister of Foreign Affairs held talks with the Foreign Minister of Panama."
    ]


# --- documents as a whole ----------------------------------------------------------------


def test_folder_expands_to_its_pages_sorted(tmp_path):
    for name in ("b.html", "a.txt", "c.htm", "notes.md"):
        (tmp_path / name).write_bytes((PAGES / "unknown.txt").read_bytes())
    documents = ingest_paths([tmp_path])
    assert [Path(d.path).name for d in documents] == ["a.txt", "b.html", "c.htm"]


def test_content_hash_is_the_sha256_of_the_raw_bytes(tmp_path):
    import hashlib

    path = PAGES / "ko_press.txt"
    assert ingest(path).content_hash == hashlib.sha256(path.read_bytes()).hexdigest()


def test_each_line_carries_its_own_language():
    korean = ingest(PAGES / "ko_press.txt")
    assert {line.language for line in korean.lines} == {"ko"}
    spanish = ingest(PAGES / "es_embassy.txt")
    assert {line.language for line in spanish.lines} == {"es"}
    seed = ingest(ROOT / "sources" / SEEDS[0])
    assert seed.lines[4].language == "en", "an English note quoting a Spanish name stays English"


# --- never a traceback ---------------------------------------------------------------------

@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.sampled_from([f"{name}{suffix}" for name in PAGE_NAMES for suffix in (".txt", ".html")]),
    cut=st.floats(0, 1),
    noise=st.binary(max_size=64),
)
def test_damaged_pages_give_a_document_or_an_input_error(tmp_path, name, cut, noise):
    raw = (PAGES / name).read_bytes()
    at = int(len(raw) * cut)
    path = tmp_path / name
    path.write_bytes(raw[:at] + noise + raw[at + len(noise):])
    try:
        document = ingest(path)
    except InputError as error:
        assert "not a text file" in error.message
    else:
        assert all(line.text.strip() and line.raw_line >= 1 and line.raw_column >= 1 for line in document.lines)
