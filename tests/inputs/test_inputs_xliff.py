"""termkit check on XLIFF 1.2/2.x and TMX: every real CAT sample reads; a term planted in a
copy lands on its unit and file line; --fix rewrites only that target text and Translate
Toolkit still reads the file."""

from __future__ import annotations

import re
import shutil

import pytest

from conftest import FIXTURES, shared_path

BASE = FIXTURES / "inputs" / "base.csv"
SAMPLES = "data", "cat-formats"
XLIFF_SAMPLES = [
    "angular_orcid_messages.es.xlf", "angular_orcid_messages.ko.xlf", "maxprograms-javapm_SF-12-Test02.xlf",
    "memoq_test_document.mqxliff", "okapi_docxsegtest.docx.xlf", "openxliff_OpenXLIFF_Java_es.xlf",
    "openxliff_terminology.docx.xlf", "phrase-memsource_SpotCheck-en_us-es_419.xlf", "symfony_validators.es.xlf",
    "trados-studio_Supervertaler_DOCX_Advanced_Test_Document.nl-NL.sdlxliff",
    "trados-worldserver_okapi_intro_test15977.sdlxliff", "worldserver_test1_es.xlf",
    "xcode-pontoon_focus-ios_es-MX.xliff", "xcode-pontoon_focus-ios_ko.xliff",
]
TMX_SAMPLES = [
    "lisa-compkit_ImportTest1C.tmx", "omegat_OmegaT_3.5.2_L10N_Antonio-omegat.tmx",
    "omegat_openchain-curriculum-kr-level2.tmx", "omegat_openchain-spec-kr-level2.tmx",
    "openxliff_OpenXLIFF_Java_es.tmx", "trados-studio_Sample.tmx", "trados-workbench_WorkbenchFlavor.utf16.tmx",
    "uplug-opus_gnome_en-es.tmx",
]


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TERMKIT_CACHE_DIR", str(tmp_path / "cache"))


def copy(tmp_path, folder, name):
    target = tmp_path / name
    shutil.copyfile(shared_path(*SAMPLES, folder, name), target)
    return target


def plant(path, before: str, after: str, encoding="utf-8") -> int:
    """Replace the first `before` in the file; the 1-based line it is on."""
    data = path.read_bytes()
    text = data.decode(encoding)
    index = text.index(before)
    path.write_bytes(text.replace(before, after, 1).encode(encoding))
    return text.count("\n", 0, index) + 1


@pytest.mark.shared
@pytest.mark.parametrize("name", XLIFF_SAMPLES)
def test_every_real_xliff_sample_reads_with_units_named(name):
    from toolkit.inputs.xliff import read_xliff

    checked = read_xliff(shared_path(*SAMPLES, "xliff", name))
    assert checked.segments and len(checked.places) == len(checked.segments)
    assert all(place.label.startswith("unit ") for place in checked.places)
    assert "<" not in "".join(segment.text for segment in checked.segments[:50])


@pytest.mark.shared
@pytest.mark.parametrize("name", TMX_SAMPLES)
def test_every_real_tmx_sample_reads_as_pairs(name):
    from toolkit.inputs.tmx import read_tmx

    path = shared_path(*SAMPLES, "tmx", name)
    checked = read_tmx(path)
    srclang = re.search(r'srclang="([A-Za-z]+)', path.read_bytes().decode("utf-16" if "utf16" in name else "utf-8"))
    assert checked.pairs and {pair.source.lang for pair in checked.pairs} == {srclang[1].lower()}
    assert len(checked.segments) == len(checked.pairs)


@pytest.mark.shared
def test_inline_codes_are_out_of_the_text_but_positions_stay_in_the_file():
    from toolkit.inputs.xliff import read_xliff

    path = shared_path(*SAMPLES, "xliff", "trados-studio_Supervertaler_DOCX_Advanced_Test_Document.nl-NL.sdlxliff")
    checked = read_xliff(path)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    for segment in checked.segments:
        for index in (0, len(segment.text) - 1):
            line, column = segment.positions[index]
            if segment.text[index] not in "&<>\"'":
                assert lines[line - 1][column - 1] == segment.text[index]


