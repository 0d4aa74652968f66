"""Near misses of known names: one slip away from a term of the base, judged with rapidfuzz.

Precision comes first (a clean release must give no findings), so a near miss is judged
token by token, not by one global ratio:

- at most one token differs (two in a name of four words and twenty letters or more), by a
  small edit distance (rapidfuzz OSA: Levenshtein with swaps; for Hangul on jamo, so
  체재/체제 is one edit but 장관/차관 is two; two neighbouring syllables swapped in a Hangul
  word of four or more, 중미통합제체, or of three inside a longer name, are one slip; so is
  an inner syllable left out of a word of five or more, 세계무기구), or one function word
  ("la", "of") is missing or extra;
- a differing token that is itself a word of the base may differ by one edit only, so
  "Ministry" is not a misspelling of "Minister"; so may a one-word Latin name, and never in
  its first letter ("Maurice", "Colonia" are not "Mauricio", "Polonia") unless the sound is
  kept (b for v, a silent h dropped or added: "Benezuela", "Onduras");
- inflection is not a near miss: a plural head ("Vice Ministers of ..."), Spanish gender and
  number ("Viceministra", "Viceministros"), a derived adjective ("Central American");
- spans the matcher already matched exactly are left alone;
- Latin terms all in lower case are common words, not names, and are not fuzzed.

Candidates are found by blocking: a term is indexed under its tokens with one token left
out, so a window that differs in one token shares a key with it.

Two more kinds of near miss are found by their squashed key (case, accents, spaces,
hyphens and dashes removed), which the word-by-word judgement cannot see:

- variants: the same letters split, joined or linked otherwise ("Korea SICA", "Round
  Table", "코스타 리카", "Centro-Americana"), or with accents lost ("Integracion"); in
  Korean also a foreign name transcribed otherwise than the loanword orthography spells it
  ("니카라구아", "꼬스따리까": the key is the orthography's spelling,
  toolkit.text.korean.loanword_spelling) and the genitive that prose puts inside a name
  ("외교부의 제1차관");
- mojibake: a "?" between letters, or a U+FFFD, standing for one letter of a known name
  ("Integraci?n", "다자외교조?관"), or a letter's UTF-8 bytes read as Windows-1252
  ("CommuniquÃ©": two characters that the codecs turn back into one letter).

A window whose words hold a shorter term ("Vice Minister") is still judged whole: the
shorter match does not hide a slip in the longer name around it. Slips inside one word of a
name (a short name garbled, split or with a letter typed again) are toolkit.index.word_slips'.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import replace
from functools import cache, lru_cache

from toolkit.index.matcher import case_ok, text_case_policy
from toolkit.index.misses import (
    FUNCTION_WORDS, TOKEN, IndexedTerm, NearMiss, indexed, is_hangul_token,
)
from toolkit.index.short_slips import (
    SYLLABLE_DROP_NAMED, TWO_WORD_SLIPS, dropped_keys, fold_confusions, garbled_key, just_too_long_keys, pair_key,
    shape, slip_key, stored_keys,
)
from toolkit.index.word_slips import WordSlips
from toolkit.model.termbase import SCOPED_SUBJECTS, TermBase
from toolkit.text.inflection import VOWELS
from toolkit.text.korean import GENITIVE, is_hangul, is_particle_chain, loanword_spelling, ordinal_digits, particle_stems
from toolkit.text.mojibake import garbled_korean

# Gaps allowed between the words of one name: spaces, a hyphen, an apostrophe, a period.
NAME_GAP = re.compile(r"[ \t\u00a0\u3000]*[-‐–'’.&]?[ \t\u00a0\u3000]*")  # "&": an "and" dropped
# A function word slipped ("oof", "ls", "lsa", "fo"): a letter typed twice, left out or swapped
# with the next; it still joins a name's words, and the judgement of the whole name decides.
FUNCTION_WORD_SLIPS = frozenset(
    {word[:i] + word[i] + word[i:] for word in FUNCTION_WORDS for i in range(len(word))}
    | {word[:i] + word[i + 1:] for word in FUNCTION_WORDS if len(word) >= 3 for i in range(len(word))}
    | {word[:i] + word[i + 1] + word[i] + word[i + 2:] for word in FUNCTION_WORDS for i in range(len(word) - 1)}
) - FUNCTION_WORDS
DERIVATION_SUFFIXES = ("n", "ns", "an", "ian", "ese", "s", "es", "i", "is")  # ... "Guatemalans", "Pakistani(s)"
# Endings of demonyms and adjectives that replace the end of a country's name (Argentin-e,
# German-s, Filipin-o, Solomon Island-ers, 이탈리-안), at most DEMONYM_CUT letters of it.
DEMONYM_ENDINGS = frozenset({"e", "n", "an", "ian", "ean", "ese", "i", "ino", "o", "os", "s", "ish", "ic", "er", "ers", "안", "언"})
DEMONYM_CUT = 2
SPANISH_GENDER_NUMBER = frozenset({("o", "a"), ("o", "os"), ("a", "as"), ("os", "as"), ("o", "as"), ("a", "os"),
                                   ("ón", "ones"), ("", "es"), ("", "s")})  # "Relación"/"Relaciones", "Exterior"/"Exteriores"
MAX_WINDOW = 9
MIN_REST = 4  # letters a blocking key keeps when a word is left out (a lone word other than a function word: 3)
# A name of this many words and letters stays unambiguous with two of its words slipped.
LONG_NAME_WORDS = 4
LONG_NAME_LETTERS = 20
TWO_SLIPS_LOST = 2  # letters two slips may take from such a name as written ("Unted States of Amerca")
HANGUL_SYLLABLE_LETTERS = 2  # a Hangul syllable holds two or three letters (jamo) of a Latin name's
PERSON_WORDS = 4  # a window this long may be a romanized Korean name in another order or system
LONG_SLIPPED_WORD = 7  # or two of its words nearly this long, each one edit off,
TWO_SLIPS_LETTERS = 15  # in a name of this many letters ("Koraen Penninsula")
NAMED = frozenset({"country", "place", "person"})  # names that are never inflected
# Names whose words keep their gender and number (a title agrees with its holder, a place
# described in common words with its noun: "la península coreano" is no slip of its name).
FIXED_FORM_SUBJECTS = frozenset({"country", "organization", "meeting", "document"})
MEMO_LIMIT = 50_000  # answers a memo holds before it starts afresh (see Memo)
SHARED_KEY_TERMS = 64  # a blocking key with this many terms stores them, not their numbers
# What may stand between the words of a name written as a variant: spaces, hyphens, dashes.
VARIANT_GAP = re.compile(r"[ \t\u00a0\u3000\-‐‑–—()·\u318d]*")
# Korean joins two partners with a middle dot as often as with a hyphen ("한·SICA", 한-SICA;
# 한글 맞춤법 부록, 문장 부호 §4): a name written so is the name, its spacing still checked.
PARTNER_DOTS = str.maketrans({"·": "-", "\u318d": "-"})
MOJIBAKE = re.compile(r"(?<=[^\W_])\?(?=[^\W\d_])|\ufffd")  # "제1?관": after a digit too
DOTTED_INITIALISM = re.compile(r"(?:[A-Z]\.){2,4}")
# A two-byte UTF-8 letter shown as Windows-1252 (é -> "Ã©", ñ -> "Ã±"), as Mac Roman ("√©") or as
# the DOS code page 437 ("├⌐"): the lead bytes C2-C5 in each; _decoded_pair checks the pair.
PAIR_CODECS = ("cp1252", "mac_roman", "cp437")
PAIR_LEADS = "ÂÃÄÅ¬√ƒ≈┬├─┼"
MOJIBAKE_PAIR = re.compile(rf"[{PAIR_LEADS}][^\x00-\x7f]")
GARBLED_WORD = re.compile(rf"(?:[{PAIR_LEADS}][^\x00-\x7f]|[^\W\d_])+")  # a word, mojibake pairs and all
GARBLED, GARBLED_TAIL = "\u01c0", "\u01c2"  # letters to the tokenizer; wildcard and nothing to _garbled
COORDINATORS = frozenset({"and", "or", "y", "e", "o", "u"})  # they list names; they join no name's words
MIN_SQUASHED = {True: 4, False: 6}  # (Hangul?) a shorter squashed name has too many look-alikes
# A person's romanization: letters alike enough to ask the romanization model (rapidfuzz ratio),
# and the score of a name it reads as the same person ("geon" and "kun" both spell 건).
ROMANIZED_FLOOR, ROMANIZED_SCORE = 60, 90
# Names whose case is part of the name. Meetings, documents and bodies are also described by
# their common nouns ("the Korea-SICA summit", "adopted a joint communiqué"), and English
# titles are lower-cased away from a name ("the vice minister said"), unlike Spanish ones,
# whose ministry keeps its capitals ("ministro de Relaciones Exteriores").
CASED_SUBJECTS = frozenset({"person", "country", "place", "ministry", "title"})
SHORT_CASED_NAME = 2  # an organization's name this short is never a description ("United nations")
LATIN_HEAD = re.compile(r"[A-Za-z]+")
MIN_CASED_ACRONYM = 4  # "Un", "Oea": shorter acronyms written as words are words
MIN_MIXED_ACRONYM = 3  # "ROk": an acronym this long with a letter lowered is no word
HANGUL_TWO_SLIPS = 7  # syllables of a Hangul word that stays unambiguous with two of its jamo slipped
JAMO_SWAP_SYLLABLES = 5  # a Hangul word this long stays itself with two of its letters traded between syllables
TRADED_LETTERS = 7  # a Latin word this long stays itself with two of its letters traded ("Hundoras")
SYLLABLE_DROP_MIN = 5  # a Hangul word this long may lose one inner syllable and stay recognisable (외교관 is a word)
SYLLABLE_DROP_IN_NAME = 3  # so may a word this long among the other, exact words of a longer name ("믹타 차급 회의")
MIN_SLIPPED_OPENER = 6  # a lower-case opening word this long is looked for with a slip in it
# Sino-Korean prefixes written solid with a name: stationed in (주, 駐: 주사우디아라비아 대사),
# resident in (재), towards (대), pro- (친), anti- (반), pan- (범).
NAME_PREFIXES = frozenset("주駐재대친반범")
COPULA = "인"
GLUED_AFTER_COUNTRY = ("대사관", "대사", "측")  # what Korean writes solid after a country: its embassy, ambassador, side
# An envoy or mission after 주 (駐) and a country: "주사우디아라비아 대사", "주키르기스스탄대사관".
ENVOYS = ("대사관", "대사", "총영사관", "총영사", "영사관", "대표부")
ENVOY_AFTER = re.compile(r"(?:[-–][가-힣]+)*\s*(?:" + "|".join(ENVOYS) + ")")  # past the rest of a hyphenated name
MIN_STATIONED_WORD = 4  # 주 and a country of three syllables or more: "주요국", "주재국" are words
MIN_GLUED_STEM = 2
MAX_STEM_READINGS = 2  # readings of a Korean word's particles tried for a window (longest stems first)


def _variant_gap(text: str, before: tuple[int, int, str], start: int) -> bool:
    """May the words of one name written otherwise stand so apart: spaces, hyphens, dashes,
    or the full stop of an initial ("U.S.Department")?"""
    if VARIANT_GAP.fullmatch(text, before[1], start):
        return True
    return len(before[2]) == 1 and before[2].isupper() and text[before[1]:start] in (".", ". ")


def mask_garbled(text: str) -> str:
    """The text with each garbled letter as GARBLED (a UTF-8 pair as GARBLED + GARBLED_TAIL,
    so offsets stay those of `text`)."""
    text = MOJIBAKE.sub(GARBLED, text)
    return MOJIBAKE_PAIR.sub(lambda m: GARBLED + GARBLED_TAIL if _decoded_pair(m.group()) else m.group(), text)


def _decoded_pair(pair: str) -> str | None:
    """The letter whose UTF-8 bytes these two characters are in one of PAIR_CODECS, if any."""
    for codec in PAIR_CODECS:
        try:
            letter = pair.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
        if letter.isalpha():
            return letter
    return None


def _garbled_key(surface: str) -> str:
    return squash(mask_garbled(surface)).replace(GARBLED_TAIL, "")


def blocking_text(text: str) -> str:
    """Case- and accent-insensitive key text ('Integración' -> 'integracion'); blocking only."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def squash(text: str) -> str:
    """The variant key: folded (Hangul recomposed into syllables, spelled as the loanword
    orthography spells foreign names, ordinals in digits), only letters and digits."""
    return ordinal_digits(loanword_spelling(_squashed_as_written(text)))


