"""XLIFF 1.2 (Trados .sdlxliff, memoQ .mqxliff, Phrase .mxliff, Okapi, Angular, Xcode) and
XLIFF 2.x (OpenXLIFF, Phrase) as source/target pairs, one per unit or segment.

The target is checked, as a catalog's msgstr is; a unit without a translation yet has its
source checked instead (reported, never fixed: the source belongs to the client). Inline
codes (<x/>, <bpt>…</bpt>, <ph/>, <sc/>…) are left out of the text; the text of <g>, <mrk>,
<pc> is kept. Every character keeps its line and column in the file, so --fix rewrites only
the characters of a term inside a target and leaves every other byte alone.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from toolkit.errors import InputError
from toolkit.inputs import PlacedFile, positioned
from toolkit.inputs.xmltext import RawXml
from toolkit.model.segment import Pair
from toolkit.text.language import primary_language

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Inline elements whose content is markup, not text (1.2 and 2.x names).
CODES = {"bpt", "ept", "it", "ph", "x", "bx", "ex", "sub", "sc", "ec", "cp", "sm", "em"}


def read_xliff(path: str | Path) -> PlacedFile:
    path = Path(path)
    raw = RawXml.from_file(path)
    root = raw.root
    name = etree.QName(root)
    if name.localname != "xliff":
        raise InputError(path, f"not XLIFF: the document is <{name.localname}>", raw.line_of(root))
    namespace = name.namespace or ""
    checked = PlacedFile(str(path), [], raw.text, raw.encoding, fixable=raw.round_trips, escape_fixes=True)

    def is_code(element) -> bool:
        qname = etree.QName(element)
        return qname.namespace != name.namespace or qname.localname in CODES

    def add(unit_label: str, source, target, source_lang, target_lang) -> None:
        if source is None:
            return
        source_segment = positioned(raw.chars(source, is_code), source_lang, "source", raw.line_column)
        target_chars = raw.chars(target, is_code) if target is not None else []
        if not "".join(char for char, _ in target_chars).strip():
            checked.add(source_segment, f"{unit_label}, source (no translation yet)", fixable=False)
            return
        lang = primary_language(target.get(XML_LANG)) or target_lang
        target_segment = positioned(target_chars, lang, "target", raw.line_column)
        checked.add(target_segment, unit_label)
        checked.pairs.append(Pair(source_segment, [target_segment], str(path)))

    ns = f"{{{namespace}}}" if namespace else ""
    if root.get("version", "").startswith("2"):
        source_lang, target_lang = primary_language(root.get("srcLang")), primary_language(root.get("trgLang"))
        for unit in root.iter(f"{ns}unit"):
            if unit.get("translate") == "no":
                continue
            for part in unit:
                if etree.QName(part).localname in ("segment", "ignorable") and part.find(f"{ns}source") is not None:
                    label = f"unit {unit.get('id')}" + (f" segment {part.get('id')}" if part.get("id") else "")
                    add(label, part.find(f"{ns}source"), part.find(f"{ns}target"), source_lang, target_lang)
    else:
        for file in root.iter(f"{ns}file"):
            source_lang = primary_language(file.get("source-language"))
            target_lang = primary_language(file.get("target-language"))
            for unit in file.iter(f"{ns}trans-unit"):
                if unit.get("translate") != "no":
                    add(f"unit {unit.get('id')}", unit.find(f"{ns}source"), unit.find(f"{ns}target"),
                        source_lang, target_lang)
    return checked
