"""TK103 near-miss: a span one slip away from a known name ("Central America Integration
System", "중미통합체재"), the same name spaced, hyphenated or compounded otherwise ("Korea
SICA", "Round Table", "코스타 리카") or without its accents, or garbled ("Integraci?n").
See toolkit.index.nearmiss for what counts as a slip.

Persons' names in another romanization or spacing are TK105's. The suggestion is always
the preferred form of the concept (never the deprecated or admitted term the span is close
to), so --fix never writes what the next run would flag.
"""

from __future__ import annotations

import re
from collections import Counter

from toolkit.index.nearmiss import CASED_SUBJECTS
from toolkit.index.short_slips import is_keyed_slip, series_key, series_slip
from toolkit.model.termbase import SCOPED_SUBJECTS
from toolkit.text.capitals import CAPITALISED_RUN, capitalises_every_long_word
from toolkit.text.fold import strip_accents
from toolkit.text.korean import is_hangul, is_particle_chain, particle_stems
from toolkit.text.places import names_a_place

CODE = "TK103"
NAME = "near-miss"
DEFAULT_SEVERITY = "warning"
ENABLED_BY_DEFAULT = True
SUMMARY = "a near miss of a known name (misspelling, spacing/hyphen variant, mojibake)"
LATIN_LANGUAGES = ("en", "es")
NAMES_SHOWN = 5  # names listed for a garbled word that several fit
WHAT = {
    "slip": "looks like a misspelling of",
    "variant": "is spaced, hyphenated or accented otherwise than",
    "mojibake": "has a garbled character (mojibake); the name is",
    "case": "is written in another case than",
    "transcription": "is transcribed otherwise than the loanword orthography (외래어 표기법) spells it:",
    "particle": "has a particle inside the name; the name is",
    "ordinal": "writes its ordinal otherwise than",
}


