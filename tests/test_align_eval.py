"""The aligner on NTREX-128 news (needs ../shared): precision on the hand-checked sample.

tests/eval/eval_ntrex.py prints the full figures (precision and recall); the judgements are
in tests/eval/gold/ntrex_checked.tsv, the recall gold in tests/eval/gold/ntrex_first200.tsv.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest

from conftest import ROOT, shared_path

pytestmark = pytest.mark.shared


def test_precision_on_the_checked_sample_is_at_least_0_9():
    shared_path("data", "ntrex", "NTREX-128")
    spec = importlib.util.spec_from_file_location("ntrex_eval", ROOT / "tests" / "eval" / "eval_ntrex.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    _, _, found = module.run()
    figures = module.measure(found)
    assert figures["checked"] >= 100
    assert figures["precision_in_kinds"] >= 0.9
