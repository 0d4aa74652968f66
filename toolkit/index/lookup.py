"""Look up a name in any of the term base's languages: exact, then prefix, then fuzzy.

Queries and terms are compared in a normal form: case-folded, Latin accents removed, hyphens
as spaces, one space between words; a Korean query loses its trailing particles
("외교부에서는" -> 외교부). The index (sorted normal forms per language, and each concept as
marshal bytes decoded only when shown) is cached on disk by the base's content, so a look-up
in a 50,000-concept base costs a file read, not a TBX parse. The index is laid out for
loading: per language the sorted keys (toolkit.index.keys.JoinedStrings) and an array of
owners, and an array of offsets into the concepts' blob, which stays on disk until a hit
is shown (toolkit.index.cache.cached_with_blob).
"""

from __future__ import annotations

import bisect
import marshal
import os
from array import array
from collections.abc import Callable
from dataclasses import dataclass

from toolkit.index.cache import Slices
from toolkit.index.keys import JoinedStrings
from toolkit.index.plain import concept_from_plain, concept_to_plain
from toolkit.model.termbase import Concept, TermBase, language_sort_key
from toolkit.text.fold import search_form
from toolkit.text.korean import is_hangul, strip_particles

LOOKUP_VERSION = "5"
TIERS = ("exact", "prefix", "fuzzy")
# fuzz.ratio (normalized Indel similarity): a typo or a missing word ("sistema de
# integracion centroamericana" for "... de la integración ...") scores 83-97; it is also
# 100x faster than WRatio, whose partial matching rates any 4-letter acronym inside a long
# query at 90.
FUZZY_CUTOFF = 80.0
PREFIX_SCAN = 200


@dataclass(frozen=True)
class Hit:
    """One concept found: how (exact/prefix/fuzzy), by which term, and how well (0-100)."""

    concept: Concept
    score: float
    how: str
    term: str
    lang: str
    scope: str | None = None  # the country or organization a title belongs to (Concept.scope)


class LookupIndex:
    """Normal forms of every term per language, pointing at concepts stored as bytes."""

    def __init__(self, plain: tuple, records: Slices):
        by_lang, offsets, self._scopes = plain
        self._keys = {lang: JoinedStrings(joined, starts) for lang, (joined, starts, _) in by_lang.items()}
        self._owners = {lang: array("I", owners) for lang, (_, _, owners) in by_lang.items()}
        self._offsets = array("Q", offsets)
        self._records = records

    @classmethod
    def from_termbase(cls, termbase: TermBase) -> LookupIndex:
        plain, records = cls.plain_from_termbase(termbase)
        return cls(plain, Slices(data=records))

    @staticmethod
    def plain_from_termbase(termbase: TermBase) -> tuple[tuple, bytes]:
        """(index as marshal-able plain data, all concepts as one blob of marshal records)."""
        pairs: dict[str, set[tuple[str, int]]] = {}
        for index, concept in enumerate(termbase.concepts):
            for lang, term in concept.all_terms():
                key = search_form(term.text)
                if key and "\n" not in key:
                    pairs.setdefault(lang, set()).add((key, index))
        by_lang = {}
        for lang in sorted(pairs, key=language_sort_key):
            ordered = sorted(pairs[lang])
            joined, starts = JoinedStrings.plain([key for key, _ in ordered])
            by_lang[lang] = (joined, starts, array("I", (owner for _, owner in ordered)).tobytes())
        records = [marshal.dumps(concept_to_plain(concept)) for concept in termbase.concepts]
        offsets = array("Q", [0])
        for record in records:
            offsets.append(offsets[-1] + len(record))
        get = termbase.by_id().get
        scopes = {index: scope for index, concept in enumerate(termbase.concepts) if (scope := concept.scope(get))}
        return (by_lang, offsets.tobytes(), scopes), b"".join(records)

    def languages(self, lang: str | None) -> list[str]:
        return [name for name in self._keys if lang is None or name.split("-")[0] == lang]

    def keys(self, lang: str) -> JoinedStrings:
        return self._keys[lang]

    def owner(self, lang: str, position: int) -> int:
        return self._owners[lang][position]

    def __contains__(self, key: str) -> bool:
        """Is `key` the normal form of some term (any language)? Lets strip_particles check stems."""
        return any(_position(keys, key) is not None for keys in self._keys.values())

    def scope(self, owner: int) -> str | None:
        return self._scopes.get(owner)

    def concept(self, owner: int) -> Concept:
        record = self._records.read(self._offsets[owner], self._offsets[owner + 1])
        return concept_from_plain(marshal.loads(record))


