"""Which site layout a page has, and where its head chrome ends and its footer begins.

Chrome is only removed at the edges of a page: the head (everything above the title and
the label/value block under it) and the trailing footer run. A line that matches the
chrome table inside the body is body text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from toolkit.ingest.chrome import ChromeMatch, ChromeRule, ChromeTable
from toolkit.ingest.lines import RawLine

UNKNOWN = "unknown-conservative"
DETECTION_WINDOW = 60
MIN_SIGNATURE_LINES = 2
# Label lines such as "Date" are common to many sites, so they do not tell a layout.
SIGNATURE_ROLES = ("chrome", "category")
# In a known layout, unlisted lines above the category line are taken as menu items only
# when they are this short and do not end a sentence.
MENU_ITEM_MAX_CHARS = 60
_SENTENCE_END = re.compile(r"[.!?。]$")


@dataclass
class Segments:
    """A page cut into what surrounds the body and the body itself (title first)."""

    layout: str
    body: list[RawLine]
    fields: dict[str, str] = field(default_factory=dict)
    removed: int = 0


def detect_layout(lines: list[RawLine], table: ChromeTable) -> str:
    """The layout whose head chrome and category rows match the most of the page's first lines."""
    window = lines[:DETECTION_WINDOW]
    best, best_score = UNKNOWN, MIN_SIGNATURE_LINES - 1
    for layout in table.layouts():
        rules = [
            rule for rule in table.rules_for(layout, "head")
            if rule.layout == layout and rule.role in SIGNATURE_ROLES
        ]
        score = sum(1 for line in window if _first_match(rules, line.text) is not None)
        if score > best_score:
            best, best_score = layout, score
    return best


def segment(lines: list[RawLine], table: ChromeTable, layout: str) -> Segments:
    """Strip head and foot chrome for `layout`, recording the metadata they carry."""
    known = None if layout == UNKNOWN else layout
    head = table.rules_for(known, "head")
    foot = table.rules_for(known, "foot")
    fields: dict[str, str] = {}
    start = _menu_end(lines, head, fields) if known else 0
    start = _consume(lines, start, len(lines), head, fields)
    if start >= len(lines):
        return Segments(layout, [], fields, len(lines))
    title = lines[start]
    body_start = _consume(lines, start + 1, len(lines), head, fields)
    body_end = _footer_start(lines, body_start, foot)
    _consume(lines, body_end, len(lines), foot, fields)
    body = [title, *lines[body_start:body_end]]
    return Segments(layout, body, fields, len(lines) - len(body))


def _first_match(rules: list[ChromeRule], text: str) -> tuple[ChromeRule, ChromeMatch] | None:
    for rule in rules:
        found = rule.match(text)
        if found is not None:
            return rule, found
    return None


def _consume(lines: list[RawLine], index: int, end: int, rules: list[ChromeRule], fields: dict[str, str]) -> int:
    """Skip chrome lines from `index`, recording their fields; returns the first other line."""
    while index < end:
        hit = _first_match(rules, lines[index].text)
        if hit is None:
            return index
        rule, found = hit
        _record(fields, found.fields)
        if found.wants_next and index + 1 < end and rule.next_value.fullmatch(lines[index + 1].text):
            _record(fields, {name: lines[index + 1].text for name in found.wants_next})
            index += 1
        index += 1
    return index


def _footer_start(lines: list[RawLine], low: int, rules: list[ChromeRule]) -> int:
    """Index of the first line of the trailing run of footer chrome (len(lines) if none)."""
    index = len(lines)
    while index > low:
        if _first_match(rules, lines[index - 1].text) is not None:
            index -= 1
            continue
        label = _first_match(rules, lines[index - 2].text) if index - 2 >= low else None
        if label and label[1].wants_next and label[0].next_value.fullmatch(lines[index - 1].text):
            index -= 2
            continue
        break
    return index


def _menu_end(lines: list[RawLine], rules: list[ChromeRule], fields: dict[str, str]) -> int:
    """Index of the layout's category line when everything above it looks like menus; else 0."""
    for index, line in enumerate(lines[:DETECTION_WINDOW]):
        hit = _first_match(rules, line.text)
        if hit is not None and "category" in hit[1].fields:
            above = [_first_match(rules, item.text) for item in lines[:index]]
            if not all(listed or _is_menu_item(item.text) for listed, item in zip(above, lines)):
                return 0
            for _rule, found in filter(None, above):
                _record(fields, found.fields)
            return index
    return 0


def _is_menu_item(text: str) -> bool:
    return len(text) <= MENU_ITEM_MAX_CHARS and not _SENTENCE_END.search(text)


def _record(fields: dict[str, str], found: dict[str, str]) -> None:
    """First value wins, except attachments, which accumulate."""
    for name, value in found.items():
        if name == "attachment" and name in fields:
            fields[name] = f"{fields[name]}; {value}"
        else:
            fields.setdefault(name, value)
