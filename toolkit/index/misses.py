"""A near miss as the searches report it, and the words of a name as they read them.

Shared by the window search (toolkit.index.nearmiss) and the one-word search
(toolkit.index.word_slips).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from toolkit.text.korean import HANGUL_CHAR, strip_particles

# A word; McCune-Reischauer's aspiration mark stays inside one (Ch'oe, P'yŏngyang). The Hangul
# letter "ㆍ" (arae-a) is a word character but Korean uses it as a middle dot between list items.
TOKEN = re.compile(r"(?:[CcKkPpTt]h?['’](?=[^\W\d_]))?[^\W_\u318d]+")
FUNCTION_WORDS = frozenset(
    {"of", "the", "for", "and", "on", "in", "de", "la", "del", "las", "los", "el", "y", "e", "para", "en",
     "앤드"}  # "and" transcribed inside a Korean name ("트리니다드 앤드 토바고")
)
HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
COMPOUND_REST = 2  # syllables after a name in a compound (총회, 대사관)


@dataclass(frozen=True)
class IndexedTerm:
    """What the index keeps of a term: enough to judge and report a near miss."""

    concept_id: str
    lang: str
    text: str
    tokens: tuple[str, ...]  # casefolded, accents kept
    subject: str | None


@dataclass
class NearMiss:
    """A window of text that is one small slip away from a known term."""

    start: int
    end: int
    text: str
    term: IndexedTerm
    punctuation_only: bool  # same letters, other spacing/hyphens/case ("Choi Jong Kun")
    romanization: bool  # a person's name spelled in another romanization ("Kang Jung-sik")
    kind: str = "slip"  # or "variant" (spacing, hyphens, compounding, accents), "mojibake", "case"
    others: tuple[IndexedTerm, ...] = ()  # garbled so that other names fit too ("?국": 미국, 중국, 한국)


def indexed(entry) -> IndexedTerm:
    """A term as the index's table stores it, (concept_id, lang, text, tokens, subject)."""
    concept_id, lang, text, tokens, subject = entry
    return IndexedTerm(concept_id, lang, text, tuple(tokens), subject)


def is_hangul_token(token: str) -> bool:
    return HANGUL_CHAR.search(token) is not None


@lru_cache(maxsize=1 << 16)
def stem_of(word: str) -> str:
    """strip_particles, remembered: the same words come back throughout a corpus."""
    return strip_particles(word)


def compound_heads(token: str) -> list[str]:
    """The two- and three-syllable heads of a longer Hangul word, whose rest (two syllables
    or more) is another noun: Korean writes a name and a noun as one word (유엔총회)."""
    if not HANGUL_WORD.fullmatch(token):
        return []
    return [token[:size] for size in (3, 2) if len(token) - size >= COMPOUND_REST]


# One-syllable suffixes that derive a word from a country's name: its language (스페인어), a
# person (-인), descent (-계), a product (-산), a side (-측), a source (-발), a destination (-행).
DERIVATION_SYLLABLES = frozenset("어인계산측발행")


def derived_head(token: str) -> list[str]:
    """The short name a Hangul word of three or four syllables is derived from by one suffix
    syllable ("스페인어" -> 스페인), for the slip search; none for other words."""
    if HANGUL_WORD.fullmatch(token) and 3 <= len(token) <= 4 and token[-1] in DERIVATION_SYLLABLES:
        return [token[:-1]]
    return []

