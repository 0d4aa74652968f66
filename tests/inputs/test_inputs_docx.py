"""termkit check on Word (.docx) and Hangul (.hwpx): every real sample reads; a term planted
in a copy is reported at its paragraph with its first words; tracked changes read as
accepted; --fix on DOCX changes one text node and python-docx still opens the file."""

from __future__ import annotations

import re
import zipfile

import pytest

from conftest import FIXTURES, shared_path

BASE = FIXTURES / "inputs" / "base.csv"
SAMPLES = "data", "cat-formats"
DOCX_SAMPLES = [
    "omegat-target_openchainspec-1.2-ko.docx", "omegat-target_residencia_Nadal_Completo.es.docx",
    "word-source_openchainspec-1.2-en.docx", "word_OpenChainSpec-2.0_Kor.docx",
    "word_informe-penal_mas-alla-de-los-muros.es-AR.docx", "word_openchain-spec-draft5_comments-revisions.en.docx",
]
HWPX_SAMPLES = [
    "hancom_ChangeTrack.hwpx", "hancom_Table.hwpx", "hancom_gangnam-gu-notice-2023-745.hwpx",
    "hancom_mcst-press-release-2024-01-02.hwpx", "hancom_public-data-standard-2023.hwpx",
]


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TERMKIT_CACHE_DIR", str(tmp_path / "cache"))


def edited_copy(tmp_path, folder, name, part, edit):
    """A copy of a real package with one part's text changed by `edit` (other members as they were)."""
    target = tmp_path / name
    with zipfile.ZipFile(shared_path(*SAMPLES, folder, name)) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == part:
                data = edit(data.decode("utf-8")).encode("utf-8")
            out.writestr(info, data)
    return target


def members(path):
    with zipfile.ZipFile(path) as package:
        return {info.filename: package.read(info) for info in package.infolist()}


@pytest.mark.shared
@pytest.mark.parametrize("name", DOCX_SAMPLES)
def test_every_real_docx_sample_reads_paragraph_by_paragraph(name):
    import docx

    from toolkit.inputs.docx import read_docx

    path = shared_path(*SAMPLES, "docx", name)
    checked = read_docx(path)
    body = [paragraph.text for paragraph in docx.Document(str(path)).paragraphs if paragraph.text.strip()]
    ours = [segment.text for segment in checked.segments]
    # python-docx sees the body's top-level paragraphs; each is one of ours, in the same order
    found = iter(ours)
    assert all(any(text == mine for mine in found) for text in body[:40])
    assert all(re.fullmatch(r'((header|footer|footnote|endnote) )?¶\d+ ".+"', place.label) for place in checked.places)


@pytest.mark.shared
@pytest.mark.parametrize("name", HWPX_SAMPLES)
def test_every_real_hwpx_sample_reads(name):
    from toolkit.inputs.hwpx import read_hwpx

    checked = read_hwpx(shared_path(*SAMPLES, "hwpx", name))
    hangul = [segment for segment in checked.segments if re.search("[가-힣]{2}", segment.text)]
    korean = [segment for segment in hangul if segment.lang == "ko"]  # mixed "WGS(World Geodetic System)84 위도" may not
    assert hangul and len(korean) >= 0.95 * len(hangul)


@pytest.mark.shared
def test_hwpx_tracked_changes_read_as_accepted_and_table_cells_are_paragraphs():
    from toolkit.inputs.hwpx import read_hwpx

    (only,) = read_hwpx(shared_path(*SAMPLES, "hwpx", "hancom_ChangeTrack.hwpx")).segments
    assert only.text == "변경 \t인간은"  # " 추적" was deleted, "인간은" inserted
    table = [segment.text for segment in read_hwpx(shared_path(*SAMPLES, "hwpx", "hancom_Table.hwpx")).segments]
    assert "C반 기말고사" in table and "합계" in table


@pytest.mark.shared
def test_planted_term_in_hwpx_names_paragraph_and_first_words(termkit, tmp_path):
    path = edited_copy(tmp_path, "hwpx", "hancom_gangnam-gu-notice-2023-745.hwpx", "Contents/section0.xml",
                       lambda xml: xml.replace("2023년  3월  24일", "2023년  3월  24일 외교통상부", 1))
    run = termkit("check", path, "--termbase", BASE)
    assert run.code == 1
    assert f"{path}:6:17: TK101 '외교통상부'" in run.out and '[¶6 "2023년 3월 24일 외교통상부"]' in run.out


