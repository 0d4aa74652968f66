"""The term matcher on the ministry's own kind of names, in English, Korean and Spanish.

Every behaviour is checked with both engines (probing for short inputs, Aho-Corasick once
enough text has been searched): they must never disagree.
"""

from __future__ import annotations

import pytest

from toolkit.index.matcher import Match, Matcher, case_policy
from toolkit.model.termbase import Concept, Term, TermBase

MOFA_SOURCE = "https://www.mofa.go.kr/eng/"
SEED = "sources/000_13cfcebedf33aafd.txt"


def term(text: str, term_type: str | None = None, status: str = "preferred", **facts) -> Term:
    return Term(text, term_type=term_type, status=status, sources=facts.pop("sources", [MOFA_SOURCE]), **facts)


def concept(cid: str, subject: str, **terms: list[Term]) -> Concept:
    return Concept(cid, subject, terms={lang: list(ts) for lang, ts in terms.items()})


def ministry_base() -> TermBase:
    """A small base shaped like the ministry's: organizations, a ministry, a title, people, places."""
    return TermBase([
        concept(
            "sica", "organization",
            en=[term("Central American Integration System", "fullForm", sources=[f"{SEED}:18"]),
                term("SICA", "acronym", "admitted", sources=[f"{SEED}:18"])],
            ko=[term("중미통합체제")],
            es=[term("Sistema de la Integración Centroamericana", "fullForm", sources=[f"{SEED}:18"]),
                term("SICA", "acronym", "admitted")],
        ),
        concept("korea-sica-summit", "meeting", en=[term("Korea-SICA Summit")], ko=[term("한-SICA 정상회의")]),
        concept(
            "mofa", "ministry",
            en=[term("Ministry of Foreign Affairs")], ko=[term("외교부")],
            es=[term("Ministerio de Relaciones Exteriores")],
        ),
        concept(
            "vice-minister-fa", "title",
            en=[term("Vice Minister of Foreign Affairs")], ko=[term("외교부 차관")],
            es=[term("Viceministro de Relaciones Exteriores", gender="masculine")],
        ),
        concept(
            "choi-jong-kun", "person",
            en=[term("Choi Jong Kun"), term("Choi Jong-kun", "variant", "admitted")], ko=[term("최종건")],
        ),
        concept("india", "country", en=[term("India")], ko=[term("인도")], es=[term("India")]),
        concept("indonesia", "country", en=[term("Indonesia")], ko=[term("인도네시아")], es=[term("Indonesia")]),
        concept("central-america", "place", en=[term("Central America")], ko=[term("중미")],
                es=[term("Centroamérica")]),
        concept("panama", "country", en=[term("Panama")], ko=[term("파나마")], es=[term("Panamá")]),
        concept("mikta", "organization", en=[term("MIKTA", "acronym")], ko=[term("믹타")]),
        concept("usa", "country", en=[term("United States"), term("US", "acronym", "admitted")]),
        concept("peace-process", "general", en=[term("peace process")], ko=[term("평화 프로세스")]),
    ])


@pytest.fixture(params=["probe", "automaton"])
def engine(request):
    """A factory of matchers forced onto one engine."""

    def make(termbase: TermBase | None = None, **options) -> Matcher:
        matcher = Matcher.from_termbase(termbase or ministry_base(), **options)
        matcher.automaton_after = 10**12 if request.param == "probe" else 0
        return matcher

    return make


def found(matches: list[Match]) -> list[tuple[str, str]]:
    return [(m.text, m.concept_id) for m in matches]


# ---------------------------------------------------------------- English


def test_english_release_sentence(engine):
    text = ("On October 28, the Ministry of Foreign Affairs held the first roundtable, chaired by "
            "Vice Minister of Foreign Affairs Choi Jong Kun. SICA's members attended.")
    matches = engine().find(text, "en")
    assert found(matches) == [
        ("Ministry of Foreign Affairs", "mofa"),
        ("Vice Minister of Foreign Affairs", "vice-minister-fa"),
        ("Choi Jong Kun", "choi-jong-kun"),
        ("SICA", "sica"),
    ]
    assert all(text[m.start:m.end] == m.text for m in matches)
    assert [m.start for m in matches] == sorted(m.start for m in matches)


