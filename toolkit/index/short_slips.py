"""Slips in short names: the one-word names and acronyms too short for the near-miss search.

A word of up to six letters has too many innocent neighbours for an edit distance ("Mali" is
one edit from "Male", "Bali", "Mail"), so only a few kinds of slip are looked for. The first
two keep every letter of the name, and so rarely make another real word:

- two neighbouring letters swapped, the first letter kept, in a capitalized word of five
  letters or more or an acronym of four or more ("Koera", "Mexcio", "SCIA", "MIKAT");
  Hangul: two neighbouring syllables of a three-syllable name swapped;
- a letter written as its look-alike: a digit for a letter in an acronym ("R0K", "WT0"), or
  a lower-case l for an I ("MlKTA"),
  or, in Hangul, a vowel spelled as the one Korean writers confuse with it in the same
  syllable (ㅐ/ㅔ, ㅒ/ㅖ, ㅙ/ㅚ/ㅞ, ㅜ/ㅠ: "맥시코", "유앤", "외교뷰"), the consonants unchanged.

Longer short names allow one more kind each, still rare among real words:

- a three-syllable Hangul name with one vowel changed for a near one, its consonants kept
  ("외고부", "한반두"), with one final consonant left out of a syllable before the last
  ("한바도"), or with a final ㄴ written ㅇ or the other way ("필리핑");
- a Latin name of six letters with one inner letter left out ("Panmá", "Méxco"), two
  inner letters one apart swapped ("Pamaná"), or one inner letter struck as its neighbour
  on the keyboard's row ("Panana", "Pananá");
- in a Latin name or acronym of four letters or more, a letter typed twice ("SIICA"); in an
  acronym of five or more, one letter struck as its keyboard neighbour ("MUKTA").

Where the text itself says which kind of name a word is, any one edit is a slip (on letters,
or in Hangul on jamo: "바나마", "항국", "Chle"): a word listed beside a name of the same
kind ("한국, 일본, 종국", "con Chle, Corea y Japón"), or glossed by a name in brackets
("믹다[MIKTA]"): coordination joins like with like, and a gloss names the concept.
toolkit.index.word_slips looks for those contexts; `edit_keys` and `one_edit` find the name.

Two slips are looked for where a longer name or the text vouches for them: a two-word Hangul
name of seven syllables or more with one jamo slipped in each word, found by its words' initial
consonants (`pair_key`, `one_jamo_slip`; toolkit.index.word_slips), and a country's Hangul name
with one initial of another series, plain, aspirated or tense, where the text writes the name
right nearby (`series_key`, `series_slip`; toolkit.check.rules.tk103_near_miss).

Each kind has its key, under which the base's short names are stored (`stored_keys`) and
written words looked up (`lookup_keys`): the sorted letters with look-alikes made one (swaps
and look-alikes keep a word's letters as a multiset), the consonants of each syllable, and
the name with each inner letter left out (and, for a Hangul name, with each syllable as "?",
which toolkit.index.nearmiss reads for mojibake); `is_slip` then says whether the relation is
exactly one of the kinds above.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from toolkit.text.fold import strip_accents
from toolkit.text.korean import HANGUL_CHAR

# Digits read for the letters they look like (OCR and typing slips in acronyms).
DIGIT_LOOKALIKES = {"0": "o", "1": "i", "5": "s"}
KEY_LOOKALIKES = {**DIGIT_LOOKALIKES, "l": "i"}  # keys also join a lower-case l written for an I
# Vowel jamo (as NFD code points) that Korean spelling confuses, each mapped to one of its group.
# (Plain and aspirated initials are not: 몰다, 피치 and 네발 are words, not 몰타, 피지, 네팔.)
# ㅐ, ㅒ, ㅔ and ㅖ are one: ㅖ after a consonant other than ㅇ, ㄹ is said [ㅔ] (표준 발음법 §5), so
# writers put 폐 for 페 ("폐루").
CONFUSED_VOWELS = {"\u1162": "\u1166", "\u1164": "\u1166", "\u1168": "\u1166", "\u116b": "\u1170", "\u116c": "\u1170",
                   "\u1172": "\u116e"}
MIN_SWAPPED = {"name": 5, "acronym": 4, "hangul": 3}
VOWEL_SLIP_SYLLABLES = 3  # a Hangul name this long may have one vowel changed for a near one
# Vowels a typist turns into each other: the y-glide dropped (ㅛ/ㅗ, ㅕ/ㅓ, ㅑ/ㅏ, ㅠ/ㅜ, ㅒ/ㅐ,
# ㅖ/ㅔ), the w-glide added or dropped (ㅘ/ㅏ, ㅝ/ㅓ, ㅙ/ㅐ, ㅞ/ㅔ, ㅟ/ㅣ: "최종권" for "최종건"),
# the two rounded ones (ㅗ/ㅜ), and neighbouring keys of a row of the standard two-set
# keyboard (y u i o / h j k l / b n m: ㅛ/ㅕ, ㅕ/ㅑ, ㅑ/ㅐ, ㅗ/ㅓ, ㅓ/ㅏ, ㅏ/ㅣ, ㅜ/ㅡ), and the
# unrounded vowels speech merges (ㅓ/ㅡ in the south-eastern dialects, ㅡ/ㅣ as ㅢ is read);
# ㅏ/ㅐ is no such pair (카나다, 캐나다).
NEAR_VOWELS = frozenset(map(frozenset, [("\u116d", "\u1169"), ("\u1167", "\u1165"), ("\u1163", "\u1161"),
                                         ("\u1172", "\u116e"), ("\u1164", "\u1162"), ("\u1168", "\u1166"),
                                         ("\u1169", "\u116e"),
                                         ("\u116d", "\u1167"), ("\u1167", "\u1163"), ("\u1163", "\u1162"),
                                         ("\u1169", "\u1165"), ("\u1165", "\u1161"), ("\u1161", "\u1175"),
                                         ("\u116e", "\u1173"), ("\u1165", "\u1173"), ("\u1173", "\u1175"),
                                         ("\u116a", "\u1161"), ("\u116f", "\u1165"), ("\u116b", "\u1162"),
                                         ("\u1170", "\u1166"), ("\u1171", "\u1175")]))
SHORT_LETTERS = 6  # a Latin name or acronym this long or shorter is a short name
SHORT_SYLLABLES = 3  # and a Hangul name this long
DELETION_LETTERS = 6  # a Latin name this long may lose one inner letter
KEYED_ACRONYM = 5  # an acronym this long may have one letter struck as its keyboard neighbour
SYLLABLE_DROP_NAMED = 4  # a country's Hangul name this long may lose one inner syllable (a transcription, not words)
TWO_WORD_SLIPS = 7  # syllables of a two-word Hangul name that stays unambiguous with a slip in each word
# Initials of one place of articulation, plain, aspirated and tense (ㄱㅋㄲ, ㄷㅌㄸ, ㅂㅍㅃ, ㅈㅊㅉ, ㅅㅆ),
# each mapped to the plain one: a foreign language's stops are neither Korean's plain nor its
# aspirated ones, so transcriptions of a name waver between them ("바나마" for 파나마, "꾸바").
SERIES_INITIALS = {"\u110f": "\u1100", "\u1101": "\u1100", "\u1110": "\u1103", "\u1104": "\u1103",
                   "\u1111": "\u1107", "\u1108": "\u1107", "\u110e": "\u110c", "\u110d": "\u110c",
                   "\u110a": "\u1109"}


def shape(word: str) -> str | None:
    """"hangul", "acronym" or "name" for a word that may be a short name; None otherwise."""
    if HANGUL_CHAR.search(word):
        return "hangul" if all(HANGUL_CHAR.match(char) for char in word) and 2 <= len(word) <= SHORT_SYLLABLES else None
    if not 3 <= len(word) <= SHORT_LETTERS + bool(_undoubled(word)) or not word[:1].isalpha():
        return None  # (a letter typed twice makes a short name one longer: "Mexicco")
    if all(char.isupper() or char.isdigit() or char == "l" for char in word) and sum(map(str.isupper, word)) >= 2:
        return "acronym"  # a lower-case l may stand for an I ("MlKTA")
    if word[:1].isupper() and word[1:].islower() and word.isalpha() and len(word) >= 4:
        return "name"
    return None


def slip_key(word: str) -> str:
    """The key a short name and its swaps and look-alikes share: its units sorted, look-alikes made one."""
    return "s" + "".join(sorted(_units(word)))


def stored_keys(known: str) -> list[str]:
    """Every key a short name of the base is found under."""
    keys = [slip_key(known)]
    kind = shape(known)
    if kind == "name" or strip_accents(known) != known:
        keys.append(accentless_key(known))  # for the variant search: "Espana" for España, "Bélice" for Belice
    if kind == "hangul" and spelled_out(known) != known:
        keys.append("e" + spelled_out(known))
    if kind == "hangul" and len(known) == VOWEL_SLIP_SYLLABLES:
        keys += [_consonants_key(known), _open_key(known)]
    if kind == "hangul":
        keys += garbled_keys(known)
    if kind == "name" and len(known) >= DELETION_LETTERS:
        keys += _inner_deletion_keys(known)
    if kind == "name" and len(known) >= DELETION_LETTERS - 1:
        keys.append("d" + known.casefold())  # found under the deletions of a word with a letter added ("Quatar")
    return keys + edit_keys(known)


def is_just_too_long(word: str) -> bool:
    """A capitalised name one letter longer than a short one: a short name with a letter added
    ("Rawanda"), or a name a short word may be missing a letter of ("Nigera" for Nigeria)."""
    return len(word) == SHORT_LETTERS + 1 and word.isalpha() and word[:1].isupper() and word[1:].islower()


def just_too_long_keys(known: str) -> list[str]:
    """The keys under which a short word missing one of the name's inner letters finds it."""
    return _inner_deletion_keys(known) if is_just_too_long(known) else []


