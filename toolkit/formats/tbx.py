"""TBX read (v3 DCT/DCA and v2 `martif`) and write (v3 TBX-Basic, DCT style).

Reading streams one entry at a time with lxml iterparse and frees each entry once
converted, so memory stays flat however large the file. Writing is deterministic:
concepts by id, term ids derived from position, no time stamps.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from lxml import etree

from toolkit.errors import InputError
from toolkit.files import atomic
from toolkit.files import safexml
from toolkit.formats import xmlnodes
from toolkit.model.termbase import (
    GENDERS, PARTS_OF_SPEECH, REVIEW_STATES, STATUSES, TERM_TYPES, XML_ID, Concept, Context, TermBase, Term,
    status_to_tbx,
)

try:  # built from _tbxwalk.pyx when termkit is installed with a C compiler at hand
    from toolkit.formats import _tbxwalk
except ImportError:
    _tbxwalk = None

TBX_NS = "urn:iso:std:iso:30042:ed-2"
MIN_NS = "http://www.tbxinfo.net/ns/min"
BASIC_NS = "http://www.tbxinfo.net/ns/basic"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NSMAP = {None: TBX_NS, "min": MIN_NS, "basic": BASIC_NS}

# Which module each TBX-Basic data category lives in (DCT element namespace).
MODULE = {
    "subjectField": MIN_NS, "administrativeStatus": MIN_NS, "partOfSpeech": MIN_NS,
    "definition": BASIC_NS, "source": BASIC_NS, "termType": BASIC_NS, "context": BASIC_NS,
    "grammaticalGender": BASIC_NS, "geographicalUsage": BASIC_NS, "crossReference": BASIC_NS,
}

# TBX v2 (ISO 12620) term types that TBX-Basic folds into its six values.
V2_TERM_TYPES = {
    "entryTerm": "fullForm", "synonym": "variant", "orthographicVariant": "variant",
    "transcribedForm": "variant", "transliteratedForm": "variant", "shortcut": "abbreviation",
    "synonymousPhrase": "phrase", "standardText": "phrase", "internationalScientificTerm": "fullForm",
}

# The picklist categories of a term: the field that holds one, {value in a file: value the
# model stores}, and the values TBX-Basic names (any other is kept as a note and reported).
PICKLISTS = {
    "termType": ("term_type", {**V2_TERM_TYPES, **dict(zip(TERM_TYPES, TERM_TYPES))}, TERM_TYPES),
    "administrativeStatus": ("status", {status_to_tbx(s): s for s in STATUSES}, [status_to_tbx(s) for s in STATUSES]),
    "usageStatus": ("status", dict(zip(STATUSES, STATUSES)), STATUSES),
    "partOfSpeech": ("part_of_speech", dict(zip(PARTS_OF_SPEECH, PARTS_OF_SPEECH)), PARTS_OF_SPEECH),
    "grammaticalGender": ("gender", dict(zip(GENDERS, GENDERS)), GENDERS),
}
COMPILED_PICKLISTS = {category: accepted for category, (_, accepted, _) in PICKLISTS.items()}

# Elements TBX (v3 core and v2 martif) allows inside an entry, a language and a term; any
# other is an error, so that a misspelt <termNote> is reported instead of silently lost.
ENTRY_ITEMS = {"descrip", "descripGrp", "admin", "adminGrp", "transacGrp", "note", "ref", "xref"}
ALLOWED_CHILDREN = {
    "conceptEntry": ENTRY_ITEMS | {"langSec"},
    "termEntry": ENTRY_ITEMS | {"langSet"},
    "langSec": ENTRY_ITEMS | {"termSec"},
    "langSet": ENTRY_ITEMS | {"tig", "ntig"},
    "termSec": ENTRY_ITEMS | {"term", "termNote", "termNoteGrp"},
    "tig": ENTRY_ITEMS | {"term", "termNote", "termNoteGrp"},
    "ntig": ENTRY_ITEMS | {"termGrp"},
    "termGrp": {"term", "termNote", "termNoteGrp", "termCompList"},
}

# The note a term's review state is written as (see _write_term), and the state it records.
REVIEW_NOTES = {f"review: {state}": state for state in REVIEW_STATES}

# Values and shapes TBX does not allow, as (line, message), gathered while a file is read and
# kept on the TermBase (TermBase.invalid) so that `validate` reports them; the value itself
# stays in the term as a note, so nothing is lost.
_INVALID: ContextVar[list | None] = ContextVar("tbx_invalid", default=None)
# The type attributes TBX-Basic allows on transaction elements.
TRANSACTION_TYPES = {"transac": {"transactionType"}, "transacNote": {"responsibility"}}


def _invalid(element, message: str) -> None:
    found = _INVALID.get()
    if found is not None:
        found.append((element.sourceline, message))


GROUPS = frozenset({"descripGrp", "adminGrp", "termNoteGrp"})
TYPED_ITEMS = frozenset({"descrip", "termNote", "admin", "ref", "xref", "transac", "transacNote"})
MODULE_NAMESPACES = (MIN_NS, BASIC_NS)
# tag -> (local name, DCT data category or None). A file uses a few dozen distinct tags and
# every element is looked up, so each tag is split once; a hostile file's endless new tags
# are split every time instead of filling memory.
_TAG_INFO: dict = {}
_TAG_INFO_LIMIT = 4096


def _tag_info(tag) -> tuple[str, str | None]:
    """(local name, the category a DCT module element carries) of a tag; ('', None) for comments."""
    info = _TAG_INFO.get(tag)
    if info is None:
        if not isinstance(tag, str):
            info = ("", None)
        else:
            namespace, _, local = tag[1:].rpartition("}") if tag.startswith("{") else ("", "", tag)
            info = (local, local if namespace in MODULE_NAMESPACES else None)
        if len(_TAG_INFO) < _TAG_INFO_LIMIT:
            _TAG_INFO[tag] = info
    return info


def _local(tag) -> str:
    """Local name of an element tag ('' for comments and processing instructions)."""
    return _tag_info(tag)[0]


def _category(element, local: str, module_category: str | None) -> str | None:
    """The data category an element carries: DCT module element name, or DCA/v2 @type."""
    if module_category is not None:
        return module_category
    if local in TYPED_ITEMS:
        return element.get("type")
    return "note" if local == "note" else None


def _text(element) -> str:
    """The element's text with white space runs folded, as TBX readers expect."""
    raw = (element.text or "") if len(element) == 0 else "".join(element.itertext())
    return " ".join(raw.split())


