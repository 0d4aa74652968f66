"""Saved HTML pages to positioned text lines (lxml.html; nothing executed, nothing fetched).

The page's own structure removes what it marks as not content: scripts and styles, <nav>,
page-level <header>/<footer>/<aside>, landmark roles such as navigation and banner, hidden
elements, and link lists (blocks that are nearly all link text: menus the markup does not
label). What remains is cut into lines at block elements and <br>, and each line is given
the source line and column of its first character, found by searching the raw text forward
from the element's `sourceline`.
"""

from __future__ import annotations

import bisect
import html as html_escape
import re
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

from toolkit.errors import InputError
from toolkit.ingest.decode import normalize_spaces
from toolkit.ingest.lines import RawLine

NOT_CONTENT_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
    "nav", "button", "select", "input", "textarea", "map", "audio", "video", "form",
})
NOT_CONTENT_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "menubar", "menu"})
PAGE_LEVEL_TAGS = frozenset({"header", "footer", "aside"})
CONTENT_ANCESTORS = frozenset({"main", "article"})
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "caption", "center", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "legend", "li", "main", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul",
})
LINK_LIST_TAGS = frozenset({"ul", "ol", "div", "table", "dl", "section", "p"})
LINK_LIST_MIN_LINKS = 3
LINK_LIST_MIN_SHARE = 0.8
# How far ahead of an element's start a line's first word is looked for.
SEARCH_SPAN = 4000
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPACES = re.compile(r"\s+")
_NEWLINE = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class HtmlPage:
    """`lines`: the content left after structural removal; `page_lines`: all visible text
    of the page, which still carries the chrome that tells its layout."""

    lines: list[RawLine]
    page_lines: list[RawLine]


_NOT_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# A DOCTYPE with an internal subset (`<!DOCTYPE html [ <!ENTITY ...> ]>`): the HTML parser ends
# the declaration at the subset's first `>` and reads the rest (`]>`) as page text.
_DOCTYPE = re.compile(r"<!DOCTYPE\b[^\[>]*(?:\[.*?\]\s*)?>", re.I | re.S)


def _refuse_cut_trees(parser, path: str) -> None:
    """libxml2 stops building a tree nested deeper than its limit and recovers by dropping the
    rest; a page read that way would pass as empty or clean, so it is refused instead."""
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT":
            raise InputError(path, f"not a readable HTML page: {error.message.split(',')[0].lower()}", error.line)


def _blank(match: re.Match) -> str:
    """The match as spaces, its line breaks kept, so every later line and column holds."""
    return re.sub(r"[^\r\n]", " ", match.group(0))


def read_html(text: str, path: str) -> HtmlPage:
    """Parse a decoded page; lxml recovers from truncated or sloppy markup."""
    if not text.strip():
        return HtmlPage([], [])
    text = _NOT_XML_CHARS.sub(" ", text)  # one for one, so columns hold; lxml refuses them later
    text = _DOCTYPE.sub(_blank, text, count=1)
    parser = lxml_html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, recover=True
    )
    try:
        tree = lxml_html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError) as err:
        raise InputError(path, f"not a readable HTML page: {err}") from err
    _refuse_cut_trees(parser, path)
    body = tree.find("body")
    if body is None:
        return HtmlPage([], [])
    for element in body.xpath(".//script|.//style|.//noscript|.//template"):
        element.drop_tree()
    page_lines = _Lines(text).of(body)
    root = _content_root(body)
    _drop_non_content(root)
    return HtmlPage(_Lines(text).of(root), page_lines)