# English and Spanish ordinals in digits read as words ("2nd" -> "second", "2.ª" -> "segunda",
# "1er" -> "primer"), on case- and accent-folded text (NFKD has made "º" an "o"): one key for
# a title either way. Words are never made digits, so a compound keeps its key ("FirstVice").
_ENGLISH_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()
_SPANISH_ORDINALS = "primer segund tercer cuart quint sext septim octav noven decim".split()
_LATIN_ORDINAL = re.compile(r"(?<![^\W_])(10|[1-9])\.?(st|nd|rd|th|er|ro|ra|do|da|to|ta|mo|ma|vo|va|no|na|o|a)(?![^\W_])")


def _ordinal_word(match: re.Match) -> str:
    number, suffix = int(match.group(1)) - 1, match.group(2)
    if suffix in ("st", "nd", "rd", "th"):
        return _ENGLISH_ORDINALS[number]
    stem = _SPANISH_ORDINALS[number]
    if suffix == "er":
        return stem if stem.endswith("er") else match.group()
    return stem + suffix[-1]


def _squashed_as_written(text: str) -> str:
    return _alnum(_LATIN_ORDINAL.sub(_ordinal_word, blocking_text(text)))


def _alnum(folded: str) -> str:
    return "".join(char for char in unicodedata.normalize("NFC", folded) if char.isalnum())


def _last_stems(last: str, after_others: bool) -> tuple[str, ...]:
    """The stems of a window's last word; after other words of the name, a syllable split off
    by a space may carry the particle alone ("외교부 제1차 관은": 관 + 은)."""
    stems = _stems(last)
    return stems + (last[:1],) if after_others and len(last) > 1 and is_particle_chain(last[1:]) else stems


@lru_cache(maxsize=1 << 16)
def _squash_word(word: str) -> str:
    return squash(word)


def jamo(text: str) -> str:
    """Hangul syllables decomposed into jamo (NFD), so one wrong vowel is one edit."""
    return unicodedata.normalize("NFD", text)


def letters(text: str) -> str:
    """Hangul as its letters, a consonant the same letter whether it opens or closes a syllable,
    as a writer types them (a final jamo read as the initial of its name)."""
    return jamo(text).translate(_INITIAL_OF_FINAL)


def _initial_of(final: str) -> str:
    try:
        return unicodedata.lookup(unicodedata.name(final).replace("JONGSEONG", "CHOSEONG"))
    except KeyError:
        return final  # a double final ("ㄺ") has no initial of its own


