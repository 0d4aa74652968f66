"""Xbench checklist export: the .xbckl structure Xbench reads (xbench-checklist/checklist/
check with source and target PowerSearch terms and a description). No real checklist was
found (../shared/data/cat-formats/SOURCE.md), so the shape is the one ApSIC's format uses,
as written by public converters, and is asserted element by element here."""

from __future__ import annotations

from lxml import etree

from conftest import FIXTURES

BASE = FIXTURES / "inputs" / "base.csv"


def checks(termkit, tmp_path, *args):
    out = tmp_path / "termkit.xbckl"
    run = termkit("export", "xbench", *args, "-o", out, "--termbase", BASE)
    assert run.code == 0, run.err
    root = etree.parse(str(out)).getroot()
    assert root.tag == "xbench-checklist" and root.get("version") == "1.0"
    (checklist,) = root
    assert checklist.tag == "checklist" and checklist.get("name")
    found = {}
    for check in checklist:
        assert [child.tag for child in check] == ["term", "term", "description", "timestamp"]
        source, target, description = check[0], check[1], check[2]
        assert (source.get("type"), target.get("type")) == ("source", "target")
        assert all(term.get("powersearch") == "yes" and term.get("searchmode") == "simple" for term in (source, target))
        found[check.get("name")] = (check.get("categories"), source.text or "", target.text, description.text)
    return found


def test_deprecated_target_terms_are_flagged_with_the_preferred_one(termkit, tmp_path):
    found = checks(termkit, tmp_path, "--lang", "ko")
    assert found["deprecated: 외교통상부"] == ("deprecated", "", '"외교통상부"', '"외교통상부" is superseded; use "외교부".')
    assert found["deprecated: 외무장관"][2] == '"외무장관"'


def test_key_terms_flag_a_target_without_any_accepted_equivalent(termkit, tmp_path):
    found = checks(termkit, tmp_path, "--lang", "es")
    assert found["key term: United Nations"] == (
        "key term", '"United Nations"', '-"Naciones Unidas" -"ONU"', 'Should be "Naciones Unidas".')
    assert "key term: Ministry of Foreign Affairs and Trade" not in found  # a superseded source term is no key
    assert "deprecated: Ministerio de Relaciones Exteriores y Comercio" in found


def test_quotes_in_a_term_are_doubled_for_powersearch():
    from toolkit.formats.xbench import quoted

    assert quoted('the "Blue House"') == '"the ""Blue House"""'


def test_the_same_base_gives_the_same_checklist_bytes(termkit, tmp_path):
    """Output is deterministic: no wall-clock time goes into the file, so exports of one base
    on different days are identical."""
    import datetime

    outputs = (tmp_path / "first.xbckl", tmp_path / "second.xbckl")
    for out in outputs:
        assert termkit("export", "xbench", "--lang", "es", "-o", out, "--termbase", BASE).code == 0
    today = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d").encode()
    assert today not in outputs[0].read_bytes()
    assert outputs[0].read_bytes() == outputs[1].read_bytes()
