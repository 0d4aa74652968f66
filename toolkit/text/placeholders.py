"""Placeholders and markup inside UI strings, blanked so that only the prose is checked.

Catalog and XLIFF strings are fragments: `%(name)s` (babel's PYTHON_FORMAT), brace
placeholders (`{0}`, `{name}`) and tags (`<b>`, `<a href="...">`) are code, never names.
"""

from __future__ import annotations

import re

# Brace placeholders ({0}, {name}) and markup tags (<b>, <a href="...">) inside catalog
# strings; babel's PYTHON_FORMAT knows only %-format, and these strings are fragments, not
# HTML documents for lxml.
_NOT_PROSE = re.compile(r"\{[^{}\s]*\}|<[^<>]+>")


def mask_placeholders(text: str) -> str:
    """Placeholders and markup blanked out with spaces of the same length: "%(key)s" is
    never read as the term "key", and every other character keeps its position."""
    from babel.messages.catalog import PYTHON_FORMAT

    for pattern in (PYTHON_FORMAT, _NOT_PROSE):
        text = pattern.sub(lambda found: " " * len(found.group()), text)
    return text
