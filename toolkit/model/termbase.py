"""The concept-oriented term model (TBX-Basic, ISO 30042:2019).

A Concept holds terms per language; synonyms, acronyms and variants of one meaning live in
one concept, never as separate rows. Picklist values are exactly TBX-Basic's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

TERM_TYPES = ("fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase")
STATUSES = ("preferred", "admitted", "deprecated", "superseded")
PARTS_OF_SPEECH = ("noun", "verb", "adjective", "adverb", "other")
GENDERS = ("masculine", "feminine", "neuter", "other")
REVIEW_STATES = ("approved", "candidate")
SUBJECTS = (
    "organization", "ministry", "title", "person", "country",
    "meeting", "document", "place", "general",
)

# Subjects of concepts that belong to one country or organization (a title, an office),
# and of the concepts they may belong to.
SCOPED_SUBJECTS = frozenset({"title", "ministry"})
SCOPE_SUBJECTS = frozenset({"country", "organization"})
# TBX-Basic has no usageNote: a term's usage note is a <note>, and one starting so marks a
# generic designation ("canciller": any country's foreign minister, never one country's title).
GENERIC_NOTE = "generic:"

# A concept id is an XML NCName, so that every TBX file can carry it as conceptEntry/@id.
# The sources termbase.reference gives the names it merges in from ISO 3166-1 and CLDR: such a
# term is reference data, never a person's decision.
REFERENCE_SOURCE = re.compile(r"^(?:ISO 3166-1 via iso-codes \(pycountry [^)]*\)|Unicode CLDR via babel \S+)$")
XML_ID = re.compile(r"^[A-Za-z_][\w.\-]*$")

# Languages written first, in this order; any other BCP 47 code follows alphabetically.
LANGUAGE_ORDER = ("en", "ko", "es")


def status_to_tbx(status: str) -> str:
    """'preferred' -> 'preferredTerm-admn-sts' (TBX-Basic's administrativeStatus value)."""
    return f"{status}Term-admn-sts"


def language_sort_key(lang: str) -> tuple[int, str]:
    """en, ko, es first, then the rest alphabetically."""
    base = lang.split("-")[0].lower()
    rank = LANGUAGE_ORDER.index(base) if base in LANGUAGE_ORDER else len(LANGUAGE_ORDER)
    return (rank, lang.lower())


@dataclass(slots=True)
class Context:
    """A sentence showing the term in use, and where it comes from."""

    text: str
    source: str | None = None


@dataclass(slots=True)
class Term:
    """One designation of a concept in one language.

    `sources` are where this exact form is attested: a URL, a reference data set's name, or
    a document reference `path:line`. `review` is "approved" once a person has confirmed the
    term; "candidate" terms are proposals and are never presented as approved.
    """

    text: str
    term_type: str | None = None
    status: str | None = None
    part_of_speech: str | None = None
    gender: str | None = None
    geographical_usage: str | None = None
    contexts: list[Context] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    review: str = "approved"

    @property
    def is_candidate(self) -> bool:
        return self.review == "candidate"

    @property
    def is_generic(self) -> bool:
        """A generic word for an office of any country: never corrected into one country's title."""
        return any(note.startswith(GENERIC_NOTE) for note in self.notes)


@dataclass(slots=True)
class Concept:
    """A meaning with its designations in every language, as in TBX, IATE and UNTERM."""

    id: str
    subject: str | None = None
    definition: str | None = None
    notes: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    cross_refs: list[str] = field(default_factory=list)
    terms: dict[str, list[Term]] = field(default_factory=dict)

    def languages(self) -> list[str]:
        """Languages that have at least one term, in the canonical order."""
        return sorted((lang for lang, terms in self.terms.items() if terms), key=language_sort_key)

    def add_term(self, lang: str, term: Term) -> Term:
        self.terms.setdefault(lang, []).append(term)
        return term

    def preferred(self, lang: str) -> Term | None:
        """The preferred term in `lang`, else the first approved one, else the first one."""
        terms = self.terms.get(lang) or []
        for term in terms:
            if term.status == "preferred" and not term.is_candidate:
                return term
        for term in terms:
            if not term.is_candidate:
                return term
        return terms[0] if terms else None

    def scope(self, get) -> str | None:
        """The country or organization this title or office belongs to: its first
        crossReference to a concept of that subject (`get` maps an id to a Concept)."""
        if self.subject not in SCOPED_SUBJECTS:
            return None
        for target in self.cross_refs:
            other = get(target)
            if other is not None and other.subject in SCOPE_SUBJECTS:
                return target
        return None

    def all_terms(self):
        """(lang, term) pairs in canonical language order."""
        for lang in self.languages():
            for term in self.terms[lang]:
                yield lang, term


@dataclass(slots=True)
class TermBase:
    """A list of concepts plus the header a TBX file carries.

    Concepts are a list, not a dict, so that a file with duplicate ids can be loaded and
    reported by `validate` instead of silently losing one entry.
    """

    concepts: list[Concept] = field(default_factory=list)
    title: str = "termkit term base"
    description: str = "Trilingual (en/ko/es) term base of official names, maintained with termkit."
    # (line, message) for values the file held that TBX does not allow (see formats/tbx.py)
    invalid: list[tuple[int | None, str]] = field(default_factory=list)

    def by_id(self) -> dict[str, Concept]:
        """Concepts keyed by id (the last one wins where ids repeat; validate reports those)."""
        return {concept.id: concept for concept in self.concepts}

    def get(self, concept_id: str) -> Concept | None:
        for concept in self.concepts:
            if concept.id == concept_id:
                return concept
        return None

    def sorted(self) -> list[Concept]:
        return sorted(self.concepts, key=lambda concept: concept.id)

    def languages(self) -> list[str]:
        langs = {lang for concept in self.concepts for lang, terms in concept.terms.items() if terms}
        return sorted(langs, key=language_sort_key)

    def term_count(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for concept in self.concepts:
            for lang, term in concept.all_terms():
                counts[lang] = counts.get(lang, 0) + 1
        return dict(sorted(counts.items(), key=lambda item: language_sort_key(item[0])))
