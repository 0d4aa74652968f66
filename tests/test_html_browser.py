"""The HTML glossary in a real browser: Debian's headless Chromium driven by Playwright."""

from __future__ import annotations

import os

import pytest
from fixtures.formats.sample_termbase import sample_termbase

from toolkit.formats.outputs import write_standard_outputs
from toolkit.model import Concept, Term

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
HOSTILE = '<img src=x onerror="window.pwned=1"></script><script>window.pwned=1</script>'

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is a test extra")


@pytest.fixture(scope="module")
def browser():
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip("Debian chromium not installed (python3 tasks.py test installs it as root)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, tmp_path):
    termbase = sample_termbase()
    termbase.concepts.append(Concept(id="hostile", terms={"en": [Term(HOSTILE, sources=["javascript:window.pwned=1"])]}))
    write_standard_outputs(termbase, tmp_path / "glossary", tmp_path / "locales")
    page = browser.new_page()
    problems, requests = [], []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("request", lambda request: requests.append(request.url))
    page.goto((tmp_path / "glossary" / "termkit.html").as_uri())
    yield page
    page.close()
    assert problems == []
    assert all(url.startswith("file://") for url in requests), requests


def visible_text(page, query):
    page.fill("#q", query)
    return page.locator("article.concept:visible").all_inner_texts()


def test_typing_sica_shows_the_korean_and_spanish_names(page):
    (card,) = visible_text(page, "SICA")
    assert "중미통합체제" in card
    assert "Sistema de la Integración Centroamericana" in card


def test_typing_korean_with_or_without_particles_finds_the_ministry(page):
    for query in ("외교부", "외교부는", "외교부에서는"):
        cards = visible_text(page, query)
        assert cards and "Ministry of Foreign Affairs" in cards[0], query


def test_spanish_is_found_without_accents(page):
    (card,) = visible_text(page, "integracion")
    assert "Sistema de la Integración Centroamericana" in card
    assert visible_text(page, "INTEGRACIÓN") == [card]


def test_the_page_shows_status_variants_candidates_and_sources(page):
    (ministry,) = visible_text(page, "외교통상부")
    assert "superseded" in ministry and "https://www.mofa.go.kr/" in ministry
    (title,) = visible_text(page, "viceministro")
    assert "candidate, not reviewed" in title
    assert page.inner_text("#count").startswith("1 of 5")
    assert len(visible_text(page, "")) == 5


def test_hostile_terms_are_shown_as_text_and_never_run(page):
    (card,) = visible_text(page, "onerror")
    assert HOSTILE in card
    assert page.evaluate("window.pwned") is None
    assert page.locator("a[href^='javascript']").count() == 0
