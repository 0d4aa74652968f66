"""Country names from reference data, merged under the curated term base when it is used.

Every ISO 3166-1 country becomes a concept "country-XX" (alpha-2) with its short and formal
names in en/ko/es from two maintained standards: ISO 3166-1 as shipped by iso-codes (via
pycountry and its gettext catalogs) and Unicode CLDR (via babel). Nothing here is typed by
hand; where the ministry's usage differs, the override table in toolkit/data decides.

Reference data is never stored in the curated file: it is merged when the base is read for
use (look-up, check, export) and into build's derived outputs, so a library upgrade changes
those only where the data really changed, and the curated file only by a person's decision.
Each reference form names its data set and version once (ISO_SOURCE, CLDR_SOURCE).
"""

from __future__ import annotations

import copy
import csv
import gettext
import hashlib
import os
import re
from functools import cache
from importlib import resources
from pathlib import Path

from toolkit.errors import InputError
from toolkit.model.termbase import REFERENCE_SOURCE, Concept, Term, TermBase

LANGUAGES = ("en", "ko", "es")
MERGE_RULES = "2"  # how reference terms are made and ordered; bump when that changes
# Any version of either data set: what without_reference() strips from a curated base.
REFERENCE_NOTE = re.compile(r"^(?:ISO 3166-1: |ministry usage prefers )")
OVERRIDES = "country_overrides.tsv"  # in toolkit/data
OVERRIDE_COLUMNS = ("concept_id", "lang", "preferred", "reference_form", "reference_form_status", "source", "note")
REFERENCE_FORM_STATUSES = ("admitted", "deprecated", "superseded")


@cache
def data_sets() -> dict[str, str]:
    """The two data sets as sources name them, with the installed versions (pycountry and
    babel are imported here, not at start-up)."""
    from importlib import metadata

    import babel

    return {
        "ISO_SOURCE": f"ISO 3166-1 via iso-codes (pycountry {metadata.version('pycountry')})",
        "CLDR_SOURCE": f"Unicode CLDR via babel {babel.__version__}",
    }


def __getattr__(name: str) -> str:
    """ISO_SOURCE and CLDR_SOURCE, computed on first use (PEP 562)."""
    if name in ("ISO_SOURCE", "CLDR_SOURCE"):
        return data_sets()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _Untranslated(gettext.NullTranslations):
    """Fallback that answers None, so a missing translation is never mistaken for one."""

    def gettext(self, message):
        return None


def _iso_translator(lang: str):
    """msgid -> translated name (None when iso-codes has no translation); identity for en."""
    import pycountry

    if lang == "en":
        return lambda name: name
    catalog = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    catalog.add_fallback(_Untranslated())
    return catalog.gettext


def _is_list_form(name: str) -> bool:
    """ISO's inverted sort forms ("Korea, Republic of") are index keys, not running-text names."""
    return ", " in name


def _is_display_abbreviation(name: str) -> bool:
    """CLDR's compact display names ("Trinidad & Tobago", "St. Lucia"): running text and the UN
    write "and" and "Saint", as ISO does, so ISO's form is preferred where CLDR abbreviates
    (unless ISO's carries a qualifier in brackets, "Saint Martin (French part)")."""
    return " & " in name or name.startswith("St. ")


