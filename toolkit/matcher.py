"""Find every term of a term base in running text: English, Korean and Spanish.

The index holds the folded form (lower case; accents stripped when asked) of every term and
of the inflected forms a reader expects ("Vice Ministers of Foreign Affairs", "Viceministras
de Relaciones Exteriores"). They are found with an Aho-Corasick automaton (ahocorasick_rs,
the Rust aho-corasick crate: it scans twice as fast as pyahocorasick on a 200,000-key
index), or, for the first few pages a process searches, by probing (see Matcher). Each raw hit is
kept only if it sits on the language's boundaries (toolkit.match.boundaries) and has the
case the term asks for:

- acronyms and names with capitals inside a word ("SICA", "MIKTA"): exactly as written;
- other names with capitals ("Ministry of Foreign Affairs"): as written, except that the
  first letter may change case (sentence start, Spanish lower-case titles), or all in capitals;
- lower-case terms and Korean: any case.

Overlaps are resolved longest first; among equally long ones the earlier start wins; for the
same span, a written term beats an inflected form, then en < ko < es, then preferred before
admitted before deprecated, approved before candidate, then concept id.
"""

from __future__ import annotations

import bisect
import marshal
import os
import unicodedata
import zlib
from array import array
from dataclasses import dataclass
from pathlib import Path

from toolkit.match.boundaries import ends_ok, is_word_char, starts_ok
from toolkit.match.cache import Slices
from toolkit.match.fold import fold, fold_key, strip_accents
from toolkit.match.inflection import english_forms, spanish_forms
from toolkit.match.keys import SortedKeys
from toolkit.match.plain import term_from_plain, term_to_plain
from toolkit.model import Term, TermBase, language_sort_key

MATCHER_VERSION = "3"
FILTER_BITS = 1 << 23
# Names of people and places are not inflected: "Choi Jong Kuns" is nobody.
UNINFLECTED_SUBJECTS = frozenset({"person", "country", "place"})
ACRONYM_TYPES = frozenset({"acronym", "abbreviation"})
STATUS_RANK = {"preferred": 0, "admitted": 1, None: 2, "deprecated": 3, "superseded": 4}

# Entry fields (an entry is one surface form of one term, stored as a plain tuple).
E_LANG, E_CONCEPT, E_TERM, E_SURFACE, E_INFLECTED, E_POLICY = range(6)


@dataclass(slots=True)
class Match:
    """A term found in a text: [start, end) are character offsets into the text given."""

    start: int
    end: int
    text: str
    lang: str
    concept_id: str
    term: Term
    inflected: bool


def case_policy(term: Term) -> str:
    """'exact' for acronyms, 'title' for names with capitals, 'fold' for the rest."""
    if term.term_type in ACRONYM_TYPES:
        return "exact"
    for word in term.text.split():
        letters = [c for c in word if c.isalpha()]
        if sum(c.isupper() for c in letters) >= 2 or any(
            a.islower() and b.isupper() for a, b in zip(letters, letters[1:])
        ):
            return "exact"
    return "title" if any(c.isupper() for c in term.text) else "fold"


def inflected_forms(subject: str | None, lang: str, term: Term) -> list[str]:
    """Forms of `term` besides its own text that should match it (see toolkit.match.inflection)."""
    if subject in UNINFLECTED_SUBJECTS or case_policy(term) == "exact":
        return []
    base = lang.split("-")[0].lower()
    if base == "en":
        return english_forms(term.text)
    if base == "es":
        return spanish_forms(term.text, gendered=subject == "title", feminine=term.gender == "feminine")
    return []


def case_ok(found: str, surface: str, policy: str) -> bool:
    """Does `found` (already equal to `surface` once folded) have the case the term needs?"""
    if policy == "fold" or found == surface:
        return True
    if policy == "title":
        return found[1:] == surface[1:] or found.isupper()
    return False


