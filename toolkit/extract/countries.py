"""Country names, short and formal, in en/ko/es, found with one Aho-Corasick pass per line.

Names come from ISO 3166-1 as shipped by iso-codes (pycountry, with its Korean and Spanish
gettext catalogs) and from Unicode CLDR (babel); the ministry's own short forms that neither
lists ("Korea", "ROK", "U.S.") come from toolkit/data/extract_country_aliases.tsv, each with
its source. ISO's inverted index forms ("Korea, Republic of", "Corea, República de") are
turned back into running-text order.
"""

from __future__ import annotations

import csv
import gettext
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import pycountry
from babel import Locale

from toolkit.extract.vocabulary import words
from toolkit.text.capitals import capitalises_every_long_word
from toolkit.text.fold import strip_accents
from toolkit.text.places import is_place_name
from daachorse import CharwiseDoubleArrayAhoCorasick as Automaton
from toolkit.text.korean import is_hangul, is_particle_chain

LANGUAGES = ("en", "ko", "es")
ALIASES = "extract_country_aliases.tsv"
INVERTED = re.compile(r"^(?P<name>[^,]+), (?P<designation>.+ (?:of|of the|de|del|de la|de las|de los))$")
ARTICLES = {"en": ("the ",), "es": ("la ", "el ", "los ", "las "), "ko": ()}


@dataclass(frozen=True)
class CountryName:
    """One way of writing one country: `form` is short, formal or abbreviation."""

    alpha_2: str
    form: str
    source: str


def running_text(name: str) -> str:
    """"Korea, Republic of" -> "Republic of Korea"; other names unchanged."""
    match = INVERTED.match(name)
    return f"{match['designation']} {match['name']}" if match else name


def is_designated(name: str, language: str) -> bool:
    """True for names that carry a state designation ("Dominican Republic", "대한민국")."""
    return any(designator in name for designator in words(language, "state_designator"))


def iso_names(language: str) -> dict[str, CountryName]:
    """Short and formal names of every ISO 3166-1 country, translated by iso-codes."""
    if language == "en":
        translate = str
    else:
        translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language]).gettext
    names: dict[str, CountryName] = {}
    for country in pycountry.countries:
        for attribute, form in (("official_name", "formal"), ("name", "short"), ("common_name", "short")):
            english = getattr(country, attribute, None)
            if not english:
                continue
            text = running_text(translate(english))
            if language != "en" and text == english and re.search(r"[a-z]", english):
                continue  # untranslated: the catalog fell back to English
            if text.lower().startswith(ARTICLES.get(language, ())):
                text = text.split(" ", 1)[1]
            if form == "short" and not getattr(country, "official_name", None) and is_designated(text, language):
                form = "formal"  # ISO gives no separate formal name when the name is one
            names.setdefault(text, CountryName(country.alpha_2, form, f"iso-codes {attribute} (pycountry)"))
    return names


def cldr_names(language: str) -> dict[str, CountryName]:
    """CLDR territory names for the ISO countries (regions such as "Central America" left out)."""
    codes = {country.alpha_2 for country in pycountry.countries}
    territories = Locale.parse(language).territories
    return {
        name: CountryName(code, "short", "Unicode CLDR (babel)")
        for code, name in sorted(territories.items())
        if code in codes
    }


@lru_cache(maxsize=None)
def territory_names() -> frozenset[str]:
    """The names CLDR gives every territory and region, countries and "Latin America" alike,
    in English and Spanish."""
    return frozenset(name for language in ("en", "es") for name in Locale.parse(language).territories.values())


def alias_names(language: str) -> dict[str, CountryName]:
    rows = resources.files("toolkit").joinpath("data", ALIASES).read_text(encoding="utf-8").splitlines()
    names = {}
    for row in csv.reader((line for line in rows if line and not line.startswith("#")), delimiter="\t"):
        row_language, code, name, form, source = row
        if row_language == language:
            names[name] = CountryName(code, form, source)
    return names


