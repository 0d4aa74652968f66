"""Extraction: the official names in a release, as Mentions with spans and evidence.

Each line goes through independent recognisers (acronym definitions, the country
gazetteer, the name patterns of its language, bare acronyms); where their spans overlap,
the longest wins, so "Korea-SICA Summit" is one meeting rather than a country, an acronym
and a word. Acronyms then learn their definition from anywhere in the same document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable

from toolkit.extract.acronyms import (
    Definition, base_letter, character_matches, find_acronyms, find_definitions, is_acronym, schwartz_hearst_pair,
    spells_initials,
)
from toolkit.extract.countries import COUNTRY_CODE, country_codes, find_countries, is_country_name
from toolkit.extract.hangul import NAME_PARTICLES, korean_names, romanized_surnames, spelled_acronyms, surname
from toolkit.extract.truecase import document_casing, is_shouting, restored, written_otherwise
from toolkit.extract.latin import (
    PHOTO_LABEL, Found, holder_span_of, is_standing_body, latin_names, ministry_pattern, not_names, organization_patterns,
    person_name, regnal_names, speaks_of_monarchy, title_pattern, title_words,
)
from toolkit.extract.vocabulary import alternation, word_set, words
from toolkit.model.document import BodyLine, Document
from toolkit.model.mention import Mention
from toolkit.text.fold import strip_accents
from toolkit.text.korean import is_hangul, is_particle_chain

LANGUAGES = ("en", "ko", "es")
# Which kind wins when two recognisers propose the very same span.
PRECEDENCE = ("meeting", "document", "ministry", "organization", "title", "person", "country", "acronym")
BRACKETED_LATIN = re.compile(r"[(\[（［]([^()\[\]（）［］]*[A-Za-z][^()\[\]（）［］]*)[)\]）］]")
LETTER_NUMBER = re.compile(r"(?<![\w.\-])[A-Z]\d{1,2}(?![\w\-])")  # G20, G7: a group named by its size
# "U.N.", "N.K.": capitals each with its full stop, as American newsrooms write them (a
# person's initials are followed by the surname: "J.F. Kennedy")
DOTTED_ACRONYM = re.compile(r"(?<![\w.])[A-Z]\.(?:[A-Z]\.){1,3}(?![\w.])(?! [A-Z][a-z])")
SPANISH_MARKERS = re.compile(r"[áéíóúñ¿¡]|\b(?:de|del|la|las|los|y|para)\b")


@dataclass
class Extraction:
    """What extraction read in one document: its mentions, and each body line with the
    language it was read in and the acronym definitions it spells out (alignment pairs the
    forms of every definition, also one a longer name swallows: "믹타(MIKTA) 차관급 리트리트")."""

    mentions: list[Mention]
    lines: list[tuple[BodyLine, str, list[Definition]]]


def extract_document(document: Document) -> list[Mention]:
    """Every official name in a document's body, positioned in the raw file."""
    return read_document(document).mentions


def read_document(document: Document) -> Extraction:
    """The document's mentions with its lines' languages and acronym definitions."""
    return extract_lines([(line, document.language_of_line(line)) for line in document.lines])


def extract_paths(paths) -> list[tuple[Document, list[Mention]]]:
    """Ingest files and folders (as `termkit clean` does) and extract from each; a
    translator's file (XLIFF, TMX, DOCX, HWPX) is read segment by segment instead."""
    from toolkit.ingest import ingest_paths
    from toolkit.inputs import reader_for

    from toolkit.inputs.documents import as_document

    releases = [path for path in paths if reader_for(path) is None]
    documents = (ingest_paths(releases) if releases else []) + [
        as_document(path) for path in paths if reader_for(path) is not None]
    return [(document, extract_document(document)) for document in documents]


def extract_text(text: str, language: str) -> list[Mention]:
    """Every official name in a plain text; offsets are into `text`, lines counted from 1."""
    lines = [(BodyLine(text=line, raw_line=number), language) for number, line in enumerate(text.split("\n"), 1)]
    starts = [0]
    for line, _ in lines:
        starts.append(starts[-1] + len(line.text) + 1)
    return [in_text(mention, starts) for mention in extract_lines(lines).mentions]


def in_text(mention: Mention, starts: list[int]) -> Mention:
    """Offsets into the whole text rather than into the mention's line."""
    shift = starts[mention.line - 1]
    span = mention.definition_span
    if span is not None:
        span = (span[0], span[1] + starts[span[0] - 1], span[2] + starts[span[0] - 1])
    return replace(mention, start=mention.start + shift, end=mention.end + shift, definition_span=span)


def extract_lines(lines: list[tuple[BodyLine, str]]) -> Extraction:
    """Every mention of the lines, in order. A name that the document defines as an
    acronym's long form is an organization everywhere in it ("… 협력포럼(FEALAC)" makes
    "… 협력포럼" a body, not a meeting, on every other line)."""
    mentions: list[Mention] = []
    definitions: dict[str, tuple[BodyLine, Definition]] = {}
    named_surnames: set[str] = set()
    paternal: set[str] = set()  # first surnames of Spanish names ("Ebrard"), found again alone
    leading: set[str] = set()  # first words of Latin-script names ("Hayashi"), found again before a verb of speech
    bodies: set[str] = set()  # long forms of acronyms that name an organization
    described: set[str] = set()  # acronyms the document defines by a common noun
    spelled: set[str] = set()  # Hangul spellings of acronyms the document glosses ("(카리콤, CARICOM)")
    read: list[tuple[BodyLine, str, list[Definition]]] = []
    casing = document_casing([line.text for line, _ in lines])
    named: frozenset[str] | None = None  # the countries the document names, read when a code asks for them
    above: BodyLine | None = None  # the body line read before this one
    royal = {language for line, language in lines if language in ("en", "es") and speaks_of_monarchy(line.text, language)}
    known: list[tuple[frozenset[str], frozenset[str]]] = []  # per line, the surnames named before it
    for page_line, language in lines:
        known.append((frozenset(named_surnames), frozenset(paternal)))
        line = replace(page_line, text=restored(page_line.text, casing)) if is_shouting(page_line.text) else page_line
        # a country in brackets after a name ("Pedro Soto (Peru)") says whose it is and defines nothing
        line_definitions = [found for found in find_definitions(line.text) if not is_country_name(found.short, language)]
        read.append((page_line, language, line_definitions))
        for definition in line_definitions:
            if is_acronym(definition.short) or is_hangul(definition.long[0]) or is_word_acronym(definition):
                definitions.setdefault(definition.short, (line, definition))
                if is_description(definition, language):
                    described.add(definition.short)
                if long_form_kind(definition, language) == "organization":
                    bodies.add(definition.long)
        if language == "ko":
            spelled |= spelled_acronyms(line.text)
        found = candidates(line.text, language, line_definitions, frozenset(named_surnames), frozenset(spelled),
                           language in royal)
        found = titles_before_acronyms(line.text, found + word_acronyms_again(line.text, definitions))
        found = [item for item in found if item.evidence != "acronym-shape"
                 or not written_otherwise(line.text, item.start, item.end, casing)]  # "SEOUL, …", "PROJECTS": words
        if line is page_line and COUNTRY_CODE.search(line.text):  # (not in a headline in capitals)
            if named is None:
                named = frozenset(match.country.alpha_2 for other, lang in lines for match in find_countries(other.text, lang))
            found += [Found(start, end, "acronym", "code-of-named-country") for start, end in country_codes(line.text, named)]
        for _ in range(2):  # twice: a person named in full earlier on the same line
            chosen = resolve(found + named_again(line.text, language, named_surnames, frozenset(paternal))
                             + speaking_by_first_word(line.text, language, frozenset(leading)))
            chosen += apposed_acronyms(line.text, chosen) + body_meetings(line.text, language, chosen)
            line_mentions = [to_mention(line, language, item) for item in short_names_of_documents(line.text, resolve(chosen), definitions)
                             if not continues_wrapped_name(above, page_line, item)]
            remember_people(line_mentions, named_surnames, paternal, leading)
        mentions += [replace(m, text=page_line.text[m.start:m.end], evidence=m.evidence + "+document-case")
                     for m in line_mentions] if line is not page_line else line_mentions
        above = page_line
    mentions = with_given_names(lines, mentions, named_surnames, paternal, leading)
    mentions = persons_named_later(lines, korean_persons_again(lines, mentions), known, named_surnames, paternal)
    mentions = joined_transcriptions(lines, mentions)
    documents = {m.text for m in mentions if m.evidence.endswith("+of-document")}  # "SECA" alone, after its gloss
    mentions = [replace(m, kind="organization", evidence=m.evidence + "+defined-body") if m.kind == "meeting" and m.text in bodies
                else replace(m, kind="document", evidence=m.evidence + "+of-document") if m.kind == "acronym" and m.text in documents
                else m for m in mentions if m.kind != "acronym" or m.text not in described]
    return Extraction([with_definition(mention, definitions) for mention in mentions], read)


