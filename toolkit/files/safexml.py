"""Parsing XML from outside without trusting it.

lxml is configured to expand no entities, load no DTD and touch no network; libxml2's own
limits (depth 256, 10 MB text nodes, no XML_PARSE_HUGE) bound memory. On top of that the
prolog is scanned before parsing and any entity declaration is refused outright: a term
base never needs one, and refusing is simpler to reason about than expanding safely.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from lxml import etree

from toolkit.errors import InputError

PARSER_OPTIONS = dict(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_blank_text=False,
)

_PROLOG_BYTES = 1 << 20
_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.IGNORECASE)
_FIRST_ELEMENT = re.compile(r"<[A-Za-z_]")


def check_prolog(path: Path) -> None:
    """Refuse entity declarations, and DTD subsets too large to inspect, before parsing."""
    with open(path, "rb") as stream:
        head = stream.read(_PROLOG_BYTES)
    if not head.strip():
        raise InputError(path, "empty file, expected XML", line=1)
    text = _decode_head(head)
    doctype = text.find("<!DOCTYPE")
    if doctype < 0:
        return
    first_element = _FIRST_ELEMENT.search(text, doctype + len("<!DOCTYPE"))
    prolog = text if first_element is None else text[: first_element.start()]
    declaration = _ENTITY_DECLARATION.search(prolog)
    if declaration:
        line = prolog.count("\n", 0, declaration.start()) + 1
        raise InputError(path, "refused: the document declares entities (DTD entities are not allowed)", line)
    if first_element is None and len(head) == _PROLOG_BYTES:
        raise InputError(path, "refused: DTD internal subset larger than 1 MiB", line=1)


def _decode_head(head: bytes) -> str:
    """Best-effort text of the first bytes, enough to find markup (UTF-16 included)."""
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(encoding, errors="replace")
    return head.decode("utf-8", errors="replace")


def iterparse(path: Path, events=("start", "end"), tag=None):
    """lxml iterparse with the safe options; check_prolog first."""
    check_prolog(path)
    return etree.iterparse(str(path), events=events, tag=tag, **PARSER_OPTIONS)


def syntax_error(path: Path, err: etree.XMLSyntaxError) -> InputError:
    """Turn lxml's error into our one-line error with its line number."""
    message = (err.msg or str(err)).splitlines()[0]
    message = re.sub(r",? line \d+, column \d+$", "", message)
    return InputError(path, f"malformed XML: {message}", line=err.lineno or None)
