"""From releases to proposed trilingual concepts: gather pairings, link them, report conflicts.

Pairings come from glosses printed in place (parenthetical), acronyms spelled out in several
languages (acronym-pivot), names inside aligned lines of parallel releases (parallel,
romanization, reference). Pairings that repeat are merged and their scores combined; linked
pairings form one candidate. What the base already says is confirmed, not proposed again.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from toolkit.align.conflicts import Conflict, find_conflicts
from toolkit.align.parallel import (
    KIND_CLASSES, Bead, CoOccurrence, LineMention, align_lines, pair_bead, pair_documents,
)
from toolkit.align.parenthetical import AcronymDefinition, acronym_definitions, gloss_pairings
from toolkit.align.shapes import cognate_names, garbled, is_document, is_meeting
from toolkit.extract.extractor import Extraction, read_document
from toolkit.model.candidate import Candidate, Evidence, Pairing, TermRef, make_candidate
from toolkit.model.document import Document
from toolkit.model.termbase import TermBase, language_sort_key
from toolkit.text.korean import is_hangul
from toolkit.text.language import detect, language_of
from toolkit.text.romanize import overrides_from_termbase

MIN_SCORE = 0.5  # pairings weaker than this are not worth a translator's time
IN_TEXT_DEFINITION = 0.9
PIVOT = 0.85
COGNATE = 0.7  # two long forms spelt alike word for word, from two releases: for a person to confirm


@dataclass
class AlignmentResult:
    """New candidates, the conflicts among them, and pairings the base already confirms."""

    candidates: list[Candidate] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    confirmed: list[Pairing] = field(default_factory=list)

    def summary(self) -> str:
        return f"{len(self.candidates)} new candidate(s), {len(self.conflicts)} conflict(s)"


def propose(documents: list[Document], termbase: TermBase, pairs_path: Path | None = None,
            extractions: dict[str, Extraction] | None = None) -> AlignmentResult:
    """Candidates from `documents` (ingested releases), from what extraction read in them
    (`extractions`: {document path: Extraction}, read here when not given). `pairs_path` is
    sources/pairs.tsv when the project has one."""
    documents = sorted(documents, key=lambda doc: doc.path)
    if extractions is None:
        extractions = {doc.path: read_document(doc) for doc in documents}
    line_mentions = {doc.path: _line_mentions(doc, extractions[doc.path].mentions) for doc in documents}
    groups = pair_documents(documents, pairs_path)
    pairings = _in_text_pairings(documents, groups, extractions)
    pairings += _acronym_pivots(documents, extractions, line_mentions)
    pairings += _parallel_pairings(groups, line_mentions, overrides_from_termbase(termbase), _known_concepts(termbase))
    return link(pairings, termbase, _kinds(line_mentions))


def _line_mentions(doc: Document, found: list) -> list[LineMention]:
    """Mentions worth pairing, each in the language of its own words (a Spanish name quoted
    in an English release is Spanish). Bare titles ("Vice Minister" before a name) are left
    out: they are references to a person, not names of an office."""
    result = []
    latin_default = doc.language if doc.language in ("en", "es") else "en"
    for mention in found:
        if mention.kind == "title" and not any(is_hangul(c) for c in mention.text) and len(mention.text.split()) <= 2:
            continue
        code = None
        if mention.evidence.startswith("country-") and ":" in mention.evidence:  # ROK, an acronym, too
            code = mention.evidence.rsplit(":", 1)[1]
        if mention.kind == "person" and not any(is_hangul(c) for c in mention.text):
            lang = latin_default
        else:
            lang = language_of(mention.text, latin_default)
        result.append(LineMention(lang, mention.text, mention.kind, doc.path, mention.line, code, mention.start))
    return result


def _in_text_pairings(documents: list[Document], groups: list[dict[str, Document]],
                      extractions: dict[str, Extraction]) -> list[Pairing]:
    """Glosses, with a Latin original placed in the languages whose version prints it."""
    versions = {doc.path: group for group in groups for doc in group.values()}
    pairings = []
    for doc in documents:
        for line, lang, definitions in extractions[doc.path].lines:
            for pairing in gloss_pairings(definitions, line.text, lang, doc.path, line.raw_line):
                pairings.extend(_placed(pairing, versions.get(doc.path, {}), doc))
    return pairings


def _placed(pairing: Pairing, group: dict[str, Document], doc: Document) -> list[Pairing]:
    """A Korean name glossed in Latin script: the gloss is the English or Spanish name when that
    version prints it; with no version to check, the gloss's own language decides."""
    if pairing.a.lang != "ko" or not group:
        return [pairing]
    langs = ("en", "es") if detect(pairing.b.text) is None or len(pairing.b.text.split()) < 3 else (pairing.b.lang,)
    found = [lang for lang in langs if lang in group and pairing.b.text in group[lang].body_text()]
    if not found:
        return [pairing]
    return [Pairing(pairing.a, TermRef(lang, pairing.b.text, pairing.b.term_type), pairing.score, pairing.evidence)
            for lang in found]


