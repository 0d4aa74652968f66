"""Adapter to toolkit.romanize (the align helper's name matcher), used only when it is there.

TK105 and the near-miss index ask one question: are two Latin spellings the same Korean name
("Kang Jung-sik" / "Kang Jeong-sik")? Without toolkit.romanize the answer is always no, and
TK105 still reports names that differ from the base only in spacing, hyphens or case.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def same_name(written: str, known: str) -> bool:
    """True when `written` is another romanization of the person the base writes `known`."""
    try:
        from toolkit import romanize
    except ImportError:
        return False
    return romanize.same_person(written, known) >= romanize.MATCH
