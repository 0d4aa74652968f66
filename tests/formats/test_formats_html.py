"""The HTML glossary page as a document: self-contained, data safely embedded and compact,
curated concepts first, deterministic."""

from __future__ import annotations

import base64
import hashlib
import json
import sys

import lxml.html
from conftest import ROOT
from fixtures.formats.sample_termbase import sample_termbase

from toolkit.formats.html import html_text
from toolkit.model.termbase import Concept, Term, TermBase
from toolkit.termbase.reference import data_sets
from toolkit.text.korean import PARTICLES

HOSTILE = '</script><script>window.pwned = 1</script><!-- & \u2028'
BENCH = ROOT / "tests" / "bench"


def _page(termbase):
    return lxml.html.document_fromstring(html_text(termbase))


def _data(page):
    return json.loads(page.get_element_by_id("glossary-data").text)


def _concepts(data):
    return {concept[0]: concept for concept in data["concepts"]}


def _terms(data, concept, lang):
    """A concept's terms in one language as (text, status) pairs."""
    index = [code for code, _ in data["languages"]].index(lang)
    return [(term[0], data["statuses"][term[1]] if len(term) > 1 else "") for term in concept[2][index]]


def test_hostile_text_stays_data_inside_its_script_block():
    base = TermBase([Concept(id="x", notes=[HOSTILE], terms={"en": [Term(HOSTILE, sources=["javascript:alert(1)"])]})])
    page = _page(base)
    assert len(page.findall(".//script")) == 2
    data = _data(page)
    (concept,) = data["concepts"]
    assert concept[2][0][0][0] == HOSTILE
    assert concept[5] == [HOSTILE]


def test_page_loads_nothing_from_outside_and_allows_only_its_own_script_and_style():
    text = html_text(sample_termbase())
    page = lxml.html.document_fromstring(text)
    assert not page.xpath("//*[@src] | //link | //iframe | //object | //embed | //img")
    policy = page.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert "default-src 'none'" in policy and "font-src 'none'" in policy and "connect-src 'none'" in policy
    script = page.xpath("//script[not(@type)]")[0].text
    style = page.xpath("//style")[0].text
    for content in (script, style):
        digest = base64.b64encode(hashlib.sha256(content.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy


def test_embedded_data_has_every_concept_status_variants_notes_and_sources():
    data = _data(_page(sample_termbase()))
    assert data["particles"] == list(PARTICLES)
    assert data["languages"] == [["en", "English (en)"], ["ko", "한국어 (ko)"], ["es", "español (es)"]]
    concepts = _concepts(data)
    assert set(concepts) == {"cabei", "mofa-korea", "sica", "vice-minister-foreign-affairs"}
    assert _terms(data, concepts["mofa-korea"], "ko") == [("외교부", "preferred"), ("외교통상부", "superseded")]
    spanish = concepts["sica"][2][2][0]
    assert [data["sources"][index] for index in spanish[5]] == ["sources/000_13cfcebedf33aafd.txt:20", "https://www.sica.int/"]
    assert data["genders"][spanish[3]] == "masculine"
    assert concepts["vice-minister-foreign-affairs"][2][2][0][4] == 1  # candidate


def test_concepts_come_grouped_by_subject_curated_before_reference_only():
    sets = data_sets()
    iso, cldr = sets["ISO_SOURCE"], sets["CLDR_SOURCE"]
    old_iso = "ISO 3166-1 via iso-codes (pycountry 22.3.5)"
    reference = Concept(id="country-AD", subject="country", sources=[iso, cldr],
                        terms={"en": [Term("Andorra", status="preferred", sources=[cldr, iso])]})
    curated = Concept(id="country-KR", subject="country", sources=["sources/kr.txt:1", old_iso, iso, cldr],
                      terms={"en": [Term("Republic of Korea", status="preferred", sources=["sources/kr.txt:1", iso])]})
    base = sample_termbase()
    base.concepts += [reference, curated, Concept(id="misc", subject="general", terms={"en": [Term("Aardvark")]})]
    data = _data(_page(base))
    groups = [label for _, label in data["groups"]]
    assert groups[:7] == ["Organizations", "Ministries", "Titles", "Persons", "Meetings", "Documents", "Countries"]
    order = [concept[0] for concept in data["concepts"]]
    # Organizations by English name (CABEI, then Central American ...), ..., the curated
    # country, then the reference-only one, then subjects outside the list.
    assert order == ["cabei", "sica", "mofa-korea", "vice-minister-foreign-affairs", "country-KR", "country-AD", "misc"]
    concepts = _concepts(data)
    assert concepts["country-AD"][3] & 1 and not concepts["country-KR"][3] & 1
    # One source line per data set: the older ISO version named by the curated entry is dropped.
    assert [data["sources"][index] for index in concepts["country-KR"][6]] == ["sources/kr.txt:1", iso, cldr]
    assert {data["sources"][int(index)]: label for index, label in data["dataSets"].items()} == {iso: "ISO 3166-1", cldr: "CLDR"}


def test_data_is_a_compact_index_not_markup_per_concept():
    sys.path.insert(0, str(BENCH))
    from generate import generate_termbase

    base = generate_termbase(2000)
    text = html_text(base, ["en", "ko", "es"])
    page = lxml.html.document_fromstring(text)
    assert page.xpath("count(//tbody/tr)") == 0 and not page.xpath("//article")
    assert len(_data(page)["concepts"]) == 2000
    assert len(text.encode()) / 2000 < 200  # bytes per concept, the script and style included


def test_same_term_base_gives_the_same_page():
    assert html_text(sample_termbase()) == html_text(sample_termbase())
