"""One self-contained HTML page: the whole glossary as a translator's daily reference.

No server, no network, no external script, style or font: the data travels inside the
page as JSON, and a Content-Security-Policy with hashes of the page's own script and style
forbids anything else. The script and style are files beside the data (toolkit/data/html/).

The data is a compact index, not markup per concept, so a 50,000-concept base stays a
page that opens in a second: concepts are arrays ordered as the page lists them (curated
ones grouped by subject, reference-only ones after them in their group), term facts are
small integers into shared vocabularies, and sources are indices into one table. The
script renders the table a page of rows at a time and searches with the same folding as
`termkit lookup` (mirrored in JS; a browser test checks that both agree).

Layout of one concept: [id, group, terms, flags, definition, notes, sources] with
terms[language] = [[text, status, type, gender, candidate, sources, notes], ...]; trailing
empty fields are left out.
"""

from __future__ import annotations

import base64
import hashlib
import json
from functools import cache
from importlib import resources

import lxml.html
from babel import Locale, UnknownLocaleError
from lxml.html import builder as E

from toolkit.model.termbase import REFERENCE_SOURCE, Concept, Term, TermBase
from toolkit.text.korean import PARTICLES

# Subjects in the order a translator meets them; others follow alphabetically.
GROUPS = (
    ("organization", "Organizations"), ("ministry", "Ministries"), ("title", "Titles"), ("person", "Persons"),
    ("meeting", "Meetings"), ("document", "Documents"), ("country", "Countries"),
)
REFERENCE_ONLY = 1  # concept flag
DATA_SETS = (("ISO 3166-1", "ISO 3166-1"), ("Unicode CLDR", "CLDR"))  # source prefix -> short label


@cache
def _asset(name: str) -> str:
    return resources.files("toolkit.data").joinpath("html").joinpath(name).read_text(encoding="utf-8")


def html_text(termbase: TermBase, languages: list[str] | None = None) -> str:
    """The page as text: same term base, same page."""
    languages = languages or termbase.languages()
    script, style = _asset("glossary.js"), _asset("glossary.css")
    policy = (
        "default-src 'none'; "
        f"script-src '{_csp_hash(script)}'; style-src '{_csp_hash(style)}'; "
        "img-src 'none'; connect-src 'none'; font-src 'none'; form-action 'none'; base-uri 'none'"
    )
    names = [(lang, _language_name(lang)) for lang in languages]
    page = E.HTML(
        E.HEAD(
            E.META(charset="utf-8"),
            E.META(**{"http-equiv": "Content-Security-Policy", "content": policy}),
            E.META(name="viewport", content="width=device-width, initial-scale=1"),
            E.TITLE(termbase.title),
            E.STYLE(style),
        ),
        E.BODY(
            E.A("Skip to the list", href="#list", **{"class": "skip"}),
            E.E.header(
                E.H1(termbase.title),
                E.DIV(
                    E.LABEL(
                        "Search (" + ", ".join(name for _, name in names) + ")",
                        E.INPUT(id="q", type="search", autofocus="autofocus", autocomplete="off", spellcheck="false",
                                placeholder="e.g. SICA, 외교부, viceministro", **{"aria-describedby": "count"}),
                        **{"class": "field search"},
                    ),
                    E.LABEL("Subject", E.SELECT(E.OPTION("All subjects", value="-1"), id="subject"),
                            **{"class": "field"}),
                    **{"class": "controls", "role": "search"},
                ),
                E.P(id="count", role="status", **{"aria-live": "polite"}),
                E.CLASS("page"),
            ),
            E.DIV(
                E.E.main(
                    E.E.noscript(E.P("The list and its search need JavaScript; the same glossary is in termkit.csv and .tbx.")),
                    E.DIV(id="empty", hidden="hidden", **{"class": "empty"}),
                    E.TABLE(
                        E.CAPTION("Preferred terms; choose one for its full entry"),
                        E.THEAD(E.TR(*[E.TH(name, scope="col") for _, name in names], E.TH("Marks", scope="col"))),
                        E.TBODY(id="rows"),
                        id="list", tabindex="-1", **{"class": "list"},
                    ),
                    E.DIV(E.BUTTON("Show more", type="button"), id="more", hidden="hidden", **{"class": "more"}),
                ),
                E.E.aside(id="card", hidden="hidden", tabindex="-1", **{"aria-labelledby": "card-title"}),
                id="layout", **{"class": "layout"},
            ),
            E.SCRIPT(_json_for_script(page_data(termbase, languages, names)), id="glossary-data", type="application/json"),
            E.SCRIPT(script),
        ),
        lang="en",
    )
    return lxml.html.tostring(page, doctype="<!DOCTYPE html>", encoding="unicode", method="html") + "\n"