def with_free_spans(lines: list[tuple[BodyLine, str]], mentions: list[Mention],
                    propose: Callable[[int, BodyLine, str], list[Found]]) -> list[Mention]:
    """`mentions` in line order, with what `propose(index, line, language)` finds on each line
    where no mention stands yet (passes that read the whole document before a line)."""
    by_line: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_line.setdefault(mention.line, []).append(mention)
    ordered: list[Mention] = []
    for index, (line, language) in enumerate(lines):
        here = by_line.pop(line.raw_line, [])
        for item in propose(index, line, language):
            if not any(m.start < item.end and item.start < m.end for m in here):
                here.append(to_mention(line, language, item))
        ordered += sorted(here, key=lambda m: m.start)
    return ordered + [m for rest in by_line.values() for m in rest]


def with_given_names(lines: list[tuple[BodyLine, str]], mentions: list[Mention], named_surnames: set[str],
                     paternal: set[str], leading: set[str]) -> list[Mention]:
    """Persons known by their given name where nothing else stands (see given_names.py); their
    surnames are remembered, so that the surname alone further down is the person too."""
    if not any(language in ("en", "es") for _, language in lines):
        return mentions
    from toolkit.extract.given_names import given_name_persons, lower_case_words

    lower = lower_case_words("\n".join(line.text for line, _ in lines))

    def given_named(_: int, line: BodyLine, language: str) -> list[Found]:
        return given_name_persons(line.text, language, lower) if language in ("en", "es") else []
    mentions = with_free_spans(lines, mentions, given_named)
    remember_people([m for m in mentions if m.evidence == "given-name"], named_surnames, paternal, leading)
    return mentions


def korean_persons_again(lines: list[tuple[BodyLine, str]], mentions: list[Mention]) -> list[Mention]:
    """A Korean person the release names (with a title, somewhere) written alone elsewhere in
    it, before that mention too: a headline opens with the minister's name ("박진, 멕시코 청년
    외교관 만나"), the lead adds the title; and a foreign person by the surname of the name
    transcribed in full ("아레발로" of "베르나르도 아레발로"), on the same line too, and the whole
    name again where a rule saw only its surname. The name stands as a word, a particle after it."""
    people = {m.text for m in mentions if m.kind == "person" and m.language == "ko"}
    foreign = {surname(name) for name in people if " " in name}
    names = sorted({name for name in people if KOREAN_FULL_NAME.fullmatch(name)} | {name for name in foreign if name}
                   | {re.escape(name) for name in people if " " in name and is_hangul(name[0])}, key=len, reverse=True)
    if not names:
        return mentions
    # a name's particle after it ("모하메드 빈 …": bin) opens the rest of a longer name
    longer = "|".join(sorted(NAME_PARTICLES))
    pattern = re.compile(r"(?<![가-힣])(?:" + "|".join(names) + rf")(?P<rest>[가-힣]*)(?! (?:{longer}) )")

    def named_alone(_: int, line: BodyLine, language: str) -> list[Found]:
        return [Found(match.start(), match.start("rest"), "person", "person-named-again")
                for match in pattern.finditer(line.text) if language == "ko"
                and (not match.group("rest") or is_particle_chain(match.group("rest")))]
    return with_free_spans(lines, mentions, named_alone)


def joined_transcriptions(lines: list[tuple[BodyLine, str]], mentions: list[Mention]) -> list[Mention]:
    """Korean transcribes a foreign name word by word, so two persons found a space apart on one
    line are one name ("가미카와", named alone further down, then "요코" before "일본 외무상")."""
    texts = {line.raw_line: line.text for line, _ in lines}
    joined: list[Mention] = []
    for mention in mentions:
        last = joined[-1] if joined else None
        if last is not None and mention.kind == last.kind == "person" and mention.language == last.language == "ko" \
                and mention.line == last.line and texts.get(mention.line, "")[last.end:mention.start] == " ":
            joined[-1] = replace(last, text=f"{last.text} {mention.text}", end=mention.end, evidence=last.evidence + "+joined")
        else:
            joined.append(mention)
    return joined


def persons_named_later(lines: list[tuple[BodyLine, str]], mentions: list[Mention],
                        known: list[tuple[frozenset[str], frozenset[str]]], named: set[str], paternal: set[str]) -> list[Mention]:
    """A person named in full further down, named by the surname before that: a headline
    ("Patiño llega a Seúl") over the lead that gives the whole name. `known` holds, for each
    line, the surnames (and first surnames) the document had named when the line was read."""
    def named_before(index: int, line: BodyLine, language: str) -> list[Found]:
        earlier, earlier_paternal = known[index]
        later, later_paternal = named - earlier, frozenset(paternal - earlier_paternal)
        return named_again(line.text, language, later, later_paternal) if later or later_paternal else []
    return with_free_spans(lines, mentions, named_before)


KOREAN_FULL_NAME = re.compile(r"[가-힣]{2,4}")  # a surname and a given name, written together


WRAPPED_LINE_CHARS = 60  # a line this long, of prose, filled up to a fixed width
WRAPPED_NAME_KINDS = ("organization", "meeting", "document", "ministry")


