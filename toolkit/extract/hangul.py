"""Name patterns for Korean text: "최종건 외교부 제1차관", "다자외교조정관",
"카를로스 오요스(Carlos Hoyos) 파나마 외교부 차관", "한-중미 특별 라운드테이블".

Korean writes the holder before the title and glues particles to the last word of a name;
words are compared after the particle chain is removed (toolkit.text.korean), and a span never
covers the particle ("외교부는" -> "외교부"). Head words come from
toolkit/data/extract_vocabulary.tsv.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from toolkit.extract.acronyms import hangul_acronym_words
from toolkit.extract.countries import find_countries, is_country_name, territory_names
from toolkit.extract.latin import Found
from toolkit.extract.morphology import is_clause_word, is_proper_noun
from toolkit.extract.vocabulary import word_set, words
from toolkit.text.korean import BULLETS, OPENING_QUOTES, is_hangul, is_particle_chain, strip_particles
from toolkit.text.romanize import korean_surnames, surname_spellings, transliteration_score

# "[외교부]한-멕시코", "(사진=외교부 제공)", "협의체도…성명": a closing bracket, "=" or an ellipsis ends a
# word; an opening quotation mark glued to the word before it ("장관은“우리 정부의") begins one, a
# sentence's full stop glued to the next sentence ("논의했다.박 장관은") ends one, and so does a
# broadcast transcript's speaker label ("녹취>박 대통령")
OPENING_ONLY = "“‘「『《〈"
WORD = re.compile(rf"[{OPENING_ONLY}]?(?:[^\s\]=…>.{OPENING_ONLY}]|(?<![가-힣])\.|\.(?![가-힣]))+\]?|[\]=…>]")
LATIN_WORD = r"[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚáéíóúñÑü.\-]*"
# A name in the Latin script written as it is before a Korean title ("Ana Soto 하원의장"): two to
# four capitalised words, particles between them, after a space, a comma or the line's start
LATIN_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s,]))[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?: (?:(?:de|del|la|da|dos|van|von) )*"
                               r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü\-]+){1,3}$")
HAN_WORD = r"[\u4e00-\u9fff\u3040-\u30ff]+"  # a Chinese or Japanese name's original: 野口 泰
# (both originals, the characters first: "쿵쉬안유(孔鉉佑, Kong Xuanyou)")
GLOSS = re.compile(rf"\((?:(?P<han>{HAN_WORD}(?: {HAN_WORD})*), )?(?P<latin>{LATIN_WORD}(?: {LATIN_WORD})*|{HAN_WORD}(?: {HAN_WORD})*)\)")
TRAILING_PUNCTUATION = ",.;:!?”’\"'·]"
# Quotation marks that close a name before its particle: "「한-중미 특별 라운드테이블」을".
CLOSING_QUOTES = "」』》〉”’\"'"
BRACKET_CLOSERS = "」』》〉"  # unlike a quotation mark, never an apostrophe or a closing of prose
DASHES = "-–"  # a partner pair's dash (the horizontal bar of older papers, "한―중미", was tried: see docs/extraction.md)


@lru_cache(maxsize=None)
def surnames() -> frozenset[str]:
    """Korean surnames, from the table the romanization matcher also uses."""
    return frozenset(surname_spellings())



def before_gloss(word: str) -> str:
    """A word up to the bracket that opens its gloss or acronym ("동맹(PA)에" -> "동맹")."""
    return GLOSS_OPENING.split(word, maxsplit=1)[0]


GLOSS_OPENING = re.compile(r"[(\[（［]")


def head_stem(word: str, heads: tuple[str, ...]) -> str | None:
    """The word without its particles, when it ends in one of `heads`: "정상회의에서" ->
    "정상회의" (not "정상회" + "의에서", which a blind particle strip would give); the honorific
    suffix 님 goes with the particles ("대통령님과"). A corner or angle bracket closes a name
    whatever is glued after it ("「…자문위원회」산하": the committee, then "under")."""
    word = word.rstrip(TRAILING_PUNCTUATION)
    for cut in range(len(word), 0, -1):
        stem = word[:cut]
        rest = word[cut:].lstrip(CLOSING_QUOTES)
        rest = rest[1:] if rest.startswith(HONORIFIC_SUFFIX) else rest
        if stem.endswith(heads) and (not rest or is_particle_chain(rest) or word[cut:cut + 1] in BRACKET_CLOSERS):
            return stem
    return None


HONORIFIC_SUFFIX = "님"


@lru_cache(maxsize=None)
def romanized_surnames() -> frozenset[str]:
    """Korean surnames as English and Spanish texts spell them (Kim, Lee, Park, Cho)."""
    return frozenset(spelling.capitalize() for spelling in korean_surnames())


@lru_cache(maxsize=None)
def offices() -> tuple[str, ...]:
    """A title with an office suffix names the holder's office: 부통령실, 대통령실, 총리실."""
    return tuple(head + suffix for head in words("ko", "title_head") for suffix in words("ko", "office_suffix"))


def is_post_place(place: str) -> bool:
    """Where a post abroad written "주…" is: a country ("주칠레"), one in its one-syllable
    abbreviation ("주영", "주미") or a body spelled in Hangul ("주유엔")."""
    return bool(place) and (place in words("ko", "country_syllable") or place in hangul_acronym_words()
                            or bool(find_countries(place, "ko")))


def hangul_acronyms(spelled: frozenset[str] = frozenset()) -> frozenset[str]:
    """The acronyms Korean spells in Hangul: the vocabulary's (유엔, 믹타) and the document's."""
    return hangul_acronym_words() | spelled


# An acronym's Hangul spelling given with it in a gloss: "카리브공동체(카리콤, CARICOM)".
SPELLED_ACRONYM = re.compile(r"[(\[](?P<hangul>[가-힣]{2,6}), ?[A-Z][A-Z0-9&]{1,9}[)\]]")


# An acronym's Hangul spelling glossed by the acronym alone: "한·시카(SICA)", "믹타(MIKTA)".
GLOSSED_SPELLING = re.compile(r"(?<![가-힣])(?P<hangul>[가-힣]{2,4})[(\[](?P<acronym>[A-Z]{3,7})[)\]]")


def spelled_acronyms(text: str) -> set[str]:
    """The Hangul spellings of acronyms this line glosses, which the rest of the document may
    use alone ("카리콤 정상회의", "시카 사무총장"), as the vocabulary's 믹타 is: given with the
    acronym after a comma, or glossed by it alone where the word is no country, no body's or
    meeting's name and has no more syllables than the acronym has letters."""
    spelled = {match.group("hangul") for match in SPELLED_ACRONYM.finditer(text)}
    tails = words("ko", "org_tail") + words("ko", "glossed_org_tail") + words("ko", "meeting")
    return spelled | {match.group("hangul") for match in GLOSSED_SPELLING.finditer(text)
                      if len(match.group("hangul")) <= len(match.group("acronym"))
                      and sounds_like(match.group("hangul"), match.group("acronym"))
                      and not match.group("hangul").endswith(tails) and not is_country_name(match.group("hangul"), "ko")}


# The first consonants Korean writes for a Latin letter, read as a sound (K: 코이카) or by its
# name (F: 에프티에이, M: 엠): ㅇ stands for a vowel or for a name starting with one.
LETTER_INITIALS = {
    "A": "ㅇ", "B": "ㅂ", "C": "ㅋㅅㅆㅊ", "D": "ㄷ", "E": "ㅇ", "F": "ㅍㅇ", "G": "ㄱㅈ", "H": "ㅎㅇ", "I": "ㅇ",
    "J": "ㅈ", "K": "ㅋㄱ", "L": "ㄹㅇ", "M": "ㅁㅇ", "N": "ㄴㅇ", "O": "ㅇ", "P": "ㅍ", "Q": "ㅋㄱ", "R": "ㄹㅇ",
    "S": "ㅅㅆㅇ", "T": "ㅌㄷ", "U": "ㅇ", "V": "ㅂ", "W": "ㅇㄷ", "X": "ㅇ", "Y": "ㅇ", "Z": "ㅈ",
}
INITIAL_CONSONANTS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"


