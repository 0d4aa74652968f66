"""TBX for memoQ and Trados MultiTerm: TBX 2008 (martif) documents whose shape both
importers read - termEntry/langSet/tig, statuses as administrativeStatus termNotes - with
what each tool cannot represent adjusted, and no candidate term presented as approved."""

from __future__ import annotations

import pytest
from lxml import etree

from conftest import FIXTURES
from toolkit.formats.csvfile import read_csv
from toolkit.formats.tbx import read_tbx
from toolkit.formats.tbxflavours import flavoured
from toolkit.model.termbase import Term

BASE = FIXTURES / "inputs" / "base.csv"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def export(termkit, tmp_path, flavour):
    base = read_csv(BASE)
    base.get("un").terms["ko"].append(Term("유엔기구", status="admitted", review="candidate"))
    from toolkit.formats.tbx import save_termbase

    source = tmp_path / "termbase.tbx"
    save_termbase(base, source)
    out = tmp_path / f"{flavour}.tbx"
    run = termkit("export", f"tbx-{flavour}", "-o", out, "--termbase", source)
    assert run.code == 0, run.err
    return out


def statuses(root) -> dict[str, str]:
    return {tig.findtext("term"): tig.findtext("termNote[@type='administrativeStatus']")
            for tig in root.iter("tig")}


@pytest.mark.parametrize("flavour", ["memoq", "multiterm"])
def test_shape_both_importers_read(termkit, tmp_path, flavour):
    out = export(termkit, tmp_path, flavour)
    root = etree.parse(str(out)).getroot()
    assert root.tag == "martif" and root.nsmap == {}  # TBX 2008: no namespace, no DOCTYPE to fetch
    assert [child.tag for child in root] == ["martifHeader", "text"]
    entries = root.findall("text/body/termEntry")
    assert [entry.get("id") for entry in entries] == ["mofa", "mofa-minister", "un"]
    for entry in entries:
        for lang_set in entry.findall("langSet"):
            assert lang_set.get(XML_LANG) in ("en", "ko", "es")
            assert all(child.tag in ("tig",) for child in lang_set)
    assert "유엔기구" not in statuses(root)  # a candidate is never shipped as approved
    assert read_tbx(out).get("mofa").preferred("ko").text == "외교부"
    from translate.storage import tbx  # a second, independent TBX 2008 reader

    units = tbx.tbxfile.parsefile(str(out)).units
    assert "Ministry of Foreign Affairs" in [unit.source for unit in units]


def test_memoq_has_forbidden_for_superseded(termkit, tmp_path):
    root = etree.parse(str(export(termkit, tmp_path, "memoq"))).getroot()
    assert statuses(root)["외교통상부"] == "deprecatedTerm-admn-sts"
    assert "supersededTerm-admn-sts" not in statuses(root).values()


def test_multiterm_keeps_the_four_statuses(termkit, tmp_path):
    root = etree.parse(str(export(termkit, tmp_path, "multiterm"))).getroot()
    assert statuses(root)["외교통상부"] == "supersededTerm-admn-sts"
    assert statuses(root)["외무장관"] == "deprecatedTerm-admn-sts"


def test_flavouring_leaves_the_base_alone():
    base = read_csv(BASE)
    flavoured(base, "memoq")
    assert base.get("mofa").terms["ko"][1].status == "superseded"
