"""termkit build end to end on a project of parallel releases: propose, review, rebuild."""

from __future__ import annotations

import json
import shutil

import polib
import pytest

from conftest import FIXTURES, make_project, stderr_on_a_terminal
from toolkit.build import build
from toolkit.formats.tbx import read_tbx
from toolkit.project import load_project

ALIGN = FIXTURES / "align"


@pytest.fixture
def project(tmp_path):
    make_project(tmp_path)
    shutil.copytree(ALIGN / "sources", tmp_path / "sources")
    (tmp_path / "glossary").mkdir()
    return tmp_path


def candidates(project) -> list[dict]:
    return json.loads((project / "glossary" / "candidates.json").read_text())["candidates"]


def candidate_with(project, lang: str, text: str) -> dict:
    return next(c for c in candidates(project) if [lang, text] in [t[:2] for t in c["terms"]])


def required_pairs() -> list[tuple[str, str, str, str]]:
    rows = [line.split("\t") for line in (ALIGN / "gold_pairs.tsv").read_text().splitlines()
            if line and not line.startswith(("#", "lang_a"))]
    return [tuple(row[:4]) for row in rows if row[4] == "required"]


def test_build_proposes_the_name_pairs_of_parallel_releases(project, termkit):
    result = termkit("build", "--project", project)
    assert result.code == 0, result.err
    assert "6 release(s)" in result.out
    proposed = [{(t[0], t[1]) for t in c["terms"]} for c in candidates(project)]
    missing = [pair for pair in required_pairs()
               if not any({(pair[0], pair[1]), (pair[2], pair[3])} <= terms for terms in proposed)]
    assert required_pairs() and missing == []
    text = (project / "glossary" / "candidates.json").read_text()
    assert str(project) not in text  # evidence is project-relative, so clones agree


def test_pending_candidates_are_fuzzy_in_catalogs_and_absent_from_the_curated_base(project, termkit):
    termkit("build", "--project", project)
    choi = candidate_with(project, "ko", "최종건")
    catalog = polib.pofile(str(project / "locales" / "ko" / "LC_MESSAGES" / "termkit.po"))
    entry = next(e for e in catalog if e.msgstr == "최종건")
    assert entry.fuzzy
    curated = read_tbx(project / "glossary" / "termbase.tbx")
    assert not any(t.text == "최종건" for c in curated.concepts for _, t in c.all_terms())
    assert choi["id"]


def test_accepted_candidates_join_the_base_and_rejected_ones_never_return(project, termkit):
    termkit("build", "--project", project)
    choi = candidate_with(project, "ko", "최종건")["id"]
    others = [c["id"] for c in candidates(project) if c["id"] != choi]
    rejected = others[0]
    assert termkit("review", "--project", project, "accept", choi).code == 0
    assert termkit("review", "--project", project, "reject", rejected).code == 0
    assert termkit("build", "--project", project).code == 0
    curated = read_tbx(project / "glossary" / "termbase.tbx")
    korean = [t for c in curated.concepts for lang, t in c.all_terms() if t.text == "최종건"]
    assert korean and not korean[0].is_candidate
    assert any(source.startswith("sources/") for source in korean[0].sources)
    assert rejected not in [c["id"] for c in candidates(project)]
    assert choi not in [c["id"] for c in candidates(project)]
    catalog = polib.pofile(str(project / "locales" / "ko" / "LC_MESSAGES" / "termkit.po"))
    assert not next(e for e in catalog if e.msgstr == "최종건").fuzzy


def test_build_is_byte_identical_when_run_again(project, termkit):
    termkit("build", "--project", project)
    snapshot = {p: p.read_bytes() for p in project.rglob("*") if p.is_file() and ".cache" not in p.parts}
    again = termkit("build", "--project", project)
    assert "0 file(s) written" in again.out
    assert {p: p.read_bytes() for p in snapshot} == snapshot


