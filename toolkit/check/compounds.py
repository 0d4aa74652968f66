"""Names the matcher leaves inside a Korean compound: a ministry glued to its head's office
("외교통상부장관은" is 외교통상부 + 장관 + 은).

The matcher takes no name inside a longer word (인도 is not in 인도네시아, nor 외교부 in
외교부장관); a check still wants a superseded ministry's name where a compound holds it.
"""

from __future__ import annotations

from toolkit.text.korean import GLUED_OFFICE


def with_glued_offices(matcher, text: str) -> list:
    """The matcher's matches in `text` and the names that end where a glued office begins,
    read as if the office were written apart; in text order."""
    found = matcher.find(text)
    offices = [match.span(1) for match in GLUED_OFFICE.finditer(text)]
    if not offices:
        return found
    masked = list(text)
    for start, end in offices:
        masked[start:end] = " " * (end - start)
    ends = {start for start, _ in offices}
    extra = [match for match in matcher.find("".join(masked)) if match.end in ends
             and not any(other.start < match.end and match.start < other.end for other in found)]
    return sorted(found + extra, key=lambda match: match.start) if extra else found
