"""en/ko/es of a line and of a document, by an honest simple method.

Korean is told by script (the share of Hangul among letters). Spanish and English share a
script, so they are told by counting each language's commonest function words, with
Spanish-only letters (ñ, accented vowels, ¿ ¡) as extra evidence for Spanish. A line with
no function word (a short title, a list of acronyms) takes the document's language: an
accent alone does not make a line Spanish, for it may be the very slip a check looks for.
A general-purpose identifier (fastText, lingua) would add a large model for three languages
whose decision this rule already makes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from toolkit.text.korean import HANGUL_CHAR, is_hangul

HANGUL_SHARE = 0.3
_WORD = re.compile(r"[^\W\d_]+")
_SPANISH_LETTERS = re.compile(r"[ñÑáéíóúÁÉÍÓÚ¿¡]")
_ENGLISH_WORDS = frozenset(
    "the of and to in is are was were for on with as by that this from at be has have "
    "its it will which an their they he she his her also between".split()
)
_SPANISH_WORDS = frozenset(
    "el la los las de del y en que por con para una un se su sus al es son como más "
    "entre sobre este esta fue ha han también".split()
)


class Evidence(NamedTuple):
    """What a text shows of its language: its letters, Hangul among them, English and Spanish
    function words, Spanish-only letters. Evidence adds up, so a long document is told from
    its lines' evidence without its words ever being held at once."""

    letters: int
    hangul: int
    english: int
    spanish: int
    spanish_letters: int


NO_EVIDENCE = Evidence(0, 0, 0, 0, 0)


def evidence(text: str) -> Evidence:
    words = _WORD.findall(text)
    letters = sum(map(len, words))
    if not letters:
        return NO_EVIDENCE
    folded = [word.casefold() for word in words]
    return Evidence(letters, len(HANGUL_CHAR.findall(text)), sum(word in _ENGLISH_WORDS for word in folded),
                    sum(word in _SPANISH_WORDS for word in folded), len(_SPANISH_LETTERS.findall(text)))


def summed(shown: Iterable[Evidence]) -> Evidence:
    """The evidence of texts read as one (joined by spaces)."""
    return Evidence(*map(sum, zip(NO_EVIDENCE, *shown)))


def decided(shown: Evidence, fallback: str | None = None) -> str | None:
    """"ko", "es", "en", or `fallback` when the evidence tells nothing (no letters: None)."""
    if not shown.letters:
        return None
    if shown.hangul / shown.letters >= HANGUL_SHARE:
        return "ko"
    if not shown.english and not shown.spanish and fallback in ("en", "es"):
        return fallback  # an accent alone ("ROK-Panamá Meeting Takes Place") may be the line's slip
    spanish = shown.spanish + shown.spanish_letters
    if spanish > shown.english:
        return "es"
    if shown.english > spanish:
        return "en"
    return fallback if fallback in ("en", "es") else "en"


def detect(text: str, fallback: str | None = None) -> str | None:
    """"ko", "es", "en", or `fallback` when the text gives no evidence (no letters: None)."""
    return decided(evidence(text), fallback)


def line_language(text: str, fallback: str | None) -> str:
    """A line's language, never None: the fallback, else English, when the line tells nothing."""
    return detect(text, fallback=fallback) or fallback or "en"


def language_of(text: str, fallback: str) -> str:
    """A name's language: ko for Hangul; en or es for Latin script, told only by a name of three
    or more words with a lower-case word or a Spanish letter (shorter names take `fallback`)."""
    if any(is_hangul(c) for c in text):
        return "ko"
    words = text.split()
    # A run of capitalised words ("Kim Jong Un") has no function words to tell the language by.
    telling = len(words) >= 3 and (any(w[0].islower() for w in words) or any(c in "ñáéíóúÑÁÉÍÓÚ" for c in text))
    found = detect(text, fallback=None) if telling else None
    if found in ("en", "es"):
        return found
    return fallback if fallback in ("en", "es") else "en"


def primary_language(code: str | None) -> str | None:
    """'ko_KR' / 'ko-KR' -> 'ko': the base and the catalogs spell regions differently."""
    return re.split(r"[-_]", code.strip())[0].lower() if code and code.strip() else None