_INITIAL_OF_FINAL = {code: _initial_of(chr(code)) for code in range(0x11A8, 0x11C3)}


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of the words of `text`; the country of an envoy's post ("주사우디-아라비아
    대사": the ambassador stationed in Saudi Arabia; "주한투르크메니스탄 대사": Turkmenistan's in
    Korea) without its 주 or 주한, so it is searched as a name."""
    tokens = [(match.start(), match.end(), match.group()) for match in TOKEN.finditer(text)]
    if "주" not in text:
        return tokens
    for index, (start, end, word) in enumerate(tokens):
        if word[0] == "주" and len(word) >= MIN_STATIONED_WORD and is_hangul_token(word) \
                and (ENVOY_AFTER.match(text, end) or word.endswith(ENVOYS)):
            prefix = 2 if word.startswith("주한") and len(word) > MIN_STATIONED_WORD else 1  # 주한: in Korea
            tokens[index] = (start + prefix, end, word[prefix:])
    return tokens


@lru_cache(maxsize=1 << 16)
def _stems(word: str) -> tuple[str, ...]:
    """particle_stems, remembered, then the noun before the copula's "인" ("의장국인 멕시코":
    the chair, which is Mexico), which is no particle elsewhere ("미국인" is an American)."""
    stems = particle_stems(word)
    if word.endswith(COPULA) and len(word) > len(COPULA) + 1:
        stems += (word[: -len(COPULA)],)
    glued = next((suffix for suffix in GLUED_AFTER_COUNTRY if word.endswith(suffix)), None)
    if glued and len(word) - len(glued) >= MIN_GLUED_STEM:
        stems += (word[: -len(glued)],)  # "보리비아대사": a country glued to its ambassador
    return stems


@lru_cache(maxsize=1 << 16)
def _features(word: str) -> tuple[bool, bool, bool, bool]:
    """(Hangul?, may start or end a name?, a function word?, long enough to stand alone?)"""
    hangul = is_hangul_token(word)
    folded = word.casefold()
    return hangul, _can_edge(word), folded in FUNCTION_WORDS or folded in FUNCTION_WORD_SLIPS, _single_candidate(word)


class Memo(dict):
    """Answers remembered for the words and windows of a text. Past `limit` entries the memo
    starts afresh, so a check's memory stays bounded at any input size (issue #23: one 20 MB
    file filled the memos with 200,000 windows each) while a page's recurring words are still
    answered once."""

    def __init__(self, limit: int = MEMO_LIMIT):
        super().__init__()
        self.limit = limit

    def __setitem__(self, key, value) -> None:
        if len(self) >= self.limit:
            self.clear()
        super().__setitem__(key, value)


class NearMissIndex(WordSlips):
    """Terms of a base, blocked by their tokens with one left out.

    Everything lives in one key table so that it can be a plain dict (built in memory) or a
    toolkit.index.store.BucketStore (from the on-disk cache, loaded bucket by bucket):
    "k:<key>" -> term numbers, "t:<number>" -> the term, "b:<letters>" -> 1 for how every squashed key begins, "x:<text>" -> the term's number for every term's
    case-folded text, "i:<U.S.>" -> the term of a dotted initialism, "a:<ACRONYM>" -> the term of an acronym of four letters or more, "v:<token>" -> 1 for every word of the base, "u:<concept id>" -> its subject. A key shared by many terms
    ("republic of") holds the terms themselves, (number, *term), so that its thousands of
    candidates are read in one go rather than each from its own bucket.
    """

    def __init__(self, table, longest: dict[bool, int]):
        self.table = table
        self.longest = longest  # window length per script (Hangul or not)
        self._terms: dict[int, IndexedTerm] = {}
        self._stored: dict[int, tuple] = {}  # term number -> its table entry, once read
        self._words: dict[str, bool] = Memo()
        self._known: dict[str, bool] = Memo()
        self._terms_written: dict[str, bool] = Memo()
        self._close_memo: dict[tuple[str, ...], list[tuple[float, IndexedTerm]]] = Memo()
        self._squash_known: dict[str, bool] = Memo()
        self._squash_numbers: dict[str, int | None] = Memo()
        self._openers: dict[str, bool] = Memo()
        self._short_memo: dict[str, tuple | None] = Memo()
        self._acronyms: dict[str, IndexedTerm | None] = Memo()
        self._short_known: dict[str, tuple | None] = Memo()

    @classmethod
    def from_termbase(cls, termbase: TermBase) -> "NearMissIndex":
        table: dict[str, object] = {}
        longest = {True: 1, False: 1}
        seen = set()
        for concept in termbase.concepts:
            if concept.subject:
                table[f"u:{concept.id}"] = concept.subject
            for lang, term in concept.all_terms():
                tokens = tuple(token.casefold() for token in TOKEN.findall(term.text))
                title = concept.subject in SCOPED_SUBJECTS  # Spanish writes titles in lower case
                if not tokens or term.is_generic and not title:
                    continue
                entry = (concept.id, lang, term.text, tokens, concept.subject)
                if DOTTED_INITIALISM.fullmatch(term.text):
                    table.setdefault(f"i:{term.text}", entry)
                if term.text.isalpha() and term.text.isupper() and len(term.text) >= MIN_MIXED_ACRONYM:
                    table.setdefault(f"a:{term.text}", entry)
                for key in just_too_long_keys(term.text):
                    table.setdefault(f"w:{key}", []).append(entry)
                if len(tokens) == 1 and shape(term.text) and (term.text.isupper() or not _long_enough(tokens)):
                    for key in stored_keys(term.text):
                        entries = table.setdefault(f"w:{key}", [])
                        if entry not in entries:
                            entries.append(entry)
                    continue
                acronym = term.text.isupper() and not is_hangul_token(term.text)  # not "한-SICA 정상회의"
                if term.term_type in ("acronym", "abbreviation") or acronym:
                    continue
                named = _is_name(term.text) or title or concept.subject == "place"  # "península coreana": a place
                if (concept.id, lang, term.text) in seen or not _long_enough(tokens) or not named and len(tokens) < 2:
                    continue
                seen.add((concept.id, lang, term.text))
                number = len(seen) - 1
                table[f"t:{number}"] = entry
                squashed = squash(term.text)
                table.setdefault(f"l:{len(squashed)}", []).append((squashed, number))
                if not named:  # a phrase in lower case ("península coreana"): found garbled, or spaced
                    table.setdefault(f"s:{squashed}", number)  # or hyphenated otherwise ("rules based …")
                    table.update((f"b:{squashed[:size]}", 1) for size in set(MIN_SQUASHED.values()) if len(squashed) >= size)
                    continue
                if len(tokens) == 2 and all(map(is_hangul_token, tokens)) and len(squashed) >= TWO_WORD_SLIPS:
                    table.setdefault(f"w:{pair_key(*tokens)}", []).append(entry)  # a slip in each word
                if len(tokens) == 1 and is_hangul_token(term.text):  # its last syllable garbled ("온두라?")
                    table.setdefault(f"w:{garbled_key(term.text[:-1] + '?')}", []).append(entry)
                    if concept.subject == "country" and len(term.text) == SYLLABLE_DROP_NAMED:  # too short for a window
                        for key in dropped_keys(term.text):
                            table.setdefault(f"w:{key}", []).append(entry)
                table.setdefault(f"x:{term.text.casefold()}", number)
                table.setdefault(f"s:{squashed}", number)
                if _one_r(squashed) != squashed:  # the name split, its "rr" one r: "Bielo Rusia"
                    table.setdefault(f"s:{_one_r(squashed)}", number)
                table.update((f"b:{squashed[:size]}", 1) for size in set(MIN_SQUASHED.values()) if len(squashed) >= size)
                table.update((f"v:{token}", 1) for token in tokens)
                if term.text[:1].islower() or tokens[0] in FUNCTION_WORDS:
                    table[f"f:{tokens[0]}"] = 1  # a name opened in lower case or by an article
                    if term.text[:1].islower() and len(tokens[0]) >= MIN_SLIPPED_OPENER:
                        table.update((f"g:{key}", 1) for key in _deletions(tokens[0]))
                hangul = is_hangul_token(tokens[0])
                longest[hangul] = max(longest[hangul], min(len(tokens) + 1, MAX_WINDOW))
                for key in _keys([blocking_text(token) for token in tokens], two_out=True):
                    table.setdefault(f"k:{key}", []).append(number)
                if concept.subject == "person" and not is_hangul_token(tokens[0]):
                    for key in _surname_keys(term.text):
                        table.setdefault(f"k:{key}", []).append(number)
        for key, numbers in table.items():
            if key.startswith("k:") and len(numbers) >= SHARED_KEY_TERMS:
                table[key] = [(number, *table[f"t:{number}"]) for number in numbers]
        return cls(table, longest)

    def to_plain(self) -> tuple[dict, tuple[int, int]]:
        """(table, window lengths): what toolkit.index.store keeps on disk; from_store reverses it."""
        return self.table, (self.longest[False], self.longest[True])

    @classmethod
    def from_store(cls, store) -> "NearMissIndex":
        latin, hangul = store.extra
        return cls(store, {False: latin, True: hangul})

    def term(self, number: int) -> IndexedTerm:
        if number not in self._terms:
            self._terms[number] = indexed(self._entry(number))
        return self._terms[number]

    def _entry(self, number: int) -> tuple:
        """Term `number` as stored: (concept_id, lang, text, tokens, subject)."""
        if number not in self._stored:
            self._stored[number] = self.table.get(f"t:{number}")
        return self._stored[number]

    def _candidates(self, key: str) -> list[int]:
        """Numbers of the terms under blocking key `key` (those stored with it remembered)."""
        entries = self.table.get(f"k:{key}", ())
        if not entries or isinstance(entries[0], int):
            return entries
        for entry in entries:
            self._stored.setdefault(entry[0], entry[1:])
        return [entry[0] for entry in entries]

    def _is_term(self, folded: str) -> bool:
        if folded not in self._terms_written:
            self._terms_written[folded] = self.table.get(f"x:{folded}") is not None
        return self._terms_written[folded]

    def _opens_name(self, token: str) -> bool:
        """Does a name of the base that opens in lower case ("península de Corea") or with an
        article ("El Salvador") start with this word, or with a word one slip from it
        ("penísula": the two share a one-letter deletion, as in SymSpell)?"""
        if token not in self._openers:
            self._openers[token] = self.table.get(f"f:{token}") is not None or (
                len(token) >= MIN_SLIPPED_OPENER - 1 and not self.is_word(token)
                and any(self.table.get(f"g:{key}") is not None for key in _deletions(token)))
        return self._openers[token]

    def is_word(self, token: str) -> bool:
        if token not in self._words:
            self._words[token] = self.table.get(f"v:{token}") is not None
        return self._words[token]

    def _known_token(self, token: str) -> bool:
        """A word of the base, as written or (Hangul) without its particles or the envoy glued
        after a country ("토바고대사"); remembered."""
        if token not in self._known:
            lowered = token.casefold()
            self._known[token] = self.is_word(lowered) or (is_hangul_token(lowered) and any(
                self.is_word(stem) for stem in _stems(lowered)))  # (stem_of's reading is one of _stems')
        return self._known[token]

    def find(self, text: str, covered: list[tuple[int, int, str]], cutoff: float = 75.0) -> list[NearMiss]:
        """Near misses in `text`; `covered` holds (start, end, concept_id) of exact matches.

        A window inside an exact match, or with an end inside one, is not a name of its own;
        a window with more than one word the base does not know is not one slip away.
        """
        tokens = _tokens(text)
        owner = [-1] * (len(text) + 1)
        for number, (c_start, c_end, _) in enumerate(covered):
            owner[c_start:c_end] = [number] * (c_end - c_start)
        unknown = [not self._known_token(token[2]) for token in tokens]
        inside = [token[0] > 0 and owner[token[0]] != -1 and owner[token[0] - 1] == owner[token[0]] for token in tokens]
        free_before = [0]  # tokens that do not start inside an exact match, cumulated
        for token in tokens:
            free_before.append(free_before[-1] + (owner[token[0]] == -1))
        squashed = (self._squashed(text, tokens, owner) + self._cased_acronyms(text, tokens, owner)
                    + self._surnames_apart(text, tokens, owner))
        squashed += [hit for hit in self._decoded_words(text, owner)
                     if not any(other.start < hit.end and hit.start < other.end for other in squashed)]
        found: list[NearMiss] = []
        taken_until = -1
        opens = [(token[2][:1].islower() or token[2].casefold() in FUNCTION_WORDS)
                 and self._opens_name(token[2].casefold()) for token in tokens]
        glued = [index > 0 and _apart(text, tokens[index - 1], token) and self.is_word(
            (tokens[index - 1][2] + token[2]).casefold()) for index, token in enumerate(tokens)]
        for first, last in _windows(text, tokens, unknown, inside, self.longest, opens, glued):
            start, end = tokens[first][0], tokens[last][1]
            if start < taken_until or _cuts_exact(start, end, owner) or free_before[last + 1] == free_before[first]:
                continue
            inner = [hit for hit in squashed if hit.start < end and start < hit.end]
            if inner and not all(start <= hit.start and hit.end <= end and hit.end - hit.start < end - start
                                 for hit in inner):
                continue  # a variant found already, or one this window would cut
            words = [token[2] for token in tokens[first : last + 1]]
            hit = self._best(words, text[start:end], start, covered, cutoff)
            if hit is not None and any(other.term.concept_id == hit.term.concept_id for other in inner):
                continue  # the variant found already is this name (a particle after it: "보스니아-헤르체고비나가")
            if hit is not None:  # a longer name with a second slip beside the variant takes its place
                found.append(hit)
                taken_until = end
                squashed = [other for other in squashed if other not in inner]
        found = [_with_lost_last_letter(text, hit) for hit in found]
        found += self.word_slips(text, tokens, owner, found + squashed, covered, cutoff)
        return sorted(found + squashed, key=lambda hit: hit.start)

    def _squashed(self, text: str, tokens: list[tuple[int, int, str]], owner: list[int]) -> list[NearMiss]:
        """Variants and mojibake of known names (see the module docstring), longest first."""
        masked = mask_garbled(text)
        if masked != text:
            tokens = _tokens(masked)
        keys = [_squash_word(token[2]) for token in tokens]  # a gap holds only what squash drops
        bare = [_squash_word(_without_genitive(token[2])) if token[2].endswith(GENITIVE) else keys[index]
                for index, token in enumerate(tokens)]
        found: list[NearMiss] = []
        taken_until = -1
        for first in range(len(tokens)):
            if tokens[first][0] < taken_until:
                continue
            hangul = is_hangul_token(tokens[first][2])
            ends = []
            key = bare_key = ""
            genitive_dropped = False
            opens_a_name = None  # does the window's key begin as some name's key does? (asked once)
            for last in range(first, min(len(tokens), first + self.longest[hangul] + 1)):
                if last > first and not _variant_gap(text, tokens[last - 1], tokens[last][0]):
                    break
                key += keys[last]
                if len(key) >= MIN_SQUASHED[hangul] and (
                        self._may_be_variant(key, tokens[last][2], hangul)
                        or genitive_dropped and self._may_be_variant(bare_key + keys[last], tokens[last][2], hangul)):
                    ends.append(last)
                bare_key += bare[last]
                genitive_dropped = genitive_dropped or bare[last] != keys[last]
                if opens_a_name is None and len(key) >= MIN_SQUASHED[hangul]:
                    opens_a_name = self._opens_a_key(key, bare_key, hangul)
                if opens_a_name is False:
                    break  # no longer window from here can be a name: its key's first letters are no name's
            for last in reversed(ends):
                hit = self._squashed_hit(text, tokens[first][0], tokens[last][1], owner, hangul)
                if hit is not None:
                    found.append(hit)
                    taken_until = hit.end
                    break
        return found

    def _opens_a_key(self, key: str, bare_key: str, hangul: bool) -> bool:
        """Could a window whose key begins so grow into a name's key? Its first MIN_SQUASHED
        letters must begin some name's key (as written, without a genitive, or with Spanish
        "rr" read as "r"); garbled letters may stand for any."""
        size = MIN_SQUASHED[hangul]
        if GARBLED in key[:size] or len(bare_key) < size:
            return True
        return any(self.table.get(f"b:{begun[:size]}") is not None
                   for begun in {key, bare_key, _one_r(key)})

    def _squashed_term(self, key: str) -> int | None:
        """The term squashed to `key`; Spanish doubles an r that a compound puts between
        vowels ("Costarrica" for Costa Rica), so "rr" is also read as "r"."""
        number = self._squashed_number(key)
        if number is None and _one_r(key) != key:
            number = self._squashed_number(_one_r(key))
        return number

    def _variant_number(self, written: str) -> int | None:
        """The term `written` is a variant of (same letters, other spaces or hyphens), if any."""
        return self._squashed_number(_squash_word(written))

    def _squashed_number(self, key: str) -> int | None:
        """The "s:" entry for `key`, remembered: the same name comes back with other particles."""
        if key not in self._squash_numbers:
            self._squash_numbers[key] = self.table.get(f"s:{key}")
        return self._squash_numbers[key]

    def _may_be_variant(self, key: str, last: str, hangul: bool) -> bool:
        """Could the window squashed to `key` (last word `last`) be a known name: garbled,
        or the key of a term, as written or (Korean) without a particle? Remembered."""
        if GARBLED in key:
            return True
        if key not in self._squash_known:
            head = key[: len(key) - len(_squash_word(last))]
            self._squash_known[key] = self._squashed_term(key) is not None or hangul and any(
                self._squashed_number(head + _squash_word(stem)) is not None for stem in _last_stems(last, bool(head))) \
                or not hangul and any(self._squashed_number(single) is not None for single, _ in _singular_keys(key))
        return self._squash_known[key]

    def _squashed_hit(self, text: str, start: int, end: int, owner: list[int], hangul: bool) -> NearMiss | None:
        surface = text[start:end]
        key = _garbled_key(surface)
        garbled = GARBLED in key
        if len(key) < MIN_SQUASHED[hangul]:
            return None
        if self._is_term(surface.casefold()):
            return self._case_variant(text, start, end, owner)
        if not garbled and (owner[start] != -1 and owner[start] == owner[end - 1]):
            return None  # an exact match, or inside one
        if _cuts_exact(start, end, owner):
            return None
        if garbled:
            number, trimmed = self._garbled(surface, hangul)
            last_word = surface.split()[-1]
            if trimmed and not (len(last_word) > trimmed and all(map(is_hangul, last_word[-trimmed:]))):
                return None  # what is left over is no particle of the name's last word
            end -= trimmed
            surface = text[start:end]
        else:
            number = self._squashed_term(key)
        if number is None and not hangul and not garbled:
            for single, ending in _singular_keys(key):  # a plural: the span stops before its ending
                if surface.casefold().endswith(ending) and len(surface.split()[-1]) > len(ending) \
                        and (number := self._squashed_number(single)) is not None:  # (not "Corea del Sur es": a verb)
                    end -= len(ending)
                    surface = text[start:end]
                    break
        if number is None and hangul and not garbled:
            last = surface.split()[-1] if surface.split() else ""
            stems = _last_stems(last, len(surface.split()) > 1)
            for stem in stems:  # the name, then a particle ("…정상회의는": 정상회의 + 는)
                cut = end - (len(last) - len(stem))
                number = self.table.get(f"s:{squash(text[start:cut])}")
                if number is not None or stem == stems[-1]:
                    end, surface = cut, text[start:cut]
                    break
            as_written = number is not None and (self._is_term(surface.casefold())
                                                 or owner[start] != -1 and owner[start] == owner[end - 1])
            if as_written:
                return None  # the name as the base writes it (an admitted spacing), then a particle
        if number is None and hangul and not garbled:
            number = self.table.get(f"s:{squash(_without_genitives(surface))}")
        if number is None:
            return None
        term = self.term(number)
        if not garbled and not _written_otherwise(surface, term.text):
            return None  # only the case differs: the matcher's case policy decides that
        if not garbled and _common_word_for_name(surface, term):
            return None
        if surface.count("(") != surface.count(")"):
            return None  # a bracket the name does not close is the writer's aside: "Corea (del Sur)"
        person = term.subject == "person"
        return NearMiss(start, end, surface, term, not garbled, person and not garbled,
                        "mojibake" if garbled else _variant_kind(surface, term.text))

    def _case_variant(self, text: str, start: int, end: int, owner: list[int]) -> NearMiss | None:
        """A term written in a case its name does not allow: capitals lost ("Korean peninsula",
        "Ministerio de relaciones exteriores") or, in a person's name, any other case ("CHOI
        Jong Kun"). The matcher finds the allowed ones (sentence start, all capitals); capitals
        added elsewhere are a house's or a headline's style ("Ministry Of Foreign Affairs",
        "Segundo Viceministro")."""
        if owner[start] != -1 and owner[start] == owner[end - 1]:
            return None  # matched as written
        surface = text[start:end]
        term = self.term(self.table.get(f"x:{surface.casefold()}"))
        person = term.subject == "person"
        if case_ok(surface, term.text, text_case_policy(term.text)) or not person and _capitals_added(surface, term.text):
            return None
        short_body = term.subject == "organization" and len(term.tokens) <= SHORT_CASED_NAME
        described = term.subject not in CASED_SUBJECTS and not short_body and not _capital_lost_inside(surface, term)
        common_title = term.subject == "title" and term.lang.startswith("en") and (
            surface.islower() or _sentence_case_alone(text, start, end))
        if described or common_title:
            return None  # "the Korea-SICA summit", "the vice minister said", "Foreign minister calls for": the common noun
        return NearMiss(start, end, surface, term, True, person, "case")

    def _decoded_words(self, text: str, owner: list[int]) -> list[NearMiss]:
        """Words whose UTF-8 was read as Windows-1252 ("MÃ©xico"), and Korean read in another
        encoding (toolkit.text.mojibake), decoded back with the codecs: a name of the base,
        however short, is then known for sure (a Korean one with a particle after it); where a
        lost byte lets two names fit, neither is claimed."""
        found = []
        for match in GARBLED_WORD.finditer(text):
            word = match.group()
            if owner[match.start()] != -1 or mask_garbled(word) == word:
                continue
            decoded = MOJIBAKE_PAIR.sub(lambda m: _decoded_pair(m.group()) or m.group(), word)
            term = self._term_written(decoded)
            if term is not None:
                found.append(NearMiss(match.start(), match.end(), word, term, False, False, "mojibake"))
        for garbled in garbled_korean(text):
            if owner[garbled.start] != -1 or any(hit.start <= garbled.start < hit.end for hit in found):
                continue
            fitting = {}  # concept -> (term, end): a name the Hangul is, or is with a particle after it
            for reading in garbled.readings():
                stem, term = next(((stem, term) for stem in (reading, *particle_stems(reading))
                                   if (term := self._term_written(stem)) is not None), (None, None))
                if term is not None and (end := garbled.end_of(stem)) is not None:
                    fitting.setdefault(term.concept_id, (term, end))
            if len(fitting) == 1:
                [(term, end)] = fitting.values()
                found.append(NearMiss(garbled.start, end, text[garbled.start:end], term, False, False, "mojibake"))
        return found

    def _surnames_apart(self, text: str, tokens: list[tuple[int, int, str]], owner: list[int]) -> list[NearMiss]:
        """Korean persons' names with the one-syllable surname set apart ("최 종건은"): Korean
        writes a surname and given name together, and a three-syllable name is too short
        for the squashed search, so only a person of the base written so is reported."""
        found = []
        for (start, end, surname), (given_start, given_end, given) in zip(tokens, tokens[1:]):
            if (len(surname) != 1 or not is_hangul(surname) or text[end:given_start] != " "
                    or not all(map(is_hangul, given)) or owner[start] != -1 or owner[given_start] != -1):
                continue
            for stem in dict.fromkeys((given, *_stems(given))):
                term = self._term_written(surname + stem) if len(stem) == 2 else None
                if term is not None and term.subject == "person":
                    cut = given_start + len(stem)
                    found.append(NearMiss(start, cut, text[start:cut], term, True, True, "spacing"))
                    break
        return found

    def _term_written(self, written: str) -> IndexedTerm | None:
        """The term written exactly so (up to case), a long name or a short one."""
        number = self.table.get(f"x:{written.casefold()}")
        if number is not None:
            return self.term(number)
        for entry in self.table.get(f"w:{slip_key(written)}", ()):
            if entry[2].casefold() == written.casefold():
                return indexed(entry)
        return None

    def _cased_acronyms(self, text: str, tokens: list[tuple[int, int, str]], owner: list[int]) -> list[NearMiss]:
        """Acronyms written as a word ("Mikta", "Sica"): a name in capitals keeps them; in
        Korean text, which has no lower-case words, in lower case too ("mikta를"); and an
        acronym with a letter of it in lower case ("ROk", "MIkTA"), which no word is."""
        found = []
        for number, (start, _, token) in enumerate(tokens):
            head = LATIN_HEAD.match(token)  # "Mikta를": its particle off
            if head is None or head.end() < MIN_MIXED_ACRONYM or owner[start] != -1:
                continue
            word = head.group()
            mixed = sum(map(str.isupper, word)) >= 2 and not word.isupper()
            if not mixed and (head.end() < MIN_CASED_ACRONYM or not (word.istitle() or word.islower() and (
                    head.end() < len(token) or any(0 <= other < len(tokens) and is_hangul_token(tokens[other][2])
                                                   for other in (number - 1, number + 1))))):
                continue
            term = self._acronym_written(word.upper())
            if term is not None:
                found.append(NearMiss(start, start + len(word), word, term, True, False, "case"))
        return found

    def _acronym_written(self, acronym: str) -> IndexedTerm | None:
        """The term of an acronym of the base, remembered (most capitalized words are none)."""
        if acronym not in self._acronyms:
            entry = self.table.get(f"a:{acronym}")
            self._acronyms[acronym] = None if entry is None else indexed(entry)
        return self._acronyms[acronym]

    def _garbled(self, surface: str, hangul: bool) -> tuple[int | None, int]:
        """(term, characters of particle left over) whose squashed key the surface's is, once
        each garbled character stands for one letter; Korean may end in a particle."""
        masked = _garbled_key(surface)
        for trimmed in (0, 1, 2) if hangul else (0,):
            size = len(masked) - trimmed
            for known, number in self.table.get(f"l:{size}", ()):
                if all(a == b or a == GARBLED for a, b in zip(masked[:size], known)):
                    if trimmed == 0 or GARBLED in masked[:size]:
                        return number, trimmed
        return None, 0

    def _best(self, words, surface, start, covered, cutoff) -> NearMiss | None:
        """The closest term to the window, read as written, with two Latin words written apart
        read as the one word of a name they make (a slip beside a split compound), and, for
        Korean, without what looks like a particle on its last word (a name may end like one:
        아르헨티나)."""
        lowered = [word.casefold() for word in words]
        hit = self._best_of(lowered, surface, start, covered, cutoff)
        for index in range(len(lowered) - 1 if hit is None and not is_hangul_token(lowered[0]) else 0):
            if self.is_word(merged := lowered[index] + lowered[index + 1]):  # "Vice ministro de … Exteiores"
                hit = self._best_of([*lowered[:index], merged, *lowered[index + 2:]], surface, start, covered, cutoff)
                if hit is not None:
                    break
        stems = _stems(lowered[-1]) if lowered and is_hangul_token(lowered[-1]) else ()
        for stem in stems[:MAX_STEM_READINGS]:  # "정샹회의는": 정샹회의 + 는 before 정샹회 + 의는
            if hit is not None or not (len(lowered) > 1 or len(stem) >= 4):
                break
            hit = self._best_of([*lowered[:-1], stem], surface[: len(surface) - (len(lowered[-1]) - len(stem))],
                                start, covered, cutoff)
        return hit

    def _best_of(self, lowered, surface, start, covered, cutoff) -> NearMiss | None:
        end = start + len(surface)
        if self._is_term(surface.casefold()):
            return None
        best: tuple[float, IndexedTerm] | None = None
        for score, term in self._close_terms(tuple(lowered)):
            if score < cutoff or (best is not None and score <= best[0]):
                continue
            if any(cid == term.concept_id and c_start <= start and end <= c_end for c_start, c_end, cid in covered):
                continue  # that concept is matched exactly here (an inflected form, say)
            best = (score, term)
        if best is None:
            return None
        term = best[1]
        if _common_word_for_name(surface, term):
            return None
        same_tokens = lowered == list(term.tokens)
        romanized = term.subject == "person" and (same_tokens or same_name(surface, term.text))
        return NearMiss(start, end, surface, term, same_tokens, romanized)

    def _close_terms(self, lowered: tuple[str, ...]) -> list[tuple[float, IndexedTerm]]:
        """Terms one slip from these words, with their similarity; remembered, because the
        same words (and filler words) come back again and again in a corpus."""
        if lowered not in self._close_memo:
            two_out = sum(not self.is_word(word) for word in lowered) >= 2
            keys = _keys([blocking_text(word) for word in lowered], two_out, lost=TWO_SLIPS_LOST)
            if 2 <= len(lowered) <= PERSON_WORDS and lowered[0].isascii():
                keys |= _surname_keys(" ".join(lowered))
            numbers = sorted({number for key in keys for number in self._candidates(key)})
            close = [self.term(number) for number in numbers if self._close(lowered, *self._entry(number)[2:])]
            self._close_memo[lowered] = [(_person_similarity(lowered, term) if term.subject == "person"
                                          else _similarity(lowered, term.tokens), term) for term in close]
        return self._close_memo[lowered]

    def _close(self, words: tuple[str, ...], text: str, term: tuple[str, ...], subject: str | None) -> bool:
        """True when `words` is one small slip from the term `text` (tokens `term`; see the
        module docstring).

        Called for every candidate of a blocking key (thousands for "Republic of ..."), so
        it takes the stored entry as it is and decides the common same-length case first.
        """
        term = tuple(term)
        if words == term:
            return True  # same tokens: only spacing, hyphens or case differ
        person = subject == "person"
        if len(words) == len(term):
            differing = [index for index, (word, known) in enumerate(zip(words, term)) if word != known]
            two_slips = len(differing) == 2 and all(  # a function word only typed wrong ("teh"), not replaced
                term[index] not in FUNCTION_WORDS or words[index] in FUNCTION_WORD_SLIPS for index in differing) and (
                _is_long_name(term) or _two_long_words_slipped(words, term, differing))
            if len(differing) == 1 and term[differing[0]] in FUNCTION_WORDS and words[differing[0]] in FUNCTION_WORD_SLIPS:
                return not person  # "Republic fo Azerbaijan": only the function word typed wrong
            if differing and len(differing) <= 2 and len(term) > 1 and all(
                    (subject in FIXED_FORM_SUBJECTS or _in_field(term, index)) and _gender_number_changed(words[index], term[index])
                    for index in differing):
                return True  # such a name of several words keeps its gender and number: "República Dominicano",
                # "Banco … de Integraciones Económicas"; so does a title's field: "Secretario de Relación Exteriores"
            if len(differing) == 1 and differing[0] > 0 and term[differing[0] - 1] in OF_WORDS \
                    and _derived(words[differing[0]], term[differing[0]]):
                return True  # "of" wants a noun: "Republic of Korean" is no adjective of Korea's name
            if len(differing) == 1 or two_slips:
                common = len(term) == 1 and not _is_name(text)  # "canciller": its family are words too
                office = subject in SCOPED_SUBJECTS  # its head's family are other offices: Ministro/Ministerio
                if all(_token_slip(words[index], term[index], index, len(term), self.is_word, subject in NAMED,
                                   common or office and index == _head_index(term))
                       for index in differing):
                    return True
            if not person:
                return _same_but_function_words(words, term, text[:1].islower())  # "for" written for "of"
        if person and len(words) <= len(term) + 1:
            written = " ".join(words)
            return _rapidfuzz()[0].token_sort_ratio(written, " ".join(term)) >= ROMANIZED_FLOOR and same_name(written, text)
        return _same_but_function_words(words, term, text[:1].islower())


def _head_index(term: tuple[str, ...]) -> int:
    """Where a title's or ministry's head word stands: first in English and Spanish ("Ministro
    de …"), last in Korean ("볼리비아 외교장관"), whose dropped syllable makes another office (외교관)."""
    return len(term) - 1 if is_hangul_token(term[-1]) else 0


def _sentence_case_alone(text: str, start: int, end: int) -> bool:
    """"Foreign minister calls for …": a lower-case title opening a sentence (or a sentence-case
    headline) with no name after it is the common noun; before a name ("Foreign minister
    Kamina Johnson Smith") it is a title written in the wrong case."""
    surface = text[start:end]
    opens = not text[:start].strip() or text[:start].rstrip()[-1] in ".!?:;\"“‘'([—–-"
    follows = text[end:].lstrip()
    return opens and surface[1:].islower() and not (follows[:1].isupper() and text[end:end + 1] == " ")


def _common_word_for_name(surface: str, term: IndexedTerm) -> bool:
    """One word in lower case where the base has a one-word name with a capital: a common
    word ("reunion", "turkey"), as the matcher's case policy reads it, never the name slipped."""
    return surface.islower() and len(term.tokens) == 1 and term.text[:1].isupper()


def _capital_lost_inside(surface: str, term: IndexedTerm) -> bool:
    """A Spanish body's or meeting's name with its first word capitalized and a later one not
    ("Banco Centroamericano de Integración económica"): Spanish capitalizes every content
    word of an institution's name, and a description lowers its head, the first word ("la
    cumbre Corea-SICA"). English prose lowers words inside names it describes ("the
    Korea-SICA cooperation center", in the ministry's own releases), so English is left alone."""
    if term.subject not in ("organization", "meeting") or not term.lang.startswith("es"):
        return False
    written, known = surface.split(), term.text.split()
    return len(written) == len(known) and written[0][:1].isupper() and any(
        name[:1].isupper() and word[:1].islower() for word, name in zip(written, known))


def _capitals_added(surface: str, known: str) -> bool:
    """Does `surface` differ from `known` only by words opened with a capital (a house's
    style, "Ministry Of Foreign Affairs")? A capital inside a word ("VietNam") is a slip."""
    return all(a == b or a == b.upper() and (index == 0 or not known[index - 1].isalpha())
               for index, (a, b) in enumerate(zip(surface, known)))


def _same_but_function_words(words: tuple[str, ...], term: tuple[str, ...], lower: bool = False) -> bool:
    """The name's own words in order, the function words between them dropped, added or
    swapped ("Vice Minister for Foreign Affairs", "Banco Centroamericano para la Integración
    Económica"): the name is still recognisable; the joining words are the slip. A name the
    base writes in lower case needs three words of its own: "will chair MIKTA" is a verb and
    its object, not "chair of MIKTA"."""
    content = [word for word in words if word not in FUNCTION_WORDS]
    if any(word in COORDINATORS and word not in term for word in words):
        return False  # "Dominican Republic and Korea": two names listed, not "Republic of Korea" slipped
    return (words != term and abs(len(words) - len(term)) <= 2 and len(content) >= (3 if lower else 2)
            and words[0] == term[0] and words[-1] == term[-1]
            and content == [known for known in term if known not in FUNCTION_WORDS])


@lru_cache(maxsize=4096)
def same_name(written: str, known: str) -> bool:
    """Is `written` another romanization of the person the base writes `known`
    ("Kang Jung-sik" / "Kang Jeong-sik")?"""
    from toolkit.text import romanize  # on first use: it loads rapidfuzz, which a clean page never needs

    return romanize.same_person(written, known) >= romanize.MATCH


@cache
def _rapidfuzz():
    """(fuzz, OSA), imported on first use: a clean page often never needs them. OSA is
    Levenshtein with a swap of two neighbours as one edit ("Korae"), the commonest typo."""
    from rapidfuzz import fuzz
    from rapidfuzz.distance import OSA

    return fuzz, OSA


def _person_similarity(words: tuple[str, ...], term: IndexedTerm) -> float:
    """A person's name in another romanization system differs in more letters than a slip
    ("Choi Jong-geon", Revised Romanization of the base's "Choi Jong Kun"): when the
    romanization model reads both as one person, the name scores as that reading's floor."""
    score = _similarity(words, term.tokens, True)
    if score < ROMANIZED_SCORE and same_name(" ".join(words), term.text):
        return ROMANIZED_SCORE
    return score


def _similarity(words: tuple[str, ...], known: tuple[str, ...], person: bool = False) -> float:
    """rapidfuzz's ratio on jamo; for a person, whatever the order of the name's parts
    ("Jong Kun Choi")."""
    fuzz = _rapidfuzz()[0]
    written, name = jamo(" ".join(words)), jamo(" ".join(known))
    return fuzz.token_sort_ratio(written, name) if person else fuzz.ratio(written, name)


def _token_slip(word: str, known: str, index: int, length: int, is_word, named: bool = False,
                one_edit: bool = False) -> bool:
    """One token written a little wrong — and not an inflected or derived form of it.
    `one_edit` for a word whose family are other names: a common noun written alone (a
    lower-case title, "canciller": two edits make "cancillería", the ministry) and the head
    of a title or ministry ("Ministro" is no slip of "Ministerio", "Secretaría" none of
    "secretario").

    The edit distance (capped: no slip is more than two edits) is tested before inflection
    and known words, because most candidates of a blocking key differ in a whole word.
    """
    OSA = _rapidfuzz()[1]  # noqa: N806 (the library's class name)
    if _digits(word) != _digits(known):
        return False  # "외교1차관", "제3차관", "G21": a number names another office or group; no typo
    hangul = not known.isascii() and is_hangul_token(known)  # (isascii: a cheap "not Hangul")
    if hangul != (not word.isascii() and is_hangul_token(word)):
        return False  # "Shelve된" is Korean grammar on an English word, not a misspelling of it
    if hangul:
        if len(known) < 2 or word[1:] == known and word[0] in NAME_PREFIXES:
            return False  # "주사우디아라비아": a prefix on the name written right, no slip
        if len(word) == len(known) >= (3 if length >= 2 else 4) and sorted(word) == sorted(known) \
                and OSA.distance(word, known) == 1:
            return True  # two neighbouring syllables swapped ("중미통합제체", "믹타 장의국"): one slip
        if index < length - 1 and _korean_demonym(word, known):
            return True  # "멕시칸 외교장관": a demonym ends a name; inside one it stands for the country
        if len(word) == len(known) >= JAMO_SWAP_SYLLABLES and sorted(jamo(word)) == sorted(jamo(known)) \
                and OSA.distance(jamo(word), jamo(known)) <= 2:
            return True  # two letters traded between syllables ("인도네사이", "인도네이사" for 인도네시아)
        if word == known:
            return False
        if not one_edit and len(known) >= (SYLLABLE_DROP_MIN if length == 1 else SYLLABLE_DROP_IN_NAME) \
                and _inner_letter_left_out(word, known):
            return True  # "오스트레리아", "세계무기구", "한-SICA 정회의": a syllable skipped, the word's ends kept
        # vowels Korean writers confuse (ㅐ/ㅔ...) cost nothing: "중미통함체재" is one slip; a consonant
        # is one letter as an initial or a final: "알헨티나" is 아르헨티나 with its ㅡ left out
        distance = OSA.distance(letters(fold_confusions(word)), letters(fold_confusions(known)), score_cutoff=2)
        most = 2 if len(known) >= HANGUL_TWO_SLIPS else 1  # "다지외교조전관": two slips in a word this long
        return distance <= most and not _is_inflection(word, known, index, length, named)
    if _typed_twice(word, known):
        return length >= 3 or len(known) >= 3  # "Republiic" (not a demonym in -ic), "oof" in a name of three words
    if len(known) < 3:
        return False
    if length == 1 and word[:1] != known[:1] and not _initial_sound_kept(word, known):
        return False  # a one-word name misspelt keeps its initial: "Colonia" is a city, not "Polonia"
    if len(word) == len(known) >= TRADED_LETTERS and _letters_traded(word, known):
        return not _is_known_word(word, is_word)  # two letters traded places over one between: one slip
    if len(known) >= SOUND_SPELLED and word != known and _sounds(word) == _sounds(known):
        return not _is_known_word(word, is_word)  # "Cambolla" for Camboya: the letters of one sound
    distance = OSA.distance(word, known, score_cutoff=2)
    most = 1 if one_edit or len(known) < 6 or (length == 1 and len(known) < 9) else 2  # "Maurice", "Alemanas"
    if not 0 < distance <= most:
        return False
    if _is_inflection(word, known, index, length, named) and not _inner_letter_left_out(word, known):
        return False  # "Estads" is a letter left out, not a demonym ending as "German" is
    return distance == 1 or not _is_known_word(word, is_word)


# Initials Spanish spells one sound with (RAE, Ortografía 2010, ch. 1 §6: b and v are one
# phoneme; h is silent): a name written with the other still sounds right to its writer.
SAME_SOUND_INITIALS = frozenset(map(frozenset, [("b", "v")]))
SILENT_INITIAL = "h"


# Letters Spanish writes one sound with anywhere in a word (RAE, Ortografía 2010, ch. 1 §6:
# b and v are one phoneme; ll and y are one for the yeísta majority): a name spelt by its sound.
SAME_SOUND_LETTERS = (("ll", "y"), ("v", "b"))
SOUND_SPELLED = 6  # a name this long stays itself spelt by its sound


def _sounds(word: str) -> str:
    """The word with each group of letters of one sound written as one letter."""
    for letters, sound in SAME_SOUND_LETTERS:
        word = word.replace(letters, sound)
    return word


def _initial_sound_kept(word: str, known: str) -> bool:
    """`word` is `known` with its initial spelt as another letter of the same sound, or with
    a silent h dropped or added ("Benezuela", "Onduras"), the rest as written."""
    if word[1:] == known[1:]:
        return frozenset((word[0], known[0])) in SAME_SOUND_INITIALS
    return SILENT_INITIAL + word == known or word == SILENT_INITIAL + known


def _korean_demonym(word: str, known: str) -> bool:
    """`word` is `known` (ending in an open syllable) as Korean transcribes its English demonym:
    the last vowel made ㅏ or ㅓ and closed with ㄴ ("멕시칸", "이탈리안", "인도네시안")."""
    written, name = jamo(word), jamo(known)
    if not name or name[-1] not in HANGUL_VOWELS:
        return False
    return written in {name[:-1] + vowel + FINAL_N for vowel in DEMONYM_VOWELS} | {name + FINAL_N}


HANGUL_VOWELS = frozenset(chr(code) for code in range(0x1161, 0x1176))
DEMONYM_VOWELS = ("\u1161", "\u1165")  # ㅏ, ㅓ
FINAL_N = "\u11ab"


def _digits(text: str) -> str:
    return "".join(char for char in text if char.isdigit())


def _inner_letter_left_out(word: str, known: str) -> bool:
    """`known` with one letter (a Hangul syllable in Korean), neither its first nor its last, left
    out ("Estads", "Dominicn", "오스트레리아")."""
    return len(word) == len(known) - 1 and any(known[:index] + known[index + 1:] == word
                                               for index in range(1, len(known) - 1))


def _letters_traded(word: str, known: str) -> bool:
    """`word` is `known` with two letters, not neighbours, traded places ("Hundoras" for
    Honduras): two edits by count, one slip of the hand."""
    differ = [i for i, (a, b) in enumerate(zip(word, known)) if a != b]
    return len(differ) == 2 and differ[1] - differ[0] > 1 and word[differ[0]] == known[differ[1]] \
        and word[differ[1]] == known[differ[0]]


def _typed_twice(word: str, known: str) -> bool:
    """`known` with one of its letters typed twice ("Republiic", "oof")."""
    return len(word) == len(known) + 1 and any(
        word[index] == word[index - 1] and word[:index] + word[index + 1:] == known for index in range(1, len(word)))


def _is_known_word(word: str, is_word) -> bool:
    """'ministry', or 'ministers' (plural of a word of the base): a real word, not a typo."""
    return is_word(word) or any(
        word.endswith(suffix) and is_word(word[: -len(suffix)]) for suffix in DERIVATION_SUFFIXES
    )


def _is_inflection(word: str, known: str, index: int, length: int, named: bool = False) -> bool:
    """Spanish gender/number of the head (the first word, or the one after an ordinal), a
    plural, adjective or possessive of `known`, or a singular head.

    Only a missing final -s on the last word ("Foreign Affair") counts as a slip. The name
    of a country, place or person is never inflected: only its adjective is not a slip
    ("Central American"), while "Estado Unidos" is.
    """
    stem = len(os.path.commonprefix((word, known)))
    if stem < 3:
        return False
    word_tail, known_tail = word[stem:], known[stem:]
    if known_tail == "" and word_tail in DERIVATION_SUFFIXES:
        return True  # plural, adjective or possessive written where the base has the noun
    if named and length == 1 and word_tail == "" and known_tail == "a" and known.endswith("ica"):
        return True  # a one-word name's English adjective: "the Antarctic issue" (Antarctica); "Dominic" is no Dominica
    if named:  # a country's demonym or adjective is another word: Argentine, Germans, 이탈리안, "Central
        # American"; it ends the name, so a word inside one is slipped ("Dominician Republic")
        return index == length - 1 and (0 < len(known_tail) <= DEMONYM_CUT and word_tail in DEMONYM_ENDINGS  # not "Hondura", "Estado"
                and sorted(word_tail) != sorted(known_tail)  # the name's own last letters swapped: "Argentian"
                and not _consonant_for_consonant(word_tail, known_tail)  # "Kingdon": no demonym ends so
                and not (len(word_tail) == len(known_tail) and word_tail[-1] == known_tail[-1])  # "Soloman": a letter inside
                and word_tail != "i"  # -i is added ("Nepali"), never put for a letter ("Paraguai")
                and not _letter_added_inside(word, known))  # "Azerbaijian": no demonym keeps the name's last letters
    if index <= 1 and _gender_number_changed(word, known):
        return True  # "Viceministra", "Primera": not "Integración Económico"
    # a singular head ("Ministry" of "Ministries of ..."); "-ss" is no plural ("process")
    return word_tail == "" and known_tail in ("s", "es") and not known.endswith("ss") and index < length - 1


def _letter_added_inside(word: str, known: str) -> bool:
    """`word` is `known` with one letter added before its last ("Azerbaijian")."""
    return len(word) == len(known) + 1 and any(word[:i] + word[i + 1:] == known for i in range(len(word) - 1))


OF_WORDS = frozenset({"of", "de", "del"})


def _derived(word: str, known: str) -> bool:
    """`word` is `known` with a plural, adjective or possessive ending added ("korean", "american")."""
    return word.startswith(known) and word[len(known):] in DERIVATION_SUFFIXES


def _in_field(term: tuple[str, ...], index: int) -> bool:
    """Does the word stand after the title's "de" (its field, a fixed name), not beside its head
    (an adjective agreeing with the holder: "Viceministra Encargada")?"""
    return any(word in OF_WORDS for word in term[:index])


def _gender_number_changed(word: str, known: str) -> bool:
    """`word` is `known` with another Spanish gender or number ending ("dominicano", "unidas",
    "centroamericanos": the shared vowel is the ending's)."""
    shared = len(os.path.commonprefix((word, known)))
    return any(stem >= 3 and ((tails := (known[stem:], word[stem:])) in SPANISH_GENDER_NUMBER
                              or tails[::-1] in SPANISH_GENDER_NUMBER) for stem in (shared, shared - 1))


def _consonant_for_consonant(word_tail: str, known_tail: str) -> bool:
    """A last consonant struck as another ("Kingdon" for Kingdom): a demonym replaces a
    vowel or a plural's -s ("Honduran") or adds an ending; it trades no other consonant."""
    pair = word_tail + known_tail
    return len(word_tail) == len(known_tail) == 1 and known_tail != "s" and pair.isascii() and pair.isalpha() \
        and not any(letter in VOWELS + "y" for letter in pair)


@lru_cache(maxsize=1 << 16)
def _spells_surname(word: str) -> bool:
    """Is this capitalized Latin word a customary spelling of a Korean surname?"""
    if not word[:1].isupper() or not word.isascii() and not word.replace("ŏ", "o").replace("ŭ", "u").isascii():
        return False
    return bool(_surnames_spelt(word.casefold()))


def _surname_keys(name: str) -> set[str]:
    """A person's blocking keys: the Hangul surname a romanization spells, in any order
    ("Ch'oe Chong-kun", "Jong Kun Choi" and "Choi Jong Kun" all give 최)."""
    words = name.split()
    return {f"n:{surname}" for word in {words[0], words[-1]} for surname in _surnames_spelt(word.casefold())}


@lru_cache(maxsize=1 << 16)
def _surnames_spelt(word: str) -> frozenset[str]:
    """The Korean surnames one lower-cased Latin word spells (remembered: words come back)."""
    from toolkit.text.romanize import surnames_in  # rapidfuzz: only once names are searched

    return surnames_in(f"{word} x")


def _keys(tokens: list[str], two_out: bool = False, lost: int = 0) -> set[str]:
    """Blocking keys: the tokens, and the tokens with one left out; single words by prefix/suffix,
    and so a word beside a function word ("El Salvardor": the slip is in the word left); a
    name's own words without the function words between them. `lost`: letters written words
    may have lost to two slips, so that a long name's keys are still asked for."""
    keys = {" ".join(tokens)}
    content = [token for token in tokens if token not in FUNCTION_WORDS]
    if 2 <= len(content) < len(tokens):
        keys.add("c:" + " ".join(content))  # the name's own words, whatever joins them
    if two_out and len(tokens) in (2, 3) and all(len(token) >= LONG_SLIPPED_WORD - 1 for token in tokens):
        keys.add("p:" + " ".join(token[:3] for token in tokens))  # two long words slipped: their heads
    if len(tokens) >= 2:
        for index in range(len(tokens)):
            rest = tokens[:index] + tokens[index + 1 :]
            if sum(map(len, rest)) >= MIN_REST or len(rest) == 1 and len(rest[0]) >= MIN_REST - 1 \
                    and rest[0] not in FUNCTION_WORDS:
                keys.add(" ".join(rest))  # "nam": "Veit Nam" is Viet Nam with its first word slipped
        if two_out and _is_long_name(tokens, lost):
            for one in range(len(tokens)):
                for two in range(one + 1, len(tokens)):
                    keys.add("2:" + " ".join(tokens[:one] + tokens[one + 1 : two] + tokens[two + 1 :]))
        if len(tokens) == 2 and any(token in FUNCTION_WORDS for token in tokens):
            word = tokens[1] if tokens[0] in FUNCTION_WORDS else tokens[0]
            size = 2 if is_hangul_token(word) else 3
            keys.update((f"2^{word[:size]}", f"2{word[-size:]}$"))
    else:
        token = tokens[0]
        size = 2 if is_hangul_token(token) else 3
        keys.add(f"^{token[:size]}")
        keys.add(f"{token[-size:]}$")
        if len(token) >= HANGUL_TWO_SLIPS and is_hangul_token(token):
            keys.add(f"~{token[size:-size]}")  # "충미경제통합은헹": two slips, one at each end, keep the middle
    return keys


def _two_long_words_slipped(words, term, differing) -> bool:
    """Two long words of a name each one edit off ("Domincan Repulic"): each keeps enough
    letters that the name stays unambiguous."""
    return sum(map(len, term)) >= TWO_SLIPS_LETTERS and all(
        len(term[index]) >= LONG_SLIPPED_WORD - 1 and _rapidfuzz()[1].distance(words[index], term[index]) == 1
        for index in differing)


def _is_long_name(tokens, lost: int = 0) -> bool:
    """Long enough that two slipped words leave it unambiguous (see LONG_NAME_WORDS); `lost`:
    letters the words may have lost to their slips (the words as written, not the name)."""
    return len(tokens) >= LONG_NAME_WORDS and sum(
        len(token) * (HANGUL_SYLLABLE_LETTERS if is_hangul_token(token) else 1) for token in tokens) + lost >= LONG_NAME_LETTERS


# What ends an institution's name: a ministry (부), an office (처, 청, 실), a council (회), an
# institute (원). Its genitive before its office breaks one name ("외교부의 제1차관"); a
# country's before an office is prose ("미국의 외교부": the United States' ministry).
INSTITUTION_ENDINGS = ("부", "처", "청", "실", "회", "원")


def _without_genitive(word: str) -> str:
    """An institution's name without the genitive particle closing it ("외교부의" -> "외교부")."""
    stem = word[: -len(GENITIVE)]
    institution = len(stem) >= 2 and is_hangul_token(stem) and stem.endswith(INSTITUTION_ENDINGS)
    return stem if word.endswith(GENITIVE) and institution else word


def _without_genitives(surface: str) -> str:
    """A Korean name without the genitive particles put after its inner words."""
    words = surface.split(" ")
    return " ".join([_without_genitive(word) for word in words[:-1]] + words[-1:])


def _variant_kind(surface: str, known: str) -> str:
    """How a variant differs from the name: a genitive inside it ("particle"), another
    transcription than the loanword orthography's ("transcription"), spacing, hyphens and
    accents ("variant"), or an ordinal in digits ("ordinal": "2nd" for "Second")."""
    if squash(surface) != squash(known) and squash(_without_genitives(surface)) == squash(known):
        return "particle"
    if _squashed_as_written(surface) != _squashed_as_written(known) and squash(surface) == squash(known):
        return "transcription"
    if _one_r(_alnum(blocking_text(surface))) != _one_r(_alnum(blocking_text(known))):
        return "ordinal"
    return "variant"  # a compound's "rr" counts as spacing: "Costarrica", "Bielo Rusia"


def _one_r(text: str) -> str:
    """Spanish doubles the r a compound puts between vowels ("Costarrica", "Bielorrusia"); the
    same name written apart has one ("Costa Rica", "Bielo Rusia")."""
    return text.replace("rr", "r")


def _singular_keys(key: str) -> list[tuple[str, str]]:
    """(key, ending) of a squashed Latin key read as a plural: Spanish adds -es after a
    consonant and -s after a vowel, English -s ("vice cancilleres", "Round-Tables")."""
    readings = [(key[:-2], "es")] if key.endswith("es") and key[-3:-2] not in VOWELS else []
    return readings + [(key[:-1], "s")] if key.endswith("s") else readings


def _written_otherwise(surface: str, known: str) -> bool:
    """Other spacing, hyphens, dashes or accents than the known name (case aside; a partners'
    middle dot is their hyphen)."""
    def skeleton(text: str) -> str:
        return re.sub(r"[\s\u00a0\u3000]+", " ", text.casefold().translate(PARTNER_DOTS))

    return skeleton(surface) != skeleton(known)


def _is_name(text: str) -> bool:
    """Latin terms all in lower case ("compute", "container format") are common words, whose
    innocent neighbours ("Computer") are everywhere; Hangul has no case, so it always counts."""
    return any(char.isupper() or is_hangul(char) for char in text)


def _long_enough(tokens: tuple[str, ...]) -> bool:
    """Very short names have too many innocent neighbours to fuzz on; a Hangul syllable is
    worth a Latin letter and a half ("미국 국무부", five syllables, is long enough)."""
    if len(tokens) >= 2:
        return sum(map(len, tokens)) >= (4 if is_hangul_token(tokens[0]) else 6)
    token = tokens[0]
    return len(token) >= (4 if is_hangul_token(token) else 7)


def _windows(text: str, tokens: list[tuple[int, int, str]], unknown: list[bool], inside: list[bool],
             longest: dict[bool, int], opens: list[bool], glued: list[bool]):
    """(first, last) token indices of spans that could be a name, longest first per start.

    A span holds at most one word the base does not know: a near miss has one slipped word.
    A lower-case word goes on a name when it and the word before it make one of its words
    written apart (`glued`: "Vice ministro de Relaciones Exteiores").
    """
    features = [_features(token[2]) for token in tokens]
    hangul = [feature[0] for feature in features]
    edge = [feature[1] for feature in features]
    joins = [False]  # may token i continue a name begun before it?
    spaced = [False]  # is token i the next word, in the same script (a lower-case name goes on so)?
    for index in range(1, len(tokens)):
        gap = text[tokens[index - 1][1] : tokens[index][0]]
        spaced.append(gap == " " and hangul[index] == hangul[index - 1])
        hyphenated = gap in ("-", "‐")  # "Jeong-sik": the lower-case half of a name
        bracketed = _bracketed_acronym(text, tokens[index - 1], tokens[index], gap)  # "한-중미통합체제(SICA) 정상회의"
        # Korean names hold acronyms: "한-SICA 정상회의", "MIKTA 외교장관회의"
        mixed = hangul[index] != hangul[index - 1] and (
            hyphenated or bracketed or gap == " " and tokens[index - 1][2].isupper())
        same_name_gap = gap == " " or bool(NAME_GAP.fullmatch(gap)) or bracketed
        possessive = gap in ("'", "’") and tokens[index][2] == "s"  # "People's Republic", "Heads of State's"
        joins.append((hangul[index] == hangul[index - 1] or mixed) and same_name_gap and (
            hangul[index] or hyphenated or bracketed or possessive or edge[index] or features[index][2] or glued[index]
        ))
        if hyphenated:
            edge[index] = True
    for first in range(len(tokens)):
        lower_half = joins[first] and not hangul[first] and not tokens[first][2][:1].isupper()  # "-sik"
        if inside[first] or not (edge[first] or opens[first]) or lower_half:
            continue
        ends = []
        strangers = short_strangers = 0
        lower_name = opens[first] and not hangul[first] and tokens[first][2][:1].islower()
        # a romanized Korean name may have every part unknown ("Ch'oe Chong Kŭn")
        most_strangers = PERSON_WORDS - 1 if not hangul[first] and _spells_surname(tokens[first][2]) else 2
        for last in range(first, min(len(tokens), first + longest[hangul[first]])):
            strangers += unknown[last]
            short_strangers += unknown[last] and len(tokens[last][2]) < LONG_SLIPPED_WORD - 1
            if (last > first and not (joins[last] or lower_name and spaced[last])) or strangers > most_strangers:
                break
            ends_name = edge[last] or lower_name and not features[last][2]  # "vicecanciller"
            romanized = last > first and last - first < PERSON_WORDS and (
                _spells_surname(tokens[first][2]) or _spells_surname(tokens[last][2]))  # "Ch'oe Chong-kun"
            if ends_name and (strangers <= 1 or last - first + 1 >= LONG_NAME_WORDS or not short_strangers or romanized):
                ends.append(last)
        for last in reversed(ends):
            if last > first or features[first][3]:
                yield first, last


def _apart(text: str, before: tuple[int, int, str], after: tuple[int, int, str]) -> bool:
    """Two Latin words with one space between, the second in lower case ("Vice ministro")."""
    return text[before[1]:after[0]] == " " and after[2][:1].islower()


def _bracketed_acronym(text: str, before: tuple[int, int, str], after: tuple[int, int, str], gap: str) -> bool:
    """The gap opens or closes an acronym glossed in brackets inside a name: "체제(SICA) 정상"."""
    if gap.strip() == "(":
        return after[2].isupper() and text[after[1]:after[1] + 1] == ")"
    return gap.strip() == ")" and before[2].isupper() and text[before[0] - 1:before[0]] == "("


def _deletions(word: str) -> set[str]:
    """The word and every form of it with one letter deleted: two words one edit apart
    share one of these (SymSpell's symmetric delete; Garbe 2012)."""
    return {word, *(word[:index] + word[index + 1:] for index in range(len(word)))}


def _can_edge(word: str) -> bool:
    """A name starts and ends with a capitalized word (Latin) or any Hangul word, never "The"."""
    return is_hangul_token(word) or (word[:1].isupper() and word.casefold() not in FUNCTION_WORDS)


def _single_candidate(word: str) -> bool:
    """Long enough to be a name alone: four Hangul syllables (read whole, and without a
    particle only when four remain: 우루과이 ends like one), seven Latin letters."""
    if is_hangul_token(word):
        return len(word) >= 4
    return len(word) >= 7


def _with_lost_last_letter(text: str, hit: NearMiss) -> NearMiss:
    """"Joint Communiqu?": a slip one letter short of its name, before a "?" (or one for each of
    the letter's bytes: "Communiqu??") or a U+FFFD, where the name ends in a non-ASCII letter,
    lost that letter to mojibake; the signs are part of it. An ASCII letter is never garbled,
    but a "?" that cannot end a question ("Costa Ric? and Panama", "el Paragua?.") stands for
    it too, or the fix would leave it behind."""
    lost = LOST_LETTER.match(text, hit.end)
    last = hit.term.text[-1:]
    if lost is None or (hit.text + last).casefold() != hit.term.text.casefold():
        return hit
    if last.isascii() and not NO_QUESTION.match(text, lost.end() - 1):
        return hit
    return replace(hit, end=lost.end(), text=hit.text + lost.group(), kind="mojibake")


LOST_LETTER = re.compile(r"\?{1,3}(?![^\W\d_])|\ufffd")  # a letter's UTF-8 bytes, each shown as "?", or U+FFFD
NO_QUESTION = re.compile(r"\?(?:[.,;:)\]]| +[a-záéíóúñ\d])")  # a sentence goes on, or another stop ends it


def _cuts_exact(start: int, end: int, owner: list[int]) -> bool:
    """The window lies inside an exact match, or one of its ends falls inside one.

    `owner[i]` is the number of the exact match covering character i, or -1.
    """
    inside = owner[start] != -1 and owner[start] == owner[end - 1]
    start_cut = start > 0 and owner[start] != -1 and owner[start - 1] == owner[start]
    end_cut = owner[end] != -1 and owner[end - 1] == owner[end]
    return inside or start_cut or end_cut
