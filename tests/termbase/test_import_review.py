"""Imports are proposals, review keeps the base consistent, validate sees what the file holds (#20)."""

from __future__ import annotations

import json

import pytest

from conftest import make_project, shared_path
from toolkit.formats.tbx import read_tbx, save_termbase
from toolkit.model.termbase import Concept, Term, TermBase

KO_OLD, KO_NEW = "중미통합체제", "중미통합기구"
ES_DEPRECATED = "Sistema de Integración Centroamericana"


@pytest.fixture
def sica(tmp_path):
    make_project(tmp_path, reference_data=False)
    (tmp_path / "glossary").mkdir()
    concept = Concept("org-sica", subject="organization")
    concept.add_term("en", Term("Central American Integration System", "fullForm", "preferred", sources=["https://mofa.go.kr/x"]))
    concept.add_term("ko", Term(KO_OLD, "fullForm", "preferred"))
    concept.add_term("es", Term("Sistema de la Integración Centroamericana", "fullForm", "preferred"))
    concept.add_term("es", Term(ES_DEPRECATED, "fullForm", "deprecated"))
    save_termbase(TermBase([concept]), tmp_path / "glossary" / "termbase.tbx")
    return tmp_path


def edited_po(termkit, project):
    po = project / "ko.po"
    assert termkit("export", "po", "--lang", "ko", "-o", po, cwd=project).code == 0
    po.write_text(po.read_text(encoding="utf-8").replace(f'msgstr "{KO_OLD}"', f'msgstr "{KO_NEW}"'), encoding="utf-8")
    return po


def test_a_po_edit_is_a_proposal_not_a_change_of_the_base(termkit, sica):
    before = (sica / "glossary" / "termbase.tbx").read_bytes()
    po = edited_po(termkit, sica)
    dry = termkit("import", po, "--dry-run", cwd=sica)
    assert f"changed: {po}: org-sica: ko '{KO_NEW}'" in dry.out and "nothing written" in dry.out
    assert not (sica / "glossary" / "imports.json").exists()
    result = termkit("import", po, cwd=sica)
    assert result.code == 1 and "would demote" in result.out
    assert (sica / "glossary" / "termbase.tbx").read_bytes() == before
    listing = termkit("review", cwd=sica).out
    assert "CONFLICT" in listing and KO_NEW in listing and f"{po}:" in listing


def test_a_deprecated_form_in_the_preferred_column_is_a_conflict_and_needs_force(termkit, sica):
    csv = sica / "dep.csv"
    csv.write_text(f"id,subject,en,es\norg-sica,organization,Central American Integration System,{ES_DEPRECATED}\n",
                   encoding="utf-8")
    result = termkit("import", csv, cwd=sica)
    assert result.code == 1 and "status deprecated -> preferred" in result.out
    (candidate,) = json.loads((sica / "glossary" / "imports.json").read_text())["candidates"]
    refused = termkit("review", "accept", candidate["id"], cwd=sica)
    assert refused.code == 2 and "--force" in refused.err
    forced = termkit("review", "accept", "--force", candidate["id"], cwd=sica)
    assert forced.code == 0 and "overrides org-sica: es 'Sistema de la Integración Centroamericana' status preferred -> admitted" in forced.out
    assert termkit("build", cwd=sica).code == 0
    es = {t.text: t for t in read_tbx(sica / "glossary" / "termbase.tbx").get("org-sica").terms["es"]}
    assert es[ES_DEPRECATED].status == "preferred" and f"{csv}:2" in es[ES_DEPRECATED].sources
    assert termkit("validate", cwd=sica).code == 0


def accepted_through_review(termkit, project, new: Concept) -> Concept | None:
    """Import `new` from a TBX file, accept its one proposal, build: the concept in the base."""
    incoming = project / "new.tbx"
    save_termbase(TermBase([new]), incoming)
    assert termkit("import", incoming, cwd=project).code == 0
    (candidate,) = json.loads((project / "glossary" / "imports.json").read_text())["candidates"]
    assert termkit("review", "accept", candidate["id"], cwd=project).code == 0
    assert termkit("build", cwd=project).code == 0
    return read_tbx(project / "glossary" / "termbase.tbx").get("org-pacific-islands-forum")


def test_an_accepted_new_concept_gets_a_readable_id_subject_and_statuses(termkit, sica):
    new = Concept("x1", subject="organization")
    new.add_term("en", Term("Pacific Islands Forum"))
    new.add_term("ko", Term("태평양도서국포럼"))
    concept = accepted_through_review(termkit, sica, new)
    assert concept is not None and concept.subject == "organization"
    assert concept.terms["en"][0].status == "preferred" and concept.terms["ko"][0].status == "preferred"


def test_an_accepted_import_keeps_its_definition_and_notes(termkit, sica):
    new = Concept("x1", subject="organization", definition="Intergovernmental body of Pacific states.",
                  notes=["Founded 1971."])
    new.add_term("en", Term("Pacific Islands Forum", notes=["Formerly the South Pacific Forum."]))
    new.add_term("ko", Term("태평양도서국포럼"))
    concept = accepted_through_review(termkit, sica, new)
    assert concept.definition == "Intergovernmental body of Pacific states." and "Founded 1971." in concept.notes
    assert "Formerly the South Pacific Forum." in concept.terms["en"][0].notes


