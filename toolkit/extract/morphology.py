"""Which Hangul words a Korean dictionary knows as proper nouns.

A transcribed foreign name ("에르도안", "시진핑") and a common noun ("경찰", "에너지") have the
same shape: two to eight syllables, no particle. Only a dictionary and the sentence around the
word tell them apart, so the one-word holder of a title is asked of Kiwi (kiwipiepy,
https://github.com/bab2min/kiwipiepy), whose tagger marks proper nouns NNP (the Sejong tag
set); so is a word before a transcribed name, which may end a clause ("있는") instead. The model is loaded on the first question and only then (about a second): a page whose
rules never ask pays nothing. Kiwi's typo dictionary (it would correct the text) and its
dictionary of multi-word names (it would tag "하이코 마스" as one token, where the question is
about each word) are left out; they also triple the load time.
"""

from __future__ import annotations

from functools import lru_cache

PROPER_NOUN = "NNP"
DEPENDENT_NOUN = "NNB"  # "중" (during), "등": a noun that needs one before it
ENDINGS = frozenset(("ETM", "EC", "EF", "ETN"))  # a verb's adnominal, connective, final or nominal ending
CONJUNCTION = "MAJ"  # "그리고", "및": a conjunctive adverb
COMMON_NOUNS = frozenset(("NNG", DEPENDENT_NOUN))
CASE_PARTICLE = "JK"  # JKS, JKB, JKO …: the Sejong tags of case particles
AUXILIARY_PARTICLE = "JX"
TOPIC_PARTICLES = ("은", "는")


@lru_cache(maxsize=1)
def _tagger():
    from kiwipiepy import Kiwi

    return Kiwi(load_typo_dict=False, load_multi_dict=False)


@lru_cache(maxsize=1024)
def _tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, tag) of every token Kiwi reads in `text`."""
    return tuple((token.start, token.start + token.len, token.tag) for token in _tagger().tokenize(text))


def is_proper_noun(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is one proper noun, as the sentence around it is read."""
    return (start, end, PROPER_NOUN) in _tokens(text)


def is_clause_word(text: str, start: int, end: int) -> bool:
    """`text[start:end]` ends a verb's clause ("있는", "겸임하고"), is a dependent noun ("중"), a
    conjunction ("그리고", "및") or a common or dependent noun with its case particle ("계기로",
    on the occasion; "측은"): a word of the sentence, never one of a name."""
    inside = [(tag, text[first:last]) for first, last, tag in _tokens(text) if start <= first and last <= end]
    tags = [tag for tag, _ in inside]
    return bool(inside) and (tags[-1] in ENDINGS or tags in ([DEPENDENT_NOUN], [CONJUNCTION])
                             or len(inside) == 2 and tags[0] in COMMON_NOUNS and _case_particle(*inside[1]))


def _case_particle(tag: str, form: str) -> bool:
    """A case particle, or the topic's 은/는; not 만 "only" or 도 "also", which end transcribed
    names as often ("아이만", Ayman; "페드로")."""
    return tag.startswith(CASE_PARTICLE) or tag == AUXILIARY_PARTICLE and form in TOPIC_PARTICLES
