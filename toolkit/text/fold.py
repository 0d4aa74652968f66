"""Case and accent folding that keeps a map back to the caller's character offsets.

Matching runs on a folded copy of the text; every match must be reported in offsets of the
text the user gave, so folding either keeps the length (the common case: one character in,
one out) or returns an explicit offset table.
"""

from __future__ import annotations

import re
import unicodedata


def _strip_marks(char: str) -> str:
    """'á' -> 'a', 'ñ' -> 'n'; Hangul is left whole (NFD would split it into jamo)."""
    return "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))


def _accent_table() -> dict[int, str | None]:
    """Latin letters with diacritics -> their base letter; combining marks -> deleted."""
    table: dict[int, str | None] = {}
    for code in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]:
        stripped = _strip_marks(chr(code))
        if stripped != chr(code) and len(stripped) == 1:
            table[code] = stripped
    for code in range(0x0300, 0x0370):
        table[code] = None
    return table


ACCENT_TABLE = _accent_table()
# str.translate with a dict visits every character (~8 MB/s); a regex only the accented ones.
ACCENTED = re.compile("[" + "".join(map(chr, sorted(ACCENT_TABLE))) + "]")


def strip_accents(text: str) -> str:
    """Remove Latin diacritics and combining marks; Hangul and case are untouched."""
    return ACCENTED.sub(lambda found: ACCENT_TABLE[ord(found.group())] or "", text)


def fold_char(char: str, accents: bool) -> str:
    """How one character looks in the folded text ('' for a stripped combining mark)."""
    lowered = char.lower()
    return strip_accents(lowered) if accents else lowered


def fold(text: str, accents: bool = False) -> tuple[str, list[int] | None]:
    """Lower-case (and optionally accent-strip) `text`.

    Returns (folded, offsets): offsets is None when folded[i] comes from text[i]; otherwise
    offsets[i] is the index in `text` of folded character i, with a final entry len(text).
    """
    folded = text.lower()
    if accents:
        folded = strip_accents(folded)
    if len(folded) == len(text):
        return folded, None
    pieces: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        piece = fold_char(char, accents)
        pieces.append(piece)
        offsets.extend([index] * len(piece))
    offsets.append(len(text))
    return "".join(pieces), offsets


def fold_key(text: str, accents: bool = False) -> str:
    """The folded form of a term: what the automaton is keyed by."""
    return fold(text, accents)[0]


SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_/·]+")


def search_form(text: str) -> str:
    """The form look-up compares queries and terms in: 'Choi Jong-kun' -> 'choi jong kun'."""
    return SEPARATORS.sub(" ", strip_accents(text.casefold())).strip()