def test_plural_title_matches_its_singular_term(engine):
    [match] = engine().find("The Vice Ministers of Foreign Affairs of the Republic of Costa Rica", "en")
    assert match.text == "Vice Ministers of Foreign Affairs"
    assert match.inflected and match.term.text == "Vice Minister of Foreign Affairs"


def test_written_term_is_not_flagged_as_inflected(engine):
    [match] = engine().find("Vice Minister of Foreign Affairs Choi", "en")
    assert not match.inflected


def test_longest_match_wins_over_the_acronym_inside(engine):
    assert found(engine().find("the Korea-SICA Summit in June", "en")) == [("Korea-SICA Summit", "korea-sica-summit")]


def test_acronym_is_case_sensitive_and_needs_word_boundaries(engine):
    matcher = engine()
    assert found(matcher.find("SICA, MIKTA and the US")) == [("SICA", "sica"), ("MIKTA", "mikta"), ("US", "usa")]
    assert matcher.find("basically sica told us about Mikta") == []
    assert matcher.find("SICAS SICA2 XSICA") == []


def test_title_case_name_tolerates_a_changed_first_letter_or_all_caps(engine):
    matcher = engine()
    assert found(matcher.find("VICE MINISTER OF FOREIGN AFFAIRS")) == [
        ("VICE MINISTER OF FOREIGN AFFAIRS", "vice-minister-fa")]
    assert found(matcher.find("the vice Minister of Foreign Affairs")) == [
        ("vice Minister of Foreign Affairs", "vice-minister-fa")]
    assert matcher.find("the vice minister of foreign affairs said") == []


def test_lowercase_term_matches_in_any_case(engine):
    assert found(engine().find("The Peace Process on the Korean Peninsula")) == [("Peace Process", "peace-process")]


def test_variant_spelling_is_its_own_term(engine):
    [match] = engine().find("Vice Minister Choi Jong-kun said", "en")
    assert match.concept_id == "choi-jong-kun"
    assert (match.term.text, match.term.term_type, match.term.status) == ("Choi Jong-kun", "variant", "admitted")


def test_people_and_places_are_not_inflected(engine):
    assert engine().find("two Choi Jong Kuns and the Indias") == []


# ---------------------------------------------------------------- Korean


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("외교부는 밝혔다", [("외교부", "mofa")]),
        ("외교부에서는 이번 회의를", [("외교부", "mofa")]),
        ("외교부의 입장", [("외교부", "mofa")]),
        ("외교부", [("외교부", "mofa")]),
        ("인도네시아와 인도는", [("인도네시아", "indonesia"), ("인도", "india")]),
        ("인도네시아", [("인도네시아", "indonesia")]),
        ("인도에서는", [("인도", "india")]),
        ("한-중미 협력", [("중미", "central-america")]),
        ("중미통합체제의 회원국", [("중미통합체제", "sica")]),
        ("(외교부)", [("외교부", "mofa")]),
        ("대외교부", []),
        ("외교부장관", []),
        ("인도양", []),
        ("최종건 외교부 차관은", [("최종건", "choi-jong-kun"), ("외교부 차관", "vice-minister-fa")]),
    ],
)
def test_korean_boundaries_and_particles(engine, text, expected):
    assert found(engine().find(text, "ko")) == expected


def test_latin_acronym_in_korean_text_takes_particles(engine):
    matcher = engine()
    assert found(matcher.find("한-SICA 정상회의에서 SICA는")) == [
        ("한-SICA 정상회의", "korea-sica-summit"), ("SICA", "sica")]
    assert matcher.find("SICA회원국") == []


def test_language_filter(engine):
    matcher = engine()
    text = "외교부 and the Ministry of Foreign Affairs and el Ministerio de Relaciones Exteriores"
    assert [m.lang for m in matcher.find(text)] == ["ko", "en", "es"]
    assert found(matcher.find(text, "es")) == [("Ministerio de Relaciones Exteriores", "mofa")]


