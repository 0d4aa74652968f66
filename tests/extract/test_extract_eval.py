"""The acronym finder against gold standards no one here wrote (needs ../shared).

Schwartz & Hearst (PSB 2003) report precision 96% and recall 82% on MEDSTRACT; termkit
must do at least as well there and on their own 1,000-abstract set (BioC revision).
tests/eval/abbreviations.py prints the full table, the Spanish SDU@AAAI-22 set included.
"""

from __future__ import annotations

import pytest

from conftest import ROOT, load_module, shared_path

pytestmark = pytest.mark.shared


def evaluation_module():
    module = load_module(ROOT / "tests" / "eval" / "abbreviations.py")
    return module


@pytest.mark.parametrize("name", ["MEDSTRACT", "Schwartz-Hearst"])
def test_at_least_the_published_figures(name):
    evaluation = evaluation_module()
    gold = shared_path("data", evaluation.BIOC_SETS[name])
    score = evaluation.score_bioc(name, gold)
    precision, recall = evaluation.PUBLISHED[name]
    assert score.gold > 150
    assert score.precision >= precision, f"{name} precision {score.precision:.3f}"
    assert score.recall >= recall, f"{name} recall {score.recall:.3f}"
