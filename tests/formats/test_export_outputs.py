"""The standard set `termkit build` writes: where each file lands, validity, determinism."""

from __future__ import annotations

import pytest
from conftest import validate_tbx
from fixtures.formats.sample_termbase import sample_termbase

from toolkit.formats.outputs import restrict, standard_outputs, write_standard_outputs
from toolkit.formats.tbx import read_tbx

EXPECTED = {
    "locales/termkit.pot",
    "locales/ko/LC_MESSAGES/termkit.po", "locales/ko/LC_MESSAGES/termkit.mo",
    "locales/es/LC_MESSAGES/termkit.po", "locales/es/LC_MESSAGES/termkit.mo",
    "locales/termkit-ko.pot",
    "locales/en/LC_MESSAGES/termkit-ko.po", "locales/en/LC_MESSAGES/termkit-ko.mo",
    "locales/es/LC_MESSAGES/termkit-ko.po", "locales/es/LC_MESSAGES/termkit-ko.mo",
    "glossary/termkit.tbx", "glossary/termkit.en-ko.tbx", "glossary/termkit.en-es.tbx",
    "glossary/termkit.ko-es.tbx", "glossary/termkit.v2.tbx", "glossary/termkit.csv", "glossary/termkit.html",
}


@pytest.fixture
def written(tmp_path):
    paths = write_standard_outputs(sample_termbase(), tmp_path / "glossary", tmp_path / "locales")
    return tmp_path, paths


def test_the_standard_set_lands_where_the_readme_says(written):
    root, paths = written
    assert {path.relative_to(root).as_posix() for path in paths} == EXPECTED
    assert all(path.is_file() and path.stat().st_size for path in paths)
    assert not (root / "glossary" / "termbase.tbx").exists()


def test_same_term_base_gives_byte_identical_files_and_leaves_them_alone(written):
    root, paths = written
    before = {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in paths}
    write_standard_outputs(sample_termbase(), root / "glossary", root / "locales")
    assert {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in paths} == before


def test_every_tbx_v3_output_passes_the_official_validator(written):
    root, _ = written
    for name in ("termkit.tbx", "termkit.en-ko.tbx", "termkit.en-es.tbx", "termkit.ko-es.tbx"):
        result = validate_tbx(root / "glossary" / name)
        assert result.returncode == 0, result.stdout + result.stderr


def test_pair_files_hold_the_concepts_named_in_both_languages_only(written):
    root, _ = written
    en_ko = read_tbx(root / "glossary" / "termkit.en-ko.tbx")
    assert sorted(c.id for c in en_ko.concepts) == ["mofa-korea", "sica", "vice-minister-foreign-affairs"]
    assert en_ko.languages() == ["en", "ko"]
    everything = read_tbx(root / "glossary" / "termkit.tbx")
    assert everything.sorted() == sample_termbase().sorted()


def test_restrict_keeps_concept_fields_and_drops_other_languages():
    (sica,) = [c for c in restrict(sample_termbase(), ["es"]).concepts if c.id == "sica"]
    assert list(sica.terms) == ["es"]
    assert sica.definition and sica.notes and sica.sources


def test_an_empty_term_base_still_gives_valid_files(tmp_path):
    from toolkit.model.termbase import TermBase

    files = standard_outputs(TermBase(), tmp_path / "glossary", tmp_path / "locales")
    assert {path.relative_to(tmp_path).as_posix() for path in files} == EXPECTED
    path = tmp_path / "empty.tbx"
    path.write_bytes(files[tmp_path / "glossary" / "termkit.tbx"])
    result = validate_tbx(path)
    assert result.returncode == 0, result.stdout + result.stderr
