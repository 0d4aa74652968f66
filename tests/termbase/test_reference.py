"""Country names from reference data (iso-codes via pycountry, CLDR via babel) and the override table."""

from __future__ import annotations

import copy
import re

import pycountry
import pytest

from conftest import validate_tbx
from toolkit.errors import InputError
from toolkit.formats.tbx import save_termbase, tbx_bytes
from toolkit.model.termbase import Concept, Term, TermBase
from toolkit.termbase.reference import (
    CLDR_SOURCE, ISO_SOURCE, load_overrides, merge_reference, reference_concepts,
)
from toolkit.text.korean import is_hangul


@pytest.fixture(scope="module")
def countries() -> dict[str, Concept]:
    return {concept.id: concept for concept in reference_concepts()}


@pytest.fixture(scope="module")
def merged_empty() -> TermBase:
    return merge_reference(TermBase())


def terms(concept: Concept, lang: str) -> dict[str, Term]:
    return {term.text: term for term in concept.terms.get(lang, [])}


def test_every_iso_country_is_a_country_concept_in_three_languages(countries):
    assert set(countries) == {f"country-{country.alpha_2}" for country in pycountry.countries}
    for concept in countries.values():
        assert concept.subject == "country"
        for lang in ("en", "ko", "es"):
            preferred = concept.preferred(lang)
            assert preferred is not None and preferred.status == "preferred", (concept.id, lang)


def test_every_reference_term_names_its_reference(countries):
    for concept in countries.values():
        for lang, term in concept.all_terms():
            assert term.sources and set(term.sources) <= {ISO_SOURCE, CLDR_SOURCE}, (concept.id, lang, term.text)


def test_short_and_formal_names_come_from_both_references(countries):
    mexico = countries["country-MX"]
    assert terms(mexico, "es")["México"].term_type == "shortForm"
    assert terms(mexico, "es")["Estados Unidos Mexicanos"].term_type == "fullForm"
    assert terms(mexico, "ko")["멕시코 합중국"].sources == [ISO_SOURCE]
    assert set(terms(mexico, "en")["Mexico"].sources) == {CLDR_SOURCE, ISO_SOURCE}


@pytest.mark.parametrize("code, preferred, admitted", [
    ("BA", "Bosnia and Herzegovina", "Bosnia & Herzegovina"),
    ("LC", "Saint Lucia", "St. Lucia"),
    ("MF", "St. Martin", "Saint Martin (French part)"),  # ISO's form carries a qualifier
])
def test_cldr_display_abbreviations_give_way_to_the_written_out_iso_name(countries, code, preferred, admitted):
    """Running text and the UN write "and" and "Saint"; CLDR abbreviates for menus."""
    english = terms(countries[f"country-{code}"], "en")
    assert english[preferred].status == "preferred" and english[admitted].status == "admitted"


def test_iso_inverted_list_forms_are_not_terms(countries):
    """"Korea, Republic of" is an index key; a translator never writes it in a sentence.

    No ISO form with a comma is taken; CLDR's names may hold one where the name itself does
    (CLDR 46: "St. Helena, Ascension & Tristan da Cunha"), but never an inverted one."""
    inverted = re.compile(r", (?:the|(?:[\w-]+ )+of)$", re.IGNORECASE)
    for concept in countries.values():
        for lang, term in concept.all_terms():
            assert not inverted.search(term.text), (concept.id, lang, term.text)
            if term.sources == [ISO_SOURCE]:
                assert ", " not in term.text, (concept.id, lang, term.text)
    assert "Korea, Republic of" not in {term.text for _, term in countries["country-KR"].all_terms()}


def test_korean_names_are_korean_not_untranslated_english(countries):
    for concept in countries.values():
        for term in concept.terms["ko"]:
            assert any(is_hangul(char) for char in term.text), (concept.id, term.text)


def test_reference_is_deterministic():
    assert tbx_bytes(TermBase(reference_concepts())) == tbx_bytes(TermBase(reference_concepts()))


