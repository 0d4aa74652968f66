"""Read a headline written in capitals with the case its words have elsewhere in the release.

Partner sites print titles and leads in capitals ("LA VICEPRESIDENTA MARTA LUCÍA RAMÍREZ SOSTUVO
… CON EL PRIMER MINISTRO DE COREA"), where capitals say nothing about names. The release's own
running text says how each word is written: this is the document-centred approach of Mikheev
(2002, "Periods, capitalized words, etc.", Computational Linguistics 28(3)), which decides a
word's case from its other, unambiguous occurrences in the same document. A word seen nowhere
else is read as a common word (lower case): names in a headline are repeated in the body.

The view keeps every character's position, so mentions found in it are spans of the raw line.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
SENTENCE_END = re.compile(r"[.!?:;]\s*$")
MIN_LETTERS = 12  # a line shorter than this is an acronym or a label, not a capitals headline


def is_shouting(text: str) -> bool:
    """A line in Latin capitals: no lower-case letter, enough capitals to be a sentence, and
    no other script (a Korean line with Latin acronyms is not one)."""
    capitals = letters = 0
    for char in text:
        if char.islower():
            return False
        if char.isalpha():
            letters += 1
            capitals += char.isupper() and "LATIN" in unicodedata.name(char, "")
    return capitals >= MIN_LETTERS and capitals == letters


def key(word: str) -> str:
    """The word without case and accents: LUCÍA and Lucia are one word."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def document_casing(texts: list[str]) -> dict[str, str]:
    """How each word is written where its case means something: not in a capitals line and
    not first in a sentence; the most frequent form wins (first seen on a tie)."""
    forms: dict[str, Counter] = defaultdict(Counter)
    for text in texts:
        if is_shouting(text):
            continue
        for match in WORD.finditer(text):
            if match.start() == 0 or SENTENCE_END.search(text, 0, match.start()):
                continue
            forms[key(match.group())][match.group()] += 1
    return {word: counts.most_common(1)[0][0] for word, counts in forms.items()}


def restored(text: str, casing: dict[str, str]) -> str:
    """`text` with each word in the case the document writes it in (lower case when it is
    written nowhere else), letter for letter, so offsets stay those of the raw line."""
    pieces, last = [], 0
    for match in WORD.finditer(text):
        word = match.group()
        model = casing.get(key(word), word.lower())
        pieces.append(text[last:match.start()])
        pieces.append(_cased_like(word, model))
        last = match.end()
    pieces.append(text[last:])
    view = "".join(pieces)
    return view if len(view) == len(text) else text


def _cased_like(word: str, model: str) -> str:
    """`word`'s letters with `model`'s case pattern (accents stay those of `word`)."""
    if len(model) != len(word):
        return word.lower()
    cased = "".join(char.upper() if pattern.isupper() else char.lower() for char, pattern in zip(word, model))
    return cased if len(cased) == len(word) else word


def written_otherwise(text: str, start: int, end: int, casing: dict[str, str]) -> bool:
    """Whether a word in capitals is one the document writes otherwise where case means
    something (Mikheev's document-centred evidence, as for capitals headlines): in lower case
    anywhere ("SUMMITS", "PROJECTS": words), or in title case when it stands in the capitals
    that open the line ("SEOUL, Nov. 3", "EL CAIRO, 12": a dateline's place). Mid-line, a
    title-case twin is the Spanish way of writing an acronym ("la ALADI", "la Aladi")."""
    word = text[start:end]
    form = casing.get(key(word))
    if not (word.isupper() and word.isalpha()) or form is None or form.isupper():
        return False
    return form.islower() or OPENING_CAPITALS.match(text[:end]) is not None


OPENING_CAPITALS = re.compile(r"^[^\w]*(?:[A-ZÁÉÍÓÚÑ]+[ \-])*[A-ZÁÉÍÓÚÑ]+$")  # "EL CAIRO", "ADDIS ABABA"