class Matcher:
    """All terms of one term base, ready to be found in any number of texts.

    Two engines give the same matches. Short inputs are searched by probing: every span
    that starts and ends on a boundary is looked up among the sorted keys (behind a bit
    filter), which needs no set-up, so a command checking one page starts at once (~4 µs a
    character). Once `automaton_after` characters have been searched, the Aho-Corasick
    automaton is built (~4 µs a key: 0.9 s for 207,000) and used from then on; switching
    when probing has cost about what building costs is never worse than twice the best choice.
    """

    CHARACTERS_PER_KEY = 1.2

    def __init__(self, plain: tuple, records: Slices, terms: list[Term] | None = None):
        accent_insensitive, joined, starts, self._filter, offsets, self._edge_chars, self._longest = plain
        self.accent_insensitive: bool = accent_insensitive
        self._keys = SortedKeys(joined, starts)
        self._records = records
        self._offsets = array("Q", offsets)
        self._groups: dict[int, tuple] = {}
        self._terms: dict[int, Term] = dict(enumerate(terms)) if terms is not None else {}
        self._automaton = None
        self._searched = 0
        self.automaton_after = int(self.CHARACTERS_PER_KEY * len(self._keys))

    @classmethod
    def from_termbase(cls, termbase: TermBase, *, accent_insensitive: bool = False) -> Matcher:
        plain, records, terms = cls.index(termbase, accent_insensitive)
        return cls(plain, Slices(data=records), terms)

    @staticmethod
    def index(termbase: TermBase, accent_insensitive: bool) -> tuple[tuple, bytes, list[Term]]:
        """(plain index, records blob, terms): the index's parts, as the on-disk cache stores them.

        Records are the key groups (one per sorted key: its entries, best first) followed
        by the terms, each a marshal record, read only when a match needs it.
        """
        terms: list[Term] = []
        entries: list[tuple] = []
        ranks: list[tuple] = []
        by_key: dict[str, list[int]] = {}
        for concept in termbase.concepts:
            for lang, lang_terms in concept.terms.items():
                for term in lang_terms:
                    surface = term.text.strip()
                    if not surface or "\n" in surface:
                        continue
                    terms.append(term)
                    policy = case_policy(term)
                    forms = [(surface, False)]
                    forms += [(form, True) for form in inflected_forms(concept.subject, lang, term)]
                    for form, inflected in forms:
                        compared = strip_accents(form) if accent_insensitive else form
                        by_key.setdefault(fold_key(form, accent_insensitive), []).append(len(entries))
                        entries.append((lang, concept.id, len(terms) - 1, compared, inflected, policy))
                        ranks.append((
                            inflected, language_sort_key(lang), STATUS_RANK.get(term.status, 2),
                            term.is_candidate, concept.id, len(entries),
                        ))
        keys = sorted(by_key)
        groups = [tuple(entries[i] for i in sorted(by_key[key], key=ranks.__getitem__)) for key in keys]
        joined, starts = SortedKeys.plain(keys)
        records = [marshal.dumps(group) for group in groups] + [marshal.dumps(term_to_plain(t)) for t in terms]
        offsets = array("Q", [0])
        for record in records:
            offsets.append(offsets[-1] + len(record))
        edges = "".join(sorted({c for key in keys for c in (key[0], key[-1]) if not is_word_char(c)}))
        plain = (
            accent_insensitive, joined, starts, _key_filter(keys), offsets.tobytes(), edges,
            max(map(len, keys), default=0),
        )
        return plain, b"".join(records), terms

    def __len__(self) -> int:
        """Number of distinct folded forms (terms and inflected forms) the matcher looks for."""
        return len(self._keys)

    def surface_forms(self) -> list[str]:
        """Every form looked for, as written (accent-stripped when accent-insensitive), sorted."""
        return sorted({entry[E_SURFACE] for g in range(len(self._keys)) for entry in self._group(g)})

    def find(self, text: str, lang: str | None = None) -> list[Match]:
        """Non-overlapping matches in `text` (of language `lang`, or any), sorted by start."""
        if not len(self._keys) or not text:
            return []
        folded, offsets = fold(text, self.accent_insensitive)
        self._searched += len(text)
        if offsets is not None:
            spans = self._scan_mapped(text, folded, offsets)
        elif self._automaton is None and self._searched <= self.automaton_after:
            spans = self._probe(text, folded)
        else:
            spans = self._scan(text, folded)
        candidates = []
        for start, end, group in spans:
            entry = self._pick(group, text, start, end, lang)
            if entry is not None:
                candidates.append((start, end, entry))
        terms = self._terms
        return [
            Match(start, end, text[start:end], lang_, concept_id, terms.get(term_id) or self._term(term_id), inflected)
            for start, end, (lang_, concept_id, term_id, _, inflected, _) in _longest_first(candidates, len(text))
        ]

    def _scan(self, text: str, folded: str):
        """(start, end, group) of every key the automaton finds that sits on boundaries.

        The hot loop of a big scan: the common case (a space on either side) is decided
        inline with two isalnum calls; anything else goes through starts_ok / ends_ok.
        """
        size = len(text)
        for group, start, end in self._get_automaton().find_matches_as_indexes(folded, overlapping=True):
            if start:
                before = text[start - 1]
                if (before.isalnum() or before >= "\u0300") and not starts_ok(text, start, text[start]):
                    continue
            if end < size:
                after = text[end]
                if (after.isalnum() or after >= "\u0300") and not ends_ok(text, end, text[end - 1]):
                    continue
            yield start, end, group

    def _scan_mapped(self, text: str, folded: str, offsets: list[int]):
        """_scan for text whose folding changed its length (combining marks, 'İ')."""
        for group, start, end in self._get_automaton().find_matches_as_indexes(folded, overlapping=True):
            start, end = offsets[start], offsets[end - 1] + 1
            low, high = _widen_over_marks(text, start, end)
            for wide_start in range(low, start + 1):
                for wide_end in range(end, high + 1):
                    if (
                        fold_key(text[wide_start:wide_end], self.accent_insensitive) == self._keys[group]
                        and starts_ok(text, wide_start, text[wide_start])
                        and ends_ok(text, wide_end, text[wide_end - 1])
                    ):
                        yield wide_start, wide_end, group

    def _probe(self, text: str, folded: str):
        """The same spans as _scan, found by looking up every boundary-to-boundary span."""
        edges = self._edge_chars
        ends = [
            end for end in range(1, len(text) + 1)
            if (ends_ok(text, end, text[end - 1]) if is_word_char(text[end - 1]) else text[end - 1] in edges)
        ]
        longest, keys, bits = self._longest, self._keys, self._filter
        for start, char in enumerate(text):
            if not (starts_ok(text, start, char) if is_word_char(char) else char in edges):
                continue
            for at in range(bisect.bisect_right(ends, start), len(ends)):
                end = ends[at]
                if end - start > longest:
                    break
                key = folded[start:end]
                if _filter_has(bits, key):
                    group = _position(keys, key)
                    if group is not None:
                        yield start, end, group

    def _record(self, number: int):
        return marshal.loads(self._records.read(self._offsets[number], self._offsets[number + 1]))

    def _group(self, group: int) -> tuple:
        if group not in self._groups:
            self._groups[group] = self._record(group)
        return self._groups[group]

    def _pick(self, group: int, text: str, start: int, end: int, lang: str | None) -> tuple | None:
        """The best entry of a key group that suits the language and the case found."""
        entries = self._groups.get(group) or self._group(group)
        compared = None
        for entry in entries:
            if lang is not None and lang != entry[E_LANG] and lang != entry[E_LANG].split("-")[0]:
                continue
            if entry[E_POLICY] == "fold":
                return entry
            if compared is None:
                compared = text[start:end]
                compared = strip_accents(compared) if self.accent_insensitive else compared
            if case_ok(compared, entry[E_SURFACE], entry[E_POLICY]):
                return entry
        return None

    def _term(self, term_id: int) -> Term:
        """The base term `term_id`, decoded from its record on first use."""
        if term_id not in self._terms:
            self._terms[term_id] = term_from_plain(self._record(len(self._keys) + term_id))
        return self._terms[term_id]

    def _get_automaton(self):
        """The Aho-Corasick automaton over all keys; a match's pattern index is its key group."""
        if self._automaton is None:
            from ahocorasick_rs import AhoCorasick

            self._records.load_all()
            self._automaton = AhoCorasick(self._keys.as_list())
        return self._automaton


