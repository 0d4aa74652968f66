"""The HTML glossary page as a document: self-contained, data safely embedded, deterministic."""

from __future__ import annotations

import base64
import hashlib
import json

import lxml.html
from fixtures.formats.sample_termbase import sample_termbase

from toolkit.formats.html import html_text
from toolkit.korean import PARTICLES
from toolkit.model import Concept, Term, TermBase

HOSTILE = '</script><script>window.pwned = 1</script><!-- & \u2028'


def _page(termbase):
    return lxml.html.document_fromstring(html_text(termbase))


def _data(page):
    return json.loads(page.get_element_by_id("glossary-data").text)


def test_hostile_text_stays_data_inside_its_script_block():
    base = TermBase([Concept(id="x", notes=[HOSTILE], terms={"en": [Term(HOSTILE, sources=["javascript:alert(1)"])]})])
    page = _page(base)
    assert len(page.findall(".//script")) == 2
    data = _data(page)
    assert data["concepts"][0]["terms"]["en"][0]["text"] == HOSTILE
    assert data["concepts"][0]["notes"] == [HOSTILE]


def test_page_loads_nothing_from_outside_and_allows_only_its_own_script_and_style():
    text = html_text(sample_termbase())
    page = lxml.html.document_fromstring(text)
    assert not page.xpath("//*[@src] | //link | //iframe | //object | //embed | //img")
    policy = page.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert "default-src 'none'" in policy
    script = page.xpath("//script[not(@type)]")[0].text
    style = page.xpath("//style")[0].text
    for content in (script, style):
        digest = base64.b64encode(hashlib.sha256(content.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy


def test_embedded_data_has_every_concept_status_variants_notes_and_sources():
    data = _data(_page(sample_termbase()))
    assert data["particles"] == list(PARTICLES)
    assert [lang["code"] for lang in data["languages"]] == ["en", "ko", "es"]
    assert [lang["name"] for lang in data["languages"]] == ["English (en)", "한국어 (ko)", "español (es)"]
    concepts = {concept["id"]: concept for concept in data["concepts"]}
    assert set(concepts) == {"cabei", "mofa-korea", "sica", "vice-minister-foreign-affairs"}
    korean = concepts["mofa-korea"]["terms"]["ko"]
    assert [(t["text"], t["status"]) for t in korean] == [("외교부", "preferred"), ("외교통상부", "superseded")]
    spanish = concepts["sica"]["terms"]["es"][0]
    assert spanish["sources"] == ["sources/000_13cfcebedf33aafd.txt:20", "https://www.sica.int/"]
    assert concepts["vice-minister-foreign-affairs"]["terms"]["es"][0]["candidate"] is True


def test_same_term_base_gives_the_same_page():
    assert html_text(sample_termbase()) == html_text(sample_termbase())