def _position(keys: JoinedStrings, key: str) -> int | None:
    at = bisect.bisect_left(keys, key)
    return at if at < len(keys) and keys[at] == key else None


def load_lookup_index(termbase_path: str | os.PathLike, with_reference: bool = False,
                      read: Callable[[], TermBase] | None = None) -> LookupIndex:
    """The look-up index of the base at `termbase_path` (with reference data merged in, if
    asked), cached by the file's content; `read` as for load_matcher."""
    from toolkit.index.cache import cached_with_blob, content_key
    from toolkit.index.reader import shared_reader
    from toolkit.termbase.reference import reference_stamp

    read = read or shared_reader(termbase_path, with_reference)

    def build() -> tuple[tuple, bytes]:
        return LookupIndex.plain_from_termbase(read())

    version = f"{LOOKUP_VERSION}|{reference_stamp()}" if with_reference else LOOKUP_VERSION
    key = content_key(termbase_path, "lookup", version)
    return LookupIndex(*cached_with_blob("lookup", key, build))


def query_forms(index: LookupIndex, query: str) -> list[str]:
    """The normalized query, and without Korean particles on its last word when it has some.

    A stem the base knows is preferred ("우루과이" stays whole, "외교부는" -> "외교부").
    """
    normal = search_form(query)
    head, _, last = normal.rpartition(" ")
    if not last or not is_hangul(last[-1]) or normal in index:
        return [normal]
    stem = strip_particles(last, known=index) if last not in index else last
    if stem == last:
        stem = strip_particles(last)
    stripped = f"{head} {stem}".strip()
    return [normal] if stripped == normal else [stripped, normal]


def lookup(source: TermBase | LookupIndex, query: str, lang: str | None = None, limit: int = 10) -> list[Hit]:
    """Concepts matching `query`, best first: exact, then prefix, then fuzzy; one hit per concept.

    Fuzzy matching runs only when no term matches exactly: someone who typed a name right
    wants that name and the longer ones it starts, not its look-alikes.
    """
    index = source if isinstance(source, LookupIndex) else LookupIndex.from_termbase(source)
    forms = [form for form in query_forms(index, query) if form]
    if not forms:
        return []
    best: dict[int, tuple] = {}

    def offer(tier: int, score: float, lang_: str, position: int) -> None:
        owner = index.owner(lang_, position)
        rank = (tier, -score, language_sort_key(lang_), position)
        if owner not in best or rank < best[owner][0]:
            best[owner] = (rank, score, lang_, index.keys(lang_)[position])

    for lang_ in index.languages(lang):
        keys = index.keys(lang_)
        for form in forms:
            _exact_and_prefix(keys, form, lambda tier, score, at: offer(tier, score, lang_, at))
    if not any(rank[0] == 0 for rank, *_ in best.values()):
        from rapidfuzz import fuzz, process

        for lang_ in index.languages(lang):
            found = process.extract(
                forms[0], index.keys(lang_).as_list(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=limit * 4
            )
            for _, score, position in found:
                offer(2, score, lang_, position)
    ranked = sorted(best.items(), key=lambda item: (item[1][0][:3], item[0]))
    return [_hit(index, owner, entry, query) for owner, entry in ranked[:limit]]


def _exact_and_prefix(keys: JoinedStrings, form: str, offer) -> None:
    at = bisect.bisect_left(keys, form)
    for position in range(at, min(at + PREFIX_SCAN, len(keys))):
        key = keys[position]
        if not key.startswith(form):
            break
        if key == form:
            offer(0, 100.0, position)
        else:
            offer(1, round(100.0 * len(form) / len(key), 1), position)


def _hit(index: LookupIndex, owner: int, entry: tuple, query: str) -> Hit:
    """The hit, naming the term that matched (the one spelled like the query, if several)."""
    (tier, *_), score, lang, key = entry
    concept = index.concept(owner)
    same = [t.text for t in concept.terms.get(lang, []) if search_form(t.text) == key]
    term = min(same, key=lambda text: text != query.strip()) if same else key
    return Hit(concept, round(score, 1), TIERS[tier], term, lang, index.scope(owner))
