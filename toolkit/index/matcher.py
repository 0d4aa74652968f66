"""Find every term of a term base in running text: English, Korean and Spanish.

The index holds the folded form (lower case; accents stripped when asked) of every term and
of the inflected forms a reader expects ("Vice Ministers of Foreign Affairs", "Viceministras
de Relaciones Exteriores"). They are found with an Aho-Corasick automaton (daachorse,
stored beside the index: toolkit.index.automaton), or, for the first few pages a process
searches, by probing (see Matcher). Each raw hit is kept only if it sits on the language's
boundaries (toolkit.text.word_boundaries) and has the case the term asks for:

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
from collections.abc import Callable

from toolkit.index.cache import Slices
from toolkit.index.keys import JoinedStrings
from toolkit.index.plain import term_from_plain, term_to_plain
from toolkit.model.termbase import Term, TermBase, language_sort_key
from toolkit.text.fold import fold, fold_key, strip_accents
from toolkit.text.inflection import english_forms, spanish_forms
from toolkit.text.word_boundaries import HANGUL, ends_ok, is_word_char, starts_ok

MATCHER_VERSION = "4"
FILTER_BITS = 1 << 23
# Names of people and places are not inflected: "Choi Jong Kuns" is nobody.
UNINFLECTED_SUBJECTS = frozenset({"person", "country", "place"})
ACRONYM_TYPES = frozenset({"acronym", "abbreviation"})
STATUS_RANK = {"preferred": 0, "admitted": 1, None: 2, "deprecated": 3, "superseded": 4}
POLICIES = ("fold", "title", "exact")
FOLD = 0


class Match:
    """A term found in a text: [start, end) are character offsets into the text given.

    A big scan finds far more matches than anyone reads the term of, so the Term is made
    on first access to `term` (from `decode(term_id)`) when the matcher gives no object.
    """

    __slots__ = ("start", "end", "text", "lang", "concept_id", "inflected", "_term", "_decode", "_term_id")

    def __init__(self, start: int, end: int, text: str, lang: str, concept_id: str, term: Term | None,
                 inflected: bool, decode: Callable[[int], Term] | None = None, term_id: int = 0):
        self.start, self.end, self.text, self.lang = start, end, text, lang
        self.concept_id, self.inflected = concept_id, inflected
        self._term, self._decode, self._term_id = term, decode, term_id

    @property
    def term(self) -> Term:
        if self._term is None:
            self._term = self._decode(self._term_id)
        return self._term

    def _fields(self) -> tuple:
        return self.start, self.end, self.text, self.lang, self.concept_id, self.term, self.inflected

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Match) and self._fields() == other._fields()

    def __repr__(self) -> str:
        return "Match({})".format(", ".join(map(repr, self._fields())))


def case_policy(term: Term) -> str:
    """'exact' for acronyms, 'title' for names with capitals, 'fold' for the rest."""
    return "exact" if term.term_type in ACRONYM_TYPES else text_case_policy(term.text)


def text_case_policy(text: str) -> str:
    """case_policy by the letters alone: 'exact' for capitals inside a word ("MIKTA", "McCune")."""
    for word in text.split():
        letters = [c for c in word if c.isalpha()]
        if sum(c.isupper() for c in letters) >= 2 or any(
            a.islower() and b.isupper() for a, b in zip(letters, letters[1:])
        ):
            return "exact"
    return "title" if any(c.isupper() for c in text) else "fold"


def inflected_forms(subject: str | None, lang: str, term: Term) -> list[str]:
    """Forms of `term` besides its own text that should match it (see toolkit.text.inflection)."""
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
    automaton is built (~5 µs a key: 1 s for 207,000) or, once stored, read from the
    cache (~1 µs a key) and used from then on; switching when probing has cost about what
    getting the automaton costs is never worse than twice the best choice.

    The index is a handful of flat arrays (see `index`), so loading it from the cache and
    reading an entry cost no decoding: key group g holds entries group_starts[g] up to
    group_starts[g + 1], best first, and entry e is one form of term entry_term[e].
    """

    CHARACTERS_PER_KEY = 1.2
    CHARACTERS_PER_STORED_KEY = 0.3

    def __init__(self, plain: dict, records: Slices, terms: list[Term] | None = None, cache_key: str | None = None):
        self.accent_insensitive: bool = plain["accent_insensitive"]
        self._keys = JoinedStrings(*plain["keys"])
        self._filter: bytes = plain["filter"]
        self._edge_chars: str = plain["edges"]
        self._longest: int = plain["longest"]
        self._langs: tuple[str, ...] = plain["langs"]
        self._group_starts = array("I", plain["group_starts"])
        self._entry_lang = array("H", plain["entry_lang"])
        self._entry_policy: bytes = plain["entry_policy"]
        self._entry_inflected: bytes = plain["entry_inflected"]
        self._entry_term = array("I", plain["entry_term"])
        self._surfaces = JoinedStrings(*plain["surfaces"])
        self._term_concept = array("I", plain["term_concept"])
        self._concept_ids = JoinedStrings(*plain["concept_ids"])
        self._term_offsets = array("Q", plain["term_offsets"])
        self._records = records
        self._terms: dict[int, Term] = dict(enumerate(terms)) if terms is not None else {}
        self._automaton = None
        self._cache_key = cache_key
        self._searched = 0
        self.automaton_after = int(self._characters_per_key() * len(self._keys))

    @classmethod
    def from_termbase(cls, termbase: TermBase, *, accent_insensitive: bool = False) -> Matcher:
        plain, records, terms = cls.index(termbase, accent_insensitive)
        return cls(plain, Slices(data=records), terms)

    @staticmethod
    def index(termbase: TermBase, accent_insensitive: bool) -> tuple[dict, bytes, list[Term]]:
        """(plain index, terms blob, terms): the index's parts, as the on-disk cache stores them.

        The plain index holds only strings, bytes and arrays as bytes, which load as single
        copies; the blob holds each term as a marshal record, read only when a match's
        term is asked for.
        """
        terms: list[Term] = []
        term_concept: list[int] = []
        concept_ids: list[str] = []
        entries: list[tuple] = []
        by_key: dict[str, list[int]] = {}
        langs = sorted({lang for concept in termbase.concepts for lang in concept.terms}, key=language_sort_key)
        for concept in termbase.concepts:
            concept_ids.append(concept.id)
            for lang, lang_terms in concept.terms.items():
                for term in lang_terms:
                    surface = term.text.strip()
                    if not surface or "\n" in surface:
                        continue
                    terms.append(term)
                    term_concept.append(len(concept_ids) - 1)
                    policy = POLICIES.index(case_policy(term))
                    forms = [(surface, False)]
                    forms += [(form, True) for form in inflected_forms(concept.subject, lang, term)]
                    for form, inflected in forms:
                        key = fold_key(form, accent_insensitive)
                        if not key:  # only combining marks, without accents: nothing to find
                            continue
                        rank = (inflected, language_sort_key(lang), STATUS_RANK.get(term.status, 2),
                                term.is_candidate, concept.id, len(entries))
                        compared = strip_accents(form) if accent_insensitive else form
                        by_key.setdefault(key, []).append(len(entries))
                        entries.append((rank, langs.index(lang), policy, inflected, len(terms) - 1, compared))
        keys = sorted(by_key)
        ordered = [entries[e] for key in keys for e in sorted(by_key[key], key=lambda e: entries[e][0])]
        group_starts = array("I", [0])
        for key in keys:
            group_starts.append(group_starts[-1] + len(by_key[key]))
        records = [marshal.dumps(term_to_plain(term)) for term in terms]
        term_offsets = array("Q", [0])
        for record in records:
            term_offsets.append(term_offsets[-1] + len(record))
        plain = {
            "accent_insensitive": accent_insensitive,
            "keys": JoinedStrings.plain(keys),
            "filter": _key_filter(keys),
            "edges": "".join(sorted({c for key in keys for c in (key[0], key[-1]) if not is_word_char(c)})),
            "longest": max(map(len, keys), default=0),
            "langs": tuple(langs),
            "group_starts": group_starts.tobytes(),
            "entry_lang": array("H", (entry[1] for entry in ordered)).tobytes(),
            "entry_policy": bytes(entry[2] for entry in ordered),
            "entry_inflected": bytes(entry[3] for entry in ordered),
            "entry_term": array("I", (entry[4] for entry in ordered)).tobytes(),
            "surfaces": JoinedStrings.plain([entry[5] for entry in ordered]),
            "term_concept": array("I", term_concept).tobytes(),
            "concept_ids": JoinedStrings.plain(concept_ids),
            "term_offsets": term_offsets.tobytes(),
        }
        return plain, b"".join(records), terms

    def _characters_per_key(self) -> float:
        """How many characters probing takes to cost what getting the automaton costs, per key."""
        from toolkit.index.automaton import is_stored

        stored = self._cache_key is not None and is_stored(self._cache_key)
        return self.CHARACTERS_PER_STORED_KEY if stored else self.CHARACTERS_PER_KEY

    def __len__(self) -> int:
        """Number of distinct folded forms (terms and inflected forms) the matcher looks for."""
        return len(self._keys)

    def surface_forms(self) -> list[str]:
        """Every form looked for, as written (accent-stripped when accent-insensitive), sorted."""
        return sorted(set(self._surfaces))

    def find(self, text: str, lang: str | None = None) -> list[Match]:
        """Non-overlapping matches in `text` (of language `lang`, or any), sorted by start."""
        if not len(self._keys) or not text:
            return []
        folded, offsets = fold(text, self.accent_insensitive)
        self._searched += len(text)
        allowed = None if lang is None else self._lang_codes(lang)
        if offsets is None and (self._automaton is not None or self._searched > self.automaton_after):
            candidates = self._keep(text, self._get_automaton().find_overlapping(folded), allowed)
        else:
            spans = self._scan_mapped(text, folded, offsets) if offsets is not None else self._probe(text, folded)
            candidates = [
                (start, end, entry) for start, end, group in spans
                if (entry := self._pick(group, text, start, end, allowed)) is not None
            ]
        langs, codes, inflected, entry_term = self._langs, self._entry_lang, self._entry_inflected, self._entry_term
        concept_ids, term_concept, terms, decode = self._concept_ids, self._term_concept, self._terms, self._term
        matches = []
        for start, end, entry in _longest_first(candidates, len(text)):
            term_id = entry_term[entry]
            matches.append(Match(
                start, end, text[start:end], langs[codes[entry]], concept_ids[term_concept[term_id]],
                terms.get(term_id), inflected[entry] == 1, decode, term_id,
            ))
        return matches

    def _lang_codes(self, lang: str) -> frozenset[int]:
        """Codes of the index's languages that a text in `lang` may match ('es' takes 'es-MX')."""
        return frozenset(code for code, name in enumerate(self._langs) if lang in (name, name.split("-")[0]))

    def _keep(self, text: str, hits: list, allowed: frozenset[int] | None) -> list[tuple[int, int, int]]:
        """(start, end, entry) of every automaton hit (start, end, group) on boundaries, with its best entry.

        The hot loop of a big scan, so the common cases are decided inline: a space on
        either side (two isalnum calls), and a group whose best entry ignores case or is
        written exactly as found.
        """
        size = len(text)
        group_starts, policies, surfaces, pick = self._group_starts, self._entry_policy, self._surfaces, self._pick
        plain_compare = allowed is None and not self.accent_insensitive
        candidates = []
        for start, end, group in hits:
            if start:
                before = text[start - 1]
                if before.isalnum() or before >= "\u0300":
                    first = text[start]
                    # Inside a word (most rejected hits: "rati" in "ratification"): starts_ok's
                    # answer, decided without the call; any other character from U+0300 on (a
                    # mark, or punctuation such as "—" or "“") is starts_ok's to judge.
                    if before.isalnum() and first.isalnum() and (first not in HANGUL or before in HANGUL):
                        continue
                    if not starts_ok(text, start, first):
                        continue
            if end < size:
                after = text[end]
                if after.isalnum() or after >= "\u0300":
                    last = text[end - 1]
                    if after.isalnum() and last.isalnum() and after not in HANGUL and last not in HANGUL:
                        continue
                    if not ends_ok(text, end, last):
                        continue
            entry = group_starts[group]
            if not (plain_compare and (policies[entry] == FOLD or text[start:end] == surfaces[entry])):
                entry = pick(group, text, start, end, allowed)
                if entry is None:
                    continue
            candidates.append((start, end, entry))
        return candidates

    def _scan_mapped(self, text: str, folded: str, offsets: list[int]):
        """The automaton's spans for text whose folding changed its length (combining marks, 'İ')."""
        for start, end, group in self._get_automaton().find_overlapping(folded):
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
        """The same spans as the automaton's, found by looking up every boundary-to-boundary span."""
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

    def _pick(self, group: int, text: str, start: int, end: int, allowed: frozenset[int] | None) -> int | None:
        """The best entry of a key group that suits the language and the case found."""
        policies = self._entry_policy
        compared = None
        for entry in range(self._group_starts[group], self._group_starts[group + 1]):
            if allowed is not None and self._entry_lang[entry] not in allowed:
                continue
            policy = policies[entry]
            if policy == FOLD:
                return entry
            if compared is None:
                compared = text[start:end]
                compared = strip_accents(compared) if self.accent_insensitive else compared
            if case_ok(compared, self._surfaces[entry], POLICIES[policy]):
                return entry
        return None

    def _term(self, term_id: int) -> Term:
        """The base term `term_id`, decoded from its record on first use."""
        if term_id not in self._terms:
            record = self._records.read(self._term_offsets[term_id], self._term_offsets[term_id + 1])
            self._terms[term_id] = term_from_plain(marshal.loads(record))
        return self._terms[term_id]

    @staticmethod
    def match_to_plain(match: Match) -> tuple:
        """A match as plain data, to send between processes (its Term is decoded again there)."""
        return match.start, match.end, match.lang, match.concept_id, match.inflected, match._term_id

    def match_from_plain(self, text: str, plain: tuple) -> Match:
        """The Match that match_to_plain gave `plain` for, found in `text`."""
        start, end, lang, concept_id, inflected, term_id = plain
        return Match(start, end, text[start:end], lang, concept_id, self._terms.get(term_id), inflected, self._term, term_id)

    def prepare_for_large_text(self) -> None:
        """Load the automaton now (before forking job processes, so that they share it)."""
        self._get_automaton()

    def _get_automaton(self):
        """The Aho-Corasick automaton over all keys; a match's pattern index is its key group."""
        if self._automaton is None:
            from toolkit.index.automaton import load_or_build

            self._records.load_all()
            self._automaton = load_or_build(self._keys.as_list, self._cache_key)
            # A big scan reads many of these: a list indexes faster than slicing the joined string.
            self._concept_ids = self._concept_ids.as_list()
            self._surfaces = self._surfaces.as_list()
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


