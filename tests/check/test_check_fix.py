"""termkit check --fix / --diff: only the fixes change, every other byte stays (encodings, CRLF).

Run in the project with the glossary as shipped (glossary/termbase.tbx, with the reference
country names) on releases written with its names."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, GLOSSARY, ROOT, SHIPPED

CHECK = FIXTURES / "check"
BASE = GLOSSARY
SEED_BASE = CHECK / "seed_base.csv"

ENGLISH_FIXES = [
    ("Choi Jong-kun and", "Choi Jong Kun and"),  # deprecated
    ("Kang Jung-sik", "Kang Jeong-sik"),  # romanization
    ("of Turkey", "of Türkiye"),  # superseded
    ("Central America Integration System", "Central American Integration System"),
    ("Vice Minister of Foreign Affair explained", "Vice Minister of Foreign Affairs explained"),
]
KOREAN_FIXES = [("중미통합체재", "중미통합체제"), ("외교통상부가", "외교부가")]
SPANISH_FIXES = [("Kang Jung-sik", "Kang Jeong-sik"), ("Mundial de Comercio", "Mundial del Comercio")]


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TERMKIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(ROOT)  # in the project: the shipped glossary with the reference country names


def expected_after(text: str, fixes) -> str:
    for before, after in fixes:
        assert text.count(before) == 1
        text = text.replace(before, after)
    return text


@pytest.mark.parametrize("fixture, fixes, encoding, newline, bom", [
    (SHIPPED / "en_release_errors.txt", ENGLISH_FIXES, "utf-8", "\n", False),
    (SHIPPED / "en_release_errors.txt", ENGLISH_FIXES, "utf-8", "\r\n", False),
    (SHIPPED / "en_release_errors.txt", ENGLISH_FIXES, "utf-8", "\n", True),
    (CHECK / "ko_release_errors.txt", KOREAN_FIXES, "cp949", "\r\n", False),
    (CHECK / "ko_release_errors.txt", KOREAN_FIXES, "utf-8", "\r\n", False),
    (SHIPPED / "es_release_errors.txt", SPANISH_FIXES, "cp1252", "\n", False),
])
def test_fix_changes_only_the_fixed_names(termkit, tmp_path, fixture, fixes, encoding, newline, bom):
    text = fixture.read_text(encoding="utf-8").replace("\n", newline)
    target = tmp_path / fixture.name
    prefix = b"\xef\xbb\xbf" if bom else b""
    target.write_bytes(prefix + text.encode(encoding))
    run = termkit("check", target, "--termbase", BASE, "--fix")
    assert f"fixed {len(fixes)} finding(s)" in run.err
    assert target.read_bytes() == prefix + expected_after(text, fixes).encode(encoding)
    remaining = termkit("check", target, "--termbase", BASE, "--disable", "TK102", "--disable", "TK104")
    assert remaining.code == 0, remaining.out


# on the fixture base: it needs a deprecated term that inflects (a title, "Deputy Foreign Minister");
# glossary/ deprecates only names (South Korea, Choi Jong-kun, SICA spellings), which take no plural
def test_inflected_deprecated_term_is_reported_but_not_rewritten(termkit, tmp_path):
    target = tmp_path / "en.txt"
    original = "Press Releases\n\nThe Deputy Foreign Ministers of seven countries met.\n"
    target.write_text(original, encoding="utf-8")
    run = termkit("check", target, "--termbase", SEED_BASE, "--fix")
    assert "TK101 'Deputy Foreign Ministers'" in run.out and run.code == 1
    assert target.read_text(encoding="utf-8") == original


def test_diff_shows_the_fix_and_writes_nothing(termkit, tmp_path):
    target = tmp_path / "ko.txt"
    original = (CHECK / "ko_release_errors.txt").read_bytes()
    target.write_bytes(original)
    run = termkit("check", target, "--termbase", BASE, "--diff")
    assert run.code == 1
    assert "-□ 최종건 외교부 차관은 10.28.(목) 서울에서 중미통합체재 회원국" in run.out
    assert "+□ 최종건 외교부 차관은 10.28.(목) 서울에서 중미통합체제 회원국" in run.out
    assert target.read_bytes() == original


def test_diff_of_a_clean_file_is_empty(termkit):
    run = termkit("check", CHECK / "en_release_clean.txt", "--termbase", BASE, "--diff")
    assert (run.code, run.out) == (0, "")


def test_catalogs_are_reported_but_never_rewritten(termkit, tmp_path):
    target = tmp_path / "ko.po"
    original = (CHECK / "catalog_ko.po").read_bytes()
    target.write_bytes(original)
    run = termkit("check", target, "--termbase", BASE, "--fix")
    assert run.code == 1 and "fixed 0 finding(s)" in run.err
    assert target.read_bytes() == original


def test_a_release_is_read_once_for_checking_and_fixing(tmp_path, monkeypatch):
    """check takes the raw text --fix rewrites from ingest's reading, not a second one (a file
    changed in between could otherwise be fixed at positions of another text)."""
    from pathlib import Path

    from toolkit.check.inputs import read_release

    page = tmp_path / "en.txt"
    page.write_text("Press Releases\n\nThe Vice Foreign Minister met the press.\n", encoding="utf-8")
    reads = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self) or original(self))
    checked = read_release(page)
    assert reads == [page] and checked.fixable and "Vice Foreign Minister" in checked.raw_text
