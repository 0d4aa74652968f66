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
        if stem.endswith(heads) and (cut == len(word) or is_particle_chain(word[cut:])):
            return stem
    return None


def korean_names(text: str) -> list[Found]:
    """Titles with their holders, ministries, meetings and documents in Korean text."""
    tokens = [(m.start(), m.end()) for m in WORD.finditer(text)]
    countries = {match.start: match.end for match in find_countries(text, "ko")}
    found: list[Found] = []
    for index, (start, end) in enumerate(tokens):
        word = text[start:end]
        title = head_stem(word, words("ko", "title_head"))
        ministry = head_stem(word, words("ko", "ministry_head"))
        document = head_stem(word, words("ko", "document"))
        if title is not None and all(is_hangul(char) or char.isdigit() for char in title):
            found += title_at(text, tokens, index, start + len(title), title, countries)
        elif ministry in words("ko", "ministry_head") and not next_is_title(text, tokens, index, ministry):
            first = start if index == 0 or not is_country(tokens[index - 1], countries) else tokens[index - 1][0]
            found.append(Found(first, start + len(ministry), "ministry", "ministry-word"))
        elif document in words("ko", "document"):
            found.append(Found(start, start + len(document), "document", "document-word"))
    return found + meetings(text)


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
) -> list[Found]:
    """A title word with the ministry and country written before it, and its holder."""
    ministries = words("ko", "ministry_head")
    first = index
    if first > 0 and text[tokens[first - 1][0]:tokens[first - 1][1]] in ministries:
        first -= 1
    if first > 0 and is_country(tokens[first - 1], countries):
        first -= 1
    compound = word not in words("ko", "title_head")
    holder = holder_before(text, tokens, first)
    if first == index and not compound and holder is None:
        return []
    evidence = "title-qualified" if first < index else ("title-compound" if compound else "title-after-name")
    return [Found(tokens[first][0], title_end, "title", evidence)] + (holder or [])


def holder_before(text: str, tokens: list[tuple[int, int]], first: int) -> list[Found] | None:
    """The person written before a title: a Korean name ("최종건"), or a foreign name in
    Hangul with its original in brackets ("카를로스 오요스(Carlos Hoyos)")."""
    if first == 0:
        return None
    start, end = tokens[first - 1]
    if text[end - 1] == ")":
        return glossed_holder(text, end)
    word = text[start:end]
    return [Found(start, end, "person", "name-before-title")] if is_korean_name(word) else None


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


MEETING_PAIR = re.compile(r"(?<![가-힣])한-[^\s]+(?: [^\s]+){0,4}")


def meetings(text: str) -> list[Found]:
    """"한-중미 특별 라운드테이블": a 한-X partner pair up to the word ending in a meeting word.
    A bracketed original inside the phrase is skipped; a particle ends the phrase."""
    found = []
    for match in MEETING_PAIR.finditer(text):
        for word in WORD.finditer(text, match.start(), match.end()):
            core = re.split(r"[(\[（［]", word.group(), maxsplit=1)[0]
            stem = head_stem(core, words("ko", "meeting"))
            if stem is not None:
                found.append(Found(match.start(), word.start() + len(stem), "meeting", "meeting-partners"))
                break
            if strip_particles(core.rstrip(TRAILING_PUNCTUATION)) != core:
                break
    return found
