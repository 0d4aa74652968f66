"""Build's proposals on the real releases (needs ../shared): the levels reached, as floors.

tests/eval/eval_proposals.py prints every proposal with its verdict; the judgements are in
tests/eval/gold/proposals-judgements.tsv. Issue #17's target is at least 90% correct and at
least half pairing two languages; a proposal nobody judged counts as not correct.
"""

from __future__ import annotations

import pytest

from conftest import ROOT, load_module, shared_path

pytestmark = pytest.mark.shared


@pytest.mark.parametrize("empty_base, correct, multilingual", [(False, 0.96, 0.53), (True, 0.96, 0.55)])
def test_proposals_on_the_real_pages_are_correct_and_mostly_multilingual(empty_base, correct, multilingual):
    pages = shared_path("data", "real-releases")
    module = load_module(ROOT / "tests" / "eval" / "eval_proposals.py")
    figures = module.measure(module.run(pages, empty_base), module.read_judgements())
    assert figures.count() >= 25
    assert figures.correct() >= correct, module.report(figures, "proposals")
    assert figures.multilingual() >= multilingual, module.report(figures, "proposals")
