"""`check --jobs N`: files checked by N processes give the output of one (issue #23)."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, shared_path

CHECK = FIXTURES / "check"


@pytest.mark.parametrize("output", ["text", "json", "sarif"])
def test_jobs_give_the_output_of_one_process(termkit, output):
    one = termkit("check", CHECK, "--termbase", CHECK / "seed_base.csv", "--format", output, "--jobs", "1")
    many = termkit("check", CHECK, "--termbase", CHECK / "seed_base.csv", "--format", output, "--jobs", "3")
    assert one.code == many.code == 1 and one.out == many.out and one.out


def test_jobs_on_the_real_pages_with_the_shipped_glossary(termkit):
    pages = shared_path("data", "real-releases")
    one = termkit("check", pages / "en", pages / "ko", pages / "es", "--format", "json", "--jobs", "1")
    many = termkit("check", pages / "en", pages / "ko", pages / "es", "--format", "json", "--jobs", "2")
    assert one.out == many.out and '"findings"' in one.out
