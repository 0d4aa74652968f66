"""Korean particles (josa) that attach to names, and the spellings Korean writers vary in:
shared by extraction, matching and look-up.

A name is never followed by anything but a particle sequence (or a non-Hangul character):
"외교부는" is 외교부 + 는, "외교부에서는" is 외교부 + 에서 + 는. A foreign name is spelled as the
loanword orthography spells it, or otherwise (loanword_spelling), and an ordinal with its
digit or its numeral (ordinal_digits).
"""

from __future__ import annotations

import re
import unicodedata

# Longest first, so that a regex alternation prefers 에서 over 에 and 으로 over 로.
PARTICLES: tuple[str, ...] = tuple(
    sorted(
        {
            "은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "께", "께서",
            "과", "와", "으로", "로", "으로서", "로서", "으로써", "로써", "도", "만", "까지",
            "부터", "처럼", "보다", "이나", "나", "이며", "며", "이고", "고", "이다", "이라는",
            "라는", "한테", "하고", "이랑", "랑", "마다", "조차", "밖에", "뿐",
        },
        key=lambda p: (-len(p), p),
    )
)

# What Korean text sets before a name without it being the name's: opening quotes, and the
# marks that open a paragraph, a caption or a list item ("▲조현 외교부 제2차관은", "①태평양동맹").
OPENING_QUOTES = "「『《〈“‘\"'"
BULLETS = "△▲▴▵□■○●◇◆※▶▷" + "".join(map(chr, range(0x2460, 0x2474)))  # and the circled numbers ①–⑳ of a list
GENITIVE = "의"  # the particle prose puts between the words of a name ("외교부의 제1차관")

PARTICLE_CHAIN = re.compile("(?:" + "|".join(PARTICLES) + ")+")
# A ministry's name glued to the office its head holds, as Korean compounds write it:
# "외교통상부장관은" is 외교통상부 + 장관 + 은 (the office is group 1).
GLUED_OFFICE = re.compile(f"(?<=부)(장관|차관보?|대변인)(?:{PARTICLE_CHAIN.pattern})?(?![가-힣])")

# Hangul jamo, compatibility jamo and syllables: the one definition of "Hangul" here.
HANGUL_RANGES = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7A3))
HANGUL_CLASS = "[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in HANGUL_RANGES) + "]"
HANGUL_CHAR = re.compile(HANGUL_CLASS)


def is_hangul(char: str) -> bool:
    """True for a Hangul syllable or jamo."""
    code = ord(char)
    return any(low <= code <= high for low, high in HANGUL_RANGES)


def is_particle_chain(text: str) -> bool:
    """True when `text` is one or more particles and nothing else ("" is not a chain)."""
    return bool(text) and PARTICLE_CHAIN.fullmatch(text) is not None


def particle_stems(word: str, min_stem: int = 2) -> tuple[str, ...]:
    """Every reading of `word` as a stem and a particle chain, the longest stem first: a name
    may end like a particle ("정상회의는" is 정상회의 + 는, not 정상회 + 의는)."""
    return tuple(word[:cut] for cut in range(len(word) - 1, min_stem - 1, -1) if is_particle_chain(word[cut:]))


def strip_particles(word: str, known: set[str] | frozenset[str] = frozenset(), min_stem: int = 2) -> str:
    """Remove the longest trailing particle chain from a Korean word.

    "외교부에서는" -> "외교부"; "인도네시아" stays. A stem shorter than `min_stem` is never
    left ("가나" stays Ghana). When `known` is given, only a known stem is accepted and a
    known word is kept whole.
    """
    if word in known:
        return word
    for cut in range(min_stem, len(word)):
        stem, tail = word[:cut], word[cut:]
        if is_particle_chain(tail) and (not known or stem in known):
            return stem
    return word


# The 외래어 표기법 (Korean loanword orthography, 1986) spells foreign names in ways older
# and careless transcriptions do not: it writes no tense consonant for a plosive (ch. 1 art. 4:
# 코스타리카, not 꼬스따리까, the Spanish-school spelling), nor, as its tables do, ㅆ for [s]
# (멕시코, not 멕씨코), and writes a w-glide after [g],
# [h], [k] in one syllable with its vowel (ch. 3 sec. 1 art. 9.3: 니카라과, 에콰도르, where
# 니카라구아, 에쿠아도르 spell ㅜ and the vowel apart).
PLAIN_FOR_TENSE = {"\u1101": "\u110f", "\u1104": "\u1110", "\u1108": "\u1111", "\u110d": "\u110e",  # ㄲㄸㅃㅉ -> ㅋㅌㅍㅊ
                   "\u110a": "\u1109"}  # ㅆ -> ㅅ
GLIDE_VOWELS = {"\u1161": "\u116a", "\u1165": "\u116f", "\u1166": "\u1170", "\u1175": "\u1171"}  # ㅏ ㅓ ㅔ ㅣ -> ㅘ ㅝ ㅞ ㅟ
_GLIDE_SPELLED = re.compile("[\u1100\u110f\u1112]\u116e\u110b[\u1161\u1165\u1166\u1175]")  # ㄱㅋㅎ + ㅜ + 아/어/에/이
_TENSE = re.compile("[\u1101\u1104\u1108\u110a\u110d]")


# An ordinal title or session written with a Sino-Korean numeral instead of its digit
# ("제일차관" for 제1차관, "제이차 회의" for 제2차 회의): the same name.
_NUMERAL_ORDINAL = re.compile("제(일|이|삼|사|오|육|칠|팔|구)(?=차)")
_NUMERALS = {"일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6", "칠": "7", "팔": "8", "구": "9"}


def ordinal_digits(word: str) -> str:
    """A Hangul word with a Sino-Korean ordinal numeral written as its digit ("제일차관" -> "제1차관")."""
    return _NUMERAL_ORDINAL.sub(lambda m: "제" + _NUMERALS[m.group(1)], word) if "제" in word else word


def loanword_spelling(word: str) -> str:
    """A Hangul word with tense plosives and glides spelled apart written as the loanword
    orthography writes them ("꼬스따리까" -> "코스타리카", "니카라구아" -> "니카라과");
    a key for comparing names, not a correction of native words."""
    jamo = unicodedata.normalize("NFD", word)
    if "\u116e\u110b" not in jamo and not _TENSE.search(jamo):
        return word
    plain = _TENSE.sub(lambda m: PLAIN_FOR_TENSE[m.group()], jamo)
    merged = _GLIDE_SPELLED.sub(lambda m: m.group()[0] + GLIDE_VOWELS[m.group()[3]], plain)
    return unicodedata.normalize("NFC", merged)
