"""What a proposed term must look like, read off its shape alone.

Alignment proposes names to a translator; a text that is visibly not one (a lower-case
word, a list of members, a word that lost a letter to a bad encoding, a name cut at a
hyphen) costs a review and teaches nothing. A meeting or an agreement is recognized by its
head word, so that a meeting and the body holding it are never one concept.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from toolkit.extract.acronyms import MINOR_WORDS
from toolkit.text.fold import strip_accents
from toolkit.text.korean import is_hangul

# A replacement character, or a '?' standing inside a word for a letter a re-publisher lost
# ("Integraci?n").
_GARBLED = re.compile(r"\ufffd|\w\?\w")
# Items joined by commas with a last "and": "A, B, C and D", "A, B y C", "가, 나 및 다".
_LIST = re.compile(r"^[^,]+(?:,\s*[^,]+)+,?\s+(?:and|y|e|&|및|와|과)\s+[^,]+$")
_LIST_ITEM_WORDS = 2  # a member listed by name: a short name, no "of"/"de" phrase
# Head words of a meeting and of an agreement. English puts the head last, before any "of"
# phrase ("APEC Ministerial Meeting", "Treaty on the ...", not "North Atlantic Treaty
# Organization"); Spanish first, after an ordinal ("IV Reunión de ...", not "Organización del
# Tratado ..."); Korean last ("고위관리회의", not "북대서양조약기구").
_MEETING_WORDS = frozenset("meeting meetings summit reunión reunion cumbre".split())
_MEETING_ENDINGS = ("회의", "회담")
_DOCUMENT_WORDS = frozenset(
    "agreement treaty declaration convention protocol tratado acuerdo declaración convención protocolo".split())
_DOCUMENT_ENDINGS = ("협정", "조약", "선언", "협약", "의정서")
_ENGLISH_PHRASE = re.compile(r"\s(?:of|on|for|between|among|to|concerning|regarding)\s", re.IGNORECASE)
_ORDINAL = re.compile(r"^(?:[IVXLC]+|\d+\S*|primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa])$", re.IGNORECASE)
# Grammatical words beside the extractor's MINOR_WORDS, which a cognate match must skip.
_MORE_MINOR_WORDS = frozenset("el al o u con sobre entre with between".split())
COGNATE_RATIO = 75  # rapidfuzz ratio of two accent-free words: economic/económica, caribbean/caribe


def garbled(text: str) -> bool:
    """A letter lost to an encoding: the name as printed is not the name."""
    return bool(_GARBLED.search(text))


def is_enumeration(text: str, language: str = "en") -> bool:
    """Names listed with commas and a last "and", each short or a country ("México, Indonesia,
    República de Corea y Australia"): a group's members, not its name. "Ministry of
    Agriculture, Food and Rural Affairs" is a name."""
    if not _LIST.match(text.strip()):
        return False
    items = [item.strip() for item in re.split(r",|\s(?:and|y|e|&|및|와|과)\s", text) if item.strip()]
    return all(_short_name(item) or _country(item, language) for item in items)


def _short_name(item: str) -> bool:
    return len(item.split()) <= _LIST_ITEM_WORDS and not set(item.lower().split()) & MINOR_WORDS


def _country(item: str, language: str) -> bool:
    from toolkit.extract.countries import find_countries

    return any(m.start == 0 and m.end == len(item) for m in find_countries(item, language))


def is_name(text: str, language: str = "en") -> bool:
    """A Latin-script name starts with a capital and capitalises at least half of its content
    words ("Comisión Mixta Paraguay-Corea", not "desmilitarizada" nor "tratado de libre
    comercio"); a Hangul one has no case to read. Neither is a list nor garbled."""
    if garbled(text) or is_enumeration(text, language):
        return False
    if any(is_hangul(c) for c in text):
        return True
    words = [w for w in re.split(r"[\s\-–]+", text.strip(" \"“”‘’'")) if w and w[0].isalnum()]
    if not words or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    content = [w for w in words if w.lower() not in MINOR_WORDS]
    return 2 * sum(1 for w in content if w[0].isupper() or w[0].isdigit()) >= len(content)


def cut_at_hyphen(text: str, start: int) -> bool:
    """A form starting right after a hyphen glued to a word ("동아시아-|라틴아메리카포럼") is
    the end of a longer name, cut."""
    return start >= 2 and text[start - 1] in "-‐" and text[start - 2].isalnum()


def is_meeting(text: str, language: str = "en") -> bool:
    """A meeting by its head word: Meeting, Summit, Reunión, Cumbre, …회의, …회담."""
    return _head(text, language, _MEETING_WORDS, _MEETING_ENDINGS)


def is_document(text: str, language: str = "en") -> bool:
    """An agreement or a declaration by its head word: Agreement, Treaty, Tratado, …협정, …선언."""
    return _head(text, language, _DOCUMENT_WORDS, _DOCUMENT_ENDINGS)


def _head(text: str, language: str, words: frozenset[str], endings: tuple[str, ...]) -> bool:
    if any(is_hangul(c) for c in text):
        return text.rstrip().endswith(endings)
    if language == "es":
        tokens = [w for w in text.split() if not _ORDINAL.match(w)]
        head = tokens[0] if tokens else ""
    else:
        head = (_ENGLISH_PHRASE.split(text, maxsplit=1)[0].split() or [""])[-1]
    return head.strip(".,;:'’\"“”").lower() in words


def cognate_names(a: str, b: str) -> bool:
    """Two Latin-script names of as many content words, each word with its own cognate on the
    other side ("Economic Commission for Latin America" / "Comisión Económica para América
    Latina"): the same name in English and Spanish."""
    words_a, words_b = _content_words(a), _content_words(b)
    if len(words_a) < 2 or len(words_a) != len(words_b):
        return False
    left = list(words_b)
    for word in words_a:
        best = max(left, key=lambda other: fuzz.ratio(word, other))
        if fuzz.ratio(word, best) < COGNATE_RATIO:
            return False
        left.remove(best)
    return True


def _content_words(text: str) -> list[str]:
    words = re.split(r"[\s\-–,]+", strip_accents(text).lower())
    return [w for w in words if w and w not in MINOR_WORDS and w not in _MORE_MINOR_WORDS]
