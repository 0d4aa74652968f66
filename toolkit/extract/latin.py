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

from toolkit.extract.acronyms import is_acronym
from toolkit.extract.countries import find_countries, is_country_name
from toolkit.extract.vocabulary import alternation, capitalised_words, word_set, words
from toolkit.text.places import is_place_name, names_a_place

# Every Latin letter with or without diacritics (Latin-1, Extended-A and B): names of
# officials are written in their own spelling ("Mevlüt Çavuşoğlu", "Retno Marsudi", "Ebrard").
_LATIN = [chr(code) for code in range(0xC0, 0x250) if chr(code).isalpha()]
UPPER = "A-Z" + "".join(char for char in _LATIN if char.isupper())
LOWER = "a-z" + "".join(char for char in _LATIN if char.islower())
# A capitalised token: Korea, U.S., Vice-Ministerial; a full stop only inside an abbreviation
# ("U.S."), never at a sentence's end ("... de Corea. También").
CAP = rf"(?:(?:[{UPPER}]\.){{2,}}|[{UPPER}][{UPPER}{LOWER}0-9’'\-]*)"
# Without the possessive of a name ("Indonesia's Agency"), with a plural's ("Correspondents’ Club").
ORG_CAP = rf"(?:(?:[{UPPER}]\.){{2,}}|[{UPPER}][{UPPER}{LOWER}0-9\-]*(?:(?<=s)’)?)"
NAME = (rf"(?:(?:Ma?c|La|Le|De|Di|Du|Van|Von)(?=[{UPPER}])|O['’](?=[{UPPER}])|al(?=[{UPPER}]))?"
        rf"[{UPPER}][{LOWER}]+(?:['’](?!s\b)[{LOWER}]+)*"
        # Choi, McClean, LaRocque, DeSantis, Va’aletoa, Tupouto'a (not a possessive's 's), alFaisal
        rf"(?:-[{UPPER}{LOWER}][{LOWER}]+|–[{LOWER}]{{2,}})?")  # Jeong-sik; Seung–bae (an en dash for the hyphen)
# Tongan, Samoan and Hawaiian write a glottal stop (the ʻokina) before a word's first letter,
# typed as an apostrophe or a turned comma: "'Aisake", "ʻUlukalala"
POLYNESIAN = rf"(?:[ʻ'‘](?=[{UPPER}][{LOWER}]))?"
ACRONYM = r"[A-Z]{2,10}"
CONNECTORS = {"en": r"(?:and|of|for|on|the)",
              "es": r"(?:de|del|de la|de las|de los|para|para la|para el|para los|para las|y|e|la|el|las|los)"}
OF = {"en": r"(?:of|for) (?:the )?", "es": r"(?:de|del) (?:la |las |los )?"}
CONJUNCTION = {"en": r"(?:,? and |,? & |, )", "es": r"(?: y | e |, )"}  # "Trade, Industry & Energy"


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
        # a portfolio qualified by one adjective in the singular: "Planificación Nacional", "Política Económica"
        singular = rf"(?: [{UPPER}][{LOWER}]+(?:al|ar|ic[ao]|iv[ao]|ior|ari[ao]|ense)(?![\w\-]))?"
        portfolio = rf"(?:{noun} {adjective}(?: (?:y|e) {adjective})*|(?:{portfolio}){singular})"
    one = rf"(?:(?!\S*['’]s ){CAP}(?: | y | e | and )){{0,4}}{portfolio}"  # a possessive is no field's: "Korea's Trade"
    return rf"{one}(?:{CONJUNCTION[language]}{one})*"


def name_particle(language: str) -> str:
    """An optional lower-case part before a name part: "al-Assad", "de la Fuente"."""
    particles = [re.escape(p) if p.endswith("-") else re.escape(p) + " " for p in words(language, "name_particle")]
    return "(?:" + "|".join(particles) + ")?"


def spanish_field() -> str:
    """A Spanish title's field: capitalised words, joined by "y", "de", articles and commas
    ("Asuntos Multilaterales y Cooperación", "América Latina y el Caribe", "Departamento de
    Protocolo"); where a country begins, the title ends (see `without_country`)."""
    word = rf"(?:[{UPPER}][{UPPER}{LOWER}.\-]*(?<!\.)|[{UPPER}]+(?:\.[{UPPER}]+)+\.)"  # a full stop ends it, save an abbreviation's
    joint = r"(?: y| e)? (?:(?:de|del|de la|de los|de las|el|la|los|las) )?"
    # a comma joins only the portfolios right after the title's "de", in a list closed by
    # "y"/"e" ("Comercio, Industria y Turismo"); a comma alone is where the holder's name
    # follows ("ministro de Comercio, Germán Umaña"), and "de Chile, Perú y Colombia" lists countries
    listed = rf"(?:, {word}(?: {word})?)+ (?:y|e) {word}"
    return rf"{word}(?: {word})?(?:{listed})?(?:{joint}{word})*"  # "Asuntos Exteriores, Unión Europea y Cooperación"


HYPHENATED_QUALIFIER = "(?:-elect|-designate|-in-Office|-in-Chief|-at-Large)"
SPACED_QUALIFIER = " (?:Designate|Elect)(?![\\w-])"  # "High Commissioner Designate", as some governments write it


@lru_cache(maxsize=None)
def title_pattern(language: str) -> re.Pattern:
    """A title, without its holder: "Vice Minister of Foreign Affairs", "viceministra
    encargada de Asuntos Multilaterales", "expresidente"."""
    head = alternation(language, "title_head")
    modifier = alternation(language, "title_modifier")
    if language == "en":
        # in the plural before its holders' names ("Presidents Guillermo Lasso, Luis Arce and …")
        head = "(?:" + head + "|" + "|".join(re.escape(english_plural(word)) for word in words(language, "title_head")
                                             if not word.endswith("s")) + ")"
        domain = rf"(?: {OF[language]}(?P<field>{field(language)}))?"
        lower = rf"(?:{_lowered(language, 'title_modifier')} )*{_lowered(language, 'title_head')}"
        # portfolios joined by "and" before the head: "Foreign Affairs and Foreign Trade Minister";
        # a portfolio word before it names the office too: "Education Minister", "Defense Vice Minister"
        portfolio = rf"(?:{alternation(language, 'portfolio')} )?"
        # a hyphenated qualifier is part of the office: "President-elect", "Chairperson-in-Office"
        body = rf"(?:{portfolio}(?:{modifier}[ -](?:and (?={modifier} ))?)*{head}(?:{HYPHENATED_QUALIFIER}|{SPACED_QUALIFIER})?{domain}|{lower})"
    else:
        # in lower case, or with only its first letter lowered ("secretario de Estado")
        lowered = {form for word in words(language, "title_head") for form in (word.lower(), word[0].lower() + word[1:])}
        lower_head = "(?:" + "|".join(re.escape(word) for word in sorted(lowered, key=lambda form: (-len(form), form))) + ")"
        plurals = {form for word in words(language, "title_head") if not word.split(" ")[0].endswith("s")
                   for plural in [spanish_plural(word)] for form in (plural, plural.lower(), plural[0].lower() + plural[1:])}
        plural_head = "(?:" + "|".join(re.escape(word) for word in sorted(plurals, key=lambda form: (-len(form), form))) + ")"
        lower_modifier = "(?:" + "|".join(re.escape(word.lower()) for word in words(language, "title_modifier")) + ")"
        acting = alternation(language, "title_acting")
        adjective = "(?:" + "|".join(rf"[{word[0]}{word[0].lower()}]{re.escape(word[1:])}"
                                     for word in words(language, "title_adjective")) + ")"
        # a portfolio may name its region after "para" ("de Asuntos Exteriores para Iberoamérica y el Caribe")
        region = rf"(?: para (?:la |el )?{ORG_CAP}(?: {ORG_CAP})*(?: (?:y|e) (?:el |la )?{ORG_CAP}(?: {ORG_CAP})*)?(?=[,.;]|$))?"
        domain = rf"(?: (?:de|del|para) (?:la |el |los |las )?(?P<field>{spanish_field()}){region})?"
        # a demonym between the head and its field: "el ministro boliviano de Exteriores"
        demonym = rf"(?: (?:{SPANISH_DEMONYM}|[{LOWER}]{{2,}}ic[oa])(?= (?:de|del) [{UPPER}]))?"  # "británico" too
        # the first of several holders, before the field ("viceministro primero del Comercio Exterior")
        first = r" [Pp]rimer[oa](?= (?:de|del) )"
        body = (rf"(?:(?:{modifier}|{lower_modifier}) )?(?:ex-?)?(?:{head}|{lower_head}){demonym}(?: {adjective}|{first})?(?: {acting})?"
                rf"{domain}(?: {acting})?")
        # a title in the plural, before its holders' names ("los presidentes del Consejo Europeo, Herman …"):
        # it finds them, but names no one office (as "los presidentes de México, Ana … y de Colombia, Luis …")
        # (its adjective in the plural too: "los Coordinadores Nacionales y …" names no holder "Nacionales")
        plural_adjective = "(?:" + "|".join(sorted({rf"[{word[0]}{word[0].lower()}]{re.escape(spanish_plural(word)[1:])}"
                                                     for word in words(language, "title_adjective")})) + ")"
        body += (rf"|(?P<plural>{plural_head}(?: {plural_adjective}|(?! {plural_adjective}(?![\w]))))"
                 rf"(?={domain.replace('?P<field>', '?:')},? [{UPPER}][{LOWER}])")
    return re.compile(rf"(?<![\w.])(?P<title>{body})(?![\w])")


def english_plural(title: str) -> str:
    """A title's English plural, its last word inflected ("Prime Ministers", "Secretaries
    General" aside: English pluralises a title's last word, and "-y" after a consonant gives "-ies")."""
    head, _, last = title.rpartition(" ")
    last = last[:-1] + "ies" if re.search(r"[^aeiou]y$", last) else last + "s"
    return f"{head} {last}" if head else last


@lru_cache(maxsize=None)
def singular_heads_in_s() -> tuple[str, ...]:
    """English title heads that end in "s" and are no other head's plural ("Chargé d'Affaires",
    "Princess")."""
    heads = words("en", "title_head")
    plurals = {english_plural(head) for head in heads}
    return tuple(head for head in heads if head.endswith("s") and head not in plurals)


def is_english_plural(title: str) -> bool:
    """Whether an English title names several holders ("the Ministers"), not one whose head
    ends in "s" ("the Chargé d'Affaires")."""
    return title.endswith("s") and not title.endswith(singular_heads_in_s())


def spanish_plural(title: str) -> str:
    """A Spanish title in the plural, its first word inflected ("presidentes del Consejo",
    "secretarias de Estado", "cancilleres", "reyes"), by the Spanish spelling rules for the
    plural of nouns: -s after a vowel, -es after a consonant, z becoming c, and a last syllable
    that carries a written accent losing it ("sultán", "sultanes")."""
    first, _, rest = title.partition(" ")
    if first[-1].lower() in "aeiouáéó":
        plural = first + "s"
    elif first.endswith("z"):
        plural = first[:-1] + "ces"
    else:
        plural = first[:-2] + first[-2].translate(UNSTRESSED) + first[-1] + "es"
    return f"{plural} {rest}" if rest else plural


UNSTRESSED = str.maketrans("áéíóú", "aeiou")


def _lowered(language: str, category: str) -> str:
    """The category's words in lower case, as a regex group ("foreign", "minister")."""
    return "(?:" + "|".join(sorted({re.escape(word.lower()) for word in words(language, category)}, key=len, reverse=True)) + ")"


def person_name(language: str, parts: str = "{0,3}") -> str:
    """A person's name: name parts ("Choi Jong Kun", "Carlos de Icaza"), middle initials
    ("James D. Wolfensohn", "Retno L. P. Marsudi", "Retno LP Marsudi"), initials first ("A. M. Fachir"), a surname
    in capitals first ("PARK Cheol Hee"), a regnal number last ("Tuimalealiifano Vaaletoa Sualauvi II"),
    a surname opened by its particle ("canciller De la Fuente"), a word opened by a glottal
    stop's mark ("'Aisake Eke", "Tupouto'a 'Ulukalala")."""
    initials = rf"(?:[{UPPER}]\. ?){{0,2}}[{UPPER}]\.(?= {NAME})"  # "A. M. Fachir", "A.M. Fachir"
    surname_first = rf"(?:De(?: la| las| los)?|Del) {NAME}"  # a surname with its particle, named alone: "De la Fuente"
    first = rf"(?:{surname_first}|{POLYNESIAN}{NAME}|[{UPPER}]{{2,}}(?= {NAME})|{initials})"
    return (rf"{first}(?: (?:[{UPPER}]\. ){{0,2}}(?:[{UPPER}]{{2}} (?={NAME}))?{name_particle(language)}{POLYNESIAN}{NAME}){parts}"
            rf"(?: {REGNAL}(?![\w\-]))?")


# A Spanish adjective that qualifies an event, capitalised as part of its name: "Empresarial",
# "Ministerial", "Parlamentario", "Académico", "Consultivo"
MEETING_ADJECTIVE = rf"[{UPPER}][{LOWER}]+(?:al|ar|ari[oa]|ic[oa]|tiv[oa]|american[oa])"  # "Cumbre Iberoamericana"
# Endings of Spanish adjectives that no name has ("Parlamentario", "Administrativa", "Provincial")
ADJECTIVE_SHAPE = re.compile(rf"[{UPPER}][{LOWER}]+(?:ari[oa]|tiv[oa]|cional|ncial|mental|cipal)")
# A Spanish demonym: "chileno", "surinamés", "costarricense", "hondureña", "iraní", "guatemalteco", "española".
# (and "turco", "egipcio", "ruso", "alemán": -co, -io, -so, -án; not -go: "el amigo X")
SPANISH_DEMONYM = r"[a-záéíóúñü]{2,}(?:an[oa]|e[nñ][oa]|és|esa|ense|in[oa]|[íú]|tec[oa]|uay[oa]|ñola?|án|c[oa]|i[oa]|s[oa])"
REGNAL = r"(?:II|III|IV|VI|VII|VIII)"  # "Felipe VI", "Carlos III" (I, V and X alone are also initials)


@lru_cache(maxsize=None)
def holder_pattern(language: str) -> re.Pattern:
    """The person right after a title: "Choi Jong Kun", ", Marcelo Ebrard", "señor Lee"; in
    Spanish a demonym may come between ("canciller guatemalteco, Pedro Brolo")."""
    honorific = alternation(language, "honorific")
    demonym = rf"(?: [{LOWER}]+)?(?=,)" if language == "es" else "(?!)"
    # English never writes a title's field with "de", so there it begins a surname ("Undersecretary de Icaza").
    particle = name_particle(language) if language == "en" else ""
    return re.compile(rf"(?:{demonym})?(?P<comma>,)? (?:{honorific} ){{0,2}}(?P<holder>{particle}{person_name(language)})(?![\w])")


