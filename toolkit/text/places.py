"""Places that are not countries: the ISO 3166-2 subdivisions (states, provinces, districts)
as iso-codes ships them through pycountry.

A word one letter away from a country's name may be another real place ("Columbia" in
"British Columbia" and "District of Columbia", "Almeria" for the Spanish province of
Almería): a linter must not correct a place into a country.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from toolkit.text.fold import strip_accents

TRANSLATED = ("es", "ko")
AROUND = 40  # characters each side of a word in which its place's longer name is looked for


def _folded(text: str) -> str:
    return strip_accents(text).casefold()


@cache
def _places_by_word() -> dict[str, frozenset[str]]:
    """Each word of a subdivision's name, as iso-codes writes it and translates it into
    Spanish and Korean ("Distrito de Columbia") -> the folded names it occurs in."""
    import gettext

    import pycountry

    catalogs = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
                for lang in TRANSLATED]
    places: dict[str, set[str]] = defaultdict(set)
    for subdivision in pycountry.subdivisions:
        for written in {subdivision.name, *(catalog.gettext(subdivision.name) for catalog in catalogs)}:
            name = _folded(written)
            for word in name.split():
                places[word].add(name)
    return {word: frozenset(names) for word, names in places.items()}


def names_a_place(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a subdivision's name, or a word of one written around it?"""
    word = _folded(text[start:end])
    names = _places_by_word().get(word, frozenset()) if " " not in word else frozenset()
    if word in names:
        return True
    low = max(0, start - AROUND)
    window = _folded(text[low:end + AROUND])
    at = start - low
    for name in names:
        found = window.find(name)
        while found != -1:
            if found <= at < found + len(name):
                return True
            found = window.find(name, found + 1)
    return False


def is_place_name(text: str) -> bool:
    """Is `text` whole a subdivision's name ("Buenos Aires"), in any of its languages?"""
    name = _folded(text)
    return name in _places_by_word().get(name.split()[0] if name.split() else "", frozenset())