def test_overrides_make_the_ministry_form_preferred_and_keep_the_reference_form(merged_empty):
    by_id = merged_empty.by_id()
    australia = terms(by_id["country-AU"], "ko")
    assert by_id["country-AU"].preferred("ko").text == "호주"
    assert any("mofa.go.kr" in source for source in australia["호주"].sources)
    assert australia["오스트레일리아"].status == "admitted"
    assert CLDR_SOURCE in australia["오스트레일리아"].sources
    korea = by_id["country-KR"]
    assert korea.preferred("en").text == "Republic of Korea"
    assert terms(korea, "en")["South Korea"].status == "deprecated"
    assert korea.preferred("es").text == "República de Corea"
    assert terms(korea, "es")["Corea del Sur"].status == "admitted"
    assert by_id["country-KP"].preferred("ko").text == "북한"
    assert terms(by_id["country-KP"], "ko")["조선민주주의인민공화국"].status == "admitted"
    assert by_id["country-DO"].preferred("ko").text == "도미니카공화국"
    south_africa = terms(by_id["country-ZA"], "ko")
    assert by_id["country-ZA"].preferred("ko").text == "남아프리카공화국"
    assert south_africa["남아프리카 공화국"].status == south_africa["남아프리카"].status == "admitted"
    for code, solid in (("TT", "트리니다드토바고"), ("MH", "마셜제도"), ("SB", "솔로몬제도"), ("CK", "쿡제도")):
        assert by_id[f"country-{code}"].preferred("ko").text == solid
        assert any("mofa.go.kr" in source or "prnews" in source for source in by_id[f"country-{code}"].preferred("ko").sources)


def test_an_override_adds_a_form_the_reference_data_lack_with_its_source(merged_empty):
    new_zealand = terms(merged_empty.get("country-NZ"), "es")
    assert merged_empty.get("country-NZ").preferred("es").text == "Nueva Zelanda"
    assert new_zealand["Nueva Zelandia"].status == "admitted"
    assert new_zealand["Nueva Zelandia"].sources and "Diccionario panhispánico" in " ".join(new_zealand["Nueva Zelandia"].notes)


def test_each_language_keeps_a_single_preferred_term(merged_empty):
    for concept in merged_empty.concepts:
        for lang in concept.languages():
            assert sum(term.status == "preferred" for term in concept.terms[lang]) == 1, (concept.id, lang)


def test_curated_entries_win_and_gain_reference_sources():
    curated = TermBase([Concept(
        id="country-CR", subject="country",
        terms={"ko": [Term("코스타리카", "shortForm", "preferred", sources=["https://www.mofa.go.kr/x"])],
               "es": [Term("Costa Rica", "shortForm", "admitted", sources=["https://mire.gob.pa/y"])]},
    )])
    before = copy.deepcopy(curated)
    costa_rica = merge_reference(curated).get("country-CR")
    assert curated == before, "merge_reference must not change its input"
    ko = terms(costa_rica, "ko")
    assert ko["코스타리카"].sources[0] == "https://www.mofa.go.kr/x"
    assert CLDR_SOURCE in ko["코스타리카"].sources
    assert ko["코스타리카 공화국"].status == "admitted"
    assert terms(costa_rica, "es")["Costa Rica"].status == "admitted", "the curated status is kept"


def test_an_override_for_a_concept_outside_the_reference_applies_to_the_curated_base():
    curated = TermBase([Concept(id="org-un", subject="organization", terms={"ko": [
        Term("국제연합", "fullForm", "preferred", sources=["http://www.law.go.kr/z"]),
        Term("유엔", "shortForm", "admitted", sources=["https://www.mofa.go.kr/w"]),
    ]})])
    un = merge_reference(curated).get("org-un")
    assert un.preferred("ko").text == "유엔"
    assert terms(un, "ko")["국제연합"].status == "admitted"


def test_merge_is_deterministic():
    curated = TermBase([Concept(id="org-x", subject="organization", terms={"en": [Term("X", sources=["s"])]})])
    assert tbx_bytes(merge_reference(curated)) == tbx_bytes(merge_reference(curated))


@pytest.mark.parametrize("line, message", [
    ("country-AU\tko\t호주\t오스트레일리아\tpreferred\thttps://a\tn", "reference_form_status"),
    ("country-AU\tko\t호주\t오스트레일리아\tadmitted\t\tn", "required"),
])
def test_a_broken_override_row_is_reported_with_file_and_line(tmp_path, line, message):
    table = tmp_path / "overrides.tsv"
    table.write_text(
        "concept_id\tlang\tpreferred\treference_form\treference_form_status\tsource\tnote\n" + line + "\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as error:
        load_overrides(table)
    assert error.value.line == 2 and message in error.value.message and str(table) in str(error.value)


def test_every_shipped_override_row_has_a_source_url():
    for row in load_overrides():
        assert row["source"].startswith(("http://", "https://")), row


def test_the_merged_reference_passes_the_tbx_basic_validator(tmp_path, merged_empty):
    path = tmp_path / "countries.tbx"
    save_termbase(merged_empty, path)
    result = validate_tbx(path)
    assert result.returncode == 0, result.stdout + result.stderr