# ---------------------------------------------------------------- reading


def read_tbx(path: str | Path, warnings: list[str] | None = None, *, compiled: bool = True) -> TermBase:
    """Read a TBX v3 (DCT or DCA) or TBX v2 (martif) file into a TermBase.

    An empty <term/> (an untranslated slot, common in Weblate exports) is not a term: it is
    skipped and reported in `warnings` as "path:line: message". A plain file is read by the
    compiled walk when it was built (`compiled=False`: always by the walk below); any other
    file, and every file without it, by the walk below, which gives the same model.
    """
    path = Path(path)
    _require_file(path)
    termbase = TermBase()
    generated_ids: dict[str, int] = {}
    warnings = [] if warnings is None else warnings
    token = _INVALID.set(termbase.invalid)
    try:
        namespace, dialect = _root_namespace(path)
        if compiled and dialect != "TBX-Min" and read_compiled(path, namespace, termbase):
            return termbase
        checked = ("tbxHeader", "text") + (MIN_EXCLUDED if dialect == "TBX-Min" else ())
        wanted = [f"{namespace}{name}" for name in ("conceptEntry", "termEntry", "title", "p", *checked)]
        for _, element in etree.iterparse(str(path), events=("end",), tag=wanted, **safexml.PARSER_OPTIONS):
            name = _local(element.tag)
            if name in checked:
                _check_structure(element, name)
            elif name in {"conceptEntry", "termEntry"}:
                termbase.concepts.append(_read_entry(path, element, generated_ids, warnings))
                element.clear(keep_tail=False)
                parent = element.getparent()
                while element.getprevious() is not None:
                    del parent[0]
            elif name == "title" and _local(element.getparent().tag) == "titleStmt":
                termbase.title = _text(element) or termbase.title
            elif name == "p" and _local(element.getparent().tag) == "sourceDesc":
                termbase.description = _text(element) or termbase.description
    except etree.XMLSyntaxError as err:
        raise safexml.syntax_error(path, err) from err
    finally:
        _INVALID.reset(token)
    return termbase


