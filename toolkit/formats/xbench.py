"""Xbench checklists (.xbckl) from the base: flag deprecated terms, and key terms whose
preferred translation is missing.

Xbench's checklist XML, as ApSIC Xbench reads it: <xbench-checklist version="1.0"> holding a
<checklist name> with one <check name categories> per rule; each check has a source and a
target <term> search in PowerSearch syntax ("a phrase", -"must be absent") and a
<description> shown beside each hit. Two kinds of check:

- "deprecated": the target contains a deprecated or superseded term (whatever the source);
- "key term": the source has a preferred or admitted term and the target has none of the
  accepted equivalents (Xbench's key-term-mismatch pattern: target -"term" -"variant").
"""

from __future__ import annotations

from lxml import etree

from toolkit.formats.csvfile import one_line
from toolkit.formats.omegat import REJECTED, usable
from toolkit.model.termbase import TermBase

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# Xbench wants a time stamp per check; a real one would make every export differ, so, as
# in the gettext catalogs, a fixed one (the term base's history dates the content).
FIXED_TIMESTAMP = "1970-01-01 00:00"


def quoted(text: str) -> str:
    """A PowerSearch phrase: in double quotes, inner quotes doubled."""
    return '"' + one_line(text).replace('"', '""') + '"'


def xbench_bytes(termbase: TermBase, source_lang: str, target_lang: str, name: str = "termkit") -> bytes:
    """The checklist for source -> target; the same base gives the same bytes."""
    stamp = FIXED_TIMESTAMP
    root = etree.Element("xbench-checklist", version="1.0")
    checklist = etree.SubElement(root, "checklist", name=f"{name} {source_lang}-{target_lang}")
    for concept in termbase.sorted():
        preferred = concept.preferred(target_lang)
        if preferred is None or not usable(preferred):
            continue
        for term in concept.terms.get(target_lang, []):
            if term.status in REJECTED:
                _check(checklist, f"deprecated: {one_line(term.text)}", "deprecated", "", quoted(term.text),
                       f'"{one_line(term.text)}" is {term.status}; use "{one_line(preferred.text)}".', stamp)
        accepted = " ".join("-" + quoted(term.text) for term in concept.terms[target_lang] if usable(term))
        for term in concept.terms.get(source_lang, []):
            if usable(term):
                _check(checklist, f"key term: {one_line(term.text)}", "key term", quoted(term.text), accepted,
                       f'Should be "{one_line(preferred.text)}".', stamp,
                       case=term.term_type in ("acronym", "abbreviation"))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _check(checklist, name: str, category: str, source: str, target: str, description: str, stamp: str,
           case: bool = False) -> None:
    check = etree.SubElement(checklist, "check", name=name, categories=category)
    for kind, search in (("source", source), ("target", target)):
        term = etree.SubElement(check, "term", type=kind)
        term.set(XML_SPACE, "preserve")
        if case:
            term.set("casecheck", "yes")
        term.set("wholeword", "yes")
        term.set("powersearch", "yes")
        term.set("searchmode", "simple")
        term.text = search
    text = etree.SubElement(check, "description")
    text.set(XML_SPACE, "preserve")
    text.text = description
    etree.SubElement(check, "timestamp").text = stamp
