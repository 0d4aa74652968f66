"""Slips inside one word of a name, which the search over windows of words
(toolkit.index.nearmiss) cannot see: a letter or syllable lost to mojibake ("Jap?n",
"베?남", "?국"), a short name split by a space ("Chi le", "몽 골"), a letter typed three times
("cancilller") or a syllable twice ("엘살바바도르"), a dotted initialism spaced out ("U. S."),
and the slips of short names and acronyms that toolkit.index.short_slips defines, any one
edit among them where the text says which kind of name the word is.

`WordSlips` is a part of NearMissIndex: it reads the index's key table (`table`) and asks it
which words and terms the base has (`_term_written`, `_known_token`, `_is_term`).
"""

from __future__ import annotations

import re
from string import ascii_lowercase, ascii_uppercase

from toolkit.index.misses import (
    COMPOUND_REST, FUNCTION_WORDS, HANGUL_WORD, IndexedTerm, NearMiss, compound_heads, derived_head, indexed,
    is_hangul_token, stem_of,
)
from toolkit.index.short_slips import (
    SHORT_SYLLABLES, SYLLABLE_DROP_NAMED, TWO_WORD_SLIPS, accentless_key, accents_differ, dropped_key, edit_keys,
    garbled_key, is_just_too_long, is_slip, lookup_keys, one_edit, one_jamo_slip, pair_key, shape, slip_key,
)
from toolkit.text.brackets import CLOSING
from toolkit.text.korean import HANGUL_CHAR, is_particle_chain, loanword_spelling, particle_stems

# One letter lost in a word: U+FFFD anywhere, "?" inside a word or ending one ("Per?"), or
# opening a Hangul one ("?국": no question mark stands there).
GARBLED_LETTER = re.compile(r"(?<![^\W_])(?P<before>[^\W\d_]+)?(?:\ufffd|(?<=[^\W\d_])\?|\?(?=[\uac00-\ud7a3]))"
                            r"(?P<after>[^\W\d_]+)?(?![^\W_])")