def _inner_deletion_keys(word: str) -> list[str]:
    """The name with each inner letter left out: under these a name missing one is found, and a
    name with one letter struck for another (both lose it)."""
    folded = word.casefold()
    return sorted({"d" + folded[:index] + folded[index + 1:] for index in range(1, len(folded) - 1)})


def edit_keys(word: str) -> list[str]:
    """The keys of any one edit (SymSpell: two words one edit apart share the word or one of
    its deletions as a key), on letters or, in Hangul, on jamo."""
    units = _edit_units(word)
    return sorted({"o" + units} | {"o" + units[:index] + units[index + 1:] for index in range(len(units))})


SERIES_TABLE = str.maketrans(SERIES_INITIALS)


@lru_cache(maxsize=1 << 16)
def pair_key(first: str, second: str) -> str:
    """The key of a two-word Hangul name: each word's initial consonants, plain, aspirated and
    tense made one, which a slipped vowel, final or series keeps ("멕시쿄 외교쟝관", "멕시꼬
    외고장관" and 멕시코 외교장관: ㅁㅅㄱ ㅇㄱㅈㄱ)."""
    return "h" + " ".join("".join(char for char in unicodedata.normalize("NFD", word) if "\u1100" <= char <= "\u1112")
                          .translate(SERIES_TABLE) for word in (first, second))


