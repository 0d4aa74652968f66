"""Full dates as pages write them (2021-10-28, 2021.10.28., 28/10/2021, 2022년 1월 26일,
26 de enero de 2022, January 26, 2022, enero 26 de 2022, 26 January 2022, 28-10-21,
Oct. 28/21) to ISO 2021-10-28.

Only dates with a year count: "Dec 18" in a sentence is not the page's date. A numeric
date is read day first unless its first number cannot be a day's month ("6/23/2013",
American order). Month names are English and Spanish, and those of the other languages
partner sites write in (Portuguese, French, Italian, Indonesian: "19 Desember 2017") and of
Spain's co-official ones its ministry's pages use (Galician, Catalan: "xoves 14 xuño 2018"),
taken from CLDR through babel.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

MONTH_LOCALES = ("en", "es", "pt", "fr", "it", "id", "gl", "ca")
_MONTHS = {
    name: number
    for number, names in enumerate((
        "january enero ene jan", "february febrero feb", "march marzo mar", "april abril abr apr",
        "may mayo", "june junio jun", "july julio jul", "august agosto ago aug",
        "september septiembre setiembre sept sep", "october octubre oct",
        "november noviembre nov", "december diciembre dic dec",
    ), start=1)
    for name in names.split()
}
_MONTH = r"(?P<month_name>[^\W\d_]{3,10})\.?"
_NO_DIGIT_OR_TIME = r"(?:(?!\d)|(?=\d{1,2}:\d{2}(?!\d)))"  # "18 February 201911:39": the time glued to the year
_PATTERNS = (
    re.compile(r"(?<!\d)(?P<year>\d{4})\s*[-./]\s*(?P<month>\d{1,2})\s*[-./]\s*(?P<day>\d{1,2})(?!\d)\.?"),
    re.compile(r"(?<!\d)(?P<year>\d{4})\s*년\s*(?P<month>\d{1,2})\s*월\s*(?P<day>\d{1,2})\s*일"),
    re.compile(r"(?<![\d/.])(?P<day>\d{1,2})([/.])(?P<month>\d{1,2})\2(?P<year>\d{4})(?!\d)"),  # 20/01/2026, 20.01.2026
    # "26 de enero de 2022", "12th Thursday, August 2021" (a weekday between day and month)
    re.compile(r"(?i)(?<!\d)(?P<day>\d{1,2})(?:º|st|nd|rd|th)?\s+(?:[^\W\d_]+,\s+)?(de\s+)?" + _MONTH
               + r",?\s+(de(l)?\s+)?(?P<year>\d{4})" + _NO_DIGIT_OR_TIME),
    # "January 26, 2022", "noviembre 16 de 2014", "Sep 07,2022", "Jan.05,2024"
    re.compile(r"(?i)\b" + _MONTH + r"(?:\s+|(?<=\.))(?P<day>\d{1,2})(st|nd|rd|th)?(?:,\s*|\s+)(de\s+)?(?P<year>\d{4})(?!\d)"),
    # "Feb - 27 - 2024": the month's name, the day and the year between dashes
    re.compile(r"(?i)\b" + _MONTH + r"\s*-\s*(?P<day>\d{1,2})\s*-\s*(?P<year>\d{4})(?!\d)"),
    # "07-02-20": a two-digit year, day first like the rest (this century)
    re.compile(r"(?<![\d/.-])(?P<day>\d{2})([-/])(?P<month>\d{2})\2(?P<short_year>\d{2})(?![\d/.-])"),
    # "(Ene. 9/12)": a month's name, then the day and a two-digit year (Colombia's foreign ministry)
    re.compile(r"(?i)\b" + _MONTH + r"\s+(?P<day>\d{1,2})/(?P<short_year>\d{2})(?![\d/])"),
    # "11 marzo 21Por: …": a line opening with the day, the month's name and a two-digit year
    re.compile(r"(?i)^\s*(?P<day>\d{1,2})\s+" + _MONTH + r"\s+(?P<short_year>\d{2})(?![\d/.:])"),
)


def find_date(text: str, span: bool = False):
    """The first full date in `text` as "YYYY-MM-DD" (or its (start, end) with span=True); None."""
    best = None
    for pattern in _PATTERNS:
        for found in pattern.finditer(text):
            iso = _iso(found, _weekday_before(text, found.start()) if "/" in found.group() else None)
            if iso is not None and (best is None or found.start() < best[0].start()):
                best = (found, iso)
                break
    if best is None:
        return None
    found, iso = best
    return (found.start(), found.end()) if span else iso


@cache
def _cldr_months() -> dict[str, int]:
    """Wide and abbreviated month names of MONTH_LOCALES, case-folded, without a final period."""
    from babel.dates import get_month_names

    names = {}
    for locale in MONTH_LOCALES:
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale).items():
                names.setdefault(name.casefold().rstrip("."), number)
    return names


@cache
def _cldr_weekdays() -> dict[str, int]:
    """Wide and abbreviated day names, case-folded, to their number (Monday 0, as date.weekday())."""
    from babel.dates import get_day_names

    names = {name.casefold(): number for locale in (*MONTH_LOCALES, "ko") for width in ("wide", "abbreviated")
             for number, name in get_day_names(width, locale=locale).items()}
    return names | NEWS_WEEKDAYS


NEWS_WEEKDAYS = {"tues": 1, "thur": 3, "thurs": 3}  # the press's own abbreviations (AP style), not CLDR's


def is_weekday(word: str) -> bool:
    """A day of the week in a language partner sites write in ("Wednesday", "miércoles", "수요일")."""
    return word.casefold().strip("()., ") in _cldr_weekdays()


def _weekday_before(text: str, start: int) -> int | None:
    """The number of the day of the week written right before a date ("Tue, 07/02/2024"), or None."""
    written = _LAST_WORD.search(text[max(0, start - WEEKDAY_REACH):start])
    return _cldr_weekdays().get(written.group(1).casefold().rstrip(".")) if written else None


_LAST_WORD = re.compile(r"([^\W\d_]+\.?),?\s*$")
WEEKDAY_REACH = 14


def _month(name: str) -> int | None:
    folded = name.casefold()
    return _MONTHS.get(folded) or _cldr_months().get(folded)


def _iso(found: re.Match, weekday: int | None = None) -> str | None:
    """The match as an ISO date; `weekday`, the day of the week written before a numeric date,
    tells which order it is in when both numbers could be the month ("Tue, 07/02/2024" is 2 July)."""
    groups = found.groupdict()
    month = _month(groups["month_name"]) if groups.get("month_name") else int(groups["month"])
    day = int(groups["day"])
    year = 2000 + int(groups["short_year"]) if groups.get("short_year") else int(groups["year"])
    if month is not None and month > 12 and day <= 12 and "/" in found.group():
        month, day = day, month  # 6/23/2013: American order
    elif weekday is not None and month is not None and day <= 12 and _weekday_of(year, month, day) != weekday \
            and _weekday_of(year, day, month) == weekday:
        month, day = day, month
    if month is None or not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:  # no such day ("30/02/2021", "2021-13-40")
        return None


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None
