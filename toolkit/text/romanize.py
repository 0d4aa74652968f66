"""Match Korean person names in Hangul against their romanized spellings.

Officials' names reach English and Spanish releases in Revised Romanization (RR),
McCune–Reischauer (MR, usually without its breves) or a customary spelling (Lee, Park, Choi,
Kyung, Eui, -wha), in either name order, with the given name hyphenated, spaced or joined.
Hand-written because no well-kept library covers RR, MR and customary surname spellings
together; syllables are decomposed arithmetically (Unicode Hangul block, U+AC00 + ...).

Scores are in [0, 1]: MATCH and above is the same name, REVIEW and above goes to a person,
anything lower is another person (Choi Jong-moon is not 최종건).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from importlib import resources
from itertools import product


MATCH = 0.9
REVIEW = 0.7
MAX_NAME_SYLLABLES = 5  # Korean names are 2-4 syllables (5 with a compound surname)
MAX_SPELLING = 7  # the longest spelling of one syllable ("yeoung" and the like)

_FIRST_SYLLABLE, _LAST_SYLLABLE = 0xAC00, 0xD7A3
_MEDIALS, _FINALS = 21, 28

# Spellings per jamo, in the Unicode order of initials, medials and finals.
# First the RR spelling, then MR (breves and apostrophes dropped), then customary ones.
_INITIALS = (
    ("g", "k"), ("kk", "gg", "k"), ("n",), ("d", "t"), ("tt", "dd", "t"), ("r", "l", "n"),
    ("m",), ("b", "p"), ("pp", "bb", "p"), ("s", "sh"), ("ss", "s"), ("",), ("j", "ch"),
    ("jj", "tch", "ch"), ("ch",), ("k",), ("t",), ("p",), ("h",),
)
_VOWELS = (
    ("a", "ah"), ("ae", "ai", "e"), ("ya",), ("yae",), ("eo", "o", "u", "uh"), ("e",),
    ("yeo", "yo", "yu", "you"), ("ye",), ("o", "oh"), ("wa",), ("wae",), ("oe", "oi", "we"),
    ("yo",), ("u", "oo"), ("wo", "weo"), ("we",), ("wi", "wee"), ("yu", "yoo", "you"),
    ("eu", "u"), ("ui", "eui", "ei", "i", "ee"), ("i", "ee"),
)
_FINAL_SPELLINGS = (
    ("",), ("k", "g", "ck"), ("k", "kk"), ("k",), ("n",), ("n",), ("n",), ("t", "d"),
    ("l", "r"), ("k", "l"), ("m",), ("l", "p"), ("l",), ("l",), ("p",), ("l",), ("m",),
    ("p", "b"), ("p",), ("t", "s"), ("t", "ss"), ("ng",), ("t", "j"), ("t",), ("k",),
    ("t",), ("p",), ("t", "h"),
)
# Customary vowel spellings that depend on the initial: 우/욱 as Woo/Wook, 이 as Yi,
# 화/환 as in Kang Kyung-wha. Keyed by (initial, medial) index.
_CUSTOMARY_ONSETS = {(11, 13): ("woo", "wu"), (11, 20): ("yi",), (18, 9): ("wha",)}
# Loose RR used to compare transcribed foreign names (카를로스 -> kareulloseu).
_LOOSE_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj",
                   "ch", "k", "t", "p", "h")
_LOOSE_VOWELS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo",
                 "u", "wo", "we", "wi", "yu", "eu", "ui", "i")
_LOOSE_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l",
                 "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")


def is_syllable(char: str) -> bool:
    return len(char) == 1 and _FIRST_SYLLABLE <= ord(char) <= _LAST_SYLLABLE


def decompose(syllable: str) -> tuple[int, int, int]:
    """Indices of initial, medial and final jamo of one precomposed Hangul syllable."""
    offset = ord(syllable) - _FIRST_SYLLABLE
    return offset // (_MEDIALS * _FINALS), (offset // _FINALS) % _MEDIALS, offset % _FINALS


@cache
def syllable_spellings(syllable: str) -> frozenset[str]:
    """Every RR, MR and customary spelling of one syllable ("건" -> geon, keon, kun, gun, ...)."""
    initial, medial, final = decompose(syllable)
    onsets = {"".join(parts) for parts in product(_INITIALS[initial], _VOWELS[medial])}
    onsets.update(_CUSTOMARY_ONSETS.get((initial, medial), ()))
    return frozenset(onset + coda for onset in onsets for coda in _FINAL_SPELLINGS[final])


@cache
def surname_spellings() -> dict[str, frozenset[str]]:
    """toolkit/data/surnames.tsv: hangul -> customary spellings, lower-cased."""
    table: dict[str, frozenset[str]] = {}
    text = resources.files("toolkit").joinpath("data/surnames.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        hangul, spellings = line.split("\t")
        table[hangul] = frozenset(s.strip().lower() for s in spellings.split(",") if s.strip())
    return table


@cache
def korean_surnames() -> frozenset[str]:
    """Every customary Latin spelling of a Korean surname, lower-cased (kim, lee, park, choi)."""
    return frozenset(spelling for spellings in surname_spellings().values() for spelling in spellings)


def plain_latin(latin: str) -> str:
    """Lower-case ASCII letters, hyphens and spaces: MR breves and apostrophes dropped."""
    decomposed = unicodedata.normalize("NFKD", latin)
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    ascii_only = re.sub(r"[’'`ʼ‘.]", "", ascii_only).lower()
    return re.sub(r"[^a-z\- ]+", " ", ascii_only).strip()


def _tokens(latin: str) -> list[str]:
    return [token for token in re.split(r"\s+", plain_latin(latin).replace(",", " ")) if token.strip("-")]


def _orders(latin: str) -> list[tuple[str, str]]:
    """(surname, given joined) for family-first and given-first readings."""
    tokens = _tokens(latin)
    if len(tokens) < 2:
        return []
    joined = lambda parts: "".join(parts).replace("-", "")  # noqa: E731
    orders = [(tokens[0].replace("-", ""), joined(tokens[1:]))]
    orders.append((tokens[-1].replace("-", ""), joined(tokens[:-1])))
    return orders


def _spell_exactly(text: str, syllables: str) -> bool:
    """True when `text` is a concatenation of one spelling per syllable, in order."""
    reachable = {0}
    for syllable in syllables:
        spellings = syllable_spellings(syllable)
        reachable = {
            end + len(s) for end in reachable for s in spellings if text.startswith(s, end)
        }
        if not reachable:
            return False
    return len(text) in reachable


# A spelling that is itself a correct romanization of other syllables names another person
# (Choi Jong-moon is 최종문, not a misspelt 최종건): its edit similarity is discounted.
OTHER_NAME_DISCOUNT = 0.75


def _given_similarity(text: str, syllables: str) -> float:
    """1.0 for an exact spelling, else the best normalized edit similarity to one."""
    if _spell_exactly(text, syllables):
        return 1.0
    best = 1 - _spelling_distance(text, syllables) / max(
        len(text), sum(min(map(len, syllable_spellings(s))) for s in syllables), 1
    )
    best = max(best, 0.0)
    if any(len(reading) == len(syllables) for reading in _readings(text)):
        best *= OTHER_NAME_DISCOUNT
    return best


def _spelling_distance(text: str, syllables: str) -> int:
    """Fewest edits turning `text` into some spelling of `syllables` (one spelling each).

    Dynamic programming over syllables: previous[j] is the distance of text[:j] to the syllables
    so far, so the cost stays linear in the number of syllables instead of exponential.
    """
    from rapidfuzz.distance import Levenshtein  # loaded by the steps that compare names
    previous = list(range(len(text) + 1))
    for syllable in syllables:
        spellings = syllable_spellings(syllable)
        current = [len(text) + 99] * (len(text) + 1)
        for begin, cost in enumerate(previous):
            for end in range(begin, min(len(text), begin + MAX_SPELLING + 2) + 1):
                piece = text[begin:end]
                step = min(Levenshtein.distance(piece, spelling) for spelling in spellings)
                current[end] = min(current[end], cost + step)
        previous = current
    return previous[-1]


def _surname_similarity(token: str, surname: str) -> float:
    from rapidfuzz.distance import Levenshtein  # loaded by the steps that compare names
    spellings = surname_spellings().get(surname, frozenset())
    if token in spellings or _spell_exactly(token, surname):
        return 1.0
    candidates = spellings | {"".join(p) for p in product(*(syllable_spellings(s) for s in surname))}
    return max(Levenshtein.normalized_similarity(token, c) for c in candidates)


def _splits(hangul: str) -> list[tuple[str, str]]:
    """(surname, given) splits of a Hangul name: one-syllable surname, or a compound one."""
    splits = []
    if len(hangul) >= 2:
        splits.append((hangul[0], hangul[1:]))
    if len(hangul) >= 3 and hangul[:2] in surname_spellings():
        splits.append((hangul[:2], hangul[2:]))
    return splits


def _override_key(latin: str) -> tuple[str, ...]:
    return tuple(sorted(_tokens(latin.replace("-", ""))))


def name_score(hangul: str, latin: str, overrides: Mapping[str, Iterable[str]] | None = None) -> float:
    """How surely `latin` romanizes the Korean name `hangul` (1.0 exact, <REVIEW another person).

    `overrides` (hangul -> spellings, from the term base's person concepts) wins: a listed
    spelling such as "Syngman Rhee" for 이승만 scores 1.0 whatever the tables say.
    """
    if len(hangul.split()) > 2:
        return 0.0
    hangul = re.sub(r"\s+", "", hangul)
    if not 2 <= len(hangul) <= MAX_NAME_SYLLABLES or not all(is_syllable(c) for c in hangul):
        return 0.0
    if overrides and hangul in overrides:
        if _override_key(latin) in {_override_key(known) for known in overrides[hangul]}:
            return 1.0
    return _table_score(hangul, latin)


@cache
def _table_score(hangul: str, latin: str) -> float:
    """name_score without overrides; the given name is compared only when the surname fits."""
    best = 0.0
    for surname, given in _splits(hangul):
        for surname_token, given_text in _orders(latin):
            surname_score = _surname_similarity(surname_token, surname) ** 2
            if surname_score <= best or surname_score < REVIEW:
                continue
            best = max(best, surname_score * _given_similarity(given_text, given) ** 1.5)
    return round(best, 4)


def rank_candidates(
    hangul: str, latin_names: Iterable[str], overrides: Mapping[str, Iterable[str]] | None = None
) -> list[tuple[str, float]]:
    """Latin names best first (ties by name), so the right person of a release comes first."""
    scored = {(name, name_score(hangul, name, overrides)) for name in latin_names}
    return sorted(scored, key=lambda item: (-item[1], item[0]))


def _spelling_to_jamo(spellings: tuple[tuple[str, ...], ...]) -> dict[str, tuple[int, ...]]:
    """Inverse of one jamo spelling table: spelling -> the jamo indices it can stand for."""
    inverse: dict[str, list[int]] = {}
    for number, options in enumerate(spellings):
        for spelling in options:
            inverse.setdefault(spelling, []).append(number)
    return {spelling: tuple(numbers) for spelling, numbers in inverse.items()}


@cache
def _jamo_tables() -> tuple[dict, dict, dict, dict[str, set[tuple[int, int]]]]:
    """(initials, vowels, finals, customary onsets), each spelling -> what it stands for."""
    customary: dict[str, set[tuple[int, int]]] = {}
    for pair, onsets in _CUSTOMARY_ONSETS.items():
        for onset in onsets:
            customary.setdefault(onset, set()).add(pair)
    return _spelling_to_jamo(_INITIALS), _spelling_to_jamo(_VOWELS), _spelling_to_jamo(_FINAL_SPELLINGS), customary


@lru_cache(maxsize=1 << 16)
def _syllables_spelled(spelling: str) -> frozenset[str]:
    """Every syllable that syllable_spellings() spells `spelling`, found by cutting it into
    initial, vowel and final spellings: inverting all 11,172 syllables up front costs a
    quarter of a second per process, and a name needs a few dozen spellings."""
    initials, vowels, finals, customary = _jamo_tables()
    found = set()
    for cut in range(len(spelling) + 1):
        onset, coda = spelling[:cut], spelling[cut:]
        codas = finals.get(coda)
        if not codas:
            continue
        pairs = set(customary.get(onset, ()))
        for split in range(len(onset) + 1):
            pairs.update(product(initials.get(onset[:split], ()), vowels.get(onset[split:], ())))
        for initial, medial in pairs:
            for final in codas:
                found.add(chr(_FIRST_SYLLABLE + (initial * _MEDIALS + medial) * _FINALS + final))
    return frozenset(found)


def spells_one_syllable(text: str) -> bool:
    """"gyun", "Soong": one Hangul syllable as a romanization spells it ("based" is none)."""
    return bool(_readings(text.lower(), 1))


def _readings(text: str, max_syllables: int = 4) -> list[tuple[frozenset[str], ...]]:
    """Every way to cut `text` into spelled syllables, each as its set of possible syllables."""
    return list(_remembered_readings(text, max_syllables))


@lru_cache(maxsize=1 << 14)
def _remembered_readings(text: str, max_syllables: int) -> tuple[tuple[frozenset[str], ...], ...]:
    """_readings, remembered: the same given names are compared again and again."""

    @cache
    def from_position(start: int) -> tuple[tuple[frozenset[str], ...], ...]:
        if start == len(text):
            return ((),)
        found = []
        for end in range(start + 1, min(len(text), start + 7) + 1):
            syllables = _syllables_spelled(text[start:end])
            if syllables:
                found.extend((syllables, *rest) for rest in from_position(end))
        return tuple(r for r in found if len(r) <= max_syllables)

    return from_position(0)


def _compatible(a: str, b: str) -> bool:
    """True when some Hangul syllables are spelled `a` by one writer and `b` by another."""
    for reading_a in _readings(a):
        for reading_b in _readings(b):
            if len(reading_a) == len(reading_b) and all(x & y for x, y in zip(reading_a, reading_b)):
                return True
    return False


@cache
def _surnames_by_spelling() -> dict[str, frozenset[str]]:
    """surname_spellings() inverted: customary spelling -> the Hangul surnames it writes."""
    inverse: dict[str, set[str]] = {}
    for hangul, spellings in surname_spellings().items():
        for spelling in spellings:
            inverse.setdefault(spelling, set()).add(hangul)
    return {spelling: frozenset(surnames) for spelling, surnames in inverse.items()}


def _surnames_of(token: str) -> frozenset[str]:
    """The Hangul surnames `token` is a customary spelling of (none: not a surname)."""
    return _surnames_by_spelling().get(token, frozenset())


def surnames_in(latin: str) -> frozenset[str]:
    """The Hangul surnames a romanized name's first or last word spells ("Ch'oe Jong Kun",
    "Jong Kun Choi" -> 최): how a person is found whatever the order or romanization."""
    tokens = [token.replace("-", "") for token in _tokens(latin)]
    return _surnames_of(tokens[0]) | _surnames_of(tokens[-1]) if len(tokens) >= 2 else frozenset()


def same_person(a_latin: str, b_latin: str) -> float:
    """How surely two romanizations name the same Korean ("Choi Jong-kun" ~ "CHOE Chong-gon").

    Only readings whose surname is a known one count, so that "Hong-kyun Kim" is not read
    as a person surnamed Hong-kyun.
    """
    from rapidfuzz.distance import Levenshtein  # loaded by the steps that compare names
    best = 0.0
    for surname_a, given_a in _orders(a_latin):
        for surname_b, given_b in _orders(b_latin):
            if not _surnames_of(surname_a) & _surnames_of(surname_b):
                continue
            if given_a == given_b or _compatible(given_a, given_b):
                given_score = 1.0
            else:
                given_score = Levenshtein.normalized_similarity(given_a, given_b)
                if _readings(given_a) and _readings(given_b):
                    given_score *= OTHER_NAME_DISCOUNT
            best = max(best, given_score**1.5)
    return round(best, 4)


def hangul_to_latin(hangul: str) -> str:
    """A loose RR reading of Hangul, spaces kept ("카를로스 오요스" -> "kareulloseu oyoseu")."""
    out = []
    for char in hangul:
        if is_syllable(char):
            initial, medial, final = decompose(char)
            out.append(_LOOSE_INITIALS[initial] + _LOOSE_VOWELS[medial] + _LOOSE_FINALS[final])
        else:
            out.append(char)
    return "".join(out)


_PHONETIC_RULES = (
    ("eu", ""), ("ph", "p"), ("th", "t"), ("sh", "s"), ("ch", "j"), ("ck", "k"), ("ng", "n"),
    ("ai", "i"), ("ay", "i"), ("ei", "e"), ("ey", "i"), ("ae", "e"), ("eo", "o"), ("er", "o"), ("ou", "u"),
    ("oo", "u"), ("ee", "i"), ("wh", "w"),
)
_PHONETIC_LETTERS = str.maketrans({"f": "p", "v": "b", "b": "p", "d": "t", "g": "k", "c": "k",
                                   "q": "k", "x": "ks", "z": "j", "r": "l", "w": "u", "y": "i"})


def _phonetic(text: str) -> str:
    """A coarse sound key shared by English/Spanish spellings and Korean transcriptions."""
    key = plain_latin(text).replace("-", "").replace(" ", "")
    for old, new in _PHONETIC_RULES:
        key = key.replace(old, new)
    key = key.translate(_PHONETIC_LETTERS).replace("h", "")
    key = re.sub(r"(.)\1+", r"\1", key)
    return re.sub(r"e$", "", key) if len(key) > 3 else key


def transliteration_score(hangul: str, latin: str) -> float:
    """How surely Hangul transcribes a foreign name ("카를로스 오요스" ~ "Carlos Hoyos")."""
    from rapidfuzz.distance import Levenshtein  # loaded by the steps that compare names
    korean, foreign = _phonetic(hangul_to_latin(hangul)), _phonetic(latin)
    if not korean or not foreign:
        return 0.0
    return round(Levenshtein.normalized_similarity(korean, foreign), 4)


def person_score(hangul: str, latin: str, overrides: Mapping[str, Iterable[str]] | None = None) -> float:
    """A Korean name's romanization or a foreign name's transcription, whichever fits better."""
    return max(name_score(hangul, latin, overrides), transliteration_score(hangul, latin))


def overrides_from_termbase(termbase) -> dict[str, list[str]]:
    """Hangul -> approved English/Spanish spellings of every person concept in the base."""
    overrides: dict[str, list[str]] = {}
    for concept in termbase.concepts:
        if concept.subject != "person":
            continue
        latin = [t.text for lang in ("en", "es") for t in concept.terms.get(lang, []) if not t.is_candidate]
        for term in concept.terms.get("ko", []):
            if not term.is_candidate and latin:
                overrides.setdefault(term.text.replace(" ", ""), []).extend(latin)
    return overrides
