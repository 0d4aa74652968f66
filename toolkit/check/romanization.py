"""Adapter to toolkit.text.romanize (the align helper's name matcher) for the check rules.

TK105 and the near-miss index ask one question: are two Latin spellings the same Korean name
("Kang Jung-sik" / "Kang Jeong-sik")?
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def same_name(written: str, known: str) -> bool:
    """True when `written` is another romanization of the person the base writes `known`."""
    from toolkit.text import romanize  # on first use: it loads rapidfuzz, which a clean page never needs

    return romanize.same_person(written, known) >= romanize.MATCH