def check(ctx):
    deprecated = {id(miss) for _, miss, _ in ctx.deprecated_in_other_case}  # TK101's
    for segment, miss in ctx.near_misses:
        if miss.romanization or (miss.punctuation_only and miss.kind == "slip") or id(miss) in deprecated:
            continue
        lang = miss.term.lang.split("-")[0].lower()
        own = None  # the text's own language's name, where the slip is closest to the other's
        if miss.kind == "slip" and miss.term.subject != "person" and _other_latin_language(ctx, segment.lang, lang, miss.term):
            # (a person's name is one in every language: "Marcello Ebrard Casaubon" in English is slipped)
            own = _own_language_slip(ctx, segment.lang, miss)
            if own is None:
                continue  # "Francis" in English is no slip of Spanish "Francia"
        if miss.kind == "variant" and miss.text.islower() and re.match(r"-\w", segment.text[miss.end:miss.end + 2]):
            continue  # "a vice-minister-level dialogue": a compound modifier's hyphens, no title
        if miss.kind == "variant" and (_closed_up_country(miss) or _compound_spaced_freely(miss)):
            continue
        if miss.kind == "variant" and _common_noun(miss):
            continue  # "will adopt a joint communique": the kind of document, not this one's name
        if miss.kind == "slip" and miss.term.subject in SCOPED_SUBJECTS and _name_goes_on(segment.text, miss.end) \
                and all(ctx.knows_word(word) for word in re.findall(r"\w+", miss.text)):
            continue  # "Secretary in the Foreign Affairs and Foreign Trade Ministry": a longer office, another country's
            # (worded otherwise; "Ministry of Foriegn Afairs and Trade" is misspelt whatever office it names)
        if _ampersand_spelled_out(miss.text, miss.term.text):
            continue  # "St. Kitts and Nevis" is the base's "St. Kitts & Nevis": "&" is the word "and"
        if miss.kind == "slip" and miss.term.concept_id.startswith("country-") and \
                (names_a_place(segment.text, miss.start, miss.end) or _attributive(segment, miss)
                 or _surname_in_text(ctx, miss.text) or _after_a_brand(ctx, segment, miss)):
            continue  # "British Columbia", "Almeria": another place; "Philippine troops": an adjective;
            # "Rafael Correa", then "Correa" alone: a person; "hotel NH – Columbia": a hotel
        if miss.others:  # garbled so that several names fit: say which, fix nothing
            fitting = [term.text for term in (miss.term, *miss.others)]
            names = ", ".join(f"'{text}'" for text in fitting[:NAMES_SHOWN]) + (", ..." if len(fitting) > NAMES_SHOWN else "")
            yield ctx.finding(CODE, segment, miss.start, miss.end, f"'{miss.text}' has a garbled character (mojibake); "
                              f"{len(fitting)} names of the base fit it: {names}", found=miss.text)
            continue
        known, name = _known_term(ctx, miss.term, lang), miss.term.text
        if miss.kind in ("variant", "mojibake") and (same := _in_text_language(ctx, segment.lang, lang, miss.term)):
            known, lang, name = same, segment.lang, same.text  # "Panamà" in Spanish is Panamá's, not English Panama's
        elif own is not None:
            known, lang, name = own, segment.lang, own.text  # "Malyasia" in English: Malaysia's, not Spanish Malasia's
        yield _finding(ctx, segment, miss.start, miss.end, miss.kind, known, name, miss.term.concept_id, lang)
    for segment, start, end, match in _spaced_numbers(ctx):
        known = next((term for term in ctx.terms_in(match.concept_id, segment.lang) if term.text == match.text), None)
        yield _finding(ctx, segment, start, end, "variant", known, match.text, match.concept_id, segment.lang)
    for segment, start, end, located in [*_acronym_echoes(ctx), *_transcription_echoes(ctx)]:
        text = located.match.text
        yield ctx.finding(CODE, segment, start, end, f"'{segment.text[start:end]}' {WHAT['slip']} '{text}', "
                          "which the text writes elsewhere", found=segment.text[start:end], suggestion=text,
                          concept=located.match.concept_id, fix=text)
    for located in ctx.matches:
        found = (_other_language_accents(ctx, located) or _other_language_spelling(ctx, located)
                 or _lost_initial_capital(ctx, located))
        if found is not None:
            what, text = found
            match = located.match
            yield ctx.finding(CODE, located.segment, match.start, match.end, f"'{match.text}' {what} '{text}'",
                              found=match.text, suggestion=text, concept=match.concept_id, fix=text)


def _finding(ctx, segment, start: int, end: int, kind: str, known, name: str, concept_id: str, lang):
    """The finding for text[start:end], which is `name` (the base's term `known`, when it is one)
    written otherwise; its suggestion is the concept's preferred term."""
    written = segment.text[start:end]
    if known is None:
        suggestion = None
    elif known.is_generic:
        suggestion = known  # a generic word ("canciller") is corrected into itself, never into one country's title
    else:
        suggestion = ctx.suggested(known, concept_id, lang)
    text = suggestion.text if suggestion is not None else name
    if written.isupper() and kind != "case":
        text = text.upper()  # a line in capitals ("SANTO DOMINGO, REPUBLICA DOMINICANA") keeps them
    message = f"'{written}' {WHAT[kind]} '{name}'"
    if text.casefold() != name.casefold():
        message += f"; the base's preferred term is '{text}'"
    return ctx.finding(CODE, segment, start, end, message, found=written, suggestion=text, concept=concept_id,
                       fix=text if suggestion is not None else None)


# A number spaced from the Korean noun it numbers: "2 차관" for the base's 2차관.
SPACED_NUMBER = re.compile(r"(?<![\w.])(\d{1,2}) ([\uac00-\ud7a3]{2,})")


