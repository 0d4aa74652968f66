"""One self-contained HTML page: the whole glossary, searchable as you type.

No server, no network, no external script, style or font: the data travels inside the
page as JSON, and a Content-Security-Policy with hashes of the page's own script and style
forbids anything else. The search folds case and Spanish accents ("integracion" finds
"Integración") and, for Korean, also tries the query without trailing particles
("외교부는" finds 외교부), with the particle list taken from toolkit.korean so that the
page and the library agree. Terms, notes and sources are inserted with textContent, and
only http(s) sources become links.
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import lxml.html
from babel import Locale, UnknownLocaleError
from lxml.html import builder as E

from toolkit import atomic
from toolkit.korean import PARTICLES
from toolkit.model import Concept, Term, TermBase

STYLE = """
body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #1b1b1b; }
header.page { position: sticky; top: 0; background: #fff; padding: .5rem 0; border-bottom: 1px solid #ccc; }
#q { width: 100%; font-size: 1.2rem; padding: .4rem; box-sizing: border-box; }
#count { color: #555; margin: .3rem 0 0; }
article.concept { border-bottom: 1px solid #ddd; padding: .6rem 0; }
article.concept h2 { font-size: 1.15rem; margin: 0 0 .2rem; }
.meta { color: #555; font-size: .85rem; }
.lang { display: grid; grid-template-columns: 7rem 1fr; gap: .2rem .8rem; margin: .3rem 0; }
.lang > div:first-child { font-weight: 600; color: #333; }
ul.terms { list-style: none; margin: 0; padding: 0; }
.term { font-weight: 600; }
.badge { font-size: .75rem; border-radius: .3rem; padding: 0 .3rem; margin-left: .3rem; background: #eee; }
.status-preferred { background: #d8f0d8; }
.status-deprecated, .status-superseded { background: #f6d5d5; }
.term-deprecated, .term-superseded { text-decoration: line-through; }
.candidate { background: #fbe7b5; }
.sources, .notes { font-size: .8rem; color: #444; margin: 0 0 .2rem 1rem; }
"""

SCRIPT = """
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("glossary-data").textContent);
  const particleChain = new RegExp("^(?:" + data.particles.join("|") + ")+$");
  const hangul = /[\\u1100-\\u11ff\\u3130-\\u318f\\uac00-\\ud7a3]/;

  function fold(text) {
    return text.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").normalize("NFC").toLowerCase();
  }

  function stripParticles(word) {
    for (let cut = 2; cut < word.length; cut++) {
      if (particleChain.test(word.slice(cut))) return word.slice(0, cut);
    }
    return word;
  }

  function queryForms(query) {
    const folded = fold(query).trim().split(/\\s+/).filter(Boolean);
    const stripped = folded.map(w => hangul.test(w) ? stripParticles(w) : w);
    return [...new Set([folded.join(" "), stripped.join(" ")])].filter(Boolean);
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function sourceItem(source) {
    const item = el("li");
    if (/^https?:\\/\\//.test(source)) {
      const link = el("a", "", source);
      link.href = source;
      link.rel = "noreferrer noopener";
      item.append(link);
    } else {
      item.textContent = source;
    }
    return item;
  }

  function list(className, items, render) {
    const node = el("ul", className);
    items.forEach(item => node.append(render(item)));
    return node;
  }

  function termItem(term) {
    const item = el("li");
    const badge = (className, text) => item.append(" ", el("span", "badge " + className, text));
    item.append(el("span", "term term-" + (term.status || "none"), term.text));
    if (term.status) badge("status-" + term.status, term.status);
    if (term.type) badge("type", term.type);
    if (term.gender) badge("gender", term.gender);
    if (term.candidate) badge("candidate", "candidate, not reviewed");
    if (term.notes.length) item.append(list("notes", term.notes, n => el("li", "", n)));
    if (term.sources.length) item.append(list("sources", term.sources, sourceItem));
    return item;
  }

  function card(concept) {
    const node = el("article", "concept");
    node.id = "concept-" + concept.id;
    node.append(el("h2", "", concept.title));
    node.append(el("div", "meta", [concept.subject, concept.id].filter(Boolean).join(" · ")));
    if (concept.definition) node.append(el("p", "definition", concept.definition));
    data.languages.forEach(lang => {
      const terms = concept.terms[lang.code];
      if (!terms) return;
      const row = el("div", "lang");
      row.lang = lang.code;
      row.append(el("div", "", lang.name));
      const cell = el("div");
      cell.append(list("terms", terms, termItem));
      row.append(cell);
      node.append(row);
    });
    if (concept.notes.length) node.append(el("div", "meta", "Notes"), list("notes", concept.notes, n => el("li", "", n)));
    if (concept.sources.length) node.append(el("div", "meta", "Sources"), list("sources", concept.sources, sourceItem));
    return node;
  }

  const results = document.getElementById("results");
  const count = document.getElementById("count");
  const entries = data.concepts.map(concept => {
    const names = Object.values(concept.terms).flat().map(t => fold(t.text));
    const node = card(concept);
    results.append(node);
    return { node, names, haystack: [fold(concept.id), ...names].join("\\n") };
  });

  function rank(entry, forms) {
    if (entry.names.some(name => forms.includes(name))) return 0;
    if (entry.names.some(name => forms.some(form => name.startsWith(form)))) return 1;
    return 2;
  }

  function search() {
    const forms = queryForms(document.getElementById("q").value);
    const hits = entries.filter(e => !forms.length || forms.some(f => e.haystack.includes(f)));
    const ranked = hits.map((e, i) => [forms.length ? rank(e, forms) : 0, i, e])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    entries.forEach(e => { e.node.hidden = true; });
    ranked.forEach(([, , e]) => { e.node.hidden = false; results.append(e.node); });
    count.textContent = hits.length + " of " + entries.length + " concepts";
  }

  document.getElementById("q").addEventListener("input", search);
  search();
})();
"""


def html_text(termbase: TermBase, languages: list[str] | None = None) -> str:
    """The page as text: same term base, same page."""
    languages = languages or termbase.languages()
    data = {
        "languages": [{"code": lang, "name": _language_name(lang)} for lang in languages],
        "particles": list(PARTICLES),
        "concepts": [
            _concept_data(concept, languages)
            for concept in termbase.sorted()
            if any(concept.terms.get(lang) for lang in languages)
        ],
    }
    policy = (
        "default-src 'none'; "
        f"script-src '{_csp_hash(SCRIPT)}'; style-src '{_csp_hash(STYLE)}'; "
        "img-src 'none'; connect-src 'none'; font-src 'none'; form-action 'none'; base-uri 'none'"
    )
    page = E.HTML(
        E.HEAD(
            E.META(charset="utf-8"),
            E.META(**{"http-equiv": "Content-Security-Policy", "content": policy}),
            E.META(name="viewport", content="width=device-width, initial-scale=1"),
            E.TITLE(termbase.title),
            E.STYLE(STYLE),
        ),
        E.BODY(
            E.E.header(
                E.H1(termbase.title),
                E.INPUT(id="q", type="search", autofocus="autofocus", autocomplete="off",
                        placeholder="Search: English, 한국어, español", **{"aria-label": "Search the glossary"}),
                E.P(id="count", **{"aria-live": "polite"}),
                E.CLASS("page"),
            ),
            E.E.noscript(E.P("The list and its search need JavaScript; the same glossary is in termkit.csv and .tbx.")),
            E.E.main(id="results"),
            E.SCRIPT(_json_for_script(data), id="glossary-data", type="application/json"),
            E.SCRIPT(SCRIPT),
        ),
        lang="en",
    )
    return lxml.html.tostring(page, doctype="<!DOCTYPE html>", encoding="unicode", method="html") + "\n"


def write_html(termbase: TermBase, path: str | Path, languages: list[str] | None = None) -> None:
    atomic.write_text(path, html_text(termbase, languages))


def _concept_data(concept: Concept, languages: list[str]) -> dict:
    title = next((concept.preferred(lang).text for lang in languages if concept.terms.get(lang)), concept.id)
    return {
        "id": concept.id,
        "title": title,
        "subject": concept.subject or "",
        "definition": concept.definition or "",
        "notes": concept.notes,
        "sources": concept.sources,
        "terms": {
            lang: [_term_data(term) for term in concept.terms[lang]]
            for lang in languages if concept.terms.get(lang)
        },
    }


def _term_data(term: Term) -> dict:
    return {
        "text": term.text,
        "type": term.term_type or "",
        "status": term.status or "",
        "gender": term.gender or "",
        "candidate": term.is_candidate,
        "notes": term.notes,
        "sources": list(dict.fromkeys(term.sources + [c.source for c in term.contexts if c.source])),
    }


def _language_name(lang: str) -> str:
    """'ko' -> '한국어 (ko)': the language's own name from CLDR, and its code."""
    try:
        return f"{Locale.parse(lang, sep='-').display_name} ({lang})"
    except (ValueError, UnknownLocaleError):
        return lang


def _json_for_script(data) -> str:
    """JSON that cannot end its <script> element: '<', '>', '&' and the JS line separators escaped."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")
