"""Slips in short names: the one-word names and acronyms too short for the near-miss search.

A word of up to six letters has too many innocent neighbours for an edit distance ("Mali" is
one edit from "Male", "Bali", "Mail"), so only two kinds of slip are looked for, each of which
keeps every letter of the name and so rarely makes another real word:

- two neighbouring letters swapped, the first letter kept, in a capitalized word of five
  letters or more or an acronym of four or more ("Koera", "Mexcio", "SCIA", "MIKAT");
  Hangul: two neighbouring syllables of a three-syllable name swapped;
- a letter written as its look-alike: a digit for a letter in an acronym ("R0K", "WT0"),
  or, in Hangul, a vowel spelled as the one Korean writers confuse with it in the same
  syllable (ㅐ/ㅔ, ㅒ/ㅖ, ㅙ/ㅚ/ㅞ, ㅜ/ㅠ: "맥시코", "유앤", "외교뷰"), the consonants unchanged.

Both keep a word's letters (or syllables) as a multiset, up to the look-alikes, so one key —
the sorted letters with look-alikes made one — finds the candidate, and `is_slip` then
says whether the relation is exactly one of the two above.
"""

from __future__ import annotations

import unicodedata

from toolkit.text.korean import HANGUL_CHAR

# Digits read for the letters they look like (OCR and typing slips in acronyms).
DIGIT_LOOKALIKES = {"0": "o", "1": "i", "5": "s"}
# Vowel jamo (as NFD code points) that Korean spelling confuses, each mapped to one of its group.
CONFUSED_VOWELS = {"\u1162": "\u1166", "\u1164": "\u1168", "\u116b": "\u1170", "\u116c": "\u1170", "\u1172": "\u116e"}
MIN_SWAPPED = {"name": 5, "acronym": 4, "hangul": 3}


def shape(word: str) -> str | None:
    """"hangul", "acronym" or "name" for a word that may be a short name; None otherwise."""
    if HANGUL_CHAR.search(word):
        return "hangul" if all(HANGUL_CHAR.match(char) for char in word) and 2 <= len(word) <= 3 else None
    if not 3 <= len(word) <= 6 or not word[:1].isalpha():
        return None
    if all(char.isupper() or char.isdigit() for char in word) and any(char.isalpha() for char in word):
        return "acronym"
    if word[:1].isupper() and word[1:].islower() and word.isalpha() and len(word) >= 4:
        return "name"
    return None


def slip_key(word: str) -> str:
    """The key a short name and its slips share: its units sorted, look-alikes made one."""
    return "".join(sorted(_units(word)))


def is_slip(written: str, known: str) -> bool:
    """Is `written` exactly one neighbour swap, or only look-alike letters, away from `known`?"""
    kind = shape(written)
    if kind is None or kind != shape(known) or len(written) != len(known) or written == known:
        return False
    a, b = _units(written, plain=True), _units(known, plain=True)
    differ = [index for index in range(len(a)) if a[index] != b[index]]
    swapped = (len(differ) == 2 and differ[1] == differ[0] + 1
               and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]]
               and (kind != "name" or differ[0] > 0) and len(written) >= MIN_SWAPPED[kind])
    return swapped or (bool(differ) and all(_lookalike(a[i], b[i], kind) for i in differ))


def _units(word: str, plain: bool = False) -> list[str]:
    """Letters (case-folded) or Hangul syllables; with look-alikes made one unless `plain`."""
    if HANGUL_CHAR.search(word):
        return [char if plain else _common_vowel(char) for char in word]
    letters = [char.casefold() for char in word]
    return letters if plain else [DIGIT_LOOKALIKES.get(char, char) for char in letters]


def _common_vowel(syllable: str) -> str:
    jamo = unicodedata.normalize("NFD", syllable)
    return unicodedata.normalize("NFC", "".join(CONFUSED_VOWELS.get(char, char) for char in jamo))


def _lookalike(written: str, known: str, kind: str) -> bool:
    if kind == "hangul":
        return _common_vowel(written) == _common_vowel(known)
    return kind == "acronym" and DIGIT_LOOKALIKES.get(written) == known