def _country_terms(country, lang: str, translate, cldr_names) -> list[Term]:
    """Short and formal names of one country in one language, each with its reference source."""
    found: list[tuple[str, str, str]] = []  # (text, term_type, source)
    sources = data_sets()
    cldr = cldr_names.get(country.alpha_2)
    if cldr:
        found.append((cldr, "shortForm", sources["CLDR_SOURCE"]))
    for attribute, term_type in (("common_name", "shortForm"), ("name", "shortForm"), ("official_name", "fullForm")):
        english = getattr(country, attribute, None)
        text = translate(english) if english else None
        if text and not _is_list_form(text):
            found.append((text, term_type, sources["ISO_SOURCE"]))
    if cldr and _is_display_abbreviation(cldr) and len(found) > 1 and "(" not in found[1][0]:
        found.append(found.pop(0))  # ISO's "Bosnia and Herzegovina" before CLDR's "Bosnia & Herzegovina"
    terms: dict[str, Term] = {}
    for text, term_type, source in found:
        term = terms.get(text)
        if term is None:
            terms[text] = Term(text=text, term_type=term_type, part_of_speech="noun", sources=[source])
        else:
            if source not in term.sources:
                term.sources.append(source)
            if term_type == "fullForm":
                term.term_type = term_type
    result = list(terms.values())
    if len(result) == 1:
        result[0].term_type = "fullForm"
    for index, term in enumerate(result):
        term.status = "preferred" if index == 0 else "admitted"
    return result


def reference_concepts() -> list[Concept]:
    """One "country" concept per ISO 3166-1 entry, ordered by alpha-2 code."""
    import pycountry
    from babel import Locale

    sources = data_sets()
    translators = {lang: _iso_translator(lang) for lang in LANGUAGES}
    cldr = {lang: Locale(lang).territories for lang in LANGUAGES}
    concepts = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        concept = Concept(
            id=f"country-{country.alpha_2}",
            subject="country",
            notes=[f"ISO 3166-1: {country.alpha_2} / {country.alpha_3} / {country.numeric}"],
            sources=[sources["ISO_SOURCE"], sources["CLDR_SOURCE"]],
        )
        for lang in LANGUAGES:
            for term in _country_terms(country, lang, translators[lang], cldr[lang]):
                concept.add_term(lang, term)
        concepts.append(concept)
    return concepts


def load_overrides(path: str | Path | None = None) -> list[dict[str, str]]:
    """The override table (by default the one shipped in toolkit/data), checked row by row."""
    if path is None:
        with resources.as_file(resources.files("toolkit.data").joinpath(OVERRIDES)) as shipped:
            return load_overrides(shipped)
    path = Path(path)
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        if tuple(reader.fieldnames or ()) != OVERRIDE_COLUMNS:
            raise InputError(path, f"columns must be {', '.join(OVERRIDE_COLUMNS)}", line=1)
        rows = []
        for row in reader:
            line = reader.line_num
            if any(not row.get(column) for column in OVERRIDE_COLUMNS[:6]):
                raise InputError(path, "concept_id, lang, preferred, reference_form, reference_form_status and source are required", line)
            if row["reference_form_status"] not in REFERENCE_FORM_STATUSES:
                raise InputError(path, f"reference_form_status must be one of {', '.join(REFERENCE_FORM_STATUSES)}", line)
            rows.append(row)
    return rows


def _merge_concept(curated: Concept, reference: Concept) -> Concept:
    """The curated concept, plus reference forms it lacks; reference sources join equal forms."""
    merged = copy.deepcopy(curated)
    merged.subject = merged.subject or reference.subject
    merged.notes += [note for note in reference.notes if note not in merged.notes]
    merged.sources += [source for source in reference.sources if source not in merged.sources]
    for lang, terms in reference.terms.items():
        own = merged.terms.setdefault(lang, [])
        has_preferred = any(term.status == "preferred" for term in own)
        for term in terms:
            same = next((mine for mine in own if mine.text == term.text), None)
            if same is not None:
                same.sources += [source for source in term.sources if source not in same.sources]
                continue
            added = copy.deepcopy(term)
            if has_preferred and added.status == "preferred":
                added.status = "admitted"
            own.append(added)
    return merged