def read_compiled(path: Path, namespace: str, termbase: TermBase) -> bool:
    """Read a plain file's header and entries into `termbase` with the compiled walk; False
    (and `termbase` untouched) when it is not built or the file is not plain."""
    if _tbxwalk is None:
        return False
    read = _tbxwalk.read(str(path), namespace.strip("{}"), MODULE_NAMESPACES, COMPILED_PICKLISTS, REVIEW_NOTES,
                         TRANSACTION_TYPES, usable_id, termbase.title, termbase.description)
    if read is None:
        return False
    termbase.title, termbase.description, termbase.concepts = read
    return True


def _root_namespace(path: Path) -> tuple[str, str | None]:
    """Check the root element (TBX v3 <tbx> or v2 <martif>); its '{ns}' prefix and its dialect
    (the `type` of a v3 root: TBX-Basic, TBX-Min, TBX-Core...)."""
    for _, root in safexml.iterparse(path, events=("start",)):
        name = _local(root.tag)
        if name not in {"tbx", "martif"}:
            raise InputError(path, f"not a TBX file: root element is <{name}>, expected <tbx> or <martif>", root.sourceline)
        return root.tag[: -len(name)], root.get("type") if name == "tbx" else None
    raise InputError(path, "no XML root element", line=1)


# Elements of the core structure that TBX-Min leaves out (ISO 30042:2019, TBX-Min dialect).
MIN_EXCLUDED = ("admin", "xref")
# The header elements that hold text; every other header element only groups them.
HEADER_TEXT = frozenset({"p", "title", "note"})


def _check_structure(element, name: str) -> None:
    """Core-structure rules outside the entries: header text belongs in <p> (or a title or
    note); <text> holds <body> and <back> only. In a TBX-Min file, an excluded element."""
    if name in MIN_EXCLUDED:
        _invalid(element, f"<{name}> is not part of the TBX-Min dialect")
    elif name == "tbxHeader":
        for inner in element.iter():
            if _local(inner.tag) not in HEADER_TEXT and (inner.text or "").strip():
                _invalid(inner, f"text directly in header element <{_local(inner.tag)}>; it belongs in a <p>")
    else:
        for child in element:
            if isinstance(child.tag, str) and _local(child.tag) not in {"body", "back"}:
                _invalid(child, f"<{_local(child.tag)}> directly in <text>; only <body> and <back> go there")


def _require_file(path: Path) -> None:
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a folder, expected a TBX file")


def _unknown(path: Path, parent_local: str, child, local: str) -> InputError:
    """The error for an element TBX does not define where it stands (a misspelt <termNote>)."""
    return InputError(path, f"unknown element <{local}> in <{parent_local}>", child.sourceline)


def _entry_id(path: Path, entry, used: dict[str, int]) -> str:
    """The entry's id. TBX v3 requires one; TBX v2 ids are kept only when they are usable.

    Real v2 files (Weblate's) carry ids such as "1" twice or "XML Tag": those entries get a
    readable id derived from their first term instead, so merging by id stays meaningful.
    """
    local = _local(entry.tag)
    given = usable_id(local, entry.get("id"), used)
    if given:
        return given
    if local == "conceptEntry":
        raise InputError(path, "conceptEntry without the required id attribute", entry.sourceline)
    return generated_id(_first_term_text(entry), used)