@lru_cache(maxsize=None)
def ministry_pattern(language: str) -> re.Pattern:
    head = alternation(language, "ministry_head")
    if language == "en":
        prefix = alternation(language, "ministry_prefix")
        after_field = rf"(?:{head}|{alternation(language, 'department')})"  # "State Department"
        # portfolios joined by "and" before the head: "Foreign Affairs and Foreign Trade Ministry"
        return re.compile(rf"(?<![\w.])(?:{head} {OF[language]}{field(language)}|(?:{prefix}(?: {CAP})? and )?(?:{prefix} ){{1,2}}{after_field})(?![\w])")
    alone = alternation(language, "ministry_alone")
    lower_alone = "(?:" + "|".join(re.escape(word.lower()) for word in words(language, "ministry_alone")) + ")"
    # a writer may set the head in lower case; the capitalised field still makes it a name
    # ("en la sede del ministerio de Asuntos Exteriores")
    lower_head = "(?:" + "|".join(re.escape(word.lower()) for word in words(language, "ministry_head")) + ")"
    return re.compile(rf"(?<![\w.])(?:(?:{head}|{lower_head}) {OF[language]}{field(language)}|{alone}|{lower_alone})(?![\w])")


_UNIT_ORDINALS = r"(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth)"
_TENS = r"(?:[Tt]went|[Tt]hirt|[Ff]ort|[Ff]ift|[Ss]ixt|[Ss]event|[Ee]ight|[Nn]inet)"  # + "y" or "ieth"
# "26th", "2014", "Sixth", "Eighteenth", "Twenty-Sixth", "Fortieth"
ORDINAL_WORD = (rf"(?:{_TENS}y-{_UNIT_ORDINALS}|{_TENS}ieth"
                rf"|(?:[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen)th"
                rf"|{_UNIT_ORDINALS}|[Tt]enth|[Ee]leventh|[Tt]welfth)")
ORDINAL = rf"(?:\d+(?:st|nd|rd|th)|\d{{4}}|{ORDINAL_WORD})"
ROMAN = r"(?:[IVXLC]{1,7})"
# Spanish ordinals: Roman, "18ª" (or "52°", the degree sign keyboards give), a bare session number
# ("la 29 Reunión", "el 78 periodo de sesiones"), a year, or a word up to the twentieth ("decimoséptima"; RAE, Ortografía 2010,
# ordinals written as one word).
_UNITS = r"(?:[Pp]rimer[ao]?|[Ss]egund[ao]|[Tt]ercer[ao]?|[Cc]uart[ao]|[Qq]uint[ao]|[Ss]ext[ao]|[Ss][ée]ptim[ao]|[Oo]ctav[ao]|[Nn]oven[ao])"
SPANISH_JOINERS = ("de", "del", "en", "con", "para", "por", "sobre", "entre", "que", "como", "desde", "hasta")
SPANISH_ORDINAL = (rf"(?:{ROMAN}[ªº]?|\d+[ªº°ᵃᵒ]|\d{{1,3}}(?= [A-Z]| per[ií]odo de sesiones)|\d{{4}}|(?:[Dd]ecimo|[Vv]ig[ée]simo ?)?{_UNITS}"
                   rf"|[Dd][ée]cim[ao]|[Uu]nd[ée]cim[ao]|[Dd]uod[ée]cim[ao]|[Vv]ig[ée]sim[ao])")
NAMED = r"(?:[A-Z]{2,}[0-9]*|[A-Z][0-9]{1,2}(?:[A-Z]{1,3}(?![\w]))?)"  # an acronym, G20 and P4G included
FORMAL_STATE = r"(?:Republic|Kingdom|Federation|Commonwealth|Principality|Sultanate|State)"
# An acronym written after its long form without brackets ends the name when "y" follows:
# "la Agencia de Cooperación Internacional de Corea KOICA y Costa Rica" is a name, its
# acronym, and a country.
UNJOINED_CAP = rf"(?![{UPPER}]{{2,}} (?:y|e) ){ORG_CAP}"
# "and" inside an organization's name joins adjectives ("Latin American and Caribbean Affairs
# Bureau") or the abstract nouns of fields ("Education and Human Resources Council", "Science and
# Technology Committee"), not two names ("Mike Moore and World Bank").
ADJECTIVE_AND = r"(?:(?<=an |rn |al |ic |se |sh |ch |ry |ve |rs )|(?<=ion |ity |nce |ent |ogy |ure |rgy ))and "


@lru_cache(maxsize=None)
def organization_patterns(language: str) -> dict[str, re.Pattern]:
    """"Office of the U.S. Vice President", "U.S. Department of State", "World Trade
    Organization", "Banco Centroamericano de Integración Económica"; the name goes on through
    "of/for/on/to (the) ..." ("Economic Commission for Latin America and the Caribbean",
    "Permanent Mission to the UN")."""
    head = alternation(language, "org_head")
    field_head = alternation(language, "org_field_head")
    connector = CONNECTORS[language]
    if language == "en":
        tail = alternation(language, "org_tail")
        prefix = rf"(?:(?:U\.S\.|[A-Z]{{2,5}}|{alternation(language, 'demonym')}) )?"  # "ROK Mission to ASEAN"
        word = rf"(?:{alternation(language, 'region')}|{ORG_CAP}|{NAMED})"  # a region's name may hold "and the"
        # a comma joins the items of one list closed by "and" ("… of Trade, Industry and Energy"),
        # not the names of a list of bodies ("… Technology, Korea Transportation Institute, Busan …")
        words_ = (rf"{word}(?:(?: (?:and|&|of|for|on)(?: the)?| the)? {word}"
                  rf"|(?:, {word}(?: {word})?)+,? (?:and|&) {word}){{0,5}}")
        institution = rf"(?:{alternation(language, 'ministry_head')}|[A-Z]{{2,}})\b"
        # "and the" would join two names; "of the" goes on one ("Council of Ministers of the Pacific Alliance")
        head_words = rf"{word}(?:(?: (?:and|&|of|for|on)| of the)? {word}){{0,4}}"
        complement = rf"(?: (?:of|for|on|to) (?:the )?(?!{institution}){words_})?"  # "Bureau of the Ministry": two names
        title = rf"(?:{alternation(language, 'title_modifier')} )*{alternation(language, 'title_head')}"
        return {
            # a mission "to" a body names that one body ("Mission to ASEAN", not "… and AKPMT")
            # (not the office of a title: "Chairperson-in-Office of the …"), perhaps ending in its part
            # of the world ("… Co-operation in Europe")
            "organization-head-of": re.compile(rf"(?<![\w.-]){prefix}{head} (?:(?:of|for) (?:the )?{head_words}"
                                               rf"(?: in {alternation(language, 'continent')})?"
                                               rf"|to (?:the )?{word}(?:(?: of| of the)? {word}){{0,4}})(?![\w])"),
            # only a post abroad names its place ("Embassy of Bolivia in the Republic of Korea")
            "organization-post-in": re.compile(rf"(?<![\w.]){alternation(language, 'post_head')} of (?:the )?{ORG_CAP}(?: {ORG_CAP}){{0,2}}"
                                               rf" in (?:the )?{ORG_CAP}(?: (?:of|of the) {ORG_CAP}| {ORG_CAP}){{0,3}}(?![\w])"),
            # a country's post named by its adjective ("the Guatemalan Embassy"), an office by its holder's title
            "organization-post": re.compile(rf"(?<![\w.]){alternation(language, 'demonym')} {alternation(language, 'post_head')}(?![\w])"),
            "organization-office-of-title": re.compile(rf"(?<![\w.]){title}['’]s Office(?![\w])"),
            "organization-of-field": re.compile(rf"(?<![\w.]){prefix}{field_head} of (?:the )?{field(language)}(?![\w])"),
            "organization-tail": re.compile(
                rf"(?<![\w.]){word}(?: (?:{ADJECTIVE_AND}|& )?{word}){{0,5}} {tail}{complement}(?![\w])"),
            "organization-legislature": legislature_pattern(language),
        }
    # "Embajada de Colombia en Corea del Sur", "… en la República de Corea"
    place = rf"(?: en (?:la |el )?{ORG_CAP}(?: (?:de |del )?{ORG_CAP}){{0,2}})?"
    # "y el Caribe" goes on a name; "y el Director General", "y la Declaración de Panamá" start another
    another = "|".join([alternation(language, category) for category in ("title_head", "document", "meeting", "org_head",
                                                                          "ministry_head")] + [STATE_NOUN.pattern])
    # a list of fields ("Grupo de Trabajo de Comercio, Inversión, Turismo y Pymes de FOCALAE")
    fields = rf"(?:(?:, {ORG_CAP})+ (?:y|e) {ORG_CAP})?"
    listed = rf"{UNJOINED_CAP}{fields}"
    # after "de", "del", ... an acronym is the body the name is of ("Consejo de Seguridad de la ONU y …")
    joined = rf"{ORG_CAP}{fields}"
    to_the = rf"al (?!(?:{another})\b)"
    # "y"/"e" before an acronym starts another body ("la Alianza del Pacífico y ASEAN")
    step = rf"(?: (?:(?:{to_the}|(?!(?:y|e) [{UPPER}]{{2,}}(?![\w])){connector} ){joined}|{listed}))"
    # a list whose items repeat the article, closed by "y"/"e" and that article ("para la Educación,
    # la Ciencia y la Cultura"); a list of bodies changes article ("de Economía, la Cancillería y el …")
    parallel = rf"(?:, (?P=article) {ORG_CAP}(?=, (?P=article) | (?:y|e) (?P=article) ))*"
    after_of = rf"(?: (?:{to_the}|(?:de|del|para)(?: (?P<article>la|el|los|las))? ){joined}{parallel})"
    # "y el", "y la" coordinate a field after its "de" or "para" ("Organización para la Seguridad y la
    # Cooperación …", "… de América Latina y el Caribe"); right after the name's own words they join
    # another name ("Unión Africana y el Reino Unido")
    coordinated = rf"(?: (?:y|e) (?:el|la|los|las) (?!(?:{alternation(language, 'title_modifier')} )?(?:{another})\b){listed})"
    words_ = rf"(?:{step}{{0,4}}{after_of}(?:{step}|{coordinated}){{0,4}}|{step}{{1,6}})"
    # (a document's head that opens like a body's is the document: "Asociación Estratégica Integral")
    document_head = "|".join(re.escape(word) for word in words(language, "document") if " " in word)
    return {
        "organization-head": re.compile(rf"(?<![\w.])(?!(?:{document_head})\b){head}{words_}(?![\w])"),
        # only a post abroad names its place ("Embajada de Corea en Guatemala"); a body's meeting
        # place is no part of its name ("Asamblea General de Naciones Unidas en Nueva York")
        "organization-post": re.compile(rf"(?<![\w.]){alternation(language, 'post_head')}{words_}{place}(?![\w])"),
        # in lower case, a post abroad with both its country and its place ("la embajada de Ecuador en
        # Rabat", "la embajada surcoreana en México"); "la embajada en Corea" names no one post
        "organization-post-lower": re.compile(rf"(?<![\w.])(?:embajada|consulado(?: general)?) (?:(?:de|del) (?:la |el )?"
                                              rf"{ORG_CAP}(?: (?:de |del )?{ORG_CAP}){{0,3}}|{SPANISH_DEMONYM})"
                                              rf" (?:en|ante) (?:la |el )?{ORG_CAP}(?: (?:de |del |y )?{ORG_CAP}){{0,3}}(?![\w])"),
        "organization-of-field": re.compile(rf"(?<![\w.]){field_head} {OF[language]}{field(language)}(?![\w])"),
        "organization-legislature": legislature_pattern(language),
    }


def legislature_pattern(language: str) -> re.Pattern:
    """A country's legislature named by its word alone, capitalised ("approved by Congress", "el
    Parlamento aprobó"), or after the country's adjective ("the Kenyan Senate"): not a place
    ("at Parliament"), nor the head of a longer name ("Parliament of Fiji", "Congreso de los
    Diputados", "World Congress"), which other patterns take whole."""
    demonym = rf"(?:{alternation(language, 'demonym')} )?" if language == "en" else ""
    after = "|".join(rf"(?<=\b{word} )" for word in LEGISLATURE_AFTER[language])
    return re.compile(rf"(?:^|{after}){demonym}{alternation(language, 'legislature')}(?![\w’'-])(?! (?:of|de|del|[A-ZÁÉÍÓÚ]))")


# the words a legislature named alone follows: an article, "by", "to", "and" (not "at", "in": a place)
LEGISLATURE_AFTER = {"en": ("the", "The", "by", "to", "and", "from"), "es": ("el", "El", "al", "del", "y", "por")}


@lru_cache(maxsize=None)
def months_in_capitals() -> str:
    """The months' names as a dateline sets them in capitals ("SEPTEMBER", "SEPTIEMBRE")."""
    from babel.dates import get_month_names

    return "(?:" + "|".join(sorted({name.upper() for locale in ("en", "es") for name in get_month_names("wide", locale=locale).values()})) + ")"


# A session of a treaty's Conference (or Meeting) of the Parties by its acronym and number, in
# every language ("COP26", "COP 28", "CMA5"; the UNFCCC's own names for its sessions)
PARTIES_SESSION = re.compile(r"(?<![\w.])(?:COP|CMP|CMA|MOP)[ -]?\d{1,2}(?![\w])")


