"""The extractor's word lists, read from toolkit/data/extract_vocabulary.tsv.

Keeping them as data lets a terminologist add a title head or a meeting word without
touching the patterns that use them.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

VOCABULARY = "extract_vocabulary.tsv"


@lru_cache(maxsize=None)
def rows() -> tuple[tuple[str, ...], ...]:
    text = resources.files("toolkit").joinpath("data", VOCABULARY).read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    return tuple(tuple(row) for row in csv.reader(lines, delimiter="\t"))


@lru_cache(maxsize=None)
def words(language: str, category: str) -> tuple[str, ...]:
    """The entries of one category, longest first (so a regex alternation prefers them)."""
    found = {row[2] for row in rows() if row[0] == language and row[1] == category}
    return tuple(sorted(found, key=lambda word: (-len(word), word)))


@lru_cache(maxsize=None)
def word_set(language: str, category: str) -> frozenset[str]:
    """The entries of one category as a set, for membership tests."""
    return frozenset(words(language, category))


def alternation(language: str, category: str) -> str:
    """A regex group matching any entry of the category."""
    return "(?:" + "|".join(re.escape(word) for word in words(language, category)) + ")"


@lru_cache(maxsize=None)
def capitalised_words(language: str, categories: tuple[str, ...]) -> frozenset[str]:
    """The capitalised words of the categories' entries ("Security" and "Council" of "Security
    Council"; a lower-case "de" or "of" only joins them)."""
    return frozenset(word for category in categories for entry in words(language, category)
                     for word in entry.split() if word[:1].isupper())
