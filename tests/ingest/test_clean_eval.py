"""`termkit clean` on the real-releases pages (needs ../shared): the floors reached for issue #16.

tests/eval/eval_clean.py prints the figures per language and publisher; the gold is in
tests/eval/gold/real-releases/clean-{en,ko,es}.tsv.
"""

from __future__ import annotations

import pytest

from conftest import ROOT, load_module, shared_path

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def summary():
    shared_path("data", "real-releases", "INDEX.tsv")
    module = load_module(ROOT / "tests" / "eval" / "eval_clean.py")
    return module.Summary.of(module.score_all())


def test_no_chrome_line_is_left_on_any_page(summary):
    assert summary.pages == 62
    assert summary.clean_pages == summary.pages
    assert summary.chrome_lines == 0


def test_no_body_line_is_lost_on_any_page(summary):
    assert summary.lossless_pages == summary.pages
    assert summary.lost_lines == 0


def test_titles_dates_and_departments(summary):
    assert summary.titles_right == summary.pages
    assert summary.dates[0] == summary.dates[1]
    assert summary.departments == (5, 5)