def test_same_text_in_two_languages_is_reported_once_in_language_order(engine):
    [match] = engine().find("SICA")
    assert (match.lang, match.term.term_type) == ("en", "acronym")
    [spanish] = engine().find("SICA", "es")
    assert spanish.lang == "es"


# ---------------------------------------------------------------- Spanish


@pytest.mark.parametrize(
    "text",
    [
        "la Viceministra de Relaciones Exteriores",
        "los Viceministros de Relaciones Exteriores",
        "las viceministras de Relaciones Exteriores",
        "el viceministro de Relaciones Exteriores",
    ],
)
def test_spanish_title_in_either_gender_and_number(engine, text):
    [match] = engine().find(text, "es")
    assert match.concept_id == "vice-minister-fa"
    assert match.term.text == "Viceministro de Relaciones Exteriores"
    assert match.inflected == (not text.endswith("viceministro de Relaciones Exteriores"))


def test_accents_matter_unless_asked_otherwise(engine):
    text = "el Sistema de la Integracion Centroamericana y Panama"
    assert engine().find(text, "es") == []
    assert found(engine(accent_insensitive=True).find(text, "es")) == [
        ("Sistema de la Integracion Centroamericana", "sica"), ("Panama", "panama")]


def test_accent_insensitive_offsets_point_into_decomposed_text(engine):
    text = "Centroame\u0301rica y Panama\u0301, y la Integracio\u0301n"
    matches = engine(accent_insensitive=True).find(text, "es")
    assert [(m.start, m.end) for m in matches] == [(0, 14), (17, 24)]
    assert [m.text for m in matches] == ["Centroame\u0301rica", "Panama\u0301"]


def test_accent_sensitive_does_not_cut_a_decomposed_letter(engine):
    assert engine().find("Panama\u0301 y Panama", "en") == [
        Match(10, 16, "Panama", "en", "panama", ministry_base().get("panama").terms["en"][0], False)]


def test_term_of_combining_marks_only_finds_nothing_when_accents_are_ignored(engine):
    """Such a term folds to nothing; it must not match the empty string at every position."""
    base = ministry_base()
    base.concepts.append(concept("acute", "general", es=[term("\u0301")]))
    assert found(engine(base, accent_insensitive=True).find("Panama\u0301 y Panamá", "es")) == [
        ("Panama\u0301", "panama"), ("Panamá", "panama")]


# ---------------------------------------------------------------- policies and edge cases


@pytest.mark.parametrize(
    ("text", "term_type", "policy"),
    [("SICA", "acronym", "exact"), ("MIKTA", None, "exact"), ("Korea-SICA Summit", None, "exact"),
     ("Ministry of Foreign Affairs", None, "title"), ("peace process", None, "fold"), ("외교부", None, "fold")],
)
def test_case_policy(text, term_type, policy):
    assert case_policy(Term(text, term_type=term_type)) == policy


def test_empty_base_and_empty_text(engine):
    assert engine(TermBase()).find("anything at all") == []
    assert engine().find("") == []


def test_matches_carry_the_base_term_with_its_sources(engine):
    [match] = engine().find("the Central American Integration System (", "en")
    assert match.term.sources == [f"{SEED}:18"]
    assert match.term.term_type == "fullForm"


def test_surface_forms_are_every_form_whichever_engine_ran(engine):
    """grep's pattern file in the benchmark is this list: each form as written, inflections included."""
    matcher = engine()
    matcher.find("The Vice Minister of Foreign Affairs met SICA.")
    forms = matcher.surface_forms()
    assert forms == sorted(set(forms))
    assert {"SICA", "Vice Minister of Foreign Affairs", "Vice Ministers of Foreign Affairs", "외교부"} <= set(forms)


def test_a_name_right_after_a_dash_or_a_quotation_mark_is_found_whole(engine):
    matcher = engine()
    for text in ("its Trustpolitik—United States officials", "the “United States” and «Panamá»"):
        assert ("United States", "usa") in found(matcher.find(text))
