"""Acronym definitions: Schwartz & Hearst's algorithm and the ministry's own forms."""

from __future__ import annotations

import pytest

from toolkit.extract.acronyms import (
    best_long_form,
    find_acronyms,
    find_definitions,
    is_acceptable_pair,
    is_acronym,
    is_valid_short_form,
)


def pairs(text: str) -> list[tuple[str, str, str]]:
    return [(d.short, d.long, d.rule) for d in find_definitions(text)]


def test_long_form_starts_at_the_word_of_the_first_letter():
    window = "in Saccharomyces cerevisiae the endoplasmic reticulum"
    assert window[best_long_form("ER", window):] == "endoplasmic reticulum"


def test_first_letter_must_begin_a_word():
    # "h" of "the" and "s" inside words do not count for the first character.
    assert best_long_form("HSF", "with heat shock factor") == len("with ")
    assert best_long_form("XY", "a taxonomy") is None


def test_short_form_shape_and_pair_checks_follow_the_paper():
    assert is_valid_short_form("CBFbeta") and is_valid_short_form("5-HT")
    assert not is_valid_short_form("-x") and not is_valid_short_form("123")
    assert is_acceptable_pair("ER", "endoplasmic reticulum")
    assert not is_acceptable_pair("ER", "ER stress")  # the long form contains the short form
    assert not is_acceptable_pair("AB", "alpha one two three four beta")  # more than 2 x |A| words


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The endoplasmic reticulum (ER) in yeast", ("ER", "endoplasmic reticulum", "schwartz-hearst")),
        ("a family of TBP (TATA-binding protein) factors", ("TBP", "TATA-binding protein", "schwartz-hearst")),
        ("a domain (Bas1p interaction and regulatory domain, BIRD) acts", ("BIRD", "Bas1p interaction and regulatory domain", "schwartz-hearst")),
        ("el Banco Centroamericano de Integración Económica (BCIE) aprobó",
         ("BCIE", "Banco Centroamericano de Integración Económica", "schwartz-hearst")),
        ("la cumbre del (Sistema de la Integración Centroamericana, SICA) en",
         ("SICA", "Sistema de la Integración Centroamericana", "schwartz-hearst")),
        ("subunit of protein phosphatase 2A (PP2A), a", ("PP2A", "protein phosphatase 2A", "schwartz-hearst")),
        ("the enzyme phosphoglycerate kinase from yeast (PGK).", ("PGK", "phosphoglycerate kinase", "schwartz-hearst")),
    ],
)
def test_definitions(text, expected):
    assert pairs(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "the Ca(2+) release-activated current was (i.e. measured twice)",
        "translocase of the mitochondrial outer membrane (Tom) is",
        "a transferase that exclusively modifies the initiator tRNA (tRNAMet(i)) but",
        "approximately 400-kDa (400 K) complex",
        "protein levels (letter; comment) rose",
        "The Special Roundtable (2021) was held",
    ],
)
def test_no_definition(text):
    assert pairs(text) == []


def test_bracket_glued_to_a_word_is_part_of_it():
    # "Ca(2+)" is not a candidate, so the long form can reach back past it.
    assert pairs("the Ca(2+) release-activated Ca(2+) (CRAC) channel") == [
        ("CRAC", "Ca(2+) release-activated Ca(2+)", "schwartz-hearst")
    ]


def test_acronym_of_the_name_in_another_language():
    text = ("The Central American Integration System (SICA, Sistema de la Integración "
            "Centroamericana): SICA, comprised of eight Central American countries")
    [definition] = find_definitions(text)
    assert (definition.short, definition.long, definition.rule) == ("SICA", "Central American Integration System", "cross-language")
    assert definition.expansion == "Sistema de la Integración Centroamericana"
    assert text[definition.short_start:definition.short_end] == "SICA"
    assert text[definition.long_start:definition.long_end] == definition.long
    assert text[definition.expansion_start:].startswith(definition.expansion)


def test_acronym_first_with_translated_name():
    assert pairs("SICA (Central American Integration System) met in June") == [
        ("SICA", "Central American Integration System", "permuted-initials")
    ]
    # Same initials in the same order is plain S&H; other letters are no definition.
    assert pairs("CAIS (Central American Integration System)") == [
        ("CAIS", "Central American Integration System", "schwartz-hearst")
    ]
    assert pairs("SICA (Central American Development Bank) met") == []


@pytest.mark.parametrize(
    "text, short, long",
    [
        ("중미통합체제(SICA)와 협력", "SICA", "중미통합체제"),
        ("중미경제통합은행[CABEI] 총재", "CABEI", "중미경제통합은행"),
        ("중미경제통합은행（CABEI）", "CABEI", "중미경제통합은행"),
        ("중미경제통합은행［CABEI］", "CABEI", "중미경제통합은행"),
        ("한-중미통합체제(SICA) 대화협의체", "SICA", "중미통합체제"),
    ],
)
def test_korean_name_with_acronym_in_brackets(text, short, long):
    [definition] = find_definitions(text)
    assert (definition.short, definition.long, definition.rule) == (short, long, "hangul-gloss")
    assert text[definition.long_start:definition.long_end] == long


def test_korean_gloss_with_spanish_expansion():
    [definition] = find_definitions("중미통합체제(SICA, Sistema de la Integración Centroamericana)는")
    assert definition.long == "중미통합체제"
    assert definition.expansion == "Sistema de la Integración Centroamericana"


def test_acronym_shapes():
    assert all(is_acronym(token) for token in ("MIKTA", "UN", "WTO", "CABEI", "ROK"))
    assert not any(is_acronym(token) for token in ("II", "IV", "Korea", "A", "Ebrard"))
    text = "the UN’s role, intra-MIKTA networks and the WTO."
    assert [text[s:e] for s, e in find_acronyms(text)] == ["UN", "MIKTA", "WTO"]