@pytest.mark.shared
def test_planted_term_in_xliff_12_names_unit_and_line_and_is_fixed(termkit, tmp_path):
    from translate.storage import factory

    path = copy(tmp_path, "xliff", "angular_orcid_messages.es.xlf")
    line = plant(path, "<target>Verifique su cuenta ORCID</target>",
                 "<target>Verifique su cuenta ORCID ante el Ministerio de Relaciones Exteriores y Comercio</target>")
    original = path.read_bytes()
    run = termkit("check", path, "--termbase", BASE)
    assert run.code == 1
    assert f"{path}:{line}:" in run.out and "[unit 34ffe29756a4433b9d5b883db26413783e1c08d9]" in run.out
    fixed = termkit("check", path, "--termbase", BASE, "--fix")
    assert "fixed 1 finding(s)" in fixed.err and fixed.code == 0
    assert path.read_bytes() == original.replace(b" y Comercio</target>", b"</target>", 1)
    store = factory.getobject(str(path))
    unit = next(unit for unit in store.units if unit.getid().endswith("34ffe29756a4433b9d5b883db26413783e1c08d9"))
    assert unit.target == "Verifique su cuenta ORCID ante el Ministerio de Relaciones Exteriores"
    assert len(store.units) == len(factory.getobject(str(shared_path(*SAMPLES, "xliff", path.name))).units)


@pytest.mark.shared
def test_planted_term_in_xliff_2_names_unit_and_segment(termkit, tmp_path):
    path = copy(tmp_path, "xliff", "openxliff_OpenXLIFF_Java_es.xlf")
    line = plant(path, ">Versión de XLIFF incorrecta</target>",
                 ">Versión de XLIFF incorrecta del Ministerio de Relaciones Exteriores y Comercio</target>")
    run = termkit("check", path, "--termbase", BASE)
    assert f"{path}:{line}:" in run.out and "[unit 0 segment 0]" in run.out


@pytest.mark.shared
def test_korean_target_with_particle_and_source_only_units(termkit, tmp_path):
    ko = copy(tmp_path, "xliff", "xcode-pontoon_focus-ios_ko.xliff")
    line = plant(ko, "<target>브라우징 세션 지우기</target>", "<target>외교통상부가 브라우징 세션 지우기</target>")
    run = termkit("check", ko, "--termbase", BASE)
    assert f"{ko}:{line}:" in run.out and "[unit Intents.Erase.Description]" in run.out and "외교부" in run.out
    source_only = copy(tmp_path, "xliff", "memoq_test_document.mqxliff")  # targets empty: the source is checked
    line = plant(source_only, "Biagio Pagano", "Biagio Pagano, Ministry of Foreign Affairs and Trade")
    run = termkit("check", source_only, "--termbase", BASE, "--fix")
    assert f":{line}:" in run.out and "[unit 1, source (no translation yet)]" in run.out
    assert "fixed 0 finding(s)" in run.err  # never rewrites the client's source


@pytest.mark.shared
def test_fix_escapes_markup_in_the_replacement(termkit, tmp_path):
    from translate.storage import factory

    base = tmp_path / "base.csv"
    base.write_text("id,en,en info,en variants\nrd,R&D <unit>,\"fullForm, preferred\","
                    "\"Research Unit [fullForm, deprecated]\"\n", encoding="utf-8")
    path = copy(tmp_path, "xliff", "symfony_validators.es.xlf")
    plant(path, "<target>Este valor debería ser falso.</target>", "<target>Research Unit dice falso.</target>")
    termkit("check", path, "--termbase", base, "--fix")
    targets = [unit.target for unit in factory.getobject(str(path)).units]
    assert "R&D <unit> dice falso." in targets


@pytest.mark.shared
def test_tmx_findings_name_the_tu_and_its_line(termkit, tmp_path):
    path = copy(tmp_path, "tmx", "omegat_openchain-spec-kr-level2.tmx")
    line = plant(path, "이 문서는 OpenChain Project의 공식 번역본입니다.", "이 문서는 외교통상부의 공식 번역본입니다.")
    run = termkit("check", path, "--termbase", BASE, "--fix")
    assert f"{path}:{line}:20: TK101" in run.out  # 8 spaces, <seg>, "이 문서는 " and "[TU 1 (line 7), KO]" in run.out
    assert "fixed 0 finding(s)" in run.err


