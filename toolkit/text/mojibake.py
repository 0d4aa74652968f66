"""Korean text whose bytes were shown in another encoding, and the Hangul they were.

A page written in one encoding and read in another turns each Korean syllable into two or
three other characters; the codecs turn them back, as ftfy does for Western text. Three
misreadings are common on scraped Korean pages:

- UTF-8 shown as Windows-1252: three characters a syllable ("ëŒ€í•œë¯¼êµ­" for 대한민국); a
  byte Windows-1252 leaves undefined shows as the C1 control of that number, as browsers do,
  or as U+FFFD where a converter replaced it ("ê³¼í…Œë§�ë�¼"), which stands for one of five bytes;
- EUC-KR (CP949) shown as Latin-1: two characters a syllable ("¿Ü±³ºÎ" for 외교부);
- UTF-8 shown as CP949: a syllable and a half, Hanja and Hangul mixed ("肄쒕＼鍮꾩븘" for 콜롬비아); an odd
  last byte, which CP949 cannot pair, shows as U+FFFD or "?" ("硫뺤떆肄�" for 멕시코).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

HANGUL_ONLY = re.compile(r"[\uac00-\ud7a3]+")
UNDEFINED_CP1252 = (0x81, 0x8D, 0x8F, 0x90, 0x9D)  # the bytes a U+FFFD in Windows-1252 text may stand for
CONTINUATION_BYTES = range(0x80, 0xC0)
HANJA = "\u4e00-\u9fff\uf900-\ufaff"  # unified and compatibility ideographs (CP949 maps Hanja to both)
LOST_BYTE = ("\ufffd", "?")  # what a converter shows for a byte it cannot read
MAX_REPLACED = 3  # U+FFFD in one run that are tried byte by byte (five readings each)
GLUED_AFTER = 3  # characters of Korean written right that may follow a run shown in CP949 (a particle)
# What Windows-1252 shows for UTF-8's continuation bytes 0x80-0xBF (C1 controls where undefined), or U+FFFD.
CP1252_CONTINUATION = "".join(bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)
                              for byte in range(0x80, 0xC0)) + "\ufffd"


@dataclass(frozen=True)
class Misreading:
    """Bytes written in `written_in`, shown as `shown_as`; `pattern` finds a run of them."""

    pattern: re.Pattern
    shown_as: str
    written_in: str


MISREADINGS = (
    Misreading(re.compile(f"(?:[\u00ea-\u00ed][{re.escape(CP1252_CONTINUATION)}]{{2}}){{2,}}"), "cp1252", "utf-8"),
    Misreading(re.compile(r"(?:[\u00b0-\u00fe][\u00a1-\u00fe]){2,}"), "latin-1", "cp949"),
    Misreading(re.compile(rf"[{HANJA}\uac00-\ud7a3\uff01-\uff5e]*[{HANJA}][{HANJA}\uac00-\ud7a3\uff01-\uff5e]+[\ufffd?]?"),
               "cp949", "utf-8"),
)


@dataclass(frozen=True)
class Garbled:
    """A run of characters at `start` of a text that may show Korean misread."""

    start: int
    shown: str
    misreading: Misreading

    def readings(self) -> list[str]:
        """The Hangul words the run's bytes may have been (several where U+FFFD hid a byte); a
        run in CP949 may end in Korean written right (a particle glued to it), so shorter runs
        are read too."""
        cuts = range(len(self.shown), max(len(self.shown) - GLUED_AFTER, 1), -1) if self.misreading.shown_as == "cp949" \
            else (len(self.shown),)
        for cut in cuts:
            found = []
            for written in _byte_strings(self.shown[:cut], self.misreading.shown_as):
                try:
                    decoded = written.decode(self.misreading.written_in)
                except UnicodeDecodeError:
                    continue
                if HANGUL_ONLY.fullmatch(decoded):
                    found.append(decoded)
            if found:
                return list(dict.fromkeys(found))
        return []

    def end_of(self, hangul: str) -> int | None:
        """Where the characters that show `hangul` (the first syllables of a reading) end in the
        text; None when they end inside one character."""
        needed = len(hangul.encode(self.misreading.written_in))
        count = 0
        for index, char in enumerate(self.shown, 1):
            count += _width(char, self.misreading.shown_as)
            if count == needed:
                return self.start + index
            if count > needed:
                return None
        return None


def garbled_korean(text: str) -> Iterator[Garbled]:
    """Every run of `text` that one of the misreadings may have made of Korean."""
    for misreading in MISREADINGS:
        for match in misreading.pattern.finditer(text):
            yield Garbled(match.start(), match.group(), misreading)


def _width(char: str, shown_as: str) -> int:
    """How many bytes the character shows."""
    return len(char.encode(shown_as, errors="replace")) if shown_as == "cp949" else 1


def _byte_strings(shown: str, shown_as: str) -> list[bytes]:
    """The bytes `shown` may have been: U+FFFD tried as each byte it may stand for."""
    if shown_as == "cp949":
        lost = shown.endswith(LOST_BYTE)  # an odd last byte CP949 could not pair: one of UTF-8's continuations
        choices = [_cp949_codes(char) for char in (shown[:-1] if lost else shown)]
        if not all(choices) or sum(len(choice) > 1 for choice in choices) > MAX_REPLACED:
            return []
        written = [b"".join(combination) for combination in itertools.product(*choices)]
        return [each + bytes([byte]) for each in written for byte in CONTINUATION_BYTES] if lost else written
    choices = [UNDEFINED_CP1252 if char == "\ufffd" else (_western_byte(char, shown_as),) for char in shown]
    if sum(len(choice) > 1 for choice in choices) > MAX_REPLACED:
        return []
    return [bytes(combination) for combination in itertools.product(*choices)]


@cache
def _compatibility_forms() -> dict[str, tuple[str, ...]]:
    """The CJK compatibility ideographs of each unified one: CP949 has several codes for some
    Hanja (硫 at EB A9 is U+F9CE), which Unicode normalization (NFC) makes the unified ideograph,
    whose own code is another; the bytes may have been any of them."""
    forms: dict[str, list[str]] = {}
    for code in range(0xF900, 0xFB00):
        char = chr(code)
        unified = unicodedata.normalize("NFC", char)
        if unified != char:
            forms.setdefault(unified, []).append(char)
    return {unified: tuple(chars) for unified, chars in forms.items()}


def _cp949_codes(char: str) -> list[bytes]:
    """The CP949 bytes `char` may have been: its own, and those of its compatibility forms."""
    codes = []
    for form in (char, *_compatibility_forms().get(char, ())):
        try:
            codes.append(form.encode("cp949"))
        except UnicodeEncodeError:
            continue
    return codes


def _western_byte(char: str, shown_as: str) -> int:
    """The byte a Western code page shows as `char` (a C1 control is its own number)."""
    try:
        return char.encode(shown_as)[0]
    except UnicodeEncodeError:
        return ord(char) if ord(char) < 0x100 else 0  # 0 never decodes into Hangul