def sounds_like(hangul: str, acronym: str) -> bool:
    """Whether a Hangul word can be the acronym read aloud: its first consonant is one Korean
    writes for the acronym's first letter ("아세안" ASEAN, "코이카" KOICA; not "연대구상" KASI,
    a translation of the name's last words), and it ends as the acronym does."""
    syllable = ord(hangul[0]) - 0xAC00
    return 0 <= syllable < 11172 and INITIAL_CONSONANTS[syllable // 588] in LETTER_INITIALS.get(acronym[0], "") \
        and ends_alike(hangul, acronym)


# The final consonant Korean writes for a Latin letter that closes a word ("아셈" ASEM, "아세안"
# ASEAN, "아펙" APEC); a vowel letter, or a consonant Korean closes with a vowel ("유니세프"
# UNICEF, "메르코수르" MERCOSUR), leaves the last syllable open.
LETTER_FINALS = {"M": "ㅁ", "N": "ㄴ", "L": "ㄹ", "C": "ㄱ", "K": "ㄱ", "G": "ㄱㅇ", "Q": "ㄱ", "X": "ㄱ", "P": "ㅂ", "B": "ㅂ",
                 "T": "ㅅ", "D": "ㅅ", "S": "ㅅ", "R": "ㄹ"}
MUST_CLOSE = "MNL"  # a word ending in these is never written open ("엠", "엔", "엘" closed too)
FINAL_CONSONANTS = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"


def ends_alike(hangul: str, acronym: str) -> bool:
    """Whether the Hangul word ends as the acronym read aloud does: "이용" (use) is no REAIM,
    "임무단" (a mission) no UNMISS."""
    syllable, letter = ord(hangul[-1]) - 0xAC00, acronym[-1].upper()
    if not 0 <= syllable < 11172 or not "A" <= letter <= "Z":
        return True
    final = FINAL_CONSONANTS[syllable % 28].strip()
    return final in LETTER_FINALS.get(letter, "") if final else letter not in MUST_CLOSE


def korean_names(text: str, named_surnames: frozenset[str] = frozenset(),
                 spelled: frozenset[str] = frozenset()) -> list[Found]:
    """Titles with their holders, ministries, offices, meetings, documents and Hangul-spelled
    acronyms in Korean text. `named_surnames` are the surnames of people the document has
    already named in full, so that "최 차관" after "최종건 외교부 제1차관" is a reference to him;
    `spelled`, the Hangul spellings of acronyms the document gave ("(카리콤, CARICOM)")."""
    acronyms = hangul_acronyms(spelled)
    quoted = text
    text = QUOTED_GLOSSED_NAME.sub(lambda m: f" {m.group('name')} ", text)
    text = CORNERED_NAME.sub(lambda m: f" {m.group('name')}{m.group('gloss') or ''} ", text)
    tokens = [part for m in WORD.finditer(text) for part in hanja_surname_apart(text, m.start(), m.end())]
    countries = {match.start: match.end for match in find_countries(text, "ko")}
    found: list[Found] = []
    for index, (start, end) in enumerate(tokens):
        opened = len(text[start:end]) - len(text[start:end].lstrip("[(" + OPENING_QUOTES + BULLETS + "-"))
        start += opened
        word = text[start:end]
        if re.search(r"[가-힣]\.?[(\[@]", word):  # "대사(GRULAC 대표)는", "장관.(사진=외교부)", "장관@외교부 제공":
            word = re.split(r"[(\[@]", word, maxsplit=1)[0]  # a gloss or a photo credit is not the title
        elif word.rstrip(TRAILING_PUNCTUATION).endswith(")") and _in_delegation(text, start):
            word = word.rstrip(TRAILING_PUNCTUATION)[:-1]  # "브라질(… 외교장관),": a listed delegation's bracket closes
        listed = re.split(r"[·-]", word, maxsplit=1)[0]
        if listed != word and head_stem(listed, words("ko", "title_head")) == listed:
            word = listed  # "페루 외교장관·온두라스 외교장관": a list of officials; "외교장관-사이도프": two who met
        title = head_stem(word, words("ko", "title_head") + words("ko", "holder_title_head"))
        title = None if title in words("ko", "title_exclude") else title  # "환영사": a speech, not a consul
        ministry = head_stem(word, words("ko", "ministry_head"))
        office = head_stem(word, offices())
        document = head_stem(word, words("ko", "document"))
        if office in offices():
            first = start if index == 0 or not is_country(tokens[index - 1], countries) else tokens[index - 1][0]
            found.append(Found(first, start + len(office), "organization", "office-of-title"))
        elif title is not None and (glued := country_in_title(title)) is not None:
            found += glued_country_title(text, tokens, index, start, title, glued, countries, named_surnames, acronyms)
        elif title is not None and title[0] not in DOT and all(is_hangul(char) or char.isdigit() or char in DOT for char in title):
            found += title_at(text, tokens, index, start + len(title), title, countries, named_surnames, acronyms)
        elif ministry in words("ko", "ministry_head") and not next_is_title(text, tokens, index, ministry) \
                and not ministry_unnamed(text, tokens, index):
            found.append(Found(start, start + len(ministry), "ministry", "ministry-word"))
        elif (own := countrys_ministry(text, tokens, index, countries)) is not None:
            found.append(Found(start, start + len(own), "ministry", "ministry-of-country"))
        elif document in words("ko", "document"):
            found.append(Found(start, start + len(document), "document", "document-word"))
        elif strip_particles(word) in words("ko", "administration") and index > 0 and not opened and \
                is_korean_name(text[tokens[index - 1][0]:tokens[index - 1][1]].lstrip(OPENING_QUOTES)):
            # "윤석열 정부는": the president's administration names the president (not across a quote's
            # opening: "… 방문해 \"정부가 …")
            name_start = tokens[index - 1][1] - len(text[tokens[index - 1][0]:tokens[index - 1][1]].lstrip(OPENING_QUOTES))
            found.append(Found(name_start, tokens[index - 1][1], "person", "name-before-administration"))
        elif HANGUL_PAIR_WORD.match(word) and head_stem(word, words("ko", "agreement")):
            stem = head_stem(word, words("ko", "agreement"))  # "인도-태평양전략": a pair's strategy
            found.append(Found(start, start + len(stem), "document", "agreement-of-partners"))
        elif (named := named_agreement(text, tokens, index, word)) is not None:
            found.append(named)
        found += hangul_acronym(word, start, acronyms)
    found += meetings(text, acronyms) + organizations(text, tokens, acronyms) + representatives(text, tokens, acronyms) + \
        headline_subject(text, tokens) + quoted_documents(quoted, acronyms) + glossed_transcriptions(text) + \
        bracketed_names(quoted, text, tokens, countries) + office_holders_in_brackets(text)
    found = [past_opening_mark(text, elect_or_nominee(text, item) if item.kind == "title" else item)
             for item in with_parent_body(text, concurrent_offices(text, found))]
    found += bodies_meetings(text, found)
    return [item for item in found if item.kind != "person" or not QUOTE_MARK.search(text, item.start, item.end)]


QUOTE_MARK = re.compile(f"[{re.escape(OPENING_QUOTES)}”’」』》〉]")  # no name holds one: '그는 "과거' is prose


def past_opening_mark(text: str, item: Found) -> Found:
    """The span without the quote or bracket that opens the quotation or aside it begins
    ('"(외교장관 회담에서는)': the title starts after them)."""
    start = item.start
    while start < item.end - 1 and text[start] in OPENING_QUOTES + "([":
        start += 1
    return replace(item, start=start) if start != item.start else item


# Who holds an office-to-be: elected to it (당선자, 당선인) or named to it (내정자), a part of
# the title ("부통령 당선자", "환경부 장관 내정자"), as "-elect" is of "President-elect".
ELECT = re.compile(r" ?(?:당선자|당선인|내정자)(?=[은는이가을를의과와께도만]|(?![가-힣]))")


def elect_or_nominee(text: str, title: Found) -> Found:
    """The title with the 당선자/내정자 written after it."""
    after = ELECT.match(text, title.end)
    return replace(title, end=after.end()) if after else title


# Endings that close a word of the sentence, never a transcribed name (unlike 도, 가, 와, 과:
# 올란도, 리가, 오타와, 니카라과).
PROSE_ENDINGS = ("은", "는", "을", "를", "의", "에서", "에게", "께서", "으로")
# A foreign name transcribed in Hangul, its words apart, with the original in brackets right
# after it: "에벌리 폴 쳇 그린(Everly Paul Chet Greene)".
GLOSSED_TRANSCRIPTION = re.compile(r"(?P<hangul>[가-힣]{1,6}(?:-[가-힣]{1,6})?(?: [가-힣]{1,6}(?:-[가-힣]{1,6})?){1,5})"
                                   r"\((?P<latin>[^()]{3,60})\)")  # "프랑크-발터 슈타인마이어(Frank-Walter …)"
TRANSCRIPTION_MIN_SCORE = 0.5  # below it the Hangul translates the gloss ("연방 대통령궁(Schloss …)"), not its sound
ARTICLES = ("Los", "Las", "El", "La", "The")  # a place's name may open with one ("Los Cabos"), a person's never


@lru_cache(maxsize=None)
def gloss_person() -> tuple[re.Pattern, frozenset[str]]:
    """The shape of a person's name in Latin letters, and the words that make a gloss an
    institution's, a meeting's, a document's or a title's instead."""
    from toolkit.extract.latin import person_name

    stops = frozenset(word.casefold() for category in ("name_stop", "org_head", "org_tail", "meeting", "document", "title_head")
                      for phrase in words("en", category) for word in phrase.split())
    return re.compile(person_name("en", "{1,4}")), stops


def glossed_transcriptions(text: str) -> list[Found]:
    """Both spellings of a person glossed by the original: as many Hangul words before the
    brackets as the Latin name has parts (two or more: "오마르 알 케티(Omar Al-Ketti)"; a
    hyphenated part may be one word, "나예프 알하즈라프(Nayef Al-Hajraf)": the count whose
    transcription is closest to the original wins), the
    Latin a person's shape with no word of an institution, a meeting or a title, and no place's
    name ("아프리카 연합(African Union)", "코스타리카(Costa Rica)", "라틴 아메리카(Latin America)",
    "로스 카보스(Los Cabos)" are no persons)."""
    found = []
    for match in GLOSSED_TRANSCRIPTION.finditer(text):
        shape, stops = gloss_person()
        latin = match.group("latin")
        parts = [part for part in re.split(r"[ \-]", latin) if part]
        hangul = match.group("hangul").split(" ")
        if not shape.fullmatch(latin) or any(part.casefold() in stops for part in parts) \
                or len(re.split(r"[ \-]", match.group("hangul"))) < len(parts) \
                or latin.split(" ")[0] in ARTICLES or latin in territory_names():
            continue
        name, score = max(((hangul[-size:], transliteration_score(" ".join(hangul[-size:]), latin))
                           for size in range(min(len(hangul), len(latin.split(" "))), len(parts) + 1)),
                          key=lambda scored: scored[1])  # "알하즈라프" for "Al-Hajraf"
        if any(word.endswith(PROSE_ENDINGS) for word in name) or score < TRANSCRIPTION_MIN_SCORE:
            continue  # "장관은 …": a word of the sentence, not of the name
        start = match.end("hangul") - len(" ".join(name))
        found += [Found(start, match.end("hangul"), "person", "transcription-glossed"),
                  Found(*match.span("latin"), "person", "transcription-glossed")]
    return found


# "「카르멘 모레노 토스카노(Carmen Moreno Toscano)」멕시코 외교차관", "'코스마스(Kosmas)' 파나마 대사": a
# foreign name set off by corner brackets or quotes is read as if they were spaces (same length,
# so offsets hold).
QUOTED_GLOSSED_NAME = re.compile(r"[「『'‘\"“](?P<name>[가-힣]+(?: [가-힣]+){0,4}\([^()「」『』'‘’\"“”]+\))[」』'’\"”]")


# "「레닌 모레노」대통령과", "「구스타보 … 미란다(Gustavo … Miranda」 에콰도르 외교장관": a foreign name
# of several words set off by corner brackets, its original after it or not (its bracket left
# open, as pages do), read as if the brackets were spaces.
CORNERED_NAME = re.compile(r"[「『](?P<name>[가-힣]{1,6}(?: [가-힣]{1,6}){1,5})"
                           r"(?P<gloss>\((?P<latin>[A-Za-zÀ-ÿ.'\- ]{3,60})\)?)?[」』]")


def bracketed_names(quoted: str, text: str, tokens: list[tuple[int, int]], countries: dict[int, int]) -> list[Found]:
    """The persons `CORNERED_NAME` sets off where a title follows, its country between or
    not; the original too where the page gives it."""
    matches = list(CORNERED_NAME.finditer(quoted))
    if not matches:
        return []  # (most lines: no token index built)
    found = []
    starts = {start: index for index, (start, _) in enumerate(tokens)}
    for match in matches:
        index = next((starts[at] for at in range(match.end(), match.end() + 2) if at in starts), None)
        if index is not None and is_country(tokens[index], countries) and index + 1 < len(tokens):
            index += 1
        if index is None or head_stem(text[tokens[index][0]:tokens[index][1]], words("ko", "title_head")) is None:
            continue
        found.append(Found(*match.span("name"), "person", "bracketed-name-before-title"))
        if match.group("latin"):
            found.append(Found(*match.span("latin"), "person", "bracketed-name-before-title"))
    return found


@lru_cache(maxsize=None)
def office_in_brackets() -> re.Pattern:
    """"외교부(장관 조태열)는": a ministry's or a body's office and its holder in brackets right after
    its name, as Korean government releases open."""
    titles = "|".join(re.escape(title) for title in words("ko", "title_head"))
    return re.compile(rf"(?<=[가-힣])\((?P<title>{titles}) (?P<name>[가-힣]{{2,5}})(?=[,)])")


def office_holders_in_brackets(text: str) -> list[Found]:
    """The office and the person `office_in_brackets` finds, the holder a Korean name in full."""
    found = []
    for match in office_in_brackets().finditer(text):
        if is_korean_name(match.group("name"), short=True):
            found += [Found(*match.span("title"), "title", "title-in-brackets"),
                      Found(*match.span("name"), "person", "name-in-brackets")]
    return found


COMPOUND_AGREEMENT_HEAD = 3  # syllables before an agreement word that make a compound its name ("추가의정서" is a kind)


def named_agreement(text: str, tokens: list[tuple[int, int]], index: int, word: str) -> Found | None:
    """An agreement word compounded with what it is about ("보건모델협정"; a shorter modifier
    names a kind: "추가의정서", "가입의정서"), or written after 신 (new: "신 행동계획"): a
    document's name, as Korean names them."""
    stem = head_stem(word, words("ko", "agreement"))
    if stem is None or not all(is_hangul(char) for char in stem):
        return None
    start = tokens[index][1] - len(text[tokens[index][0]:tokens[index][1]].lstrip(OPENING_QUOTES))
    head = max((h for h in words("ko", "agreement") if stem.endswith(h)), key=len)
    if len(stem) - len(head) >= COMPOUND_AGREEMENT_HEAD:
        return Found(start, start + len(stem), "document", "compound-agreement")
    if stem == head and index > 0 and text[tokens[index - 1][0]:tokens[index - 1][1]] == "신":
        return Found(tokens[index - 1][0], start + len(stem), "document", "new-agreement")
    return None


def country_in_title(title: str):
    """"주한코스타리카대사", "도미니카대사": a country written into a title word, "주한" (in Korea)
    before it; the country's match (offsets inside the word) when the rest is a title head."""
    at = 2 if title.startswith("주한") else 0
    for head in words("ko", "title_head"):
        if title.endswith(head) and len(title) - len(head) > at:
            name = title[at:len(title) - len(head)]
            match = next((m for m in find_countries(name, "ko") if (m.start, m.end) == (0, len(name))), None)
            if match is not None:
                return at, len(title) - len(head), match.country
    return None


def glued_country_title(text: str, tokens: list[tuple[int, int]], index: int, start: int, title: str, glued,
                        countries: dict[int, int], named_surnames: frozenset[str],
                        acronyms: frozenset[str]) -> list[Found]:
    """The country and the title of a compound like "주한코스타리카대사", as the other languages
    write them apart, and the holder before it (a foreign official: "페데리코 쿠에요 주한 도미니카대사")."""
    country_start, country_end, country = glued
    found = [Found(start + country_start, start + country_end, "country", f"country-{country.form}:{country.alpha_2}"),
             Found(start + country_end, start + len(title), "title", "title-after-country")]
    first = index - 1 if index > 0 and text[tokens[index - 1][0]:tokens[index - 1][1]] == "주한" else index
    before, _ = holder_end(text, tokens, first, countries, acronyms)
    return found + (holder_before(text, tokens, before, named_surnames, foreign=True, office=title[country_end:]) or [])


def representatives(text: str, tokens: list[tuple[int, int]], acronyms: frozenset[str]) -> list[Found]:
    """"외교부 믹타 고위관리대표": a ministry, a group's acronym and a representative's title
    make one title (the ministry's representative to the group)."""
    found = []
    for index in range(1, len(tokens) - 1):
        ministry, acronym, title = (text[a:b] for a, b in tokens[index - 1:index + 2])
        stem = head_stem(title, words("ko", "title_head") + words("ko", "representative"))
        if strip_particles(ministry) in words("ko", "ministry_head") and stem is not None and \
                (acronym in acronyms or re.fullmatch(r"[A-Z][A-Z0-9]{1,9}", acronym)):
            found.append(Found(tokens[index - 1][0], tokens[index + 1][0] + len(stem), "title", "title-for-a-group"))
            found += holder_before(text, tokens, index - 1, foreign=True) or []
    return found


def hangul_acronym(word: str, start: int, acronyms: frozenset[str]) -> list[Found]:
    """An organization's acronym as Korean spells it (유엔, 믹타), particles and quotes left out,
    also as a pair's partner ("한-아세안"); a body's Hangul short name (안보리, 메르코수르) is the
    organization itself."""
    opened = word.lstrip(OPENING_QUOTES)
    partner = re.match(rf"[가-힣]{{1,6}}[{DASHES}·ㆍ](?=[가-힣])", opened)  # "한-아세안과": the partner after the pair's dash
    if partner:
        opened = opened[partner.end():]
    core = before_gloss(opened)
    stem = head_stem(core, tuple(acronyms))
    if stem not in acronyms:
        return []
    at = start + len(word) - len(opened)
    if stem in word_set("ko", "body_hangul"):
        return [Found(at, at + len(stem), "organization", "body-hangul")]
    return [Found(at, at + len(stem), "acronym", "acronym-hangul")]


def bodies_meetings(text: str, found: list[Found]) -> list[Found]:
    """"카리브공동체 정상회의", "태평양 동맹 온라인 정상회담": a body's name, perhaps one bare word
    (the meeting's form), then a meeting word: the body's meeting, named by it ("안보리 회의", a
    meeting of the Council, names none)."""
    meetings = []
    for body in (item for item in found if item.kind == "organization"):
        for after in filter(None, (pattern.match(text, body.end) for pattern in BODY_MEETING)):
            if (head := head_stem(after.group("head"), words("ko", "meeting"))) is not None and head not in words("ko", "meeting_generic"):
                meetings.append(Found(body.start, after.start("head") + len(head), "meeting", "meeting-of-body-named"))
                break
    return meetings


BODY_MEETING = (re.compile(r" (?P<head>[가-힣]+)"), re.compile(r" [가-힣]{2,4} (?P<head>[가-힣]+)"))


def concurrent_offices(text: str, found: list[Found]) -> list[Found]:
    """"부총리 겸 외교장관": two offices one person holds at once (겸, concurrently) are one title,
    as "Deputy Prime Minister and Foreign Minister" is."""
    titles = {item.start: item for item in found if item.kind == "title"}
    joined = [(first, titles[first.end + len(CONCURRENTLY)]) for first in titles.values()
              if text.startswith(CONCURRENTLY, first.end) and first.end + len(CONCURRENTLY) in titles]
    return merged(found, joined, "title", "title-concurrent")


CONCURRENTLY = " 겸 "


def with_parent_body(text: str, found: list[Found]) -> list[Found]:
    """"유엔 안보리": a body's Hangul short name after its parent's acronym names one
    organization, as "United Nations Security Council" does."""
    bodies = [item for item in found if item.evidence == "body-hangul"]
    if not bodies:
        return found
    parents = {item.end + 1: item for item in found if item.kind == "acronym" and text[item.end:item.end + 1] == " "}
    joined = [(parents[item.start], item) for item in bodies if item.start in parents]
    return merged(found, joined, "organization", "body-of-parent")


def merged(found: list[Found], pairs: list[tuple[Found, Found]], kind: str, evidence: str) -> list[Found]:
    """`found` with each pair of mentions replaced by one mention spanning both."""
    dropped = {part for pair in pairs for part in pair}
    return [item for item in found if item not in dropped] + [Found(first.start, second.end, kind, evidence) for first, second in pairs]


def is_country(token: tuple[int, int], countries: dict[int, int]) -> bool:
    return countries.get(token[0]) == token[1]


def ministry_unnamed(text: str, tokens: list[tuple[int, int]], index: int) -> bool:
    """"양국 외교부": both countries' ministries, no one of them (as "양 장관" is no one's title)."""
    return index > 0 and is_determiner(text[tokens[index - 1][0]:tokens[index - 1][1]])


def next_is_title(text: str, tokens: list[tuple[int, int]], index: int, ministry: str) -> bool:
    """"외교부 제1차관": the ministry belongs to the title that follows (no particle between)."""
    start, end = tokens[index]
    if index + 1 >= len(tokens) or text[start:end] != ministry:
        return False
    following = text[tokens[index + 1][0]:tokens[index + 1][1]]
    return head_stem(following, words("ko", "title_head")) is not None


def title_at(
    text: str, tokens: list[tuple[int, int]], index: int, title_end: int, word: str, countries: dict[int, int],
    named_surnames: frozenset[str], acronyms: frozenset[str],
) -> list[Found]:
    """A title word, with the ministry written right before it ("외교부 제1차관"), and its
    holder. A country before the title is the country's own mention, not part of the title
    ("멕시코 외교차관" -> 멕시코 + 외교차관), as in the other two languages; the holder then
    comes before the country ("클라베렌 칠레 외교장관"). A title word standing alone ("장관은")
    of an office-holder is a mention too ("장관은", "대통령은"): Korean releases name the
    minister or the president by the title alone once introduced."""
    start = tokens[index][0]
    if glued_surname(word):  # "문대통령 …": a headline's surname glued to the office
        following = text[tokens[index + 1][0]:tokens[index + 1][1]] if index + 1 < len(tokens) else ""
        if head_stem(following, words("ko", "title_head")) is not None:
            return []  # "윤주석 영사안전국장": a full name whose given name reads as a title, before the holder's title
        return [Found(start, start + 1, "person", "surname-glued-to-title"), Found(start + 1, title_end, "title", "title-after-name")]
    first = index
    if text[tokens[index][0]:tokens[index][1]] in words("ko", "office_title") and index + 1 < len(tokens) \
            and head_stem(text[tokens[index + 1][0]:tokens[index + 1][1]], words("ko", "envoy")) in words("ko", "envoy"):
        return []  # "외교장관 특사": the office names whose envoy follows; the envoy's title holds it
    national = word in words("ko", "office_title")  # a president's, a minister's: no city has one ("엘시시 대통령")
    if first > 0 and (is_ministry(text[tokens[first - 1][0]:tokens[first - 1][1]], city=not national, bodies=False)
                      and tokens[first - 1][0] not in countries  # ("키리바시 주대만대사": a country's name ending as a city's)
                      and text[tokens[first - 1][0]:tokens[first - 1][1]] not in named_surnames  # ("그로시 총장": Grossi, named before)
                      or text[tokens[first - 1][0]:tokens[first - 1][1]] in words("ko", "title_field")
                      or first > 1 and FOREIGN_MINISTRY.fullmatch(text[tokens[first - 1][0]:tokens[first - 1][1]])
                      and (tokens[first - 2][1] in countries.values()  # "외교장관·칠레 광업부 장관"
                           or is_foreign_name(text[tokens[first - 2][0]:tokens[first - 2][1]]))):
        first -= 1  # "외교부 제1차관", "외교 1차관", "칠레 광업부 장관", "루이스 루세로 경제부 광업차관"
    elif first > 0 and PORTFOLIO_IN_CHARGE.fullmatch(text[tokens[first - 1][0]:tokens[first - 1][1]]):
        first -= 1  # "아주·미주담당 차관보": the areas the office is in charge of, and the ministry that holds it
        if first > 0 and is_ministry(text[tokens[first - 1][0]:tokens[first - 1][1]], bodies=False):
            first -= 1
    elif first > 0 and word in words("ko", "envoy") and text[tokens[first - 1][0]:tokens[first - 1][1]] in words("ko", "office_title"):
        first -= 1  # "장관 특별사절", "외교장관 특사": the envoy of an office, whose ministry may stand before it
        if first > 0 and is_ministry(text[tokens[first - 1][0]:tokens[first - 1][1]]):
            first -= 1  # "외교부 장관 특사"
        return [Found(tokens[first][0], title_end, "title", "envoy-of-office")]  # a name before it is the office's
    before, foreign = holder_end(text, tokens, first, countries, acronyms)
    holder = holder_before(text, tokens, before, named_surnames, foreign=foreign, office=word, of_ministry=first < index)
    if head_stem(word, words("ko", "title_head")) is None and (foreign or not any(
            found.kind == "person" and " " not in text[found.start:found.end] for found in holder or [])):
        return []  # "수출시장", "뉴욕지사", "GCC 시장": a market, a branch office; "양윤경 서귀포시장" (a Korean name) is a mayor
    compound = word not in words("ko", "title_head")
    # "ESCAP 사무총장이": the holder of a body's office; not "차기 유엔 사무총장으로" (an office to fill, a role)
    of_body = first == index and index > 0 and is_body(text[tokens[index - 1][0]:tokens[index - 1][1]]) \
        and not (index > 1 and text[tokens[index - 2][0]:tokens[index - 2][1]] in words("ko", "name_stop")) \
        and not text[tokens[index][0]:tokens[index][1]].endswith(("으로", "로"))
    if of_body and holder is None:
        holder = _holder_before_body(text, tokens, index - 1, countries, named_surnames, word)  # "이지영 극지연구소 부장"
    if first == index and not compound and holder is None and word not in words("ko", "office_title") and not of_body:
        return []  # "경찰 대변인은": a bare title other than an office-holder's describes; "ESCAP 사무총장" is one
    if first == before and holder is None and before > 0 and is_determiner(text[tokens[before - 1][0]:tokens[before - 1][1]]):
        return []  # "양 장관은", "36개국 외교장관": several officials, no one's title
    if holder is None and first == index and (_before_meeting_noun(text, tokens, index, word, countries)
                                              or _of_joined_countries(text, tokens, index, countries)):
        return []  # "외교장관 회담", "외교장관 간 통화": the office names the talks; "한국과 터키 외교장관이": two ministers
    if first < index:
        evidence = "title-qualified"
    elif of_body and not holder:
        evidence = "title-of-body"
    else:
        evidence = "title-compound" if compound else ("title-after-name" if holder else "title-word")
    return [Found(tokens[first][0], title_end, "title", evidence)] + (holder or [])


BODY_WORDS = 3  # words a body's name before its officer's title may take ("주콜롬비아 중국대사관")


def _holder_before_body(text: str, tokens: list[tuple[int, int]], body: int, countries: dict[int, int],
                        named_surnames: frozenset[str], office: str) -> list[Found] | None:
    """The person named right before the body whose office follows, as before a country
    ("이지영 극지연구소 부장", "카베이 세이도브 투르크메니스탄 체육위원회 위원장", "장리핑 주콜롬비아
    중국대사관 대리대사"): a Korean name in full, or a foreign one."""
    first = body
    while first > 0 and body - first < BODY_WORDS - 1:
        word = text[tokens[first - 1][0]:tokens[first - 1][1]]
        if not (is_country(tokens[first - 1], countries) or is_body(word) or is_post_word(word)
                or word in words("ko", "region")):
            break
        first -= 1  # the body's country, region, post abroad or parent body before its word
    if first < 1:
        return None
    start, end = tokens[first - 1]
    name = text[start:end].lstrip(OPENING_QUOTES + BULLETS)
    if is_korean_name(name) and not is_clause_word(text, end - len(name), end):
        return [Found(end - len(name), end, "person", "name-before-body-and-title")]
    holder = holder_before(text, tokens, first, named_surnames, foreign=True, office=office)
    return [replace(found, evidence="name-before-body-and-title") for found in holder or [] if " " in text[found.start:found.end]] or None


def is_post_word(word: str) -> bool:
    """"주콜롬비아", "주한": a post abroad's opening word (주 and its place)."""
    return word.startswith("주") and len(word) >= 2 and (word == "주한" or is_post_place(word[1:]))


MEETING_NOUNS = ("간", "통화")  # with the meeting words: "외교장관 간 대화", "외교장관 통화" (a call)


def _before_meeting_noun(text: str, tokens: list[tuple[int, int]], index: int, word: str,
                         countries: dict[int, int]) -> bool:
    """A title word written bare before a meeting's noun ("외교장관 회담을", "외교장관 간 통화"):
    the office says whose talks they are, it names no one; after one country or a word of time
    ("신임", newly appointed) it is the official met ("가이아나 외교장관 면담")."""
    if text[tokens[index][0]:tokens[index][1]] != word or index + 1 >= len(tokens):
        return False
    before = text[tokens[index - 1][0]:tokens[index - 1][1]] if index > 0 else ""
    if index > 0 and (tokens[index - 1][1] in countries.values() and not MEETING_PAIR.fullmatch(before) or is_time_word(before)):
        return False  # "가이아나 외교장관 면담", "신임 대사 면담": talks with one country's minister, a new envoy
        # (after a pair, "한-호주 외교장관 통화", the talks are both ministers')
    following = strip_particles(text[tokens[index + 1][0]:tokens[index + 1][1]])
    return following in MEETING_NOUNS or head_stem(following, words("ko", "meeting")) == following


def _of_joined_countries(text: str, tokens: list[tuple[int, int]], index: int, countries: dict[int, int]) -> bool:
    """"한국과 터키 외교장관이": two countries joined by 과/와 before the title, each its own minister."""
    if index < 2 or tokens[index - 1][1] not in countries.values():
        return False
    joined = text[tokens[index - 2][0]:tokens[index - 2][1]]
    return joined.endswith(CONJUNCTIONS) and tokens[index - 2][1] - 1 in countries.values()


def glued_surname(word: str) -> bool:
    """"문대통령", "윤장관": a surname glued to an office-holder's title, as headlines write
    it; not a surname that is also a prefix ("부대통령", vice president; "전대통령", former)."""
    return len(word) >= 3 and word[1:] in words("ko", "office_title") and word[0] in surnames() \
        and word[0] not in words("ko", "ambiguous_surname") and word not in words("ko", "title_head")


def hanja_surname_apart(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A word as (start, end), or two when a headline glues an official's surname in Hanja to the
    office ("尹대통령"): the surname then stands before its title as a word of its own."""
    if end - start > 2 and text[start] in word_set("ko", "hanja_surname") \
            and head_stem(text[start + 1:end], words("ko", "office_title")) is not None:
        return [(start, start + 1), (start + 1, end)]
    return [(start, end)]


def is_surname_character(char: str) -> bool:
    """A Korean surname of one syllable, in Hangul or in the Hanja headlines use for it ("尹 대통령")."""
    return char in surnames() or char in word_set("ko", "hanja_surname")


def countrys_ministry(text: str, tokens: list[tuple[int, int]], index: int, countries: dict[int, int]) -> str | None:
    """"멕시코 경제부 내에": a word of three syllables or more ending in 부 right after a country
    is that country's ministry (a government, 정부, or a headquarters, 본부, is none; two
    syllables are mostly other words: 북부, 일부), unless a title follows, whose ministry it is."""
    stem = strip_particles(text[tokens[index][0]:tokens[index][1]])
    if index == 0 or not is_country(tokens[index - 1], countries) or len(stem) < 3 \
            or not FOREIGN_MINISTRY.fullmatch(stem) or stem.endswith(("정부", "본부")):
        return None
    following = text[tokens[index + 1][0]:tokens[index + 1][1]] if index + 1 < len(tokens) else ""
    return None if head_stem(following, words("ko", "title_head")) is not None else stem


def is_body(word: str) -> bool:
    """An organization's acronym, its Hangul spelling, or its name glossed with one or ending
    in an organization word ("FEALAC", "유엔", "아태경제사회위원회(ESCAP)", "사무국")."""
    return re.fullmatch(r"[A-Z][A-Z0-9]{1,9}", word) is not None or re.search(r"[(\[][A-Z][A-Z0-9]+[)\]]$", word) is not None \
        or word in hangul_acronym_words() or head_stem(word, words("ko", "org_tail")) == word


def is_ministry(word: str, city: bool = False, bodies: bool = True) -> bool:
    """A ministry or a state's office that holds titles as one does ("국가안보실 1차장"), or with
    `bodies` an organization by itself (국회, 청와대); with `city`, a city's government too
    ("부산시 국제관계대사"). A title after a ministry, such an office or a city belongs to it; one
    after such a body is its own mention ("청와대" + "대변인"), as after any body."""
    stem = strip_particles(word)
    return stem in words("ko", "ministry_head") + words("ko", "office_of_state") + (words("ko", "org_alone") if bodies else ()) \
        or city and CITY.fullmatch(stem) is not None


# a country's ministry named by its field, written between the country and a minister's title
# ("칠레 광업부 장관", "과테말라 경제부 차관"); 정부 "government" is two syllables
# ("재무·공공신용부": a ministry of two portfolios; "교육과학연구체육부": of four, written as one word)
FOREIGN_MINISTRY = re.compile(r"[가-힣]{2,10}(?:[·ㆍ‧・][가-힣]{1,7})?부")
AGE_GLOSS = re.compile(r"(?<=[가-힣])\(\d{1,3}\)$")
CITY = re.compile(r"[가-힣]{2,3}시")  # 부산시, 서울시: a metropolitan city's government


def holder_end(text: str, tokens: list[tuple[int, int]], first: int, countries: dict[int, int],
               acronyms: frozenset[str]) -> tuple[int, bool]:
    """Where a title's holder ends, walking back from the title's first word over what may
    stand between them, each at most once and in any order: a word of time ("전", "신임",
    "당시"), a ministry or a body ("미국 국무부 신임 부장관", "국회 외교위원장"; an international
    body's acronym: "구테레쉬 유엔 사무총장", whose holder is then read as a foreign name), a country
    ("고촉통 당시 싱가포르 총리"), the ambassador's "주한". The flag says a country stood
    between: the holder is then a foreign official ("클라베렌 칠레 외교장관")."""
    skipped: set[str] = set()
    foreign = False
    while first > 0:
        previous = text[tokens[first - 1][0]:tokens[first - 1][1]]
        if "time" not in skipped and is_time_word(previous):
            skipped.add("time")
        elif "body" not in skipped and previous == strip_particles(previous) and is_ministry(previous):
            skipped.add("body")
        elif "body" not in skipped and GLOSSED_BODY.fullmatch(previous):
            skipped.add("body")  # "김진해 카리브공동체(CARICOM) 정부대표": a body glossed with its acronym
        elif "body" not in skipped and BODY_HEAD.match(" " + text[tokens[first][0]:tokens[first][1]]) \
                and head_stem(previous, words("ko", "org_tail") + words("ko", "glossed_org_tail")) == previous:
            skipped.add("body")  # "김영주 한-중남미 의회외교포럼 회장": the body whose head the title names
            if first > 1 and HANGUL_PAIR_WORD.fullmatch(text[tokens[first - 2][0]:tokens[first - 2][1]]):
                first -= 1  # its partners' pair
        elif "body" not in skipped and (previous in acronyms or re.fullmatch(r"[A-Z][A-Z0-9]{1,9}", previous)) \
                and not (first > 1 and text[tokens[first - 2][0]:tokens[first - 2][1]].endswith(CONJUNCTIONS)):
            skipped.add("body")  # "안토니우 구테레쉬 유엔 사무총장": an international body's official
            foreign = True  # (not "정상과 PIF 사무총장": the heads of state and the secretary-general)
        elif "country" not in skipped and is_country(tokens[first - 1], countries):
            skipped.add("country")
            foreign = True
        elif "country" in skipped and previous == "주한" and "resident" not in skipped:
            skipped.add("resident")  # "브루노 피게로아 주한 멕시코 대사": the ambassador in Korea
        elif "resident" not in skipped and previous.startswith("주") and is_post_place(previous[1:]):
            skipped.add("resident")  # "허태완 주멕시코 한국대사": the post, not the holder's name
        elif "resident" not in skipped and previous.startswith("주한") and find_countries(previous[2:], "ko"):
            skipped.add("resident")  # "사라 솔리스 주한과테말라 대사": the ambassador in Korea of a foreign country
            foreign = True
        else:
            break
        first -= 1
    return first, foreign


def is_determiner(word: str) -> bool:
    """A word that makes the title that follows plural or generic: 양 (both), 각 (each), N개국
    (also glued to a word: 세계36개국) or N국 (3국), 회원국 (member countries), 다자 (multilateral), 우리
    (our: the office, not a named official), X지역 (the region's ambassadors), three partners in
    one word (한중일)."""
    return word in words("ko", "title_determiner") or re.fullmatch(r"[가-힣]*\d+개국|\d+국|\d+명|[가-힣]*지역|한[일중미]{2}", word) is not None


def holder_before(
    text: str, tokens: list[tuple[int, int]], first: int, named_surnames: frozenset[str] = frozenset(),
    foreign: bool = False, office: str = "", of_ministry: bool = False,
) -> list[Found] | None:
    """The person written before a title: a Korean name ("최종건"; "박진" of two syllables only
    before the title of an office-holder, 장관 or 대통령, which releases write right after the
    name, or before a ministry's title, `of_ministry`: "박일 외교부 대변인"; "경찰 대변인" is a
    description), the surname of someone the release has named
    ("박 장관" after "박진 장관"; a surname alone before an office-holder's title, unless the
    syllable is also a common word: 이 "this", 전 "former"), or a foreign name in Hangul with its original in brackets ("카를로스
    오요스(Carlos Hoyos)"). With `foreign` (a country stands between name and title:
    "클라베렌 칠레 외교장관"), a Hangul word without particle is taken as a foreign name; so are
    two to four such words before any title ("훌리안 벤투라 발레로 외교차관"), as Korean
    transcribes a foreign name word by word."""
    if first == 0 or text[tokens[first][0]] in OPENING_QUOTES:
        return None  # "결과문서로 '영사 협력에 관한 …'": a quotation opens at the title; nobody before it holds it
    start, end = tokens[first - 1]
    if (aged := AGE_GLOSS.search(text, start, end)) is not None:
        end = aged.start()  # "허태완(59)": the age a news story gives after the name
    if text[end - 1] == ")":
        return glossed_holder(text, end)
    if (latin := LATIN_NAME_BEFORE.search(text, 0, end)) is not None and latin.end() == end:
        return [Found(latin.start(), end, "person", "latin-name-before-title")]
    word = text[start:end]
    opened = len(word) - len(word.lstrip(OPENING_QUOTES + BULLETS))
    start, word = start + opened, word[opened:]  # '"최 차관은', '▲조현 외교부 제2차관'
    quoted = opened > 0 and len(word) > 1 and word[-1] in CLOSING_QUOTES
    if quoted:  # "라오스 '사반펫' 외교차관": a name set off by quotes, between the country and the title
        end, word = end - 1, word[:-1]
    double_surname = re.fullmatch(r"[가-힣]{2,6}-[가-힣]{2,6}", word) is not None and is_foreign_name(word)  # "가르시아-부차카"
    glued = None if double_surname else re.search(r"(?<=[-–—…·])[가-힣]+$", word)
    joined = glued is not None and name_word(word) == glued.group()  # "조태열 외교장관-사이도프 우즈벡 외교장관": two who met
    if glued and is_country_name(glued.group(), "ko"):
        return None  # "한·사우디 외교장관": the pair's partner, whose minister it is, no one's name
    if glued:  # "서울--(뉴스와이어)--윤병세": the name after a dash or an ellipsis
        start, word = start + glued.start(), glued.group()
        glued = None if joined else glued
    if word in words("ko", "name_stop") or strip_particles(word) in words("ko", "name_stop") \
            or word in words("ko", "title_joiner") or is_determiner(word):
        return None  # "정부의 경축특사": the government's envoy; "… 겸 외교부장": the title's holder named before the first title
    if (named := quoted_name(text, tokens, first)) is not None:
        return [named]
    name_start = first - 1
    particle = False  # a transcribed name with its "de", "van": its last word is no Korean name
    particles = 0  # "무함마드 빈 살만 빈 압둘아지즈 알 사우드": four words of a name, three particles
    while not quoted and not joined and name_start > 0 and first - name_start - particles < NAME_WORDS_MAX:
        written = text[tokens[name_start - 1][0]:tokens[name_start - 1][1]]
        previous = name_word(written)
        previous_end = tokens[name_start - 1][1]
        if "." in text[previous_end:tokens[name_start][0]]:
            break  # "받았다.로하스 차관은": a sentence ended before the name
        if is_country_name(previous, "ko") or is_adnominal(previous) or previous in words("ko", "tense_prefix") \
                or previous not in NAME_PARTICLES and not _run_on_transcription(previous, written) \
                and is_clause_word(text, previous_end - len(previous), previous_end):
            break  # "칠레 루이스 페레스 외교차관": the country is the holder's; "접견한", "있는": a clause's verb; "신임": new
        if is_foreign_name(previous) or is_known_name(text, previous_end - len(previous), previous_end):
            name_start -= 1  # "△키쓰 롤리 …": a list's bullet before the name; "게르만 퀸타나": a name ending as a particle
            if previous != written:
                break  # the bullet opens the item: no word before it is the name's
        elif is_one_syllable_transcription(previous):
            name_start -= 1  # "션 소버스": Sean, a given name of one syllable, opens the name
            break
        elif previous in NAME_PARTICLES and name_start > 1 and \
                is_foreign_name(name_word(text[tokens[name_start - 2][0]:tokens[name_start - 2][1]])):
            name_start -= 2  # "카를로스 데 이카사", "알베르토 반 클라베렌": de, van, von written as words
            particle = True
            particles += 1
        elif previous in NAME_PARTICLES and previous == written:
            name_start -= 1  # "회담에서 엘 가즈아니 대통령이": the surname named with its article opens the name
            break
        else:
            break
    several = first - name_start >= 2
    for index in range(name_start, first - 1):  # "로페즈 오브라도르 대통령": the end of a name given in full
        said = name_word(text[tokens[index][0]:end])  # "▲모하메드 빈 …": the list's bullet is no name's
        if any(name == said or name.endswith(" " + said) for name in named_surnames if " " in name):
            return [Found(end - len(said), end, "person", "surname-of-named-person")]
    if word in named_surnames:
        return [Found(start, end, "person", "surname-of-named-person")]
    if name_start == first - 1 and glued_surname(word):
        return [Found(start, end, "person", "name-before-title")]  # "윤주석 영사안전국장": 윤 and a given name that reads as 주석
    if len(word) == 1 and is_surname_character(word) and word not in words("ko", "ambiguous_surname") and \
            office.endswith(words("ko", "office_title")):
        return [Found(start, end, "person", "surname-before-title")]  # "유 장관": the minister Yu
    if not particle and not (foreign and several) and \
            is_korean_name(word, short=of_ministry or office.endswith(words("ko", "office_title"))) \
            and not is_clause_word(text, start, end):  # (not "신속한 영사": swift consular …)
        # (before a country, after another transcribed word, "마이" ends "아말리아 마이": a foreign name)
        return [Found(start, end, "person", "name-before-title")] + coordinated_names(text, tokens, first - 1)
    # a word the dictionary knows as a name: before an office-holder's title ("에르도안 대통령", not "미주 시장":
    # a market), or before the country and its title, though it ends as a body's word ("하칸 피단 튀르키예 외교장관")
    known = (foreign or not (several or quoted) and head_stem(office, words("ko", "title_head")) is not None) \
        and is_known_name(text, start, end)
    if (foreign or several or quoted or known) and (is_foreign_name(word) or known or several and is_one_syllable_transcription(word)) \
            and not glued:  # (a known name may end as a particle does: "가미카와")
        first_word = text[tokens[name_start][0]:tokens[name_start][1]]
        lead = len(first_word) - len(name_word(first_word))
        return [Found(tokens[name_start][0] + lead, end, "person",
                      "name-before-country-and-title" if foreign else "foreign-name-before-title")]
    return None


def _run_on_transcription(word: str, written: str) -> bool:
    """A word in 다 run on into a transcribed name with no mark after it ("재신다 아던 총리"): the
    declarative ending closes its sentence, so a word in it mid-sentence is a name transcribed
    (Jacinda, Amanda, Linda), though the analyser reads a verb."""
    return word == written and word.endswith("다") and len(word) >= 2 and is_foreign_name(word)


def _in_delegation(text: str, at: int) -> bool:
    """Inside a bracket glued to a word, that lists a country's officials ("브라질(알로이지우 …
    외교장관, …)"), not a photo's credit ("(사진=외교부)")."""
    opened = text.rfind("(", 0, at)
    return opened > 0 and is_hangul(text[opened - 1]) and not any(mark in text[opened:at] for mark in "=)")


# What opens a list's item before a name's first word: a bullet, a quote, or a country's bracket
# glued to it ("브라질(알로이지우 누네스 페헤이라 외교장관, …)": the country's delegation listed).
ITEM_OPENING = re.compile(rf"[{re.escape(OPENING_QUOTES + BULLETS)}]+|[^\s(]+\((?=[가-힣])")


def name_word(word: str) -> str:
    """A word without what opens the list's item before it, or the title a dash joins it to
    ("외교장관-사이도프": a headline's two officials, one named after the other's title)."""
    opening = ITEM_OPENING.match(word)
    word = word[opening.end():] if opening else word
    office, dash, rest = word.partition("-")
    return rest if dash and rest and head_stem(office, words("ko", "title_head")) == office else word


QUOTED_NAME_WORDS = 5  # "'카를로스 알베르또 데 이까사 곤잘레스' 멕시코 외교차관": given names, particle, surnames


def quoted_name(text: str, tokens: list[tuple[int, int]], first: int) -> Found | None:
    """A transcribed name of several words set off by quotes before a title ("'데 이까사'
    차관"): every word between the quotes a transcription or a name's particle."""
    last = text[tokens[first - 1][0]:tokens[first - 1][1]]
    if len(last) < 2 or last[-1] not in CLOSING_QUOTES:
        return None
    for opening in range(first - 2, max(first - 1 - QUOTED_NAME_WORDS, 0) - 1, -1):
        word = text[tokens[opening][0]:tokens[opening][1]]
        if word[:1] in OPENING_QUOTES:
            name = text[tokens[opening][0] + 1:tokens[first - 1][1] - 1]
            parts = name.split(" ")
            if all(is_foreign_name(part) or part in NAME_PARTICLES for part in parts) and is_foreign_name(parts[-1]):
                return Found(tokens[opening][0] + 1, tokens[first - 1][1] - 1, "person", "quoted-name-before-title")
            return None
    return None


def coordinated_names(text: str, tokens: list[tuple[int, int]], index: int) -> list[Found]:
    """Korean names listed with commas before the holder of a title, who share it
    ("공로명, 유종하 전 외무부 장관": two former ministers)."""
    found = []
    while index > 0:
        start, end = tokens[index - 1]
        if text[end - 1] != "," or not is_korean_name(text[start:end - 1]):
            break
        found.append(Found(start, end - 1, "person", "name-listed-before-title"))
        index -= 1
    return found


def headline_subject(text: str, tokens: list[tuple[int, int]]) -> list[Found]:
    """A Korean news headline names its subject first, then a comma: "윤병세, … 참석", or its
    speaker before a quote. A headline ends without a full stop; a sentence may open on an
    adverb of the same shape."""
    if not tokens or text.rstrip().endswith(".") or KOREAN_SENTENCE_INSIDE.search(text):
        return []  # (a paragraph cut short by the page's length has ended a sentence before the cut)
    found = [Found(speaker.start(1), speaker.end(1), "person", "headline-speaker") for speaker in HEADLINE_SPEAKER.finditer(text)
             if is_korean_name(speaker.group(1), short=True) and speaker.group(1) not in words("ko", "name_stop")
             and (len(speaker.group(1)) > 2 or is_proper_noun(text, *speaker.span(1)))]  # "박진 '…'", not "공급 '협약'"
    tokens = [token for token in tokens if text[token[0]:token[1]] not in BULLETS + "•"]  # "• 조태열, …"
    if not tokens:
        return found
    start, end = tokens[0]
    listed = len(tokens) > 1 and text[tokens[1][1] - 1] == ","  # "인프라, 친환경, 디지털 …": a list
    if text[end - 1] == "," and not listed and is_korean_name(text[start:end - 1]):
        found.append(Found(start, end - 1, "person", "headline-subject"))
    return found


KOREAN_SENTENCE_INSIDE = re.compile(r"[다요]\.\s")  # "… 강조했다. 아울러 …"
# A headline quotes its speaker by name alone: "… 회담 열려…박진 "향후 60년 협력 모색하자"".
HEADLINE_SPEAKER = re.compile(r"(?:^|[\s…])([가-힣]{2,4}) [\"“‘']")


def is_known_name(text: str, start: int, end: int) -> bool:
    """A word of Hangul the dictionary knows as a proper noun and that names no country or
    region: the transcription of a person's name ("시진핑", "에르도안"), not a common noun of the
    same shape ("경찰", "에너지")."""
    word = text[start:end]
    stem = strip_particles(word)  # the tagger takes "에콰도르의" for one proper noun
    return len(word) >= 2 and all(is_hangul(char) for char in word) \
        and not any(is_country_name(form, "ko") or form in words("ko", "region") for form in (word, stem)) \
        and not stem.endswith(body_endings()) and is_proper_noun(text, start, end)


@lru_cache(maxsize=None)
def body_endings() -> tuple[str, ...]:
    """The organization words of two syllables or more ("연합", "동맹", "위원회"): a proper noun
    ending in one names a body ("유럽연합"), not a person."""
    return tuple(tail for tail in words("ko", "org_tail") if len(tail) >= 2)


def is_one_syllable_transcription(word: str) -> bool:
    """A word of a foreign name transcribed in one syllable, a given name ("션", "잭") or a surname
    after one ("페니 웡"): no Korean surname, particle, determiner or institution's word ("측"),
    opened by no tense consonant (외래어 표기법, 제1장 제4항) and closed, if at all, by one of
    the seven final consonants it allows (제1장 제3항: ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ), so neither "및" nor
    "때" (when) is one."""
    if len(word) != 1 or not is_hangul(word) or word in surnames() or word in NAME_PARTICLES or is_particle_chain(word):
        return False  # ("의 경찰 대변인": a particle left alone by the text's cut)
    if any(word in words("ko", category) for category in ("name_stop", "name_end_stop", "title_determiner", "tense_prefix")):
        return False
    code = ord(word) - HANGUL_FIRST_SYLLABLE
    return code % FINALS in LOANWORD_FINALS and code // (MEDIALS * FINALS) not in TENSE_INITIALS


HANGUL_FIRST_SYLLABLE = 0xAC00  # 가
FINALS = 28  # a syllable's final consonant is its code's remainder by 28 (0: none)
MEDIALS = 21  # its initial consonant is its code divided by 21 vowels times 28 finals
LOANWORD_FINALS = frozenset((0, 1, 4, 8, 16, 17, 19, 21))  # none, ㄱ, ㄴ, ㄹ, ㅁ, ㅂ, ㅅ, ㅇ
TENSE_INITIALS = frozenset((1, 4, 8, 10, 13))  # ㄲ ㄸ ㅃ ㅆ ㅉ, which transcription does not use (제1장 제4항): "때", when


NAME_PARTICLES = frozenset(("데", "델", "라", "반", "폰", "드", "다", "두", "빈", "알", "엘", "지"))  # de, del, la, van, von, de (French), da, do, bin, al, el, de (Portuguese)
NAME_WORDS_MAX = 4  # a transcribed name's words before its title, its particles not counted


def is_foreign_name(word: str) -> bool:
    """A Hangul transcription standing as a word of its own: two to eight syllables
    ("베르디무하메도프"; each part of a hyphenated double surname: "가르시아-부차카"), not a stop
    word, not ending in a particle, like an institution, a body, a title, a meeting or a document."""
    return (
        all(2 <= len(part) <= TRANSCRIPTION_MAX_SYLLABLES and all(is_hangul(char) for char in part) for part in word.split("-", 1))
        and word not in words("ko", "name_stop")
        and strip_particles(word, min_stem=1) not in LIST_WORDS  # "등과": and so on, and
        and (strip_particles(word) == word or word.endswith(TRANSCRIPTION_ENDINGS) and not word.endswith(PARTICLES_AFTER_CONSONANT)
             or _vowel_before_i(word))
        and not any(part.endswith(no_name_endings()) for part in word.split("-", 1))  # not "외교장관-사이도프"
        and not is_predicate(word)
        and word not in hangul_acronym_words()
    )


TRANSCRIPTION_MAX_SYLLABLES = 8


@lru_cache(maxsize=None)
def no_name_endings() -> tuple[str, ...]:
    """Endings no transcribed name has: an institution's or a body's word ("… 모레노 미주개발은행
    총재": the body's name, not the holder's), a title ("대통령 취임식 특사"), a meeting, a document
    or an agreement ("무역협정 협상 수석대표")."""
    return tuple(ending for category in ("name_end_stop", "title_head", "meeting", "document", "agreement", "org_tail")
                 for ending in words("ko", category))


# Endings of 하다 and 되다 verbs ("방문해", "예방하고", "하게 되는") and of the copula after a noun
# ("외교단장인"): a clause, which no transcribed name ends in.
PASSIVE_ADNOMINAL = "된"  # "임명된 대사": appointed; no given name ends in it (unlike 해: 김동해)
VERB_ENDINGS = ("해", "하고", "하며", "하여", "해서", "했고", "했으며", "하는", "하던", "했던", "하게", PASSIVE_ADNOMINAL, "되는",
                "도록", "면서", "지만", "려고", "중인",  # "확대될 수 있도록 압둘라 외교장관": so that, while, but, in order to, being in
                "다고", "라고", "다며", "라며")  # "접견했다고 김 대변인이": a reported statement's verb


def is_predicate(word: str) -> bool:
    """A verb or a noun made a predicate ("방문해", "외교단장인": who is the dean; "대통령 출신인": who
    was a president; "최고위 인사인": a top figure), not a name."""
    return word.endswith(VERB_ENDINGS) or (
        word.endswith("인") and word[:-1].endswith(("장", *PERSON_NOUNS) + words("ko", "title_head") + words("ko", "representative")))


PERSON_NOUNS = ("출신", "인사", "소속")  # a person's origin, standing, affiliation: "X 출신인 Y"


# Final syllables that are particles but also end many transcribed names (발레로, 멘도사, 아이만):
# before a country and a title, a particle could not stand there.
TRANSCRIPTION_ENDINGS = ("로", "도", "나", "고", "사", "라", "만")
# ... but with the vowel a particle takes after a consonant ("초청으로", by invitation) they are particles
PARTICLES_AFTER_CONSONANT = ("으로", "이나", "이라")


def _vowel_before_i(word: str) -> bool:
    """A word ending in 이 after an open syllable ("밀레이", "라호이"): there 이 is no subject
    particle, which after a vowel is 가, so the syllable is the name's."""
    return len(word) >= 3 and word.endswith("이") and is_hangul(word[-2]) \
        and (ord(word[-2]) - HANGUL_FIRST_SYLLABLE) % FINALS == 0


CONJUNCTIONS = ("과", "와")  # "A과 B": the word before is listed with what follows, not its holder
HANJA_GLOSS = re.compile(r"\([\u4e00-\u9fff]{1,4}\)$")  # "전(前)": a word glossed in Chinese characters


def is_time_word(word: str) -> bool:
    """A word of time before a title ("전", "신임", "차기"; "전(前)" with its Chinese gloss)."""
    return HANJA_GLOSS.sub("", word) in words("ko", "tense_prefix")


def surname(name: str) -> str | None:
    """The surname of a Korean name that `is_korean_name` accepts (two syllables for 남궁);
    for a foreign name transcribed word by word, its last word but one or its last
    ("훌리안 벤투라 발레로" -> 벤투라: Spanish names carry two surnames); for a Chinese name
    read in Korean as one word of three syllables, its first ("시" of 시진핑, "시 주석")."""
    words_ = name.split()
    if len(words_) >= 2 and all(is_foreign_name(word) for word in words_):
        return words_[-2] if len(words_) >= 3 else words_[-1]
    if len(name) == CHINESE_NAME_SYLLABLES and all(is_hangul(char) for char in name) and is_one_syllable_transcription(name[0]):
        return name[0]
    if not is_korean_name(name, short=True):
        return None
    return name[:2] if name[:2] in surnames() else name[:1]


CHINESE_NAME_SYLLABLES = 3  # a surname and a given name of two: 시진핑, 습근평, 리커창 (four: 후진타오, no surname alone)


def is_korean_name(word: str, short: bool = False) -> bool:
    """Three syllables from a known surname (four with a two-syllable one, 남궁 or 제갈),
    not a word in the stop list and not ending like an institution (백악관, 노동당).
    Two-syllable names ("박진") only with `short`, where a title follows and anchors them:
    too many ordinary words look like them (이날, 경찰)."""
    surname = 2 if word[:2] in surnames() else 1
    return (
        len(word) - surname in ((1, 2) if short else (2,))
        and all(is_hangul(char) for char in word)
        and word[:surname] in surnames()
        and word not in words("ko", "name_stop")
        and word not in words("ko", "org_tail")  # "공동체" (community), though 공 is a surname
        and not word.endswith(words("ko", "name_end_stop"))
        and head_stem(word, words("ko", "title_head")) is None  # "차관은": a title and its particle
        and CITY.fullmatch(strip_particles(word)) is None  # "부산시": a city, though 부 is a surname
        and not word.endswith(PASSIVE_ADNOMINAL)  # the one verb ending no given name has
        and not word.endswith(CONJUNCTIONS)  # "민간과 정부 관계자": a noun joined to the next by "and"
    )


INITIALS = re.compile(r"(?:[A-Z]\.)+")


def glossed_holder(text: str, end: int) -> list[Found] | None:
    """"카를로스 오요스(Carlos Hoyos)" ending at `end`: as many Hangul words as Latin ones."""
    opening = text.rfind("(", 0, end)
    gloss = GLOSS.fullmatch(text, opening, end) if opening > 0 else None
    if gloss is None:
        return None
    # (middle initials are not transcribed: "레트노 마르수디(Retno L.P. Marsudi)"; a Chinese name's
    # characters count its words: "쿵쉬안유(孔鉉佑, Kong Xuanyou)")
    parts = len(gloss.group("han").split()) if gloss.group("han") \
        else sum(not INITIALS.fullmatch(part) for part in gloss.group("latin").split())
    hangul_end = len(text[:gloss.start()].rstrip(" "))  # "묵타르 틀례우베르디 (Mukhtar TILEUBERDI)": a space before it
    hangul_start = hangul_end
    for _ in range(parts):
        hangul_start = text.rfind(" ", 0, hangul_start - 1) + 1
    hangul = text[hangul_start:hangul_end]
    if not hangul or not all(is_hangul(char) or char == " " for char in hangul):
        return None
    original = gloss.group("latin")
    if re.fullmatch(r"[A-Z][A-Z0-9&]+", original):
        return None  # "…위원회(ESCAP) 사무총장": an organization's acronym, not a person's original
    latin_language = None if is_han(original) else ("es" if re.search(r"[áéíóúñ]", original) else "en")
    return [
        Found(hangul_start, hangul_end, "person", "name-before-title"),
        Found(gloss.start("latin"), gloss.end("latin"), "person", "name-gloss", latin_language),
    ] + ([Found(gloss.start("han"), gloss.end("han"), "person", "name-gloss")] if gloss.group("han") else [])


# Marks that set a title off: brackets and corner marks in pairs, and quotes paired in the order
# they come, whichever way each is written ("위해'외교장관간 전략대화'정례화": a straight quote glued
# to the word before it opens as well as closes; "‘… 개정의정서‘": a left mark closing).
BRACKETED = re.compile(r"「([^「」]{1,30})」|『([^『』]{1,30})』|《([^《》]{1,30})》|〈([^〈〉]{1,30})〉|\(([^()]{1,30})\)")
QUOTE_MARKS = ("'", '"', "‘’", "“”")
QUOTED_MAX = 30


def quoted_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, in brackets) of what quote marks or brackets enclose, at most 30 characters."""
    spans = [(*next(match.span(group) for group in range(1, 6) if match.group(group) is not None), match.group(5) is not None)
             for match in BRACKETED.finditer(text)]
    for marks in QUOTE_MARKS:
        at = [index for index, char in enumerate(text) if char in marks]
        spans += [(opening + 1, closing, False) for opening, closing in zip(at[::2], at[1::2])
                  if closing - opening <= QUOTED_MAX + 1]
    return sorted(spans)


@lru_cache(maxsize=None)
def quoted_title() -> re.Pattern:
    """A document's or a meeting's name as the whole of a quotation ("‘부산 선언’", "(테구시갈파
    의정서)", "'FEALAC 신행동계획'", "'외교장관간 전략대화'", "'2+2 외교·국방 차관급 협의체'"): the
    marks say it is a title, its last word what kind of name."""
    documents = "|".join(re.escape(word) for word in words("ko", "document") + words("ko", "agreement") + ("헌장", "합의문"))
    meetings = "|".join(re.escape(word) for word in words("ko", "meeting"))
    return re.compile(rf"[가-힣A-Za-z0-9][가-힣A-Za-z0-9·+\- ]*?(?:(?P<document>{documents})|(?P<meeting>{meetings}))")


def quoted_documents(text: str, acronyms: frozenset[str]) -> list[Found]:
    """Documents and meetings named by quotation. A meeting's words in brackets gloss what stands
    before them ("SOM(고위관리회의)"), and a quotation right before a body's name is its epithet
    ("'중견국 협의체' 믹타"): neither names a meeting."""
    found = []
    for start, end, bracketed in quoted_spans(text):
        if (named := quoted_title().fullmatch(text, start, end)) is None:
            continue
        if named.group("document"):
            found.append(Found(start, end, "document", "quoted-document"))
        elif not bracketed and not _before_a_name(text, end + 1, acronyms):
            found.append(Found(start, end, "meeting", "quoted-meeting"))
    return found


def _before_a_name(text: str, at: int, acronyms: frozenset[str]) -> bool:
    following = WORD.match(text, at + 1) if text[at:at + 1] == " " else None
    return following is not None and (strip_particles(following.group()) in acronyms
                                      or re.fullmatch(r"[A-Z]{2,}", strip_particles(following.group())) is not None)


def is_han(text: str) -> bool:
    return re.match(HAN_WORD, text) is not None


# A partner pair: 한-X, 한일, 남북, two names joined by a dash, or by a middle dot when only two
# ("동아시아·라틴아메리카"; three or more with dots are a list of members).
# The middle dot is written several ways: "한·SICA", "한•SICA", "한ㆍ중미".
DOT = "·•ㆍ‧・"
# What an office is in charge of, written as one word before its title: "아주·미주담당", "개발협력담당"
PORTFOLIO_IN_CHARGE = re.compile(rf"[가-힣]+(?:[{DOT}][가-힣]+)*담당")
MEETING_PAIR = re.compile(rf"(?<![가-힣{DOT}])(?:한[{DASHES}{DOT}][^\s]+|한[일중미]|남북|북미|[가-힣]+[{DASHES}][가-힣]+"
                          rf"|[가-힣]+[{DOT}][가-힣]+(?![{DOT}가-힣]))")
# An ordinal ("제11차") or a year ("2019년", "2030") opening a meeting's name; a year with its
# month or season ("2013년 9월 제68차 …", "2013년 가을 유엔총회") is the date of a session, one with
# "since" or "after" ("2008년 이래 역대 최대규모인 이번 포럼") a span of time.
SITTING = re.compile(r"제?\d+차")  # "제9차": the number of a sitting
COMMITTEE = "위원회"
MEETING_NUMBER = re.compile(r"(?<!\S)(?:제 ?\d+차|\d{4}년?)(?= (?!\d+월|이래|이후|부터|당시|봄|여름|가을|겨울|상반기|하반기|초|말))")
MEETING_WORDS = 6  # the opening word and at most five more
# An acronym of an agreement's kind, its last letter the Agreement's ("SECA", "CEPA", "TPA"):
# between two partners and what is done to an agreement ("한-에콰도르 SECA 협상재개") it names
# their agreement, known kind or not.
AGREEMENT_ACRONYM = re.compile(r"[A-Z]{1,4}A(?![A-Za-z])")
AGREEMENT_ACTS = ("협상", "체결", "서명", "발효", "타결", "재개", "개정", "비준")
# An acronym's gloss in brackets glued to it, spaces and all: "한-CELAC(라틴아메리카 카리브
# 국가공동체)" is one word of a meeting's name (an aside after a Hangul word is no gloss:
# "외교장관회의(인도네시아 발리) 계기 양자회담" ends at the meeting).
BRACKETED_GLOSS = re.compile(r"(?<=[A-Z])\([^()\n]{1,40}\)|(?<=[가-힣])\([A-Z][A-Z0-9]+[,:] [A-Z][^()\n]{2,60}\)")
WORD_JOINER = "\u2060"  # stands for a space inside such a gloss (not whitespace, so the word goes on)
LIST_WORDS = ("등", "및", "또는", "그리고", "간", "사이")  # (and "EU와 CELAC 간에": between the parties, the name ended)
DIALOGUE = "대화"
REGION_MEETINGS = ("정상회의", "외교장관회의", "장관회의", "각료회의")  # a region's summit or ministerial: named by the region
RELATED = "관련"  # "아세안 관련 외교장관회의": the meetings about a body, described, not named
OCCASION = "계기"  # "외교장관회 계기 양자면담": the talks held on the occasion of a meeting are another meeting
# A body glossed with its acronym opening the name of its meeting: "카리브국가연합(ACS) 정상회의".
# "협력포럼(FEALAC)", "‘태평양동맹(PA)", "태평양동맹(Pacific Alliance, PA)": the gloss may spell the name out before its acronym,
# in English or as Korean spells the acronym ("카리브공동체(카리콤, CARICOM)")
# ("주요 20개국(G20) 정상회의": "major" and a count of countries name the group)
GLOSSED_OPENING = re.compile(r"(?<![^\s「『《〈“‘\"'])(?:주요 \d+개국|[가-힣]+)\*?[(\[](?:[A-Z][A-Za-z]+(?: [A-Za-z]+){0,5}, |[가-힣]{2,6}, )?"
                             r"[A-Z][A-Z0-9]+(?:, [A-Z][A-Za-z]+(?: [A-Za-z]+){0,5})?[)\]](?= )")  # or after it: "(GCC, Gulf …)"


@lru_cache(maxsize=64)
def meeting_acronym(acronyms: frozenset[str]) -> re.Pattern:
    """An acronym, or its Hangul spelling, opening a meeting's name ("MIKTA 차관급 리트리트",
    "믹타[MIKTA] 고위관리회의", "유엔총회")."""
    hangul = "|".join(re.escape(word) for word in sorted(acronyms, key=lambda word: (-len(word), word)))
    return re.compile(rf"(?<![^\s{OPENING_QUOTES}])(?:[A-Z][A-Z0-9]{{1,9}}|{hangul})")


def in_gloss(text: str, at: int) -> bool:
    """Inside a bracket opened before `at` and not yet closed: "태평양동맹(Pacific Alliance, PA)"
    glosses the name before it, and a meeting named after it starts there, not inside."""
    opened = max(text.rfind("(", 0, at), text.rfind("（", 0, at))
    return opened != -1 and ")" not in text[opened:at] and "）" not in text[opened:at]


def meetings(text: str, acronyms: frozenset[str]) -> list[Found]:
    """"한-중미 특별 라운드테이블": a partner pair (한-X, 한일, 남북), an acronym ("MIKTA 차관급
    리트리트"), an ordinal or a year ("제4차 ...", "2019년 ..."), up to the last word ending in a
    meeting word within six words ("… 협력포럼 외교장관회의" is one meeting). Ordinals and years written before the opening belong to
    the name ("제19차 믹타 외교장관회의"). A bracketed original inside the phrase is kept; a
    particle or a punctuation mark ends the phrase. An opening followed by nothing but a
    generic word ("유엔 회의", "2019년 회의") names no meeting. A partner pair up to an
    agreement word is a document ("한-중미 자유무역협정", "한-멕시코 FTA"), and so is an acronym up to one
    ("FEALAC 신행동계획", "MIKTA 외교장관회의 공동 성명"); a meeting word glossed by an
    acronym ("협력포럼(FEALAC)") names a standing body, and the phrase goes on past it."""
    found = []
    starts = [(match, "meeting-partners") for match in MEETING_PAIR.finditer(text) if not is_scope_pair(match.group())]
    starts += [(match, "meeting-acronym") for match in meeting_acronym(acronyms).finditer(text)
               if not in_gloss(text, match.start())]
    agreements = words("ko", "document") + words("ko", "agreement")
    starts += [(match, "meeting-of-body") for match in GLOSSED_OPENING.finditer(text)
               if not re.split(r"[(\[]", match.group(), maxsplit=1)[0].endswith(agreements)]  # "자유무역협정(FTA)" is no body
    starts += [(match, "document-of-region") for match in region_opening().finditer(text)]
    starts += [(match, "meeting-numbered") for match in MEETING_NUMBER.finditer(text)
               if not (match.group()[0].isdigit() and text.startswith("제", match.end() + 1))]
    joined = BRACKETED_GLOSS.sub(lambda gloss: gloss.group().replace(" ", WORD_JOINER), text)  # one word with its gloss
    for match, evidence in starts:
        longest = None  # the last meeting word within reach: "… 협력포럼 외교장관회의"
        previous_is_title = False  # the word before was an office's title ("사무총장")
        glossed_body = evidence == "meeting-of-body"  # its gloss may hold spaces: the words start after it
        # a numbered committee is one of its sittings ("제9차 한-칠레 자유무역위원회")
        heads = words("ko", "meeting") + (COMMITTEE,) if evidence == "meeting-numbered" else words("ko", "meeting")
        for position, word in enumerate(WORD.finditer(joined, match.end() if glossed_body else match.start()), int(glossed_body)):
            if position == MEETING_WORDS or position > 0 and word.group()[:1] in OPENING_QUOTES + "'\"":
                break  # a quoted word opens another name: "믹타 5개국 외교장관 '남북정상회담 …'"
            closed = re.sub(r"[(\[（［][^)\]）］]*[)\]）］]", "", word.group()).lstrip(OPENING_QUOTES)
            if position > 0 and not re.search(r"[^\W\d_]", closed) and (":" in closed or not re.search(r"\d", closed)):
                break  # an ellipsis between two phrases of a headline ("… 개최…정상회의"), a clock time (not "2+2")
            core = re.split(r"[(\[（［/]", closed, maxsplit=1)[0]  # "외교장관회의/8.4.(수)": a slash ends the name
            quoted = re.search(f"[{CLOSING_QUOTES}]", core.rstrip(CLOSING_QUOTES))  # "…라운드테이블」참석차"
            core = core[:quoted.start()] if quoted else core
            agreement = head_stem(core, words("ko", "document") + words("ko", "agreement") + words("ko", "acronym_document"))
            if agreement is None and position == 1 and evidence == "meeting-partners" \
                    and (acronym := AGREEMENT_ACRONYM.match(core)) is not None and acronym.group() not in acronyms \
                    and (after := WORD.search(joined, word.end())) is not None and after.group().startswith(AGREEMENT_ACTS):
                agreement = head_stem(core, (acronym.group(),))  # "한-에콰도르 SECA 협상재개" (not "한-멕시코 MIKTA 협력")
            if agreement is not None and position > 0 and evidence in ("meeting-partners", "meeting-acronym", "document-of-region"):
                end = word.start() + core_end(word.group(), agreement)
                found.append(Found(numbered_start(text, match.start()), end, "document", "agreement-of-partners"))
                break
            stem = head_stem(core, heads) if evidence != "document-of-region" else None
            if evidence == "document-of-region" and position == 1 and (head := head_stem(core, REGION_MEETINGS)):
                stem, evidence = head, "meeting-of-region"  # a region's own summit, right after it ("동아시아 정상회의")
            if stem is not None and len(stem) == len(DIALOGUE) + 1 and stem.endswith(DIALOGUE):
                stem = None  # "극대화", "현대화": -ization, not a dialogue ("전략대화" has two syllables before it)
            if stem == CALL and position > 0 and previous_is_title:
                break  # "IAEA 사무총장 면담": a call on the official, no meeting's name ("한-페루 양자면담" is one)
            if stem is not None and position == 0 and word.start() < match.end() and len(stem) <= match.end() - match.start():
                stem = None  # the opening itself is not a meeting word
            previous_is_title = head_stem(core, words("ko", "title_head")) is not None and stem is None
            opening_words = 1 + match.group().count(" ")  # "제 8차" is one opening of two words
            if evidence != "meeting-partners" and position == opening_words and stem in words("ko", "meeting_generic"):
                break
            glossed = stem is not None and stem.endswith(words("ko", "glossed_org_tail")) and \
                re.match(r"[^(\[]*[(\[][A-Z][A-Z0-9]+[)\],]", word.group()) is not None
            if stem is not None and not glossed:
                longest = word.start() + core_end(word.group(), stem)
            whole_head = stem is not None and core == stem  # "정상회의": 의 is the head's, not a particle
            # the pair's partner is a country whose name ends as a particle or a copula would: "한-노르웨이", "한-스페인"
            partner_named = evidence == "meeting-partners" and position == 0 \
                and is_country_name(re.split(rf"[{DASHES}{DOT}]", core)[-1], "ko")
            if quoted or (strip_particles(core.rstrip(TRAILING_PUNCTUATION)) != core and not whole_head and not partner_named) \
                    or core[-1:] in ",." or is_adnominal(core) and not partner_named \
                    or strip_particles(core, min_stem=1) in LIST_WORDS \
                    or strip_particles(core) in (OCCASION, RELATED) \
                    or re.search(r"[(\[（［][^)\]）］]*$|/", word.group()):  # a parenthesis opens, a slash: the name ends
                break
        if longest is not None:
            kind = "organization" if BODY_HEAD.match(text, longest) else "meeting"  # "… 의회외교포럼 회장": a body's head
            found.append(Found(numbered_start(text, match.start()), longest, kind, evidence))
    return found


CALL = "면담"  # a call on someone


BODY_HEAD = re.compile(r" (?:회장|이사장|사무총장)(?:[은는이가을의과와]|(?![가-힣]))")  # heads of bodies, not of meetings


@lru_cache(maxsize=None)
def region_opening() -> re.Pattern:
    """A region written alone as the first word of a plan's name ("중미 통합 발전 플랜")."""
    regions = "|".join(re.escape(word) for word in words("ko", "region"))
    return re.compile(rf"(?<![^\s{OPENING_QUOTES}])(?:{regions})(?= )")


SCOPE_WORDS = frozenset({"양", "양자", "다자", "소다자", "지역", "양국", "다국"})  # bilateral, multilateral ...


def is_scope_pair(pair: str) -> bool:
    """"양·다자", "양자·다자": kinds of talks joined by a dot, no partners' names."""
    return all(part in SCOPE_WORDS for part in re.split(rf"[{DASHES}{DOT}]", pair))


def is_adnominal(word: str) -> bool:
    """A verb form that modifies the next noun ("출범한", "개최된"), or a noun with the copula
    that sets it beside the next one ("결과문서인 부산선언": the outcome document, which is the
    Busan Declaration): a clause, not a name (not a pair ending in Korea: "페·한")."""
    copula = len(word) >= COPULA_NOUN + 1 and word.endswith("인")
    return copula or len(word) > 2 and word.endswith(("한", "된", "던", "하는", "되는", "할")) and word[-2] not in DASHES + DOT


COPULA_NOUN = 4  # syllables of a noun before the copula 인 (shorter words end in 인 themselves: 한국인, 외국인)


def core_end(word: str, stem: str) -> int:
    """Where `stem` (the word without brackets and particles) ends inside `word`."""
    kept = 0
    depth = 0
    for index, char in enumerate(word):
        if char in "([（［":
            depth += 1
        elif char in ")]）］":
            depth -= 1
        elif depth == 0 and char not in OPENING_QUOTES:
            kept += 1
            if kept == len(stem):
                return index + 1
    return len(word)


def numbered_start(text: str, start: int) -> int:
    """Move a meeting's start back over the ordinals and years written before it; a year
    before an ordinal is the date of the session ("2010년 제4차 ..."), not part of its name."""
    ordinal = text.startswith("제", start)
    while True:
        before = re.search(r"(?:(?:제 ?)?\d+차|\d{4}년?) $", text[:start])  # "제 8차": a space may follow 제
        if before is None or (before.start() > 0 and text[before.start() - 1].isalnum()):
            return start
        if ordinal and not before.group().startswith("제"):
            return start
        ordinal = ordinal or before.group().startswith("제")
        start = before.start()


ORG_WORDS = 4  # the opening word and at most three more
BRACKETED_NAME = re.compile(r"[(\[]([가-힣]+)[)\]]")
# A body's name glossed with its acronym, opening the name of one of its parts.
GLOSSED_BODY = re.compile(rf"(?:[가-힣]+[{DASHES}])?(?P<body>[가-힣]+)\*?[(\[][A-Z][A-Z0-9]+[)\]]")  # "한-중미통합체제(SICA)"
HANGUL_PAIR_WORD = re.compile(rf"[가-힣]+[{DASHES}][가-힣]+")


@lru_cache(maxsize=64)
def organization_opening(acronyms: frozenset[str]) -> re.Pattern:
    """What opens a multi-word organization's name: an acronym (Latin or Hangul) or 주한/주X
    (an embassy or a diplomatic corps: "주한 중남미 외교단")."""
    hangul = "|".join(re.escape(word) for word in sorted(acronyms, key=lambda word: (-len(word), word)))
    return re.compile(rf"(?:[A-Z][A-Z0-9]{{1,9}}|{hangul}|주[가-힣]*)$")


STATIONED = "주재"  # "페루 주재 한국대사관": stationed in, no embassy's 주X
NAMED_MODIFIER = 5  # syllables before an organization word in one word that name one body
# ... and when the modifier opens with an owner (유엔, 국가, 세계): on the Korean-English news corpus and
# NTREX every such word with three syllables or more was a named body in the English (6 of 6), with
# two syllables one in eight ("세계은행" against "국제기구", "중앙은행", "국가기관")
OWNED_MODIFIER = 3


def _modifier(stem: str, tails: tuple[str, ...]) -> int:
    """Hangul syllables before the organization word that ends `stem` (0 for a bare one)."""
    tail = max((t for t in tails if stem.endswith(t)), key=len, default=stem)
    modifier = stem[:-len(tail)] if tail != stem else ""
    return len(modifier) if all(is_hangul(char) for char in modifier) else 0


def is_place_name(stem: str, tails: tuple[str, ...]) -> bool:
    """An organization word whose modifier is a place: a country, a region, or 주+country
    ("한중남미협회", "태평양동맹", "주칠레대사관"), or is long enough to name one body
    ("국가인공지능위원회"); "사이버사무국" or "지역기구" are common nouns."""
    tail = max((t for t in tails if stem.endswith(t)), key=len, default=None)
    if tail is None:
        return False
    modifier = stem[:-len(tail)].removeprefix("주")
    if stem.startswith("주") and tail in words("ko", "post_head") and is_post_place(modifier):
        return True  # "주영대사관", "주유엔대표부": a post abroad, wherever it is
    if is_owned_field(modifier):
        return True
    if len(modifier) < 2 or not all(is_hangul(char) for char in modifier):
        return False
    if len(modifier) >= NAMED_MODIFIER:
        return True  # "국가인공지능위원회": a modifier this long makes one body, not a kind of body
    places = words("ko", "region")
    return any(place in modifier for place in places) or bool(find_countries(modifier, "ko")) or \
        any(find_countries(modifier[cut:], "ko") for cut in range(1, len(modifier) - 1))


def is_owned_field(modifier: str, owners: tuple[str, ...] | None = None) -> bool:
    """The UN's, the state's or the world's field before an organization word ("유엔여성기구",
    "UN여성기구", "국민권익위원회", "국제법위원회"); owner and kind alone ("국제기구", "국가기관",
    "유엔전문기구") name no body."""
    if modifier.startswith("UN"):
        modifier = "유엔" + modifier[2:]  # "UN여성기구" is written "유엔여성기구" too
    owner = next((word for word in owners or words("ko", "body_owner") if modifier.startswith(word)), None)
    return owner is not None and len(modifier) >= OWNED_MODIFIER and all(is_hangul(char) for char in modifier) \
        and modifier[len(owner):] not in words("ko", "kind_of_body")


# A programme (계획) is a body when the UN or the world owns it ("유엔개발계획", "세계식량계획"); any other
# 계획 is a plan ("국가개발계획")
PROGRAMME = "계획"
PROGRAMME_OWNERS = ("유엔", "세계")


# A UN peace operation named by its country: "유엔 남수단 임무단" (UNMISS), "유엔 레바논 평화유지군"
# (UNIFIL); "유엔 임무단" alone is any of them
UN_OPERATION = re.compile(r"(?<![가-힣])(?:유엔|UN) (?P<country>[가-힣]{2,}) [가-힣]*?(?:임무단|평화유지군|감시단|지원단)(?P<rest>[가-힣]*)")


def un_operations(text: str) -> list[Found]:
    """The peace operations `UN_OPERATION` finds, particles after them left out."""
    return [Found(match.start(), match.start("rest"), "organization", "un-operation-of-country")
            for match in UN_OPERATION.finditer(text) if is_country_name(match.group("country"), "ko")
            and (not match.group("rest") or is_particle_chain(match.group("rest")))]


REGIONAL_BODY_TAILS = ("동맹", "연합", "공동체")  # alliance, union, community


def regional_bodies(text: str, tokens: list[tuple[int, int]]) -> list[Found]:
    """"태평양 동맹", "아프리카 연합", "카리브 공동체": a region and a union's word written apart
    name the region's body, as written together they do ("태평양동맹")."""
    found = []
    for (start, end), (next_start, next_end) in zip(tokens, tokens[1:]):
        region = text[start:end].lstrip(OPENING_QUOTES + BULLETS)
        tail = head_stem(before_gloss(text[next_start:next_end]), REGIONAL_BODY_TAILS)  # "동맹(PA)에"
        if region in words("ko", "region") and tail in REGIONAL_BODY_TAILS:
            found.append(Found(end - len(region), next_start + len(tail), "organization", "regional-body"))
    return found


def _body_of_body(text: str, tokens: list[tuple[int, int]], at: int, end: int, tails: tuple[str, ...]) -> int:
    """Where an organization's name ends when the words after it name a body of it, each one
    word ending in an organization word ("FEALAC 협력기금 운영위원회": the fund's steering
    committee), particles after the last allowed."""
    for start, stop in tokens[at + 1:at + 1 + BODY_OF_BODY]:
        word = before_gloss(text[start:stop])  # "성평등센터(UN Women Centre ...)": the gloss ends it
        stem = head_stem(word, tails)
        if stem is None or not all(is_hangul(char) for char in stem) or len(stem) <= max(len(t) for t in tails if stem.endswith(t)):
            break  # a bare organization word ("위원회") is no body's name
        end = start + len(stem)
        if stem != word:
            break  # a particle ends the name
    return end


def government_agency(word: str) -> str | None:
    """"문화재청", "경찰청", "농촌진흥청" (particles after it left out): a government agency, 청, after
    a field of two syllables or more; not a verbal noun ending in the same syllable (요청 a
    request, 신청, 초청, 경청, 방청, 시청, 제청; 도청 is also wiretapping)."""
    stem = head_stem(word, (AGENCY,))
    if stem is None or len(stem) < AGENCY_MIN_SYLLABLES or not all(is_hangul(char) for char in stem) \
            or stem[-2] in NOT_AGENCY_BEFORE:
        return None
    return stem


AGENCY = "청"
AGENCY_MIN_SYLLABLES = 3
NOT_AGENCY_BEFORE = frozenset("요신초경방시제도열간민구")


BODY_OF_BODY = 2  # words naming a body of an organization after its name
# Words relating what follows to the body before them ("유엔 산하 전문기구": a specialized agency
# under the UN; "IMO 전담 대표부": the mission for the IMO): a description follows, not the name.
RELATIONAL_WORDS = ("산하", "소속", "전담", "주관", "주최")


def organizations(text: str, tokens: list[tuple[int, int]], acronyms: frozenset[str]) -> list[Found]:
    """"FEALAC 사이버사무국", "주한 중남미 외교단": an opening word and the words up to one
    ending in an organization word; or a single word ending in one after two syllables or
    more ("태평양동맹", "한중남미협회", "주칠레대사관"), particles left out. A bare
    organization word ("위원회", "사무국") names nothing."""
    tails = words("ko", "org_tail")
    found = regional_bodies(text, tokens) + un_operations(text)
    for index, (start, end) in enumerate(tokens):
        word = text[start:end].lstrip(OPENING_QUOTES + BULLETS)  # "‘태평양동맹", "▴중미통합체제"
        start = end - len(word)
        bare = before_gloss(word)
        previous = text[tokens[index - 1][0]:tokens[index - 1][1]] if index > 0 else ""
        stem = head_stem(bare, tails + words("ko", "org_alone"))
        programme = head_stem(bare, (PROGRAMME,))
        if stem is None and programme is not None and is_owned_field(programme[:-len(PROGRAMME)], PROGRAMME_OWNERS):
            found.append(Found(start, start + len(programme), "organization", "programme-word"))
            continue
        if stem is None and (agency := government_agency(bare)) is not None:
            found.append(Found(start, start + len(agency), "organization", "agency-word"))
            continue
        institution = head_stem(bare, words("ko", "institution_tail"))
        if institution is not None and len(institution) - max(len(t) for t in words("ko", "institution_tail")
                                                             if institution.endswith(t)) >= 2:
            stem = institution  # "광업진흥공사", "한국국제교류재단": these words end a proper name
        if stem is not None and (stem in words("ko", "org_alone") or stem == institution or is_place_name(stem, tails)):
            host, dash, partner = re.fullmatch(rf"([^{DASHES}]*)([{DASHES}]?)(.*)", stem).groups()
            if dash and is_ministry(host) and partner:  # "외교부-한‧중남미협회": two hosts, not one body
                found.append(Found(start, start + len(host), "ministry", "ministry-word"))
                start += len(host) + 1
                stem = partner
            end = start + len(stem)
            if stem == word:  # no particle or comma after it
                end = _body_of_body(text, tokens, index, end, tails)  # "유엔여성기구 성평등센터"
            partners = previous.lstrip(OPENING_QUOTES)
            if not dash and HANGUL_PAIR_WORD.fullmatch(partners):
                start = tokens[index - 1][1] - len(partners)  # "한-칠레 남극협력센터": the partners' body
            found.append(Found(start, end, "organization", "organization-word"))
            continue
        owner = previous.lstrip(OPENING_QUOTES + BULLETS)
        numbered = index > 1 and SITTING.fullmatch(text[tokens[index - 2][0]:tokens[index - 2][1]]) is not None
        if stem in words("ko", "post_head") and is_country_name(owner, "ko") and index > 1 \
                and text[tokens[index - 2][0]:tokens[index - 2][1]] == "주한":
            # "주한 아르헨티나 대사관": a country's post in Korea ("멕시코 대사관" alone is any embassy of it)
            found.append(Found(tokens[index - 2][0], start + len(stem), "organization", "post-of-country"))
            continue
        if stem is not None and _modifier(stem, tails) >= 2 and not numbered \
                and (is_country_name(owner, "ko") or HANGUL_PAIR_WORD.fullmatch(owner)):
            # "멕시코 기업조정위원회", "멕-한 의원친선협회": a country's (or two partners') body of its own name
            # ("제9차 한-칠레 자유무역위원회", numbered, is a sitting of it: a meeting)
            found.append(Found(tokens[index - 1][1] - len(owner), start + len(stem), "organization", "organization-of-country"))
            continue
        gloss = BRACKETED_NAME.search(word)  # "아세안(동남아시아국가연합)": the name spelt out after its short form
        if gloss is not None and (inner := head_stem(gloss.group(1), tails)) is not None and is_place_name(inner, tails):
            found.append(Found(start + gloss.start(1), start + gloss.start(1) + len(inner), "organization", "organization-glossed"))
        body = GLOSSED_BODY.fullmatch(word)
        glossed = body is not None and body.group("body").endswith(tails + words("ko", "glossed_org_tail"))
        previous = text[tokens[index - 1][0]:tokens[index - 1][1]].lstrip(OPENING_QUOTES) if index > 0 else ""
        if glossed and HANGUL_PAIR_WORD.fullmatch(previous):
            start = tokens[index - 1][1] - len(previous)  # "동아시아-라틴아메리카 협력포럼(FEALAC) 국민대표단"
        opening = glossed or organization_opening(acronyms).match(word)
        if not opening or word == STATIONED or (not glossed and strip_particles(word) != word) or \
                (word.startswith("주") and len(word) < 3 and index + 2 >= len(tokens)):
            continue
        for position in range(1, ORG_WORDS):
            if index + position >= len(tokens):
                break
            following_start, following_end = tokens[index + position]
            raw = text[following_start:following_end]
            following = before_gloss(raw)
            stem = head_stem(following, tails)
            embassy_only = word == "주한" and position == 1  # "주한 대사관": any embassy
            if stem is not None and is_hangul(stem[0]) and all(is_hangul(char) or char in DOT for char in stem) and not embassy_only:
                end = following_start + len(stem)
                if stem == following.rstrip(TRAILING_PUNCTUATION):
                    end = _body_of_body(text, tokens, index + position, end, tails)  # "FEALAC 협력기금 운영위원회"
                found.append(Found(start, end, "organization", "organization-opened"))
                break
            if strip_particles(following.rstrip(TRAILING_PUNCTUATION)) != following or following != raw.rstrip() \
                    or not all(is_hangul(c) or c in DOT for c in following) or following in LIST_WORDS + RELATIONAL_WORDS \
                    or head_stem(following, words("ko", "title_head")) is not None:
                break  # a particle, a gloss in brackets, a comma, a list's word, a relation or a title ends the phrase
    return found
