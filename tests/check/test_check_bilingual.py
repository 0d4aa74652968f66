"""TK201: a source's terms must have equivalents in the aligned translation (releases and PO),
checked with the glossary as shipped (the `shipped_base` fixture of tests/check/conftest.py)."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from toolkit.check.bitext import align
from toolkit.check.engine import check_files
from toolkit.check.inputs import read_input
from toolkit.formats import read_any

CHECK = FIXTURES / "check"

def summary(found):
    return [(f.line, f.column, f.end_column, f.rule, f.found, f.suggestion) for f in found]


MISSING_IN_TRANSLATION = [
    # second sentence of paragraph 1: the translation dropped "on the Korean Peninsula"
    (11, 155, 219, "TK201", "한반도 평화 프로세스", "peace process on the Korean Peninsula"),
    # paragraph 2: "The Ministry" and "the Central American Bank" are not the base's names
    (14, 1, 81, "TK201", "외교부", "Ministry of Foreign Affairs"),
    (14, 1, 81, "TK201", "중미경제통합은행", "Central American Bank for Economic Integration"),
]


def test_translation_missing_names_of_the_korean_source(shipped_base):
    found, _ = check_files([CHECK / "en_translation.txt"], shipped_base, source=CHECK / "ko_source.txt")
    assert summary(found) == MISSING_IN_TRANSLATION
    peace = next(f for f in found if f.found == "한반도 평화 프로세스")
    assert peace.message.startswith(f"'한반도 평화 프로세스' ({CHECK / 'ko_source.txt'}:13) has no equivalent here")


def test_a_ministry_heading_a_title_is_not_a_missing_ministry(shipped_base, tmp_path):
    """외교부 차관 renders as "Vice Minister of Foreign Affairs": the title, not the ministry;
    외교부 on its own still wants its equivalent."""
    source, target = tmp_path / "ko.txt", tmp_path / "en.txt"
    source.write_text("보도자료\n\n외교부 차관은 회담을 가졌다.\n\n외교부는 협력을 확대한다.\n", encoding="utf-8")
    target.write_text("Press Releases\n\nThe Vice Minister of Foreign Affairs held talks.\n\n"
                      "The Ministry will expand cooperation.\n", encoding="utf-8")
    found, _ = check_files([target], shipped_base, source=source)
    assert [(f.rule, f.line, f.found) for f in found] == [("TK201", 5, "외교부")]


def test_a_faithful_translation_gives_no_findings(shipped_base, tmp_path):
    faithful = tmp_path / "en.txt"
    text = (CHECK / "en_translation.txt").read_text(encoding="utf-8")
    text = text.replace("support for the peace process.", "support for the peace process on the Korean Peninsula.")
    text = text.replace("The Ministry will", "The Ministry of Foreign Affairs will")
    text = text.replace("the Central American Bank.", "the Central American Bank for Economic Integration (CABEI).")
    faithful.write_text(text, encoding="utf-8")
    found, _ = check_files([faithful], shipped_base, source=CHECK / "ko_source.txt")
    assert found == []


def test_spanish_translation_of_an_english_source(shipped_base, tmp_path):
    source = tmp_path / "en.txt"
    source.write_text("Press Releases\n\n1. The Ministry of Foreign Affairs welcomed the SICA delegation.\n\n"
                      "2. The United Nations supported the meeting.\n", encoding="utf-8")
    target = tmp_path / "es.txt"
    target.write_text("Comunicado de prensa\n\n1. El Ministerio de Relaciones Exteriores recibió a la delegación "
                      "del SICA.\n\n2. La ONU apoyó la reunión.\n\n3. Nota del traductor.\n", encoding="utf-8")
    found, _ = check_files([target], shipped_base, source=source)
    assert found == []  # "ONU" is the Spanish acronym of the same concept; paragraphs aligned by number
    target.write_text(target.read_text(encoding="utf-8").replace("La ONU", "La organización"), encoding="utf-8")
    found, _ = check_files([target], shipped_base, source=source)
    assert summary(found) == [(5, 1, 37, "TK201", "United Nations", "Naciones Unidas")]


def test_alignment_falls_back_to_numbered_blocks_then_to_the_whole_text(tmp_path):
    source = tmp_path / "en.txt"
    source.write_text("Press Releases\n\n1. One.\n\n° A bullet.\n\n2. Two.\n", encoding="utf-8")
    by_number = tmp_path / "es.txt"
    by_number.write_text("Comunicado\n\n1. Uno.\n\n2. Dos.\n\n° Una viñeta.\n", encoding="utf-8")
    pairs = align(read_input(source), read_input(by_number))
    assert [[t.text for t in pair.targets] for pair in pairs][-2:] == [["1. Uno."], ["2. Dos.", "° Una viñeta."]]
    whole = tmp_path / "ko.txt"
    whole.write_text("보도자료\n\n□ 하나. 둘.\n", encoding="utf-8")
    (pair,) = align(read_input(source), read_input(whole))
    assert [t.text for t in pair.targets] == [s.text for s in read_input(whole).segments]


def test_catalog_msgstr_is_checked_against_msgid(shipped_base):
    found, _ = check_files([CHECK / "catalog_ko.po"], shipped_base)
    assert summary(found) == [
        (13, 9, 14, "TK101", "외교통상부", "외교부"),
        (21, 9, 15, "TK103", "중미통합체재", "중미통합체제"),
        (25, 9, 20, "TK201", "Deputy Minister for Multilateral and Global Affairs", "다자외교조정관"),
        # a msgstr over quoted lines: each position is on its own line of the entry
        (32, 2, 7, "TK101", "외교통상부", "외교부"),
        (33, 2, 6, "TK102", "국제연합", "유엔"),  # an admitted variant in glossary/
    ]


def test_fuzzy_and_untranslated_entries_are_skipped(shipped_base, tmp_path):
    catalog = tmp_path / "es.po"
    catalog.write_text('msgid ""\nmsgstr ""\n"Language: es\\n"\n\n#, fuzzy\nmsgid "Ministry of Foreign Affairs"\n'
                       'msgstr "Ministerio"\n\nmsgid "United Nations"\nmsgstr ""\n', encoding="utf-8")
    found, _ = check_files([catalog], shipped_base)
    assert found == []


def test_a_catalog_can_disable_a_rule_in_a_translator_comment(shipped_base, tmp_path):
    catalog = tmp_path / "ko.po"
    text = (CHECK / "catalog_ko.po").read_text(encoding="utf-8")
    catalog.write_text("# termkit: disable=TK201\n" + text, encoding="utf-8")
    found, _ = check_files([catalog], shipped_base)
    assert "TK201" not in {f.rule for f in found} and "TK101" in {f.rule for f in found}


@pytest.mark.shared
def test_horizon_korean_catalog_against_the_openstack_glossary():
    """Real data: the glossary says 가용 구역 for "availability zone"; Horizon's catalog often
    writes 가용성 존. Every such entry is reported (entries copied untranslated are not a
    missing term), and the catalog's typos are caught."""
    import polib

    from conftest import shared_path
    from toolkit.index.loader import CheckBase

    root = shared_path("data", "openstack-l10n")
    glossary = root / "i18n/glossary/locale/ko_KR/LC_MESSAGES/glossary.po"
    catalog = root / "horizon/openstack_dashboard/locale/ko_KR/LC_MESSAGES/django.po"
    found, _ = check_files([catalog], CheckBase.from_termbase(read_any(glossary)))

    entries = [e for e in polib.pofile(str(catalog)) if e.translated() and not e.fuzzy and not e.obsolete]
    expected = sum(
        1 for e in entries
        for text in ([e.msgstr] if not e.msgid_plural else [t for t in e.msgstr_plural.values() if t])
        if "availability zone" in e.msgid.lower() and "가용구역" not in "".join(text.split()) and text != e.msgid
    )
    reported = [f for f in found if f.rule == "TK201" and f.suggestion == "가용 구역"]
    assert len(reported) == expected >= 8

    lines = catalog.read_text(encoding="utf-8").split("\n")
    typos = {f.found: f for f in found if f.rule == "TK103"}
    assert typos["인스터스"].suggestion == "인스턴스"
    assert lines[typos["인스터스"].line - 1][typos["인스터스"].column - 1 :].startswith("인스터스")


def test_placeholders_and_markup_in_catalogs_are_not_names(shipped_base, tmp_path):
    catalog = tmp_path / "ko.po"
    catalog.write_text(
        'msgid ""\nmsgstr ""\n"Language: ko\\n"\n\n#, python-format\n'
        'msgid "<b title=\\"United Nations\\">%(MIKTA)s</b> and {MIKTA}"\n'
        'msgstr "<b title=\\"United Nations\\">%(MIKTA)s</b> 및 {MIKTA}"\n\n'
        'msgid "The United Nations"\nmsgstr "<i>유엔</i>"\n',
        encoding="utf-8",
    )
    found, _ = check_files([catalog], shipped_base)
    assert found == []
