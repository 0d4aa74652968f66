"""Bytes to text: the encoding is detected (charset-normalizer), never assumed.

The ministry's pages come as UTF-8 (with or without BOM), UTF-16 with BOM, CP949/EUC-KR
(older Korean sites) or CP1252 (older Spanish sites). Detection is restricted to those
encodings because on short pages an unrestricted detector picks exotic ones (a mostly
English page with one Korean word in CP949 comes out as Big5). Bytes that decode as strict
UTF-8 are UTF-8 (legacy Korean or Spanish text practically never does), so the detector is
loaded only for the others.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from toolkit.errors import InputError

CANDIDATE_ENCODINGS = ["utf_8", "utf_16", "utf_32", "cp949", "cp1252"]

# A text file has almost no C0 control characters besides tab, newlines and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAX_CONTROL_RATIO = 0.01

_NEWLINE = re.compile(r"\r\n|\r|\n")

# Spaces that are one character wide but not U+0020. Mapped one-for-one so columns hold.
_WIDE_SPACES = str.maketrans({
    "\u00a0": " ", "\u3000": " ", "\u2007": " ", "\u202f": " ", "\u2002": " ",
    "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ",
    "\u2009": " ", "\u200a": " ",
})


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def decode(raw: bytes, path: str) -> Decoded:
    """Decode a file's bytes, or raise InputError("not a text file")."""
    if not raw:
        return Decoded("", "utf-8")
    if b"\x00" not in raw:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            encoding = "utf-8-sig" if raw.startswith(codecs.BOM_UTF8) else "utf-8"
            return _text_only(path, Decoded(text.lstrip("\ufeff"), encoding))
    from charset_normalizer import from_bytes  # 20 ms of imports, for the rare non-UTF-8 file

    best = from_bytes(raw, cp_isolation=CANDIDATE_ENCODINGS).best()
    if best is None:
        raise InputError(path, "not a text file (no known text encoding fits its bytes)")
    encoding = codecs.lookup(best.encoding).name
    if b"\x00" in raw and not encoding.startswith(("utf-16", "utf-32")):
        raise InputError(path, "not a text file (binary content)")
    if best.bom and encoding == "utf-8":
        encoding = "utf-8-sig"
    return _text_only(path, Decoded(str(best).lstrip("\ufeff"), encoding))


def _text_only(path: str, decoded: Decoded) -> Decoded:
    """Refuse text with more control characters than a text file has."""
    if len(_CONTROL.findall(decoded.text)) > _MAX_CONTROL_RATIO * len(decoded.text):
        raise InputError(path, "not a text file (binary content)")
    return decoded


def split_lines(text: str) -> list[str]:
    """Split on LF, CRLF and CR only: the line breaks an editor counts (not str.splitlines,
    which also breaks on form feeds and U+2028 and would shift every later line number)."""
    return _NEWLINE.split(text)


def normalize_spaces(text: str) -> str:
    """NBSP, full-width and other one-character spaces become U+0020; length is unchanged."""
    return text.translate(_WIDE_SPACES)
