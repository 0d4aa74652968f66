"""Name patterns for English and Spanish text: titles with their holders, ministries,
organizations, meetings and documents.

Every pattern is a regular expression assembled from the word lists in
toolkit/data/extract_vocabulary.tsv, so what counts as a title head or a meeting word is
data. A pattern never fires on capitalisation alone: it needs a head word from the lists
("Minister", "Ministry", "Summit", "Communiqué") and, where the head is generic, an anchor
that makes the phrase a name ("Korea-SICA Summit", "Vice-Ministerial MIKTA Retreat"), never
"this Special Roundtable".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from toolkit.extract.countries import find_countries
from toolkit.extract.vocabulary import alternation, words

UPPER = "A-ZÁÉÍÓÚÑÜ"
LOWER = "a-záéíóúñü"
CAP = rf"[{UPPER}][{UPPER}{LOWER}0-9’'.\-]*"  # a capitalised token: Korea, U.S., Vice-Ministerial
ORG_CAP = rf"[{UPPER}][{UPPER}{LOWER}0-9.\-]*"  # the same without possessives ("Indonesia's Agency")
NAME = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}{LOWER}][{LOWER}]+)?"  # a name part: Choi, Jeong-sik
ACRONYM = r"[A-Z]{2,10}"
CONNECTORS = {"en": r"(?:and|of|for|on|the)", "es": r"(?:de|del|de la|de las|de los|para|y|e|la|el|las|los)"}
OF = {"en": r"(?:of|for) (?:the )?", "es": r"(?:de|del) (?:la |las |los )?"}
CONJUNCTION = {"en": r"(?:,? and |, )", "es": r"(?: y | e |, )"}


@dataclass(frozen=True)
class Found:
    """A span that a pattern proposes, before overlaps are resolved."""

    start: int
    end: int
    kind: str
    evidence: str
    language: str | None = None


def field(language: str) -> str:
    """A ministry's or title's field: title-case words ending in a portfolio word,
    possibly coordinated ("Foreign Affairs", "Multilateral and Global Affairs",
    "Commerce and Industries"). Spanish puts the noun first and coordinates the adjectives
    after it, which agree with it in number: "Asuntos Multilaterales y Globales"."""
    portfolio = alternation(language, "portfolio")
    if language == "es":
        adjective = rf"[{UPPER}][{LOWER}]+s"
        noun = alternation(language, "portfolio_noun")
        portfolio = rf"(?:{noun} {adjective}(?: (?:y|e) {adjective})*|{portfolio})"
    one = rf"(?:{CAP}(?: | y | e | and )){{0,4}}?{portfolio}"
    return rf"{one}(?:{CONJUNCTION[language]}{one})*"


def name_particle(language: str) -> str:
    """An optional lower-case part before a name part: "al-Assad", "de la Fuente"."""
    particles = [re.escape(p) if p.endswith("-") else re.escape(p) + " " for p in words(language, "name_particle")]
    return "(?:" + "|".join(particles) + ")?"


@lru_cache(maxsize=None)
def title_pattern(language: str) -> re.Pattern:
    head = alternation(language, "title_head")
    modifier = alternation(language, "title_modifier")
    domain = rf"(?: {OF[language]}(?P<field>{field(language)}))?"
    if language == "en":
        demonym = alternation(language, "demonym")
        body = rf"(?:{demonym} )?(?:{modifier}[ -])*{head}{domain}"
    else:
        lower_head = "(?:" + "|".join(re.escape(word.lower()) for word in words(language, "title_head")) + ")"
        body = rf"(?:(?:{modifier} )?{head}|{lower_head}){domain}"
    holder = rf"(?P<holder>{NAME}(?: {name_particle(language)}{NAME}){{0,3}})"
    return re.compile(rf"(?<![\w.])(?P<title>{body})(?:(?P<comma>,)? {holder})?(?![\w])")


@lru_cache(maxsize=None)
def ministry_pattern(language: str) -> re.Pattern:
    head = alternation(language, "ministry_head")
    if language == "en":
        demonym = alternation(language, "demonym")
        return re.compile(rf"(?<![\w.])(?:{demonym} )?{head} {OF[language]}{field(language)}(?![\w])")
    alone = alternation(language, "ministry_alone")
    return re.compile(rf"(?<![\w.])(?:{head} {OF[language]}{field(language)}|{alone})(?![\w])")


@lru_cache(maxsize=None)
def organization_patterns(language: str) -> dict[str, re.Pattern]:
    """"Office of the U.S. Vice President", "U.S. Department of State", "World Trade
    Organization", "Banco Centroamericano de Integración Económica"."""
    head = alternation(language, "org_head")
    field_head = alternation(language, "org_field_head")
    connector = CONNECTORS[language]
    if language == "en":
        tail = alternation(language, "org_tail")
        prefix = rf"(?:(?:U\.S\.|{alternation(language, 'demonym')}) )?"
        complement = rf"(?: (?:of|for) {ORG_CAP}(?: (?:(?:and|of|for|the) )?{ORG_CAP}){{0,4}})?"
        return {
            "organization-head-of": re.compile(rf"(?<![\w.]){prefix}{head} of (?:the )?{ORG_CAP}(?: {ORG_CAP}){{0,3}}(?![\w])"),
            "organization-of-field": re.compile(rf"(?<![\w.]){prefix}{field_head} of (?:the )?{field(language)}(?![\w])"),
            "organization-tail": re.compile(
                rf"(?<![\w.]){ORG_CAP}(?: (?:{connector} )?{ORG_CAP}){{0,5}} {tail}{complement}(?![\w])"),
        }
    return {
        "organization-head": re.compile(rf"(?<![\w.]){head}(?: (?:{connector} )?{ORG_CAP}){{1,6}}(?![\w])"),
        "organization-of-field": re.compile(rf"(?<![\w.]){field_head} {OF[language]}{field(language)}(?![\w])"),
    }