def latin_fallbacks(language: str, own: dict[str, CountryName]) -> dict[str, CountryName]:
    """Names a text in English or Spanish also writes: the other language's (an English list
    of ASEAN members in a Spanish release: "Malaysia"), its own without CLDR's bracketed other
    name ("Myanmar (Birmania)") and, in Spanish, without their accents ("Brunei" for Brunéi;
    English names keep theirs: "Reunion" is a word); in English, with "and" for CLDR's "&" and
    "Saint", "St." and "St" (British usage, the Caribbean governments' own) for each other."""
    other = "es" if language == "en" else "en"
    fallbacks = {**cldr_names(other), **iso_names(other)}
    for name, country in own.items():  # the language's ISO and CLDR names, as automaton read them
        fallbacks[BRACKETED_OTHER_NAME.sub("", name)] = country
        if language == "es":
            fallbacks[strip_accents(name)] = country
        else:  # CLDR's "St. Kitts & Nevis", as prose writes it: "St. Kitts and Nevis", "Saint Kitts and Nevis"
            spelled = name.replace(" & ", " and ")
            for written in (spelled, re.sub(r"^St\. ", "Saint ", spelled), re.sub(r"^Saint ", "St. ", spelled),
                            re.sub(r"^(?:St\.|Saint) ", "St ", spelled)):
                fallbacks.setdefault(written, country)
        if country.form == "formal":
            fallbacks.setdefault(capitalised(name, language), country)
    return fallbacks


def capitalised(name: str, language: str) -> str:
    """A formal name with every word but the joining ones capitalised, as a state writes its
    own ("Estado Plurinacional de Bolivia" for iso-codes' "Estado plurinacional de Bolivia";
    "Commonwealth of The Bahamas", the article being part of the name)."""
    joining = JOINING_WORDS[language]
    return " ".join(word if word in joining and index else word[:1].upper() + word[1:]
                    for index, word in enumerate(name.split(" ")))


JOINING_WORDS = {"en": frozenset({"of", "and"}), "es": frozenset({"de", "del", "y", "e", "la", "las", "los", "el"})}


BRACKETED_OTHER_NAME = re.compile(r" \([^)]*\)$")  # "Myanmar (Birmania)", "Myanmar (Burma)"


@lru_cache(maxsize=None)
def automaton(language: str) -> tuple[Automaton, list[CountryName]]:
    """All names of one language and the country of each pattern index; ISO wins over CLDR,
    and both over the alias table. Korean names are also matched written without their
    spaces ("멕시코합중국"), as Hangul orthography (art. 49) allows for proper nouns. Names
    that are also everyday words (vocabulary "country_exclude") are left out; Latin names with
    an apostrophe are matched with the typographic one too."""
    standard = {**cldr_names(language), **iso_names(language)}
    names = {**alias_names(language), **standard}
    if language == "ko":
        for name, country in list(names.items()):
            names.setdefault(name.replace(" ", ""), country)
    else:
        names = {**latin_fallbacks(language, standard), **names}
        for name, country in list(names.items()):  # the typographic apostrophe: "Democratic People’s Republic of Korea"
            names.setdefault(name.replace("'", "’"), country)
    for word in words(language, "country_exclude"):
        names.pop(word, None)
    ordered = sorted(names)
    return Automaton(ordered), [names[name] for name in ordered]


@dataclass(frozen=True)
class CountryMatch:
    start: int
    end: int
    country: CountryName


def find_countries(text: str, language: str) -> list[CountryMatch]:
    """Whole-word country names in `text`, longest first where they overlap.

    The article before a formal name is left out ("the Republic of Costa Rica" -> "Republic
    of Costa Rica"): a termbase lists the name, and the article changes with the sentence
    (English "the", Spanish "la"/"de la"). A name followed by another capitalised word
    belongs to a longer name ("Mexico City").
    """
    if language not in LANGUAGES:
        return []
    found = []
    machine, countries = automaton(language)
    for start, end, index in machine.find_overlapping(text):
        country = countries[index]
        if not stands_alone(text, start, end, language, country.form == "formal"):
            continue
        found.append(CountryMatch(start, end, country))
    found = [designated(text, match, language) for match in found]
    found.sort(key=lambda match: (-(match.end - match.start), match.start))
    chosen: list[CountryMatch] = []
    for match in found:
        if all(match.end <= other.start or match.start >= other.end for other in chosen):
            chosen.append(match)
    return sorted(chosen, key=lambda match: match.start)