def _spaced_numbers(ctx):
    """(segment, start, end, match) for a number spaced from the Korean noun it numbers, where
    the two written solid are a term of the base ("외교부 2 차관은": 2차관, a particle after it):
    one office in two words. Short terms are no near-miss window, so they are looked up whole."""
    for segment in ctx.file.segments:
        spans = ctx.covered.get(id(segment), [])
        for found in SPACED_NUMBER.finditer(segment.text):
            if any(a < found.end(1) and found.start() < b for a, b, _ in spans):
                continue  # the number is part of another name; "차관" alone matched after it is the shorter term
            digits, word = found.groups()
            joined = digits + word
            whole = [match for match in ctx.matcher.find(joined) if match.start == 0 and match.end > len(digits)
                     and (match.end == len(joined) or is_particle_chain(joined[match.end:]))]
            if whole:
                match = max(whole, key=lambda match: match.end)
                yield segment, found.start(), found.start(2) + match.end - len(digits), match


# An acronym's letters: three to six capitals, not inside a hyphenated code or a longer word.
ACRONYM_TOKEN = re.compile(r"(?<![\w\-.])[A-Z]{3,6}(?![\w\-])")


def _acronym_echoes(ctx):
    """(segment, start, end, located) for an unknown acronym, written once, that is an acronym
    the same text writes right with two letters swapped or one struck as its neighbour on the
    keyboard ("WOT", "WTP" where the text says WTO elsewhere): too short for a slip on its own
    (WTP, RKO are real acronyms too), the text's own use of the name decides, as Xbench's and
    CheckMate's consistency checks do. Another real acronym recurs ("WTI" beside WTO) or
    differs otherwise ("ROC" beside ROK)."""
    written = {}
    for located in ctx.matches:
        if ACRONYM_TOKEN.fullmatch(located.match.text):
            written.setdefault(located.match.text, located)
    if not written:
        return
    unknown = []
    for segment in ctx.file.segments:
        if CAPITALISED_RUN.search(segment.text):
            continue  # a line in capitals: its words look like acronyms
        spans = ctx.covered.get(id(segment), [])
        unknown += [(segment, token) for token in ACRONYM_TOKEN.finditer(segment.text)
                    if token.group() not in written and not any(a < token.end() and token.start() < b for a, b, _ in spans)]
    times = Counter(token.group() for _, token in unknown)
    for segment, token in unknown:
        fitting = [located for text, located in written.items() if times[token.group()] == 1 and is_keyed_slip(token.group(), text)]
        if len({located.match.concept_id for located in fitting}) == 1:
            yield segment, token.start(), token.end(), fitting[0]


HANGUL_TOKEN = re.compile(r"[\uac00-\ud7a3]{2,}")


def _transcription_echoes(ctx):
    """(segment, start, end, located) for an unknown Hangul word, written once, that spells a
    country's name of three syllables or more, which the text writes right nearby (within
    ECHO_SEGMENTS paragraphs), with one initial of another series ("바나마" where the text says
    파나마; toolkit.index.short_slips.series_slip). Alone such a word may be another one
    ("크리스", Chris, is no slip of 그리스; "네발" no slip of 네팔), so the passage's own use of
    the name decides, as for acronyms."""
    number_of = {id(segment): number for number, segment in enumerate(ctx.file.segments)}
    written: dict[str, dict[int, object]] = {}  # name -> paragraph number -> one of its uses there
    for located in ctx.matches:
        concept = ctx.concepts.get(located.match.concept_id)
        if concept is not None and concept.subject == "country" and HANGUL_TOKEN.fullmatch(located.match.text) \
                and len(located.match.text) >= SERIES_SLIP_SYLLABLES:
            written.setdefault(located.match.text, {}).setdefault(number_of[id(located.segment)], located)
    by_key: dict[str, list[str]] = {}
    for name in written:
        by_key.setdefault(series_key(name), []).append(name)
    openings = {series_key(name[0]) for name in written}  # most words open as no name does: no stems read
    found = []
    for number, segment in enumerate(ctx.file.segments if by_key else ()):
        for token in HANGUL_TOKEN.finditer(segment.text):
            if series_key(token.group()[0]) not in openings:
                continue
            for stem in (token.group(), *particle_stems(token.group())):  # as written, then without what may be particles
                if len(stem) < SERIES_SLIP_SYLLABLES:
                    break
                fitting = [uses[near] for name in by_key.get(series_key(stem), ()) if series_slip(stem, name)
                           for uses in (written[name],) for near in range(number - ECHO_SEGMENTS, number + ECHO_SEGMENTS + 1)
                           if near in uses]
                if fitting and not any(a < token.end() and token.start() < b for a, b in _taken(ctx, segment)):
                    found.append((segment, token.start(), token.start() + len(stem), stem, fitting))
                    break
    times = Counter(stem for *_, stem, _ in found)
    for segment, start, end, stem, fitting in found:
        if times[stem] == 1 and len({located.match.concept_id for located in fitting}) == 1:
            yield segment, start, end, fitting[0]


