"""Name patterns for Korean text: "최종건 외교부 제1차관", "다자외교조정관",
"카를로스 오요스(Carlos Hoyos) 파나마 외교부 차관", "한-중미 특별 라운드테이블".

Korean writes the holder before the title and glues particles to the last word of a name;
words are compared after the particle chain is removed (toolkit.korean), and a span never
covers the particle ("외교부는" -> "외교부"). Head words come from
toolkit/data/extract_vocabulary.tsv.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

from toolkit.extract.countries import find_countries
from toolkit.extract.latin import Found
from toolkit.extract.vocabulary import words
from toolkit.korean import is_hangul, is_particle_chain, strip_particles

WORD = re.compile(r"[^\s]+")
LATIN_WORD = r"[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚáéíóúñÑü.\-]*"
GLOSS = re.compile(rf"\((?P<latin>{LATIN_WORD}(?: {LATIN_WORD})*)\)")
SURNAMES = "surnames.tsv"
TRAILING_PUNCTUATION = ",.;:!?”’\"'·"
# Quotation marks that close a name before its particle: "「한-중미 특별 라운드테이블」을".
CLOSING_QUOTES = "」』》〉”’\"'"
OPENING_QUOTES = "「『《〈“‘\"'"
LIST_WORDS = ("및", "또는", "그리고")


@lru_cache(maxsize=None)
def surnames() -> frozenset[str]:
    """Korean surnames, from the table the romanization matcher also uses."""
    text = resources.files("toolkit").joinpath("data", SURNAMES).read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    return frozenset(row[0] for row in csv.reader(lines, delimiter="\t") if row)



def head_stem(word: str, heads: tuple[str, ...]) -> str | None:
    """The word without its particles, when it ends in one of `heads`: "정상회의에서" ->
    "정상회의" (not "정상회" + "의에서", which a blind particle strip would give)."""
    word = word.rstrip(TRAILING_PUNCTUATION)
    for cut in range(len(word), 0, -1):
        stem = word[:cut]
        rest = word[cut:].lstrip(CLOSING_QUOTES)
        if stem.endswith(heads) and (not rest or is_particle_chain(rest)):
            return stem
    return None


@lru_cache(maxsize=None)
def offices() -> tuple[str, ...]:
    """A title with an office suffix names the holder's office: 부통령실, 대통령실, 총리실."""
    return tuple(head + suffix for head in words("ko", "title_head") for suffix in words("ko", "office_suffix"))


def korean_names(text: str, named_surnames: frozenset[str] = frozenset()) -> list[Found]:
    """Titles with their holders, ministries, offices, meetings, documents and Hangul-spelled
    acronyms in Korean text. `named_surnames` are the surnames of people the document has
    already named in full, so that "최 차관" after "최종건 외교부 제1차관" is a reference to him."""
    tokens = [(m.start(), m.end()) for m in WORD.finditer(text)]
    countries = {match.start: match.end for match in find_countries(text, "ko")}
    found: list[Found] = []
    for index, (start, end) in enumerate(tokens):
        word = text[start:end]
        title = head_stem(word, words("ko", "title_head"))
        ministry = head_stem(word, words("ko", "ministry_head"))
        office = head_stem(word, offices())
        document = head_stem(word, words("ko", "document"))
        if office in offices():
            first = start if index == 0 or not is_country(tokens[index - 1], countries) else tokens[index - 1][0]
            found.append(Found(first, start + len(office), "organization", "office-of-title"))
        elif title is not None and all(is_hangul(char) or char.isdigit() for char in title):
            found += title_at(text, tokens, index, start + len(title), title, countries, named_surnames)
        elif ministry in words("ko", "ministry_head") and not next_is_title(text, tokens, index, ministry):
            first = start if index == 0 or not is_country(tokens[index - 1], countries) else tokens[index - 1][0]
            found.append(Found(first, start + len(ministry), "ministry", "ministry-word"))
        elif document in words("ko", "document"):
            found.append(Found(start, start + len(document), "document", "document-word"))
        found += hangul_acronym(word, start)
    return found + meetings(text)


def hangul_acronym(word: str, start: int) -> list[Found]:
    """An organization's acronym as Korean spells it (유엔, 믹타), particles and quotes left out."""
    opened = word.lstrip(OPENING_QUOTES)
    core = re.split(r"[(\[（［]", opened, maxsplit=1)[0]
    stem = head_stem(core, words("ko", "acronym_hangul"))
    if stem not in words("ko", "acronym_hangul"):
        return []
    at = start + len(word) - len(opened)
    return [Found(at, at + len(stem), "acronym", "acronym-hangul")]


def is_country(token: tuple[int, int], countries: dict[int, int]) -> bool:
    return countries.get(token[0]) == token[1]


def next_is_title(text: str, tokens: list[tuple[int, int]], index: int, ministry: str) -> bool:
    """"외교부 제1차관": the ministry belongs to the title that follows (no particle between)."""
    start, end = tokens[index]
    if index + 1 >= len(tokens) or text[start:end] != ministry:
        return False
    following = text[tokens[index + 1][0]:tokens[index + 1][1]]
    return head_stem(following, words("ko", "title_head")) is not None


