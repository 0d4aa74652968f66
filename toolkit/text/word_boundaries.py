"""Where a term may start and end in running text, for English/Spanish words and Korean.

English and Spanish: a term that begins (ends) with a letter or digit must not be glued to
another letter or digit. Korean: a term beginning with Hangul starts at the start of text or
after any non-Hangul character ("한-중미"); a term may be followed by a particle chain
("외교부에서는") and nothing else Hangul, so 인도 never matches inside 인도네시아.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from toolkit.text.korean import HANGUL_CLASS, HANGUL_RANGES, is_particle_chain

# The same characters as toolkit.text.korean.is_hangul, as a set: these checks run once per raw
# hit, and a set lookup costs a tenth of a function call.
HANGUL = frozenset(chr(code) for low, high in HANGUL_RANGES for code in range(low, high + 1))
HANGUL_RUN = re.compile(HANGUL_CLASS + "*")


def is_word_char(char: str) -> bool:
    """Letters, digits and combining marks (a decomposed 'á' is still inside the word)."""
    return char.isalnum() or (char >= "\u0300" and unicodedata.combining(char) != 0)


@lru_cache(maxsize=65536)
def _particles_only(run: str) -> bool:
    return is_particle_chain(run)


def starts_ok(text: str, start: int, first: str) -> bool:
    """May a term whose first character is `first` begin at text[start]?"""
    if start == 0:
        return True
    before = text[start - 1]
    if first in HANGUL:
        return before not in HANGUL
    if first.isalnum() or is_word_char(first):
        return not (before.isalnum() or is_word_char(before))
    return True


def ends_ok(text: str, end: int, last: str) -> bool:
    """May a term whose last character is `last` end just before text[end]?

    Hangul that follows must be a particle chain (also after a Latin acronym: "SICA는").
    """
    if end == len(text):
        return True
    after = text[end]
    if after in HANGUL:
        if not (last.isalnum() or is_word_char(last)):
            return True
        run_end = HANGUL_RUN.match(text, end).end()
        return _particles_only(text[end:run_end])
    if last in HANGUL or not (last.isalnum() or is_word_char(last)):
        return True
    return not (after.isalnum() or is_word_char(after))
