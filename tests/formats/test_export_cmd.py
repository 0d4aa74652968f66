"""`termkit export FORMAT`: each format from the term base, to a file or standard output."""

from __future__ import annotations

import gettext

import polib
import pytest
from conftest import make_project, shared_path, validate_tbx
from fixtures.formats.sample_termbase import sample_termbase

from toolkit.formats.csvfile import read_csv
from toolkit.formats.po import read_po
from toolkit.formats.tbx import read_tbx, save_termbase


@pytest.fixture
def project(tmp_path):
    make_project(tmp_path, reference_data=False)
    save_termbase(sample_termbase(), tmp_path / "glossary" / "termbase.tbx")
    return tmp_path


def test_po_to_stdout_is_the_english_to_korean_catalog(termkit, project):
    run = termkit("export", "po", "--lang", "ko", cwd=project)
    assert run.code == 0, run.err
    (project / "ko.po").write_text(run.out, encoding="utf-8")
    catalog = polib.pofile(str(project / "ko.po"))
    assert catalog.metadata["Language"] == "ko"
    assert catalog.find("Central American Integration System", msgctxt="sica").msgstr == "중미통합체제"


def test_korean_source_mo_is_usable_by_gettext(termkit, project):
    target = project / "locales" / "es" / "LC_MESSAGES" / "termkit-ko.mo"
    run = termkit("export", "mo", "--source-lang", "ko", "--lang", "es", "-o", target, cwd=project)
    assert run.code == 0, run.err
    spanish = gettext.translation("termkit-ko", project / "locales", ["es"])
    assert spanish.pgettext("sica", "중미통합체제") == "Sistema de la Integración Centroamericana"


def test_pot_has_no_translations(termkit, project):
    run = termkit("export", "pot", "-o", project / "termkit.pot", "--termbase", project / "glossary" / "termbase.tbx")
    assert run.code == 0, run.err
    template = polib.pofile(str(project / "termkit.pot"))
    assert len(template) == 4 and all(entry.msgstr == "" for entry in template)


@pytest.mark.parametrize("fmt,suffix", [("tbx", "tbx"), ("tbx2", "tbx")])
def test_tbx_exports_keep_the_chosen_languages(termkit, project, fmt, suffix):
    out = project / f"en-es.{suffix}"
    run = termkit("export", fmt, "--lang", "en", "--lang", "es", "-o", out, cwd=project)
    assert run.code == 0, run.err
    base = read_tbx(out)
    assert base.languages() == ["en", "es"]
    assert base.get("sica").preferred("es").text == "Sistema de la Integración Centroamericana"


def test_csv_and_tsv_exports_reimport(termkit, project):
    for name in ("glossary.csv", "glossary.tsv"):
        run = termkit("export", "csv", "-o", project / name, cwd=project)
        assert run.code == 0, run.err
        assert read_csv(project / name).get("sica").preferred("ko").text == "중미통합체제"
    assert b"\t" in (project / "glossary.tsv").read_bytes().splitlines()[0]


def test_po_export_reimports(termkit, project):
    termkit("export", "po", "--lang", "es", "-o", project / "es.po", cwd=project)
    assert read_po(project / "es.po").get("mofa-korea").preferred("es").text == "Ministerio de Relaciones Exteriores"


def test_html_export_is_one_page(termkit, project):
    run = termkit("export", "html", "-o", project / "glossary.html", cwd=project)
    assert run.code == 0, run.err
    assert "중미통합체제" in (project / "glossary.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("args,message", [
    (["po"], "exactly one --lang"),
    (["po", "--lang", "ko", "--lang", "es"], "exactly one --lang"),
    (["mo", "--lang", "ko"], "give -o PATH"),
    (["xliff"], "xliff"),
])
def test_usage_errors_exit_2(termkit, project, args, message):
    run = termkit("export", *args, cwd=project)
    assert run.code == 2
    assert message in run.err


def test_missing_term_base_is_one_line_exit_2(termkit, tmp_path):
    run = termkit("export", "tbx", "--termbase", tmp_path / "nope.tbx", cwd=tmp_path)
    assert run.code == 2
    assert run.err.startswith("termkit: ") and run.err.count("\n") == 1


def test_weblate_glossary_imports_and_exports_as_valid_tbx_with_every_korean_term(termkit, tmp_path):
    source = shared_path("data", "weblate-glossary", "ko.tbx")
    base = tmp_path / "glossary" / "termbase.tbx"
    assert termkit("import", source, "--termbase", base, "--accept-all").code == 0
    out = tmp_path / "x.tbx"
    run = termkit("export", "tbx", "-o", out, "--termbase", base)
    assert run.code == 0, run.err
    korean = read_tbx(base).term_count()["ko"]
    assert korean > 200
    assert read_tbx(out).term_count()["ko"] == korean
    result = validate_tbx(out)
    assert result.returncode == 0, result.stdout + result.stderr