def continues_wrapped_name(above: BodyLine | None, line: BodyLine, item: Found) -> bool:
    """A hard-wrapped page breaks names across lines ("... with the APEC Business\nAdvisory Council
    (ABAC)"): a name opening a line that the raw line right above runs into (a long line of prose
    ending in a capitalised word, no sentence end) is the tail of a name cut by the wrap, not a name."""
    if item.kind not in WRAPPED_NAME_KINDS or line.text[:item.start].strip() \
            or above is None or above.raw_line != line.raw_line - 1:
        return False
    before = above.text.rstrip()
    return len(before) >= WRAPPED_LINE_CHARS and re.search(r"(?<![\w.])[A-Z][\w&'-]*$", before) is not None \
        and sum(word.islower() for word in before.split()) >= WRAPPED_PROSE_WORDS


WRAPPED_PROSE_WORDS = 3  # lower-case words that make a line prose, not a headline in title case


def is_description(definition: Definition, language: str) -> bool:
    """"la zona desmilitarizada (DMZ)", "information and communications technology (ICT)": an
    acronym a Latin-script text spells out in lower case abbreviates a common noun, not a name
    (a name has a capital somewhere: "el banco de desarrollo de América Latina (CAF)")."""
    return language in ("en", "es") and definition.rule != "cross-language" and definition.long.islower()


def is_word_acronym(definition: Definition) -> bool:
    """An acronym written as a word ("Celac", "Mercosur"), as Spanish style writes the long ones:
    capitalised, and spelling the name it is defined by, a proper name (by its initials, or
    letter by letter as Schwartz & Hearst match it: "Comunidad de Estados Latinoamericanos y
    Caribeños (Celac)")."""
    if re.fullmatch(r"[A-Z][a-z]{2,8}", definition.short) is None:
        return False
    return spells_initials(definition.short, definition.long) or definition.rule == "reversed-prefixes" or (
        definition.rule == "schwartz-hearst" and is_proper_name(definition.long)
        and definition.long[0] == definition.short[0])


def word_acronyms_again(text: str, definitions: dict) -> list[Found]:
    """A word acronym defined earlier in the document ("Celac"), found again on this line."""
    shorts = [short for short in definitions if re.fullmatch(r"[A-Z][a-z]{2,8}", short)]
    if not shorts:
        return []
    pattern = re.compile(r"(?<![\w\-])(?:" + "|".join(map(re.escape, shorts)) + r")(?![\w\-])")
    return [Found(match.start(), match.end(), "acronym", "word-acronym-defined") for match in pattern.finditer(text)]


def short_names_of_documents(text: str, found: list[Found], definitions: dict) -> list[Found]:
    """An acronym in brackets right after a document's name that does not spell it is the
    document's short name, a document too, as "FTA" is ("Acuerdo … entre Ecuador y Corea (SECA,
    siglas en inglés)"); one that spells it stays an acronym, carrying its definition."""
    ends = {item.end for item in found if item.kind == "document"}
    return [replace(item, kind="document", evidence=item.evidence + "+of-document")
            if item.kind == "acronym" and item.start - 2 in ends and text[item.start - 2:item.start] == " ("
            and text[item.start:item.end] not in definitions else item
            for item in found]


TITLE_OF_BODY = re.compile(r" (?:de|del|de la|of|of the) $")


def titles_before_acronyms(text: str, found: list[Found]) -> list[Found]:
    """A title ends before the body it serves, which is a mention of its own ("ministros de
    Relaciones Exteriores de Focalae": the title, then the acronym), as it does before a
    country; a word acronym is known as one only once the document defined it."""
    ends = {item.start: item.end for item in found if item.kind == "acronym"}
    cut = []
    for item in found:
        tail = next((at for at in ends if item.start < at and ends[at] == item.end), None) if item.kind == "title" else None
        field = TITLE_OF_BODY.search(text, item.start, tail) if tail is not None else None
        cut.append(replace(item, end=field.start()) if field is not None else item)
    return cut


def remember_people(mentions: list[Mention], named: set[str], paternal: set[str], leading: set[str]) -> None:
    """Add the persons of `mentions` to the names a release may use again: surnames (without
    their article: "Sisi" of "el-Sisi") and, for Latin-script names, the full name and a
    romanized Korean given name, which the press abroad also uses alone ("la visita de
    Duck-soo" after "Han Duck-soo"); a Spanish name's first surname to `paternal`; the first
    word of a name of two or three words to `leading` (a surname written first, "Hayashi
    Yoshimasa", or a given name the press uses alone, "Uhuru")."""
    people = [m for m in mentions if m.kind == "person"]
    named.update(filter(None, (surname_of(m.text, m.language) for m in people)))
    named.update(m.text for m in people if titled_surname(m))
    named.update(match.group(1) for m in people if (match := ARTICLED_SURNAME.search(m.text)))
    leading.update(first for m in people if (first := leading_word(m.text)))
    paternal.update(filter(None, (paternal_surname(m.text) for m in people)))
    named.update(m.text for m in people if " " in m.text)
    named.update(match.group("given") for m in people if (match := ROMANIZED_GIVEN.fullmatch(m.text))
                 and match.group("surname") in romanized_surnames())


def titled_surname(person: Mention) -> bool:
    """A Latin-script person named by one word after a title ("Foreign Minister Steinmeier"):
    the surname the release then uses alone ("Steinmeier said …"), the title having told
    once that it is a person's."""
    return person.evidence.startswith("name-after-title") and " " not in person.text \
        and person.text[:1].isupper() and person.text.isalpha() and not any(is_hangul(char) for char in person.text)


# A surname opened by an Arabic article written with a hyphen: "el-Sisi", "al-Hakim".
ARTICLED_SURNAME = re.compile(r"(?:^| )(?:al|el|as|ad|ash|ar|at|an|az)-([A-Z][a-z]{2,})$")


def leading_word(name: str) -> str | None:
    """The first word of a Latin-script name of two or three words, by which some names are
    used alone; none when it is a title, a form of address or a romanized Korean surname
    (those have rules of their own)."""
    parts = name.split()
    first = parts[0] if 2 <= len(parts) <= 3 else ""
    if not re.fullmatch(r"[A-Z][a-záéíóúñ]{2,}", first) or first in romanized_surnames() or first in title_words() \
            or any(first in not_names(language) for language in ("en", "es")):
        return None
    return first


def speaking_by_first_word(text: str, language: str, leading: frozenset[str]) -> list[Found]:
    """A person named before by a name that begins with `leading`'s word, that word alone as
    the subject of a verb of speech ("Hayashi stated", "Okano aseveró")."""
    if language not in ("en", "es") or not leading:
        return []
    return [Found(match.start(), match.end(), "person", "first-word-of-named-person")
            for match in _first_word_pattern(leading, language).finditer(text)]


@lru_cache(maxsize=64)
def _first_word_pattern(leading: frozenset[str], language: str) -> re.Pattern:
    names = "|".join(map(re.escape, sorted(leading)))
    return re.compile(rf"(?<![\w\-])(?:{names})(?= (?:also )?{alternation(language, 'speech_verb')}(?![\w\-]))")


# A romanized Korean name with a hyphenated given name: "Han Duck-soo", "Kang Kyung-wha".
ROMANIZED_GIVEN = re.compile(r"(?P<surname>[A-Z][a-z]{1,4}) (?P<given>[A-Z][a-z]+-[a-z]+)")


APPOSED_ACRONYM = re.compile(r", (?P<short>[A-Z][a-z]{2,8}|[A-Z]{2,9})(?=[,;)]| y | and )")