def usable_id(entry_local: str, entry_id: str | None, used: dict[str, int]) -> str | None:
    """The id an entry gives itself, when it is kept (recorded in `used`); None otherwise."""
    if entry_local == "conceptEntry":
        return entry_id or None
    if entry_id and XML_ID.match(entry_id) and entry_id not in used:
        used[entry_id] = 1
        return entry_id
    return None


def _first_term_text(entry) -> str:
    for element in entry.iter():
        if _local(element.tag) == "term":
            return _text(element)
    return ""


def generated_id(text: str, generated: dict[str, int]) -> str:
    """A readable, deterministic NCName for an entry the file gave no id (TBX v2 allows that)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:48]
    if not slug:
        slug = hashlib.sha1(text.encode()).hexdigest()[:10]
    base = f"c-{slug}"
    generated[base] = generated.get(base, 0) + 1
    return base if generated[base] == 1 else f"{base}-{generated[base]}"


def _read_entry(path: Path, entry, generated: dict[str, int], warnings: list[str]) -> Concept:
    """One conceptEntry/termEntry. The walk is written out level by level, one look-up per
    element, because it runs for every element of files that reach 100 MB."""
    entry_local = _local(entry.tag)
    allowed = ALLOWED_CHILDREN[entry_local]
    concept = Concept(id=_entry_id(path, entry, generated))
    found = _INVALID.get()
    first = len(found) if found is not None else 0
    for child in entry:
        tag = child.tag
        local, module_category = _TAG_INFO.get(tag) or _tag_info(tag)
        if local in {"langSec", "langSet"} and module_category is None:
            _read_language(path, child, local, concept, warnings)
        elif module_category is not None or local in allowed:
            _apply_concept_item(concept, child, local, module_category)
        elif local:
            raise _unknown(path, entry_local, child, local)
    if found is not None:
        found[first:] = [(line, f"{concept.id}: {message}") for line, message in found[first:]]
    return concept


def _items(element, local: str, module_category: str | None):
    """(category, element) for an item, unwrapping descripGrp/adminGrp/termNoteGrp."""
    if local in GROUPS and module_category is None:
        if local == "descripGrp" and sum(1 for c in element if _local(c.tag) == "descrip") > 1:
            _invalid(element, "more than one <descrip> in a <descripGrp>")
        for child in element:
            yield from _items(child, *_tag_info(child.tag))
    elif local:
        if module_category is None:
            _check_typed(element, local)
        yield _category(element, local, module_category), element


def _check_typed(element, local: str) -> None:
    """Report an item without its type, or a transaction whose type TBX-Basic does not define."""
    if local == "transacGrp":
        for child in element:
            _check_typed(child, _local(child.tag))
    elif local in TYPED_ITEMS and not element.get("type") and element.tag.startswith(f"{{{TBX_NS}}}"):
        # TBX v3 only: Weblate's v2 files carry type-less <descrip>s, read as notes
        _invalid(element, f"<{local}> without a type attribute")
    elif local in TRANSACTION_TYPES and element.get("type") not in TRANSACTION_TYPES[local]:
        _invalid(element, f"<{local}> type {element.get('type')!r} is not one of "
                 f"{', '.join(sorted(TRANSACTION_TYPES[local]))}")


def _apply_concept_item(concept: Concept, element, local: str, module_category: str | None) -> None:
    for category, item in _items(element, local, module_category):
        value = _text(item)
        if category == "subjectField":
            concept.subject = value
        elif category == "definition":
            concept.definition = value
        elif category == "source" or (category == "externalCrossReference" and item.get("target")):
            concept.sources.append(item.get("target") or value)
        elif category == "crossReference" and item.get("target"):
            concept.cross_refs.append(item.get("target"))
        elif category == "note" and value:
            concept.notes.append(value)


def _read_language(path: Path, lang_element, lang_local: str, concept: Concept, warnings: list[str]) -> None:
    lang = lang_element.get(XML_LANG) or lang_element.get("lang")
    if not lang:
        raise InputError(path, f"<{lang_local}> without the required xml:lang", lang_element.sourceline)
    allowed = ALLOWED_CHILDREN[lang_local]
    for child in lang_element:
        tag = child.tag
        local, module_category = _TAG_INFO.get(tag) or _tag_info(tag)
        if local in {"termSec", "tig", "ntig"} and module_category is None:
            term = _read_term(path, child, local)
            if term is None:
                warnings.append(f"{path}:{child.sourceline}: empty <term> in {lang} skipped ({concept.id})")
            else:
                concept.add_term(lang, term)
        elif module_category is not None or local in allowed:
            for category, item in _items(child, local, module_category):
                if category == "definition" and not concept.definition:
                    concept.definition = _text(item)
                elif category == "definition":
                    concept.notes.append(f"definition ({lang}): {_text(item)}")
                elif category == "note" and _text(item):
                    concept.notes.append(_text(item))
        elif local:
            raise _unknown(path, lang_local, child, local)


def _read_term(path: Path, term_element, term_local: str) -> Term | None:
    """A termSec (v3) or tig/ntig (v2) as a Term; None for an empty <term/>."""
    term = Term(text="")
    text = _fill_term(path, term, term_element, term_local, None)
    if text is None:
        raise InputError(path, f"<{term_local}> without a <term>", term_element.sourceline)
    if not text:
        return None
    term.text = text
    return term


def _fill_term(path: Path, term: Term, element, element_local: str, text: str | None) -> str | None:
    """Apply the items of a term element to `term`; the text of its first <term>, else `text`.

    A v2 ntig keeps the term and its notes one level down, in a termGrp.
    """
    allowed = ALLOWED_CHILDREN[element_local]
    for child in element:
        tag = child.tag
        local, module_category = _TAG_INFO.get(tag) or _tag_info(tag)
        if module_category is not None:
            _apply_term_item(term, module_category, child)
        elif local not in allowed:
            if local:
                raise _unknown(path, element_local, child, local)
        elif local == "term":
            if text is None:
                text = _text(child)
                if element_local == "termSec" and child is not element[0]:
                    _invalid(child, "<term> is not the first child of its <termSec>")
            else:
                _invalid(child, f"a second <term> in one <{element_local}> ({_text(child)!r} not read)")
        elif local == "termGrp":
            text = _fill_term(path, term, child, local, text)
        elif local == "descripGrp":
            if sum(1 for c in child if _local(c.tag) == "descrip") > 1:
                _invalid(child, "more than one <descrip> in a <descripGrp>")
            _read_context_group(term, child)
        elif local in GROUPS:
            for category, item in _items(child, local, None):
                _apply_term_item(term, category, item)
        else:
            _check_typed(child, local)
            _apply_term_item(term, _category(child, local, None), child)
    return text


def _read_context_group(term: Term, group) -> None:
    context, sources = None, []
    for child in group:
        for category, item in _items(child, *_tag_info(child.tag)):
            if category == "context":
                context = _text(item)
            elif category == "source":
                sources.append(_text(item))
            else:
                _apply_term_item(term, category, item)
    if context is not None:
        term.contexts.append(Context(context, sources[0] if sources else None))
    elif sources:
        term.sources.extend(sources)


def _apply_term_item(term: Term, category: str | None, item) -> None:
    value = _text(item)
    if not value:
        return
    if category in PICKLISTS:
        field, accepted, named = PICKLISTS[category]
        stored = accepted.get(value)
        if stored:
            setattr(term, field, stored)
        else:
            _kept_invalid(term, item, category, value, named)
    elif category == "definition":
        _invalid(item, "definition at term level; TBX-Basic puts it on the concept or its language")
        term.notes.append(f"definition: {value}")
    elif category == "geographicalUsage":
        term.geographical_usage = value
    elif category == "context":
        term.contexts.append(Context(value))
    elif category == "source" or (category == "externalCrossReference" and item.get("target")):
        term.sources.append(item.get("target") or value)
    elif category == "note":
        review = REVIEW_NOTES.get(value)
        if review:
            term.review = review
        else:
            term.notes.append(value)


def _kept_invalid(term: Term, item, category: str, value: str, allowed) -> None:
    """A picklist value TBX does not define: kept as a note, reported with its line."""
    term.notes.append(f"{category}: {value}")
    _invalid(item, f"{category} {value!r} is not one of {', '.join(allowed)}")


# ---------------------------------------------------------------- writing


def tbx_bytes(termbase: TermBase) -> bytes:
    """The term base as TBX v3, TBX-Basic, DCT style: deterministic bytes."""
    return b"".join(tbx_chunks(termbase))


def tbx_chunks(termbase: TermBase) -> Iterator[bytes]:
    """tbx_bytes piece by piece, one concept's elements at a time: an lxml tree of a whole
    large base costs ten times the file's size."""
    root = etree.Element(f"{{{TBX_NS}}}tbx", nsmap=NSMAP)
    root.set("type", "TBX-Basic")
    root.set("style", "dct")
    root.set(XML_LANG, "en")
    header = _sub(root, "tbxHeader")
    file_desc = _sub(header, "fileDesc")
    _sub(_sub(file_desc, "titleStmt"), "title", termbase.title)
    _sub(_sub(file_desc, "sourceDesc"), "p", termbase.description)
    text = _sub(root, "text")
    concepts = termbase.sorted()
    body = _sub(text, "body") if concepts else None
    return indented_chunks(root, body, concepts, partial(write_entry, dialect=TBX3), PREFIXES)