def _taken(ctx, segment) -> list[tuple[int, int]]:
    """Spans of a segment an exact match or a near miss already accounts for."""
    return [(start, end) for start, end, _ in ctx.covered.get(id(segment), [])] + \
        [(miss.start, miss.end) for other, miss in ctx.near_misses if other is segment]


SERIES_SLIP_SYLLABLES = 3  # a shorter country name has native look-alikes (네발, 찔레)
ECHO_SEGMENTS = 3  # paragraphs around a slip in which the text's own use of the name counts


def _surname(text: str, start: int, written: str) -> bool:
    """A one-word name slipped into right after a capitalised word is a person's surname
    ("el presidente Rafael Correa" is no slip of Corea): a country follows "de", "y", a comma.
    A headline in title case capitalises every word ("Talks With Kazahkstan"), so says nothing."""
    before = re.search(r"([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+) $", text[max(0, start - 30):start])
    return " " not in written and before is not None and not _opens_sentence(text, start - len(before.group(0))) \
        and not _title_case(text) and not PARTNER_AFTER.match(text, start + len(written))


# A dash and a capitalised word after a name: a pair of partners ("Comisión Mixta Paraguay-Corea"),
# never a person's surname.
PARTNER_AFTER = re.compile(r" ?[-–] ?[A-ZÁÉÍÓÚÑ]")


# A joining word capitalised inside a line: the line is a headline in title case.
TITLE_CASE_WORD = re.compile(r"(?<=\w )(?:Of|And|With|To|For|In|On|At|By|From|The|De|Del|Y|Con|En|Para|Por)(?= \w)")
TITLE_CASE_WORDS = 4  # a line whose words of four letters or more, this many at least, are all capitalised


def _title_case(text: str) -> bool:
    """Is the line a headline in title case: a joining word capitalised ("Talks With Kazahkstan"),
    or every longer word capitalised, the joining words left in lower case ("Special
    Representative for Korean Peninsula Peace and Security Affairs to Visit Russia")?"""
    if TITLE_CASE_WORD.search(text):
        return True
    return capitalises_every_long_word(text, TITLE_CASE_WORDS)


def _surname_in_text(ctx, written: str) -> bool:
    """A word the text writes as a person's surname somewhere ("Rafael Correa") names that
    person wherever it stands alone ("Correa calificó el encuentro"), as a reader takes it."""
    if " " in written:
        return False
    word = re.compile(rf"(?<!\w){re.escape(written)}(?!\w)")
    return any(_surname(segment.text, found.start(), written) and not names_a_place(segment.text, *found.span())
               for segment in ctx.file.segments for found in word.finditer(segment.text))  # not "British Columbia"


BRAND_BEFORE = re.compile(r"(?<![\w-])([A-Z]{2,5})(?: [–-] | )$")


def _after_a_brand(ctx, segment, miss) -> bool:
    """A one-word name right after a word in capitals that names nothing the base knows (a
    chain's or a firm's: "hotel NH – Columbia", "NH Columbia") is part of that name; after a
    known one ("ROK-Columbia", "SICA y Columbia" aside) it is a partner and may be a slip."""
    before = BRAND_BEFORE.search(segment.text, max(0, miss.start - 10), miss.start)
    if before is None or " " in miss.text or miss.text.isupper():
        return False  # in a line set in capitals every word is in capitals ("PRIMER MINISTRO DE COERA")
    return not any(start <= before.start(1) < end for start, end, _ in ctx.covered.get(id(segment), []))