@lru_cache(maxsize=1 << 16)
def series_key(word: str) -> str:
    """The key a Hangul word shares with its spellings with initials of another series."""
    return unicodedata.normalize("NFD", word).translate(SERIES_TABLE)


def series_slip(written: str, known: str) -> bool:
    """`known` with the initial of one syllable written in another series, all else kept
    ("바나마" for 파나마, "멕시고" for 멕시코, "꾸바" for 쿠바)."""
    differ = [(one, other) for one, other in zip(written, known) if one != other]
    return len(written) == len(known) and len(differ) == 1 and series_key(differ[0][0]) == series_key(differ[0][1])


def one_jamo_slip(written: str, known: str) -> bool:
    """At most one edit on jamo between two Hangul words, the vowels writers confuse made one."""
    from rapidfuzz.distance import OSA

    return OSA.distance(_edit_units(fold_confusions(written)), _edit_units(fold_confusions(known)), score_cutoff=1) <= 1


def one_edit(written: str, known: str) -> bool:
    """Is `written` one edit (a unit replaced, added, left out, or two swapped) from `known`,
    a name of the same shape?"""
    from rapidfuzz.distance import OSA

    return written != known and shape(written) == shape(known) and \
        OSA.distance(_edit_units(written), _edit_units(known), score_cutoff=1) == 1


