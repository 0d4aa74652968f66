"""TBX v3 read/write, TBX v2 import, and what the official validator says of our output."""

from __future__ import annotations


import pytest

from conftest import shared_path, validate_tbx
from toolkit.errors import InputError
from toolkit.formats.tbx import read_tbx, save_termbase, tbx_bytes
from toolkit.model.termbase import Concept, Context, Term, TermBase


def rich_termbase() -> TermBase:
    """A base that uses every field the model holds, in several languages."""
    sica = Concept(
        id="org-sica",
        subject="organization",
        definition="Institutional framework for the regional integration of Central America.",
        notes=["Korea has been an observer since 2012."],
        sources=["https://www.sica.int/"],
        cross_refs=["org-cabei"],
    )
    sica.add_term("en", Term("Central American Integration System", "fullForm", "preferred", "noun",
                             sources=["sources/000_13cfcebedf33aafd.txt:19"],
                             contexts=[Context("The Central American Integration System (SICA) ...", "sources/000_13cfcebedf33aafd.txt:19")]))
    sica.add_term("en", Term("SICA", "acronym", "admitted", "noun"))
    sica.add_term("ko", Term("중미통합체제", "fullForm", "preferred", "noun", sources=["https://www.mofa.go.kr/"]))
    sica.add_term("es", Term("Sistema de la Integración Centroamericana", "fullForm", "preferred", "noun",
                             gender="masculine", sources=["https://www.sica.int/"]))
    sica.add_term("es", Term("Sistema de Integración Centroamericana", "fullForm", "deprecated", "noun",
                             gender="masculine", notes=["common error: the article is part of the name"]))
    sica.add_term("es-MX", Term("SICA", "acronym", "admitted", geographical_usage="Mexico"))
    cabei = Concept(id="org-cabei", subject="organization")
    cabei.add_term("en", Term("Central American Bank for Economic Integration", "fullForm", "preferred"))
    cabei.add_term("es", Term("BCIE", "acronym", "admitted", review="candidate",
                              notes=["unverified: seen only in the release"]))
    cabei.add_term("fr", Term("Banque centraméricaine d'intégration économique", "fullForm", "preferred"))
    return TermBase(concepts=[sica, cabei], title="Test base", description="Written by the test suite.")


def test_round_trip_keeps_every_field(tmp_path):
    original = rich_termbase()
    path = tmp_path / "termbase.tbx"
    save_termbase(original, path)
    again = read_tbx(path)
    assert again.concepts == original.sorted()
    assert (again.title, again.description) == (original.title, original.description)


def test_writing_twice_gives_identical_bytes(tmp_path):
    first = tbx_bytes(rich_termbase())
    save_termbase(rich_termbase(), tmp_path / "a.tbx")
    save_termbase(read_tbx(tmp_path / "a.tbx"), tmp_path / "b.tbx")
    assert first == (tmp_path / "a.tbx").read_bytes() == (tmp_path / "b.tbx").read_bytes()


def test_concepts_are_written_in_id_order():
    text = tbx_bytes(rich_termbase()).decode()
    assert text.index('id="org-cabei"') < text.index('id="org-sica"')


def test_candidate_terms_stay_candidates(tmp_path):
    save_termbase(rich_termbase(), tmp_path / "t.tbx")
    cabei = read_tbx(tmp_path / "t.tbx").get("org-cabei")
    assert cabei.terms["es"][0].is_candidate
    assert not cabei.terms["en"][0].is_candidate


