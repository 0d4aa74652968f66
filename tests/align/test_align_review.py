"""Review decisions: persisted in glossary/review.json, honoured by every rebuild."""

from __future__ import annotations

import json
from functools import cache

import click
import pytest

from conftest import FIXTURES, make_project
from toolkit.align import propose
from toolkit.errors import InputError
from toolkit.formats.tbx import read_tbx
from toolkit.ingest import ingest
from toolkit.model.candidate import candidates_json
from toolkit.model.termbase import TermBase
from toolkit.termbase.review import apply_review, decision_for, load_decisions, pending, record

SOURCES = FIXTURES / "align" / "sources"


@cache
def proposal():
    documents = [ingest(path) for path in sorted(SOURCES.glob("*.txt"))]
    return propose(documents, TermBase(), SOURCES / "pairs.tsv")


def find(en: str):
    return next(c for c in proposal().candidates if en in c.texts("en"))


def terms_of(base: TermBase, text: str):
    return [(concept, lang, term) for concept in base.concepts for lang, term in concept.all_terms() if term.text == text]


def test_accepted_terms_become_approved_with_their_evidence_as_sources(tmp_path):
    decisions = tmp_path / "review.json"
    record(decisions, decision_for(find("Choi Jong Kun"), "accepted"))
    base = apply_review(TermBase(), proposal().candidates, load_decisions(decisions))
    [(concept, _, korean)] = terms_of(base, "최종건")
    assert korean.review == "approved"
    assert any(source.endswith("ko_roundtable.txt:16") for source in korean.sources)
    assert concept.subject == "person"


def test_pending_candidates_stay_candidates_and_the_input_base_is_untouched(tmp_path):
    before = TermBase()
    base = apply_review(before, proposal().candidates, load_decisions(tmp_path / "review.json"))
    assert before.concepts == []
    [(_, _, term)] = terms_of(base, "외교부 제1차관")
    assert term.review == "candidate" and term.contexts and term.sources


def test_a_rejected_pairing_is_never_proposed_again_even_in_a_grown_candidate(tmp_path):
    decisions = tmp_path / "review.json"
    ministry = find("Ministry of Foreign Affairs")
    record(decisions, decision_for(ministry, "rejected"))
    rebuilt = proposal().candidates
    assert ministry.id not in {c.id for c in pending(rebuilt, load_decisions(decisions))}
    grown = type(ministry)("cand-other", ministry.subject, ministry.terms, ministry.pairings, ministry.score)
    assert pending([grown], load_decisions(decisions)) == []
    base = apply_review(TermBase(), rebuilt, load_decisions(decisions))
    assert terms_of(base, "Ministerio de Relaciones Exteriores") == []


def test_an_accepted_pairing_survives_when_its_release_leaves_sources(tmp_path):
    decisions = tmp_path / "review.json"
    record(decisions, decision_for(find("Kang Jeong-sik"), "accepted"))
    base = apply_review(TermBase(), [], load_decisions(decisions))
    assert [term.review for _, _, term in terms_of(base, "강정식")] == ["approved"]


def test_decisions_file_is_sorted_and_rewritten_identically(tmp_path):
    decisions = tmp_path / "review.json"
    record(decisions, decision_for(find("Kang Jeong-sik"), "accepted"))
    record(decisions, decision_for(find("Choi Jong Kun"), "rejected"))
    first = decisions.read_bytes()
    record(decisions, decision_for(find("Kang Jeong-sik"), "accepted"))
    assert decisions.read_bytes() == first
    ids = [d["id"] for d in json.loads(first)["decisions"]]
    assert ids == sorted(ids)


