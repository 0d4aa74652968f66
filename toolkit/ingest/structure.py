"""Body structure: numbering and bullets as written, and what kind of line each one is.

Hand-written because the markers are the ministry's house style, not a markup language:
"1." numbers a paragraph, "°", "o", "-", "◦", "ㅇ" mark sub-bullets, "□" opens a
paragraph in Korean releases, "*" marks a footnote and "※" a note.
"""

from __future__ import annotations

import re

from toolkit.ingest.shapes import SENTENCE_END, is_dateline

_MARKER = re.compile(
    r"""(?x)
    (?P<number>\d{1,2}[.)]|\(\d{1,2}\)|[가나다라마바사아자차카타파하][.)]|[①-⑳])\s+
    | (?P<footnote>\*+)\s*(?=\S)
    | (?P<note>※)\s*(?=\S)
    | (?P<paragraph>[□■])\s+
    | (?P<bullet>[°oㅇ\-–•·◦○▶▷►➢◇◆])\s+
    """
)
# An unmarked "Name (ACRONYM, expansion): explanation" line is an explanatory note.
_DEFINITION = re.compile(r"[^:：]{2,150}\([^()]{2,}\)\s*[:：]\s*\S.*")
TITLE_MAX_CHARS = 200
_ABBREVIATION_END = re.compile(r"\b(?:[A-Z]\.){2,}$")

_KIND_OF_GROUP = {"number": "paragraph", "footnote": "footnote", "note": "note",
                  "paragraph": "paragraph", "bullet": "bullet"}


def marker_and_kind(text: str) -> tuple[str | None, str]:
    """("1.", "paragraph"), ("*", "footnote"), (None, "note") ... for one body line."""
    found = _MARKER.match(text)
    if found is not None:
        group = found.lastgroup
        return found.group(group), _KIND_OF_GROUP[group]
    if _DEFINITION.fullmatch(text):
        return None, "note"
    return None, "paragraph"


def is_title(text: str) -> bool:
    """A headline: unmarked, not too long, not a sentence (abbreviations like U.S. allowed),
    and not a dateline ("22 May 2015, Seoul"), which says where and when, not what."""
    if _MARKER.match(text) or len(text) > TITLE_MAX_CHARS or is_dateline(text):
        return False
    return not SENTENCE_END.search(text) or bool(_ABBREVIATION_END.search(text))
