"""Acronym definitions: Schwartz & Hearst's algorithm, plus what a ministry's releases need.

The core follows A. S. Schwartz and M. A. Hearst, "A Simple Algorithm for Identifying
Abbreviation Definitions in Biomedical Text", Pacific Symposium on Biocomputing 8:451-462
(2003), and its reference Java implementation (ExtractAbbrev): a candidate pair is
"long form (short form)" or "short form (long form)"; the long form is found by matching the
short form's characters right to left, the first one at a word start. Each step is a small
pure function named after the paper's.

Domain extensions, each reported under its own rule name:
- "cross-language": the acronym abbreviates the name in another language, given after a
  comma: "The Central American Integration System (SICA, Sistema de la Integración
  Centroamericana)" defines SICA as the English name, with the Spanish one as expansion.
- "permuted-initials": the long form's initials are the acronym's letters in another order,
  as when a name is translated: "SICA (Central American Integration System)".
- "hangul-gloss": a Korean name with its acronym in ASCII or full-width parentheses or
  square brackets: "중미통합체제(SICA)", "중미경제통합은행[CABEI]".

A few filters beyond the paper (see `schwartz_hearst_pair`) keep precision at or above the
published 96%; tests/eval/abbreviations.py measures them on the MEDSTRACT and
Schwartz-Hearst gold standards.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

from toolkit.text.brackets import CLOSING
from toolkit.text.capitals import CAPITALISED_RUN
from toolkit.text.korean import BULLETS, OPENING_QUOTES, is_hangul

SENTENCE_CUTS = (". ", ", ")
MAX_SHORT_FORM = 10

# Words a translated name may add or drop without an initial in the acronym.
MINOR_WORDS = frozenset(
    "a an and at by de del des di du e en for from in la las le los of on para por the to und y".split()
)

# "(i.e. ...)" and "(e.g. ...)" introduce a gloss, never a short form.
LATIN_GLOSSES = frozenset({"i.e.", "e.g.", "cf.", "viz.", "etc.", "i.e", "e.g"})
# A long form starting with one of these took the acronym's first letter from a grammatical word.
FUNCTION_WORDS = frozenset("a an the of in on at to for and or with which that from by as".split())

QUOTES = "\"'“”‘’«»"

# Inside a long form these make it a clause, not a name.
CLAUSE_WORDS = frozenset("an that which who whom whose called named designated termed".split())
QUANTITY = re.compile(r"\d+(?:[.,]\d+)? [A-Za-z]{1,3}")

# Korean glues particles to an acronym ("MIKTA의", "MIKTA가"): a Hangul syllable may follow it.
ACRONYM_SHAPE = re.compile(r"(?<![\w.])(?:[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*)(?![^\W가-힣])")
LETTER_NUMBER = re.compile(r"[A-Z]\d{1,2}")
ACRONYM_CHARACTERS = re.compile(r"[^\W가-힣]+(?:[&.\-/][^\W가-힣]+)*\.?")
ROMAN_NUMERAL = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")


@dataclass(frozen=True)
class Definition:
    """An acronym and its long form, with offsets into the text they were found in."""

    short: str
    short_start: int
    long: str
    long_start: int
    rule: str
    expansion: str | None = None
    expansion_start: int | None = None

    @property
    def short_end(self) -> int:
        return self.short_start + len(self.short)

    @property
    def long_end(self) -> int:
        return self.long_start + len(self.long)


def base_letter(char: str) -> str:
    """Lower-case without accents, so that "Integración" spells I and "Órgano" spells O."""
    decomposed = unicodedata.normalize("NFD", char)
    return (decomposed[0] if decomposed else char).lower()


def has_letter(text: str) -> bool:
    return any(char.isalpha() for char in text)


def has_capital(text: str) -> bool:
    return any(char.isupper() for char in text)


def is_valid_short_form(text: str) -> bool:
    """S&H: a short form has a letter and starts with a letter, digit or parenthesis."""
    return bool(text) and has_letter(text) and (text[0].isalnum() or text[0] == "(")


def best_long_form(short: str, long: str) -> int | None:
    """S&H's findBestLongForm: where in `long` the long form of `short` starts, or None.

    Characters of the short form are matched right to left, each at or before the previous
    match; the first one must begin a word. The long form then starts at that word.
    """
    matches = character_matches(short, long)
    return None if matches is None else long.rfind(" ", 0, matches[0]) + 1


def character_matches(short: str, long: str) -> list[int] | None:
    """The core of findBestLongForm: where each letter or digit of the short form matched."""
    matches: list[int] = []
    l_index = len(long) - 1
    for s_index in range(len(short) - 1, -1, -1):
        char = base_letter(short[s_index])
        if not char.isalnum():
            continue
        while l_index >= 0 and (
            base_letter(long[l_index]) != char
            or (s_index == 0 and l_index > 0 and long[l_index - 1].isalnum())
        ):
            l_index -= 1
        if l_index < 0:
            return None
        matches.append(l_index)
        l_index -= 1
    return matches[::-1] or None


def with_previous_word(short: str, window: str, start: int, matches: list[int]) -> int:
    """Extend the long form by one word when its first word took the short form's first
    letter only by accident: it also spells the doubled letter that follows ("phosphatase
    2A" for PP2A, "recruitment system" for RRS) or is a lone letter ("c oxidase" for COX),
    and the word before begins with that letter ("protein phosphatase 2A")."""
    letters = [base_letter(char) for char in short if char.isalnum()]
    first_word_end = window.find(" ", start)
    first_word_end = len(window) if first_word_end < 0 else first_word_end
    doubled = len(letters) > 1 and letters[0] == letters[1] and matches[1] < first_word_end
    lone = first_word_end - start == 1
    if start == 0 or not (doubled or lone):
        return start
    previous = window.rfind(" ", 0, start - 1) + 1
    word = window[previous:start - 1]
    if not word or base_letter(word[0]) != letters[0] or word.lower() in FUNCTION_WORDS:
        return start
    return previous


def is_acceptable_pair(short: str, long: str) -> bool:
    """S&H's final checks on a pair: sizes, and the long form must not contain the short."""
    short_size = sum(1 for char in short if char.isalnum())
    long_size = len([word for word in re.split(r"[ \t\n\r\f-]+", long) if word])
    return not (
        len(long) < len(short)
        or (short + " ") in long
        or long.endswith(short)
        or long_size > short_size * 2
        or long_size > short_size + 5
        or short_size > MAX_SHORT_FORM
    )


def schwartz_hearst_pair(short: str, window: str) -> int | None:
    """The start of the long form of `short` inside `window`, when S&H accepts the pair.

    Beyond the paper, a long form must read as a noun phrase: it does not start or end with
    a lower-case function word ("the mitochondrial outer membrane" for Tom), nor hold an
    article, a relative pronoun or a naming verb ("transferase that modifies the initiator
    tRNA", "Notch locus called split"), nor span a ";". An opening quote is not part of it.
    A short form with neither capital nor digit is an ordinary word ("letter", "prion")
    unless at most four letters long ("aa", "topo"); "400 K" is a quantity.
    """
    if len(short) < 2 or not is_valid_short_form(short) or is_plain_word(short) or QUANTITY.fullmatch(short):
        return None
    matches = character_matches(short, window)
    if matches is None:
        return None
    start = window.rfind(" ", 0, matches[0]) + 1
    extended = with_previous_word(short, window, start, matches)
    if extended != start and is_acceptable_pair(short, window[extended:]):
        start = extended
    while start < len(window) and window[start] in QUOTES:
        start += 1
    words = window[start:].split()
    if not is_acceptable_pair(short, window[start:]) or ";" in window[start:]:
        return None
    if words[0] in FUNCTION_WORDS or words[-1] in FUNCTION_WORDS or CLAUSE_WORDS.intersection(words):
        return None
    return start


def without_loose_tail(short: str, long: str) -> str:
    """Drop words after the last letter of the short form when a function word opens them:
    "phosphoglycerate kinase from yeast (PGK)" -> "phosphoglycerate kinase"."""
    matches = character_matches(short, long)
    if matches is None:
        return long
    tail_start = long.find(" ", matches[-1])
    if tail_start < 0:
        return long
    tail = long[tail_start:].split()
    return long[:tail_start] if tail[0] in FUNCTION_WORDS else long


def is_plain_word(short: str) -> bool:
    """A lower-case word of five letters or more is not a short form."""
    return len(short) > 4 and not any(char.isupper() or char.isdigit() for char in short)


def initials(name: str) -> list[str]:
    """The folded first letters of a name's content words ("de", "of", "the" do not count)."""
    words = [word for word in re.split(r"[\s\-]+", name) if word]
    return [base_letter(word[0]) for word in words if word.lower() not in MINOR_WORDS and word[0].isalpha()]


def is_permuted_initials(short: str, name: str) -> bool:
    """True when the name's initials are the acronym's letters in another order, every
    content word giving one ("SICA" for "Central American Integration System"), or, for a
    name whose hyphenated words give an initial per part, the letters are among them, the
    first word's included ("NPT" for "Treaty on the Non-Proliferation of Nuclear Weapons")."""
    letters = [base_letter(char) for char in short if char.isalpha()]
    name_initials = initials(name)
    if len(letters) < 2 or letters == name_initials:
        return False
    if Counter(letters) == Counter(name_initials):
        return True
    parts = [base_letter(part[0]) for part in re.split(r"[\s\-]+", name) if part and part.lower() not in MINOR_WORDS]
    return "-" in name and len(letters) >= 3 and parts[0] in letters and not Counter(letters) - Counter(parts) \
        and len(parts) <= len(letters) + 2


WORD_ACRONYM = re.compile(r"[A-Z][a-z]{3,8}")  # "Caricom", "Celac": an acronym Spanish style writes as a word


def joins_reversed_prefixes(short: str, name: str) -> bool:
    """True when the acronym is the name's content words, last first, each cut to a prefix of
    two letters or more and joined ("Caricom" of "Comunidad del Caribe": CARIbe + COMunidad),
    every content word giving one: a name translated from the language the acronym was coined
    in keeps that language's acronym, whose word order is the reverse (adjective first)."""
    words = [base_word for word in re.split(r"[\s\-]+", name) if word and word.lower() not in MINOR_WORDS
             for base_word in ["".join(base_letter(char) for char in word.lower())]]
    letters = "".join(base_letter(char) for char in short.lower())
    if len(words) < 2:
        return False

    def joins(rest: str, index: int) -> bool:
        if index < 0:
            return not rest
        word = words[index]
        return any(rest.startswith(word[:cut]) and joins(rest[cut:], index - 1) for cut in range(2, len(word) + 1))
    return joins(letters, len(words) - 1)


NUMBER_WORDS = {"2": "two", "3": "three", "5": "five", "7": "seven", "8": "eight", "10": "ten", "15": "fifteen",
                "20": "twenty", "77": "seventy-seven"}


def spells_initials(short: str, name: str) -> bool:
    """True when the acronym's letters are, in order, initials of the name's words: the first
    word gives the first letter; a hyphenated word may give one initial per part; function
    words ("of", "on", "the") and at most one content word per two letters may give none; a
    number stands for its word ("G20", "Group of Twenty"). Ab3P's word-initial strategy."""
    units = re.findall(r"[A-Za-z]|\d+", short)
    name_words = [word for word in name.split() if word]
    if len(units) < 2 or not name_words:
        return False
    budget = len(units) // 2

    def match(unit_index: int, word_index: int, skipped: int) -> bool:
        if unit_index == len(units):
            return all(word.lower() in MINOR_WORDS for word in name_words[word_index:])
        if word_index == len(name_words):
            return False
        word, unit = name_words[word_index], units[unit_index]
        parts = [part for part in word.split("-") if part]
        if unit.isdigit():
            if word.lower() in (unit, NUMBER_WORDS.get(unit)) and match(unit_index + 1, word_index + 1, skipped):
                return True
        else:
            taken = 0
            for part in parts:  # initials of the first part, the first two, ...
                if unit_index + taken < len(units) and base_letter(part[0]) == base_letter(units[unit_index + taken]):
                    taken += 1
                    if match(unit_index + taken, word_index + 1, skipped):
                        return True
                else:
                    break
        if word_index == 0:
            return False
        if word.lower() in MINOR_WORDS:
            return match(unit_index, word_index + 1, skipped)
        return skipped < budget and match(unit_index, word_index + 1, skipped + 1)

    return match(0, 0, 0)


def is_acronym(token: str) -> bool:
    """An all-capitals token such as MIKTA, CABEI or UN (Roman numerals and "OOOO" are not)."""
    if LETTER_NUMBER.fullmatch(token):
        return True  # G7, G20: a group named by its size
    if not ACRONYM_CHARACTERS.fullmatch(token):
        return False  # "GRULAC 대표", "GRULAC*": a phrase or a footnote mark
    if not 2 <= len(token) <= MAX_SHORT_FORM or ROMAN_NUMERAL.fullmatch(token) or len(set(token)) == 1:
        return False
    capitals = sum(1 for char in token if char.isupper())
    return capitals >= 2 and capitals >= 0.6 * sum(1 for char in token if char.isalpha())


def find_acronyms(text: str) -> list[tuple[int, int]]:
    """Spans of the acronym-shaped tokens in `text`, defined or not ("MIKTA", "UN").
    Words of a capitalised phrase ("REPUBLIC OF KOREA", three or more such words in a row, not
    a list of them with commas: "UNDP, UNICEF, USAID")
    and the names of days and months in capitals ("FRIDAY JUNE 13") are not acronyms, nor is a
    site's host name ("REPORT.AZ/" crediting an agency)."""
    shouted = {span for run in CAPITALISED_RUN.finditer(text) if not LISTED.fullmatch(run.group()) for span in word_spans(run)}
    return [
        match.span() for match in ACRONYM_SHAPE.finditer(text)
        if is_acronym(match.group()) and match.span() not in shouted and match.group().casefold() not in calendar_words()
        and not HOST_NAME_END.match(text, match.end())
    ]


HOST_NAME_END = re.compile(r"\.[A-Za-z]{2,6}(?:/|\b(?! ))")  # the rest of a host name after its first label: ".AZ/", ".com"


@cache
def calendar_words() -> frozenset[str]:
    """The names of the days and months in English and Spanish, as CLDR writes them (babel)."""
    from babel import Locale

    names = set()
    for language in ("en", "es"):
        locale = Locale.parse(language)
        for table in (locale.days, locale.months):
            names.update(name.casefold() for name in table["format"]["wide"].values())
    return frozenset(names)


# Acronyms listed with commas ("UNDP, UNICEF, USAID"): a list of names, not a phrase in capitals.
LISTED = re.compile(r"[A-Z]{2,}(?:, [A-Z]{2,})+")


def word_spans(run: re.Match) -> list[tuple[int, int]]:
    return [(run.start() + word.start(), run.start() + word.end()) for word in re.finditer(r"[^\s.,;]+", run.group())]


def closing_bracket(text: str, open_index: int) -> int | None:
    """Index of the bracket that closes the one at `open_index` (nesting counted), or None."""
    opener = text[open_index]
    closer = CLOSING[opener]
    depth = 0
    for index in range(open_index, len(text)):
        if text[index] == opener:
            depth += 1
        elif text[index] == closer:
            depth -= 1
            if depth == 0:
                return index
    return None


def window_start(text: str, open_index: int, floor: int) -> int:
    """S&H: the long form candidate starts after the last ". " or ", " before the bracket."""
    cut = max(text.rfind(mark, floor, open_index) for mark in SENTENCE_CUTS)
    return floor if cut < 0 else cut + 2


def split_inside(inside: str) -> tuple[str, str | None, int | None]:
    """S&H cut the parenthesised text at ", " or "; ": the first part is the candidate.

    Returns (candidate, remainder, remainder offset in `inside`).
    """
    cuts = [index for index in (inside.find(", "), inside.find("; ")) if index >= 0]
    if not cuts:
        return inside, None, None
    cut = min(cuts)
    rest_offset = cut + 2
    return inside[:cut], inside[rest_offset:].strip() or None, rest_offset


PLACE_ADJECTIVE = re.compile(r"-(?:based|born|led|owned|registered|headquartered)$", re.IGNORECASE)


def trailing_name(window: str) -> int | None:
    """Where the capitalised name that ends `window` starts ("... The Central American
    Integration System" -> at "Central"); minor words may sit inside it, not at its ends, and
    a compound adjective of place ("Barbados-based") is no part of it."""
    words = list(re.finditer(r"[^\s]+", window))
    start = None
    for word in reversed(words):
        token = word.group()
        if token[0].isupper() and token.lower() not in MINOR_WORDS and not PLACE_ADJECTIVE.search(token):
            start = word.start()
        elif token.lower() in MINOR_WORDS and start is not None:
            continue
        else:
            break
    return start


# A pair of Hangul words joined by a hyphen, right before the glossed word: it belongs to the
# name ("동아시아-라틴아메리카 협력포럼(FEALAC)").
HANGUL_PAIR = re.compile(r"(?<![^\s「『《〈“‘\"'])[가-힣]+[-–][가-힣]+ $")


# ... or by a middle dot, glued to a long name ("동아시아·라틴아메리카협력포럼(FEALAC)"); a short
# word after the dot is the last of a list ("한국·일본·아세안(ASEAN)").
DOTTED_PAIR = re.compile(r"(?<![^\s「『《〈“‘\"'])[가-힣]{2,}·$")
DOTTED_PAIR_NAME = 6  # syllables of the glossed word that make the word before the dot part of its name


def hangul_gloss_start(text: str, open_index: int, floor: int) -> int | None:
    """The start of the Korean word written right before a bracket, or None."""
    end = open_index
    if end > floor and text[end - 1] in " *":  # a space, or a footnote mark: "협력포럼*(FEALAC)"
        end -= 1
    if end <= floor or not is_hangul(text[end - 1]):
        return None
    start = end
    while start > floor and not text[start - 1].isspace() and text[start - 1] not in "(（[［,，·-" + OPENING_QUOTES + BULLETS:
        start -= 1  # an opening quote or a bullet is the writer's, not the name's: "‘태평양동맹(PA) …’", "▴중미통합체제(SICA)"
    pair = HANGUL_PAIR.search(text, floor, start)
    if pair:
        return pair.start()
    before = text.rfind(" ", floor, start - 1) + 1
    if start - 1 > floor and text[start - 1] == " " and before >= floor and text[before:start - 1] in hangul_acronym_words():
        return before  # "아세안 지역안보포럼(ARF)": the body's parent, spelled in Hangul, opens its name
    dotted = DOTTED_PAIR.search(text, floor, start)
    return dotted.start() if dotted and end - start >= DOTTED_PAIR_NAME else start


@cache
def hangul_acronym_words() -> frozenset[str]:
    """The bodies' acronyms and short names Korean spells in Hangul (유엔, 믹타, 안보리), from the
    extractor's vocabulary."""
    from toolkit.extract.vocabulary import word_set

    return word_set("ko", "acronym_hangul") | word_set("ko", "body_hangul")


def find_definitions(text: str) -> list[Definition]:
    """Every acronym definition in `text`, in order of the bracket that holds it."""
    return list(scan(text, 0, len(text)))


def opens_candidate(text: str, index: int, floor: int) -> bool:
    """S&H look only at " (": a bracket glued to a word, as in "Ca(2+)", is part of the word.
    A Korean name may be glued to its bracket, though: "중미통합체제(SICA)"."""
    if index <= floor:
        return False
    before = text[index - 1]
    return before.isspace() or is_hangul(before)


def scan(text: str, low: int, high: int):
    """Definitions made by the brackets in text[low:high]; a bracket that defines nothing is
    searched inside, so "(PCAF complex, TFTC [TATA-binding-protein-free ...])" still counts."""
    floor = index = low
    while index < high:
        if text[index] in CLOSING and opens_candidate(text, index, floor):
            close = closing_bracket(text, index)
            if close is not None and close < high:
                definition = definition_at(text, index, close, floor)
                if definition is not None:
                    yield definition
                else:
                    yield from scan(text, index + 1, close)
                floor = index = close + 1
                continue
        index += 1


def definition_at(text: str, open_index: int, close: int, floor: int) -> Definition | None:
    """The definition made by the bracket text[open_index:close + 1], if any."""
    inside_start = open_index + 1
    inside = text[inside_start:close]
    lead = len(inside) - len(inside.lstrip())
    candidate, rest, rest_offset = split_inside(inside.strip())
    candidate_start = inside_start + lead
    rest_start = None if rest is None else candidate_start + rest_offset

    gloss = hangul_gloss_start(text, open_index, floor)
    if gloss is not None:
        return hangul_definition(text, gloss, open_index, candidate, candidate_start, rest, rest_start)
    if text[open_index] not in "([" or candidate.lower() in LATIN_GLOSSES:
        return None

    start = window_start(text, open_index - 1, floor)
    window = text[start:open_index - 1]
    if len(candidate.split()) > 2 or len(candidate) > len(window):
        return (
            acronym_first(text, open_index, candidate, candidate_start, floor)
            or long_form_then_acronym(inside.strip(), candidate_start)
            or long_first(candidate, candidate_start, window, start, rest, rest_start)
        )
    return long_first(candidate, candidate_start, window, start, rest, rest_start) or (
        named_definition(candidate, candidate_start, window, start, rest, rest_start)
        or acronym_first(text, open_index, inside.strip(), candidate_start, floor, whole=True)
        or long_form_then_acronym(inside.strip(), candidate_start)
    )


JOINING = re.compile(r" (?:y|e|and) ")


def long_first(
    candidate: str, candidate_start: int, window: str, start: int, rest: str | None, rest_start: int | None,
) -> Definition | None:
    """S&H's main case, "long form (short form)"."""
    long_start = schwartz_hearst_pair(candidate, window)
    if long_start is None:
        return None
    long = without_loose_tail(candidate, window[long_start:])
    if long.split()[-1] in FUNCTION_WORDS:
        return None
    name_start = trailing_name(window) if is_acronym(candidate) else None
    joined = name_start is not None and JOINING.search(window, name_start, long_start) is not None
    if name_start is not None and name_start < long_start and not (joined and spells_initials(candidate, long)):
        # (a name joined to another by "y"/"and", when the second spells the acronym, is no part of it:
        # "República de Corea y la República Popular Democrática de Corea (RPDC)" defines RPDC by the second)
        name = window[name_start:]
        rule = "word-initials" if spells_initials(candidate, name) else \
            "permuted-initials" if is_permuted_initials(candidate, name) else None
        if rule is not None:  # S&H's scan cut the name ("Confidence-Building Measures in Asia" for CICA)
            return Definition(candidate, candidate_start, name, start + name_start, rule,
                              *expansion_of(candidate, rest, rest_start))
    return Definition(candidate, candidate_start, long, start + long_start,
                      "schwartz-hearst", *expansion_of(candidate, rest, rest_start))


def named_definition(
    candidate: str, candidate_start: int, window: str, start: int, rest: str | None, rest_start: int | None,
) -> Definition | None:
    """A capitalised name before an acronym it does not spell letter by letter: the acronym
    abbreviates its translation (given after the comma) or the same words in another order;
    an acronym written as a word may join its words' first syllables in the order of the
    language it was coined in ("Comunidad del Caribe (Caricom)": Caribbean Community)."""
    word_acronym = WORD_ACRONYM.fullmatch(candidate) is not None
    if not is_acronym(candidate) and not word_acronym:
        return None
    name_start = trailing_name(window)
    if name_start is None:
        return None
    name = window[name_start:]
    if word_acronym:  # the name's last words it abbreviates ("Conferencia … de la Comunidad del Caribe (Caricom)")
        tail = next((m.start() for m in re.finditer(r"(?:^|(?<= ))[A-ZÁÉÍÓÚ]", name)
                     if joins_reversed_prefixes(candidate, name[m.start():])), None)
        return None if tail is None else \
            Definition(candidate, candidate_start, name[tail:], start + name_start + tail, "reversed-prefixes")
    expansion, expansion_start = expansion_of(candidate, rest, rest_start)
    if expansion is not None:
        return Definition(candidate, candidate_start, name, start + name_start, "cross-language",
                          expansion, expansion_start)
    if spells_initials(candidate, name):
        return Definition(candidate, candidate_start, name, start + name_start, "word-initials")
    if is_permuted_initials(candidate, name):
        return Definition(candidate, candidate_start, name, start + name_start, "permuted-initials")
    return None


def long_form_then_acronym(inside: str, inside_start: int) -> Definition | None:
    """"(Bas1p interaction and regulatory domain, BIRD)": the long form, then its acronym."""
    cut = inside.rfind(", ")
    if cut < 0:
        return None
    short = inside[cut + 2:]
    long = inside[:cut]
    if len(short.split()) > 1 or not has_capital(short) or schwartz_hearst_pair(short, long) != 0:
        return None
    return Definition(short, inside_start + cut + 2, long, inside_start, "schwartz-hearst")


def expansion_of(short: str, rest: str | None, rest_start: int | None) -> tuple[str | None, int | None]:
    """The text after the comma, when S&H accepts it as what `short` abbreviates."""
    if rest is None or not is_acronym(short):
        return None, None
    start = best_long_form(short, rest)
    # S&H's backward scan may take the first letter from a function word ("Forum for East
    # Asia" for FEALAC matches F at "for"); the name still starts at its first word.
    skipped = rest[:start].split()[1:] if start else []
    from_first = start is not None and base_letter(rest[0]) == base_letter(short[0]) and all(w.lower() in MINOR_WORDS for w in skipped)
    if (start == 0 or from_first) and is_acceptable_pair(short, rest):
        return rest, rest_start
    return None, None


def acronym_first(
    text: str, open_index: int, inside: str, inside_start: int, floor: int, whole: bool = False,
) -> Definition | None:
    """S&H's "short form (long form)" case, and its translated-name variant.

    With `whole`, the bracket holds at most two words ("TBP (TATA-binding protein)"), which
    S&H would take for the short form; then the whole of it must be the long form. A
    modifier glued to the short form ("alpha/beta-SNAP") is not part of it.
    """
    word_start = max(text.rfind(" ", floor, open_index - 1) + 1, floor)
    word = text[word_start:open_index - 1]
    glued = max(word.rfind("-"), word.rfind("/")) + 1
    for offset in dict.fromkeys((0, glued)):
        short = word[offset:]
        if not short or not has_capital(short) or not is_valid_short_form(short):
            continue
        if whole and (len(inside.split()) < 2 or inside.casefold().startswith(short.casefold())):
            continue
        long_start = schwartz_hearst_pair(short, inside)
        if long_start is not None and (not whole or not inside[:long_start].strip(QUOTES)):
            return Definition(short, word_start + offset, inside[long_start:], inside_start + long_start,
                              "schwartz-hearst")
        if is_acronym(short) and is_permuted_initials(short, inside) and inside[0].isupper():
            return Definition(short, word_start + offset, inside, inside_start, "permuted-initials")
    return None


def hangul_definition(
    text: str, gloss_start: int, open_index: int, candidate: str, candidate_start: int,
    rest: str | None, rest_start: int | None,
) -> Definition | None:
    """"중미통합체제(SICA)": the Korean word before the bracket is the acronym's long form."""
    if not is_acronym(candidate):
        return None
    end = open_index if text[open_index - 1] not in " *" else open_index - 1
    return Definition(candidate, candidate_start, text[gloss_start:end], gloss_start, "hangul-gloss",
                      *expansion_of(candidate, rest, rest_start))
