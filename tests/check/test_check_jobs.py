"""`check --jobs N`: files checked by N processes give the output of one (issue #23)."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, GLOSSARY, ROOT, SHIPPED, shared_path

CHECK = FIXTURES / "check"


@pytest.mark.parametrize("output", ["text", "json", "sarif"])
def test_jobs_give_the_output_of_one_process(termkit, tmp_path, monkeypatch, output):
    """The check fixtures with the glossary as shipped (in the project: with the reference names)."""
    monkeypatch.setenv("TERMKIT_CACHE_DIR", str(tmp_path / "cache"))
    args = ["check", CHECK, SHIPPED, "--termbase", GLOSSARY, "--format", output]
    one = termkit(*args, "--jobs", "1", cwd=ROOT)
    many = termkit(*args, "--jobs", "3", cwd=ROOT)
    assert one.code == many.code == 1 and one.out == many.out and one.out


def test_jobs_on_the_real_pages_with_the_shipped_glossary(termkit):
    pages = shared_path("data", "real-releases")
    one = termkit("check", pages / "en", pages / "ko", pages / "es", "--format", "json", "--jobs", "1")
    many = termkit("check", pages / "en", pages / "ko", pages / "es", "--format", "json", "--jobs", "2")
    assert one.out == many.out and '"findings"' in one.out