@pytest.mark.parametrize(("row", "message"), [
    ("en_roundtable.txt", "at least two versions"),
    ("en_roundtable.txt\tko_typo.txt", "no such release: ko_typo.txt"),
    ("a\tb\tc\td", "4 cells for 3 languages"),
])
def test_a_malformed_pairs_file_is_one_line_with_its_line(project, termkit, row, message):
    pairs = project / "sources" / "pairs.tsv"
    pairs.write_text("en\tko\tes\n" + row + "\n", encoding="utf-8")
    result = termkit("build", "--project", project)
    assert result.code == 2
    assert result.err.startswith(f"termkit: {pairs}:2: ") and message in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert not (project / "glossary" / "termbase.tbx").exists()


def test_a_build_with_nothing_to_do_redoes_nothing_but_notices_a_touched_output(project, monkeypatch):
    """The second build reads its record (toolkit.stamp) instead of cleaning, extracting and
    aligning again; an output a person edited or deleted is rewritten."""
    from toolkit import build as build_module

    first = build(load_project(project))
    assert first.written
    calls = []
    monkeypatch.setattr(build_module, "propose", lambda *a, **k: calls.append(a) or pytest.fail("aligned again"))
    second = build(load_project(project))
    assert second.written == [] and calls == []
    assert second.summary == first.summary and second.notices == first.notices
    monkeypatch.undo()
    catalog = project / "locales" / "ko" / "LC_MESSAGES" / "termkit.po"
    original = catalog.read_bytes()
    catalog.write_bytes(original.replace(b"msgstr", b"msgstr ", 1))
    third = build(load_project(project))
    assert catalog in third.written and catalog.read_bytes() == original
    (project / "sources" / "en_new.txt").write_text("The Korea-SICA Summit was held.\n", encoding="utf-8")
    fourth = build(load_project(project))
    assert first.summary.startswith("6 release(s)") and fourth.summary.startswith("7 release(s)")


def test_build_leaves_the_indexes_of_lookup_and_check_built(termkit, project, monkeypatch):
    """Indexes are built when the base is written, so the first look-up or check after a
    build reads them instead of building them."""
    monkeypatch.delenv("TERMKIT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(project.parent / "user-cache"))
    assert termkit("build", cwd=project).code == 0
    from toolkit.index import loader
    from toolkit.index import lookup as lookup_module

    def refuse(*args, **kwargs):
        pytest.fail("an index was built again after build")

    monkeypatch.setattr(lookup_module.LookupIndex, "plain_from_termbase", refuse)
    monkeypatch.setattr(loader.NearMissIndex, "from_termbase", refuse)
    assert termkit("lookup", "Panama", cwd=project).code == 0
    (project / "note.txt").write_text("The MIKTA Retreat was held.\n")
    assert termkit("check", "note.txt", cwd=project).code in (0, 1)


@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"inputs": 3, "outputs": []}', b"\x00\xff" * 40])
def test_a_damaged_build_record_only_costs_a_full_build(project, damage):
    from toolkit import stamp

    first = build(load_project(project))
    (project / stamp.RECORD).write_bytes(damage)
    again = build(load_project(project))
    assert again.summary == first.summary and again.written == []
    assert json.loads((project / stamp.RECORD).read_text())["summary"] == first.summary


def test_build_tells_its_progress_step_by_step_and_nothing_when_there_is_nothing_to_do(project):
    from toolkit.build import STEPS

    steps: list[str] = []
    build(load_project(project), steps.append)
    assert steps == list(STEPS)
    again: list[str] = []
    build(load_project(project), again.append)
    assert again == []


def test_progress_shows_on_a_terminal_and_not_when_piped_or_quiet(project):
    import subprocess
    import sys

    shown = stderr_on_a_terminal(["build"], project)
    assert b"termkit build" in shown and b"aligning names" in shown and b"100%" in shown
    (project / "sources" / "en_more.txt").write_text("The Korea-SICA Summit was held.\n", encoding="utf-8")
    assert b"aligning names" not in stderr_on_a_terminal(["build", "--quiet"], project)
    (project / "sources" / "en_more.txt").write_text("The MIKTA Retreat was held.\n", encoding="utf-8")
    piped = subprocess.run([sys.executable, "-m", "toolkit", "build"], cwd=project, capture_output=True, timeout=300)
    assert piped.returncode == 0 and b"aligning names" not in piped.stderr and b"%" not in piped.stderr
