"""What every rule sees: one checked file, its term matches, the base and the run's settings."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from toolkit.check.compounds import with_glued_offices
from toolkit.check.config import CheckConfig
from toolkit.check.findings import Finding
from toolkit.check.forms import other_designation_kind
from toolkit.index.misses import FUNCTION_WORDS, NearMiss
from toolkit.index.nearmiss import NearMissIndex
from toolkit.model.segment import CheckedFile, Segment
from toolkit.model.termbase import Term
from toolkit.text.korean import GENITIVE, HANGUL_CLASS, is_particle_chain, particle_stems
from toolkit.text.language import primary_language


# A country named this close before a title, in the same sentence, is whose title it is
# ("(호주) 아담 맥카시(Adam McCarthy) 외교통상부", "Panama's Vice Foreign Minister"); so is one
# named right after it ("... of Panama", "... de la República de Corea").
OWNER_BEFORE = 40
_SENTENCE_END = re.compile(r"[.!?。](?:\s|$)")
_OWNER_AFTER = re.compile(r"\s+(?:of(?: the)?|de(?:l| la)?)\s+", re.IGNORECASE)


def _phrase_closed(between: str) -> bool:
    """A Korean word with a case particle between a country and a title closes the country's
    phrase: in "멕시코 신정부 출범식에 강경화 외교통상부장관이" the minister is not Mexico's
    (the genitive 의 keeps it open: "멕시코의 외교부")."""
    glued = _HANGUL_WORD.match(between)  # the country's own particle: "멕시코를 방문 중인 박진 외교부 장관"
    if glued is not None and is_particle_chain(glued.group()) and glued.group() != GENITIVE:
        return True
    for word in _HANGUL_WORD.findall(between):
        stems = particle_stems(word)
        if stems and word[len(stems[0]):] != GENITIVE:
            return True
    return False


_HANGUL_WORD = re.compile(f"{HANGUL_CLASS}+")


# A web or e-mail address is no running text: ".../roundtable-at-seoul-republic-of-korea" names
# nothing a translator wrote, so no match or near miss inside one is reported.
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+")


def address_spans(text: str) -> list[tuple[int, int]]:
    if "://" not in text and "www." not in text and "@" not in text:
        return []
    return [match.span() for match in _ADDRESS.finditer(text)]


def outside(spans: list[tuple[int, int]], found: list) -> list:
    """The matches or near misses (each with start and end) that lie in none of `spans`."""
    if not spans:
        return found
    return [item for item in found if not any(begin <= item.start and item.end <= finish for begin, finish in spans)]


@dataclass
class Located:
    """A matcher hit and the segment it was found in (its offsets are into segment.text)."""

    segment: Segment
    match: object  # toolkit.index.matcher.Match

    @property
    def lang(self) -> str | None:
        return primary_language(self.match.lang)


class CheckContext:
    """Lazily computed facts about one file, shared by the rules so none is computed twice."""

    def __init__(self, file: CheckedFile, concepts, matcher, config: CheckConfig,
                 nearmiss: Callable[[], NearMissIndex], found: tuple[list, list] | None = None):
        """`found`: the matches and near misses, already searched (check --jobs on one big file)."""
        self.file = file
        self.concepts = concepts
        self.matcher = matcher
        self.config = config
        self._nearmiss = nearmiss
        if found is not None:
            matches, near_misses = found
            self.__dict__["matches"] = [located for located in matches
                                        if outside(self._addresses[id(located.segment)], [located.match])]
            self.__dict__["near_misses"] = [(segment, miss) for segment, miss in near_misses
                                            if outside(self._addresses[id(segment)], [miss])]

    @cached_property
    def _addresses(self) -> dict[int, list[tuple[int, int]]]:
        """Each segment's web and e-mail addresses, where no match or near miss is reported."""
        return {id(segment): address_spans(segment.text) for segment in self.file.segments}

    @cached_property
    def matches(self) -> list[Located]:
        """Exact (and inflected) matches of base terms in every segment, in text order, outside
        web and e-mail addresses."""
        return [Located(segment, match) for segment in self.file.segments
                for match in outside(self._addresses[id(segment)],
                                     with_glued_offices(self.matcher, segment.text))]

    @cached_property
    def covered(self) -> dict[int, list[tuple[int, int, str]]]:
        """(start, end, concept id) of the exact matches, per segment (by its id)."""
        covered: dict[int, list[tuple[int, int, str]]] = {}
        for located in self.matches:
            covered.setdefault(id(located.segment), []).append(
                (located.match.start, located.match.end, located.match.concept_id)
            )
        return covered

    @cached_property
    def near_misses(self) -> list[tuple[Segment, NearMiss]]:
        """Spans one slip away from a known term, outside the exact matches."""
        index: NearMissIndex = self._nearmiss()
        return [
            (segment, miss)
            for segment in self.file.segments
            for miss in outside(self._addresses[id(segment)],
                                index.find(segment.text, self.covered.get(id(segment), []), self.config.fuzzy_cutoff))
        ]

    def knows_word(self, word: str) -> bool:
        """Is `word` one the base's names are written with, or a function word joining them
        (so no misspelling of one)?"""
        return word.casefold() in FUNCTION_WORDS or self._nearmiss().is_word(word.casefold())

    @cached_property
    def deprecated_in_other_case(self) -> list[tuple[Segment, NearMiss, Term]]:
        """Deprecated or superseded terms written in another case than the base's ("Sistema de
        Integración centroamericana"): the matcher's case policy leaves them to the near-miss
        search, which finds them as case variants; they are TK101's findings, not TK103's."""
        found = []
        for segment, miss in self.near_misses:
            if miss.kind == "case":
                term = next((term for term in self.terms_in(miss.term.concept_id, primary_language(miss.term.lang))
                             if term.text == miss.term.text), None)
                if term is not None and term.status in ("deprecated", "superseded"):
                    found.append((segment, miss, term))
        return found

    @cached_property
    def _countries(self) -> dict[int, list[tuple[int, int, str]]]:
        """(start, end, concept id) of every country mention, per segment."""
        found: dict[int, list[tuple[int, int, str]]] = {}
        for located in self.matches:
            concept = self.concepts.get(located.match.concept_id)
            if concept is not None and concept.subject == "country":
                found.setdefault(id(located.segment), []).append(
                    (located.match.start, located.match.end, located.match.concept_id))
        return found

    def owner(self, located: Located) -> str | None:
        """The country a mention is said to belong to (see OWNER_BEFORE), or None."""
        text, match = located.segment.text, located.match
        countries = self._countries.get(id(located.segment), [])
        for start, _end, concept_id in countries:
            if start >= match.end:
                joint = _OWNER_AFTER.match(text, match.end)
                if joint is not None and joint.end() == start:
                    return concept_id
                break
        before = [(end, concept_id) for _start, end, concept_id in countries if end <= match.start]
        if before:
            end, concept_id = before[-1]
            if (match.start - end <= OWNER_BEFORE and not _SENTENCE_END.search(text, end, match.start)
                    and not _phrase_closed(text[end:match.start])):
                return concept_id
        return None

    def belongs_elsewhere(self, located: Located) -> bool:
        """A title or office of one country (its scope) written for another country's:
        "외교통상부" after "(호주)" is Australia's department, not Korea's old ministry name."""
        concept = self.concepts.get(located.match.concept_id)
        scope = concept.scope(self.concepts.get) if concept is not None else None
        owner = self.owner(located) if scope else None
        return bool(owner) and owner != scope

    def suggested(self, term: Term, concept_id: str, lang: str | None) -> Term | None:
        """The form to suggest for a mention of `term`: the preferred term, unless `term` is
        another kind of designation (a short form or acronym stays one)."""
        preferred = self.preferred(concept_id, lang)
        if preferred is None or (term.status not in ("deprecated", "superseded")
                                 and other_designation_kind(term, preferred)):
            return term if term.status not in ("deprecated", "superseded") else None
        return preferred

    def preferred(self, concept_id: str, lang: str | None) -> Term | None:
        """The base's preferred term for a concept in a language ('ko' finds 'ko-KR' too)."""
        concept = self.concepts.get(concept_id)
        if concept is None or lang is None:
            return None
        for code in concept.terms:
            if primary_language(code) == lang:
                term = concept.preferred(code)
                if term is not None and term.status not in ("deprecated", "superseded"):
                    return term
        return None

    def terms_in(self, concept_id: str, lang: str | None) -> list[Term]:
        concept = self.concepts.get(concept_id)
        if concept is None:
            return []
        return [term for code, terms in concept.terms.items() if primary_language(code) == lang for term in terms]

    def finding(self, code: str, segment: Segment, start: int, end: int, message: str, *, found: str | None = None,
                suggestion: str | None = None, concept: str | None = None, fix: str | None = None) -> Finding:
        """A finding at segment.text[start:end], positioned in the raw file."""
        line, column = segment.position(start)
        end_line, end_column = segment.position(end) if end > start else (line, column)
        if not segment.is_single_line and end > start:
            end_line, end_column = segment.position(end - 1)
            end_column += 1
        return Finding(self.file.path, line, column, end_line, end_column, code, self.config.severity(code),
                       message, found, suggestion, concept, fix)


def match_case(replacement: str, written: str) -> str:
    """Carry a sentence-initial capital over to the replacement ('Availability zone')."""
    if written[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