def _edit_units(word: str) -> str:
    """Case-folded letters, accents as letters of their own, Hangul as jamo (NFD)."""
    return unicodedata.normalize("NFD", word.casefold())


def lookup_keys(written: str) -> list[str]:
    """The keys under which the names `written` may be a slip of are stored."""
    keys = [slip_key(written)] + [slip_key(single) for single in _undoubled(written)]
    kind = shape(written)
    if kind == "hangul" and len(written) == VOWEL_SLIP_SYLLABLES:
        keys += [_consonants_key(written), _open_key(written)]
    if kind == "hangul":
        keys.append("e" + spelled_out(written))
    if kind == "name" and len(written) >= DELETION_LETTERS - 1:
        keys.append("d" + written.casefold())
    if (kind == "name" or is_just_too_long(written)) and len(written) >= DELETION_LETTERS:
        keys += _inner_deletion_keys(written)  # a letter struck for another (both lose it), or one added
    if kind == "acronym" and len(written) >= KEYED_ACRONYM:
        keys += edit_keys(written)
    return keys


def garbled_keys(word: str) -> list[str]:
    """The keys of a Hangul name with one syllable lost to mojibake ("베?남", "믹?"): any of
    its syllables may be the one, so each is written as "?" in turn."""
    return [garbled_key(word[:index] + "?" + word[index + 1:]) for index in range(len(word))]


def dropped_keys(word: str) -> list[str]:
    """The keys of a Hangul name with one inner syllable left out ("볼리아" for 볼리비아), or with
    its last syllable 르 run into the one before as its final ㄹ ("싱가폴" for 싱가포르, as
    careless transcriptions write it)."""
    keys = {dropped_key(word[:index] + word[index + 1:]) for index in range(1, len(word) - 1)}
    if (merged := _final_r_merged(word)) is not None:
        keys.add(dropped_key(merged))
    return sorted(keys)


FINAL_RIEUL = "\u11af"  # ㄹ as a syllable's final jamo


def _final_r_merged(word: str) -> str | None:
    """The word with a last 르 written as the final ㄹ of the syllable before, if that one has
    none (the reverse of spelled_out, for ㄹ)."""
    if len(word) < 3 or word[-1] != "르":
        return None
    jamo = unicodedata.normalize("NFD", word[-2])
    return word[:-2] + unicodedata.normalize("NFC", jamo + FINAL_RIEUL) if len(jamo) == 2 else None


def dropped_key(written: str) -> str:
    """The key a word is looked up under as a name with one syllable left out."""
    return "y" + written


def garbled_key(garbled: str) -> str:
    """The key of a word with one syllable written as "?", as garbled_keys stores it."""
    return "q" + garbled