def apposed_acronym_spells(short: str, name: str) -> bool:
    """The acronym's letters, in order, in the name, the first at its first word (as S&H
    match them): "Focalae" in "Foro de América Latina y Asia del Este"."""
    matches = character_matches(short, name)
    return matches is not None and matches[0] == 0 and base_letter(short[0]) == base_letter(name[0])


def apposed_acronyms(text: str, found: list[Found]) -> list[Found]:
    """An organization's or meeting's acronym set off by commas right after its name:
    "el Foro de América Latina y Asia del Este, Focalae, que ..."."""
    result = []
    for item in found:
        if item.kind not in ("organization", "meeting"):
            continue
        match = APPOSED_ACRONYM.match(text, item.end)
        if match and apposed_acronym_spells(match.group("short"), text[item.start:item.end]):
            result.append(Found(match.start("short"), match.end("short"), "acronym", "acronym-in-apposition"))
    return result


@lru_cache(maxsize=None)
def body_meeting_pattern() -> re.Pattern:
    """What turns a body with its acronym into a meeting's name: "(APEC) Summit", "(ECOSOC)
    Forum on Financing for Development", "(PIF) Foreign Ministers’ Meeting"."""
    capital = r"[A-Z][\w’'-]*"
    heads = "|".join(re.escape(head) for head in sorted(words("en", "meeting"), key=len, reverse=True))  # longest first
    return re.compile(rf" \([A-Z][A-Z0-9]+\) (?:{capital} ){{0,3}}(?:{heads})(?: (?:{heads}))?"
                      rf"(?: (?:on|of|for) (?:the )?{capital}(?: (?:and |of |for |on |the )?{capital}){{0,6}})?(?![\w’'-])")


NUMBER_BEFORE = re.compile(r"(?<![\w.])\d{1,3}(?:st|nd|rd|th) $")


def body_meetings(text: str, language: str, found: list[Found]) -> list[Found]:
    """An English meeting named by its body, the body's acronym and a meeting word: one name,
    "Asia Pacific Economic Cooperation (APEC) Summit", not a body and an acronym."""
    if language != "en":
        return []
    result = []
    for item in found:
        if item.kind in ("organization", "meeting") and (match := body_meeting_pattern().match(text, item.end)):
            numbered = NUMBER_BEFORE.search(text, 0, item.start)  # "the 9th Mekong-Lancang Cooperation (MLC) … Meeting"
            result.append(Found(numbered.start() if numbered else item.start, match.end(), "meeting", "meeting-of-defined-body"))
    return result


def surname_of(name: str, language: str) -> str | None:
    """How a release refers again to a person it named in full: the Korean surname ("최" of
    최종건), the romanized Korean surname first ("Cho" of "Cho Tae-yong"), or else the last
    word of a Latin-script name with its particles ("Holguín" of "María Ángela Holguín", "de la
    Fuente" of "Juan Ramón de la Fuente")."""
    if language == "ko" or not name.isascii() and any(is_hangul(char) for char in name):
        return surname(name)
    parts = name.split()
    if len(parts) < 2:
        return None
    if parts[0] in romanized_surnames():
        return parts[0]
    if not parts[-1][:1].isupper():
        return None  # a name cut before its surname ("Nacional de la") is no one to name again
    particle = surname_particle().search(name)  # "de la Fuente" of "Juan Ramón de la Fuente", and of "De la Fuente"
    return name[particle.start()].lower() + name[particle.start() + 1:] if particle else parts[-1]


def paternal_surname(name: str) -> str | None:
    """The first of two surnames a Latin-script name of three words or more ends in, by which
    a release names the person again ("Ebrard" of "Marcelo Ebrard Casaubon"); none for a
    romanized Korean name or one whose surnames take particles."""
    parts = name.split()
    if len(parts) < 3 or not name.isascii() and any(is_hangul(char) for char in name) \
            or parts[0] in romanized_surnames() or surname_particle().search(name):
        return None
    return parts[-2] if parts[-2][:1].isupper() and parts[-2].isalpha() else None


@lru_cache(maxsize=None)
def surname_particle() -> re.Pattern:
    """A surname opened by its particles, at a name's end: "de la Fuente", "Da Silva", "bin Zayed"
    (the vocabulary's name particles of every language, written as words, in either case)."""
    particles = sorted({word.lower() for language in ("en", "es") for particle in words(language, "name_particle")
                        if not particle.endswith("-") for word in particle.split()})
    either_case = "|".join(f"[{word[0].lower()}{word[0].upper()}]{re.escape(word[1:])}" for word in particles)
    return re.compile(rf"(?:^|(?<= ))(?:(?:{either_case}) )+\S+$")


# A Spanish verb opening a sentence or a headline before a surname, no given name of it: a past
# ("Recordó Galván") or a future ("Iniciará Meade gira …").
SPANISH_VERB_ENDINGS = ("ó", "ará", "erá", "irá")


def _sentence_case(name: str) -> str:
    """A pattern for a name whose first letter may be capitalized at a sentence's start
    ("De la Fuente reconoció")."""
    return f"[{name[0]}{name[0].upper()}]{re.escape(name[1:])}" if name[0].islower() else re.escape(name)


def named_again(text: str, language: str, named: set[str], paternal: frozenset[str] = frozenset()) -> list[Found]:
    """A person named in full on an earlier line, named again in full or by the surname alone,
    or by the surname after given names ("César Dargam"), which then belong to it; accents
    may be written or left out either time ("Hernandez", then "Hernández"). A Spanish name's
    first surname (`paternal`: "Ebrard" of "Marcelo Ebrard Casaubon") is found alone only, not
    after capitalised words, which make another name of it ("la Orden Vasco Núñez de Balboa")."""
    latin = sorted({strip_accents(name) for name in {*named, *paternal} if name.isascii() or not any(is_hangul(c) for c in name)},
                   key=len, reverse=True)
    if language == "ko" or not latin:
        return []
    pattern = re.compile(r"(?<![\w\-])(?:" + "|".join(map(_sentence_case, latin)) + r")(?![\w\-])")
    named_folded, paternal_folded = {strip_accents(name) for name in named}, {strip_accents(name) for name in paternal}
    folded = strip_accents(text)
    if len(folded) != len(text):
        folded = text  # a combining mark was dropped: offsets would shift
    found = []
    for match in pattern.finditer(folded):
        given = re.search(r"(?:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:-[a-záéíóúñ]+)? ){1,2}$", text[:match.start()])
        given_words = set(given.group().split()) if given is not None else set()
        only_paternal = match.group() in paternal_folded and match.group() not in named_folded
        extend = given is not None and (" " not in match.group() or surname_particle().fullmatch(match.group()) is not None) \
            and not (given_words & not_names(language) or given_words & title_words()) \
            and not find_countries(given.group(), language) \
            and not any(word.endswith(SPANISH_VERB_ENDINGS) for word in given_words)
        if only_paternal and extend:
            continue  # capitalised words before it: another name holds the word ("Orden Vasco Núñez de Balboa")
        start = given.start() if extend else match.start()
        found.append(Found(start, match.end(), "person", "surname-of-named-person"))
    return found