def page_data(termbase: TermBase, languages: list[str], names: list[tuple[str, str]]) -> dict:
    """The compact index the page's script reads (layout in the module docstring)."""
    from toolkit.text.fold import search_form

    concepts = [concept for concept in termbase.concepts if any(concept.terms.get(lang) for lang in languages)]
    known = {subject for subject, _ in GROUPS}
    others = sorted({concept.subject or "" for concept in concepts} - known)
    groups = [*GROUPS, *((subject, subject.capitalize() if subject else "Other") for subject in others)]
    group_of = {subject: index for index, (subject, _) in enumerate(groups)}
    vocab = {"statuses": [""], "types": [""], "genders": [""], "sources": []}
    indices: dict[str, dict[str, int]] = {name: {value: i for i, value in enumerate(values)} for name, values in vocab.items()}

    def code(name: str, value: str | None) -> int:
        """Index of `value` in its table; 0 ("") for a missing status, type or gender."""
        if not value:
            return 0
        table = indices[name]
        if value not in table:
            table[value] = len(vocab[name])
            vocab[name].append(value)
        return table[value]

    def entry(concept: Concept) -> list:
        terms = [[_term_entry(term, code) for term in concept.terms.get(lang, [])] for lang in languages]
        flags = REFERENCE_ONLY if _reference_only(concept) else 0
        sources = [code("sources", source) for source in _one_per_data_set(concept.sources) if source]
        return _trimmed([concept.id, group_of[concept.subject or ""], terms, flags,
                         concept.definition or "", concept.notes, sources], keep=3)

    def order(concept: Concept):
        title = next((concept.preferred(lang).text for lang in languages if concept.terms.get(lang)), concept.id)
        return group_of[concept.subject or ""], _reference_only(concept), search_form(title), concept.id

    rows = [entry(concept) for concept in sorted(concepts, key=order)]
    data_sets = {index: label for index, source in enumerate(vocab["sources"])
                 for prefix, label in DATA_SETS if REFERENCE_SOURCE.match(source) and source.startswith(prefix)}
    return {
        "title": termbase.title,
        "languages": [list(pair) for pair in names],
        "particles": list(PARTICLES),
        "groups": [list(group) for group in groups],
        "statuses": vocab["statuses"], "types": vocab["types"], "genders": vocab["genders"],
        "sources": vocab["sources"],
        "dataSets": {str(index): label for index, label in data_sets.items()},
        "concepts": rows,
    }


def _term_entry(term: Term, code) -> list:
    sources = dict.fromkeys(term.sources + [c.source for c in term.contexts if c.source])
    return _trimmed([
        term.text, code("statuses", term.status), code("types", term.term_type), code("genders", term.gender),
        1 if term.is_candidate else 0, [code("sources", source) for source in sources if source], term.notes,
    ], keep=1)


def _trimmed(fields: list, keep: int) -> list:
    """Leave out trailing empty fields (0, "", []): most terms are [text, status, type]."""
    while len(fields) > keep and not fields[-1]:
        fields.pop()
    return fields


def _reference_only(concept: Concept) -> bool:
    """Every source of the concept and its terms is one of the reference data sets."""

    sources = [*concept.sources, *(source for _, term in concept.all_terms() for source in term.sources)]
    return bool(sources) and all(REFERENCE_SOURCE.match(source) for source in sources)


def _one_per_data_set(sources: list[str]) -> list[str]:
    """One line per reference data set (the last version named wins); other sources as they are."""

    latest = {prefix: source for source in sources if REFERENCE_SOURCE.match(source)
              for prefix, _ in DATA_SETS if source.startswith(prefix)}
    kept = []
    for source in sources:
        prefix = next((p for p, _ in DATA_SETS if source.startswith(p)), None) if REFERENCE_SOURCE.match(source) else None
        line = latest[prefix] if prefix else source
        if line not in kept:
            kept.append(line)
    return kept


def _language_name(lang: str) -> str:
    """'ko' -> '한국어 (ko)': the language's own name from CLDR, and its code."""
    try:
        return f"{Locale.parse(lang, sep='-').display_name} ({lang})"
    except (ValueError, UnknownLocaleError):
        return lang


def _json_for_script(data) -> str:
    """JSON that cannot end its <script> element: '<', '>', '&' and the JS line separators escaped."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")