def is_slip(written: str, known: str) -> bool:
    """Is `written` exactly one slip of the kinds above away from `known`?"""
    kind = shape(written)
    if kind == "name" and is_just_too_long(known):
        return _inner_letter_left_out(written.casefold(), known.casefold())
    if kind is None and is_just_too_long(written) and shape(known) == "name":
        return _inner_letter_left_out(known.casefold(), written.casefold())  # "Rawanda": one letter added
    if kind is None or kind != shape(known) or written == known:
        return False
    if kind == "hangul" and spelled_out(written) == spelled_out(known):
        return True  # a final consonant transcribed as a syllable of its own ("미크타" for 믹타)
    if len(written) != len(known):
        if kind in ("name", "acronym") and len(known) >= MIN_SWAPPED["acronym"] and known in _undoubled(written):
            return True  # a letter typed twice ("SIICA")
        return kind == "name" and (_inner_letter_left_out(written.casefold(), known.casefold())
                                   or _inner_letter_left_out(known.casefold(), written.casefold()))  # one added
    a, b = _units(written, plain=True), _units(known, plain=True)
    differ = [index for index in range(len(a)) if a[index] != b[index]]
    if kind == "hangul" and len(differ) == 1 and len(a) == VOWEL_SLIP_SYLLABLES:
        at = differ[0]  # a last syllable without its final reads as a particle: 조정과 is 조정 + 과, not 조정관
        if _near_vowels(a[at], b[at]) or _nasal_final_swapped(a[at], b[at]) \
                or at < len(a) - 1 and (_final_left_out(a[at], b[at]) or _final_left_out(b[at], a[at])):
            return True  # a final left out or added ("한바도", "필립핀")
    crossed = len(differ) == 2 and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]]
    swapped = (crossed and differ[1] == differ[0] + 1
               and (kind != "name" or differ[0] > 0) and len(written) >= MIN_SWAPPED[kind])
    if kind == "name" and crossed and differ[1] == differ[0] + 2 and differ[0] > 0 and len(written) >= DELETION_LETTERS:
        return True  # two letters one apart swapped, as a tongue does ("Pamaná")
    if len(differ) == 1 and _keyboard_neighbours(a[differ[0]], b[differ[0]]) and (
            kind == "name" and 0 < differ[0] < len(a) - 1 and len(written) >= DELETION_LETTERS
            or kind == "acronym" and len(written) >= KEYED_ACRONYM):
        return True  # a key's neighbour struck ("Panana", "MUKTA")
    if kind == "hangul":  # one syllable only
        return swapped or len(differ) == 1 and fold_confusions(a[differ[0]]) == fold_confusions(b[differ[0]])
    return swapped or (bool(differ) and all(kind == "acronym" and (
        DIGIT_LOOKALIKES.get(a[i]) == b[i] or written[i] == "l" and known[i] == "I") for i in differ))


def accentless_key(word: str) -> str:
    """The key under which a short name is found written without its accents."""
    return "a" + strip_accents(word).casefold()


def accents_differ(written: str, known: str) -> bool:
    """The name as the base writes it, but for its accents: left out ("Espana" for España),
    added ("Bélice" for Belice) or another one ("Panamà" for Panamá)."""
    return written != known and strip_accents(written) == strip_accents(known)


def fold_confusions(word: str) -> str:
    """A Hangul word with the vowels its writers confuse made one (any other text unchanged);
    initials stay: 장관 and 차관 are two titles."""
    return unicodedata.normalize("NFC", "".join(
        CONFUSED_VOWELS.get(char, char) for char in unicodedata.normalize("NFD", word)))


def _units(word: str, plain: bool = False) -> list[str]:
    """Letters (case-folded) or Hangul syllables; with look-alikes made one unless `plain`."""
    if HANGUL_CHAR.search(word):
        return [char if plain else fold_confusions(char) for char in word]
    letters = [char.casefold() for char in word]
    return letters if plain else [KEY_LOOKALIKES.get(char, char) for char in letters]


# Final consonants that Korean transcriptions of foreign names also write as a syllable of
# their own with the vowel ㅡ (믹타 / 미크타, 로봇 / 로보트): the final jamo and that syllable.
SPELLED_FINALS = {"\u11a8": "크", "\u11b8": "프", "\u11ba": "트", "\u11ae": "트", "\u11c0": "트", "\u11c1": "프", "\u11bf": "크"}


