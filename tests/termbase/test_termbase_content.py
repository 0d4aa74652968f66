"""The shipped glossary: every official name in the two seed releases, sourced.

Tests of content run on the base as users get it (the curated glossary/termbase.tbx with the
reference country names merged in); tests of the file itself run on the curated file."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT, validate_tbx
from toolkit.formats.tbx import load_termbase, tbx_bytes
from toolkit.model.termbase import SUBJECTS, TermBase
from toolkit.termbase.reference import CLDR_SOURCE, ISO_SOURCE, load_overrides, merge_reference, without_reference

TERMBASE = ROOT / "glossary" / "termbase.tbx"
SEED_LINE = re.compile(r"^(sources/[^:]+):(\d+)$")

# The names issue 5 lists, with the preferred term a translator is shown in en / ko / es.
EXPECTED = {
    "ministry-mofa-korea": ("Ministry of Foreign Affairs", "외교부", "Ministerio de Relaciones Exteriores de la República de Corea"),
    "title-vice-minister-foreign-affairs": ("Vice Minister of Foreign Affairs", "외교차관", "viceministro de Relaciones Exteriores"),
    "title-first-vice-minister-foreign-affairs": ("First Vice Minister of Foreign Affairs", "제1차관", "primer viceministro de Relaciones Exteriores"),
    "title-second-vice-minister-foreign-affairs": ("Second Vice Minister of Foreign Affairs", "제2차관", "segundo viceministro de Asuntos Exteriores"),
    "person-choi-jong-kun": ("Choi Jong Kun", "최종건", "Choi Jong Kun"),
    "meeting-korea-central-america-special-roundtable": ("Korea-Central America Special Roundtable", "한-중미 특별 라운드테이블", "Mesa Redonda Especial Corea–Centroamérica"),
    "org-office-us-vice-president": ("Office of the U.S. Vice President", "미국 부통령실", "Oficina del Vicepresidente de los Estados Unidos"),
    "ministry-us-department-of-state": ("U.S. Department of State", "미국 국무부", "Departamento de Estado de los Estados Unidos"),
    "country-CR": ("Costa Rica", "코스타리카", "Costa Rica"),
    "country-GT": ("Guatemala", "과테말라", "Guatemala"),
    "country-DO": ("Dominican Republic", "도미니카공화국", "República Dominicana"),
    "country-SV": ("El Salvador", "엘살바도르", "El Salvador"),
    "country-HN": ("Honduras", "온두라스", "Honduras"),
    "country-BZ": ("Belize", "벨리즈", "Belice"),
    "country-PA": ("Panama", "파나마", "Panamá"),
    "title-vice-minister-commerce-industries-panama": ("Vice Minister of Commerce and Industries", "파나마 통상차관", "viceministro de Comercio e Industrias"),
    "meeting-korea-sica-dialogue-cooperation-forum": ("Korea-SICA Vice-Ministerial Meeting on Dialogue and Cooperation", "한-중미통합체제(SICA) 대화협의체", "Foro de Diálogo y Cooperación Corea-SICA"),
    "meeting-korea-sica-summit": ("Korea-SICA Summit", "한-SICA 정상회의", "Cumbre Corea-SICA"),
    "org-sica": ("Central American Integration System", "중미통합체제", "Sistema de la Integración Centroamericana"),
    "general-korea-sica-cooperation-fund": ("Korea-SICA Cooperation Fund", "한-중미통합체제(SICA) 협력기금", "Fondo de Cooperación Corea-SICA"),
    "org-korea-sica-cooperation-center": ("Korea-SICA Cooperation Center", "한-중미통합체제(SICA) 협력센터", "Centro de Cooperación Corea-SICA"),
    "org-cabei": ("Central American Bank for Economic Integration", "중미경제통합은행", "Banco Centroamericano de Integración Económica"),
    "place-korean-peninsula": ("Korean Peninsula", "한반도", "península de Corea"),
    "general-korean-peninsula-peace-process": ("peace process on the Korean Peninsula", "한반도 평화 프로세스", "proceso de paz de la península de Corea"),
    "country-ES": ("Spain", "스페인", "España"),
    "country-MX": ("Mexico", "멕시코", "México"),
    "country-US": ("United States", "미국", "Estados Unidos"),
    "title-deputy-minister-multilateral-global-affairs": ("Deputy Minister for Multilateral and Global Affairs", "다자외교조정관", "viceministro para Asuntos Multilaterales y Globales"),
    "person-kang-jeong-sik": ("Kang Jeong-sik", "강정식", "Kang Jeong-sik"),
    "meeting-vice-ministerial-mikta-retreat": ("Vice-Ministerial MIKTA Retreat", "믹타 차관급 리트릿", "reunión de vicecancilleres de MIKTA"),
    "org-mikta": ("MIKTA", "믹타", "MIKTA"),
    "country-KR": ("Republic of Korea", "대한민국", "República de Corea"),
    "country-ID": ("Indonesia", "인도네시아", "Indonesia"),
    "country-TR": ("Türkiye", "튀르키예", "Turquía"),
    "country-AU": ("Australia", "호주", "Australia"),
    "title-chair-of-mikta": ("chair of MIKTA", "믹타 의장국", "coordinador de MIKTA"),
    "document-joint-communique": ("Joint Communiqué", "공동성명", "Comunicado Conjunto"),
    "title-secretary-foreign-affairs-mexico": ("Secretary of Foreign Affairs", "멕시코 외교장관", "secretario de Relaciones Exteriores"),
    "person-marcelo-ebrard": ("Marcelo Ebrard", "마르셀로 에브라르드", "Marcelo Ebrard"),
    "org-un": ("United Nations", "유엔", "Naciones Unidas"),
    "org-wto": ("World Trade Organization", "세계무역기구", "Organización Mundial del Comercio"),
    "general-un-peacekeeping-operations": ("UN peacekeeping operations", "유엔 평화유지활동", "operaciones de mantenimiento de la paz de las Naciones Unidas"),
    "general-rules-based-international-order": ("rules-based international order", "규범기반 국제질서", "orden internacional basado en reglas"),
    "general-multilateral-trading-system": ("multilateral trading system", "다자무역체제", "sistema multilateral de comercio"),
}


@pytest.fixture(scope="module")
def curated() -> TermBase:
    return load_termbase(TERMBASE)


@pytest.fixture(scope="module")
def termbase(curated) -> TermBase:
    return merge_reference(curated)


@pytest.mark.parametrize("concept_id", sorted(EXPECTED))
def test_listed_name_has_its_preferred_term_in_each_language(termbase, concept_id):
    concept = termbase.get(concept_id)
    assert concept is not None, f"{concept_id} missing from {TERMBASE.name}"
    shown = tuple(concept.preferred(lang).text for lang in ("en", "ko", "es"))
    assert shown == EXPECTED[concept_id]


def test_ids_are_unique_and_subjects_are_known(termbase):
    ids = [concept.id for concept in termbase.concepts]
    assert len(ids) == len(set(ids))
    for concept in termbase.concepts:
        assert concept.subject in SUBJECTS, concept.id


def test_every_korean_and_spanish_term_has_a_source(termbase):
    for concept in termbase.concepts:
        for lang, term in concept.all_terms():
            if lang in ("ko", "es"):
                assert term.sources and all(source.strip() for source in term.sources), (concept.id, lang, term.text)


def test_approved_sources_are_pages_reference_data_or_document_lines(termbase):
    for concept in termbase.concepts:
        for lang, term in concept.all_terms():
            for source in term.sources:
                assert (source.startswith(("http://", "https://")) or source in (ISO_SOURCE, CLDR_SOURCE)
                        or SEED_LINE.match(source)), (concept.id, lang, term.text, source)


def test_unverified_terms_are_candidates_and_never_preferred(termbase):
    for concept in termbase.concepts:
        for lang, term in concept.all_terms():
            unverified = any(note.startswith("unverified:") for note in term.notes)
            assert unverified == term.is_candidate, (concept.id, lang, term.text)
            if term.is_candidate:
                assert term.status != "preferred", (concept.id, lang, term.text)


def test_english_terms_cite_the_seed_line_that_uses_them(termbase):
    """A cited line must exist and contain the term, unless a note says how the seed differs."""
    for concept in termbase.concepts:
        english = concept.terms.get("en", [])
        assert english, concept.id
        for term in english:
            for source in term.sources:
                match = SEED_LINE.match(source)
                if not match:
                    continue
                lines = (ROOT / match.group(1)).read_text(encoding="utf-8").splitlines()
                line = lines[int(match.group(2)) - 1]
                documented = any(note.startswith("the seed") for note in term.notes)
                assert term.text.casefold() in line.casefold() or documented, (concept.id, term.text, source)


def test_variants_carry_their_status(termbase):
    sica_es = {term.text: term for term in termbase.get("org-sica").terms["es"]}
    assert sica_es["Sistema de Integración Centroamericana"].status == "deprecated"
    assert sica_es["SICA"].term_type == "acronym"
    choi_en = {term.text: term for term in termbase.get("person-choi-jong-kun").terms["en"]}
    assert choi_en["Choi Jong-kun"].status == "deprecated"
    mikta = termbase.get("org-mikta")
    assert all(any(t.text == "MIKTA" and t.term_type == "acronym" for t in mikta.terms[lang]) for lang in ("en", "ko", "es"))
    assert {t.text: t.status for t in termbase.get("country-TR").terms["ko"]}["터키"] == "superseded"


def test_the_file_is_in_canonical_form(curated):
    """Written by save_termbase: rewriting it changes no byte, so diffs stay reviewable."""
    assert tbx_bytes(curated) == TERMBASE.read_bytes()


def test_the_curated_file_holds_no_reference_data(curated):
    """ISO and CLDR forms are merged when the base is used, never stored: a library upgrade
    cannot change the curated file."""
    text = TERMBASE.read_text(encoding="utf-8")
    assert "via babel" not in text and "via iso-codes" not in text
    assert len(curated.concepts) < 100
    assert without_reference(curated).concepts == curated.concepts


def test_the_file_passes_the_tbx_basic_validator():
    result = validate_tbx(TERMBASE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_merged_with_reference_data_the_ministry_forms_stay_preferred(termbase):
    merged = termbase.by_id()
    assert len([c for c in merged.values() if c.subject == "country"]) >= 249
    assert merged["country-AU"].preferred("ko").text == "호주"
    assert merged["country-KR"].preferred("en").text == "Republic of Korea"
    assert merged["org-un"].preferred("ko").text == "유엔"
    assert {t.text: t.status for t in merged["org-un"].terms["ko"]}["국제연합"] == "admitted"
    for row in load_overrides():
        assert row["concept_id"] in merged, row
