"""The aligner on NTREX-128 news (needs ../shared): precision on the hand-checked sample.

tests/eval/eval_ntrex.py prints the full figures (precision and recall); the judgements are
in tests/eval/gold/ntrex_checked.tsv, the recall gold in tests/eval/gold/ntrex_first200.tsv.
"""

from __future__ import annotations

import pytest

from conftest import ROOT, load_module, shared_path

pytestmark = pytest.mark.shared


def test_precision_on_the_checked_sample_is_at_least_0_9():
    shared_path("data", "ntrex", "NTREX-128")
    module = load_module(ROOT / "tests" / "eval" / "eval_ntrex.py")
    _, _, found = module.run()
    figures = module.measure(found)
    assert figures["checked"] >= 100
    assert figures["precision_in_kinds"] >= 0.9