@lru_cache(maxsize=None)
def meeting_patterns(language: str) -> dict[str, re.Pattern]:
    """Meetings: a partner pair ("Korea-SICA Summit"), an acronym ("MIKTA Foreign Ministers’
    Meeting", "G20 Meeting of Foreign Affairs Ministers"), or an ordinal or year with
    capitalised words ("52nd Munich Security Conference", "14th Ministerial Meeting"), up to a
    meeting head; an ordinal or year before the name belongs to it ("the 8th MIKTA ...").
    Spanish puts the head first: "VI Reunión de la Comisión Mixta ... Perú-Corea",
    "Cumbre Corea-SICA", "Reunión de consultas políticas China – Colombia" (lower-case words
    allowed before the partner pair that anchors the name)."""
    meeting = alternation(language, "meeting")
    lower = "(?:" + "|".join(re.escape(word.lower()) for word in words(language, "meeting")) + ")"
    # After an acronym, "summit" or "session" names a meeting ("G20 summit"); "meeting" only
    # describes one ("a UN General Assembly meeting").
    lower_named = "(?:" + "|".join(re.escape(word.lower()) for word in words(language, "meeting") if word != "Meeting") + ")"
    connector = CONNECTORS[language]
    # in English the first partner may be a state's formal name: "Republic of Korea-EU Summit"
    formal = rf"(?:{CAP} )?{FORMAL_STATE} of (?:the )?{CAP}|" if language == "en" else ""
    pair = rf"(?:{formal}{CAP}|{NAMED})(?: {CAP})*?[-–](?:{CAP}|{NAMED})(?:[-–](?:{CAP}|{NAMED}))*"
    if language == "en":
        gloss = r"(?: \([^()]{3,80}\))?"
        # "... on Climate Change", "... to the UN Framework Convention", "... between SICA and Chile"
        # (both: "Joint Ministerial Meeting of the Strategic Dialogue between the GCC and Turkey")
        party = rf"(?:the )?{CAP}(?: (?:of |of the )?{CAP})*"  # "the Republic of Turkey"
        complement = (rf"(?: (?:on|of|for|to) (?:the )?{CAP}(?: (?:and|of|for|on|to|the|(?:and|of|to|on) the) {CAP}| {CAP})*)?"
                      rf"(?: between {party} (?:and|&) {party})?")
        ordinal = rf"(?:{ORDINAL} )?"
        return {
            "meeting-of-parties": PARTIES_SESSION,
            # (perhaps qualified in lower case: "the sixth ROK-Russia strategic dialogue")
            "meeting-partners": re.compile(
                rf"(?<![\w.]){ordinal}{pair}(?: (?:(?:for|of|on|and|and the|the) )?(?:{CAP}|\d{{4}}|\d\+\d))*"
                rf"(?: (?:[a-z]+(?:ic|al|ary|ive)|[a-z]+-level))? (?:{meeting}|{lower})(?: {lower})?"
                rf"{complement}(?![\w])"),
            "meeting-acronym": re.compile(
                rf"(?<![\w.]){ordinal}(?:{CAP} )*{NAMED}{gloss}(?: {CAP})* (?:{meeting}{complement}|{lower_named})(?![\w])"),
            # a numbered assembly is one of its sessions ("72nd United Nations General Assembly"), and so
            # is a council numbered as Spanish numbers sessions ("XXII Andean Presidential Council")
            "meeting-numbered": re.compile(
                rf"(?<![\w.])(?:{ORDINAL} (?:{CAP} ){{1,4}}?(?:{meeting}|Assembly)|{ROMAN} (?:{CAP} ){{1,4}}?Council)"
                rf"{complement}(?![\w])"),
            # a second head goes on the name: "Sixth Strategic Dialogue Meeting"
            "meeting-named": re.compile(
                rf"(?<![\w.])(?:(?:{CAP} ){{2,4}}?|{CAP}-{CAP} ){meeting}(?: {meeting})?{complement}(?![\w])"),
            # the head first, its "of" naming who meet: "Meeting of Ministers of the Pacific Alliance",
            # "Summit of the Americas"
            "meeting-of-members": re.compile(
                rf"(?<![\w.]){meeting} of (?:the )?{CAP}(?: (?:of|of the|for|on|and|and the) {CAP}| {CAP})*(?![\w])"),
            # "APEC 2024", "Manama Dialogue 2023"; not a date in capitals ("09 SEPTEMBER 2017")
            "meeting-of-year": re.compile(rf"(?<![\w.])(?:(?!{months_in_capitals()} ){NAMED}|{CAP} {meeting}) \d{{4}}(?![\w])"),
            # a numbered meeting of a group in lower-case words: "the 17th MIKTA foreign ministerial
            # level meeting" (a number names one meeting; "a MIKTA meeting", "their first MIKTA
            # meeting" describe one)
            "meeting-numbered-lower": re.compile(
                rf"(?<![\w.])\d{{1,3}}(?:st|nd|rd|th) {NAMED}(?: [a-z]+){{0,4}} (?:{lower})(?![\w])"
                # or a body's capitalised name: "the 48th IGAD Council of Ministers meeting"
                rf"|(?<![\w.])\d{{1,3}}(?:st|nd|rd|th) (?:{CAP}|{NAMED})(?: (?:(?:of|of the|and|for) )?(?:{CAP}|{NAMED})){{1,6}}"
                rf" (?:{lower})(?![\w])"),
            # "the 79th session of the United Nations General Assembly": a numbered sitting of a body
            # ("21st Conference of Parties to the UN Framework Convention on Climate Change")
            "meeting-session": re.compile(
                rf"(?<![\w.]){ORDINAL} (?:{meeting}|{lower}|[Ss]ession|[Ss]itting) of (?:the )?(?:{CAP}|{NAMED})"
                rf"(?: (?:and|of|for|on|to|the|(?:and|of|for|on|to) the) {CAP}| {CAP}| \((?:{NAMED})\))*(?![\w])"),
        }
    spaced = rf"{CAP} [-–] {CAP}"  # "Corea - Centroamérica"
    word = rf"(?:{spaced}|{pair}|{CAP}|{NAMED})"
    anchor = rf"(?:{spaced}|{pair}|{NAMED})"
    ordinal = rf"(?:{SPANISH_ORDINAL} )?"
    between = rf"(?: entre (?:la |el |los |las )?{CAP}(?: {CAP})* (?:y|e) (?:la |el |los |las )?{CAP}(?: (?:de |del )?{CAP})*)?"
    caps = rf"(?: (?:{connector} ){{0,2}}{word}(?:, {CAP})*)"
    # "la primera sesión de la III Reunión de …": a sitting of a numbered meeting, which is the name
    of_numbered = rf"(?! (?:{connector} ){{1,2}}{SPANISH_ORDINAL} )"
    # a head that names only events, capitalised inside a sentence with capitalised words after
    # its "de": Spanish writes it so only for a proper name ("la Reunión de Altos Funcionarios")
    event = "(?:" + "|".join(re.escape(head) for head in words(language, "meeting")
                             if head.split()[0] not in words(language, "org_head")) + ")"
    # a meeting's head that is no standing body's name ("Asamblea General", "Comisión Mixta": a body
    # that sits in sessions)
    sitting = "(?:" + "|".join(re.escape(head) for head in words(language, "meeting")
                               if " " not in head or head.split()[0] not in words(language, "org_head")) + ")"
    # who meets or what about, capitalised: "… de las Naciones Unidas sobre el Cambio Climático"
    topic = (rf"(?: (?:de|del|sobre) (?:la |el |los |las )?{CAP}"
             rf"(?: (?:(?:{connector} ){{1,2}}|sobre (?:la |el |los |las )?)?{CAP}){{0,8}})?")
    # the heads of state and government who meet, in the formula's lower case, then whose they are
    # or the year ("VII Cumbre de los jefes de Estado y de Gobierno de los países miembros de la
    # Asociación …", "Cumbre Iberoamericana de Jefes de Estado y de Gobierno de 2016")
    whose = rf"(?: de (?:la |el |los |las )?(?:países miembros de (?:la |el )?)?{CAP}(?: (?:de |del |de la |y |e )?{CAP}){{0,6}}| de \d{{4}})?"
    leaders = rf" de (?:los |las )?[Jj]efes(?: y [Jj]efas)? de Estado y (?:de )?Gobierno{whose}"
    return {
        "meeting-of-parties": PARTIES_SESSION,
        "meeting-of-leaders": re.compile(rf"(?<![\w.])(?:{SPANISH_ORDINAL} )?{meeting}(?: {MEETING_ADJECTIVE})?{leaders}(?![\w])"),
        # its topic goes on the name: "… de las Naciones Unidas sobre el Cambio Climático"
        "meeting-named": re.compile(
            rf"(?<=[^\s.!?:] ){event} (?:de|del|sobre) (?:la |el |los |las )?{CAP}"
            rf"(?: (?:(?:{connector} ){{1,2}}|sobre (?:la |el |los |las )?)?{CAP}){{1,8}}(?![\w])"),
        # or with an adjective capitalised after it ("el Encuentro Empresarial"); after a demonstrative
        # it points back to a meeting named before ("esta Mesa Redonda Especial")
        "meeting-qualified": re.compile(rf"(?<=[^\s.!?:] )(?<!\besta )(?<!\beste )(?<!\bdicha )(?<!\bdicho )"
                                        rf"{event} {MEETING_ADJECTIVE}{topic}(?![\w])"),
        # (a standing body's name names a meeting only numbered: "la Asamblea General de la ONU" is the
        # body, "la 78ª Asamblea General de la ONU" one of its sessions)
        "meeting-anchored": re.compile(
            rf"(?<![\w.])(?:{SPANISH_ORDINAL} {meeting}|{sitting})(?: (?:{connector} )?(?:{CAP}|[{LOWER}]{{4,}})){{0,5}}?"
            rf" (?:{connector} )?{anchor}(?![\w])"),
        # after an ordinal, a lower-case head names a session too, when capitalised words
        # follow ("la 18ª reunión de ministros de Relaciones Exteriores de MIKTA"), and so does
        # a body's edition ("la XII edición de la Comisión Binacional …"; "la 19ª edición del Diálogo de
        # Manama" is the meeting's own name, after it)
        "meeting-numbered": re.compile(
            rf"(?<![\w.]){SPANISH_ORDINAL} (?:{meeting}{caps}*|(?:{lower}|edición(?! (?:de|del) (?:la |el )?{meeting}\b))(?: {connector} [{LOWER}]{{4,}})?{of_numbered}{caps}+)"
            rf"{between}(?![\w])"),
        # a number in Roman or with its ordinal sign names one event even in lower-case words
        # ("la IX cumbre empresarial"); a word ("la primera cumbre") only counts them
        "meeting-numbered-lower": re.compile(
            rf"(?<![\w.])(?:{ROMAN}|\d+[ªº]) {lower}(?: (?!(?:{'|'.join(SPANISH_JOINERS)})\b)[{LOWER}]{{4,}})?(?![\w])"),
    }


# the years a plan runs belong to its name ("Plan of Action (2016-2020)", "Plan de Acción 2021-2025")
PERIOD = r"(?: \(\d{4}[-–]\d{4}\)| \d{4}[-–]\d{4})?"


@lru_cache(maxsize=None)
def document_pattern(language: str) -> re.Pattern:
    """"Joint Communiqué on the Situation in ...", "ROK-Colombia FTA", "Shanghai Accord",
    "Acuerdo de Libre Comercio entre Chile y Corea"."""
    document = alternation(language, "document")
    modifier = alternation(language, "document_modifier")
    agreement = alternation(language, "acronym_document")
    genus = rf"(?i:{alternation(language, 'agreement_genus')})(?: \((?:{agreement})\))?"  # spelled out, its acronym after
    pair = rf"(?:{CAP}|{NAMED})[-–](?:{CAP}|{NAMED})(?: {CAP})*"
    if language == "en":
        # the topic may be a numbered meeting ("Joint Statement of the 4th MIKTA Foreign Ministers' Meeting")
        # a topic's list closed by "and" ("for Women, Peace and Security"); a protocol's treaty ("… to the Antarctic Treaty")
        topic = (rf" (?:on|of|for) (?:the )?(?:{ORDINAL} )?{CAP}(?: (?:and|of|for|on|in|the|(?:in|and|of|for|on) the) {CAP}| {CAP}"
                 rf"|(?:, {CAP})+,? and {CAP})*(?: to the (?:{CAP} )+(?:{document}))?")
        # "the Pact for the Future", "2030 Agenda for ...": after "the" or a year (an agenda is a
        # document only so: the "Doha Development Agenda" is a round of talks), a document named
        # by its topic; "Santo Domingo Statement": named by a place or body, in running text (a
        # lower-case word or punctuation follows, unlike a headline's next capitalized word)
        # an issuing group's acronym before it belongs to the name ("MIKTA Joint Communiqué")
        partners = rf" (?:between|with) (?:the )?{CAP}(?: {CAP})*(?: and (?:the )?{CAP}(?: {CAP})*)?"
        return re.compile(rf"(?<![\w.])(?:(?:{NAMED} )?{modifier} {document}(?:{topic})?|{pair} (?:{agreement}|{document}(?:{topic})?|{genus})"  # "Korea-Chile free trade agreement"
                          rf"|{genus}{partners}"
                          rf"|(?:\d{{4}} )?(?!The {document} (?:on|of|for) (?:the )?[A-Z])(?:{ORG_CAP} ){{1,4}}{document}"
                          rf"(?:{topic.replace('(?:on|of|for)', '(?:on|for)', 1)})?(?=[,.;:]| [a-z])"  # (not "… Policy of Korea and the …")
                          rf"|(?:(?<=\b[Tt]he )|^|(?<=[•▪*] )|(?<=\()){document}{topic}|\d{{4}} (?:{document}|Agenda)(?:{topic})?){PERIOD}(?![\w])")
    connector = CONNECTORS[language]
    article = "(?:la |el |los |las )?"
    partner = rf"{article}(?:países de |naciones de )?{CAP}(?: (?:de |del )?{CAP})*"  # "los países de América Central"
    between = rf" (?:entre|con) {partner}(?: (?:y|e) {partner})?"
    countries = rf"(?:{between})?"
    institution = rf"(?:{alternation(language, 'ministry_head')}|{alternation(language, 'org_head')})\b"
    named = rf"{CAP}(?: (?:{connector} )?{CAP}|(?:, {CAP})+ (?:y|e) {CAP})*"  # "Bienestar, Desarrollo e Inclusión Social"
    topic = rf" (?:para|sobre|por) {article}{named}(?: en {article}{named})?"
    # "de la Alianza del Pacífico" names the issuer; with a topic after it, it is the document's name
    # a region the document holds for ("… de Amistad y Cooperación en el Sudeste Asiático")
    heads = "|".join(alternation(language, category) for category in ("meeting", "document", "title_head"))
    scope = rf"(?: en (?:el|la) (?!{institution}|(?:{heads})\b){named})?"
    complement = rf"(?:(?: (?:de|del) {article}{named})?{topic}| (?:de|del) {article}(?!{institution}){named}{scope})"
    lower = "(?:" + "|".join(re.escape(word.lower()) for word in words(language, "document") if " " not in word) + ")"
    place = rf"(?: de {CAP}(?: {CAP})*)"  # "protocolo de Tegucigalpa", "Declaración Conjunta de Abuya": named after a place
    return re.compile(rf"(?<![\w.])(?:{document} {modifier}{place}?|{agreement} {pair}|(?<!\d )(?<![a-z]s ){agreement}{between}"
                      rf"|{genus}{between}"
                      rf"|{document}(?: (?:{connector} |entre )?{CAP})+ (?:{connector} |entre )?{pair}"
                      rf"|{document}(?: {CAP})?{complement}{countries}|{lower}{place}|{lower_topic(language)}){PERIOD}(?![\w])")


LOWER_WORD = rf"(?!(?:el|la|los|las|y|e|de|del|que)\b)[{LOWER}][{LOWER}\-]+"


def lower_topic(language: str) -> str:
    """"del plan de acción sobre la eficacia de la cooperación regional": a plan or memorandum
    written in lower case, as Spanish style allows, is one document when the definite article
    singles it out and its topic follows; the topic runs over lower-case words and their "de la",
    and stops at "y" before another article (the next thing the sentence lists)."""
    heads = "|".join(re.escape(word.lower()) for word in words(language, "document") if " de " in word)
    joiner = r"(?:de |del |de la |de los |de las |y |e )?"
    return rf"(?:(?<=\bel )|(?<=\bdel )|(?<=\bal ))(?:{heads}) (?:sobre|para) (?:la |el |los |las )?{LOWER_WORD}(?: {joiner}{LOWER_WORD}){{0,6}}"


@lru_cache(maxsize=None)
def resolution_pattern(language: str) -> re.Pattern:
    """A resolution or decision known by its number, with the body that adopted it
    ("Security Council Resolution 2270", "resolución 2397 del Consejo de Seguridad",
    "Decisión No. 1")."""
    number = r"\d{1,4}(?:/\d{1,4})?(?: \(\d{4}\))?"
    if language == "en":
        return re.compile(rf"(?<![\w.])(?:(?:{NAMED}|{ORG_CAP})(?: {ORG_CAP}){{0,3}} )?Resolution {number}(?![\w])")
    return re.compile(rf"(?<![\w.])(?:[Rr]esolución|Decisión)(?: (?:No\.|N\.º|Nº|N°))? {number}(?: (?:del|de la) {ORG_CAP}(?: (?:de |del |de las? |de los )?{ORG_CAP}){{0,5}})?(?![\w])")


