"""`termkit lookup` and toolkit.index.lookup: a name in any language, shown in all three."""

from __future__ import annotations

import json
import marshal
import unicodedata

import click
import pytest
from click.testing import CliRunner
from test_matcher import concept, ministry_base, term

import toolkit.formats
from conftest import make_project
from toolkit.cli.lookup_cmd import lookup as lookup_command
from toolkit.formats.tbx import save_termbase
from toolkit.index.cache import Slices
from toolkit.text.fold import search_form
from toolkit.index.lookup import LookupIndex, load_lookup_index, lookup


def lookup_base():
    base = ministry_base()
    base.concepts += [
        concept("sieca", "organization", en=[term("SIECA", "acronym")],
                es=[term("Secretaría de Integración Económica Centroamericana")]),
        concept("uruguay", "country", en=[term("Uruguay")], ko=[term("우루과이")], es=[term("Uruguay")]),
    ]
    base.get("sica").definition = "Regional organization of Central America, founded in 1991; Korea is an observer."
    base.get("sica").terms["ko"][0].review = "candidate"
    return base


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("TERMKIT_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def base_file(tmp_path):
    make_project(tmp_path, reference_data=False)
    path = tmp_path / "glossary" / "termbase.tbx"
    save_termbase(lookup_base(), path)
    return path


def hits(query: str, **options) -> list[tuple[str, str, str]]:
    return [(hit.concept.id, hit.how, hit.term) for hit in lookup(lookup_base(), query, **options)]


# ---------------------------------------------------------------- library


def test_acronym_finds_its_concept_and_no_look_alikes():
    assert hits("SICA") == [("sica", "exact", "SICA")]


def test_korean_query_loses_its_particles():
    assert hits("외교부는")[0] == ("mofa", "exact", "외교부")
    assert hits("외교부에서는")[0] == ("mofa", "exact", "외교부")


def test_a_korean_name_ending_like_a_particle_is_kept_whole():
    assert hits("우루과이")[0] == ("uruguay", "exact", "우루과이")
    assert hits("우루과이는")[0] == ("uruguay", "exact", "우루과이")


def test_spanish_without_accents_and_a_word_short_is_a_fuzzy_hit():
    [best, *_] = lookup(lookup_base(), "sistema de integracion centroamericana")
    assert (best.concept.id, best.how, best.term) == ("sica", "fuzzy", "Sistema de la Integración Centroamericana")
    assert 90 <= best.score < 100


def test_romanization_variant_is_an_exact_hit_on_that_variant():
    assert hits("Choi Jong-kun") == [("choi-jong-kun", "exact", "Choi Jong-kun")]
    assert hits("choi jong kun") == [("choi-jong-kun", "exact", "Choi Jong Kun")]


def test_exact_comes_before_prefix():
    assert hits("인도") == [("india", "exact", "인도"), ("indonesia", "prefix", "인도네시아")]


def test_prefix_and_language_filter():
    assert hits("vice min") == [("vice-minister-fa", "prefix", "Vice Minister of Foreign Affairs")]
    assert hits("India", lang="ko") == []
    assert hits("India", lang="es") == [("india", "exact", "India")]


def test_typo_in_korean_is_fuzzy():
    assert hits("중미통합체재")[0] == ("sica", "fuzzy", "중미통합체제")


def test_nothing_and_limit():
    assert hits("zzzz qqqq") == []
    assert len(hits("In", limit=1)) == 1


def test_normal_form():
    assert search_form("  Choi  Jong-kun ") == "choi jong kun"
    assert search_form("Integración") == "integracion"
    assert search_form("외교부") == "외교부"


def test_index_round_trips_through_plain_data():
    plain, records = LookupIndex.plain_from_termbase(lookup_base())
    index = LookupIndex(marshal.loads(marshal.dumps(plain)), Slices(data=records))
    [hit] = lookup(index, "MIKTA")
    assert hit.concept == lookup_base().get("mikta")


# ---------------------------------------------------------------- command


def test_text_output_shows_all_three_languages_preferred_first(termkit, base_file):
    run = termkit("lookup", "SICA", "--termbase", base_file)
    assert run.code == 0
    lines = run.out.splitlines()
    assert lines[0].startswith("sica  [organization]  exact 100: SICA (en)")
    assert lines[1] == "  en  Central American Integration System (fullForm, preferred)"
    assert "      SICA (acronym, admitted)" in lines
    assert any(line.startswith("  ko  중미통합체제 (preferred, CANDIDATE, not reviewed)") for line in lines)
    assert any(line.startswith("  es  Sistema de la Integración Centroamericana") for line in lines)
    assert any(line.startswith("        source: sources/000_13cfcebedf33aafd.txt:18") for line in lines)
    assert "definition: Regional organization of Central America" in run.out
    assert "\x1b[" not in run.out


def test_text_output_fits_80_columns(termkit, base_file):
    run = termkit("lookup", "중미", "--termbase", base_file)
    width = [sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line) for line in run.out.splitlines()]
    assert run.code == 0 and max(width) <= 80


