"""Inflected forms of official names that a reader expects to be recognised.

English: the plural of the head noun, which is the word before the first "of"/"for"
("Vice Ministers of Foreign Affairs") or else the last word. Spanish: number and, for titles,
gender of the head noun, which comes first ("Viceministra/Viceministros/Viceministras de
Relaciones Exteriores").

Hand-written because the head nouns of official names are regular and the one maintained
English library (inflect) costs 3.5 s to import; Spanish has no maintained one on PyPI.
"""

from __future__ import annotations

ENGLISH_HEAD_ENDS = ("of", "for")
# A Spanish head noun is inflected only when a complement follows, never an adjective that
# would have to agree with it ("Comisión Europea" stays as it is).
SPANISH_COMPLEMENTS = ("de", "del", "para", "ante", "en")
VOWELS = "aeiou"
SPANISH_PLURAL_ACCENTS = str.maketrans("áéíóú", "aeiou")


def english_plural(word: str) -> str | None:
    """'Minister' -> 'Ministers', 'Ministry' -> 'Ministries', 'Chairman' -> 'Chairmen'.

    None for a word that already looks plural ("Affairs", "Nations") or is not a plain word.
    """
    if not word.isalpha() or len(word) < 2:
        return None
    lower = word.lower()
    if lower.endswith("s") and not lower.endswith(("ss", "us")):
        return None
    if lower.endswith("man"):
        return word[:-3] + "men"
    if lower.endswith("y") and lower[-2] not in VOWELS:
        return word[:-1] + "ies"
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def english_forms(text: str) -> list[str]:
    """The term with its head noun in the plural, or nothing when there is none to make."""
    words = text.split(" ")
    lowered = [word.lower() for word in words]
    head = len(words) - 1
    for index, word in enumerate(lowered[1:], start=1):
        if word in ENGLISH_HEAD_ENDS:
            head = index - 1
            break
    plural = english_plural(words[head])
    if plural is None:
        return []
    return [" ".join([*words[:head], plural, *words[head + 1:]])]


def spanish_feminine(word: str) -> str | None:
    """'Viceministro' -> 'Viceministra', 'Embajador' -> 'Embajadora'; None otherwise."""
    if word.endswith("o"):
        return word[:-1] + "a"
    if word.endswith("or"):
        return word + "a"
    return None


def spanish_masculine(word: str) -> str | None:
    """'Viceministra' -> 'Viceministro', 'Embajadora' -> 'Embajador'; None otherwise."""
    if word.endswith("ora"):
        return word[:-1]
    if word.endswith("a"):
        return word[:-1] + "o"
    return None


def spanish_plural(word: str) -> str | None:
    """'Viceministro' -> 'Viceministros', 'Comisión' -> 'Comisiones', 'Embajador' -> 'Embajadores'."""
    if not word.isalpha():
        return None
    last = word[-1].lower()
    if last in VOWELS or last in "áéó":
        return word + "s"
    if last == "z":
        return word[:-1] + "ces"
    if last in "rldnj":
        if len(word) > 2 and word[-2] in "áéó" and last == "n":
            word = word[:-2] + word[-2].translate(SPANISH_PLURAL_ACCENTS) + last
        return word + "es"
    return None


def spanish_forms(text: str, gendered: bool, feminine: bool = False) -> list[str]:
    """Number (and, when `gendered`, gender) variants of the head noun, the first word."""
    head, _, rest = text.partition(" ")
    if rest and rest.split(" ")[0] not in SPANISH_COMPLEMENTS:
        return []
    heads = [head]
    if gendered:
        other = spanish_masculine(head) if feminine else spanish_feminine(head)
        if other:
            heads.append(other)
    heads += [plural for plural in map(spanish_plural, list(heads)) if plural]
    tail = f" {rest}" if rest else ""
    return [word + tail for word in heads[1:]]