LEADING_ARTICLES = ("The ", "El ", "La ", "Los ", "Las ")
# An item of a list of officials, each with the country they come from.
# (a Spanish line opening "X de …" is a headline's noun phrase, "Presentación de Cartas … de la República …",
# not a list's item)
HOLDER_FROM = {language: re.compile(rf"(?:{'^|' if language == 'en' else ''}(?<=[,;:–—] )|(?<=-- )|(?<= and )|(?<= y ))"
                                    rf"(?P<holder>{person_name(language, '{1,3}')}) (?:from|de|of) (?:the |la |el )?$")
               for language in ("en", "es")}
LISTED_HOLDER = {language: re.compile(rf", (?P<holder>{person_name(language, '{1,3}')})(?=;|,? (?:y|e|and) |[.,]|$)")
                 for language in ("en", "es")}


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Leave out a sentence-initial article, a compound adjective before the name ("the
    IDB-affiliated Inter-American …", "Korea-based"), a dash glued to the name's last word and
    a full stop, which are not part of a name (the stop of "U.S." is)."""
    for article in LEADING_ARTICLES:
        if text.startswith(article, start):
            start += len(article)
            break
    if (adjective := COMPOUND_ADJECTIVE.match(text, start, end)) is not None:
        start = adjective.end()
    if (dash := GLUED_DASH.search(text, start, end)) is not None:
        end = dash.start() + 1  # "Organización Marítima Internacional- OMI": a dash set after the name, then its acronym
    last_word = text[start:end].rsplit(" ", 1)[-1]
    if last_word.endswith(".") and "." not in last_word[:-1]:
        end -= 1
    return start, end


GLUED_DASH = re.compile(r"\w(?=- )")  # a hyphen with a space after it and none before is a dash
COMPOUND_ADJECTIVE = re.compile(r"\S+-[a-z]+ (?=\S)")  # its last part in lower case: "U.S.-led", "IDB-affiliated"


@lru_cache(maxsize=None)
def title_words() -> frozenset[str]:
    """Capitalised words of English and Spanish titles, no given name in either language (a
    line read as the other language keeps them: "Secretary De la Fuente")."""
    return capitalised_words("en", ("title_head", "title_modifier")) | capitalised_words("es", ("title_head", "title_modifier"))


@lru_cache(maxsize=None)
def not_names(language: str) -> frozenset[str]:
    """Capitalised words that cannot be part of a person's name: every vocabulary word."""
    return word_set(language, "name_stop") | word_set(language, "clause_word") | word_set(language, "honorific") \
        | capitalised_words(language, ("title_head", "title_modifier", "portfolio", "ministry_head", "ministry_alone",
                                       "org_head", "org_field_head", "org_tail", "post_head", "meeting", "document",
                                       "document_modifier", "demonym", "state_designator"))


def holder_span(text: str, match: re.Match | None, language: str) -> tuple[int, int] | None:
    """The person named in a holder match, cut before any word that cannot be a name;
    none when the words are a country's name ("Viceministro de Comercio, Panamá y ...")."""
    if match is None or match.group("holder") is None:
        return None
    return holder_span_of(text, match.start("holder"), match.group("holder"), language)


@lru_cache(maxsize=None)
def surname_particles(language: str) -> frozenset[str]:
    """The lower-case words of the language's name particles ("de", "la" of "de la")."""
    return frozenset(word for particle in words(language, "name_particle") for word in particle.split() if word.isalpha()
                     and word.islower())


def holder_span_of(text: str, start: int, holder: str, language: str) -> tuple[int, int] | None:
    """The name in `holder` (found at `start`), up to a word no name has; one word before such
    a noun qualifies it and is no name ("Country Coordinator", "CARICOM Secretariat")."""
    end = start
    parts = list(re.finditer(r"\S+", holder))
    for index, part in enumerate(parts):
        if part.group() in not_names(language):
            if index == 1 and part.group() not in words(language, "clause_word"):
                return None  # (a verb after a surname ends a headline's name: "Choi Meets with …")
            break
        if part.group() in surname_particles(language) and (
                index + 1 == len(parts) or parts[index + 1].group() in not_names(language)
                or is_country_name(holder[parts[index + 1].start():].rstrip(",.;:"), language)):
            break  # a surname's particle before no surname: "Julián Ventura de Relaciones Exteriores", "Mako al Perú"
        end = start + part.end()
    if end == start or any(country.start == 0 for country in find_countries(text[start:end], language)):
        return None
    if (suffix := GENERATION.match(text, end)) is not None:
        end = suffix.end()  # "Ferdinand R. Marcos, Jr."
    return start, end


GENERATION = re.compile(r",? (?:Jr|Sr)\.|,? (?:Jr|Sr)\b|,? (?:II|III|IV)\b")


@lru_cache(maxsize=None)
def institution_start(language: str) -> re.Pattern:
    """The first word of a ministry's or an organization's name, or an acronym."""
    heads = [alternation(language, category) for category in ("ministry_head", "ministry_alone", "org_head")]
    return re.compile(rf"(?:{'|'.join(heads)}|[A-Z]{{2,}})\b")


def without_country(text: str, start: int, end: int, language: str, head_end: int = 0) -> int:
    """Where a Spanish title's field ends: before the first " de/del (la) <country>",
    "<institution>" or a state's government ("Presidente de la República de Corea" -> "Presidente", "Ministro
    Asistente de Asuntos Económicos del Ministerio de ..." -> without the ministry), since
    a title is listed without its country and its ministry is a name of its own. A government
    inside the head itself (`head_end`) stays: "presidente del Gobierno de España"."""
    for complement in re.finditer(r" (?:de|del) (?:la |el |los |las )?| (?:y|e) (?:la |el )?(?=[A-ZÁÉÍÓÚ])", text[start:end]):
        at = start + complement.end()
        if start + complement.start() < head_end and STATE_NOUN.match(text, at):
            continue
        if complement.group().split()[0] in ("y", "e"):  # "Ministra de Comercio ... y la Canciller": two titles
            if title_pattern(language).match(text, at):  # "Ministro ... y Director General ...": two titles
                return start + complement.start()
            continue
        if starts_with_country(text[at:end], language) or institution_start(language).match(text, at) \
                or STATE_NOUN.match(text, at):
            return start + complement.start()
    return end


# "del Gobierno de Guatemala", "de los Países del SICA": whose officials they are, not their portfolio.
STATE_NOUN = re.compile(r"(?:Gobiernos?|Pa[ií]s(?:es)?|Estados? (?:[Mm]iembros?|[Pp]arte|[Aa]sociados?))\b")


def starts_with_country(text: str, language: str) -> bool:
    """True when `text` opens with a country's name, even one followed by a person's name
    ("Corea Chung Sye-kyun"), which `find_countries` would take for part of a longer name."""
    parts = text.split(" ")
    return any(
        is_country_name(prefix, language)
        for prefix in (" ".join(parts[:count]).rstrip(".,;:") for count in range(1, min(len(parts), 5) + 1))
    )  # (a sentence's full stop after the name is no part of it: "… de la República de Corea.")


# What joins a title to its country or body: "de", "of"; an ambassador's post: "en", "ante", "to"; an envoy's
# charge: "for", "para" ("Special Representative for North Korea, …").
COMPLEMENT = re.compile(r" (?:de|del|of|from|en|ante|to|for|para|por) (?:the |la |el |los |las )?")
BODY_ACRONYM = re.compile(r"[A-Z][A-Z&]{2,9}\b|(?:[A-Z]\.){2,4}")  # "secretario general del SICA, Werner Vargas", "to the U.N."
GLOSSED = re.compile(r" \([A-ZÁÉÍÓÚ][A-Za-záéíóúñ]{1,9}\)")  # "(GRULAC)" after a body's name, "(Taiwán)" after a country's


@lru_cache(maxsize=None)
def apposition_pattern(language: str) -> re.Pattern:
    """", Marcelo Ebrard," -- a name set off by commas (or ending the sentence), or of two parts
    or more with the sentence going on (", Park Jin acuerdan"); or, without the comma, a name
    of two parts or more, perhaps after "Dr." ("of Ecuador Eva Garcia")."""
    honorific = alternation(language, "honorific")
    follows = r"(?=[,.;:)]| y | e | and |$)"
    return re.compile(rf"(?:, (?:{honorific} ){{0,2}}(?P<holder>{person_name(language)}){follows}"
                      rf"|, (?:{honorific} ){{0,2}}(?P<going>{person_name(language, '{1,3}')})(?= [{LOWER}]{{3,}})"
                      rf"| (?:{honorific} )?(?P<bare>{person_name(language, '{1,3}')})(?![\w\-]))")


# A Spanish adjective of nationality after a title or a ministry, before what follows it.
NATIONALITY_BEFORE = re.compile(rf" [{LOWER}]{{4,}}(?= (?:de|del|en|ante|para) )")
NATIONALITY_AFTER = re.compile(rf" [{LOWER}]{{4,}}(?=,)")
SAME_COUNTRY = re.compile(r"(?:(?:ese|este|dicho|aquel|su|nuestro) )?país(?: [a-záéíóúñ]+o)?(?=[ ,])|(?:that|this) country(?=[ ,])")


def apposed_holder(text: str, end: int, language: str) -> tuple[int, int] | None:
    """The person named after a title's ministry, country or body: "Secretario de Relaciones
    Exteriores de México, Marcelo Ebrard," and "Director General del Ministerio de Asuntos
    Exteriores de la República de Corea, Hwang Kyung-tae", "embajadora de Chile ante las
    Naciones Unidas, Ana Soto". Spanish writes the holder there,
    where English puts it before ("... Kang Jeong-sik of the Ministry"); English lists do it
    too ("Minister of Industry of Ecuador Eva Garcia")."""
    at = end
    for _ in range(3):
        if language == "es" and (adjective := NATIONALITY_BEFORE.match(text, at)) is not None:
            at = adjective.end()  # "el embajador cubano en Corea del Sur, …"
        complement = COMPLEMENT.match(text, at)
        if complement is None:
            return None
        at = complement.end()
        if (state := STATE_NOUN.match(text, at)) is not None:
            at = state.end()  # "del Gobierno de Chile, Ana Soto": the government, then its country
            continue
        parts = text[at:].split(" ")
        written = [" ".join(parts[:count]).rstrip(",;:") for count in range(1, min(len(parts), 5) + 1)]
        prefixes = {form for prefix in written for form in (prefix, prefix.rstrip("."))}  # "EE.UU." keeps its last dot
        countries = [at + len(prefix) for prefix in prefixes
                     if is_country_name(prefix, language)]
        same = SAME_COUNTRY.match(text, at)  # "el canciller de ese país, X", "del país asiático X"
        countries += [same.end()] if same else []
        ministry = ministry_pattern(language).match(text, at)
        bodies = [match.end() for pattern in (*organization_patterns(language).values(), BODY_ACRONYM)
                  if (match := pattern.match(text, at)) is not None]  # "ante las Naciones Unidas", "del SICA"
        if not countries and ministry is None and not bodies:
            return None
        at = max(countries + ([ministry.end()] if ministry else []) + bodies)
        if (gloss := GLOSSED.match(text, at)) is not None:
            at = gloss.end()
            if (rest := GLOSS_INSIDE_NAME.match(text, at)) is not None:
                at = rest.end()  # the acronym glossed inside the name: "African Union (AU) Commission, Moussa …"
        if language == "es" and (adjective := NATIONALITY_AFTER.match(text, at)) is not None:
            at = adjective.end()  # "… de la Cancillería surcoreana, Lee Joo Il"
        holder = apposition_pattern(language).match(text, at)
        if holder and (span := apposed_span(text, holder, language)) is not None:
            return span
    return None


GLOSS_INSIDE_NAME = re.compile(rf"(?: {ORG_CAP}){{1,2}}(?=, )")


def apposed_span(text: str, holder: re.Match, language: str) -> tuple[int, int] | None:
    """The person an `apposition_pattern` match names, whichever of its forms matched."""
    group = next(name for name in ("holder", "going", "bare") if holder.group(name))
    return holder_span_of(text, holder.start(group), holder.group(group), language)


# An English title's field of capitalised words no portfolio word ends, as a list joined by
# commas and "and" ("for Economic Growth, Energy and the Environment"), up to a comma, a full
# stop or a word in lower case.
OPEN_FIELD = re.compile(rf" (?:of|for) (?:the )?(?P<run>{CAP}(?:(?:,? and (?:the )?|, | & | ){CAP}){{0,5}})(?=[,.;:)]|\s[{LOWER}]|$)")
OPEN_FIELD_WORDS = 4  # capitalised words a field of this kind holds at most
# The offices whose "of"/"for" names a portfolio (a minister's, a secretary's), unlike a mayor's
# city or a director's body ("Mayor of Atlanta", "Director of the Centers for …").
PORTFOLIO_OFFICE = re.compile(r"(?:Minister|Secretary(?:-General)?)$")


def open_field_end(text: str, end: int, holder: bool = True) -> int | None:
    """Where an English title's field of capitalised words ends when no portfolio word ends it:
    the run after "of"/"for" (up to a comma that sets off what follows: "…, Sheikh Nahyan"),
    less a holder's two-word name closing it ("Minister of Sport Ana Soto") where a `holder` may
    follow; no field when the run names a country or a body (those are mentions of their own)
    or is a person's name."""
    match = OPEN_FIELD.match(text, end)
    if match is None:
        return None
    run_start = match.start("run")
    cuts = [match.end("run")] + [run_start + at.start() for at in re.finditer(", ", match.group("run"))][::-1]
    for run_end in cuts:
        if (field_end := _field_of_run(text, run_start, run_end)) is not None and (holder or field_end == run_end):
            return field_end
    return None


def _field_of_run(text: str, run_start: int, run_end: int) -> int | None:
    run = text[run_start:run_end]
    capitalised = [word for word in re.split(r",? and (?:the )?|, | & | ", run) if word]
    if len(capitalised) > OPEN_FIELD_WORDS + 2 or is_acronym(capitalised[-1]) \
            or any(run_start <= country.start < run_end for country in find_countries(text, "en")) \
            or any(word in _name_heads("en") for word in capitalised):
        return None
    if len(capitalised) >= 3 and re.search(rf"(?<![,&]) {CAP} {CAP}$", run) and " and " not in run[-30:]:
        holder_start = run_end - len(" ".join(run.split()[-2:]))
        if holder_span_of(text, holder_start, text[holder_start:run_end], "en") == (holder_start, run_end):
            return holder_start - 1  # the holder's name closes the run
    if len(capitalised) > OPEN_FIELD_WORDS or len(capitalised) > 1 and " and " not in run \
            and holder_span_of(text, run_start, run, "en") == (run_start, run_end):
        return None  # "the Minister of Ana Soto"? a name, not a field
    return run_end


UN_ENTITY = re.compile(rf"(?<![\w.\-])(?:UN|ONU)[- ](?P<word>[{UPPER}][{LOWER}]+)(?![\w\-])(?! [{UPPER}])")


def un_entities(text: str, language: str) -> list[Found]:
    """"UN Women", "ONU-Hábitat", "ONU Mujeres": a UN entity named by the organization's acronym
    and one word of its field; not the UN's own offices, documents, meetings or buildings ("UN
    Charter", "UN Headquarters", "UN Secretary-General")."""
    return [Found(match.start(), match.end(), "organization", "un-entity") for match in UN_ENTITY.finditer(text)
            if match.group("word") not in _not_un_fields(language)]


@lru_cache(maxsize=None)
def _not_un_fields(language: str) -> frozenset[str]:
    """Words after "UN" that name the organization's own office, document, meeting or building."""
    return _name_heads(language) | word_set(language, "venue") | title_words() | {"Headquarters", "Sede"}


def bodies_of_open_field(text: str) -> list[Found]:
    """"Ministry of Sport", "Department of Peace Operations": a ministry's or a department's
    field that no portfolio word ends, read as a title's is (`open_field_end`)."""
    found = []
    for head in _open_field_head().finditer(text):
        portfolio = _portfolio_field().match(text, head.end())
        if portfolio is not None and not CAPITALISED_NEXT.match(text, portfolio.end()):
            continue  # a field a portfolio word ends is the ministry pattern's ("Department of Justice")
        if (end := open_field_end(text, head.end(), holder=False)) is not None:
            kind = "ministry" if head.group() in words("en", "ministry_head") else "organization"
            found.append(Found(head.start(), end, kind, f"{kind}-of-open-field"))
    return found


CAPITALISED_NEXT = re.compile(rf" [{UPPER}]")


@lru_cache(maxsize=None)
def _portfolio_field() -> re.Pattern:
    return re.compile(rf" {OF['en']}{field('en')}(?![\w])")


@lru_cache(maxsize=None)
def _open_field_head() -> re.Pattern:
    return re.compile(rf"(?<![\w.]){alternation('en', 'ministry_head')}|(?<![\w.]){alternation('en', 'org_field_head')}(?= (?:of|for) )")


@lru_cache(maxsize=None)
def _name_heads(language: str) -> frozenset[str]:
    """The capitalised words of a title's, a body's, a meeting's or a document's head, a
    demonym, a form of address: what a name of another kind is made with."""
    return capitalised_words(language, ("title_head", "ministry_head", "org_head", "org_field_head", "org_tail",
                                        "post_head", "meeting", "document", "demonym", "honorific"))


OF_THE_REPUBLIC = re.compile(r" of the Republic(?! of)(?![\w-])")
HOLDER_OF = "titular"  # the holder of a portfolio, as the Spanish press names a minister
FIRST_TO_HOLD = re.compile(r"(?i)primer[oa]? (?=ministr[oa] (?:de|del) )")  # "first", before a minister of a portfolio


def titles_and_holders(text: str, language: str) -> list[Found]:
    """"Vice Minister of Foreign Affairs Choi Jong Kun" -> a title and a person.

    An English title standing alone is a mention when capitalised ("the Foreign Minister met
    the President"), as English releases capitalise the titles of the officials they speak
    of; a plural ("the Ministers") and a Spanish one ("la Vicepresidenta destacó", capitalised
    by courtesy for anyone) only with its holder or its field.
    """
    found = []
    position = 0
    while (match := title_pattern(language).search(text, position)) is not None:
        start, end = match.start("title"), match.end("title")
        position = match.end()
        has_field = match.group("field") is not None
        if language == "en" and has_field and (body := field_into_body(text, start, match.start("field"), end)) is not None:
            end = position = body  # "Secretary General of the Gulf Cooperation Council": the office, then the body
            has_field = False
        if language == "en" and not has_field and (state := OF_THE_REPUBLIC.match(text, end)) is not None:
            end = position = state.end()  # "the President of the Republic": the state's one office, its country unnamed
            has_field = True
        if language == "en" and not has_field and PORTFOLIO_OFFICE.search(text, start, end) \
                and (open_end := open_field_end(text, end)) is not None:
            end = position = open_end  # "Minister of Tolerance and Coexistence", "Minister of Sport Ana Soto"
            has_field = True
        qualified = False  # "el presidente de México", "director general de la Academia ...": one office
        if language == "es" and has_field:
            joint = re.search(r" (?:de|del|para) (?:la |el |los |las )?$", text[start:match.start("field")])
            cut = without_country(text, start, end, language, start + joint.start() if joint else 0)
            after = re.match(r" (?:de|del) (?:la |el |los |las )?(\S+)", text[cut:end])
            qualified = cut < end and after is not None and not after.group(1).isupper() \
                and not text[start:cut].endswith("s")  # not "presidente de MIKTA", not "ministros de ..."
            end = _before_holder_in_field(text, match.start("field"), cut, language)
            has_field = end > match.start("field")
            position = end
            if has_field and (first := FIRST_TO_HOLD.match(text, start)) is not None:
                start = first.end()  # "el primer ministro de Relaciones Exteriores en visitar …": no prime minister has a portfolio
        if language == "es" and text[start:start + len(HOLDER_OF)].lower() == HOLDER_OF and not (
                has_field and re.match(alternation(language, "portfolio"), text[match.start("field"):end])):
            # "el titular de Exteriores" is the minister; "la titular de la Cancillería" describes her,
            # unless her name follows the body ("El titular de la Secretaría … (SRE), José Antonio Meade"):
            # then the word is her title, the body a mention of its own
            body_end = match.end("title")
            gloss = GLOSSED.match(text, body_end)
            if match.group("field") and (holder := _set_off_holder(text, gloss.end() if gloss else body_end)) is not None:
                acting = acting_after(language).match(text, start + len(HOLDER_OF))
                title_end = acting.end() if acting else start + len(HOLDER_OF)  # "el titular interino de …"
                found += [Found(start, title_end, "title", "title-before-name"), Found(*holder, "person", "name-in-apposition")]
            continue
        holder = holder_span(text, holder_pattern(language).match(text, end), language)
        if language == "es" and holder is not None and holder[0] == end + 1 and ADJECTIVE_SHAPE.fullmatch(text, *holder):
            end = position = holder[1]  # "secretario Parlamentario": an adjective of the office, capitalised
            holder = holder_span(text, holder_pattern(language).match(text, end), language)
        if holder is None and language == "es" and (adjective := DEMONYM_BEFORE_NAME.match(text, end)) is not None:
            holder = holder_span(text, holder_pattern(language).match(text, adjective.end()), language)  # "el canciller mexicano Juan …"
        if language == "en" and text[start].islower():
            found += lower_title_holder(text, end, holder) or name_before(text, start, language)
            continue  # English lowers a title that is no name of an office (the person before or after it is)
        apposed = apposed_holder(text, end, language) if holder is None else None
        if holder is None and apposed is None and language == "es" and (field_end := _lower_field_holder(text, end)):
            end, apposed = field_end  # "la directora general de cooperación internacional, Wendy Flores"
            has_field = True
        if holder is None and apposed is None and language == "es":
            apposed = _holder_after_description(text, end)  # "el ministro alemán de Exteriores, Sigmar Gabriel,"
        if holder is None and apposed is None and language == "es" and (gloss := GLOSSED.match(text, end)) is not None:
            apposed = _set_off_holder(text, gloss.end())  # "el Ministro de Comercio Exterior (Comex), Ana Soto,"
        title = text[start:end]
        before = name_before(text, start, language) if holder is None and apposed is None else []
        bare = holder is None and not has_field
        acting = language == "es" and re.search(rf" {alternation(language, 'title_acting')}$", title) is not None
        # "el Presidente de la República": the one holder of the state's office, named by it alone
        of_the_state = language == "es" and title.lower().endswith("de la república")
        if bare and (language != "en" or not title[0].isupper() or is_english_plural(title) and not _of_country(text, end)) \
                and apposed is None and not before and not titled_apposition(text, end, language) and not acting \
                and not qualified and not of_the_state and not (language == "es" and title[0].isupper()
                                                                and DEMONYM_AFTER_TITLE.match(text, end)) \
                and not _joined_to_held_title(text, end, language):
            continue  # (not "el Primer Ministro coreano": one country's office-holder, whom the text means)
        start, end = trimmed(text, start, end)
        evidence = "title-with-field" if has_field else ("title-capitalised" if bare else "title-before-name")
        if not match.groupdict().get("plural"):
            found.append(Found(start, end, "title", evidence))
        if holder is not None:
            found.append(Found(*holder, "person", "name-after-title"))
            if language == "en" and is_english_plural(title) or match.groupdict().get("plural"):
                # "Presidents Guillermo Lasso, Luis Arce Catacora, and Gustavo Petro", "los presidentes Ana Soto y Luis Díaz"
                found += _listed_holders(text, holder[1], language)
        elif apposed is not None:
            found.append(Found(*apposed, "person", "name-in-apposition"))
        found += before
    return found + counterparts(text, language) + addressed(text, language) + described(text, language) \
        + listed_by_country(text, language) + named_with_country(text, language) + speakers(text, language) \
        + listed_before_country(text, language)


# What English writes between a title in lower case and its holder: a qualifier ("ambassador
# designate"), a field in lower case ("vice-minister of multilateral affairs", "state minister
# for foreign affairs").
LOWER_QUALIFIER = re.compile(r" (?:designate|elect)(?![\w-])")
_FIELD_WORD = rf"(?!(?:the|a|an|of|for|to|in|on|at|with|from) )[{LOWER}]+"
ENGLISH_LOWER_FIELD = re.compile(rf" (?:of|for) (?:the )?{_FIELD_WORD}(?: (?:and )?{_FIELD_WORD}){{0,3}}(?=,? [{UPPER}])")


def lower_title_holder(text: str, end: int, holder: tuple[int, int] | None) -> list[Found]:
    """The person an English title in lower case names, the title itself no name of an office
    (news style: "the president of Panama, Laurentino Cortizo", "Chile's vice-minister of
    trade, José Miguel Ahumada", "UAE state minister for foreign affairs Anwar Gargash"): a
    holder of two words or more right after it, or one set off after its country or field."""
    if holder is None:
        if (qualifier := LOWER_QUALIFIER.match(text, end)) is not None:
            end = qualifier.end()
        if (lower_field := ENGLISH_LOWER_FIELD.match(text, end)) is not None:
            holder = holder_span(text, holder_pattern("en").match(text, lower_field.end()), "en")
        elif (apposed := apposed_holder(text, end, "en")) is not None:
            return [Found(*apposed, "person", "name-in-apposition")]
    return [Found(*holder, "person", "name-after-title")] if holder and " " in text[holder[0]:holder[1]] else []


JOINED = re.compile(r" (?:y|e|and) ")  # "y", "e" or "and" between two names


@lru_cache(maxsize=None)
def acting_after(language: str) -> re.Pattern:
    """What marks an acting holder right after a title's head ("titular interino")."""
    return re.compile(rf" {alternation(language, 'title_acting')}(?![\w])")


@lru_cache(maxsize=None)
def _next_listed_holder(language: str) -> re.Pattern:
    return re.compile(rf"(?:,? and |, | y | e )(?P<holder>{person_name(language, '{1,3}')})(?![\w-])")


def _listed_holders(text: str, end: int, language: str) -> list[Found]:
    """The holders named after the first under a title in the plural, each set off by a comma
    or "and" ("y"); the list ends at the first item that is no person's name."""
    found = []
    while (match := _next_listed_holder(language).match(text, end)) is not None \
            and (span := holder_span_of(text, match.start("holder"), match.group("holder"), language)) is not None \
            and span[1] == match.end("holder"):
        found.append(Found(*span, "person", "name-listed-after-title"))
        end = span[1]
    return found


def _joined_to_held_title(text: str, end: int, language: str) -> bool:
    """"el viceprimer ministro y canciller de Vietnam, Pham Binh Minh": two offices of one
    holder, the second one named with the holder."""
    joined = JOINED.match(text, end)
    second = title_pattern(language).match(text, joined.end()) if joined else None
    if second is None:
        return False
    after = second.end()
    return holder_span(text, holder_pattern(language).match(text, after), language) is not None \
        or apposed_holder(text, after, language) is not None


@lru_cache(maxsize=None)
def respectively_pattern(language: str) -> re.Pattern:
    return re.compile(rf",? (?:and|y|e) (?P<holder>{person_name(language, '{1,3}')}),? (?:respectively|respectivamente)\b")


def respectively_named(text: str, end: int, language: str) -> list[Found]:
    """The second holder of a plural title's two offices, named after the first ("the Ministers
    of Costa Rica and Nicaragua, Alexander Mora and Orlando Solorzano, respectively")."""
    match = respectively_pattern(language).match(text, end)
    span = holder_span(text, match, language) if match is not None else None
    return [Found(*span, "person", "name-respectively")] if span is not None else []


@lru_cache(maxsize=None)
def description_pattern(language: str) -> re.Pattern:
    demonym = rf"(?: [{LOWER}]{{4,}})?" if language == "es" else ""
    return re.compile(rf"(?<![\w\-]){alternation(language, 'person_role')}{demonym} "
                      rf"(?P<holder>{person_name(language, '{1,3}')})(?![\w\-])")


def described(text: str, language: str) -> list[Found]:
    """"el dictador Daniel Ortega", "el exdiplomático nicaragüense Arturo McFields", "analyst
    Kim Min-su": a person named in full after a word that says what the person is, which is
    no office (vocabulary "person_role"); the word is no title."""
    found = []
    for match in description_pattern(language).finditer(text):
        if (span := holder_span(text, match, language)) is not None:
            found.append(Found(*span, "person", "name-after-description"))
    return found


@lru_cache(maxsize=None)
def speaker_pattern(language: str) -> re.Pattern:
    name = person_name(language, "{1,3}")
    verb = alternation(language, "speech_verb")
    after = "en|a|al|tras|durante|ante" if language == "es" else "in|at|on|after|during|to"  # where or when it was said
    return re.compile(rf"(?P<holder>{name}),? {verb}(?![\w\-])"  # "Penny Wong said"
                      rf"|(?<=[”\"’»]) ?,? ?{verb} (?P<quoted>{person_name(language)})(?=[.,;]|$| (?:{after}) )"  # "”, said Wong."
                      rf"|, {verb} (?P<reported>{name})(?=[.,;]|$| (?:{after}) )")  # "…, dijo Ana Soto en una declaración"


CLAUSE_OPENING = re.compile(r"(?:^|[.!?]\s+|[”\"’»][.,]?\s+)$")  # where a sentence's subject stands: "“…,” Wong said"


def speakers(text: str, language: str) -> list[Found]:
    """Whom a release quotes or reports without giving the office near, as the subject of a verb
    of speech (vocabulary "speech_verb"): a name of two words or more opening a sentence
    ("Penny Wong said", "“…”, Ana Soto afirmó"), any name right after a quotation and its
    verb ("…», afirmó Xi."), or one of two words or more after a comma and the verb ("…, dijo
    Ana Soto en …": a surname alone there is left to the names the release gave). No word of it
    a vocabulary word or a country ("the Foreign Ministry said", "Kenya Bacha Debele stated"
    after "Ambassador to" is the title's field and its holder), no agency's capitals ("»,
    informó EFE")."""
    found = []
    for match in speaker_pattern(language).finditer(text):
        group = next(group for group in ("holder", "quoted", "reported") if match.group(group))
        parts = match.group(group).split()
        if (group != "holder" or CLAUSE_OPENING.search(text, 0, match.start())) and not_names(language).isdisjoint(parts) \
                and not any(is_country_name(part, language) or part.isupper() for part in parts) \
                and (span := holder_span_of(text, match.start(group), match.group(group), language)) is not None \
                and span[1] == match.end(group):
            found.append(Found(*span, "person", {"holder": "name-before-speech-verb", "quoted": "name-after-quotation",
                                                 "reported": "name-after-speech-verb"}[group]))
    return found


def listed_by_country(text: str, language: str) -> list[Found]:
    """"the foreign ministers of Kyrgyzstan – Ana Soto, Tajikistan – Luis Ruiz and …": officials
    listed each after the country and a dash, a name of two words or more, two of them at least
    (one country, a dash and a place is a pair of partners: "Korea – Central America")."""
    found = []
    for country in find_countries(text, language):
        dash = COUNTRY_DASH.match(text, country.end)
        listed = listed_name_pattern(language).match(text[dash.end():]) if dash else None
        if listed is None or find_countries(listed.group(), language) or listed.group().split()[-1] in world_part_ends(language) or \
                (span := holder_span_of(text, dash.end(), listed.group(), language)) is None or " " not in text[span[0]:span[1]]:
            continue
        found.append(Found(*span, "person", "name-after-country-dash"))
    return found if len(found) >= LISTED_MIN else []


def listed_before_country(text: str, language: str) -> list[Found]:
    """"los cancilleres Ana Soto, de Chile, y Luis Ruiz, de Perú": officials listed each before
    a comma and the country they come from or speak for ("de", "por"), a name of two words or
    more, two items at least one right after the other (one name so may be a place's:
    "Santiago, de Chile"; a clause between two items ends the list)."""
    if language != "es":
        return []
    items = []  # (person, end of its country)
    for country in find_countries(text, language):
        item = name_before_country().search(text, 0, country.start)
        if item is None or item.end() != country.start or text[country.end:country.end + 1] not in (",", ".", ";", ""):
            continue
        name = item.group("name")
        span = holder_span_of(text, item.start("name"), name, language)
        if span is not None and span[1] == item.start("name") + len(name) and " " in name and not find_countries(name, language):
            items.append((Found(*span, "person", "name-before-its-country"), country.end))
    runs: list[list[Found]] = []
    for index, (person, _) in enumerate(items):
        if index and LIST_JOINT.fullmatch(text, items[index - 1][1], person.start):
            runs[-1].append(person)
        else:
            runs.append([person])
    return [person for run in runs if len(run) >= LISTED_MIN for person in run]


LIST_JOINT = re.compile(r"[,;]? ?(?:(?:y|e) )?")  # between two items of a list: "…, de Chile, y Luis …"


def named_with_country(text: str, language: str) -> list[Found]:
    """"Pedro Pablo Soto (Peru) and Juan Ruiz (Colombia)": a name of two words or more with its
    country in brackets after it, as lists of leaders give them (not a place after "in": "a
    visit to New York (United States)")."""
    found = []
    for country in find_countries(text, language):
        if text[country.start - 1:country.start] != "(" or text[country.end:country.end + 1] != ")" \
                or (name := name_before_bracket(language).search(text, 0, country.start - 1)) is None \
                or PLACE_BEFORE.search(text, 0, name.start("name")):
            continue
        start = name.start("name")
        while (first := re.match(r"\S+ ", text[start:name.end("name")])) and first.group().strip().rstrip("s") in title_words():
            start += first.end()  # "Presidents Pedro Soto (Peru)": the title before the name is no part of it
        span = holder_span_of(text, start, text[start:name.end("name")], language)
        if span is not None and span[1] == name.end("name") and " " in text[span[0]:span[1]]:
            found.append(Found(*span, "person", "name-before-country-in-brackets"))
    return found


PLACE_BEFORE = re.compile(r"(?<![\w\-])(?:in|at|to|from|en|a|desde|hasta|hacia) $")  # the words that introduce a place


@lru_cache(maxsize=None)
def name_before_country() -> re.Pattern:
    """A Spanish name of two to four parts before ", de" or ", por" and the country it comes from."""
    return re.compile(rf"(?<![\w\-])(?P<name>{person_name('es', '{1,3}')}), (?:de|por) (?:la |el )?$")


@lru_cache(maxsize=None)
def listed_name_pattern(language: str) -> re.Pattern:
    """A name of two to four parts, as a list gives it beside its country."""
    return re.compile(person_name(language, "{1,3}"))


@lru_cache(maxsize=None)
def name_before_bracket(language: str) -> re.Pattern:
    """Such a name right before a bracket: "Pedro Soto (Peru)"."""
    return re.compile(rf"(?<![\w\-])(?P<name>{listed_name_pattern(language).pattern}) $")


@lru_cache(maxsize=None)
def world_part_ends(language: str) -> frozenset[str]:
    """The last words of the world's parts ("Asia", "America", "Caribbean"): no person's name ends so."""
    return frozenset(part.split()[-1] for category in ("continent", "region") for part in words(language, category))


COUNTRY_DASH = re.compile(r" [–—-] (?=[A-ZÁÉÍÓÚÑ])")
LISTED_MIN = 2


ARTICLE_BEFORE = {"en": re.compile(r"(?<![\w\-])(?:[Tt]he|[Aa]n?) $"),
                  "es": re.compile(r"(?<![\w\-])(?:[Ee]l|[Ll]as?|[Ll]os|[Uu]na?) $")}


@lru_cache(maxsize=None)
def regnal_pattern(language: str) -> re.Pattern:
    return re.compile(rf"(?<![\w\-])(?P<holder>{NAME}(?: {name_particle(language)}{NAME}){{0,2}} {REGNAL})(?![\w\-])")


def speaks_of_monarchy(text: str, language: str) -> bool:
    """Whether the text names a monarch's office or court (vocabulary "monarchy")."""
    return not word_set(language, "monarchy").isdisjoint(re.findall(r"\w+", text))


def regnal_names(text: str, language: str) -> list[Found]:
    """"la reunión con Felipe VI", "met Abdullah II": a name with a regnal number is a
    monarch's, in a document that speaks of a monarchy (`speaks_of_monarchy`, the caller's
    test); elsewhere the number may count anything, and does after an article or a part's
    name ("la Fase II", "under Chapter VII", vocabulary "numbered_part")."""
    found = []
    for match in regnal_pattern(language).finditer(text):
        name = match.group("holder").rsplit(" ", 1)[0]
        parts = name.split()
        counted = not not_names(language).isdisjoint(parts) or not word_set(language, "numbered_part").isdisjoint(parts)
        if not counted and not ARTICLE_BEFORE[language].search(text, 0, match.start()) and not find_countries(name, language):
            found.append(Found(*match.span("holder"), "person", "name-with-regnal-number"))
    return found


@lru_cache(maxsize=None)
def address_pattern(language: str) -> re.Pattern:
    honorific = alternation(language, "honorific")
    return re.compile(rf"(?<![\w.])(?:{honorific}) (?:(?:{honorific}) )*(?P<holder>{person_name(language)})(?![\w\-])")


def addressed(text: str, language: str) -> list[Found]:
    """"His Excellency Mr. KIM Chang-sik", "Dr. Ana Díaz": a person named after a form of
    address, with no title near (the form is no part of the name)."""
    found = []
    for match in address_pattern(language).finditer(text):
        if (span := holder_span(text, match, language)) is not None:
            found.append(Found(*span, "person", "name-after-form-of-address"))
    return found


def field_into_body(text: str, start: int, field_start: int, end: int) -> int | None:
    """Where an English title ends when what looked like its field runs into a body's name
    ("Secretary General of the Gulf Cooperation Council", "President of the Asian Development
    Bank") or a state's formal name ("Amir of the State of Qatar"): before its "of (the)", so
    the body or the state is named whole and the holder after it found."""
    body = f"(?:{alternation('en', 'org_head')}|{alternation('en', 'org_tail')})"
    if re.match(rf"(?:(?: and)? {CAP}){{0,3}} {body}\b", text[end:]) is None and not any(  # "… Trade Promotion Bureau"
            country.start == 0 and country.end > end - field_start
            for country in find_countries(text[field_start:field_start + COUNTRY_WINDOW], "en")):
        return None
    joint = re.search(r" (?:of|for)(?: the)? $", text[start:field_start])
    return start + joint.start() if joint else None


def _of_country(text: str, end: int) -> bool:
    """English titles in the plural followed by their countries ("the Foreign Ministers of
    Mexico, Indonesia ... held meetings"): the officials of those countries."""
    if not text.startswith(" of ", end):
        return False
    return any(country.start == 0 for country in find_countries(text[end + 4:end + 4 + COUNTRY_WINDOW], "en"))


COUNTRY_WINDOW = 60  # characters that hold a country's longest formal name


_LOWER_FIELD_WORDS = (r" (?:de|del) (?:la |el |los |las )?(?!(?:esta|este|estas|estos|esa|ese|dicha|dicho|su|sus) )"
                      r"[a-záéíóúñü]+(?: (?:y |e |de |del |la |el )?[a-záéíóúñü]+){0,4}")
LOWER_FIELD = re.compile(_LOWER_FIELD_WORDS + "(?=, )")
LOWER_FIELD_OF = re.compile(_LOWER_FIELD_WORDS + "(?= (?:de|del) (?:la |el |los |las )?[A-ZÁÉÍÓÚÑ])")  # "… de comercio exterior de Guatemala"


def _before_holder_in_field(text: str, field_start: int, end: int, language: str) -> int:
    """Where a Spanish title's capitalised field ends when its holder follows without a comma:
    after the last portfolio, if all after it is a person's name that the sentence goes on
    from ("El Ministro de Relaciones Exteriores Teodoro Ribera, recibió …")."""
    field = text[field_start:end]
    for portfolio in words(language, "portfolio"):  # longest first
        at = field.rfind(portfolio)
        cut = field_start + at + len(portfolio)
        if at < 0 or not text.startswith(" ", cut):
            continue
        holder = re.fullmatch(person_name(language, "{1,3}"), text[cut + 1:end])
        whole = holder is not None and holder_span_of(text, cut + 1, holder.group(), language) == (cut + 1, end)
        if whole and re.match(r"(?:,| [a-záéíóúñ]|[.;:)]|$)", text[end:end + 2]):
            return cut  # (a word no name has, "Exterior", keeps the field whole)
        return end
    return _before_name_in_field(text, field_start, end, language)


def _before_name_in_field(text: str, field_start: int, end: int, language: str) -> int:
    """Where a field no portfolio word ends stops before a person's whole name of two or three
    words that closes it ("ministro de Deportes Diego Galeano"), or before "y" and such a name
    ("Director de América y Ana Ruiz Soto": two persons, the director and Ana Ruiz). (A field's
    plural adjective reads like a given name, so the name is at most three words: "Asuntos
    Antárticos Pedro Soto Ruiz".)"""
    for space in (match.start() for match in re.finditer(" ", text[field_start:end])):
        cut = field_start + space
        start = cut + 1
        if (joined := re.match(r"(?:y|e) ", text[start:end])) is not None:
            start += joined.end()
        rest = text[start:end]
        if not 2 <= len(rest.split()) <= 3 or not re.fullmatch(person_name(language, "{1,2}"), rest) \
                or set(rest.split()) & (word_set(language, "portfolio") | title_words() | not_names(language)):
            continue
        if holder_span_of(text, start, rest, language) == (start, end) and re.match(r"(?:,| [a-záéíóúñ]|[.;:)]|$)", text[end:end + 2]):
            return cut
    return end


# What Spanish sets between a title and its holder's name set off by a comma: the holder's
# nationality, the office's body or country, its field ("ministro alemán de Exteriores, …",
# "presidenta de la Comisión Europea, …", "ministra nipona del ramo, …"), and the holder's own
# nationality after the comma ("…, el suizo Thomas Greminger").
_DESCRIPTION = re.compile(r"[^,.;:()«»\"“”]{1,80}?(?=, )")
_DESCRIPTION_LOWER = frozenset({"de", "del", "la", "el", "los", "las", "en", "ante", "para", "y", "ramo"})
_NATIONALITY_SHAPE = re.compile(rf"[{LOWER}]{{3,}}(?:o|a|án|ana|és|esa|ense|í|ino|ina|eño|eña|ico|ica)")
DESCRIPTION_WORDS = 7


def _holder_after_description(text: str, end: int) -> tuple[int, int] | None:
    """The holder named after a comma when only the description of the office stands between
    the title and the comma: capitalised names, a nationality, the words that join them; a
    verb or a second lower-case word means the clause went on, and the name is someone else's."""
    described = _DESCRIPTION.match(text, end)
    if described is None:
        return None
    said = described.group().split()
    lower = [word for word in said if word[0].islower() and word not in _DESCRIPTION_LOWER]
    if not said or len(said) > DESCRIPTION_WORDS or len(lower) > 1 or any(not _NATIONALITY_SHAPE.fullmatch(word) for word in lower):
        return None
    if (named := _holder_after_nationality().match(text, described.end())) is not None:
        return holder_span_of(text, named.start("holder"), named.group("holder"), "es")
    return _set_off_holder(text, described.end())


@lru_cache(maxsize=None)
def _holder_after_nationality() -> re.Pattern:
    """", el suizo Thomas Greminger,": the holder's nationality between the comma and the name."""
    return re.compile(rf", (?:el|la) [{LOWER}]{{4,}} (?P<holder>{person_name('es')})(?=[,.;:)]| y | e |$)")


def _lower_field_holder(text: str, end: int) -> tuple[int, tuple[int, int]] | None:
    """A Spanish title's field in lower case, then its holder set off by a comma, or its country
    and then the holder: (where the title ends, the holder's span)."""
    field = LOWER_FIELD.match(text, end)
    if field is None:
        field = LOWER_FIELD_OF.match(text, end)  # then the country: "de comercio exterior de Guatemala, Enrique Lacs"
        if field is not None and title_pattern("es").search(field.group()):
            return None  # "secretario de prensa del primer ministro de …, X": X holds the office named last
        span = apposed_holder(text, field.end(), "es") if field is not None else None
        return (field.end(), span) if span is not None else None
    span = _set_off_holder(text, field.end())
    if span is not None and ONE_NOUN_WITH_ARTICLE.fullmatch(field.group()):
        return end, span  # "el presidente del banco, Nick …": the body named again, no portfolio of the title
    return (field.end(), span) if span is not None else None


ONE_NOUN_WITH_ARTICLE = re.compile(r" (?:del|de la|de los|de las) [a-záéíóúñü]+")


def _set_off_holder(text: str, at: int) -> tuple[int, int] | None:
    """A Spanish holder's name set off by a comma at `at` (", Wendy Flores,"), not a name run
    on without one."""
    holder = apposition_pattern("es").match(text, at)
    return None if holder is None or holder.group("bare") else apposed_span(text, holder, "es")


def titled_apposition(text: str, end: int, language: str) -> bool:
    """"ministro sustituto, embajador Raúl Silvero": a title set off by a comma before another
    title that has its holder; both are the same person's."""
    if not text.startswith(", ", end):
        return False
    following = title_pattern(language).match(text, end + 2)
    return following is not None and holder_pattern(language).match(text, following.end()) is not None


def counterparts(text: str, language: str) -> list[Found]:
    """"su homóloga de Corea del Sur, Kang Kyung-wha", "his Chilean counterpart, Ana Díaz": a
    counterpart named in apposition, after a country or at once; the word is no title, the
    name is a person."""
    found = []
    for cue in re.finditer(rf"\b{alternation(language, 'counterpart')}\b", text):
        span = apposed_holder(text, cue.end(), language) or directly_apposed(text, cue.end(), language)
        if span is not None:
            found.append(Found(*span, "person", "counterpart-in-apposition"))
            found += [Found(*listed, "person", "counterpart-listed") for listed in _listed_with_countries(text, span[1], language)]
        else:
            found += [Found(*listed, "person", "counterpart-bracketed") for listed in _bracketed_after_countries(text, cue.end(), language)]
    return found


def _bracketed_after_countries(text: str, end: int, language: str) -> list[tuple[int, int]]:
    """"sus homólogos de Japón (Fumio Kishida), Australia (Anthony Albanese) y Nueva Zelanda
    (Jacinda Ardern)", "his counterparts from Chile (Ana Díaz) and Peru (…)": each counterpart
    in brackets after the country; the list goes on while every country has its name."""
    found = []
    opener = COUNTRIES_AFTER_CUE[language].match(text, end)
    at = opener.end() if opener is not None else None
    while at is not None:
        country = next((match for match in find_countries(text[at:at + COUNTRY_WINDOW], language) if match.start == 0), None)
        named = _bracketed_name(language).match(text, at + country.end) if country is not None else None
        if named is None or (span := holder_span_of(text, named.start("name"), named.group("name"), language)) is None:
            break
        found.append(span)
        following = LIST_JOINER.match(text, named.end())
        at = following.end() if following is not None else None
    return found


COUNTRIES_AFTER_CUE = {"es": re.compile(r" (?:de|del) (?:la |el )?"), "en": re.compile(r" (?:from|of) (?:the )?")}
LIST_JOINER = re.compile(r"(?:,? (?:y|e|and) |, )(?:la |el |the )?")


@lru_cache(maxsize=None)
def _bracketed_name(language: str) -> re.Pattern:
    return re.compile(rf" \((?P<name>{person_name(language)})\)")


def _listed_with_countries(text: str, end: int, language: str) -> list[tuple[int, int]]:
    """The counterparts listed after the first, each followed by the country: "sus homólogos
    Ana Díaz, de Chile; Luis Soto, de Perú y Eva Ruiz, de Bolivia". The list goes on while
    every name has its country."""
    found = []
    following = _listed_after_country(language)
    while (of := COUNTRY_AFTER_NAME[language].match(text, end)) is not None:
        country = next((match for match in find_countries(text[of.end():of.end() + COUNTRY_WINDOW], language) if match.start == 0), None)
        listed = following.match(text, of.end() + country.end) if country is not None else None
        if listed is None or (span := holder_span_of(text, listed.start("name"), listed.group("name"), language)) is None:
            break
        found.append(span)
        end = span[1]
    return found


COUNTRY_AFTER_NAME = {"es": re.compile(r", (?:de|del) (?:la |el )?"), "en": re.compile(r", of (?:the )?")}


@lru_cache(maxsize=None)
def _listed_after_country(language: str) -> re.Pattern:
    """The next name of the list, itself followed by its country: "; Luis Soto, de Perú"."""
    return re.compile(rf"(?:; | y | e | and |, )(?P<name>{listed_name_pattern(language).pattern})"
                      rf"(?={COUNTRY_AFTER_NAME[language].pattern})")


SPANISH_ADJECTIVE = re.compile(rf" [{LOWER}]{{3,}}(?=,? [{UPPER}])")  # "su homóloga japonesa(,) Yoko …"
# A demonym between a Spanish title and its holder, no comma: "el canciller mexicano Juan Ramón de la Fuente"
# (never a joining word: "el embajador del Paraguay Raúl Silvero").
DEMONYM_AFTER_TITLE = re.compile(rf" {SPANISH_DEMONYM}(?![\w])")
DEMONYM_BEFORE_NAME = re.compile(rf" (?!(?:{'|'.join(SPANISH_JOINERS)})\b)[{LOWER}]{{4,}}(?= [{UPPER}])")


def directly_apposed(text: str, end: int, language: str) -> tuple[int, int] | None:
    """", Manuel Gómez," or a name of two parts right after the word: "his Chilean
    counterpart, Manuel Gómez", "his Ecuadorian counterpart Ricardo Patiño"; Spanish puts
    the nationality after the word: "su homólogo ruso, Serguéi Lavrov"."""
    if language == "es" and (adjective := SPANISH_ADJECTIVE.match(text, end)) is not None:
        end = adjective.end()
    holder = apposition_pattern(language).match(text, end)
    return apposed_span(text, holder, language) if holder is not None else None


@lru_cache(maxsize=None)
def demonym_person_pattern() -> re.Pattern:
    # or after the person's role, set off by a comma: "el líder salvadoreño, Ana Ruiz"
    return re.compile(rf"(?<![\w])(?:el|la|del|al) (?:[{LOWER}]{{4,}} (?=[{LOWER}]+, ))?(?P<demonym>{SPANISH_DEMONYM}),? "
                      rf"(?P<holder>{person_name('es', '{1,3}')})")


def demonym_persons(text: str, language: str) -> list[Found]:
    """"el surinamés Albert Ramdin", "el chileno Alfredo Moreno": Spanish introduces a foreign
    person by the nationality, lower-case, between the article and the name (a name of two
    parts or more; "la semana Santa" is no person)."""
    if language != "es":
        return []
    spans = (holder_span(text, match, language) for match in demonym_person_pattern().finditer(text)
             if match.group("demonym") not in words(language, "place_head"))  # "el paso Cristo Redentor": a place's noun
    return [Found(*span, "person", "name-after-demonym") for span in spans if span is not None
            and not names_a_place(text, span[0], text.find(" ", span[0]))  # "la semana Santa Cruz"
            and not text.startswith(tuple(words(language, "place_head")), span[0])]  # "la cubana Plaza de la Revolución"


def name_before(text: str, start: int, language: str) -> list[Found]:
    """"José Pérez Gómez, Secretario de ...", "Kim Min-su, Special Envoy for ...", "Ana Díaz,
    former Foreign Minister": the person named right before a title, set off by a comma."""
    honorific = alternation(language, "honorific")
    start = possessor_start(text, start) if language == "en" else start
    match = re.search(rf"(?:^|(?<=[\s(\-–.]))(?:{honorific} )*(?P<holder>{person_name(language, '{1,3}')}), (?:el |la |the )?"
                      rf"(?:{TIME_OF_OFFICE[language]} )?$", text[:start])
    span = holder_span(text, match, language)
    if span is None or span[1] != match.end("holder") or is_place_name(text[span[0]:span[1]]):
        return []  # (a place before the title's sentence is no holder: "en Buenos Aires, el ministro …")
    return [Found(*span, "person", "name-before-title")]


POSSESSOR = re.compile(r"(?:^|(?<= ))(?P<owner>[A-Z][\w.\- ]*?(?:(?=[’']s )|s(?=[’'] )))[’']s? $")


def possessor_start(text: str, start: int) -> int:
    """Where "Russia's " begins before a title ("Igor Morgulov, Russia's Deputy Foreign
    Minister", "Ana Soto, the State Department's Under Secretary"): the country or the body
    whose office it is; `start` when no one owns the title."""
    for match in POSSESSOR.finditer(text, max(0, start - 60), start):
        if is_owner(match.group("owner")):
            return match.start()
    return start


def is_owner(name: str) -> bool:
    """A country, an acronym or a body's name ("the UN's", "the State Department's"): what can
    own an office in English's possessive."""
    last = name.rsplit(" ", 1)[-1]
    return is_country_name(name, "en") or is_acronym(name) \
        or any(last in word_set("en", category) for category in ("org_tail", "org_head", "ministry_head", "department"))


# Words that date an office between its holder's name and the title ("former Foreign Minister").
TIME_OF_OFFICE = {"en": r"(?:former|then|outgoing|incoming|current|new|(?:newly|recently) (?:appointed|elected))",
                  "es": r"(?:actual|entonces|saliente|entrante|nuev[oa]|recién (?:nombrad|designad|elect)[oa])"}


@lru_cache(maxsize=None)
def quoted_event(language: str) -> re.Pattern:
    """The title of a seminar or forum, in quotes or after "titulado" up to the sentence's end:
    seminario sobre “Corea hoy”, el evento titulado Chile y Asia. The title is the meeting's name."""
    events = "|".join(re.escape(word) for word in words(language, "event"))
    quoted = rf"(?:(?:sobre|titulado|titulada|denominado|denominada|entitled|titled|on) )?[“\"](?P<name>[{UPPER}][^”\"]{{3,100}}?)[”\"]"
    titled = rf"(?:titulado|titulada|denominado|denominada|entitled|titled) (?P<bare>[{UPPER}][^.;“”\"]{{3,150}}?)(?=\.(?:\s|$)|;|$)"
    # or a quoted title naming the event itself after a verb of holding it: will hold the
    # “Foreign Ministry-GRULAC cooperation seminar and friendship night”
    heads = "|".join(re.escape(word.lower()) for word in words(language, "event") + words(language, "meeting"))
    holding = (r"(?:hold|holds|held|host|hosts|hosted|organize|organizes|organized|celebrará|celebró|realizará|realizó"
               r"|organizará|organizó)(?: the| a| an| el| la| un| una)?")
    named = rf"\b{holding} [“\"](?P<held>(?=[{UPPER}])[^”\"]{{0,80}}?\b(?i:{heads})\b[^”\"]{{0,40}}?)[”\"]"
    # a quoted name that opens with a meeting's head and goes on in capitalised words: the
    # “Diálogo Estratégico Bilateral”, the "Forum for East Asia"
    headed = (rf"[“\"«](?P<headed>{alternation(language, 'meeting')}(?: (?:{CONNECTORS[language]} )?{CAP}){{1,6}})"
              rf"[”\"»]")
    return re.compile(rf"\b(?:{events}) (?:{quoted}|{titled})|{named}|{headed}")


def latin_names(text: str, language: str) -> list[Found]:
    """Every title, person, ministry, organization, meeting and document pattern match.
    An institution's, meeting's or document's name never runs through a headline verb or a
    date ("... Video Conference Takes Place", "Meeting on April 22"), nor into a person named
    right after it."""
    if language not in ("en", "es"):
        return []
    found = titles_and_holders(text, language)
    found += demonym_persons(text, language)
    found += listed_holders(text, language) + portfolio_holders(text, language)
    found += member_listed(text, language)
    found += photo_credits(text, language)
    found = with_romanized_korean_names(text, found)
    found += [named for item in found if item.kind == "person" for named in respectively_named(text, item.end, language)]
    people = [item for item in found if item.kind == "person"]
    found += [Found(*trimmed(text, *m.span()), "ministry", "ministry-of-field") for m in ministry_pattern(language).finditer(text)]
    found += bodies_of_open_field(text) if language == "en" else []
    found += un_entities(text, language)
    named = [("organization", evidence, pattern) for evidence, pattern in organization_patterns(language).items()]
    named += [("meeting", evidence, pattern) for evidence, pattern in meeting_patterns(language).items()]
    named += [("document", "named-document", document_pattern(language))]
    named += [("document", "numbered-resolution", resolution_pattern(language))]
    found += [Found(*m.span(next(group for group in ("name", "bare", "held", "headed") if m.group(group))), "meeting",
                    "quoted-event-title")
              for m in quoted_event(language).finditer(text)]
    for kind, evidence, pattern in named:
        for match in pattern.finditer(text):
            span = clean_span(text, match.start(), match.end(), pattern, language, people)
            if kind == "document" and span is not None and (owned_by_country(text, *span, language)
                                                            or _one_of_a_kind(text, *span)):
                continue
            if kind == "meeting" and span is not None and _talks_on_an_agreement(text, *span, language):
                continue
            if kind == "organization" and span is not None:
                span = _without_joined_country(text, *span, language)
            if kind in ("document", "meeting") and span is not None:
                span = _whole_first_partner(text, *span, language)
            if kind == "meeting" and span is not None and (closing := CLOSING_ACRONYM.search(text, *span)) is not None:
                span = span[0], closing.start()  # "Seventh Summit of the Association of Caribbean States (ACS)", "… (COFCOR) of …"
            if span is not None and kind == "meeting" and evidence == "meeting-named" and _standing_body(text, *span, language):
                found.append(Found(*trimmed(text, *span), "organization", "standing-body"))
            elif span is not None:
                found.append(Found(*trimmed(text, *span), kind, evidence))
    found += meetings_run_on(text, found)
    return [as_event(text, item, language) for item in found]


def meetings_run_on(text: str, found: list[Found]) -> list[Found]:
    """A body's forum and the meeting it holds, written one after the other ("Pacific Islands
    Forum Foreign Affairs Ministers Meeting"): one meeting, the body's."""
    starts = {item.start: item for item in found if item.kind == "meeting"}
    return [Found(item.start, starts[item.end + 1].end, "meeting", "meeting-of-forum") for item in found
            if (item.kind == "meeting" or item.evidence == "standing-body") and text[item.end:item.end + 1] == " "
            and item.end + 1 in starts]


PHOTO_LABEL = r"(?<![\w])(?:Fotos?|Fotografía|Photos?|Photograph)\s*:\s*"  # "Foto: …", a caption's credit


@lru_cache(maxsize=None)
def photo_credit_pattern(language: str) -> re.Pattern:
    return re.compile(rf"{PHOTO_LABEL}(?P<name>{person_name(language, '{1,3}')})(?![\w\-])")


def photo_credits(text: str, language: str) -> list[Found]:
    """The photographer a caption credits ("Foto: Ana Ruiz Soto."): a person of two names or more."""
    found = []
    for match in photo_credit_pattern(language).finditer(text):
        span = holder_span_of(text, match.start("name"), match.group("name"), language)
        if span is not None and " " in text[span[0]:span[1]]:
            found.append(Found(*span, "person", "photo-credit"))
    return found


INDEFINITE_BEFORE = re.compile(r"(?:^|(?<=\s))[Aa]n? (?:[A-Z][\w\-]* )*$")


def _one_of_a_kind(text: str, start: int, end: int) -> bool:
    """"a Free Trade Agreement", "an Economic Partnership Agreement": capitalised words after an
    indefinite article name a kind, not one document (English; a topic singles one out: "a
    Special Communiqué on the Summit of the Future"; Spanish "un TLC con Chile" names it by its partner)."""
    return INDEFINITE_BEFORE.search(text, 0, start) is not None and all(word[:1].isupper() for word in text[start:end].split())


JOINED_LAST = re.compile(JOINED.pattern + r"(?=\S+(?: \S+){0,3}$)")  # the last "y" of a span, a few words on


def _without_joined_country(text: str, start: int, end: int, language: str) -> tuple[int, int]:
    """"la Liga Árabe y España": a country after the name's last "y" is the other party, no
    part of the body's name (a region is: "América Latina y el Caribe")."""
    joined = list(JOINED_LAST.finditer(text, start, end))
    if joined and is_country_name(text[joined[-1].end():end], language):
        return start, joined[-1].start()
    return start, end


def _standing_body(text: str, start: int, end: int, language: str) -> bool:
    """"Pacific Islands Forum", "Foro de las Islas del Pacífico": a forum named by its members or
    its region alone is the standing body; partners ("Korea-Central Asia Cooperation Forum", the
    pair perhaps before the span), an ordinal or a year make it a meeting. A dash inside a
    region's name ("Asia-Pacific") joins no partners."""
    return is_standing_body(text[start:end], language) and not PARTNER_BEFORE.search(text, 0, start)


def is_standing_body(name: str, language: str) -> bool:
    """Whether `name`, whole, is a forum named by its members or region (see _standing_body)."""
    parts = name.split()
    head = parts[-1] if language == "en" else parts[0]
    return head in words(language, "standing_body") and not PAIR_DASH.search(world_part_dashes(language).sub("", name)) \
        and not any(character.isdigit() for character in name)


@lru_cache(maxsize=None)
def world_part_dashes(language: str) -> re.Pattern:
    """A region's name written with a dash ("Asia-Pacific", "Asia-Pacífico")."""
    parts = sorted((part for category in ("continent", "region") for part in words(language, category) if "-" in part),
                   key=len, reverse=True)
    return re.compile("|".join(map(re.escape, parts)) or "(?!)")


# A body's acronym in brackets closing a meeting's span, or before more of it, glosses the body:
# a mention of its own, and the meeting ends there
CLOSING_ACRONYM = re.compile(r" \([A-Z][A-Za-z&]{1,9}\)(?=$| of | and )")
PARTNER_BEFORE = re.compile(r"[-–—] ?(?:[\w’']+ ){0,3}$")  # "Central Asia — Republic of Korea Cooperation Forum"


def _whole_first_partner(text: str, start: int, end: int, language: str) -> tuple[int, int]:
    """"the South Korea-Central America FTA": a partner pair opening the name takes its first
    partner whole, a country of two words the word before the span begins."""
    before = WORD_BEFORE.search(text, 0, start)
    dash = PAIR_DASH.search(text, start, end)
    if before is None or dash is None or " " in text[start:dash.start()]:
        return start, end
    return (before.start(), end) if is_country_name(text[before.start():dash.start()], language) else (start, end)


WORD_BEFORE = re.compile(r"(?<![\w-])[A-ZÁÉÍÓÚÑ][\w]+ $")
PAIR_DASH = re.compile(r"[-–]")


def _talks_on_an_agreement(text: str, start: int, end: int, language: str) -> bool:
    """"SECA negotiations", "FTA talks": an agreement's acronym and a lower-case word describe
    talks on it (the agreement is the name), no meeting named."""
    found = text[start:end].split()
    return found[-1].islower() and any(word in words(language, "acronym_document") for word in found)


def owned_by_country(text: str, start: int, end: int, language: str) -> bool:
    """"el plan de Corea del Sur para …": a lower-case document word with a country after
    its "de" is that country's plan, not a document's name (a treaty is named after the city
    where it was signed: "protocolo de Tegucigalpa")."""
    if language != "es" or not text[start].islower():
        return False
    found = re.match(r"\S+ (?:de|del) (?:la |el )?", text[start:end])
    return found is not None and any(country.start == 0 for country in find_countries(text[start + found.end():], language))


# What is held on its sidelines is an event: "on the sidelines of the UN General Assembly"
# names the session, "the presidency of the UN General Assembly" the body.
EVENT_CONTEXT = {"en": re.compile(r"\b(?:sidelines|margins?) of (?:the )?$"),
                 "es": re.compile(r"\bal margen de (?:la |el |los |las )?$")}


def as_event(text: str, item: Found, language: str) -> Found:
    """A body's name in an event's context is the meeting's name (see EVENT_CONTEXT); a meeting's
    or a forum's name with a year after it names that year's edition ("Foro de Cooperación Futura
    Corea-América Latina 2024", "… Cooperation Forum 2024"); a number before a meeting, or before
    a body that sits in sessions, is one of them and goes on its name ("la 43ᵃ Conferencia General
    de la UNESCO", "la 41° Asamblea de la OEA", "the 3rd Preparatory Committee")."""
    before = max(0, item.start - SESSION_NUMBER_CHARS)
    number = SESSION_NUMBER[language].search(text, before, item.start)
    if number is None and item.kind == "meeting" and language == "en":
        number = COUNTED_SESSION.search(text, before, item.start)  # "the Thirty-ninth …"
    if number is not None and (item.kind == "meeting" or item.kind == "organization"
                               and text[item.start:item.end].split()[-1 if language == "en" else 0] in sitting_heads(language)):
        # (the head: "Preparatory Committee", "Asamblea de …")
        return as_event(text, Found(number.start(), item.end, "meeting", item.evidence + "+numbered"), language)
    if item.kind == "organization" and EVENT_CONTEXT[language].search(text, max(0, item.start - 40), item.start):
        return Found(item.start, item.end, "meeting", item.evidence + "+event-context")
    edition = EDITION_YEAR.match(text, item.end)
    if edition is not None and (item.kind == "meeting" or item.kind == "organization"
                                and text[item.start:item.end].split()[0] in words(language, "meeting")):
        return Found(item.start, edition.end(), "meeting", item.evidence + "+edition")
    return item


EDITION_YEAR = re.compile(r" (?:19|20)\d\d(?![\w\-–])")
# A session's number written right before the name: "26th", Roman or a number with its ordinal sign
# ("XVIª", "43ᵃ", "66º", "41°"; ᵃ and ᵒ are the superscript letters some keyboards give); not a
# year, which is the name's only when a meeting's pattern takes it
SESSION_NUMBER = {
    "en": re.compile(r"(?<![\w.])\d{1,3}(?:st|nd|rd|th) $"),
    "es": re.compile(rf"(?<![\w.])(?:{ROMAN}[ªº]?|\d{{1,3}}[ªº°ᵃᵒ]) $"),
}
# ... and in English a capitalised word counting it, before a meeting only (the "First Committee" is
# a standing body; "the second Political Dialogue Forum" counts editions of a name; a Spanish
# ordinal word before the meeting is the meeting pattern's own)
COUNTED_SESSION = re.compile(rf"(?<![\w.\-])(?=[A-Z]){ORDINAL_WORD} $")
SESSION_NUMBER_CHARS = 30  # characters looked back for either ("Thirty-ninth ", "XVIIIª ")


@lru_cache(maxsize=None)
def sitting_heads(language: str) -> frozenset[str]:
    """The head words of meetings and of bodies that sit in numbered sessions (an English name's
    last word, a Spanish name's first)."""
    return frozenset(head.split()[-1 if language == "en" else 0] for head in words(language, "meeting")) \
        | frozenset(words(language, "sitting_body"))


# What opens an item of a list of people by country, before its country ("; de Nicaragua", "y de
# Colombia"), and what follows an item when the next one comes ("Enrique Peña Nieto y de Colombia").
LIST_ITEM_OPENS = re.compile(r"(?:;|,? (?:y|e|and))(?: (?:de|del|of|from)(?: la| el| the)?)? $")  # "… y de la República del Perú, …"
LIST_ITEM_FOLLOWS = re.compile(r"(?:;|,? (?:y|e|and)) (?:(?:de|del|of|from) )?")


@lru_cache(maxsize=None)
def member_list_pattern(language: str) -> re.Pattern:
    """A list of people after a plural noun and a colon, each perhaps with a portfolio in
    brackets: "Ministros: Javier Martínez Acha (Relaciones Exteriores), Frank Ábrego (Seguridad)
    y José Ramón Icaza", "Consejeros: Aníbal Galindo, Héctor Infante y Omar Jaén"."""
    heads = "|".join(re.escape(word) for word in words(language, "member_list"))
    item = rf"{person_name(language, '{1,3}')}(?: \([^()]{{1,40}}\))?"
    joint = r"(?:, | (?:y|e|and) |, (?:y|e|and) )"
    return re.compile(rf"(?:^|(?<=[-•–]\s))(?:{heads}):\s+(?P<items>{item}(?:{joint}{item})+)[.;]?$")


def member_listed(text: str, language: str) -> list[Found]:
    """Each person of a list after a plural noun and a colon (see member_list_pattern)."""
    match = member_list_pattern(language).search(text.strip())
    if match is None:
        return []
    offset = len(text) - len(text.lstrip())
    found = []
    for person in re.finditer(person_name(language, "{1,3}"), match.group("items")):
        start = offset + match.start("items") + person.start()
        inside = text[:start].rfind("(") > text[:start].rfind(")")  # a portfolio's words, not a name
        if not inside and not is_country_name(person.group(), language):
            found.append(Found(start, start + len(person.group()), "person", "name-in-member-list"))
    return found


def listed_holders(text: str, language: str) -> list[Found]:
    """People listed by country ("los mandatarios de Panamá, Ricardo Martinelli; Costa Rica,
    Laura Chinchilla; ..."): a country, a comma and a name, as one item of a list whose items
    are closed by semicolons (the commas are taken inside them) or joined by "y de" to the
    next country's ("de México, Enrique Peña Nieto y de Colombia, Juan Manuel Santos"); or a name and the country it
    comes from, as one item of a list ("-- Ana Soto from Chile, Mary Brent from Australia")."""
    found = []
    countries = find_countries(text, language)
    starts = {country.start for country in countries}
    for country in countries:
        listed = HOLDER_FROM[language].search(text, 0, country.start)
        if listed is not None:  # "-- Luis Videgaray Caso from Mexico, Julie Bishop from Australia"
            span = holder_span_of(text, listed.start("holder"), listed.group("holder"), language)
            found += [Found(*span, "person", "name-listed-with-country")] if span is not None else []
        holder = LISTED_HOLDER[language].match(text, country.end)
        opened = LIST_ITEM_OPENS.search(text, 0, country.start) is not None
        following = LIST_ITEM_FOLLOWS.match(text, holder.end()) if holder is not None else None
        if holder is None or not (opened or text.startswith(";", holder.end()) or following and following.end() in starts):
            continue
        span = holder_span_of(text, holder.start("holder"), holder.group("holder"), language)
        if span is not None:
            found.append(Found(*span, "person", "name-listed-by-country"))
    return found


@lru_cache(maxsize=None)
def portfolio_item_pattern(language: str) -> re.Pattern:
    # an item after a semicolon ("; and Ana Ruiz, of the Dominican Republic"), or the first, closed by one
    # ("were Ana Ruiz, of Belize; …")
    of = r"(?:(?:de|del|of) (?:the |la |el )?)"
    return re.compile(rf"(?<=; )(?:(?:and|y|e) )?(?P<holder>{person_name(language, '{1,3}')}), {of}?[{UPPER}]"
                      rf"|(?<=[a-z:] )(?P<first>{person_name(language, '{1,3}')}), {of}[{UPPER}][^;,()]{{1,60}}; ")


def portfolio_holders(text: str, language: str) -> list[Found]:
    """Officials listed after a plural title, each with a portfolio, the items closed by
    semicolons ("los ministros Antonio Almonte, de Energía y Minas; Ito Bisonò, Industria y
    Comercio; Pável Isa, Economía"): the name opening each item is a person."""
    found = []
    for item in portfolio_item_pattern(language).finditer(text):
        plural = any(title.group("title").endswith("s") for title in title_pattern(language).finditer(text, 0, item.start()))
        group = "holder" if item.group("holder") else "first"
        # after one title, the items of a list of counterparts each name a country ("…; Ana Ruiz, de Kuwait;")
        countries = find_countries(text[item.end() - 1:item.end() - 1 + COUNTRY_WINDOW], language)
        listed = plural or any(country.start == 0 for country in countries) and text.startswith("; ", item.start() - 2)
        span = holder_span_of(text, item.start(group), item.group(group), language) if listed else None
        if span is not None:
            found.append(Found(*span, "person", "name-listed-with-portfolio"))
    return found


def with_romanized_korean_names(text: str, found: list[Found]) -> list[Found]:
    """`found` and the romanized Korean names in `text`: "Shin Soong-chull", "Hwang Doo-yun",
    "In-gyun Chung": a Korean surname as English and Spanish spell it, with a hyphenated given
    name before or after it, is a person even without a title; one that takes in a person
    found shorter ("Seung-bae" of "Seung-bae YEO") replaces it."""
    from toolkit.extract.hangul import romanized_surnames
    from toolkit.text.romanize import spells_one_syllable

    result = list(found)
    for match in ROMANIZED_KOREAN.finditer(text):
        surname = (match.group("surname") or match.group("last")).capitalize()  # "YEO": a surname in capitals
        if match.group("last") and not all(map(spells_one_syllable, match.group("given").split("-"))):
            continue  # "Seoul-based Yang": a given name written first is two romanized syllables
        if match.group("capitalised") and not all(map(spells_one_syllable, match.group("capitalised").split("-"))):
            continue  # "Ki-Chang" is two syllables; a headline's "Moon Co-Chairs" is none
        if surname not in romanized_surnames():
            continue
        overlapping = [item for item in result if item.kind == "person" and item.start < match.end() and match.start() < item.end]
        if all(match.start() <= item.start and item.end <= match.end() and item.end - item.start < len(match.group())
               for item in overlapping):
            result = [item for item in result if item not in overlapping]
            result.append(Found(match.start(), match.end(), "person", "romanized-korean-name"))
    return result


# Surname first ("Shin Soong-chull", "Park Ki-Chang") or, as English writes it, last ("In-gyun Chung",
# "Seung-bae YEO": the surname in capitals, as some protocol offices write it).
ROMANIZED_KOREAN = re.compile(r"(?<![\w\-])(?:(?P<surname>[A-Z][a-z]{1,4}) (?:[A-Z][a-z]+-[a-z]+|(?P<capitalised>[A-Z][a-z]+-[A-Z][a-z]+))"
                              r"|(?P<given>[A-Z][a-z]+-[a-z]+) (?P<last>[A-Z][a-z]{1,4}|[A-Z]{2,5}))(?![\w\-])")


def clean_span(text: str, start: int, end: int, pattern: re.Pattern, language: str,
               people: list[Found]) -> tuple[int, int] | None:
    """The longest match of `pattern` that starts inside text[start:end] and crosses no clause
    word and no person; None when there is none. After the last cut the match may run past
    `end`: the first match had swallowed the verb ("Ministers Adopt Joint Communiqué") and
    stopped short of the name's tail ("... on the Situation in ...")."""
    def crossed(low: int, high: int) -> list[tuple[int, int]]:
        found = [(low + m.start(), low + m.end()) for m in re.finditer(r"[^\s,;:()]+", text[low:high])
                 if m.group().strip("’'.") in words(language, "clause_word")]
        return found + [(person.start, person.end) for person in people if low < person.end and person.start < high]

    if not crossed(start, end):
        return start, end
    cuts = crossed(start, len(text))
    bounds = [start] + [edge for cut in sorted(cuts) for edge in cut] + [len(text)]  # the name may go on
    best = None
    for low, high in zip(bounds[::2], bounds[1::2]):
        for match in pattern.finditer(text, low, high):
            if best is None or match.end() - match.start() > best[1] - best[0]:
                best = match.span()
    return best


