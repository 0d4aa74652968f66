"""Text of XML elements with the raw offset of every character, for findings and fixes.

lxml parses (safely, see toolkit.files.safexml) and gives the structure, but keeps no character
offsets. A second, lexical pass over the same decoded text lists the elements' tags in
document order; since entity declarations are refused, the n-th start tag of the raw text
is the n-th element of lxml's tree, so each element's content can be walked in the raw text,
entities decoded, with each character's offset kept.
"""

from __future__ import annotations

import bisect
import codecs
import html
import re
from dataclasses import dataclass, field

from lxml import etree

from toolkit.errors import InputError
from toolkit.files.safexml import PARSER_OPTIONS, check_prolog, syntax_error

_TOKEN = re.compile(
    r"<!--.*?-->"
    r"|<!\[CDATA\[(?P<cdata>.*?)\]\]>"
    r"|<\?.*?\?>"
    r"|<!DOCTYPE(?:[^\[>]|\[.*?\])*>"
    r"|</(?P<close>[^\s>]+)\s*>"
    r"|<(?P<open>[^\s/>!?]+)(?:[^>\"']|\"[^\"]*\"|'[^']*')*?(?P<empty>/)?>"
    r"|(?P<ref>&#?\w+;)"
    r"|(?P<text>[^<&]+)",
    re.DOTALL,
)
_LINE_END = re.compile(r"\r\n|\r|\n")


def decode(path, data: bytes) -> tuple[str, str]:
    """(text, encoding) of an XML file: UTF-16 by its BOM, else UTF-8 (BOM kept as utf-8-sig)."""
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding), encoding
    encoding = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as err:
        raise InputError(path, "not valid UTF-8", data[: err.start].count(b"\n") + 1) from err


def parse_bytes(where: str, data: bytes):
    """The root element of an XML document held in memory (a zip part), parsed safely.

    Office and Hangul parts never declare a DOCTYPE, so one is refused outright."""
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:4096]:
        raise InputError(where, "refused: the part declares a DTD", 1)
    try:
        return etree.fromstring(data, etree.XMLParser(**PARSER_OPTIONS))
    except etree.XMLSyntaxError as err:
        raise syntax_error(where, err) from err


@dataclass
class RawXml:
    """One XML document: its decoded text, its parsed root, and where each element sits."""

    text: str
    encoding: str
    root: object
    # per element in document order: (token index of its start tag, of its end tag)
    spans: list[tuple[int, int]] = field(default_factory=list)
    tokens: list[re.Match] = field(default_factory=list)
    order: dict = field(default_factory=dict)
    by_token: dict = field(default_factory=dict)
    line_starts: list[int] = field(default_factory=list)
    round_trips: bool = False  # text.encode(encoding) gives back the file's bytes: safe to rewrite

    @classmethod
    def from_file(cls, path) -> "RawXml":
        check_prolog(path)
        try:
            data = path.read_bytes()
        except OSError as err:
            raise InputError(path, f"cannot read: {err.strerror or err}") from err
        text, encoding = decode(path, data)
        try:
            root = etree.fromstring(data, etree.XMLParser(**PARSER_OPTIONS))
        except etree.XMLSyntaxError as err:
            raise syntax_error(path, err) from err
        raw = cls.of(text, encoding, root, path)
        raw.round_trips = text.encode(encoding) == data
        return raw

    @classmethod
    def of(cls, text: str, encoding: str, root, where) -> "RawXml":
        raw = cls(text, encoding, root)
        raw.tokens = list(_TOKEN.finditer(text))
        stack: list[int] = []
        for number, token in enumerate(raw.tokens):
            if token["open"]:
                raw.spans.append((number, number))
                if not token["empty"]:
                    stack.append(len(raw.spans) - 1)
            elif token["close"] and stack:
                index = stack.pop()
                raw.spans[index] = (raw.spans[index][0], number)
        elements = [element for element in root.iter() if isinstance(element.tag, str)]
        if len(elements) != len(raw.spans):  # a construct the lexer does not know: say so
            raise InputError(where, "cannot map the XML text to its elements (unusual markup)")
        raw.order = {element: index for index, element in enumerate(elements)}
        raw.by_token = {start: (end, element) for (start, end), element in zip(raw.spans, elements)}
        raw.line_starts = [0] + [match.end() for match in _LINE_END.finditer(text)]
        return raw

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset, columns counted in characters."""
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def line_of(self, element) -> int:
        return self.line_column(self.tokens[self.spans[self.order[element]][0]].start())[0]

    def chars(self, element, skip=lambda element: False) -> list[tuple[str, int]]:
        """(character, raw offset) of the element's text content, in order; the content of
        descendants for which `skip` is true (inline codes) left out."""
        first, last = self.spans[self.order[element]]
        found: list[tuple[str, int]] = []
        index = first + 1
        while index < last:
            token = self.tokens[index]
            if token["open"]:
                end, child = self.by_token[index]
                if skip(child):
                    index = end + 1
                    continue
            elif token["text"] is not None:
                found += [(char, token.start() + offset) for offset, char in enumerate(token["text"])]
            elif token["cdata"] is not None:
                base = token.start("cdata")
                found += [(char, base + offset) for offset, char in enumerate(token["cdata"])]
            elif token["ref"]:
                found += [(char, token.start()) for char in html.unescape(token["ref"])]
            index += 1
        return found
