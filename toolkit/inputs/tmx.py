"""TMX 1.4b (and legacy 1.1, `lang=`; UTF-16 with a BOM) as bilingual pairs, one per TU.

The source variant is the one in the header's srclang (the first variant when srclang is
`*all*` or absent); every other variant is a target and is checked. A TU is named by its
tuid, else by its number in the file, with the line where it starts. Inline codes (<bpt>,
<ept>, <ph>, <it>, <ut>) are left out; <hi> text is kept. Translation memories are read,
never rewritten: --fix does not touch them.
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
CODES = {"bpt", "ept", "it", "ph", "ut", "sub"}


def read_tmx(path: str | Path) -> PlacedFile:
    path = Path(path)
    raw = RawXml.from_file(path)
    root = raw.root
    if etree.QName(root).localname != "tmx":
        raise InputError(path, f"not TMX: the document is <{etree.QName(root).localname}>", raw.line_of(root))
    header = root.find("header")
    srclang = (header.get("srclang") if header is not None else None) or "*all*"
    checked = PlacedFile(str(path), [], raw.text, raw.encoding, fixable=False)

    def is_code(element) -> bool:
        return etree.QName(element).localname in CODES

    for number, tu in enumerate(root.iter("tu"), start=1):
        variants = []
        for tuv in tu.iter("tuv"):
            seg = tuv.find("seg")
            lang = tuv.get(XML_LANG) or tuv.get("lang")
            if seg is not None and lang:
                variants.append((lang, seg))
        if len(variants) < 2:
            continue
        source_index = next((index for index, (lang, _) in enumerate(variants)
                             if lang.lower() == srclang.lower()), 0)
        label = f"TU {tu.get('tuid') or number} (line {raw.line_of(tu)})"
        source_lang, source_seg = variants[source_index]
        source = positioned(raw.chars(source_seg, is_code), primary_language(source_lang), "source", raw.line_column)
        targets = []
        for index, (lang, seg) in enumerate(variants):
            if index != source_index:
                target = positioned(raw.chars(seg, is_code), primary_language(lang), "target", raw.line_column)
                if target.text.strip():
                    checked.add(target, f"{label}, {lang}")
                    targets.append(target)
        for target in targets:  # one pair per target language: TK201 compares one language at a time
            checked.pairs.append(Pair(source, [target], str(path)))
    return checked
