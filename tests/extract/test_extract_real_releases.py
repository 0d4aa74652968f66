"""Name extraction on the real releases (../shared/data/real-releases) against the
annotators' gold (tests/eval/gold/real-releases): the floors reached (raised 2026-12-05) (issue
#17 asks for recall >= 90% and precision >= 95% everywhere; where a floor is below, that
target is not reached yet). tests/eval/eval_names.py prints the full table."""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT, load_module, shared_path

pytestmark = pytest.mark.shared

# (precision, recall) floors, exact span and kind, extraction from the gold body lines.
FLOORS = {
    ("en", "organization"): (0.94, 1.00),
    ("en", "acronym"): (0.99, 1.00),
    ("en", "ministry"): (1.00, 1.00),
    ("en", "title"): (0.96, 1.00),
    ("en", "person"): (0.99, 0.97),
    ("en", "country"): (0.98, 0.98),
    ("en", "meeting"): (0.97, 0.95),
    ("en", "document"): (1.00, 1.00),
    ("en", "all"): (0.98, 0.98),
    ("ko", "organization"): (1.00, 0.90),
    ("ko", "acronym"): (0.94, 0.97),
    ("ko", "ministry"): (1.00, 1.00),
    ("ko", "title"): (0.95, 0.98),
    ("ko", "person"): (1.00, 0.92),
    ("ko", "country"): (0.99, 0.99),
    ("ko", "meeting"): (0.96, 0.91),
    ("ko", "document"): (1.00, 1.00),
    ("ko", "all"): (0.98, 0.96),
    ("es", "organization"): (1.00, 0.95),
    ("es", "acronym"): (0.87, 0.90),
    ("es", "ministry"): (1.00, 1.00),
    ("es", "title"): (0.97, 0.94),
    ("es", "person"): (0.98, 0.94),
    ("es", "country"): (0.98, 1.00),
    ("es", "meeting"): (1.00, 0.92),
    ("es", "document"): (1.00, 0.88),
    ("es", "all"): (0.97, 0.96),
}
# Through ingest + extract (cleaning owned elsewhere): all kinds together.
PIPELINE_FLOORS = {"en": (0.98, 0.98), "ko": (0.98, 0.96), "es": (0.98, 0.97)}


def evaluation_module():
    module = load_module(ROOT / "tests" / "eval" / "eval_names.py")
    return module


@pytest.fixture(scope="module")
def results():
    shared_path("data", "real-releases")
    evaluation = evaluation_module()
    return evaluation.evaluate(ROOT.parent / "shared", "gold body"), evaluation.evaluate(ROOT.parent / "shared", "pipeline")


@pytest.mark.parametrize("language, kind", sorted(FLOORS))
def test_extraction_from_the_gold_body_reaches_its_floor(results, language, kind):
    count = results[0][language].exact[kind]
    precision, recall = FLOORS[language, kind]
    assert count.gold > 0
    assert count.precision >= precision, f"{language} {kind} precision {count.precision:.3f}"
    assert count.recall >= recall, f"{language} {kind} recall {count.recall:.3f}"


@pytest.mark.parametrize("language", sorted(PIPELINE_FLOORS))
def test_extraction_through_ingest_reaches_its_floor(results, language):
    count = results[1][language].exact["all"]
    precision, recall = PIPELINE_FLOORS[language]
    assert count.precision >= precision, f"{language} precision {count.precision:.3f}"
    assert count.recall >= recall, f"{language} recall {count.recall:.3f}"


# Issue #17's targets, (precision, recall) of every kind in every language.
TARGETS = (0.95, 0.90)


@pytest.mark.parametrize("source", [0, 1], ids=["gold body", "pipeline"])
@pytest.mark.parametrize("language", ["en", "ko", "es"])
def test_every_kind_meets_the_issue_s_targets(results, source, language):
    counts = results[source][language].exact
    below = {kind: f"{count.precision:.3f} / {count.recall:.3f}" for kind, count in counts.items()
             if kind != "all" and (count.precision < TARGETS[0] or count.recall < TARGETS[1])}
    assert len(counts) == 9 and not below


def test_the_command_prints_both_tables(capsys, monkeypatch):
    shared_path("data", "real-releases")
    evaluation = evaluation_module()
    monkeypatch.setattr(sys, "argv", ["eval_names.py", "--language", "es"])
    assert evaluation.main() == 0
    out = capsys.readouterr().out
    assert "gold body" in out and "pipeline" in out and "overlap" in out
    assert out.count("\nes ") == 2
