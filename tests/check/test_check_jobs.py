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


@pytest.mark.parametrize("output", ["text", "json"])
def test_one_big_file_is_searched_in_blocks_by_the_jobs_with_the_output_of_one(termkit, tmp_path, monkeypatch, output):
    """TK104 and TK106 look across the whole file, so blocks must only share out the search."""
    from toolkit.check import engine

    monkeypatch.setenv("TERMKIT_CACHE_DIR", str(tmp_path / "cache"))
    pages = sorted(CHECK.glob("*.txt")) + sorted(SHIPPED.glob("*.txt"))
    big = tmp_path / "archive.txt"
    big.write_text("\n\n".join(page.read_text(encoding="utf-8") for page in pages) * 3, encoding="utf-8")
    searched = []
    monkeypatch.setattr(engine, "BLOCKS_FROM_CHARS", 1000)
    monkeypatch.setattr(engine, "_found_in_blocks", lambda *args, real=engine._found_in_blocks: searched.append(1) or real(*args))
    args = ["check", big, "--termbase", GLOSSARY, "--format", output, "--enable", "TK106"]
    one = termkit(*args, "--jobs", "1", cwd=ROOT)
    many = termkit(*args, "--jobs", "3", cwd=ROOT)
    assert searched == [1]
    assert one.code == many.code == 1 and one.out == many.out and "TK104" in one.out and "TK103" in one.out


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_folder_is_checked_file_by_file_keeping_none_of_them(shipped_base, tmp_path, jobs):
    """An archive of any size is checked in bounded memory: each file's findings are placed as
    it is done and the file is let go (job processes send back findings only); --fix and
    --diff, which rewrite files, still get them."""
    from toolkit.check.engine import check_files, check_paths
    from toolkit.inputs import with_places

    for number, page in enumerate(sorted(CHECK.glob("*.txt")) * 2):
        (tmp_path / f"{number:02d}-{page.name}").write_bytes(page.read_bytes())
    plain = check_paths([tmp_path], shipped_base, jobs=jobs)
    kept = check_paths([tmp_path], shipped_base, jobs=jobs, keep_files=True)
    expected, files = with_places(*check_files([tmp_path], shipped_base, jobs=jobs))
    assert plain.files == [] and plain.checked == len(files) == len(list(tmp_path.glob("*.txt")))
    assert [file.path for file in kept.files] == [file.path for file in files]
    assert plain.findings == kept.findings == expected and expected