ACCENTED_LOWER = "áéíóúüñçàèìòùâêîôûãõ"
ACCENTED_UPPER = ACCENTED_LOWER.upper()
HANGUL_TAIL = re.compile(r"[\uac00-\ud7a3]+$")  # what follows a Latin word glued to it in Korean
TRIPLED = re.compile(r"([^\W\d_])\1\1")
SPACED_INITIALISM = re.compile(r"(?<![\w.])(?:[A-Z]\. ){1,3}[A-Z]\.(?!\w)")
DOUBLED_SYLLABLE = re.compile(r"([\uac00-\ud7a3])(?=\1)")
DOUBLED_NAME_MIN = 3  # syllables of a Korean name looked for with one typed twice
# Short words that follow a capitalised word in prose, never the second half of a split name.
SPLIT_STOP = FUNCTION_WORDS | {"an", "at", "as", "is", "it", "or", "to", "by", "un", "al", "lo", "se", "es", "su"}
# Korean syllables that are words of their own (numerals, determiners, adverbs, bound nouns and
# interjections: "오 만 명", "이 란", "중 국내", "예?"), never the first half of a split name nor a
# name's first syllable before a "?".
STANDALONE_SYLLABLES = frozenset("이그저요고한두세네몇각전온새옛첫일삼사오육칠팔구십백천만억조더또잘못안꼭곧늘참좀왜뭐다및등약총중제수것예응어아")
# Sino-Korean numerals among them (이 is read as "this"), and the counters and units a numeral
# stands before ("칠 년", "오 만"): a numeral before any other syllable is half a name ("칠 레").
NUMERAL_SYLLABLES = frozenset("일삼사오육칠팔구십")
COUNTER_SYLLABLES = frozenset("년월일주시분초명개번회차층장권대세원배곳편건부호종위등점쪽줄채톤리만천백억조")
HYPHENS = ("-", "‐", "–")
SPLIT_ACRONYM = re.compile(r"(?<![\w\-])([A-Z]{2,})[ \-‐–]([A-Z]{2,})(?![A-Za-z0-9\-])")
# Two Hangul words joined by "and" (앤드, 앤: the English word transcribed; 와, 과, 및), glued or spaced.
CONJOINED_NAME = re.compile(r"(?<![가-힣])(?P<first>[가-힣]{2,}?)(?:(?:앤드|앤|와|과) ?| (?:앤드|앤|및) )(?P<second>[가-힣]{2,})")
CLOSERS = frozenset(")]}」』”’\"'>")  # what a particle is glued to, closing the word before it
PERSON_HONORIFICS = frozenset(("씨", "님", "여사", "군", "양"))  # written after a person's name, never a country's
CAPITALS_NAME = 5  # a word in capitals this long may be a name set in capitals
TRANSCRIBED_SYLLABLES = 3  # a Hangul word this long may be a short name transcribed otherwise
SPLIT_LONG_NAME = 5  # letters of a name whose first part, split off, may be two letters ("Ku wait", "Gh ana")
GLUED_NAME = 5  # syllables of a Korean name looked for at the end of a longer word ("글로벌다자외교조정관")
GLUED_MODIFIER = 2  # and of the word written solid before it
# What joins two items of an enumeration: a conjunction between spaces or a middle dot
# ("Corea y Japón", "한국 및 일본", "한·중"), or a comma, which also puts a place before its
# country ("la ciudad de Busán, Corea"). Not a Korean particle: "수반과 시리아에 망명 중인"
# joins 수반 to a later noun, and "X에 대한" is no name's neighbour.
CONJUNCTION_JOINT = re.compile(r"\s+(?:and|or|y|e|o|u|및)\s+|\s*[·ㆍ・]\s*|[-–]")  # a dash pairs partners: "Israel-Palestine"
COMMA_JOINT = re.compile(r"\s*[,、/]\s*")
# The particle "and" glued to the first of a list ("벨리즈와 과테말라, 엘살바도르"): like a comma, a
# joint only where the list goes on with another name of the kind.
PARTICLE_JOINT = re.compile(r"[와과] +")
NEXT_NAME_WORD = re.compile(r" [A-ZÁÉÍÓÚÑ]")  # "Iván Duque": the word opens a longer name
LISTED_SUBJECTS = frozenset({"country", "organization"})  # kinds of names that are listed with their like