def candidates(text: str, language: str, definitions: list[Definition],
               named_surnames: frozenset[str] = frozenset(), spelled: frozenset[str] = frozenset(),
               royal: bool = False) -> list[Found]:
    """Everything every recogniser proposes for one line. Acronyms are found in any
    language; the name patterns and the gazetteer only in the three the ministry uses.
    `named_surnames`: surnames of people named in full on earlier lines; `spelled`: Hangul
    spellings of acronyms the document has glossed so far (Korean only); `royal`: the
    document speaks of a monarchy, where a name with a regnal number is a monarch's."""
    found: list[Found] = []
    for definition in definitions:
        found += definition_mentions(text, language, definition)
    found += bare_acronyms(text, language)
    if language not in LANGUAGES:
        return found
    countries = [country_found(match) for match in find_countries(text, language) if not is_currency_code(text, match.end)]
    spans = {(item.start, item.end) for item in countries}
    found = [item for item in found if item.evidence != "acronym-shape" or (item.start, item.end) not in spans]
    found += countries  # "ROK" keeps the evidence of the country it abbreviates
    if language == "ko":
        found += korean_names(text, named_surnames, spelled) + bracketed_originals(text)
    else:
        found += latin_names(text, language) + (regnal_names(text, language) if royal else [])
        found += through_bodies(found)
    return found


def through_bodies(found: list[Found]) -> list[Found]:
    """A meeting or document that a pattern cut inside the name of the body it is of goes
    on to that name's end ("41ª Conferencia General de la Organización … para la Educación, la
    Ciencia y la Cultura": the meeting pattern stops at the comma, the body's does not)."""
    bodies = [item for item in found if item.kind == "organization"]
    return [replace(item, end=body.end, evidence=item.evidence + "+whole-body") for item in found
            if item.kind in ("meeting", "document")
            for body in bodies if item.start < body.start < item.end < body.end]


def bare_acronyms(text: str, language: str) -> list[Found]:
    """Acronym-shaped tokens, less those of common nouns ("COVID", "SMEs") and forms of address
    ("HE", His Excellency); an agreement's acronym standing alone ("the FTA") is a document."""
    found = [Found(*match.span(), "acronym", "acronym-letter-number") for match in LETTER_NUMBER.finditer(text)]
    if language == "en":  # (Spanish dots its forms of address: "S.E.", "S.M.")
        found += [Found(*match.span(), "acronym", "acronym-dotted") for match in DOTTED_ACRONYM.finditer(text)
                  if match.group() not in words(language, "honorific")]  # "H.E." is His Excellency
    if is_shouted(text):
        return found  # a headline in capitals: its words look like acronyms
    common = no_acronyms(language)
    for start, end in find_acronyms(text):
        token = text[start:end]
        if is_currency_code(text, end):
            continue
        if is_title_abbreviation(text, start, end, language):
            found.append(Found(start, end, "title", "title-abbreviation"))
            found += holder_after_abbreviation(text, end, language)
            continue
        if token in common or token[-1] == "s" and token[:-1] in common \
                or PREFIX_LETTER.search(text, 0, start) or COINAGE.fullmatch(token) or is_inflected_word(token, language) \
                or MODEL_NUMBER.match(text, end) \
                or in_venue(text, end, language) \
                or is_dateline_place(text, start, end) \
                or is_dateline_agency(text, start, end) or is_outlet_opening(text, start) or in_photo_credit(text, start):
            continue
        document = token in words(language, "acronym_document")
        if document and is_generic_agreement(text, start, end):
            continue
        found.append(Found(start, end, "document" if document else "acronym",
                           "agreement-acronym" if document else "acronym-shape"))
    return found


def is_title_abbreviation(text: str, start: int, end: int, language: str) -> bool:
    """"FM", "FMs", "VFM": a title abbreviated, as headlines write a foreign minister; "PM" only
    before its holder's name ("PM Ardern"), for alone it may be the afternoon."""
    token = text[start:end]
    if token not in words(language, "title_abbreviation"):
        return False
    return token not in words(language, "title_abbreviation_before_name") or HOLDER_AFTER.match(text, end) is not None


HOLDER_AFTER = re.compile(r" [A-Z][a-z]")


def holder_after_abbreviation(text: str, end: int, language: str) -> list[Found]:
    """"PM Jacinda Ardern", "FM Ana Ruiz": the holder's name right after an abbreviated title."""
    named = _named_after(language).match(text, end)
    span = holder_span_of(text, named.start("name"), named.group("name"), language) if named is not None else None
    return [Found(*span, "person", "name-after-title-abbreviation")] if span is not None else []


@lru_cache(maxsize=None)
def _named_after(language: str) -> re.Pattern:
    return re.compile(rf" (?P<name>{person_name(language)})")


@lru_cache(maxsize=None)
def no_acronyms(language: str) -> frozenset[str]:
    """Words in capitals that are no acronym: common nouns and forms of address ("HE")."""
    return word_set(language, "acronym_common") | word_set(language, "honorific")


def is_currency_code(text: str, end: int) -> bool:
    """"US$7 million", "US $450 millones": letters before a dollar sign name a currency, no
    country or acronym; so does an ISO 4217 code beside an amount ("USD 15 million", "30
    millones USD")."""
    if text.startswith(("$", " $"), end):
        return True
    start = end - 3
    beside_amount = start >= 0 and (AMOUNT_AFTER.match(text, end) is not None or AMOUNT_BEFORE.search(text, 0, start) is not None)
    return beside_amount and text[start:end] in currency_codes()


AMOUNT_AFTER = re.compile(r" ?\d")
AMOUNT_BEFORE = re.compile(r"\d(?: (?:million|billion|millones|millón|mil|억|만))? ?$")


@lru_cache(maxsize=None)
def currency_codes() -> frozenset[str]:
    """ISO 4217's codes, from pycountry (imported when a page names an amount)."""
    import pycountry

    return frozenset(currency.alpha_3 for currency in pycountry.currencies)


MONTH = (r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
         r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)")
DATELINE_DATE = (r"(?:,? (?:[A-Z][a-z]{2,3}\.?|[A-Z]{3}\.?|[A-Z][a-z]+) \d{1,2}\b|, \d{1,2}(?: de)? [A-Za-z][a-z]+\.?"
                 r"|, \d{1,2}[./]\d{1,2}[./]\d{4})")  # "DUSHANBE, 01.12.2021 (NIAT Khovar) –"