def _position(keys: JoinedStrings, key: str) -> int | None:
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


def load_matcher(termbase_path: str | os.PathLike, *, accent_insensitive: bool = False,
                 with_reference: bool = False, read: Callable[[], TermBase] | None = None) -> Matcher:
    """A Matcher for the term base at `termbase_path` (with reference data merged in, if
    asked), from the on-disk cache when current.

    A new base's automaton is built and stored with its index (a tenth of the index's
    cost), so no later scan, however big, builds one. `read`: a shared_reader of the same
    base, when other indexes are built in the same run.
    """
    from toolkit.index.automaton import load_or_build
    from toolkit.index.cache import cached_with_blob, content_key
    from toolkit.index.reader import shared_reader
    from toolkit.termbase.reference import reference_stamp

    read = read or shared_reader(termbase_path, with_reference)

    version = f"{MATCHER_VERSION}-{'accent-insensitive' if accent_insensitive else 'exact'}"
    if with_reference:
        version += f"|{reference_stamp()}"
    key = content_key(termbase_path, "matcher", version)

    def build() -> tuple[dict, bytes]:
        plain, records, _ = Matcher.index(read(), accent_insensitive)
        load_or_build(JoinedStrings(*plain["keys"]).as_list, key)
        return plain, records

    return Matcher(*cached_with_blob("matcher", key, build), cache_key=key)