class WordSlips:
    """The one-word searches of NearMissIndex (see the module docstring)."""

    def word_slips(self, text: str, tokens: list[tuple[int, int, str]], owner: list[int],
                   found: list[NearMiss], covered: list[tuple[int, int, str]], cutoff: float) -> list[NearMiss]:
        """Every one-word slip in `text` that overlaps none of `found` (nor each other, first found first)."""
        hits = self._slipped_pairs(text, tokens, owner)
        hits += _clear_of(self._short_slips(text, tokens, owner, found), found + hits)
        for extra in (self._garbled_letters, self._split_names, self._split_hangul_names, self._tripled_letters,
                      self._doubled_syllables, self._dropped_syllables, self._spaced_initialisms, self._conjoined_names,
                      self._split_acronyms):
            hits += _clear_of(extra(text, tokens, owner), found + hits)
        hits += _clear_of(self._glued_tails(tokens, owner, covered, cutoff), found + hits)
        # last: it allows any edit, so a garbled or split name ("Panam?", "파나 마") is the searches' above
        named = covered + [(hit.start, hit.end, hit.term.concept_id) for hit in found + hits]  # written right or nearly
        hits += _clear_of(self._placed_slips(text, tokens, owner, covered, named), found + hits)
        return hits

    def _slipped_pairs(self, text: str, tokens: list[tuple[int, int, str]], owner: list[int]) -> list[NearMiss]:
        """A Korean name of two words, seven syllables or more, with a slip in each ("멕시쿄
        외교쟝관", "맥시코 외교잔관"; a particle after it): the search over windows allows one word
        the base does not know, so such a name is looked up by its words' initial consonants,
        which a slipped vowel or final keeps. Only one concept may fit."""
        hits = []
        for (start, end, first), (after, stop, second) in zip(tokens, tokens[1:]):
            if text[end:after] != " " or owner[start] != -1 or owner[after] != -1 or not HANGUL_WORD.fullmatch(first) \
                    or not HANGUL_WORD.fullmatch(second) or len(first) + len(second) < TWO_WORD_SLIPS \
                    or self._known_token(first) or self._known_token(stem_of(second)):
                continue
            for stem in (second, *particle_stems(second)):  # the longest first
                if len(first) + len(stem) < TWO_WORD_SLIPS:
                    break
                fitting = {entry[0]: entry for entry in self.table.get(f"w:{pair_key(first, stem)}", ())
                           if len(entry[3]) == 2 and one_jamo_slip(first, entry[3][0]) and one_jamo_slip(stem, entry[3][1])}
                if len(fitting) == 1:
                    [entry] = fitting.values()
                    hits.append(NearMiss(start, after + len(stem), text[start:after + len(stem)], indexed(entry),
                                         False, False, "slip"))
                    break
        return hits

    def _garbled_letters(self, text: str, tokens: list[tuple[int, int, str]], owner: list[int]) -> list[NearMiss]:
        """A name of any length with one accented letter lost to a "?" or a U+FFFD ("M�xico",
        "Jap?n", "Per?"): lost letters are non-ASCII ones, so only those are tried after a "?",
        any letter where U+FFFD (which nothing but a lost character writes) or a "?" inside a
        word in capitals (where no question mark stands: "MI?TA") does, and
        a "?" ending a word counts only when the name's last letter is one ("Perú"). In Hangul
        every syllable is non-ASCII, so a short name is found by its syllables around the lost one."""
        hits = []
        for match in GARBLED_LETTER.finditer(text):
            before, after = match.group("before") or "", match.group("after") or ""
            if owner[match.start()] != -1:
                continue
            if HANGUL_CHAR.match(before[-1:]) or HANGUL_CHAR.match(after[:1]):
                final_question = not after and text[match.end() - 1] == "?"
                # "왜?", "한?": a question; a numeral is written in digits in prose, so "일?" is 일본
                question = final_question and before in STANDALONE_SYLLABLES and before not in NUMERAL_SYLLABLES
                fitting = [] if question or _pair_separator(text, match, before, after) else self._garbled_syllable(before, after)
                if len(fitting) == 1 or fitting and not final_question:  # only a question ends a word with "?"
                    end = match.start() + len(fitting[0].text)
                    hits.append(NearMiss(match.start(), end, text[match.start():end], fitting[0], False, False,
                                         "mojibake", tuple(fitting[1:])))
                continue
            particle = HANGUL_TAIL.search(after)
            particle = particle.group() if particle is not None and is_particle_chain(particle.group()) else ""
            after = after[:len(after) - len(particle)]  # a Korean particle after the name ("MI?TA를")
            if len(before) + len(after) < 2:
                continue
            tried = [ACCENTED_UPPER if not before else ACCENTED_LOWER]
            if "\ufffd" in match.group():  # U+FFFD stands for a lost byte of any letter ("Rw�nda"); "?" may be punctuation
                tried.append(ascii_uppercase if not before else ascii_lowercase)
            elif before.isupper() and after.isupper():  # no question mark stands inside a word in capitals ("MI?TA")
                tried.append(ascii_uppercase)
            for letters in tried:  # an accented letter first: "M�xico" is México, not Mexico
                terms = {term.text: term for letter in letters
                         if (term := self._term_written(before + letter + after)) is not None}
                if terms:
                    break
            if len(terms) == 1:
                [term] = terms.values()
                end = match.end() - len(particle)
                hits.append(NearMiss(match.start(), end, text[match.start():end], term, False, False, "mojibake"))
        return hits

    def _garbled_syllable(self, before: str, after: str) -> list[IndexedTerm]:
        """The Hangul names `before` + a lost syllable + `after` may be, a particle chain or a
        noun after it allowed ("한?과" for 한국과, "유?총회" for 유엔총회): one term per concept (외?부 is 외교부, whose old name
        외무부 fits too), the longest reading first."""
        for cut in range(len(after), -1, -1):
            if cut < len(after) and not is_particle_chain(after[cut:]) and len(after) - cut < COMPOUND_REST:
                continue
            by_concept: dict[str, tuple] = {}
            for entry in sorted(self.table.get(f"w:{garbled_key(before + '?' + after[:cut])}", ()),
                                key=lambda entry: entry[2]):
                by_concept.setdefault(entry[0], entry)
            if by_concept:
                return [indexed(entry) for entry in by_concept.values()]
        return []

    def _split_names(self, text: str, tokens: list[tuple[int, int, str]], owner: list[int]) -> list[NearMiss]:
        """A short name split by a space ("Chi le", "Can ada", "Ku wait"): the first part of three
        letters or more (two in a name of five) and no word of the base (not "I ran", "To go"), the
        second in lower case, of two letters or more and no function word (not "Chin a", "Spa
        in"), and the two together the name as the base writes it."""
        hits = []
        for (start, end, first), (next_start, next_end, second) in zip(tokens, tokens[1:]):
            shortest = 2 if len(first) + len(second) >= SPLIT_LONG_NAME else 3
            if (text[end:next_start] != " " or not first[:1].isupper() or len(first) < shortest or not second.islower()
                    or len(second) < 2 or second in SPLIT_STOP or owner[start] != -1 or owner[next_start] != -1
                    or self._known_token(first)):
                continue
            term = self._term_written(first + second)
            if term is not None and shape(term.text) == "name":
                hits.append(NearMiss(start, next_end, text[start:next_end], term, True, False, "variant"))
        return hits

    def _split_hangul_names(self, text: str, tokens: list[tuple[int, int, str]], owner: list[int]) -> list[NearMiss]:
        """A short Korean name with a space inside ("몽 골", "한반 도와", "쿠 바와"), or a hyphen
        where the part after it names no partner ("한-반도": 한-중 pairs two names): the two
        parts, a particle chain after the second allowed, are the name as the base writes it.
        A first part of one syllable may be a word of its own ("이 란", "한 국가", "오 만 명"):
        a name of two syllables split so is looked for after such a word only when it is a
        numeral before no counter and no particle ("칠 레", "일 본"); a longer one always ("한 반도")."""
        hits = []
        for (start, end, first), (next_start, _, second) in zip(tokens, tokens[1:]):
            gap = text[end:next_start]
            if (gap not in (" ", *HYPHENS) or owner[start] != -1 or owner[next_start] != -1
                    or len(first) >= SHORT_SYLLABLES or not is_hangul_token(first) or not is_hangul_token(second)
                    or _after_closer(text, start)):
                continue  # after a closing bracket or quote a syllable is a particle: "(디나)가 나를"
            for cut in range(min(len(second), SHORT_SYLLABLES - len(first)), 0, -1):
                rest = second[cut:]
                if rest and not is_particle_chain(rest):
                    continue
                if gap == " " and len(first) == 1 and cut == 1 and first in STANDALONE_SYLLABLES and (
                        rest or first not in NUMERAL_SYLLABLES or second[0] in COUNTER_SYLLABLES):
                    continue  # a two-syllable name split in halves: never after a word of its own
                term = self._term_written(first + second[:cut])
                if gap != " " and self._term_written(second[:cut]) is not None:
                    continue  # "한-칠레": a partner, not half a name
                if term is not None and shape(term.text) == "hangul":
                    hits.append(NearMiss(start, next_start + cut, text[start:next_start + cut], term, True, False, "variant"))
                    break
        return hits

    def _doubled_syllables(self, text: str, tokens: list[tuple[int, int, str]], owner: list[int]) -> list[NearMiss]:
        """A syllable typed twice in a Korean name of three syllables or more ("엘살바바도르"),
        a particle chain after it allowed: the word with the copy left out is the name. Its
        last syllable again is a suffix (-인, a person of: "팔레스타인인", "바레인인")."""
        hits = []
        if DOUBLED_SYLLABLE.search(text) is None:
            return hits
        for start, _, token in tokens:
            if owner[start] != -1 or not is_hangul_token(token) or DOUBLED_SYLLABLE.search(token) is None:
                continue
            for at in (match.start() for match in DOUBLED_SYLLABLE.finditer(token)):
                single = token[:at] + token[at + 1:]
                term = next((term for cut in range(len(single), DOUBLED_NAME_MIN - 1, -1)
                             if (cut == len(single) or is_particle_chain(single[cut:]))
                             and (term := self._term_written(single[:cut])) is not None), None)
                if term is not None and at < len(term.text) - 1:
                    hits.append(NearMiss(start, start + len(term.text) + 1, text[start:start + len(term.text) + 1],
                                         term, False, False, "slip"))
                    break
        return hits

    def _dropped_syllables(self, text: str, tokens: list[tuple[int, int, str]], owner: list[int]) -> list[NearMiss]:
        """A country's name of four syllables, transcribed from another language, with an inner
        one left out ("볼리아" for 볼리비아), a particle chain after it allowed: too short for the
        search over windows (toolkit.index.nearmiss reads longer names so), and a transcription,
        so what is left is no word, only another foreign name; one followed by a person's
        honorific is a person ("모리스 씨", not 모리셔스). Only one concept may fit."""
        hits = []
        size = SYLLABLE_DROP_NAMED - 1
        for (start, end, token), after in zip(tokens, [*tokens[1:], None]):
            if owner[start] != -1 or not is_hangul_token(token) or len(token) < size:
                continue
            word, rest = token[:size], token[size:]
            if rest and not is_particle_chain(rest) or self._known_token(word) or self._is_term(word):
                continue
            fitting = {entry[0]: entry for entry in self.table.get(f"w:{dropped_key(word)}", ())}
            if len(fitting) != 1 or after is not None and text[end:after[0]] == " " and _honorific(after[2]):
                continue
            [entry] = fitting.values()
            hits.append(NearMiss(start, start + len(word), word, indexed(entry), False, False, "slip"))
        return hits

    def _glued_tails(self, tokens: list[tuple[int, int, str]], owner: list[int],
                     covered: list[tuple[int, int, str]], cutoff: float) -> list[NearMiss]:
        """A long Korean name with a slip, written solid after a modifier ("글로벌다차외교조정관":
        다자외교조정관 after 글로벌): the matcher finds a name glued so when it is written right,
        so the word's tails are searched as the name, longest first; the modifier stays."""
        hits = []
        for start, end, token in tokens:
            if len(token) < GLUED_MODIFIER + GLUED_NAME or not is_hangul_token(token) \
                    or any(number != -1 for number in owner[start:end]):
                continue
            for cut in range(1, len(token) - GLUED_NAME + 1):
                if self._is_term(stem_of(token[cut:])):
                    break  # the name written right ("글로벌다자외교조정관은", "주한투르크메니스탄")
                if cut < GLUED_MODIFIER:
                    continue
                hit = self._best([token[cut:]], token[cut:], start + cut, covered, cutoff)
                if hit is not None:
                    hits.append(hit)
                    break
        return hits

    def _spaced_initialisms(self, text: str, tokens: list[tuple[int, int, str]], owner: list[int]) -> list[NearMiss]:
        """A dotted initialism with spaces between its letters ("U. S.", "U. N.") where the base
        writes it without."""
        hits = []
        for match in SPACED_INITIALISM.finditer(text):
            entry = self.table.get(f"i:{match.group().replace(' ', '')}")
            if owner[match.start()] == -1 and entry is not None:
                hits.append(NearMiss(match.start(), match.end(), match.group(), indexed(entry), True, False, "variant"))
        return hits

    def _split_acronyms(self, text: str, tokens: list[tuple[int, int, str]], owner: list[int]) -> list[NearMiss]:
        """An acronym of the base split by a space or a hyphen ("MIK TA", "MIK-TA", "SI-CA"), a
        Korean particle after it allowed; a pair of acronyms ("EU-LAC") makes none of the base."""
        hits = []
        for match in SPLIT_ACRONYM.finditer(text):
            written = match.group(1) + match.group(2)
            term = self._term_written(written) if owner[match.start()] == -1 else None
            if term is not None and term.text == written:
                hits.append(NearMiss(match.start(), match.end(), match.group(), term, True, False, "variant"))
        return hits

    def _conjoined_names(self, text: str, tokens: list[tuple[int, int, str]], owner: list[int]) -> list[NearMiss]:
        """"and" spelled into the Korean name of a country of two parts, which Korean writes
        without it ("트리니다드 앤 토바고", "트리니다드앤드토바고", "보스니아와 헤르체고비나"), as "&"
        spelled out is in a Latin one; a particle after it allowed. (Other names stay silent:
        "유엔과 총회" is the UN and its assembly.)"""
        hits = []
        for match in CONJOINED_NAME.finditer(text):
            if owner[match.start()] != -1:
                continue
            first, second = match.group("first"), match.group("second")
            for stem in (second, *particle_stems(second)):
                number = self._variant_number(first + stem)
                if number is not None and (term := self.term(number)).subject == "country":  # "Trinidad and Tobago"
                    end = match.start("second") + len(stem)
                    hits.append(NearMiss(match.start(), end, text[match.start():end], term, False, False, "variant"))
                    break
        return hits

    def _tripled_letters(self, text: str, tokens: list[tuple[int, int, str]], owner: list[int]) -> list[NearMiss]:
        """A letter typed three times ("cancilller"), which no English or Spanish word has."""
        hits = []
        for start, end, token in tokens:
            if owner[start] != -1 or (tripled := TRIPLED.search(token)) is None:
                continue
            term = self._term_written(token[:tripled.start()] + token[tripled.start() + 1:])
            if term is not None:
                hits.append(NearMiss(start, end, token, term, False, False, "slip"))
        return hits

    def _placed_slips(self, text: str, tokens: list[tuple[int, int, str]], owner: list[int],
                      covered: list[tuple[int, int, str]], named: list[tuple[int, int, str]]) -> list[NearMiss]:
        """A short word one edit from a name where the text says which kind of name stands
        there (toolkit.index.short_slips): listed beside an exact name of the same kind
        ("인도네시아, 터키, 호수와", "con Chle, Corea y Japón"), or glossed by a name in brackets
        (exact, or itself `named` with a slip), or glossing one ("믹다[MIKTA]", "the Republic of
        Korea (RKO)", "Organización Mundial de Comercio (OCM)"). Only one concept may fit."""
        hits = []
        if not named:
            return hits
        for start, end, token in tokens:
            if owner[start] != -1:
                continue
            word = stem_of(token) if is_hangul_token(token) else token
            if shape(word) is None or self._known_token(word) or self._is_term(word.casefold()):
                continue
            stop = start + len(word)
            glossed = _glossed_by(text, start, stop, named)
            if glossed is not None:
                fits = [entry for entry in self._one_edit_of(word) if entry[0] == glossed]
            elif NEXT_NAME_WORD.match(text, stop) or not (kinds := self._listed_with(text, start, stop, covered)):
                continue
            else:
                fits = [entry for entry in self._one_edit_of(word) if entry[4] in kinds]
            if len({entry[0] for entry in fits}) == 1:
                hits.append(NearMiss(start, stop, word, indexed(fits[0]), False, False, "slip"))
        return hits

    def _one_edit_of(self, word: str) -> list[tuple]:
        """The base's short names one edit from `word`, as stored entries."""
        found = {entry[2]: entry for key in edit_keys(word) for entry in self.table.get(f"w:{key}", ())
                 if one_edit(word, entry[2])}
        return list(found.values())

    def _listed_with(self, text: str, start: int, stop: int, covered: list[tuple[int, int, str]]) -> set[str]:
        """The kinds of exact names text[start:stop] is listed with (LISTED_SUBJECTS): one
        joined to it by a conjunction ("the U.S. and Jpan"), or by a comma when the list goes
        on with another name of that kind ("con Chle, Corea y Japón"; not "Busán, Corea.")."""
        def joint(left_end: int, right_start: int) -> str | None:
            if left_end > right_start:
                return None
            if CONJUNCTION_JOINT.fullmatch(text, left_end, right_start):
                return "conjunction"
            listed = COMMA_JOINT.fullmatch(text, left_end, right_start) or PARTICLE_JOINT.fullmatch(text, left_end, right_start)
            return "comma" if listed else None

        def neighbours(c_start: int, c_end: int) -> list[tuple[str, tuple[int, int, str]]]:
            found = []
            for span in covered:
                how = joint(span[1], c_start) or joint(c_end, span[0])
                if how is not None and span[:2] != (c_start, c_end):
                    found.append((how, span))
            return found

        kinds = set()
        beside = neighbours(start, stop)
        for how, span in beside:
            subject = self.table.get(f"u:{span[2]}")
            if subject not in LISTED_SUBJECTS:
                continue
            further = [other for _, other in neighbours(span[0], span[1]) + beside if other != span]
            if how == "conjunction" or any(self.table.get(f"u:{other[2]}") == subject for other in further):
                kinds.add(subject)
        return kinds

    def _short_slip_of(self, word: str) -> tuple | None:
        """The one short name of the base `word` is a slip of (None: none, or two), remembered."""
        if word not in self._short_known:
            known = {entry[2]: entry for key in lookup_keys(word) for entry in self.table.get(f"w:{key}", ())
                     if is_slip(word, entry[2])}
            closest = sorted(known.values(), key=lambda entry: abs(len(entry[2]) - len(word)))  # "Rusisa": Russia, not Rusia
            one_concept = len({entry[0] for entry in closest}) == 1
            self._short_known[word] = closest[0] if one_concept else None
        return self._short_known[word]

    def _transcribed_of(self, word: str) -> tuple | None:
        """The short name of the base that a Hangul word of three syllables spells with tense
        plosives or a glide apart, as the loanword orthography does not ("멕시꼬" for 멕시코; the
        window search reads longer names so, toolkit.index.nearmiss); a shorter word is too
        often a native one (찔레, not 칠레)."""
        spelled = loanword_spelling(word)
        if len(word) < TRANSCRIBED_SYLLABLES or spelled == word:
            return None
        return next((entry for entry in self.table.get(f"w:{slip_key(spelled)}", ()) if entry[2] == spelled), None)

    def _accents_changed_of(self, word: str) -> tuple | None:
        """The short name of the base `word` is written as with other accents ("Espana",
        "Bélice", "Panamà"), unless the base has the word as a name itself (English "Mexico"
        beside "México")."""
        if any(entry[2] == word for entry in self.table.get(f"w:{slip_key(word)}", ())):
            return None
        return next((entry for entry in self.table.get(f"w:{accentless_key(word)}", ())
                     if accents_differ(word, entry[2])), None)

    def _short_slips(self, text: str, tokens: list[tuple[int, int, str]], owner: list[int],
                     found: list[NearMiss]) -> list[NearMiss]:
        """Short names with a swap or a look-alike letter (see toolkit.index.short_slips); a
        word the base knows, or one two short names could be a slip of, is left alone."""
        hits = []
        for start, end, token in tokens:
            if owner[start] != -1 or (slip := self._short_slip_in(token)) is None:
                continue
            if any(hit.start < end and start < hit.end for hit in found):
                continue
            word, entry, kind = slip
            hits.append(NearMiss(start, start + len(word), text[start:start + len(word)], indexed(entry), False, False, kind))
        return hits

    def _short_slip_in(self, token: str) -> tuple | None:
        """(word, entry, kind) of the short name `token` slips, or None; remembered, since a
        text repeats its words."""
        if token in self._short_memo:
            return self._short_memo[token]
        found = None
        # a Hangul word as written, then without what may be a particle (파마나 ends like 나), the
        # longest chain first, then any other (멕시고와: 멕시 + 고와 or 멕시고 + 와), then the head of
        # a compound (유앤총회: 유앤 + 총회) or of a derived word (스패인어: 스패인 + 어)
        words = ([token, stem_of(token), *(stem for stem in particle_stems(token) if len(stem) <= SHORT_SYLLABLES)]
                 + compound_heads(token) + derived_head(token) if is_hangul_token(token) else [token])
        if token.isupper() and token.isalpha() and len(token) >= CAPITALS_NAME:
            words.append(token.capitalize())  # a name set in capitals ("COERA" in a headline is Corea slipped)
        for word in dict.fromkeys(words):
            if self._known_token(word) or self._is_term(word.casefold()):
                continue
            if shape(word) is None:  # seven letters: a short name with one letter added ("Rawanda")?
                if is_just_too_long(word) and (entry := self._short_slip_of(word)) is not None:
                    found = (word, entry, "slip")
                    break
                continue
            if shape(word) == "hangul":
                entry, kind = self._transcribed_of(word), "transcription"
            else:
                entry, kind = self._accents_changed_of(word), "variant"
            if entry is None:
                entry, kind = self._short_slip_of(word), "slip"
            if entry is not None:
                found = (word, entry, kind)
                break
        self._short_memo[token] = found
        return found