# after the place (and perhaps its country): its date, then the agency in brackets and a dash, or the year and the agency
# ("SEOUL, Apr 29, 2019, Yonhap."); or the country, with the agency or not ("KINGSTON, Jamaica
# (JIS) —", "BELMOPAN, Belize –", "MIAMI, Estados Unidos. –")
DATELINE_AFTER = re.compile(rf"(?<=[A-ZÁÉÍÓÚÑ]{{4}}\.) ?[-–—] "  # the place alone, a full stop and a dash: "WASHINGTON. – El …"
                            rf"|(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?(?=,))?"  # the country before the date: "NAIROBI, Kenya, Mar 5 –"
                            rf"{DATELINE_DATE}(?:,? (?:de )?\d{{4}})?(?: (?:\([^()]{{2,30}}\) ?(?:--|—|–|-)|--|—|–)|\.\s?[-–—])"
                            rf"|{DATELINE_DATE},? \d{{4}}, [A-Z][A-Za-z]+\. "
                            rf"|(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?{DATELINE_DATE},? \d{{4}}\s?/"  # "SEOUL, Korea, June 29, 2011/APO/"
                            rf"|, [A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?: [A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?\.? (?:\([^()]{{2,30}}\) ?(?:--|—|–|-|:)|--|—|–)"
                            rf"| \([^()]{{2,30}}\)\.? ?(?:--|—|–|- )"  # "CARACAS (Sputnik) —", "EL CAIRO (ECS). - ": the place and the agency, no date
                            rf"|(?<=[A-ZÁÉÍÓÚÑ]{{4}}) (?:--|—|–|-) (?=[A-Z])"  # "ASTANA – Kazakh delegation …": the place alone
                            rf"|\. [A-Z][A-Za-z]{{2,20}} (?:--|—|–|-) (?=[A-Z])"  # "TASHKENT. KAZINFORM - The …": the agency after it
                            rf"|(?:, [A-Z][a-z]{{2,8}}\.?)?{DATELINE_DATE},? \d{{4}}\s*$"  # "BELIZE CITY, Thurs. Mar. 30, 2023" alone
                            rf"|{DATELINE_DATE}(?:,? \d{{4}})?(?::| ?\. ?/[A-Z][\w-]*/| - (?=[A-Z]))"  # "ANKARA, FEB 8:", "VIENNA, October 26. /TASS/"
                            # a day and its month in the few words before the agency's brackets: "ABU DHABI, 6th June,
                            # 2023 (WAM) --", "HAVANA, Cuba, Jul 2 (ACN) On …"
                            rf"|,[^()\n]{{0,30}}?(?:\d{{1,2}}(?:st|nd|rd|th)? {MONTH}|{MONTH} \d{{1,2}}\b)[^()\n]{{0,12}}? \([A-Z][A-Za-z/]{{1,15}}\)"
                            rf"|(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?, {MONTH} \d{{1,2}}\. (?=[A-Z])")  # "BAKU, Azerbaijan, March 3. Minister …"


_CAPITALS_WORD = r"[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ.'-]*(?![a-záéíóúñ])"
# a place of a few words in capitals, perhaps after the paper's name and before its country:
# "TRAS LAS HUELLAS DIGITAL, SANTO DOMINGO, REPUBLICA DOMINICANA, 10 de octubre, 2017. -"
DATELINE_PLACE = re.compile(rf"{_CAPITALS_WORD}(?: {_CAPITALS_WORD}){{0,3}}(?:, (?!{_CAPITALS_WORD} \d){_CAPITALS_WORD}(?: {_CAPITALS_WORD}){{0,3}}){{0,2}}"
                            rf"(?: / {_CAPITALS_WORD}(?: {_CAPITALS_WORD}){{0,2}})?")  # "ANKARA / ISTANBUL (AA) -": two places


# A letter and a hyphen before a word in capitals make a coinage ("K-POP": Korean pop, "K-ETA"), no acronym.
def is_inflected_word(token: str, language: str) -> bool:
    """A Spanish verb in capitals, as a declaration sets its operative words ("ACORDARON",
    "REAFIRMANDO", "MERCOSUR AMPLIADO"): its inflection (a preterite's -aron/-ieron, a
    gerund's, a participle's) ends no acronym; a body's coined name ends in a syllable of
    its words (MERCOSUR, PARLACEN)."""
    return language == "es" and len(token) >= INFLECTED_MIN_LETTERS and SPANISH_INFLECTION.search(token) is not None


SPANISH_INFLECTION = re.compile(r"(?:ARON|IERON|ANDO|IENDO|ADOS?|IDOS?|ADAS?|IDAS?)$")
INFLECTED_MIN_LETTERS = 7  # shorter acronyms may end so (SIDA)

PREFIX_LETTER = re.compile(r"(?<![\w-])[A-Z]-$")
COINAGE = re.compile(r"[A-Z]-[A-Z]{2,}")  # the letter and its word found as one token: "K-ETA"
MODEL_NUMBER = re.compile(r"-\d")  # capitals before a dash and a number name a model ("FA-50" aircraft)


def is_dateline_place(text: str, start: int, end: int) -> bool:
    """"SEOUL, Nov. 10 (Yonhap) --", "MEXICO CITY, July 23 (Reuters) -": a wire story's place
    in capitals, of a word or a few, opening the line before its date, its agency and the dash."""
    place = DATELINE_PLACE.match(text, len(text) - len(text.lstrip()))  # an indented paragraph's too
    if (agency := PLACE_COMMA_AGENCY.match(text)) is not None and start < agency.end():
        return True  # "WASHINGTON, CMC – The …": the agency after the comma, no date
    return place is not None and start < place.end() and DATELINE_AFTER.match(text, place.end()) is not None


PLACE_COMMA_AGENCY = re.compile(rf"\s*{_CAPITALS_WORD}(?: {_CAPITALS_WORD}){{0,3}}, [A-Z]{{2,8}} (?:--|—|–|-) (?=[A-Z])")


AGENCY_BEFORE = re.compile(r"(?:\d\s*|^)\($")
PLACE_WORD = r"[A-ZÁÉÍÓÚÑ][\w'’.-]*"  # a capitalised word of a place's name
PLACE_SLASH = re.compile(rf"\s*{PLACE_WORD}(?: {PLACE_WORD}){{0,2}} ?/ ?")
DATE_BEFORE_AGENCY = re.compile(rf"\s*{PLACE_WORD}(?: {PLACE_WORD}){{0,3}}, "
                                r"(?:\d{1,2}(?: de)? [a-záéíóú]{3,10}\.?|[A-Z][a-z]{2,8}\.? \d{1,2})(?:,? (?:de )?\d{4})? \(")
# "New York (ANTARA News) -", "Doha (UNA/SPA) - El …": one agency or several between slashes
PLACE_BEFORE_AGENCY = re.compile(r"(?:[A-ZÁÉÍÓÚ][\w.'’-]*,? ){1,4}\((?:[A-Z][\w-]*/)*")
AGENCY_AFTER = re.compile(r"(?:/[A-Z][\w-]*)*(?: [A-Z][a-z]+){0,2}\)\s*(?:[.,]?\s*[-–—]|:)")


OUTLET_OPENING = re.compile(r"[A-Z]{2,6}(?: [A-Z][a-z]+){1,2} [-–—] |[A-Z]{2,6}(?:/[A-Z]{2,6})+ [-–—] ")  # "ABO/VNA – …": outlets sharing the story


def is_outlet_opening(text: str, start: int) -> bool:
    """"TGW Digital – El canciller …": the outlet that opens a paragraph before a dash credits
    the story, as an agency's name does; so do outlets sharing it ("ABO/VNA – …")."""
    opening = OUTLET_OPENING.match(text)
    return opening is not None and start < opening.end()


PHOTO_CREDIT = re.compile(rf"{PHOTO_LABEL}(?:\S+\s+){{0,5}}\S+\s*$")