def test_a_malformed_review_file_is_an_input_error(tmp_path):
    decisions = tmp_path / "review.json"
    decisions.write_text('{"decisions": [', encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_decisions(decisions)
    assert error.value.line == 1


@pytest.fixture
def project(tmp_path):
    make_project(tmp_path)
    glossary = tmp_path / "glossary"
    glossary.mkdir()
    (glossary / "candidates.json").write_text(candidates_json(proposal().candidates, proposal().conflicts), encoding="utf-8")
    return tmp_path


def test_review_lists_pending_candidates_with_evidence(termkit, project):
    run = termkit("review", "--project", project)
    assert run.code == 0
    candidate = find("Choi Jong Kun")
    assert candidate.id in run.out
    assert "ko_roundtable.txt:16  romanization" in run.out
    assert f"{len(proposal().candidates)} pending" in run.out


def test_accept_and_reject_from_the_command_line(termkit, project):
    accepted, rejected = find("Choi Jong Kun").id, find("Joint Communiqué").id
    assert termkit("review", "--project", project, "accept", accepted).code == 0
    assert termkit("review", "--project", project, "reject", rejected).code == 0
    listing = termkit("review", "--project", project).out
    assert accepted not in listing and rejected not in listing
    decisions = load_decisions(project / "glossary" / "review.json")
    assert {decisions[accepted].decision, decisions[rejected].decision} == {"accepted", "rejected"}


def test_edit_opens_a_readable_form_and_records_the_correction(termkit, project, monkeypatch):
    candidate = find("Deputy Minister for Multilateral and Global Affairs")
    shown = {}

    def editor(text, **_):
        shown["text"] = text
        return text.replace("Viceministro de Asuntos Multilaterales\n",
                            "Viceministro de Asuntos Multilaterales y Globales\n")

    monkeypatch.setattr(click, "edit", editor)
    assert termkit("review", "--project", project, "edit", candidate.id).code == 0
    assert "en: Deputy Minister for Multilateral and Global Affairs" in shown["text"]
    decision = load_decisions(project / "glossary" / "review.json")[candidate.id]
    assert decision.decision == "edited"
    assert "Viceministro de Asuntos Multilaterales y Globales" in {t.text for t in decision.terms}



def test_edit_sets_term_statuses_and_the_build_applies_them(termkit, project, monkeypatch):
    candidate = find("Deputy Minister for Multilateral and Global Affairs")
    english = "en: Deputy Minister for Multilateral and Global Affairs"

    def editor(text, **_):
        assert "(STATUS)" in text  # the form says how
        return text.replace(english + "\n", english + " (preferred)\nen: Deputy Minister (admitted)\n")

    monkeypatch.setattr(click, "edit", editor)
    assert termkit("review", "--project", project, "edit", candidate.id).code == 0
    decision = load_decisions(project / "glossary" / "review.json")[candidate.id]
    assert {(t.text, t.status) for t in decision.terms if t.lang == "en"} == {
        ("Deputy Minister for Multilateral and Global Affairs", "preferred"), ("Deputy Minister", "admitted")}
    assert termkit("build", "--project", project).code == 0
    ((concept, _, _),) = terms_of(read_tbx(project / "glossary" / "termbase.tbx"),
                                  "Deputy Minister for Multilateral and Global Affairs")
    assert {t.text: t.status for t in concept.terms["en"]} == {"Deputy Minister for Multilateral and Global Affairs": "preferred", "Deputy Minister": "admitted"}


def test_a_bracket_that_is_not_a_status_stays_part_of_the_term():
    from toolkit.termbase.review_form import parse_edit_form

    _, terms = parse_edit_form("id: cand-1\nen: Forum for East Asia-Latin America Cooperation (FEALAC)\n", "cand-1")
    assert [(t.text, t.status) for t in terms] == [("Forum for East Asia-Latin America Cooperation (FEALAC)", None)]

def test_a_malformed_edit_names_its_line_and_records_nothing(termkit, project, monkeypatch):
    candidate = find("Joint Communiqué")
    monkeypatch.setattr(click, "edit", lambda text, **_: text.replace("\nen: ", "\nenglish "))
    run = termkit("review", "--project", project, "edit", candidate.id)
    assert run.code == 2
    assert f"<edit {candidate.id}>:" in run.err and "expected" in run.err
    assert not (project / "glossary" / "review.json").exists()


def test_review_without_a_build_or_with_an_unknown_id_exits_2(termkit, tmp_path, project):
    (make_project(tmp_path / "empty") / "glossary").mkdir(parents=True)
    assert termkit("review", "--project", tmp_path / "empty").code == 2
    run = termkit("review", "--project", project, "accept", "cand-0000000000")
    assert run.code == 2 and "no candidate" in run.err


def test_an_accepted_alignment_candidate_gets_a_readable_id_its_subject_and_statuses():
    from toolkit.align.propose import link
    from toolkit.model.candidate import Evidence, Pairing, TermRef

    def pairing(a, b):
        return Pairing(a, b, 0.9, [Evidence("sources/en_a.txt", 3, "parenthetical")])

    acronym, english, korean = TermRef("en", "AWA", "acronym"), TermRef("en", "Andean Water Agency"), TermRef("ko", "안데스수자원청")
    meeting = [pairing(TermRef("ko", "SOM", "acronym"), TermRef("ko", "고위관리회의"))]
    person = [pairing(TermRef("es", "Gustavo Andrade Fuentes"), TermRef("ko", "구스타보 안드라데 푸엔테스"))]
    kinds = {("es", "Gustavo Andrade Fuentes"): "person"}
    candidates = [c for pairings in ([pairing(acronym, english), pairing(english, korean)], meeting, person)
                  for c in link(pairings, TermBase(), kinds).candidates]
    decisions = {c.id: decision_for(c, "accepted") for c in candidates}
    base = apply_review(TermBase(), [], decisions)
    agency, officials = base.get("org-andean-water-agency"), base.get("meeting-som")
    assert agency is not None and agency.subject == "organization"
    assert {(lang, t.text, t.status, t.review) for lang, t in agency.all_terms()} == {
        ("en", "Andean Water Agency", "preferred", "approved"), ("en", "AWA", "admitted", "approved"),
        ("ko", "안데스수자원청", "preferred", "approved")}
    assert officials is not None and officials.subject == "meeting"  # no English: the Latin-script acronym
    assert base.get("person-gustavo-andrade-fuentes").subject == "person"  # no English: the Spanish name