def test_an_import_adds_a_definition_to_a_curated_concept_only_through_review(termkit, sica):
    csv = sica / "def.csv"
    csv.write_text("id,definition,en,ko\norg-sica,Regional integration body of Central America.,"
                   "Central American Integration System,중미통합체제\n", encoding="utf-8")
    result = termkit("import", csv, cwd=sica)
    assert "added: " in result.out and "org-sica: definition" in result.out
    assert read_tbx(sica / "glossary" / "termbase.tbx").get("org-sica").definition is None
    (candidate,) = json.loads((sica / "glossary" / "imports.json").read_text())["candidates"]
    assert "definition: Regional integration body" in termkit("review", cwd=sica).out
    assert termkit("review", "accept", candidate["id"], cwd=sica).code == 0
    assert termkit("build", cwd=sica).code == 0
    assert read_tbx(sica / "glossary" / "termbase.tbx").get("org-sica").definition == (
        "Regional integration body of Central America.")

def test_accept_all_merges_a_trusted_file_and_says_so(termkit, sica):
    incoming = sica / "new.tbx"
    save_termbase(TermBase([Concept("org-pif", "organization", terms={"en": [Term("Pacific Islands Forum", status="preferred")]})]), incoming)
    result = termkit("import", incoming, "--accept-all", cwd=sica)
    assert result.code == 0 and "accepted 1 new concept(s)" in result.out
    assert read_tbx(sica / "glossary" / "termbase.tbx").get("org-pif") is not None


@pytest.mark.parametrize("name, expected", [
    ("basic_bad", ["partOfSpeech 'nominal'", "<transac> type 'theWrongType'", "<transacNote> type 'wrongType'",
                   "definition at term level"]),
    ("min_bad", ["usageStatus 'not an allowed value'", "<admin> is not part of the TBX-Min dialect",
                 "<xref> is not part of the TBX-Min dialect"]),
    ("core_structure_bad", ["<admin> without a type", "<term> is not the first child", "a second <term>",
                            "more than one <descrip>", "text directly in header element <sourceDesc>",
                            "<admin> directly in <text>"]),
])
def test_validate_reports_the_ltac_bad_files_errors_with_lines(termkit, name, expected):
    path = shared_path("data", "ltac-tbx", "TBX_test_files", f"{name}.tbx")
    result = termkit("validate", "--termbase", path, "--format", "json")
    assert result.code == 1
    problems = [p for p in json.loads(result.out)["problems"] if p["severity"] == "error"]
    for words in expected:
        assert any(words in p["message"] and p["line"] for p in problems), words


@pytest.mark.parametrize("name", ["basic_good", "min_good", "core_structure_good"])
def test_the_ltac_good_files_have_no_errors(termkit, name):
    result = termkit("validate", "--termbase", shared_path("data", "ltac-tbx", "TBX_test_files", f"{name}.tbx"))
    assert result.code == 0 and " 0 error(s)" in result.out


def test_import_refuses_invalid_values_unless_lenient(termkit, sica):
    path = shared_path("data", "ltac-tbx", "TBX_test_files", "basic_bad.tbx")
    refused = termkit("import", path, cwd=sica)
    assert refused.code == 2 and "--lenient" in refused.err and f"{path}:26:" in refused.err
    lenient = termkit("import", path, "--lenient", "--dry-run", cwd=sica)
    assert lenient.code == 0 and "partOfSpeech 'nominal'" in lenient.err


def test_shell_completion_offers_pending_candidate_ids(termkit, sica, monkeypatch):
    from toolkit.cli.review_cmd import _complete_ids

    csv = sica / "dep.csv"
    csv.write_text(f"id,en,es\norg-sica,Central American Integration System,{ES_DEPRECATED}\n", encoding="utf-8")
    termkit("import", csv, cwd=sica)
    (candidate,) = json.loads((sica / "glossary" / "imports.json").read_text())["candidates"]
    monkeypatch.chdir(sica)
    assert _complete_ids(None, None, "cand-") == [candidate["id"]]
    assert _complete_ids(None, None, "zzz") == []


def test_accept_all_into_the_project_base_keeps_reference_data_out_and_leaves_indexes_built(termkit, tmp_path,
                                                                                             monkeypatch):
    """A trusted import is validated with the reference countries it may point at, written
    without them, and the look-up index is ready for the first query."""
    monkeypatch.delenv("TERMKIT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    make_project(tmp_path)
    base = TermBase(concepts=[Concept("org-canal", subject="organization", cross_refs=["country-PA"], terms={
        "en": [Term("Panama Canal Authority", status="preferred", sources=["https://example.org/acp"])]})])
    save_termbase(base, tmp_path / "glossary" / "termbase.tbx")
    incoming = TermBase(concepts=[Concept("org-sela", subject="organization", terms={
        "en": [Term("Latin American and Caribbean Economic System", status="preferred", sources=["https://example.org/sela"])]})])
    save_termbase(incoming, tmp_path / "sela.tbx")
    run = termkit("import", "sela.tbx", "--accept-all", cwd=tmp_path)
    assert run.code == 0, run.err
    text = (tmp_path / "glossary" / "termbase.tbx").read_text(encoding="utf-8")
    assert "org-sela" in text and "via babel" not in text and "country-PA\"" not in text.replace('target="country-PA"', "")
    assert list((tmp_path / "user-cache" / "termkit").glob("lookup-*"))