def _apply_override(concept: Concept, row: dict[str, str]) -> None:
    """Make the ministry's form preferred and give the reference form its stated status; a
    form the reference data lack (an exonym of American Spanish, say) is added with its source."""
    terms = concept.terms.setdefault(row["lang"], [])
    preferred = next((term for term in terms if term.text == row["preferred"]), None)
    if preferred is None:
        preferred = Term(text=row["preferred"], part_of_speech="noun")
        terms.insert(0, preferred)
    for term in terms:
        if term is not preferred and term.status == "preferred":
            term.status = "admitted"
    preferred.status = "preferred"
    preferred.review = "approved"
    if row["source"] not in preferred.sources:
        preferred.sources.append(row["source"])
    terms.remove(preferred)
    terms.insert(0, preferred)
    if row["reference_form"] not in {term.text for term in terms}:
        terms.append(Term(text=row["reference_form"], part_of_speech="noun", sources=[row["source"]]))
    for term in terms:
        if term.text == row["reference_form"]:
            term.status = row["reference_form_status"]
            note = f"ministry usage prefers {row['preferred']}" + (f": {row['note']}" if row["note"] else "")
            if note not in term.notes:
                term.notes.append(note)


def merge_reference(curated: TermBase) -> TermBase:
    """Curated concepts plus every reference country; curated entries win, then overrides apply.

    Deterministic: the result's concepts are ordered by id and neither input is changed.
    """
    by_id = {concept.id: concept for concept in curated.concepts}
    reference = {concept.id: concept for concept in reference_concepts()}
    merged = {concept_id: copy.deepcopy(concept) for concept_id, concept in by_id.items()}
    for concept_id, concept in reference.items():
        merged[concept_id] = _merge_concept(by_id[concept_id], concept) if concept_id in by_id else concept
    for row in load_overrides():
        concept = merged.get(row["concept_id"])
        if concept is not None:
            _apply_override(concept, row)
    return TermBase(
        concepts=[merged[concept_id] for concept_id in sorted(merged)],
        title=curated.title,
        description=curated.description,
    )


def without_reference(base: TermBase) -> TermBase:
    """The curated part of a base: reference sources and the notes merging writes taken out,
    and terms and concepts that only reference data gave dropped. Applied before the curated
    file is written, so a merged base (an imported export, say) never leaks into it."""
    concepts = []
    for concept in base.concepts:
        kept = copy.deepcopy(concept)
        from_reference = _strip(kept)
        for lang in list(kept.terms):
            kept.terms[lang] = [term for term in kept.terms[lang]
                                if not _strip(term) or term.sources or term.notes or term.contexts]
            if not kept.terms[lang]:
                del kept.terms[lang]
        if not from_reference or kept.terms or kept.cross_refs or kept.definition or kept.notes or kept.sources:
            concepts.append(kept)
    return TermBase(concepts=concepts, title=base.title, description=base.description)


def _strip(item: Concept | Term) -> bool:
    """Take reference sources and merge notes out of a concept or term; did it have any?"""
    sources = [source for source in item.sources if not REFERENCE_SOURCE.match(source)]
    notes = [note for note in item.notes if not REFERENCE_NOTE.match(note)]
    had = len(sources) < len(item.sources) or len(notes) < len(item.notes)
    item.sources, item.notes = sources, notes
    return had


def reference_stamp() -> str:
    """What a merged base depends on besides the curated file: the rules that make reference
    terms, the installed data sets (by their package files' stat, which an upgrade rewrites;
    asking their versions costs an import) and the override table. Part of every cache key of a base used with reference data."""
    from importlib.util import find_spec

    packages = []
    for name in ("pycountry", "babel"):
        stat = os.stat(find_spec(name).origin)
        packages.append(f"{name}:{stat.st_size}:{stat.st_mtime_ns}")
    with resources.as_file(resources.files("toolkit.data").joinpath(OVERRIDES)) as shipped:
        overrides = hashlib.sha256(Path(shipped).read_bytes()).hexdigest()[:16]
    return "|".join([MERGE_RULES, *packages, overrides])


def read_for_use(path: str | Path, with_reference: bool) -> TermBase:
    """A base as look-up, check and export use it: the file, plus reference data if asked."""
    from toolkit.formats import read_any

    base = read_any(path)
    return merge_reference(base) if with_reference else base