@pytest.mark.shared
def test_planted_term_in_docx_is_found_in_its_paragraph_and_fixed(termkit, tmp_path):
    import docx

    name = "omegat-target_residencia_Nadal_Completo.es.docx"
    path = edited_copy(tmp_path, "docx", name, "word/document.xml",
                       lambda xml: xml.replace("Gótico sureño", "Gótico sureño del Ministerio de Relaciones Exteriores y Comercio", 1))
    before = members(path)
    run = termkit("check", path, "--termbase", BASE)
    assert run.code == 1
    assert f"{path}:1:19: TK101" in run.out and '[¶1 "Gótico sureño del Ministerio de Relaciones…"]' in run.out
    fixed = termkit("check", path, "--termbase", BASE, "--fix")
    assert "fixed 1 finding(s)" in fixed.err and fixed.code == 0
    after = members(path)
    assert list(after) == list(before)
    assert {name for name in after if after[name] != before[name]} == {"word/document.xml"}
    assert after["word/document.xml"] == before["word/document.xml"].replace(
        "Exteriores y Comercio".encode(), "Exteriores".encode(), 1)
    assert docx.Document(str(path)).paragraphs[0].text.startswith("Gótico sureño del Ministerio de Relaciones Exteriores:")


@pytest.mark.shared
def test_docx_tracked_changes_headers_and_footnotes(termkit, tmp_path):
    name = "word_openchain-spec-draft5_comments-revisions.en.docx"
    deleted = ('<w:del w:id="9001" w:author="t" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>'
               'Ministry of Foreign Affairs and Trade</w:delText></w:r></w:del>')
    inserted = ('<w:ins w:id="9002" w:author="t" w:date="2026-01-01T00:00:00Z"><w:r><w:t xml:space="preserve">'
                'Ministry of Foreign Affairs and Trade </w:t></w:r></w:ins>')
    path = edited_copy(tmp_path, "docx", name, "word/document.xml",
                       lambda xml: xml.replace("</w:t></w:r></w:ins>", "</w:t></w:r></w:ins>" + deleted + inserted, 1))
    run = termkit("check", path, "--termbase", BASE)
    assert run.out.count("TK101") == 1  # the insertion, not the deletion
    from toolkit.inputs.docx import read_docx

    text = "\n".join(segment.text for segment in read_docx(path).segments)
    assert "Note: The “reasonable period of time” is Ministry of Foreign Affairs and Trade d" in text

    labels = [place.label for place in read_docx(shared_path(*SAMPLES, "docx", name)).places]
    assert any(label.startswith("footer ¶") for label in labels)
    notes = read_docx(shared_path(*SAMPLES, "docx", "omegat-target_residencia_Nadal_Completo.es.docx")).places
    assert notes[-1].label.startswith("footnote ¶76 \"La investigación")


@pytest.mark.parametrize("suffix, content, message", [
    (".docx", b"not a zip at all", "not a DOCX file"),
    (".hwpx", b"PK\x05\x06" + b"\0" * 18, "not a HWPX file"),
])
def test_broken_package_is_one_line_exit_2(termkit, tmp_path, suffix, content, message):
    path = tmp_path / f"bad{suffix}"
    path.write_bytes(content)
    run = termkit("check", path, "--termbase", BASE)
    assert run.code == 2 and message in run.err and len(run.err.strip().splitlines()) == 1


def test_hostile_part_is_refused(termkit, tmp_path):
    path = tmp_path / "evil.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("word/document.xml", '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>')
    run = termkit("check", path, "--termbase", BASE)
    assert run.code == 2 and f"{path}:word/document.xml:1: refused" in run.err and "Traceback" not in run.err


def test_table_cells_and_headers_are_paragraphs_in_reading_order(termkit, tmp_path):
    """No real sample has a table: this one is made with python-docx (Word's own shape)."""
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "외교통상부 보도자료"
    document.add_paragraph("First paragraph.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Organizer"
    table.cell(0, 1).text = "Ministry of Foreign Affairs and Trade"
    document.add_paragraph("Last paragraph.")
    path = tmp_path / "table.docx"
    document.save(path)
    run = termkit("check", path, "--termbase", BASE)
    assert f"{path}:3:1: TK101 'Ministry of Foreign Affairs and Trade'" in run.out
    assert '[¶3 "Ministry of Foreign Affairs and Trade"]' in run.out
    assert f"{path}:5:1: TK101 '외교통상부'" in run.out and '[header ¶5 "외교통상부 보도자료"]' in run.out


@pytest.mark.shared
@pytest.mark.parametrize("name", DOCX_SAMPLES)
def test_every_header_python_docx_sees_is_read(name):
    import docx

    from toolkit.inputs.docx import read_docx

    path = shared_path(*SAMPLES, "docx", name)
    headers = {paragraph.text for section in docx.Document(str(path)).sections
               for paragraph in section.header.paragraphs if paragraph.text.strip()}
    assert headers <= {segment.text for segment in read_docx(path).segments}