def test_written_file_passes_the_official_validator(tmp_path):
    path = tmp_path / "rich.tbx"
    save_termbase(rich_termbase(), path)
    result = validate_tbx(path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_dca_sample_is_read(tmp_path):
    sample = shared_path("tbx-oracle", "samples", "Example_Astronomy_DCA_VALID.tbx")
    termbase = read_tbx(sample)
    assert len(termbase.concepts) > 10
    assert all(concept.languages() for concept in termbase.concepts)
    assert {"en", "es", "zu"} <= set(termbase.languages())
    assert any(term.status == "superseded" for c in termbase.concepts for _, term in c.all_terms())


@pytest.mark.parametrize("lang, entries, empty_slots", [("ko", 223, 9), ("es", 186, 18)])
def test_weblate_v2_glossary_imports_every_term(lang, entries, empty_slots):
    source = shared_path("data", "weblate-glossary", f"{lang}.tbx")
    warnings: list[str] = []
    termbase = read_tbx(source, warnings)
    assert len(termbase.concepts) == entries
    assert all(len(concept.terms["en"]) == 1 for concept in termbase.concepts)
    translated = [concept for concept in termbase.concepts if concept.terms.get(lang)]
    assert len(translated) == entries - empty_slots
    # An untranslated <term/> slot is reported with its line, never turned into a term.
    assert len(warnings) == empty_slots
    assert all(f"{source}:" in warning and "empty <term>" in warning for warning in warnings)
    assert len({concept.id for concept in termbase.concepts}) == entries


def test_weblate_import_then_export_passes_validator(tmp_path, termkit):
    source = shared_path("data", "weblate-glossary", "ko.tbx")
    base = tmp_path / "glossary" / "termbase.tbx"
    result = termkit("import", source, "--termbase", base, "--accept-all")
    assert result.code == 0, result.err
    out = tmp_path / "x.tbx"
    out.write_bytes(tbx_bytes(read_tbx(base)))
    exported = read_tbx(out)
    assert sum(1 for c in exported.concepts if c.terms.get("ko")) == 223 - 9
    assert any(t.text == "용어집" for c in exported.concepts for t in c.terms.get("ko", []))
    assert validate_tbx(out).returncode == 0


MALFORMED = {
    "truncated.tbx": ('<?xml version="1.0"?>\n<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic">\n'
                      '<text><body>\n<conceptEntry id="a">\n<langSec xml:lang="en">', 5, "malformed XML"),
    "wrong_root.tbx": ('<?xml version="1.0"?>\n\n<html><body/></html>\n', 3, "root element is <html>"),
    "no_id.tbx": ('<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body>\n\n<conceptEntry>\n'
                  '<langSec xml:lang="en"><termSec><term>x</term></termSec></langSec></conceptEntry>\n'
                  '</body></text></tbx>', 3, "without the required id"),
    "no_lang.tbx": ('<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body>\n<conceptEntry id="a">\n'
                    '<langSec><termSec><term>x</term></termSec></langSec></conceptEntry>\n</body></text></tbx>',
                    3, "without the required xml:lang"),
    "no_term.tbx": ('<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body>\n<conceptEntry id="a">\n'
                    '<langSec xml:lang="en">\n<termSec></termSec></langSec></conceptEntry>\n</body></text></tbx>',
                    4, "without a <term>"),
    "empty.tbx": ("", 1, "empty file"),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_tbx_gives_one_line_error_with_line(tmp_path, termkit, name):
    content, line, message = MALFORMED[name]
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_tbx(path)
    assert error.value.line == line
    assert message in error.value.message
    result = termkit("validate", path)
    assert result.code == 2
    assert result.err.strip() == f"termkit: {path}:{line}: {error.value.message}"
    assert "Traceback" not in result.err


def test_binary_file_is_refused(tmp_path, termkit):
    path = tmp_path / "binary.tbx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = termkit("validate", path)
    assert result.code == 2
    assert result.err.startswith(f"termkit: {path}")
    assert len(result.err.strip().splitlines()) == 1


def test_missing_file_is_a_clear_error(tmp_path, termkit):
    result = termkit("validate", tmp_path / "nope.tbx")
    assert result.code == 2
    assert "no such file" in result.err


def test_unknown_format_is_refused(tmp_path, termkit):
    path = tmp_path / "base.docx"
    path.write_text("x")
    result = termkit("import", path, "--termbase", tmp_path / "t.tbx")
    assert result.code == 2
    assert "unknown term base format" in result.err
    assert not (tmp_path / "t.tbx").exists()