def title_at(
    text: str, tokens: list[tuple[int, int]], index: int, title_end: int, word: str, countries: dict[int, int],
    named_surnames: frozenset[str] = frozenset(),
) -> list[Found]:
    """A title word with the ministry and country written before it, and its holder.

    A country that ends a list ("코스타리카 공화국, ..., 벨리즈 외교차관") is one of the
    countries whose officials the title names, not part of the title; the title is then
    a name on its own, as "Vice Ministers of Foreign Affairs of ... and Belize" is."""
    ministries = words("ko", "ministry_head")
    first = index
    if first > 0 and text[tokens[first - 1][0]:tokens[first - 1][1]] in ministries:
        first -= 1
    country_before = first > 0 and is_country(tokens[first - 1], countries)
    listed = country_before and ends_list(text, tokens, first - 1, countries)
    if country_before and not listed:
        first -= 1
    compound = word not in words("ko", "title_head")
    holder = None if listed else holder_before(text, tokens, first, named_surnames)
    if first == index and not compound and holder is None and not listed:
        return []
    if listed:
        evidence = "title-of-listed-countries"
    else:
        evidence = "title-qualified" if first < index else ("title-compound" if compound else "title-after-name")
    return [Found(tokens[first][0], title_end, "title", evidence)] + (holder or [])


def ends_list(text: str, tokens: list[tuple[int, int]], index: int, countries: dict[int, int]) -> bool:
    """True when the token at `index` follows a list separator: "A, B", "A 및 B", "A와 B"."""
    if index == 0:
        return False
    start, end = tokens[index - 1]
    word = text[start:end]
    joined = any(start <= country < end and text[countries[country]:end] in ("와", "과") for country in countries)
    return word.endswith((",", "·")) or word in LIST_WORDS or joined


def holder_before(
    text: str, tokens: list[tuple[int, int]], first: int, named_surnames: frozenset[str] = frozenset(),
) -> list[Found] | None:
    """The person written before a title: a Korean name ("최종건"), the surname of someone
    the release has named ("최 차관"), or a foreign name in Hangul with its original in
    brackets ("카를로스 오요스(Carlos Hoyos)")."""
    if first == 0:
        return None
    start, end = tokens[first - 1]
    if text[end - 1] == ")":
        return glossed_holder(text, end)
    word = text[start:end]
    if word in named_surnames:
        return [Found(start, end, "person", "surname-of-named-person")]
    return [Found(start, end, "person", "name-before-title")] if is_korean_name(word) else None


def surname(name: str) -> str | None:
    """The surname of a Korean name that `is_korean_name` accepts (two syllables for 남궁)."""
    if not is_korean_name(name):
        return None
    return name[:2] if name[:2] in surnames() else name[:1]


def is_korean_name(word: str) -> bool:
    """Three syllables from a known surname (four with a two-syllable one, 남궁 or 제갈),
    not a word in the stop list and not ending like an institution (백악관, 노동당).
    Two-syllable names are left out: too many ordinary words look like them (이날, 경찰)."""
    surname = 2 if word[:2] in surnames() else 1
    return (
        len(word) == surname + 2
        and all(is_hangul(char) for char in word)
        and word[:surname] in surnames()
        and word not in words("ko", "name_stop")
        and not word.endswith(words("ko", "name_end_stop"))
    )


def glossed_holder(text: str, end: int) -> list[Found] | None:
    """"카를로스 오요스(Carlos Hoyos)" ending at `end`: as many Hangul words as Latin ones."""
    opening = text.rfind("(", 0, end)
    gloss = GLOSS.fullmatch(text, opening, end) if opening > 0 else None
    if gloss is None:
        return None
    parts = len(gloss.group("latin").split())
    hangul_start = gloss.start()
    for _ in range(parts):
        hangul_start = text.rfind(" ", 0, hangul_start - 1) + 1
    hangul = text[hangul_start:gloss.start()]
    if not hangul or not all(is_hangul(char) or char == " " for char in hangul):
        return None
    latin_language = "es" if re.search(r"[áéíóúñ]", gloss.group("latin")) else "en"
    return [
        Found(hangul_start, gloss.start(), "person", "name-before-title"),
        Found(gloss.start("latin"), gloss.end("latin"), "person", "name-gloss", latin_language),
    ]


MEETING_PAIR = re.compile(r"(?<![가-힣])한-[^\s]+")
MEETING_WORDS = 5  # the opening word and at most four more


@lru_cache(maxsize=None)
def meeting_acronym() -> re.Pattern:
    """An acronym, or its Hangul spelling, opening a meeting's name ("MIKTA 차관급 리트리트").
    A glossed one ("믹타(MIKTA) 차관급 리트리트") is left to its parts: the same meeting with
    and without the gloss would be two Korean names for one English one."""
    hangul = "|".join(re.escape(word) for word in words("ko", "acronym_hangul"))
    return re.compile(rf"(?<![^\s{OPENING_QUOTES}])(?:[A-Z][A-Z0-9]{{1,9}}|{hangul})(?= )")


def meetings(text: str) -> list[Found]:
    """"한-중미 특별 라운드테이블": a 한-X partner pair, or an acronym ("MIKTA 차관급
    리트리트"), up to the word ending in a meeting word. A bracketed original inside the
    phrase is skipped; a particle or a punctuation mark ends the phrase. An acronym followed
    by nothing but a generic word ("유엔 회의", a UN meeting) names no meeting."""
    found = []
    starts = [(match, "meeting-partners") for match in MEETING_PAIR.finditer(text)]
    starts += [(match, "meeting-acronym") for match in meeting_acronym().finditer(text)]
    for match, evidence in starts:
        for position, word in zip(range(MEETING_WORDS), WORD.finditer(text, match.start())):
            core = re.split(r"[(\[（［]", word.group(), maxsplit=1)[0]
            stem = head_stem(core, words("ko", "meeting"))
            generic = evidence == "meeting-acronym" and position == 1 and stem in words("ko", "meeting_generic")
            if generic:
                break
            if stem is not None:
                found.append(Found(match.start(), word.start() + len(stem), "meeting", evidence))
                break
            if strip_particles(core.rstrip(TRAILING_PUNCTUATION)) != core:
                break
    return found