@lru_cache(maxsize=None)
def designation(language: str) -> re.Pattern:
    """A state designation written before a short name: "Mancomunidad de", "Kingdom of the",
    in English perhaps with its qualifiers ("Socialist Republic of")."""
    links = {"en": r"of(?: the)?", "es": r"de(?: la| las| los)?|del"}[language]
    designators = "|".join(re.escape(word) for word in words(language, "state_designator"))
    # adjectives before it ("Socialist Republic of", "Democratic People’s …", "Co-operative …"); not any word ("In Republic of")
    qualifiers = r"(?:[A-Z][\w-]*(?:ic|ist|ive|al|an|ed|['’]s) ){0,2}" if language == "en" else ""
    return re.compile(rf"\b{qualifiers}(?:{designators}) (?:{links}) $")


def designated(text: str, match: CountryMatch, language: str) -> CountryMatch:
    """A short name after a state designation is the country's formal name, whether or not
    ISO lists that form ("Mancomunidad de Australia", "República de Türkiye")."""
    if language == "ko" or match.country.form == "formal":
        return match
    before = designation(language).search(text, 0, match.start)
    if before is None:
        return match
    return CountryMatch(before.start(), match.end, replace(match.country, form="formal"))


def is_glued(text: str, start: int) -> bool:
    """True when the hyphen before `start` joins a word rather than two partners: "Jeong-Korea"
    would be a name, "ROK-Panama" and "Mekong-Korea" are pairs (the word before is capitalised);
    after a space it is a dash opening an aside ("más tres -Corea del Sur, China y Japón-")."""
    if start >= 2 and text[start - 2].isspace():
        return False
    before = re.search(r"(\S+)-$", text[:start])
    return before is None or not before.group(1)[:1].isupper()


def is_country_name(text: str, language: str) -> bool:
    """The whole of `text` is one country's name ("칠레", "Republic of Korea")."""
    return any(match.start == 0 and match.end == len(text) for match in find_countries(text, language))


COUNTRY_CODE = re.compile(r"(?<![\w\-.])[A-Z]{3}(?![\w\-])")


def country_codes(text: str, named: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of ISO 3166 alpha-3 codes in `text` of countries the document names (`named`:
    their alpha-2 codes): "PNG" in a story about Papua New Guinea is its abbreviation; the
    same three capitals in a text that never names the country are not."""
    spans = []
    for match in COUNTRY_CODE.finditer(text):
        country = pycountry.countries.get(alpha_3=match.group())
        if country is not None and country.alpha_2 in named:
            spans.append(match.span())
    return spans


@lru_cache(maxsize=None)
def title_after(language: str) -> re.Pattern:
    """A title right after a name ("Papua New Guinea Prime Minister"): the country's official,
    not a longer name that the capitalised word would make of it ("Mexico City")."""
    modifiers = "|".join(re.escape(word) for word in words(language, "title_modifier"))
    heads = "|".join(re.escape(word) for word in sorted(words(language, "title_head"), key=len, reverse=True))
    return re.compile(rf" (?:(?:{modifiers}) ){{0,3}}(?:{heads})(?![\w\-])") if heads else re.compile(r"(?!)")


@lru_cache(maxsize=None)
def title_to(language: str) -> re.Pattern:
    """A title's "to", right before a country: "Ambassador to ", "Embajador ante "."""
    heads = "|".join(re.escape(word) for word in words(language, "title_head"))
    return re.compile(rf"\b(?:{heads}) (?:to|ante|en) (?:the |la |el )?$")


HEADLINE_TAILS = ("서", "행", "발")  # a headline's 에서 as 서 ("멕시코서 개최"), bound for ("라오스행"), from ("미국발")
CAPITALISED_WORD = re.compile(r" [A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+")  # "Raúl" as much as "Raul"


HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=None)
def separated_region(language: str) -> re.Pattern:
    """A region whose name is a country's and a sea's or a continent's written together
    ("인도태평양"), written with a middle dot (or a hyphenation point, "인도‧태평양"), a dash or a
    space between them ("인도·태평양")."""
    machine = automaton(language)[0]
    parts = [(region[:end], region[end:]) for region in words(language, "region")
             for start, end, _ in machine.find_overlapping(region) if start == 0 and end < len(region)]
    joined = "|".join(rf"{re.escape(country)}[·•ㆍ‧・\-– ]{re.escape(rest)}" for country, rest in parts)
    return re.compile(joined or "(?!)")