@lru_cache(maxsize=None)
def meeting_patterns(language: str) -> dict[str, re.Pattern]:
    meeting = alternation(language, "meeting")
    lower = "(?:" + "|".join(re.escape(word.lower()) for word in words(language, "meeting")) + ")"
    connector = CONNECTORS[language]
    pair = rf"{CAP}(?: {CAP})*?-(?:{CAP}|{ACRONYM})"
    if language == "en":
        complement = rf"(?: (?:on|of|for) {CAP}(?: (?:and|of|for|on) {CAP})*)?"
        return {
            "meeting-partners": re.compile(rf"(?<![\w.]){pair}(?: {CAP})* (?:{meeting}|{lower}){complement}(?![\w])"),
            "meeting-acronym": re.compile(rf"(?<![\w.])(?:{CAP} )*{ACRONYM}(?: {CAP})* {meeting}{complement}(?![\w])"),
        }
    anchor = rf"(?:{pair}|{ACRONYM})"
    return {"meeting-anchored": re.compile(
        rf"(?<![\w.]){meeting}(?: (?:{connector} )?(?:{CAP}))*? (?:{connector} )?{anchor}(?![\w])")}


@lru_cache(maxsize=None)
def document_pattern(language: str) -> re.Pattern:
    document = alternation(language, "document")
    modifier = alternation(language, "document_modifier")
    if language == "en":
        return re.compile(rf"(?<![\w.]){modifier} {document}(?![\w])")
    return re.compile(rf"(?<![\w.]){document} {modifier}(?![\w])")


LEADING_ARTICLES = ("The ", "El ", "La ", "Los ", "Las ")


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Leave out a sentence-initial article and a full stop, which are not part of a name
    (the stop of "U.S." is)."""
    for article in LEADING_ARTICLES:
        if text.startswith(article, start):
            start += len(article)
            break
    last_word = text[start:end].rsplit(" ", 1)[-1]
    if last_word.endswith(".") and "." not in last_word[:-1]:
        end -= 1
    return start, end


@lru_cache(maxsize=None)
def not_names(language: str) -> frozenset[str]:
    """Capitalised words that cannot be part of a person's name: every vocabulary word."""
    found = set(words(language, "name_stop"))
    for category in ("title_head", "title_modifier", "portfolio", "ministry_head", "ministry_alone", "org_head",
                     "org_field_head", "org_tail", "meeting", "document", "document_modifier", "demonym",
                     "state_designator"):
        for entry in words(language, category):
            found.update(entry.split())
    return frozenset(found)