@pytest.mark.shared
def test_tmx_11_lang_and_utf16(termkit, tmp_path):
    legacy = copy(tmp_path, "tmx", "omegat_OmegaT_3.5.2_L10N_Antonio-omegat.tmx")
    line = plant(legacy, "OmegaT es una herramienta", "El Ministerio de Relaciones Exteriores y Comercio es una herramienta")
    assert f"{legacy}:{line}:" in termkit("check", legacy, "--termbase", BASE).out
    utf16 = copy(tmp_path, "tmx", "trados-workbench_WorkbenchFlavor.utf16.tmx")
    line = plant(utf16, "Dies ist ein einfacher Test.", "Dies ist ein Ministry of Foreign Affairs and Trade Test.", "utf-16")
    run = termkit("check", utf16, "--termbase", BASE)
    assert f"{utf16}:{line}:" in run.out and "[TU 1 (line 51), DE-DE]" in run.out


@pytest.mark.parametrize("content, message", [
    (b"<xliff version='1.2'><file><body><trans-unit id='1'><source>a</source></trans-unit>", "malformed XML"),
    (b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'b'>]><xliff/>", "declares entities"),
    (b"<tmx version='1.4'/>", "not XLIFF"),
])
def test_malformed_or_hostile_xliff_is_one_line_exit_2(termkit, tmp_path, content, message):
    path = tmp_path / "bad.xlf"
    path.write_bytes(content)
    run = termkit("check", path, "--termbase", BASE)
    assert run.code == 2 and message in run.err and str(path) in run.err and "Traceback" not in run.err
    assert len(run.err.strip().splitlines()) == 1


def test_phrase_mxliff_written_by_its_published_structure(termkit, tmp_path):
    """No real .mxliff was found: tests/fixtures/inputs/phrase_release.mxliff follows Phrase's
    structure. Its {1>…<1} tag markers are not words; the machine-translation alt-trans is
    not the translation and is not checked."""
    path = tmp_path / "release.mxliff"
    shutil.copyfile(FIXTURES / "inputs" / "phrase_release.mxliff", path)
    run = termkit("check", path, "--termbase", BASE)
    assert run.out.splitlines()[0] == (
        f"{path}:8:22: TK101 '외교통상부' is a superseded term; the base's preferred term is '외교부' "
        "[unit kZ3pYq7Lw0:0] → 외교부")
    assert "1 finding" in run.out
    termkit("check", path, "--termbase", BASE, "--fix")
    from translate.storage.xliff import xlifffile

    assert xlifffile.parsefile(str(path)).units[0].target == "{1>외교부는<1} 성명을 발표했다."


@pytest.mark.parametrize("encoding, bom, fixed", [("utf-16-le", b"\xff\xfe", True), ("utf-16-be", b"\xfe\xff", False)])
def test_utf16_xliff_is_checked_and_fixed_only_when_it_can_be_written_back_byte_for_byte(
        termkit, tmp_path, encoding, bom, fixed):
    text = ('<?xml version="1.0" encoding="UTF-16"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
            '<file source-language="en" target-language="ko" datatype="plaintext" original="r"><body>\n'
            '<trans-unit id="t1"><source>The ministry</source><target>외교통상부</target></trans-unit>\n'
            '</body></file></xliff>\n')
    path = tmp_path / "utf16.xlf"
    path.write_bytes(bom + text.encode(encoding))
    run = termkit("check", path, "--termbase", BASE, "--fix")
    assert f"fixed {int(fixed)} finding(s)" in run.err
    after = path.read_bytes()
    assert after == bom + (text.replace("외교통상부", "외교부") if fixed else text).encode(encoding)
    if not fixed:
        assert f"{path}:3:58: TK101 '외교통상부'" in run.out and "[unit t1]" in run.out