def in_photo_credit(text: str, start: int) -> bool:
    """"Foto: Felipe Pinzón. OP. Cancillería": a short credit closing the line names the
    photographer and the office that holds the picture, no name of the story; so does one in
    capitals in square brackets after a caption's sentence ("… on Monday. [ANA RUIZ]"), an
    agency's credit of a picture ("(GINA photo)", "Mick Tsikas/AAP PHOTOS", "Credit: AAP") or of
    the story closing its line ("… James Cleverly. SPA", "(SPA)")."""
    credit = PHOTO_CREDIT.search(text) or BRACKETED_CREDIT.search(text) or AGENCY_CREDIT.search(text)
    return credit is not None and credit.start() <= start < credit.end()


BRACKETED_CREDIT = re.compile(r"(?<=[.!?] )\[[A-Z][A-Z .&/'’-]{2,40}\]\s*$")
AGENCY_CREDIT = re.compile(r"\(?[A-Z]{2,6}\)? (?:[Pp]hotos?|PHOTOS?)\b\)?|(?<![\w])(?:Credit|Source|Fuente): [A-Z]{2,6}\)?\.?\s*$"
                           r"|(?:(?<=[.!?] )|^\s*)\(?[A-Z]{2,6}\)?\s*$")


def is_dateline_agency(text: str, start: int, end: int) -> bool:
    """"Quito, 3 de julio de 2014 (PL).-", "Seoul, 28 October 2021 (TDI):", "(VOVWORLD) - El …":
    the wire agency in brackets after a dateline's date or opening the paragraph, before its
    dash or colon, credits the story; it is no name in it ("KINGSTON, Jamaica (JIS) —" too)."""
    opened = AGENCY_BEFORE.search(text, max(0, start - 3), start) is not None or PLACE_BEFORE_AGENCY.fullmatch(text, 0, start)
    if opened and AGENCY_AFTER.match(text, end) is not None:
        return True
    if DATE_BEFORE_AGENCY.fullmatch(text, 0, start) and text.startswith(")", end):
        return True  # "Apia, 4 sep (RHC) Una delegación …": the place and date, the agency, no dash
    if PLACE_SLASH.fullmatch(text, 0, start) and not text[end:].strip():
        return True  # "Beijing/PL": the place and the agency alone on the line over the story
    place = DATELINE_PLACE.match(text, len(text) - len(text.lstrip()))
    after = DATELINE_AFTER.match(text, place.end()) if place is not None else None
    return after is not None and end <= after.end()


def in_venue(text: str, end: int, language: str) -> bool:
    """"APEC 하우스", "APEC House": an acronym that names a building is part of a place's name."""
    venues = words(language, "venue")
    boundary = "" if language == "ko" else r"(?![\w])"  # Korean glues a particle: "APEC 하우스와"
    space = " ?" if language == "ko" else " "  # and may write the compound solid: "APEC하우스"
    return bool(venues) and re.match(space + "(?:" + "|".join(map(re.escape, venues)) + ")" + boundary, text[end:]) is not None


def is_shouted(text: str) -> bool:
    """A line of six words or more written in capitals."""
    letters = [char for char in text if char.isalpha()]
    return len(text.split()) >= 6 and sum(char.isupper() for char in letters) >= 0.8 * len(letters)


def is_generic_agreement(text: str, start: int, end: int) -> bool:
    """"15 TLC firmados", "posteriores TLC", "un tratado de libre comercio (TLC)", "자유무역협정
    (FTA)" with no partners before: agreements counted, in the plural or as the common noun,
    name no agreement."""
    before = text[:start].rstrip("([ ")
    previous = before.rsplit(" ", 1)[-1] if before else ""
    bracketed = text[start - 1:start] == "(" and re.search(r"[a-z]+ [a-z]+ [a-z]+$", before) is not None
    # "중남미와의 자유무역협정(FTA)": the gloss of the common noun; "한-중미 자유무역협정(FTA)" names one
    glossed = text[start - 1:start] in "([" and re.search(r"[가-힣]$", before) is not None and \
        re.search(r"\S+[-–]\S+ \S+$", before) is None
    return previous.isdigit() or (previous.endswith("s") and previous.islower()) or bracketed or glossed


def country_found(match) -> Found:
    """A country's name; its abbreviation standing alone ("ROK", "U.S.") is an acronym, as a
    translator looks it up with the other acronyms."""
    kind = "acronym" if match.country.form == "abbreviation" else "country"
    return Found(match.start, match.end, kind, f"country-{match.country.form}:{match.country.alpha_2}")


def latin_language(text: str) -> str:
    """Spanish or English, for Latin-script text quoted inside another language."""
    return "es" if SPANISH_MARKERS.search(text) else "en"


def bracketed_originals(text: str) -> list[Found]:
    """Names in the originals that Korean text gives in brackets: "대화협의체(Reunión del
    Foro de Diálogo y Cooperación Corea-SICA)" holds a Spanish meeting name."""
    found = []
    for bracket in BRACKETED_LATIN.finditer(text):
        inside = bracket.group(1)
        language = latin_language(inside)
        offset = bracket.start(1)
        for item in latin_names(inside, language):
            found.append(replace(item, start=item.start + offset, end=item.end + offset, language=language))
        for match in find_countries(inside, language):
            found.append(replace(country_found(match), start=match.start + offset, end=match.end + offset,
                                 language=language))
    return found


def definition_mentions(text: str, language: str, definition: Definition) -> list[Found]:
    """The acronym, its long form when that is a name, and the other-language expansion."""
    if not is_acronym(definition.short) and not is_word_acronym(definition):
        return []
    if definition.short in words(language, "acronym_document"):
        return []  # "tratado de libre comercio (TLC)": the kind of agreement, not an acronym of a name
    if is_part_of_world(definition.long, language):
        return []  # "América Latina y el Caribe (ALC)": a region, which no body is
    if is_dateline_agency(text, definition.short_start, definition.short_end):
        return []  # "Vientiane (VNA) -": the wire's place and agency, whatever letters they share
    kind = long_form_kind(definition, language)
    agreement = language == "ko" and kind == "document"  # "환태평양경제동반자협정(TPP)": the acronym names it too
    found = [Found(definition.short_start, definition.short_end, "document" if agreement else "acronym",
                   f"acronym-{definition.rule}")]
    if kind == "ministry" and (parts := _country_after_ministry(definition, language)) is not None:
        ministry_end, country_start, country_end = parts
        found += [Found(definition.long_start, ministry_end, kind, f"long-form-{definition.rule}"),
                  Found(country_start, country_end, "country", "country-of-ministry")]
    elif kind is not None:
        found.append(Found(definition.long_start, definition.long_end, kind, f"long-form-{definition.rule}"))
    if definition.expansion is not None:
        end = definition.expansion_start + len(definition.expansion)
        found.append(Found(definition.expansion_start, end, "organization", "expansion-of-acronym",
                           latin_language(definition.expansion)))
    return found


OF_TAIL = re.compile(r" (?:de|del|of) (?:la |el |the )?$")
COUNTRY_TAIL = re.compile(r"^.+ (?:de|del|of) (?:la |el |the )?(?P<country>[^()]+)$")  # the last "de …"