def _opens_sentence(text: str, at: int) -> bool:
    return not text[:at].strip() or text[:at].rstrip()[-1] in ".!?:;\"“"


def _attributive(segment, miss) -> bool:
    """English makes a plural country name an adjective by dropping its -s ("the Philippine
    navy", "Maldive islands", "PHILIPPINE AMBASSADOR", "Philippine-Republic of Korea relations"):
    the word before a noun or a partner is no misspelling; before "and", a comma or the
    sentence's end it is the country's name. A name of several words has no such adjective:
    "the United Mexican State met" lost the -s of United Mexican States."""
    return segment.lang == "en" and " " not in miss.term.text and (miss.text + "s").casefold() == miss.term.text.casefold() and \
        re.match(r"[ \-–](?!(?i:and|or)\b)[A-Za-z]", segment.text[miss.end:miss.end + 5]) is not None


def _other_latin_language(ctx, segment_lang, term_lang, term) -> bool:
    """A slip measured against a term only the other Latin-script language writes so: the
    written word is likelier a word of the text's own language ("Francis" in English is no
    slip of Spanish "Francia"; "Guatemla" is one of a name both languages write alike)."""
    if segment_lang not in LATIN_LANGUAGES or term_lang not in LATIN_LANGUAGES or segment_lang == term_lang:
        return False
    return not term.text.isupper() and all(known.text != term.text for known in ctx.terms_in(term.concept_id, segment_lang))


def _own_language_slip(ctx, segment_lang, miss):
    """The concept's term in the text's own language that the written word is one slip from
    too ("Malyasia": Spanish Malasia, and English Malaysia with two letters swapped)."""
    return next((term for term in ctx.terms_in(miss.term.concept_id, segment_lang) if _one_slip(miss.text, term.text)), None)


def _one_slip(written: str, known: str) -> bool:
    """One edit (a letter replaced, added, left out, or two swapped) apart, case aside."""
    from rapidfuzz.distance import OSA

    return OSA.distance(written.casefold(), known.casefold(), score_cutoff=1) == 1


def _other_language_accents(ctx, located):
    """A name spelt with another language's accents ("Panama" in Spanish, "México" in
    English): the segment's language has the same letters accented otherwise."""
    lang, match = located.segment.lang, located.match
    if not lang or located.lang in (None, lang):
        return None
    for term in ctx.terms_in(match.concept_id, lang):
        if term.text != match.text and strip_accents(term.text) == strip_accents(match.text):
            return "is accented as in another language; in this one the name is", term.text
    return None


def _other_language_spelling(ctx, located):
    """A country's one-word name in English text spelt as Spanish spells it, one slip from the
    English name ("Rusia" for Russia): the writer's other language showing through, not a name
    quoted from it (none after "de"). Not the other way: Spanish in the Americas also writes
    some names as English does ("Rwanda" beside Ruanda)."""
    lang, match = located.segment.lang, located.match
    if lang != "en" or located.lang != "es" or not match.concept_id.startswith("country-") or " " in match.text:
        return None
    own = ctx.terms_in(match.concept_id, lang)
    if any(term.text == match.text for term in own) or QUOTED_FROM.search(located.segment.text[:match.start]):
        return None
    close = [term.text for term in own if _one_slip(match.text, term.text)]
    return ("is spelt as in another language; in this one the name is", close[0]) if len(close) == 1 else None


# The word before a name that belongs to a phrase quoted in Spanish ("Embajada de Rusia").
QUOTED_FROM = re.compile(r"\b(?:de|del) $")


def _lost_initial_capital(ctx, located):
    """A name of two words or more opened in lower case inside a sentence ("las naciones
    Unidas"); titles may be (Spanish writes them so) and the matcher allows that case."""
    match = located.match
    if not match.text[:1].islower() or not match.term.text[:1].isupper() or len(match.term.text.split()) < 2:
        return None
    concept = ctx.concepts.get(match.concept_id)
    if concept is None or concept.subject in ("title", "person") or match.text[1:] != match.term.text[1:]:
        return None
    return WHAT["case"], match.term.text


