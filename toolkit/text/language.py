"""en/ko/es of a line and of a document, by an honest simple method.

Korean is told by script (the share of Hangul among letters). Spanish and English share a
script, so they are told by counting each language's commonest function words, with
Spanish-only letters (ñ, accented vowels, ¿ ¡) as extra evidence for Spanish. A line with
no evidence either way (a short title, a list of acronyms) takes the document's language.
A general-purpose identifier (fastText, lingua) would add a large model for three languages
whose decision this rule already makes.
"""

from __future__ import annotations

import re

from toolkit.text.korean import HANGUL_CHAR

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


def detect(text: str, fallback: str | None = None) -> str | None:
    """"ko", "es", "en", or `fallback` when the text gives no evidence (no letters: None)."""
    words = _WORD.findall(text)
    letters = sum(map(len, words))
    if not letters:
        return None
    if len(HANGUL_CHAR.findall(text)) / letters >= HANGUL_SHARE:
        return "ko"
    folded = [word.casefold() for word in words]
    english = sum(word in _ENGLISH_WORDS for word in folded)
    spanish = sum(word in _SPANISH_WORDS for word in folded) + len(_SPANISH_LETTERS.findall(text))
    if spanish > english:
        return "es"
    if english > spanish:
        return "en"
    return fallback if fallback in ("en", "es") else "en"
