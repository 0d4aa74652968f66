"""Gettext catalogs: checked by GNU msgfmt, Python's gettext, babel and polib; read back by read_po."""

from __future__ import annotations

import gettext
import shutil
import subprocess

import polib
import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po as babel_read_po
from fixtures.formats.sample_termbase import sample_termbase

from toolkit.errors import InputError
from toolkit.formats import po
from toolkit.formats.outputs import write_standard_outputs
from toolkit.model.termbase import Concept, Term, TermBase

PAIRS = [("en", "ko"), ("en", "es"), ("ko", "en"), ("ko", "es")]


@pytest.fixture
def project(tmp_path):
    write_standard_outputs(sample_termbase(), tmp_path / "glossary", tmp_path / "locales")
    return tmp_path


def catalogs(project):
    return sorted((project / "locales").rglob("*.po")) + sorted((project / "locales").glob("*.pot"))


def test_every_catalog_passes_msgfmt_check(project):
    if not shutil.which("msgfmt"):
        pytest.skip("GNU msgfmt not installed (python3 tasks.py test installs Debian's gettext)")
    pos = sorted((project / "locales").rglob("*.po"))
    assert len(pos) == 4
    for path in pos:
        result = subprocess.run(["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(path)],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        assert "warning" not in result.stderr and "error" not in result.stderr, result.stderr
        assert "translated message" in result.stderr


def test_our_mo_holds_what_msgfmt_compiles_plus_context_free_names(project, tmp_path):
    if not shutil.which("msgfmt"):
        pytest.skip("GNU msgfmt not installed")
    source = project / "locales" / "ko" / "LC_MESSAGES" / "termkit.po"
    compiled = tmp_path / "msgfmt.mo"
    subprocess.run(["msgfmt", "-o", str(compiled), str(source)], check=True)
    ours = {(m.context, m.id, m.string) for m in read_mo(open(source.with_suffix(".mo"), "rb")) if m.id}
    theirs = {(m.context, m.id, m.string) for m in read_mo(open(compiled, "rb")) if m.id}
    assert len(theirs) == 2
    assert theirs <= ours
    assert ours - theirs == {(None, msgid, string) for _, msgid, string in theirs}


def test_plain_gettext_translates_a_name_only_one_concept_uses(project):
    korean = gettext.translation("termkit", project / "locales", ["ko"])
    assert korean.gettext("Central American Integration System") == "중미통합체제"
    from_korean = gettext.translation("termkit-ko", project / "locales", ["en"])
    assert from_korean.gettext("외교부") == "Ministry of Foreign Affairs"


def test_a_homograph_is_translated_only_through_its_concept_id(tmp_path):
    from toolkit.model.termbase import Concept, Term, TermBase

    def ministry(cid: str, korean: str) -> Concept:
        concept = Concept(id=cid, subject="ministry")
        concept.add_term("en", Term("Ministry of Foreign Affairs", "fullForm", "preferred"))
        concept.add_term("ko", Term(korean, "fullForm", "preferred", sources=["test"]))
        return concept

    base = TermBase(concepts=[ministry("mofa-korea", "외교부"), ministry("mofa-panama", "파나마 외교부")])
    messages = tmp_path / "ko" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    (messages / "termkit.mo").write_bytes(po.mo_bytes(base, "en", "ko"))
    korean = gettext.translation("termkit", tmp_path, ["ko"])
    assert korean.gettext("Ministry of Foreign Affairs") == "Ministry of Foreign Affairs"
    assert korean.pgettext("mofa-panama", "Ministry of Foreign Affairs") == "파나마 외교부"
    assert korean.pgettext("mofa-korea", "Ministry of Foreign Affairs") == "외교부"


def test_python_gettext_translates_with_the_concept_id_as_context(project):
    korean = gettext.translation("termkit", project / "locales", ["ko"])
    assert korean.pgettext("sica", "Central American Integration System") == "중미통합체제"
    spanish = gettext.translation("termkit", project / "locales", ["es"])
    assert spanish.pgettext("sica", "Central American Integration System") == "Sistema de la Integración Centroamericana"
    from_korean = gettext.translation("termkit-ko", project / "locales", ["en"])
    assert from_korean.pgettext("mofa-korea", "외교부") == "Ministry of Foreign Affairs"


def test_unreviewed_candidates_are_fuzzy_and_stay_out_of_the_mo(project):
    catalog = polib.pofile(str(project / "locales" / "es" / "LC_MESSAGES" / "termkit.po"))
    candidate = catalog.find("Vice Minister of Foreign Affairs", msgctxt="vice-minister-foreign-affairs")
    assert candidate.msgstr == "Viceministro de Relaciones Exteriores"
    assert "fuzzy" in candidate.flags
    spanish = gettext.translation("termkit", project / "locales", ["es"])
    assert spanish.pgettext("vice-minister-foreign-affairs", "Vice Minister of Foreign Affairs") == "Vice Minister of Foreign Affairs"


def test_babel_and_polib_read_every_catalog_with_the_same_entries(project):
    source_concepts = {"en": 4, "ko": 3}
    for path in catalogs(project):
        by_polib = {(e.msgctxt, e.msgid, e.msgstr, "fuzzy" in e.flags) for e in polib.pofile(str(path))}
        by_babel = {(m.context, m.id, m.string, m.fuzzy) for m in babel_read_po(open(path, "rb")) if m.id}
        assert by_polib == by_babel
        source = "ko" if path.stem == "termkit-ko" else "en"
        assert len(by_polib) == source_concepts[source], path


def test_headers_carry_language_plural_forms_by_policy_and_no_changing_date(project):
    korean = babel_read_po(open(project / "locales" / "ko" / "LC_MESSAGES" / "termkit.po", "rb"))
    assert str(korean.locale) == "ko"
    assert korean.plural_forms == "nplurals=1; plural=0;"
    spanish = polib.pofile(str(project / "locales" / "es" / "LC_MESSAGES" / "termkit-ko.po"))
    assert spanish.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    assert spanish.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert spanish.metadata["X-Source-Language"] == "ko"
    assert spanish.metadata["Project-Id-Version"] == po.PROJECT_ID
    assert spanish.metadata["PO-Revision-Date"] == po.FIXED_DATE


def test_comments_carry_subject_definition_notes_variants_and_references(project):
    entry = polib.pofile(str(project / "locales" / "ko" / "LC_MESSAGES" / "termkit.po")).find(
        "Ministry of Foreign Affairs", msgctxt="mofa-korea")
    assert "subject: ministry" in entry.comment
    assert "ko variant: 외교통상부 [fullForm, superseded]" in entry.comment
    assert "en variant: Ministry of Foreign Affairs and Trade [fullForm, superseded]" in entry.comment
    assert "source: https://www.mofa.go.kr/" in entry.comment
    sica = polib.pofile(str(project / "locales" / "ko" / "LC_MESSAGES" / "termkit.po")).find(
        "Central American Integration System", msgctxt="sica")
    assert sica.occurrences == [("sources/ko/sica-2021.txt", "7")]
    assert "definition: Regional organization of eight Central American countries, launched in 1991." in sica.comment


def test_homographs_get_separate_entries_by_context():
    def ministry(concept_id, korean, sources):
        return Concept(id=concept_id, subject="ministry", terms={
            "en": [Term("Ministry of Foreign Affairs", "fullForm", "preferred", sources=sources)],
            "ko": [Term(korean, "fullForm", "preferred", sources=sources)],
        })
    base = TermBase([ministry("mofa-korea", "외교부", ["https://www.mofa.go.kr/"]),
                     ministry("minex-guatemala", "과테말라 외교부", ["https://www.minex.gob.gt/"])])
    catalog = po.catalog(base, "en", "ko")
    assert [(e.msgctxt, e.msgstr) for e in catalog] == [("minex-guatemala", "과테말라 외교부"), ("mofa-korea", "외교부")]


def test_deprecated_terms_are_never_offered_as_the_translation():
    concept = Concept(id="mofa-korea", terms={
        "en": [Term("Ministry of Foreign Affairs", status="preferred")],
        "ko": [Term("외교통상부", status="superseded"), Term("외교부", status="admitted")],
    })
    (entry,) = po.catalog(TermBase([concept]), "en", "ko")
    assert entry.msgstr == "외교부"


def test_same_input_gives_byte_identical_catalogs():
    first = [po.po_bytes(sample_termbase(), s, t) + po.mo_bytes(sample_termbase(), s, t) for s, t in PAIRS]
    second = [po.po_bytes(sample_termbase(), s, t) + po.mo_bytes(sample_termbase(), s, t) for s, t in PAIRS]
    assert first == second


def _projection(termbase: TermBase, languages):
    """What a catalog carries: concept id, subject, definition, notes, terms with type/status/gender/review."""
    return {
        c.id: (c.subject, c.definition, c.notes, {
            lang: [(t.text, t.term_type, t.status, t.gender, t.review) for t in c.terms.get(lang, [])]
            for lang in languages if c.terms.get(lang)
        })
        for c in termbase.concepts if c.terms.get(languages[0])
    }


@pytest.mark.parametrize("source,target", PAIRS)
def test_read_po_round_trips_what_the_catalog_carries(tmp_path, source, target):
    path = tmp_path / "catalog.po"
    original = sample_termbase()
    po.write_po(original, path, source, target)
    back = po.read_po(path)
    assert _projection(back, [source, target]) == _projection(original, [source, target])
    evidence = {c.id: c.preferred(target).sources for c in back.concepts if c.terms.get(target)}
    sica_target = original.get("sica").preferred(target)
    assert sorted(evidence["sica"]) == sorted(sica_target.sources)
    assert po.po_bytes(back, source, target) == path.read_bytes()


def test_read_po_takes_a_foreign_catalog_without_context(tmp_path):
    path = tmp_path / "foreign.po"
    path.write_text('msgid ""\nmsgstr ""\n"Language: es\\n"\n\n#, fuzzy\nmsgid "Vice Minister"\nmsgstr "Viceministro"\n',
                    encoding="utf-8")
    (concept,) = po.read_po(path).concepts
    assert concept.id == "c-vice-minister"
    assert concept.terms["en"][0].text == "Vice Minister"
    assert concept.terms["es"][0].is_candidate


@pytest.mark.parametrize("content,line", [
    ('msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "b"\nmsgid "c"\n"unterminated\n', 7),
    ('msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "b"\ngarbage here "x"\n', 6),
    ('msgid ""\nmsgstr ""\n\nmsgctxt "x"\nmsgid "a"\nmsgstr "b"\n\nmsgctxt "x"\nmsgid "a"\nmsgstr "c"\n', 8),
])
def test_malformed_po_is_one_line_error_with_line(tmp_path, content, line):
    path = tmp_path / "bad.po"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        po.read_po(path)
    assert caught.value.path == str(path)
    assert "\n" not in str(caught.value)
    if line is not None:
        assert caught.value.line == line


def test_binary_and_non_utf8_files_are_refused(tmp_path):
    mo = tmp_path / "termkit.po"
    mo.write_bytes(po.mo_bytes(sample_termbase(), "en", "ko"))
    with pytest.raises(InputError, match="binary"):
        po.read_po(mo)
    latin = tmp_path / "latin.po"
    latin.write_bytes('msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "Integración"\n'.encode("latin-1"))
    with pytest.raises(InputError) as caught:
        po.read_po(latin)
    assert caught.value.line == 5


def test_header_values_are_termkits_policy_not_the_installed_cldr(monkeypatch):
    """GNU gettext's plural forms (as msginit and Poedit write them), whatever babel says:
    CLDR 46 gives Spanish three forms, and a library upgrade must not change a catalog."""
    import babel.messages.plurals

    def refuse(*args, **kwargs):
        raise AssertionError("catalog headers must not come from babel")

    monkeypatch.setattr(babel.messages.plurals, "get_plural", refuse)
    monkeypatch.setattr(babel.Locale, "parse", refuse)
    spanish = polib.pofile(po.po_bytes(sample_termbase(), "en", "es").decode("utf-8"))
    assert spanish.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    assert spanish.metadata["Language-Team"] == "Spanish" and spanish.metadata["Language"] == "es"
    korean = polib.pofile(po.po_bytes(sample_termbase(), "en", "ko").decode("utf-8"))
    assert korean.metadata["Plural-Forms"] == "nplurals=1; plural=0;"


def test_a_language_without_a_header_policy_is_refused():
    with pytest.raises(InputError, match="no catalog policy for language 'xx'"):
        po.po_bytes(sample_termbase(), "en", "xx")