def _in_text_language(ctx, segment_lang, term_lang, indexed):
    """The concept's term in the text's own Latin language with the same letters as the
    name found in the other one, whatever its accents ("Panamá" for a Spanish "Panamà")."""
    if segment_lang not in LATIN_LANGUAGES or term_lang not in LATIN_LANGUAGES or segment_lang == term_lang:
        return None
    letters = strip_accents(indexed.text).casefold()
    return next((term for term in ctx.terms_in(indexed.concept_id, segment_lang)
                 if strip_accents(term.text).casefold() == letters), None)


def _ampersand_spelled_out(written: str, known: str) -> bool:
    """The base's name with its "&" written as a word ("and", "y", "e")."""
    return "&" in known and any(written.casefold() == known.casefold().replace("&", word) for word in ("and", "y", "e"))


# A coordinated name going on after a window: "… and Foreign Trade Ministry", "… y Culto".
NAME_GOES_ON = re.compile(r" (?:and|y|e|&) [A-ZÁÉÍÓÚÑ]")


def _name_goes_on(text: str, end: int) -> bool:
    """"Permanent Secretary in the Foreign Affairs and Foreign Trade Ministry": an office's
    near miss with the name going on past it, coordinated, is part of a longer office's name
    (another country's, worded its own way), not a slip in the shorter one."""
    return NAME_GOES_ON.match(text, end) is not None


def _common_noun(miss) -> bool:
    """A document's or meeting's name written all in lower case is the common noun it is made
    of ("a joint communique", "a summit"), whose spelling the base does not fix; the matcher
    reads such names so too (toolkit.index.nearmiss, CASED_SUBJECTS)."""
    return miss.text.islower() and not miss.term.text.islower() and miss.term.subject not in CASED_SUBJECTS


def _closed_up_country(miss) -> bool:
    """"트리니다드토바고", "마셜제도" for the reference data's "트리니다드 토바고", "마셜 제도": a
    Korean proper noun may be written unit by unit or closed up (한글 맞춤법 제49항; since 2017 the
    loanword rules also join 제도, 섬 and the like to the name), and the ministry closes country
    names up; only the spaces the base puts are taken out, so a space added inside a word
    ("대한 민국") is still reported."""
    return miss.term.concept_id.startswith("country-") and is_hangul(miss.text[:1]) and " " in miss.term.text \
        and " " not in miss.text and miss.text == miss.term.text.replace(" ", "")


def _compound_spaced_freely(miss) -> bool:
    """"한반도 평화프로세스": a general term's Korean compound of common nouns may be written
    apart or together at the joint of its nouns (한글 맞춤법 제50항); only a space added or
    taken out between two parts of two syllables or more is so free, not one inside a word. A
    title's spacing is the ministry's ("외교 차관" for 외교차관 is reported), a name's is its
    own, and a word the dictionary writes as one stays one ("공동 성명" for 공동성명)."""
    term = miss.term
    if not is_hangul(miss.text[:1]) or term.subject not in FREE_SPACING_SUBJECTS:
        return False
    written, known = _cuts(miss.text), _cuts(term.text)
    if written is None or known is None or written[0] != known[0]:
        return False
    joints = sorted({0, len(written[0]), *written[1], *known[1]})
    return all(min(cut - joints[joints.index(cut) - 1], joints[joints.index(cut) + 1] - cut) >= 2
               for cut in written[1] ^ known[1])


FREE_SPACING_SUBJECTS = frozenset({"general"})


def _cuts(text: str) -> tuple[str, frozenset[int]] | None:
    """The text without its spaces, and where in it the spaces were (None if it has any but
    single spaces between letters)."""
    parts = text.split(" ")
    if not all(parts):
        return None
    cuts = [len(part) for part in parts[:-1]]
    return "".join(parts), frozenset(sum(cuts[:index + 1]) for index in range(len(cuts)))


def _known_term(ctx, indexed, lang):
    """The base's Term the near miss is close to (status and type are needed)."""
    for term in ctx.terms_in(indexed.concept_id, lang):
        if term.text == indexed.text:
            return term
    return None