def _acronym_pivots(documents: list[Document], extractions: dict[str, Extraction],
                    line_mentions: dict[str, list[LineMention]]) -> list[Pairing]:
    """An acronym links its long forms in every language that spells it out, and its own uses
    in every language's documents; English and Spanish long forms of two acronyms link when
    they are cognate."""
    found = {doc.path: [(lang, definition) for line, lang, definitions in extractions[doc.path].lines
                        for definition in acronym_definitions(definitions, line.text, lang, doc.path, line.raw_line)]
             for doc in documents}
    specific = _specific_forms([definition for defined in found.values() for _, definition in defined])
    kept = {path: [(lang, d) for lang, d in defined if (d.acronym, d.lang, d.long) not in specific]
            for path, defined in found.items()}
    pairings = []
    uses: dict[str, dict[str, Evidence]] = {}
    for doc in documents:
        for lang, definition in kept[doc.path]:
            acronym = TermRef(lang, definition.acronym, "acronym")
            evidence = Evidence(definition.evidence.path, definition.evidence.line, "parenthetical",
                                definition.evidence.context)
            pairings.append(Pairing(acronym, TermRef(definition.lang, definition.long), IN_TEXT_DEFINITION, [evidence]))
            uses.setdefault(definition.acronym, {}).setdefault(lang, definition.evidence)
        for mention in line_mentions[doc.path]:
            if mention.kind == "acronym":
                evidence = Evidence(mention.path, mention.line, "acronym-pivot", mention.text)
                uses.setdefault(mention.text, {}).setdefault(mention.lang, evidence)
    for acronym, by_lang in sorted(uses.items()):
        for first, second in combinations(sorted(by_lang, key=language_sort_key), 2):
            pairings.append(Pairing(TermRef(first, acronym, "acronym"), TermRef(second, acronym, "acronym"), PIVOT,
                                    [by_lang[first], by_lang[second]]))
    return pairings + _cognate_long_forms([d for defined in kept.values() for _, d in defined])


def _cognate_long_forms(definitions) -> list[Pairing]:
    """English and Spanish long forms of two acronyms that are the same name word for word
    (Economic Commission for Latin America and the Caribbean, ECLAC / Comisión Económica para
    América Latina y el Caribe, CEPAL): each content word has one cognate on the other side."""
    firsts: dict[tuple[str, str], AcronymDefinition] = {}
    for definition in definitions:
        if definition.lang in ("en", "es"):
            firsts.setdefault((definition.lang, definition.long), definition)
    english = [d for (lang, _), d in sorted(firsts.items()) if lang == "en"]
    spanish = [d for (lang, _), d in sorted(firsts.items()) if lang == "es"]
    return [Pairing(TermRef("en", x.long), TermRef("es", y.long), COGNATE, [x.evidence, y.evidence])
            for x in english for y in spanish if x.acronym != y.acronym and cognate_names(x.long, y.long)]