def indented_chunks(root, body, items: Sequence, write_entry: Callable, prefixes: dict[str, str]) -> Iterator[bytes]:
    """The document `root` indented and serialized, with one entry per item, made by
    write_entry(None, item) as an xmlnodes tree, in `body`. Each entry is written at its
    depth and dropped in turn, which gives the same bytes as one whole lxml tree indented.
    `prefixes`: each namespace's prefix in the document ("" for the default one)."""
    if not items:
        etree.indent(root, space="  ")
        yield _xml_document(root)
        return
    head, separator, tail = _split_shell(root, body)
    level = sum(1 for _ in body.iterancestors()) + 1
    writer = xmlnodes.Writer(prefixes)
    yield head
    for index, item in enumerate(items):
        if index:
            yield separator
        yield writer.indented(write_entry(None, item), level).encode("utf-8")
    yield tail


def _xml_document(root) -> bytes:
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="UTF-8") + b"\n"


def _split_shell(root, body) -> tuple[bytes, bytes, bytes]:
    """The document before and after its entries, and the whitespace between two: the tree
    without entries, indented with a comment standing in `body` for them (text and
    attributes are escaped, so '<!--' occurs nowhere else)."""
    mark = etree.Comment("entries")
    body.append(mark)
    etree.indent(root, space="  ")
    head, tail = _xml_document(root).split(etree.tostring(mark, with_tail=False))
    body.remove(mark)
    return head, body.text.encode(), tail