@pytest.mark.parametrize(
    ("query", "concept_id"),
    [("SICA", "sica"), ("외교부는", "mofa"), ("sistema de integracion centroamericana", "sica"),
     ("Choi Jong-kun", "choi-jong-kun")],
)
def test_readme_examples_as_json(termkit, base_file, query, concept_id):
    run = termkit("lookup", query, "--format", "json", "--termbase", base_file)
    assert run.code == 0
    first = json.loads(run.out)[0]
    assert first["id"] == concept_id
    assert list(first["terms"]) == [lang for lang in ("en", "ko", "es") if lang in first["terms"]]
    for terms in first["terms"].values():
        assert {"text", "type", "status", "sources"} <= set(terms[0])


def test_json_lists_preferred_term_first_with_sources(termkit, base_file):
    run = termkit("lookup", "외교부는", "--format", "json", "--termbase", base_file)
    mofa = json.loads(run.out)[0]
    assert mofa["terms"]["en"][0] == {
        "text": "Ministry of Foreign Affairs", "type": None, "status": "preferred", "review": "approved",
        "sources": ["https://www.mofa.go.kr/eng/"],
    }
    assert mofa["score"] == 100 and mofa["match"] == {"how": "exact", "term": "외교부", "lang": "ko"}


def test_nothing_found_exits_1_like_grep(termkit, base_file):
    run = termkit("lookup", "zzzz qqqq", "--termbase", base_file)
    assert (run.code, run.out) == (1, "")
    assert "nothing matches 'zzzz qqqq'" in run.err
    run = termkit("lookup", "zzzz qqqq", "--format", "json", "--termbase", base_file)
    assert (run.code, json.loads(run.out)) == (1, [])


def test_missing_base_exits_2_naming_it(termkit, tmp_path):
    run = termkit("lookup", "SICA", "--termbase", tmp_path / "missing.tbx")
    assert run.code == 2
    assert "missing.tbx" in run.err and "Traceback" not in run.err


def test_default_base_is_the_projects_glossary(termkit, base_file):
    run = termkit("lookup", "MIKTA", cwd=base_file.parent.parent)
    assert run.code == 0 and run.out.startswith("mikta")