def _content_root(body: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    for query in ("(.//main|.//*[@role='main'])[1]", "(.//article)[1]"):
        found = body.xpath(query)
        if found:
            return found[0]
    return body


def _drop_non_content(root: lxml_html.HtmlElement) -> None:
    doomed = [element for element in root.iter(etree.Element) if element is not root and _not_content(element)]
    for element in doomed:
        element.drop_tree()


def _not_content(element: lxml_html.HtmlElement) -> bool:
    tag = element.tag
    if tag in NOT_CONTENT_TAGS or element.get("role", "").lower() in NOT_CONTENT_ROLES:
        return True
    if element.get("hidden") is not None or element.get("aria-hidden", "").lower() == "true":
        return True
    if _HIDDEN_STYLE.search(element.get("style", "")):
        return True
    if tag in PAGE_LEVEL_TAGS and not any(a.tag in CONTENT_ANCESTORS for a in element.iterancestors()):
        return True
    return tag in LINK_LIST_TAGS and _is_link_list(element)


def _is_link_list(element: lxml_html.HtmlElement) -> bool:
    links = element.findall(".//a")
    if len(links) < LINK_LIST_MIN_LINKS:
        return False
    total = len(_SPACES.sub("", element.text_content()))
    linked = sum(len(_SPACES.sub("", link.text_content())) for link in links)
    return total > 0 and linked / total >= LINK_LIST_MIN_SHARE


class _Lines:
    """Walks an element in document order, cutting lines at blocks and <br>."""

    def __init__(self, source: str):
        self.source = source
        self.line_starts = [0] + [match.end() for match in _NEWLINE.finditer(source)]
        self.cursor = 0
        self.lines: list[RawLine] = []
        self.parts: list[str] = []
        self.start: tuple[int, int] | None = None

    def of(self, element: lxml_html.HtmlElement) -> list[RawLine]:
        self._walk(element, preformatted=False)
        self._flush()
        return self.lines

    def _walk(self, element: lxml_html.HtmlElement, preformatted: bool) -> None:
        block = element.tag in BLOCK_TAGS
        preformatted = preformatted or element.tag == "pre"
        if block or element.tag == "br":
            self._flush()
        self._add(element.text, element.sourceline, preformatted)
        for child in element:
            if isinstance(child.tag, str):
                self._walk(child, preformatted)
            self._add(child.tail, None, preformatted)
        if block:
            self._flush()

    def _add(self, text: str | None, sourceline: int | None, preformatted: bool) -> None:
        if not text:
            return
        pieces = text.split("\n") if preformatted else [text]
        for number, piece in enumerate(pieces):
            if number:
                self._flush()
            if piece.strip():
                position = self._locate(piece.strip(), sourceline)
                if self.start is None:
                    self.start = position
            self.parts.append(piece)

    def _flush(self) -> None:
        text = _SPACES.sub(" ", normalize_spaces("".join(self.parts))).strip()
        if text and self.start is not None:
            self.lines.append(RawLine(text, *self.start))
        self.parts, self.start = [], None

    def _locate(self, text: str, sourceline: int | None) -> tuple[int, int]:
        """(line, column) of `text`'s first word in the raw page, searching forward."""
        low = self.cursor
        if sourceline is not None and sourceline - 1 < len(self.line_starts):
            low = max(low, self.line_starts[sourceline - 1])
        word = text.split()[0][:30]
        for needle in dict.fromkeys((word, html_escape.escape(word, quote=False))):
            offset = self._find_outside_tags(needle, low)
            if offset is not None:
                self.cursor = offset + len(needle)
                return self._position(offset)
        # Written with character references (&deg;): the text starts after the next tag.
        tag_end = self.source.find(">", low, low + SEARCH_SPAN)
        if tag_end == -1:
            return self._position(low)
        offset = tag_end + 1
        while offset < len(self.source) and self.source[offset].isspace():
            offset += 1
        return self._position(offset)

    def _find_outside_tags(self, needle: str, low: int) -> int | None:
        high = low + SEARCH_SPAN
        offset = self.source.find(needle, low, high)
        while offset != -1 and self.source.rfind("<", 0, offset) > self.source.rfind(">", 0, offset):
            offset = self.source.find(needle, offset + 1, high)
        return None if offset == -1 else offset

    def _position(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1