def _sub(parent, name: str, text: str | None = None, namespace: str = TBX_NS, **attributes):
    element = etree.SubElement(parent, f"{{{namespace}}}{name}", **attributes)
    if text is not None:
        element.text = text
    return element


def _entry_element(parent, name: str, text: str | None = None, **attributes):
    return xmlnodes.sub(parent, _QUALIFIED.get(name) or f"{{{TBX_NS}}}{name}", text, **attributes)


def _category_element(parent, category: str, text: str, **attributes):
    return xmlnodes.sub(parent, _QUALIFIED[category], text, **attributes)


# Tags of the entry elements, written out once: an export of 50,000 concepts makes 700,000.
_QUALIFIED = {**{name: f"{{{TBX_NS}}}{name}" for name in ("conceptEntry", "langSec", "termSec", "term", "note", "descripGrp")},
              **{category: f"{{{namespace}}}{category}" for category, namespace in MODULE.items()}}


@dataclass(frozen=True)
class Dialect:
    """What a TBX dialect calls the same structure: v3's conceptEntry / langSec / termSec with
    data categories as module elements, v2's termEntry / langSet / tig with typed
    descrip / admin / ref / termNote (formats.tbx2). One writer walks a concept for both."""

    element: Callable  # (parent, name, text=None, **attributes): a structural element
    category: Callable  # (parent, data category, text, **attributes)
    entry: str
    language: str
    term: str