def holder_span(text: str, match: re.Match, language: str) -> tuple[int, int] | None:
    """The person named right after a title, cut before any word that cannot be a name;
    none when the words are a country's name ("Viceministro de Comercio, Panamá y ...")."""
    if match.group("holder") is None:
        return None
    start = match.start("holder")
    end = start
    for part in re.finditer(r"\S+", match.group("holder")):
        if part.group() in not_names(language):
            break
        end = start + part.end()
    if end == start or any(country.start == start for country in find_countries(text[start:end], language)):
        return None
    return start, end


COMPLEMENT = re.compile(r" (?:de|del|of) ")  # a country's article goes with its name


@lru_cache(maxsize=None)
def apposition_pattern(language: str) -> re.Pattern:
    """", Marcelo Ebrard," -- a name set off by commas (or ending the sentence)."""
    return re.compile(rf", (?P<holder>{NAME}(?: {name_particle(language)}{NAME}){{0,3}})(?=[,.;:)]|$)")


def apposed_holder(text: str, end: int, language: str) -> tuple[int, int] | None:
    """The person named after a title's ministry or country, set off by commas:
    "Secretario de Relaciones Exteriores de México, Marcelo Ebrard," and "Viceministro de
    Asuntos Multilaterales y Globales del Ministerio de Relaciones Exteriores, Kang Jeong-sik,".
    Spanish writes the holder there, where English puts it before ("... Kang Jeong-sik of the
    Ministry")."""
    complement = COMPLEMENT.match(text, end)
    if complement is None:
        return None
    at = complement.end()
    ends = [at + country.end for country in find_countries(text[at:], language) if country.start == 0]
    ministry = ministry_pattern(language).match(text, at)
    ends += [ministry.end()] if ministry else []
    for after in ends:
        holder = apposition_pattern(language).match(text, after)
        if holder:
            return holder_span(text, holder, language)
    return None


def titles_and_holders(text: str, language: str) -> list[Found]:
    """"Vice Minister of Foreign Affairs Choi Jong Kun" -> a title and a person.

    A bare title head ("Vice Minister") is a mention only when a person follows it
    ("Vice Minister Choi"); "the Vice Ministers from Central America" names no one.
    """
    found = []
    for match in title_pattern(language).finditer(text):
        holder = holder_span(text, match, language)
        has_field = match.group("field") is not None
        apposed = apposed_holder(text, match.end(), language) if has_field and holder is None else None
        if holder is None and not has_field:
            continue
        start, end = trimmed(text, match.start("title"), match.end("title"))
        found.append(Found(start, end, "title", "title-with-field" if has_field else "title-before-name"))
        if holder is not None:
            evidence = "name-after-title" if match.group("comma") is None else "name-in-apposition"
            found.append(Found(*holder, "person", evidence))
        elif apposed is not None:
            found.append(Found(*apposed, "person", "name-in-apposition"))
    return found


def latin_names(text: str, language: str) -> list[Found]:
    """Every title, person, ministry, organization, meeting and document pattern match."""
    if language not in ("en", "es"):
        return []
    found = titles_and_holders(text, language)
    found += [Found(*trimmed(text, *m.span()), "ministry", "ministry-of-field") for m in ministry_pattern(language).finditer(text)]
    for kind, patterns in (("organization", organization_patterns(language)), ("meeting", meeting_patterns(language))):
        for evidence, pattern in patterns.items():
            found += [Found(*trimmed(text, *m.span()), kind, evidence) for m in pattern.finditer(text)]
    found += [Found(*m.span(), "document", "joint-document") for m in document_pattern(language).finditer(text)]
    return found
