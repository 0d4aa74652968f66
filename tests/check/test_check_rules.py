"""termkit check's rules on real-looking releases in English, Korean and Spanish.

The base is the glossary as shipped (glossary/termbase.tbx with the reference country names,
the `shipped_base` fixture of tests/check/conftest.py); each rule is shown firing on a text
with the mistake and staying silent on the same kind of text written correctly. The releases
with mistakes use the glossary's own names (fixtures/check/shipped/); the correct releases
of fixtures/check/ already do.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, SHIPPED, shared_path
from toolkit.check.engine import check_files
from toolkit.check.rules import default_config

CHECK = FIXTURES / "check"
EN_ERRORS = SHIPPED / "en_release_errors.txt"


def findings(base, *paths, config=None, source=None):
    found, _ = check_files([str(p) for p in paths], base, config or default_config(), source=source)
    return found


def summary(found) -> list[tuple[int, str, str, str | None]]:
    return [(f.line, f.rule, f.found, f.suggestion) for f in found]


@pytest.mark.parametrize("name", ["en_release_clean.txt", "ko_release_clean.txt", "es_release_clean.txt"])
def test_clean_releases_give_no_findings(shipped_base, name):
    assert findings(shipped_base, CHECK / name) == []


@pytest.mark.shared
def test_the_seed_releases_as_scraped_give_no_findings(shipped_base):
    seeds = sorted(shared_path("seeds").glob("*.txt"))
    assert len(seeds) == 2
    assert findings(shipped_base, *seeds) == []


def test_english_release_with_every_kind_of_mistake(shipped_base):
    found = summary(findings(shipped_base, EN_ERRORS))
    assert (11, "TK101", "Choi Jong-kun", "Choi Jong Kun") in found  # deprecated
    assert (11, "TK101", "Turkey", "Türkiye") in found  # superseded
    assert (11, "TK103", "Central America Integration System", "Central American Integration System") in found
    assert (14, "TK103", "Vice Minister of Foreign Affair", "Vice Minister of Foreign Affairs") in found
    assert (11, "TK105", "Kang Jung-sik", "Kang Jeong-sik") in found
    assert (8, "TK102", "Vice Foreign Minister", "Vice Minister of Foreign Affairs") in found
    assert (17, "TK104", "Vice Foreign Minister", "Vice Minister of Foreign Affairs") in found


def test_english_release_inflection_and_generic_uses_stay_silent(shipped_base):
    """Line 11 has "Vice Ministers of Foreign Affairs", line 17 "the vice minister",
    line 20 "Central American countries": none of them is a finding."""
    found = findings(shipped_base, EN_ERRORS)
    assert not [f for f in found if f.found and ("Ministers" in f.found or f.found.islower())]
    assert not [f for f in found if f.line == 20]


def test_positions_are_in_the_raw_file_with_its_navigation_lines(shipped_base):
    found = findings(shipped_base, EN_ERRORS)
    assert found
    raw_lines = EN_ERRORS.read_text(encoding="utf-8").split("\n")
    for finding in found:
        line = raw_lines[finding.line - 1]
        assert line[finding.column - 1 : finding.end_column - 1] == finding.found


def test_korean_release_misspelling_and_superseded_name(shipped_base):
    found = summary(findings(shipped_base, CHECK / "ko_release_errors.txt"))
    assert found == [
        (13, "TK103", "중미통합체재", "중미통합체제"),
        (15, "TK101", "외교통상부", "외교부"),
    ]


def test_spanish_release_near_miss_and_romanization(shipped_base):
    found = summary(findings(shipped_base, SHIPPED / "es_release_errors.txt"))
    assert found == [
        (5, "TK105", "Kang Jung-sik", "Kang Jeong-sik"),
        (5, "TK103", "Organización Mundial de Comercio", "Organización Mundial del Comercio"),
    ]


def test_spanish_gender_and_number_are_not_findings(shipped_base, tmp_path):
    text = tmp_path / "es.txt"
    text.write_text(
        "Comunicado de prensa\n\nLa Viceministra de Relaciones Exteriores y los Viceministros de Relaciones "
        "Exteriores de Centroamérica visitaron el Ministerio de Relaciones Exteriores.\n",
        encoding="utf-8",
    )
    assert findings(shipped_base, text) == []


def test_a_name_without_its_accent_is_a_near_miss(shipped_base, tmp_path):
    text = tmp_path / "es.txt"
    text.write_text("Comunicado\n\nEl Sistema de la Integracion Centroamericana celebró su cumbre.\n", encoding="utf-8")
    assert summary(findings(shipped_base, text)) == [
        (3, "TK103", "Sistema de la Integracion Centroamericana", "Sistema de la Integración Centroamericana")
    ]


def test_a_real_place_one_letter_from_a_country_is_not_a_misspelling(shipped_base, tmp_path):
    """ISO 3166-2 names the place: "British Columbia" and "Almeria" are not Colombia and Algeria."""
    text = tmp_path / "en.txt"
    text.write_text("News\n\nOfficials of British Columbia and the Distrito de Columbia met near Almeria.\n"
                    "The embassy of Columbia in Seoul opened.\n", encoding="utf-8")
    assert summary(findings(shipped_base, text)) == [(4, "TK103", "Columbia", "Colombia")]


def test_a_plural_country_name_without_its_s_before_a_noun_is_its_adjective(shipped_base, tmp_path):
    text = tmp_path / "en.txt"
    text.write_text("News\n\nThe Philippine navy met officials of the Philippine.\n", encoding="utf-8")
    assert summary(findings(shipped_base, text)) == [(3, "TK103", "Philippine", "Philippines")]


def test_romanization_spacing_differs_from_the_base(shipped_base, tmp_path):
    # "Choi Jong-kun" is a deprecated term in glossary/ (TK101): "Choi Jongkun" is not in the base
    text = tmp_path / "en.txt"
    text.write_text("Press Releases\n\nVice Minister Choi Jongkun met Kang Jeong Sik in Seoul.\n", encoding="utf-8")
    assert summary(findings(shipped_base, text)) == [
        (3, "TK105", "Choi Jongkun", "Choi Jong Kun"),
        (3, "TK105", "Kang Jeong Sik", "Kang Jeong-sik"),
    ]


def test_another_official_is_not_a_romanization_of_a_known_one(shipped_base, tmp_path):
    text = tmp_path / "en.txt"
    text.write_text("Press Releases\n\nAmbassador Choi Jong-moon and Kang Kyung-wha met in Seoul.\n", encoding="utf-8")
    assert findings(shipped_base, text) == []


def test_inconsistent_forms_are_reported_only_when_a_document_mixes_them(shipped_base, tmp_path):
    mixed = tmp_path / "mixed.txt"
    mixed.write_text(
        "Press Releases\n\nVice Foreign Minister Choi Jong Kun met the press.\n\nThe Vice Foreign Minister then left; "
        "the Vice Minister of Foreign Affairs returned the next day.\n",
        encoding="utf-8",
    )
    consistent = tmp_path / "consistent.txt"
    consistent.write_text("Press Releases\n\nThe Vice Foreign Minister met the press and left.\n", encoding="utf-8")
    tk104 = default_config().adjusted(disable=["TK102"])
    assert summary(findings(shipped_base, mixed, config=tk104)) == [
        (3, "TK104", "Vice Foreign Minister", "Vice Minister of Foreign Affairs"),
        (5, "TK104", "Vice Foreign Minister", "Vice Minister of Foreign Affairs"),
    ]
    assert findings(shipped_base, consistent, config=tk104) == []


def test_a_title_of_another_country_does_not_make_a_document_inconsistent(shipped_base, tmp_path):
    text = tmp_path / "en.txt"
    text.write_text(
        "Press Releases\n\nThe Vice Foreign Minister met the press.\n\nThe Vice Foreign Minister then left; "
        "the Vice Minister of Foreign Affairs of Panama stayed.\n",
        encoding="utf-8",
    )
    assert findings(shipped_base, text, config=default_config().adjusted(disable=["TK102"])) == []


def test_full_form_and_acronym_are_not_inconsistent(shipped_base, tmp_path):
    text = tmp_path / "en.txt"
    text.write_text("Press Releases\n\nThe Central American Integration System (SICA) met. SICA agreed.\n", encoding="utf-8")
    assert findings(shipped_base, text) == []


def test_acronym_before_definition_is_a_house_rule_that_is_off_by_default(shipped_base, tmp_path):
    # "Korea-SICA Summit" is a name of its own in glossary/: the acronym in it is not a use of SICA
    text = tmp_path / "en.txt"
    text.write_text(
        "Press Releases\n\nKorea-SICA Summit Held\n\n1. The SICA member states took part in the Korea-SICA Summit.\n\n"
        "2. The Central American Integration System (SICA) and the World Trade Organization (WTO) met; the WTO agreed.\n",
        encoding="utf-8",
    )
    assert findings(shipped_base, text) == []
    enabled = default_config().adjusted(enable=["TK106"])
    found = findings(shipped_base, text, config=enabled)
    assert summary(found) == [(5, "TK106", "SICA", "Central American Integration System (SICA)")]


def test_acronym_in_the_title_line_is_allowed(shipped_base, tmp_path):
    text = tmp_path / "en.txt"
    text.write_text(
        "바로가기 메뉴\n본문 바로가기\n주메뉴 바로가기\n검색창 열기\n\nPress Releases\n\nKorea Hosts SICA Delegation\n\n"
        "1. The Central American Integration System (SICA) sent a delegation.\n",
        encoding="utf-8",
    )
    assert findings(shipped_base, text, config=default_config().adjusted(enable=["TK106"])) == []


def test_acronym_defined_in_korean_and_spanish(shipped_base, tmp_path):
    ko = tmp_path / "ko.txt"
    ko.write_text("보도자료\n\n□ SICA 회원국 대표단이 방한하였다. 중미통합체제(SICA)는 1991년 출범하였다.\n", encoding="utf-8")
    es = tmp_path / "es.txt"
    es.write_text("Comunicado\n\n1. El Sistema de la Integración Centroamericana (SICA) se reunió. El SICA aprobó.\n", encoding="utf-8")
    enabled = default_config().adjusted(enable=["TK106"])
    assert summary(findings(shipped_base, ko, config=enabled)) == [(3, "TK106", "SICA", "중미통합체제(SICA)")]
    assert findings(shipped_base, es, config=enabled) == []


def test_rules_can_be_switched_off_per_run(shipped_base):
    off = default_config().adjusted(disable=["TK101", "TK103"])
    rules = {f.rule for f in findings(shipped_base, EN_ERRORS, config=off)}
    assert rules == {"TK102", "TK104", "TK105"}


def test_rules_can_be_switched_off_by_a_marker_in_the_document(shipped_base, tmp_path):
    text = tmp_path / "en.txt"
    original = EN_ERRORS.read_text(encoding="utf-8")
    text.write_text(original + "\n<!-- termkit: disable=TK104, tk102 (house style allows both here) -->\n", encoding="utf-8")
    rules = {f.rule for f in findings(shipped_base, text)}
    assert rules == {"TK101", "TK103", "TK105"}


def test_severity_can_be_configured(shipped_base):
    config = default_config().adjusted(severities={"TK102": "warning", "TK101": "info"})
    by_rule = {f.rule: f.severity for f in findings(shipped_base, EN_ERRORS, config=config)}
    assert by_rule["TK102"] == "warning" and by_rule["TK101"] == "info" and by_rule["TK103"] == "warning"


def test_unknown_rule_codes_are_refused():
    with pytest.raises(ValueError, match="TK999"):
        default_config().adjusted(disable=["TK999"])


@pytest.mark.parametrize("export", [
    "glossary/termkit.tbx", "glossary/termkit.v2.tbx", "locales/ko/LC_MESSAGES/termkit.po", "glossary/termkit.csv",
])
def test_another_glossary_format_works_as_the_base(termkit, tmp_path, monkeypatch, export):
    """--termbase takes any importable format: the glossary's shipped exports (TBX-Basic, TBX v2,
    the Korean catalog, CSV) give the findings the curated base gives."""
    import json

    monkeypatch.setenv("TERMKIT_CACHE_DIR", str(tmp_path / "cache"))
    glossary = tmp_path / Path(export).name
    glossary.write_bytes((ROOT / export).read_bytes())
    run = termkit("check", CHECK / "ko_release_errors.txt", "--termbase", glossary, "--format", "json")
    found = [(f["line"], f["rule"], f["found"], f["suggestion"]) for f in json.loads(run.out)["findings"]]
    assert found == [(13, "TK103", "중미통합체재", "중미통합체제"), (15, "TK101", "외교통상부", "외교부")]