def stands_alone(text: str, start: int, end: int, language: str, formal: bool = False) -> bool:
    """Word boundaries: Latin names must not touch letters (a hyphen may join two partners,
    "ROK-Panama"); Korean ones may carry particles.
    A name that is part of a place's name ("Mexico City", "Ciudad de México") is not the country;
    after "of", a title's "to" ("Ambassador to Korea Julian Clare"), or after a formal name, two
    capitalised words are the name of the official it qualifies ("Minister of Ecuador Eva
    Garcia", "... to the Republic of Korea Juan Caiza")."""
    if language == "ko":
        if start > 0 and is_hangul(text[start - 1]):
            return False
        if HAN.match(text, start):  # a Hanja abbreviation stands apart from other Hanja ("日" of "日本經濟"), not
            # from Hangul, which a headline glues to it ("獨외교부", "日기시다"): another script
            return not any(HAN.match(text, at) for at in (start - 1, end) if 0 <= at < len(text))
        tail_end = end
        while tail_end < len(text) and is_hangul(text[tail_end]):
            tail_end += 1
        tail = text[end:tail_end]
        if separated_region(language).match(text, start):
            return False  # "인도·태평양": the region written with a separator, not India
        return tail_end == end or is_particle_chain(tail) or tail in HEADLINE_TAILS
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "." or (text[start - 1] == "-" and is_glued(text, start))):
        return False
    if end < len(text) and (text[end].isalnum() or (text[end - 1] != "." and text[end] == ".") and text[end + 1:end + 2].isalnum()):
        return False
    following = CAPITALISED_WORD.match(text, end) if not title_after(language).match(text, end) else None
    if following is not None and _title_cased(text):
        following = None
    person_after = re.match(rf"{CAPITALISED_WORD.pattern}{CAPITALISED_WORD.pattern}", text[end:]) is not None
    after_of = re.search(r"\b(?:of|de|del)(?: the| la| el)? $", text[:start]) is not None \
        or title_to(language).search(text, 0, start) is not None
    return (following is None or (after_of or formal) and person_after) and not text[:start].endswith(tuple(head + " " for head in words(language, "place_head"))) \
        and not _city_of_country(text, start)


CITY_BEFORE = re.compile(r"(?:^|(?<=[\s(]))((?:[A-ZÁÉÍÓÚÑ][\w’'-]+ ){0,2}[A-ZÁÉÍÓÚÑ][\w’'-]+) de $")


def _city_of_country(text: str, start: int) -> bool:
    """"Santiago de Chile", "San José de Costa Rica": a place named with its country, which is
    then no mention of its own (ISO 3166-2's names tell the place)."""
    city = CITY_BEFORE.search(text, max(0, start - CITY_REACH), start)
    parts = city.group(1).split() if city else []
    return any(is_place_name(" ".join(parts[-count:])) for count in range(1, len(parts) + 1))  # "Visitará Santiago"


CITY_REACH = 40


TITLE_CASE_WORDS = 5


def _title_cased(text: str) -> bool:
    """A headline in title case, every word of four letters or more capitalised ("United States
    and Colombia Sign Memorandum …"): a capitalised word after a country there is the headline's
    verb or noun, not the rest of a longer name."""
    return capitalises_every_long_word(text, TITLE_CASE_WORDS) and not SENTENCE_ENDED.search(text)


SENTENCE_ENDED = re.compile(r"[.!?]\s*$")