def test_colour_on_a_terminal_but_not_with_no_color(base_file, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    runner = CliRunner()
    coloured = runner.invoke(lookup_command, ["SICA", "--termbase", str(base_file)], color=True)
    assert "\x1b[" in coloured.output
    plain = runner.invoke(lookup_command, ["SICA", "--termbase", str(base_file)], color=True, env={"NO_COLOR": "1"})
    assert "\x1b[" not in plain.output
    assert plain.output == click.unstyle(coloured.output)


def test_second_lookup_reads_the_cached_index_and_sees_edits(termkit, base_file, monkeypatch):
    assert termkit("lookup", "CABEI", "--termbase", base_file).code == 1
    base = lookup_base()
    base.concepts.append(concept("cabei", "organization", en=[term("CABEI", "acronym")]))
    save_termbase(base, base_file)
    assert termkit("lookup", "CABEI", "--termbase", base_file).code == 0

    def refuse(path):
        raise AssertionError("parsed the TBX although the index is cached")

    monkeypatch.setattr(toolkit.formats, "read_any", refuse)
    assert termkit("lookup", "CABEI", "--termbase", base_file).out.startswith("cabei")


def test_deprecated_form_names_the_one_to_use(termkit, tmp_path):
    base = lookup_base()
    base.get("mofa").terms["ko"].append(term("외교통상부", "variant", "superseded", notes=["name until 2013"]))
    path = tmp_path / "old-names.tbx"
    save_termbase(base, path)
    run = termkit("lookup", "외교통상부는", "--termbase", path)
    assert run.out.splitlines()[:2] == [
        "mofa  [ministry]  exact 100: 외교통상부 (ko)",
        "  외교통상부 is superseded: use 외교부",
    ]
    assert "        note: name until 2013" in run.out.splitlines()


def test_damaged_index_is_rebuilt(base_file, tmp_path):
    assert lookup(load_lookup_index(base_file), "MIKTA")[0].concept.id == "mikta"
    [index] = (tmp_path / "cache").glob("lookup-*.marshal")
    whole = index.read_bytes()
    for damage in (whole[:-10], whole[:200], b"", b"\x00" * 50):
        index.write_bytes(damage)
        assert lookup(load_lookup_index(base_file), "MIKTA")[0].concept.id == "mikta"
        assert index.read_bytes() == whole


def test_broken_base_exits_2_with_one_line(termkit, tmp_path):
    broken = tmp_path / "broken.tbx"
    broken.write_text("<tbx><text><body><conceptEntry id='x'>", encoding="utf-8")
    run = termkit("lookup", "SICA", "--termbase", broken)
    assert run.code == 2
    assert run.err.startswith("termkit: ") and "broken.tbx" in run.err
    assert len(run.err.strip().splitlines()) == 1 and "Traceback" not in run.err


def test_language_option_and_limit_on_the_command(termkit, base_file):
    run = termkit("lookup", "India", "--lang", "es", "--format", "json", "--termbase", base_file)
    assert [(hit["id"], hit["match"]["lang"]) for hit in json.loads(run.out)] == [("india", "es")]
    run = termkit("lookup", "In", "--limit", "1", "--format", "json", "--termbase", base_file)
    assert len(json.loads(run.out)) == 1
    assert termkit("lookup", "SICA", "--lang", "fr", "--termbase", base_file).code == 2


def test_lookup_on_the_shipped_glossary_finds_ministry_names_in_every_language(termkit):
    """The glossary users get, as the quick start builds it (reference countries merged in)."""
    from conftest import ROOT

    ministry = termkit("lookup", "외교부는", "--format", "json", cwd=ROOT)
    assert ministry.code == 0
    first = json.loads(ministry.out)[0]
    assert first["id"] == "ministry-mofa-korea"
    panama = termkit("lookup", "Panamá", "--lang", "es", "--format", "json", cwd=ROOT)
    assert json.loads(panama.out)[0]["id"] == "country-PA"
    typo = termkit("lookup", "Vice Minster of Foreign Affairs", "--format", "json", cwd=ROOT)
    assert json.loads(typo.out)[0]["id"] == "title-vice-minister-foreign-affairs"


def test_brief_output_is_one_line_per_concept_with_the_three_preferred_terms(termkit):
    from conftest import ROOT

    run = termkit("lookup", "SICA", "--format", "brief", "--limit", "3", cwd=ROOT)
    assert run.code == 0
    lines = run.out.splitlines()
    assert 1 <= len(lines) <= 3
    assert lines[0] == ("org-sica  Central American Integration System | 중미통합체제 | "
                        "Sistema de la Integración Centroamericana")