def _specific_forms(definitions) -> set[tuple[str, str, str]]:
    """(acronym, language, long form) of long forms that end in another long form of the same
    acronym and language: "한-중미 자유무역협정" beside "자유무역협정" (FTA) names one
    agreement, which the acronym alone does not."""
    forms: dict[tuple[str, str], set[str]] = {}
    for definition in definitions:
        forms.setdefault((definition.acronym, definition.lang), set()).add(definition.long)
    return {(acronym, lang, long) for (acronym, lang), longs in forms.items() for long in longs
            if any(other != long and long.endswith(other) for other in longs)}


def _parallel_pairings(groups, line_mentions, overrides, known) -> list[Pairing]:
    """Align every two versions of a release, count co-occurrence, then pair inside beads."""
    aligned: list[tuple[tuple, Bead, list[LineMention], list[LineMention]]] = []
    cooccurrence: dict[tuple[str, str], CoOccurrence] = {}
    for group in groups:
        langs = sorted(group, key=language_sort_key)
        for first, second in combinations(langs, 2):
            a, b = group[first], group[second]
            counts = cooccurrence.setdefault((first, second), CoOccurrence())
            for bead in align_lines(a.lines, b.lines):
                left = _in_lines(line_mentions[a.path], bead.a)
                right = _in_lines(line_mentions[b.path], bead.b)
                counts.add({(m.lang, m.text) for m in left}, {(m.lang, m.text) for m in right})
                aligned.append((((first, second), (a.path, b.path)), bead, left, right))
    pairings = []
    for (langs, paths), bead, left, right in aligned:
        pairings.extend(pair_bead(bead, paths, langs, (left, right), cooccurrence[langs], overrides, known))
    return pairings


def _in_lines(mentions: list[LineMention], lines) -> list[LineMention]:
    numbers = {line.raw_line for line in lines}
    return [m for m in mentions if m.line in numbers]


def _kinds(line_mentions: dict[str, list[LineMention]]) -> dict[tuple[str, str], str]:
    """The kind extraction gave each (language, text) most often."""
    counts: Counter = Counter()
    for found in line_mentions.values():
        counts.update((m.lang, m.text, m.kind) for m in found)
    kinds: dict[tuple[str, str], str] = {}
    for (lang, text, kind), _ in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        kinds.setdefault((lang, text), kind)
    return kinds


def link(pairings: list[Pairing], termbase: TermBase, kinds: dict[tuple[str, str], str] | None = None) -> AlignmentResult:
    """Merge repeated pairings, set aside what the base or reference data confirms (country
    names are the reference data's, never proposed here), and group the rest."""
    merged = _merge(pairings)
    known = _known_concepts(termbase)
    confirmed, fresh = [], []
    for pairing in merged:
        shared = known.get((pairing.a.lang, pairing.a.text), set()) & known.get((pairing.b.lang, pairing.b.text), set())
        by_reference = {e.method for e in pairing.evidence} == {"reference"}
        (confirmed if shared or by_reference else fresh).append(pairing)
    kinds = kinds or {}
    candidates = [make_candidate(_subject(component, kinds), component) for component in _components(fresh, kinds)]
    candidates.sort(key=lambda c: c.id)
    return AlignmentResult(candidates, find_conflicts(candidates, termbase), confirmed)


