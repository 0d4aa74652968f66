"""termkit.toml marks a project: found from any subfolder, made by `termkit init`, and
writing commands refuse to run outside one."""

from __future__ import annotations

import pytest

from conftest import make_project
from toolkit.project import CONFIG_FILE, find_project, init_project, load_project


def test_init_makes_an_empty_project_that_build_accepts(termkit, tmp_path):
    run = termkit("init", tmp_path / "glossary-project")
    assert run.code == 0, run.err
    root = tmp_path / "glossary-project"
    assert (root / CONFIG_FILE).is_file() and (root / "sources").is_dir() and (root / "glossary").is_dir()
    project = load_project(root)
    assert project.languages == ("en", "ko", "es") and project.reference_data
    built = termkit("build", cwd=root / "sources")
    assert built.code == 0, built.err
    assert (root / "locales" / "ko" / "LC_MESSAGES" / "termkit.po").exists()


def test_init_never_overwrites_a_project(termkit, tmp_path):
    make_project(tmp_path)
    (tmp_path / CONFIG_FILE).write_text('languages = ["en", "es"]\n')
    run = termkit("init", tmp_path)
    assert run.code == 2 and "already" in run.err
    assert (tmp_path / CONFIG_FILE).read_text() == 'languages = ["en", "es"]\n'


@pytest.mark.parametrize("command", [["build"], ["review"], ["import", "x.tbx"]])
def test_writing_commands_refuse_to_run_outside_a_project(termkit, tmp_path, command):
    (tmp_path / "x.tbx").write_text("<tbx/>")
    run = termkit(*command, cwd=tmp_path)
    assert run.code == 2
    assert "termkit init" in run.err and "Traceback" not in run.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.tbx"], "nothing is created outside a project"


def test_reading_commands_outside_a_project_point_to_termbase(termkit, tmp_path):
    run = termkit("lookup", "SICA", cwd=tmp_path)
    assert run.code == 2 and "--termbase" in run.err


def test_commands_find_the_project_from_a_subfolder(tmp_path):
    make_project(tmp_path)
    deep = tmp_path / "sources" / "2024" / "ko"
    deep.mkdir(parents=True)
    assert find_project(deep).root == tmp_path.resolve()
    assert find_project(tmp_path.parent) is None or find_project(tmp_path.parent).root != tmp_path.resolve()


def test_settings_set_languages_paths_and_domains(termkit, tmp_path):
    (tmp_path / CONFIG_FILE).write_text(
        'languages = ["en", "es"]\n[paths]\nlocales = "po"\n[catalogs.domains]\nen = "names"\n'
    )
    (tmp_path / "glossary").mkdir()
    run = termkit("build", cwd=tmp_path)
    assert run.code == 0, run.err
    assert (tmp_path / "po" / "es" / "LC_MESSAGES" / "names.po").exists()
    assert not (tmp_path / "po" / "ko").exists()
    assert not (tmp_path / "glossary" / "termkit.en-ko.tbx").exists()


@pytest.mark.parametrize("text,message", [
    ("languages = [\"en\"]\nreference = \n", f"{CONFIG_FILE}:2: not valid TOML"),
    ("[paths]\nsources = [\"a\"\n", f"{CONFIG_FILE}:2: not valid TOML"),
    ("colour = true\n", "unknown setting 'colour'"),
    ("[paths]\nsources = \"/abs\"\n", "must be a folder relative to the project"),
    ("[check]\nfail-on = \"never\"\n", "fail-on must be one of"),
    ("[check]\ndisable = [\"TK999\"]\n", "unknown rule 'TK999'"),
])
def test_a_bad_settings_file_is_one_line_and_exit_2(termkit, tmp_path, text, message):
    (tmp_path / CONFIG_FILE).write_text(text)
    (tmp_path / "release.txt").write_text("The Central American Integration System met.\n")
    run = termkit("check", "release.txt", "--termbase", "base.tbx", cwd=tmp_path)
    assert run.code == 2
    assert message in run.err and len(run.err.strip().splitlines()) == 1


def test_check_rules_and_severities_come_from_the_project(termkit, tmp_path):
    from toolkit.formats.tbx import save_termbase
    from toolkit.model.termbase import Concept, Term, TermBase

    base = TermBase(concepts=[Concept("org-sica", subject="organization", terms={"en": [
        Term("Central American Integration System", status="preferred"),
        Term("Central American Integration Organization", status="deprecated"),
    ]})])
    save_termbase(base, tmp_path / "glossary" / "termbase.tbx")
    (tmp_path / "release.txt").write_text("The Central American Integration Organization met.\n")
    make_project(tmp_path, reference_data=False)
    assert termkit("check", "release.txt", cwd=tmp_path).code == 1
    (tmp_path / CONFIG_FILE).write_text('[termbase]\nreference-data = false\n[check.severity]\nTK101 = "info"\n')
    quiet = termkit("check", "release.txt", cwd=tmp_path)
    assert quiet.code == 0 and "TK101" in quiet.out
    (tmp_path / CONFIG_FILE).write_text('[termbase]\nreference-data = false\n[check]\ndisable = ["TK101"]\n')
    assert "TK101" not in termkit("check", "release.txt", cwd=tmp_path).out


def test_init_library_call_refuses_a_file_in_the_way(tmp_path):
    from toolkit.errors import InputError

    (tmp_path / "taken").write_text("a file")
    with pytest.raises(InputError):
        init_project(tmp_path / "taken")
