"""The chrome table: known boilerplate lines of the ministry's page layouts, as data.

The table (toolkit/data/chrome.tsv, documented in its header) is the one place that knows
what a site prints around a release. A user extends it by adding rows, or passes an extra
table of the same shape (`termkit clean --chrome FILE`).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from toolkit.errors import InputError

COLUMNS = ("layout", "zone", "role", "match", "pattern", "next")
ZONES = ("head", "foot")
ROLES = ("chrome", "category", "date", "hits", "department", "notice", "attachment")
ANY_LAYOUT = "*"

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class ChromeMatch:
    """What a chrome line tells about the page: metadata fields, and fields whose value
    is on the next line (a label such as "Date" printed above "2021-10-28")."""

    fields: dict[str, str]
    wants_next: tuple[str, ...]


@dataclass(frozen=True)
class ChromeRule:
    layout: str
    zone: str
    role: str
    exact: str | None
    pattern: str | None  # regex source; compiled on first use (a page tries only some rules)
    next_pattern: str | None

    @property
    def regex(self) -> re.Pattern | None:
        return _compiled(self.pattern) if self.pattern is not None else None

    @property
    def next_value(self) -> re.Pattern | None:
        return _compiled(self.next_pattern) if self.next_pattern is not None else None

    def match(self, text: str) -> ChromeMatch | None:
        """Whether the whole line is this chrome, and what it records."""
        line = _SPACES.sub(" ", text.strip())
        if self.exact is not None:
            if line.casefold() != self.exact:
                return None
            return ChromeMatch({} if self.role == "chrome" else {self.role: line}, ())
        found = self.regex.fullmatch(line)
        if found is None:
            return None
        groups = {name: value.strip() for name, value in found.groupdict().items() if value is not None}
        if self.role != "chrome" and self.role not in groups:
            groups[self.role] = line
        wants_next = tuple(name for name, value in groups.items() if not value) if self.next_pattern else ()
        return ChromeMatch({name: value for name, value in groups.items() if value}, wants_next)


@dataclass(frozen=True)
class ChromeTable:
    rules: tuple[ChromeRule, ...]

    def layouts(self) -> list[str]:
        """Named layouts in table order (not the shared "*" rows)."""
        return list(dict.fromkeys(rule.layout for rule in self.rules if rule.layout != ANY_LAYOUT))

    def rules_for(self, layout: str | None, zone: str) -> list[ChromeRule]:
        """A layout's rules plus the shared ones; None means every layout's (unknown page)."""
        return [
            rule for rule in self.rules
            if rule.zone == zone and (layout is None or rule.layout in (layout, ANY_LAYOUT))
        ]

    def extended(self, other: "ChromeTable") -> "ChromeTable":
        """This table with `other`'s rows after its own (a user's additions)."""
        return ChromeTable(self.rules + other.rules)


@lru_cache(maxsize=1)
def builtin_table() -> ChromeTable:
    """The table shipped in toolkit/data/chrome.tsv."""
    resource = resources.files("toolkit").joinpath("data", "chrome.tsv")
    # The shipped patterns are compiled when first tried (a page tries about two thirds of
    # them), not all up front as a user's table is checked: that cost every run ~0.01 s more.
    return parse_table(resource.read_text(encoding="utf-8"), "toolkit/data/chrome.tsv", check_patterns=False)


def load_table(path: str | Path) -> ChromeTable:
    """A user's chrome table (same columns as the built-in one)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(path, f"cannot read chrome table: {err}") from err
    return parse_table(text, str(path))


def parse_table(text: str, origin: str, *, check_patterns: bool = True) -> ChromeTable:
    """Rows of tab-separated COLUMNS; '#' lines and blank lines are comments.

    A bad regular expression is an InputError here, unless `check_patterns` is off.
    """
    rules = []
    rows = csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    for number, row in enumerate(rows, start=1):
        if not row or not "".join(row).strip() or row[0].startswith("#"):
            continue
        rules.append(_rule(row, origin, number, check_patterns))
    return ChromeTable(tuple(rules))


def _rule(row: list[str], origin: str, number: int, check_patterns: bool) -> ChromeRule:
    if len(row) not in (len(COLUMNS) - 1, len(COLUMNS)):
        raise InputError(origin, f"expected {len(COLUMNS)} tab-separated columns {COLUMNS}", number)
    layout, zone, role, match, pattern, *rest = (cell.strip() for cell in row)
    next_pattern = rest[0] if rest else ""
    if zone not in ZONES:
        raise InputError(origin, f"zone must be one of {ZONES}, not {zone!r}", number)
    if role not in ROLES:
        raise InputError(origin, f"role must be one of {ROLES}, not {role!r}", number)
    if match not in ("exact", "regex"):
        raise InputError(origin, f"match must be 'exact' or 'regex', not {match!r}", number)
    if not pattern:
        raise InputError(origin, "empty pattern", number)
    exact = _SPACES.sub(" ", pattern).casefold() if match == "exact" else None
    regex = pattern if match == "regex" else None
    next_value = next_pattern or None
    if check_patterns:
        for source in filter(None, (regex, next_value)):
            _check(source, origin, number)
    return ChromeRule(layout, zone, role, exact, regex, next_value)


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def _check(pattern: str, origin: str, number: int) -> None:
    try:
        _compiled(pattern)
    except re.error as err:
        raise InputError(origin, f"bad regular expression {pattern!r}: {err}", number) from err