def _merge(pairings: list[Pairing]) -> list[Pairing]:
    """One pairing per pair of terms; independent evidence raises the score (noisy-or)."""
    by_key: dict[tuple, Pairing] = {}
    for pairing in pairings:
        if pairing.a.lang == pairing.b.lang and "acronym" not in (pairing.a.term_type, pairing.b.term_type):
            continue
        if (pairing.a.lang, pairing.a.text) == (pairing.b.lang, pairing.b.text):
            continue
        if garbled(pairing.a.text) or garbled(pairing.b.text):
            continue
        key = pairing.key()
        if key not in by_key:
            by_key[key] = Pairing(key[0], key[1], pairing.score, list(pairing.evidence))
            continue
        kept = by_key[key]
        kept.score = 1 - (1 - kept.score) * (1 - pairing.score)
        kept.evidence.extend(e for e in pairing.evidence if e not in kept.evidence)
    result = []
    for pairing in by_key.values():
        pairing.score = round(min(pairing.score, 0.99), 4)
        pairing.evidence.sort()
        if pairing.score >= MIN_SCORE:
            result.append(pairing)
    return sorted(result, key=lambda p: [t.sort_key() for t in p.key()])


def _known_concepts(termbase: TermBase) -> dict[tuple[str, str], set[str]]:
    index: dict[tuple[str, str], set[str]] = {}
    for concept in termbase.concepts:
        for lang, term in concept.all_terms():
            if not term.is_candidate:
                index.setdefault((lang, term.text), set()).add(concept.id)
    return index


def _components(pairings: list[Pairing], kinds: dict[tuple[str, str], str] | None = None) -> list[list[Pairing]]:
    """Pairings linked through shared terms (union-find over (language, text)), strongest
    first. A pairing that would join names of two different kinds (a forum and its ministers'
    meeting, through one acronym) is left out: two concepts, not one."""
    parent: dict[tuple[str, str], tuple[str, str]] = {}
    group_kinds: dict[tuple[str, str], set[str]] = {}

    def root(node):
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    kept = []
    for pairing in sorted(pairings, key=lambda p: (-p.score, [t.sort_key() for t in p.key()])):
        for term in (pairing.a, pairing.b):
            if (term.lang, term.text) not in parent:
                kind = _kind_class(term, kinds or {})
                group_kinds[root((term.lang, term.text))] = {kind} if kind else set()
        a, b = root((pairing.a.lang, pairing.a.text)), root((pairing.b.lang, pairing.b.text))
        if a != b:
            if group_kinds[a] and group_kinds[b] and not group_kinds[a] & group_kinds[b]:
                continue
            low, high = min(a, b), max(a, b)
            parent[high] = low
            group_kinds[low] = group_kinds[a] | group_kinds[b]
        kept.append(pairing)
    groups: dict[tuple[str, str], list[Pairing]] = {}
    for pairing in kept:
        groups.setdefault(root((pairing.a.lang, pairing.a.text)), []).append(pairing)
    return [sorted(groups[key], key=lambda p: [t.sort_key() for t in p.key()]) for key in sorted(groups)]


def _kind(term: TermRef, kinds: dict[tuple[str, str], str]) -> str | None:
    """A term's kind: a meeting or an agreement by its head word, else the kind extraction
    gave it most often (an acronym says nothing of its own)."""
    if term.term_type == "acronym":
        return None
    if is_meeting(term.text, term.lang):
        return "meeting"
    if is_document(term.text, term.lang):
        return "document"
    kind = kinds.get((term.lang, term.text))
    return None if kind == "acronym" else kind


def _kind_class(term: TermRef, kinds: dict[tuple[str, str], str]) -> str | None:
    """Kinds that may share a concept fall in one class (an organization and a ministry)."""
    kind = _kind(term, kinds)
    return KIND_CLASSES.get(kind, kind) if kind else None


def _subject(component: list[Pairing], kinds: dict[tuple[str, str], str]) -> str | None:
    """The kind most of the full forms have (a meeting or an agreement by its head word, else
    extraction's kind; acronyms say nothing on their own; a transcribed name may be a person or a place,
    so transcription alone decides nothing)."""
    votes = Counter(kind for kind in (_kind(t, kinds) for t in {t for p in component for t in (p.a, p.b)}) if kind)
    if votes:
        return sorted(votes.items(), key=lambda item: (-item[1], item[0]))[0][0]
    if any(t.term_type == "acronym" for p in component for t in (p.a, p.b)):
        return "organization"
    return None