def _key_filter(keys: list[str]) -> bytes:
    """A one-hash bit filter (crc32) over the keys: most probes end here, without a search."""
    bits = bytearray(FILTER_BITS // 8)
    for key in keys:
        code = zlib.crc32(key.encode()) & (FILTER_BITS - 1)
        bits[code >> 3] |= 1 << (code & 7)
    return bytes(bits)


def _filter_has(bits: bytes, key: str) -> bool:
    code = zlib.crc32(key.encode()) & (FILTER_BITS - 1)
    return bits[code >> 3] >> (code & 7) & 1 == 1


def _position(keys: SortedKeys, key: str) -> int | None:
    at = bisect.bisect_left(keys, key)
    return at if at < len(keys) and keys[at] == key else None


def _widen_over_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """The widest span that adds only combining marks on either side ("Panama\u0301").

    Folding drops such marks, so every span between [start, end) and this one folds alike.
    """
    while start > 0 and unicodedata.combining(text[start - 1]):
        start -= 1
    while end < len(text) and unicodedata.combining(text[end]):
        end += 1
    return start, end


def _longest_first(candidates: list[tuple], length: int) -> list[tuple]:
    """(start, end, entry) candidates that no longer (or equally long, earlier) one overlaps, by start."""
    candidates.sort()
    if all(before[1] <= after[0] for before, after in zip(candidates, candidates[1:])):
        return candidates
    taken = bytearray(length)
    kept = []
    for start, end, entry in sorted(candidates, key=lambda candidate: (candidate[0] - candidate[1], candidate[0])):
        if taken.find(1, start, end) == -1:
            taken[start:end] = b"\x01" * (end - start)
            kept.append((start, end, entry))
    kept.sort()
    return kept


def load_matcher(termbase_path: str | os.PathLike, *, accent_insensitive: bool = False) -> Matcher:
    """A Matcher for the term base at `termbase_path`, from the on-disk cache when current."""
    from toolkit.match.cache import cached_with_blob, content_key

    version = f"{MATCHER_VERSION}-{'accent-insensitive' if accent_insensitive else 'exact'}"
    key = content_key(termbase_path, "matcher", version)

    def build() -> tuple[tuple, bytes]:
        from toolkit.formats import read_any

        plain, records, _ = Matcher.index(read_any(Path(termbase_path)), accent_insensitive)
        return plain, records

    return Matcher(*cached_with_blob("matcher", key, build))