def _clear_of(hits: list[NearMiss], taken: list[NearMiss]) -> list[NearMiss]:
    """The hits that overlap none of `taken` (found by an earlier search, which goes first)."""
    return [hit for hit in hits if not any(other.start < hit.end and hit.start < other.end for other in taken)]


def _after_closer(text: str, start: int) -> bool:
    """Is the word at `start` glued to a closing bracket or quote (so it is a particle: "(디나)가")?
    A straight quote after a space or at the start opens a quotation instead: ' "베트 남은'."""
    before = text[start - 1:start]
    if before in ('"', "'"):
        return start >= 2 and not text[start - 2].isspace()
    return before in CLOSERS


def _glossed_by(text: str, start: int, stop: int, covered: list[tuple[int, int, str]]) -> str | None:
    """The concept of the exact name that glosses text[start:stop] or that it glosses: in
    brackets right after it ("믹다[MIKTA]"), or right before it when it stands in brackets
    alone ("the Republic of Korea (RKO)")."""
    close = CLOSING.get(text[stop:stop + 1])
    opened = text[start - 1:start] if start else ""
    for c_start, c_end, concept_id in covered:
        if c_start == stop + 1 and text[c_end:c_end + 1] == close:
            return concept_id
        if opened in CLOSING and text[stop:stop + 1] == CLOSING[opened] and text[c_end:start - 1].strip() == "" \
                and c_end < start:
            return concept_id
    return None


def _honorific(word: str) -> bool:
    """A person's honorific, a particle chain after it allowed ("씨는", "여사가")."""
    return any(word == honorific or word.startswith(honorific) and is_particle_chain(word[len(honorific):])
               for honorific in PERSON_HONORIFICS)


PAIR_PREFIX = "한"  # Korea, opening a pair of partners: 한·중남미, 한-중미


def _pair_separator(text: str, match: re.Match, before: str, after: str) -> bool:
    """A "?" where a pair's middle dot or the quote before a pair was ("한?중남미협회" for
    한·중남미협회, "?한-중남미 수교" for 「한-중남미 수교"): not a syllable lost from 한국 or 북한."""
    if "?" not in match.group():
        return False
    if before == PAIR_PREFIX and after and not is_particle_chain(after):
        return True
    return not before and after == PAIR_PREFIX and text[match.end():match.end() + 1] in "-–·ㆍ‧・"