TBX3 = Dialect(_entry_element, _category_element, "conceptEntry", "langSec", "termSec")
PREFIXES = {namespace: prefix or "" for prefix, namespace in NSMAP.items()}


def write_entry(body, concept: Concept, dialect: Dialect):
    """The concept's entry (under `body` when one is given): entry-level items first, then one language
    section per language (the order both dialects' schemas ask for)."""
    if not XML_ID.match(concept.id):
        raise InputError(None, f"concept id {concept.id!r} is not a valid XML id (letters, digits, '-', '_', '.'; not starting with a digit)")
    element, category = dialect.element, dialect.category
    entry = element(body, dialect.entry, id=concept.id)
    if concept.subject:
        category(entry, "subjectField", concept.subject)
    if concept.definition:
        category(entry, "definition", concept.definition)
    for source in concept.sources:
        category(entry, "source", source)
    for target in concept.cross_refs:
        category(entry, "crossReference", target, target=target)
    for note in concept.notes:
        element(entry, "note", note)
    for lang in concept.languages():
        section = element(entry, dialect.language)
        section.set(XML_LANG, lang)
        for index, term in enumerate(concept.terms[lang], start=1):
            _write_term(section, f"{concept.id}-{lang}-{index}", term, dialect)
    return entry


def term_notes(term: Term) -> list[tuple[str, str]]:
    """The term's single-valued data categories that are set, in the order both TBX dialects
    write them (v3 as module elements, v2 as termNote type=...)."""
    notes = (
        ("termType", term.term_type),
        ("administrativeStatus", status_to_tbx(term.status) if term.status else None),
        ("partOfSpeech", term.part_of_speech),
        ("grammaticalGender", term.gender),
        ("geographicalUsage", term.geographical_usage),
    )
    return [(category, value) for category, value in notes if value]


def _write_term(section, term_id: str, term: Term, dialect: Dialect) -> None:
    """The term, its term notes, then contexts, sources and notes."""
    element, category = dialect.element, dialect.category
    term_section = element(section, dialect.term, id=term_id)
    element(term_section, "term", term.text)
    for name, value in term_notes(term):
        category(term_section, name, value)
    for context in term.contexts:
        group = element(term_section, "descripGrp")
        category(group, "context", context.text)
        if context.source:
            category(group, "source", context.source)
    for source in term.sources:
        category(term_section, "source", source)
    for note in term.notes:
        element(term_section, "note", note)
    if term.review != "approved":
        element(term_section, "note", f"review: {term.review}")


# ---------------------------------------------------------------- files


def save_termbase(termbase: TermBase, path: str | Path) -> None:
    """Write the term base as TBX v3 atomically (the old file survives any failure)."""
    atomic.write_chunks(path, tbx_chunks(termbase))


def load_termbase(path: str | Path, missing_ok: bool = False) -> TermBase:
    """Read a term base; an absent file is an empty base only when `missing_ok`."""
    path = Path(path)
    if missing_ok and not path.exists():
        return TermBase()
    return read_tbx(path)
