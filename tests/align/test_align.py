"""Alignment on the team-written parallel versions of the two seed releases (see
tests/fixtures/align/README.md): every name pair is proposed, with evidence a translator can
open, stable ids, countries left to reference data, conflicts reported."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pytest

from conftest import FIXTURES
from toolkit.align import propose
from toolkit.align.propose import link
from toolkit.extract.extractor import read_document
from toolkit.ingest import ingest
from toolkit.model.candidate import Evidence, Pairing, TermRef, candidates_json
from toolkit.model.termbase import Concept, Term, TermBase
from toolkit.termbase.reference import reference_concepts

ALIGN = FIXTURES / "align"
SOURCES = ALIGN / "sources"


@cache
def documents():
    return tuple(ingest(path) for path in sorted(SOURCES.glob("*.txt")))


@cache
def extractions():
    return {doc.path: read_document(doc) for doc in documents()}


@cache
def reference_base() -> TermBase:
    return TermBase(reference_concepts())


@cache
def result():
    return propose(list(documents()), reference_base(), SOURCES / "pairs.tsv", extractions())


def gold(status: str) -> list[tuple[str, str, str, str]]:
    with open(ALIGN / "gold_pairs.tsv", encoding="utf-8", newline="") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return [(r["lang_a"], r["text_a"], r["lang_b"], r["text_b"]) for r in rows if r["status"] == status]


def candidate_with(lang_a, text_a, lang_b, text_b):
    for candidate in result().candidates:
        terms = {(t.lang, t.text) for t in candidate.terms}
        if (lang_a, text_a) in terms and (lang_b, text_b) in terms:
            return candidate
    return None


@pytest.mark.parametrize("pair", gold("required"), ids=lambda p: f"{p[1]}~{p[3]}")
def test_every_name_pair_of_the_parallel_releases_is_proposed(pair):
    assert candidate_with(*pair) is not None


def test_every_gold_pair_is_required():
    """No pair waits for extraction or pairing any more: every row of the gold is asserted
    above (a row of another status would silently escape every test)."""
    with open(ALIGN / "gold_pairs.tsv", encoding="utf-8", newline="") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        assert {row["status"] for row in rows} == {"required"}


def test_evidence_points_at_a_line_that_prints_one_of_the_names():
    for candidate in result().candidates:
        for pairing in candidate.pairings:
            for evidence in pairing.evidence:
                raw = Path(evidence.path).read_text(encoding="utf-8").splitlines()[evidence.line - 1]
                assert pairing.a.text in raw or pairing.b.text in raw, (evidence, pairing.a, pairing.b)


def test_a_person_is_paired_by_romanization_with_the_korean_release_line():
    candidate = candidate_with("en", "Choi Jong Kun", "ko", "최종건")
    places = {(Path(e.path).name, e.line, e.method) for e in candidate.evidence()}
    assert ("ko_roundtable.txt", 16, "romanization") in places
    assert ("en_roundtable.txt", 11, "romanization") in places
    assert candidate.subject == "person"


def test_an_acronym_pivots_long_forms_across_languages():
    candidate = candidate_with("en", "SICA", "ko", "중미통합체제")
    assert "es" in {t.lang for t in candidate.terms}
    assert {"acronym-pivot", "parenthetical"} <= {e.method for e in candidate.evidence()}
    assert {t.term_type for t in candidate.terms if t.text == "SICA"} == {"acronym"}


def test_country_names_are_confirmed_by_reference_data_not_proposed():
    assert not [c for c in result().candidates if c.subject == "country"]
    confirmed = {(p.a.text, p.b.text) for p in result().confirmed}
    assert ("Mexico", "멕시코") in confirmed and ("Belize", "Belice") in confirmed


def test_ids_are_content_derived_and_output_is_byte_identical():
    again = propose(list(reversed(documents())), reference_base(), SOURCES / "pairs.tsv", extractions())
    assert candidates_json(again.candidates, again.conflicts) == candidates_json(result().candidates, result().conflicts)


def test_versions_are_paired_without_a_pairs_file_by_shared_anchors():
    automatic = propose(list(documents()), reference_base(), extractions=extractions())
    assert candidate_with("en", "Kang Jeong-sik", "ko", "강정식").id in {c.id for c in automatic.candidates}


def test_what_the_base_approves_is_confirmed_not_proposed_again():
    person = Concept("person-choi", subject="person", terms={"en": [Term("Choi Jong Kun")], "ko": [Term("최종건")]})
    base = TermBase(reference_concepts() + [person])
    again = propose(list(documents()), base, SOURCES / "pairs.tsv", extractions())
    assert not any({("en", "Choi Jong Kun"), ("ko", "최종건")} <= {(t.lang, t.text) for t in c.terms} and
                   len({t.lang for t in c.terms}) == 2 for c in again.candidates)
    assert any({p.a.text, p.b.text} == {"Choi Jong Kun", "최종건"} for p in again.confirmed)


def test_a_candidate_contradicting_an_approved_term_is_reported_not_resolved():
    ministry = Concept("ministry-mofa", subject="ministry",
                       terms={"en": [Term("Ministry of Foreign Affairs")], "ko": [Term("외무부")]})
    base = TermBase(reference_concepts() + [ministry])
    again = propose(list(documents()), base, SOURCES / "pairs.tsv", extractions())
    conflicts = [c for c in again.conflicts if c.kind == "contradicts-approved" and "외교부" in c.message]
    assert conflicts
    assert any("외교부" in c.texts("ko") for c in again.candidates if c.id == conflicts[0].candidate)
    assert base.get("ministry-mofa").terms["ko"][0].text == "외무부"


def test_one_name_paired_with_two_names_is_a_conflict():
    def pairing(en, ko, line):
        return Pairing(TermRef("en", en), TermRef("ko", ko), 0.8, [Evidence("a.txt", line, "parallel")])

    linked = link([pairing("Ministry of Foreign Affairs", "외교부", 1),
                   pairing("Ministry of Foreign Affairs", "외무부", 2)], TermBase())
    assert len(linked.candidates) == 1
    assert [c.kind for c in linked.conflicts] == ["one-to-many"]
    assert "'외교부', '외무부'" in linked.conflicts[0].message
