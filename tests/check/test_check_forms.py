"""House-style rules (TK102, TK104) on formal names and word-order alternations."""

from __future__ import annotations

import json

import pytest

from conftest import ROOT
from toolkit.formats.tbx import save_termbase
from toolkit.model.termbase import Concept, Term, TermBase


@pytest.fixture
def base(tmp_path):
    mofa = Concept(id="ministry-mofa", subject="ministry")
    mofa.add_term("en", Term("Ministry of Foreign Affairs", "fullForm", "preferred"))
    mofa.add_term("en", Term("Foreign Ministry", "variant", "admitted"))
    choi = Concept(id="person-choi", subject="person")
    choi.add_term("en", Term("Choi Jong Kun", "fullForm", "preferred"))
    choi.add_term("en", Term("Choi Jong-kun", "variant", "admitted"))
    chair = Concept(id="title-chair-mikta", subject="title")
    chair.add_term("en", Term("chair of MIKTA", "fullForm", "preferred"))
    chair.add_term("en", Term("MIKTA chair", "variant", "admitted"))
    costa_rica = Concept(id="country-CR", subject="country")
    costa_rica.add_term("en", Term("Costa Rica", "shortForm", "preferred"))
    costa_rica.add_term("en", Term("Republic of Costa Rica", "fullForm", "admitted"))
    path = tmp_path / "base.tbx"
    save_termbase(TermBase(concepts=[mofa, chair, costa_rica, choi]), path)
    return path


def findings(termkit, tmp_path, base, text: str) -> list[dict]:
    release = tmp_path / "release.txt"
    release.write_text(text, encoding="utf-8")
    result = termkit("check", release, "--termbase", base, "--format", "json")
    assert result.code in (0, 1), result.err
    return json.loads(result.out)["findings"]


def test_formal_country_name_and_genitive_alternation_are_house_style(termkit, tmp_path, base):
    text = ("The Republic of Costa Rica joined. Costa Rica will host.\n"
            "Korea will serve as the chair of MIKTA. The MIKTA chair's program was welcomed.\n")
    assert findings(termkit, tmp_path, base, text) == []


def test_a_real_variant_is_still_reported(termkit, tmp_path, base):
    found = findings(termkit, tmp_path, base, "The Foreign Ministry said so.\n")
    assert [(f["rule"], f["found"], f["suggestion"]) for f in found] == [("TK102", "Foreign Ministry", "Ministry of Foreign Affairs")]


def test_a_hyphenation_variant_is_not_a_reordering(termkit, tmp_path, base):
    found = findings(termkit, tmp_path, base, "Vice Minister Choi Jong-kun spoke.\n")
    assert ("TK102", "Choi Jong-kun") in {(f["rule"], f["found"]) for f in found}


def test_mixing_a_real_variant_with_the_preferred_term_is_inconsistent(termkit, tmp_path, base):
    text = "The Ministry of Foreign Affairs held a meeting.\nThe Foreign Ministry will hold another.\n"
    rules = {(f["rule"], f["found"]) for f in findings(termkit, tmp_path, base, text)}
    assert ("TK104", "Foreign Ministry") in rules


def test_the_projects_own_releases_are_clean_against_its_own_base(termkit):
    sources = sorted((ROOT / "sources").glob("*.txt"))
    result = termkit("check", *sources, "--termbase", ROOT / "glossary" / "termbase.tbx", "--fail-on", "info")
    assert result.code == 0, result.out