def spelled_out(word: str) -> str:
    """A Hangul word with each such final consonant written as its own syllable ("믹타" -> "미크타")."""
    out = []
    for syllable in word:
        jamo = unicodedata.normalize("NFD", syllable)
        if len(jamo) == 3 and jamo[2] in SPELLED_FINALS:
            out.append(unicodedata.normalize("NFC", jamo[:2]) + SPELLED_FINALS[jamo[2]])
        else:
            out.append(syllable)
    return "".join(out)


def _consonants(syllable: str) -> str:
    """A syllable's initial and final consonants (NFD jamo), its vowel left out."""
    return "".join(char for char in unicodedata.normalize("NFD", syllable) if not "\u1161" <= char <= "\u1175")


def _near_vowels(written: str, known: str) -> bool:
    """The same jamo but for two NEAR_VOWELS (the consonants kept)."""
    a, b = unicodedata.normalize("NFD", written), unicodedata.normalize("NFD", known)
    return len(a) == len(b) and all(x == y or frozenset((x, y)) in NEAR_VOWELS for x, y in zip(a, b))


def _final_left_out(written: str, known: str) -> bool:
    """The syllable without its final consonant ("바" for 반 in "한바도")."""
    a, b = unicodedata.normalize("NFD", written), unicodedata.normalize("NFD", known)
    return len(b) == 3 and a == b[:2]


NASAL_FINALS = frozenset(("\u11ab", "\u11bc"))  # ㄴ and ㅇ, which loanword spelling and hearing confuse


def _nasal_final_swapped(written: str, known: str) -> bool:
    """The syllable with its final ㄴ written ㅇ or the other way ("핑" for 핀 in "필리핑")."""
    a, b = unicodedata.normalize("NFD", written), unicodedata.normalize("NFD", known)
    return len(a) == len(b) == 3 and a[:2] == b[:2] and {a[2], b[2]} == NASAL_FINALS


def _open_key(word: str) -> str:
    """The syllables without their final consonants (한반도 and 한바도 share "하바도")."""
    return "f" + "".join(unicodedata.normalize("NFC", unicodedata.normalize("NFD", syllable)[:2]) for syllable in word)


def _consonants_key(word: str) -> str:
    return "v" + "|".join(_consonants(syllable) for syllable in word)


def _undoubled(word: str) -> set[str]:
    """The word with one of its doubled letters written once ("SIICA" -> "SICA")."""
    return {word[:index] + word[index + 1:] for index in range(1, len(word)) if word[index] == word[index - 1]}


def is_keyed_slip(written: str, known: str) -> bool:
    """`known` typed with two neighbouring letters swapped or one struck as its neighbour on
    the keyboard's row ("WOT", "WTP" for WTO): the slips a typist makes in any word."""
    if len(written) != len(known) or written == known:
        return False
    a, b = written.casefold(), known.casefold()
    differ = [index for index in range(len(a)) if a[index] != b[index]]
    if len(differ) == 1:
        return _keyboard_neighbours(a[differ[0]], b[differ[0]])
    return len(differ) == 2 and differ[1] == differ[0] + 1 and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]]


# The letter rows of the QWERTY keyboard, on which Spanish and English are typed here.
KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _keyboard_neighbours(one: str, other: str) -> bool:
    """Two letters side by side on a row of the keyboard (m and n, o and p)."""
    return any(abs(row.index(one) - row.index(other)) == 1 for row in KEY_ROWS if one in row and other in row)


def _inner_letter_left_out(written: str, known: str) -> bool:
    """`known` of DELETION_LETTERS or more with one letter, not its first or last, left out."""
    return len(known) >= DELETION_LETTERS and len(written) == len(known) - 1 and any(
        known[:index] + known[index + 1:] == written for index in range(1, len(known) - 1))
