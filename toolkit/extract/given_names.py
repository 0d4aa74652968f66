"""Persons named with no title or role beside them, known by a given name ("Christopher Hanson
said ..."): a gazetteer of given names, as named-entity recognisers have long used one
(Mikheev, Moens and Grover, "Named Entity Recognition without Gazetteers", EACL 1999, measure
what it adds to person names), read from Faker's per-country name lists (MIT licence; loaded
only when a Latin-script line asks for it).

A gazetteer alone over-reaches: "Grace", "Santiago" or "Asia" are given names too. A name is taken
only when its given name is on the lists of two countries or more (a name of one list is as
often a rarity as a name), none of its words is one that no person's name has (the extractor's
institutions, titles, meetings, places), a common word of the language that happens to be a name
("Paz", "Hope") or a word the document writes in lower case elsewhere, and no capitalised word
runs into it, but a country's name before it (the "Centro Augusto Ramírez Ocampo" and the
"Martin Luther King Jr. Center" are places named after a person; "… en Honduras Joel Miranda"
is a person).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import lru_cache

from toolkit.extract.countries import is_country_name
from toolkit.extract.latin import CAP, Found, holder_span_of, not_names, person_name
from toolkit.extract.vocabulary import capitalised_words, word_set

COUNTRY_LISTS = 2  # lists a given name must be on
CAPITALISED_BEFORE = re.compile(rf"{CAP} $")
WORD_BEFORE = 60  # characters looked back for it
PLACES = ("region", "continent", "venue")  # the vocabulary's places and buildings ("América", "Asia", "Hall")
CAPITALISED_AFTER = re.compile(rf" {CAP}")
WORD = re.compile(r"(?<![\w’'.\-])[^\W\d_]+")  # a word that may be a given name, looked up before any pattern runs


@lru_cache(maxsize=None)
def given_names() -> frozenset[str]:
    """Latin-script given names on the lists of at least COUNTRY_LISTS of Faker's locales."""
    import faker.providers.person as person

    lists: dict[str, int] = {}
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        names: set[str] = set()
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            value = next((cls.__dict__[attribute] for cls in provider.__mro__ if attribute in cls.__dict__), ())
            names |= set(value) if isinstance(value, (list, tuple, set, frozenset, dict)) else set()
        for name in names:
            if isinstance(name, str) and name.isalpha() and name[:1].isupper() and ord(max(name)) < 0x250:
                lists[name] = lists.get(name, 0) + 1
    return frozenset(name for name, count in lists.items() if count >= COUNTRY_LISTS)


@lru_cache(maxsize=None)
def given_name_pattern(language: str) -> re.Pattern:
    """A person's name of two words or more, as the extractor's other person rules read one."""
    return re.compile(rf"{person_name(language, '{1,3}')}(?![\w’'\-])")


def lower_case_words(text: str) -> frozenset[str]:
    """The words a document writes in lower case somewhere."""
    return frozenset(re.findall(r"(?<![\w\-])[^\W\d_A-ZÁÉÍÓÚÑÜ][^\W\d_]*(?![\w\-])", text))


def given_name_persons(text: str, language: str, lower: frozenset[str]) -> list[Found]:
    """Persons on one line known by a given name; `lower`: the document's lower-case words."""
    found = []
    for candidate in WORD.finditer(text):
        given = candidate.group()
        if given not in given_names() or given in word_set(language, "name_word"):
            continue
        before = CAPITALISED_BEFORE.search(text, max(0, candidate.start() - WORD_BEFORE), candidate.start())
        if before is not None and not is_country_name(before.group().strip(), language):
            continue
        match = given_name_pattern(language).match(text, candidate.start())
        if match is None:
            continue
        span = holder_span_of(text, match.start(), match.group(), language)
        if span is None or " " not in text[span[0]:span[1]] or CAPITALISED_AFTER.match(text, span[1]):
            continue  # one word, or cut before a capitalised word: "Martin Luther King Jr. Center"
        names = [word for word in text[span[0]:span[1]].split() if word[:1].isupper()]
        if any(word in not_names(language) or word in capitalised_words(language, PLACES)
               or word.lower() in lower or is_country_name(word, language) for word in names):
            continue
        found.append(Found(*span, "person", "given-name"))
    return found