def _country_after_ministry(definition: Definition, language: str) -> tuple[int, int, int] | None:
    """The country closing a ministry's long form whose acronym spells none of it ("Secretaría de
    Relaciones Exteriores de México (SRE)"): the ministry is named without it, as the country's
    own mention, the way a title is ("… Exteriores" + "México")."""
    tail = COUNTRY_TAIL.search(definition.long)
    if tail is None or not is_country_name(tail["country"], language):
        return None
    ministry = OF_TAIL.sub("", definition.long[:tail.start("country")])
    if schwartz_hearst_pair(definition.short, ministry) != 0 \
            or base_letter(definition.short[-1]).lower() == base_letter(tail["country"][0]).lower():
        return None  # "… Exteriores de Chile (SREC)": the acronym spells the country too
    start = definition.long_start + tail.start("country")
    return definition.long_start + len(ministry), start, start + len(tail["country"])


def is_part_of_world(name: str, language: str) -> bool:
    """"(la) América Latina y el Caribe", "Asia and the Pacific": a region, with its article or without."""
    parts = word_set(language, "continent") | word_set(language, "region")
    return name in parts or LEADING_ARTICLE.sub("", name) in parts


LEADING_ARTICLE = re.compile(r"^(?:[Tt]he|[Ll]a|[Ee]l|[Ll]os|[Ll]as) ")


def long_form_kind(definition: Definition, language: str) -> str | None:
    """"ministry" or "organization" when the long form is one by the name patterns; None for
    a long form that is only a description ("인공지능" for AI, "artificial intelligence")."""
    long = definition.long
    if is_country_list(long, language):
        return None  # "Mexico, Indonesia, Korea, Turkey and Australia (MIKTA)": the members, not a name
    if is_country_name(long, language):
        return None  # "Republic of Korea (ROK)": a country, which the country names find
    if language == "ko":
        if long.endswith(words("ko", "ministry_head")):
            return "ministry"
        agreement = next((tail for tail in words("ko", "agreement") if long.endswith(tail)), None)
        if agreement is not None and len(long) - len(agreement) >= NAMED_AGREEMENT_MODIFIER:
            return "document"  # "환태평양경제동반자협정(TPP)": one agreement ("자유무역협정(FTA)" is a kind)
        tails = words("ko", "org_tail") + words("ko", "glossed_org_tail")  # a forum with an acronym is a body
        named = long.endswith(tails) and long not in tails
        return "organization" if named else None
    if language not in ("en", "es"):
        return None
    if ministry_pattern(language).fullmatch(long):
        return "ministry"
    if title_pattern(language).fullmatch(long):
        return None  # "Secretario de Relaciones Exteriores (SRE)": a title, which the title rules find
    if _plural_of_a_kind(long, language):
        return None  # "three Memorandums of Understanding (MOU)": documents of a kind, none named
    if definition.rule in ("cross-language", "permuted-initials", "word-initials") or is_proper_name(long):
        return name_kind(long, language)
    patterns = organization_patterns(language).values()
    return "organization" if any(pattern.fullmatch(long) for pattern in patterns) else None


NAMED_AGREEMENT_MODIFIER = 5  # syllables before 협정 that name one agreement, not a kind of it


LIST_SEPARATOR = re.compile(r"\s*(?:,|·|、)\s*(?:(?:and|y|e|및|그리고)\s+)?|\s+(?:and|y|e|및|그리고)\s+")


def is_country_list(text: str, language: str) -> bool:
    """Two or more country names joined by commas and "and": a group's members spelt out."""
    parts = LIST_SEPARATOR.split(text)
    if len(parts) < 2:
        return False
    for part in parts:
        found = find_countries(part, language)
        if len(found) != 1 or (found[0].start, found[0].end) != (0, len(part)):
            return False
    return True


def is_proper_name(text: str) -> bool:
    """Every word capitalised but the joining ones ("Association of Southeast Asian Nations")."""
    parts = text.split()
    joining = words("en", "name_joint") + words("es", "name_joint")
    return len(parts) >= 2 and all(part[0].isupper() or part in joining for part in parts)


COOPERATION_BODY = re.compile(r"^\S+ (?:for|de) .*\b(?:Cooperation|Cooperación)\b")


def name_kind(name: str, language: str) -> str:
    """A long form's kind by its head word: "Treaty ..." is a document, "Conference on ..." a
    meeting, "Ministerio de ..." a ministry (whatever its portfolio), anything else an
    organization; a programme known by its acronym is an agency ("World Food Programme (WFP)",
    "Programa de las Naciones Unidas para el Desarrollo (PNUD)"); a forum for cooperation known
    by its acronym is a standing body ("Forum for East Asia-Latin America Cooperation
    (FEALAC)"), as 협력포럼(FEALAC) is in Korean, while a forum on a topic is a meeting ("Forum on
    Trade and Cross-Border Investment in Africa")."""
    if name.split()[0] in words(language, "ministry_head"):
        return "ministry"
    head = _head_word(name) if language == "en" else None
    if name.split()[0] in words(language, "glossed_org_tail") and COOPERATION_BODY.search(name) \
            or is_standing_body(name, language) or (head or name.split()[0]) in words(language, "glossed_programme"):
        return "organization"  # "Pacific Islands Forum (PIF)", "Foro de Cooperación Económica Asia-Pacífico (APEC)"
    for kind in ("document", "meeting"):
        heads = words(language, kind)
        if name.split()[0] in heads or name.split()[-1] in heads or head in heads \
                or head is not None and any(" " in known and name.startswith(known) for known in heads):
            return kind  # "Memorandum of Understanding", "UN Conference on Sustainable Development"
    return "organization"


def _plural_of_a_kind(name: str, language: str) -> bool:
    """Is the long form headed by a document's or meeting's head word in the plural?"""
    head = _head_word(name) if language == "en" else name.split()[0]
    heads = {known.split()[0] for known in words(language, "document") + words(language, "meeting")}
    return any(head.endswith(ending) and head[:-len(ending)] in heads for ending in ("s", "es"))


def _head_word(name: str) -> str:
    """The word before an English name's first "of/on/for/to" (its head), else its last word."""
    parts = name.split()
    cut = next((i for i, part in enumerate(parts) if part in ("of", "on", "for", "to") and i > 0), len(parts))
    return parts[cut - 1]


def resolve(found: list[Found]) -> list[Found]:
    """Keep the longest of overlapping spans; among equal spans, the kind that ranks first."""
    ranked = sorted(set(found), key=lambda f: (-(f.end - f.start), PRECEDENCE.index(f.kind), f.start, f.evidence))
    chosen: list[Found] = []
    for item in ranked:
        if all(item.end <= other.start or item.start >= other.end for other in chosen):
            chosen.append(item)
    return sorted(chosen, key=lambda f: (f.start, f.end))


def to_mention(line: BodyLine, language: str, item: Found) -> Mention:
    return Mention(
        text=line.text[item.start:item.end],
        kind=item.kind,
        language=item.language or language,
        start=item.start,
        end=item.end,
        line=line.raw_line,
        column=line.raw_column + item.start,
        evidence=item.evidence,
    )


def with_definition(mention: Mention, definitions: dict[str, tuple[BodyLine, Definition]]) -> Mention:
    """An acronym defined anywhere in the document carries that definition everywhere."""
    if mention.kind != "acronym" or mention.text not in definitions:
        return mention
    line, definition = definitions[mention.text]
    return replace(
        mention,
        defined=True,
        definition=definition.long,
        definition_span=(line.raw_line, definition.long_start, definition.long_end),
        expansion=definition.expansion,
    )
