"""Gettext catalogs (.po, .pot, .mo) from a term base, and a PO glossary back into one.

One entry per concept: msgctxt is the concept id (so homographs never collide), msgid the
source-language headword, msgstr the target-language headword. Everything a translator
needs to judge the pair travels in `#.` comments (subject, definition, notes, every term
with its type and status) and `#:` references (document path:line). An equivalent nobody
has reviewed is fuzzy, so msgfmt and polib leave it out of the .mo.

The comment lines are written in a fixed "key: value" form so that read_po() can rebuild
the concept from them: a catalog round-trips through read_po() for the fields it carries.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import polib

from toolkit.errors import InputError
from toolkit.files import atomic
from toolkit.formats import text_file_bytes
from toolkit.formats.csvfile import one_line, parse_term_label, term_label
from toolkit.formats.tbx import generated_id
from toolkit.model.termbase import Concept, Term, TermBase

PROJECT_ID = "termkit glossary"
# gettext wants a revision date and babel must be able to parse it; a real date would make
# every build differ, so the catalogs carry a fixed one (the term base's git history dates them).
FIXED_DATE = "1970-01-01 00:00+0000"
# Statuses that must never be offered as the translation (they stay in the comments).
AVOIDED = ("deprecated", "superseded")
_REFERENCE = re.compile(r"^(?P<path>[^\s:]+):(?P<line>\d+)$")
_COMMENT = re.compile(
    r"^(?:(?P<key>subject|definition|note|source)"
    r"|(?P<lang>[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*) (?P<role>term|variant)): (?P<value>.*)$"
)
_SYNTAX_LINE = re.compile(r"\(line (\d+)\)")
# Header policy: language -> (Language-Team, Plural-Forms). Plural-Forms are GNU gettext's
# (what msginit and Poedit write), not CLDR's: a term catalog has no plural messages, CLDR 46
# gave Spanish a third form GNU tools do not expect, and a library upgrade must never change
# a catalog. A language missing here is refused rather than guessed.
LANGUAGE_HEADERS = {
    "de": ("German", "nplurals=2; plural=(n != 1);"),
    "en": ("English", "nplurals=2; plural=(n != 1);"),
    "es": ("Spanish", "nplurals=2; plural=(n != 1);"),
    "fr": ("French", "nplurals=2; plural=(n > 1);"),
    "ja": ("Japanese", "nplurals=1; plural=0;"),
    "ko": ("Korean", "nplurals=1; plural=0;"),
    "pt": ("Portuguese", "nplurals=2; plural=(n != 1);"),
    "zh": ("Chinese", "nplurals=1; plural=0;"),
}


# ---------------------------------------------------------------- writing


def headword(concept: Concept, lang: str) -> Term | None:
    """The term a catalog offers for `lang`: preferred() unless it is deprecated or superseded."""
    term = concept.preferred(lang)
    if term is not None and term.status in AVOIDED:
        term = next((t for t in concept.terms.get(lang, []) if t.status not in AVOIDED), None)
    return term


def catalog(termbase: TermBase, source_lang: str, target_lang: str | None) -> polib.POFile:
    """The catalog source -> target; a template (.pot, empty msgstr) when target is None."""
    po = polib.POFile(wrapwidth=0)
    po.header = _banner(source_lang, target_lang)
    po.metadata = _header(source_lang, target_lang)
    seen: set[str] = set()
    for concept in termbase.sorted():
        if concept.id in seen:
            raise InputError(None, f"concept id {concept.id!r} appears twice; run `termkit validate`")
        seen.add(concept.id)
        entry = _entry(concept, source_lang, target_lang)
        if entry is not None:
            po.append(entry)
    return po


def po_bytes(termbase: TermBase, source_lang: str, target_lang: str | None) -> bytes:
    """A .po (or, with target None, a .pot) as UTF-8 bytes: same input, same bytes."""
    return catalog_po_bytes(catalog(termbase, source_lang, target_lang))


def mo_bytes(termbase: TermBase, source_lang: str, target_lang: str) -> bytes:
    return catalog_mo_bytes(catalog(termbase, source_lang, target_lang))


def catalog_po_bytes(po: polib.POFile) -> bytes:
    return (str(po) + "\n").encode("utf-8")


def catalog_mo_bytes(po: polib.POFile) -> bytes:
    """The compiled catalog: approved pairs only (polib drops fuzzy and empty entries).

    Every entry is keyed by its concept id, so pgettext(concept_id, name) always works. A
    name that only one concept uses is also compiled without context, so that a plain
    gettext(name) translates it too; a homograph stays reachable only through its id.
    """
    compiled = polib.POFile(wrapwidth=0)
    compiled.metadata = po.metadata
    owners = Counter(entry.msgid for entry in po)
    for entry in po:
        compiled.append(entry)
        if owners[entry.msgid] == 1 and entry.msgstr and not entry.fuzzy:
            compiled.append(polib.POEntry(msgid=entry.msgid, msgstr=entry.msgstr))
    return compiled.to_binary()


def write_po(termbase: TermBase, path: str | Path, source_lang: str, target_lang: str | None) -> None:
    atomic.write_bytes(path, po_bytes(termbase, source_lang, target_lang))


def _banner(source_lang: str, target_lang: str | None) -> str:
    pair = f"{source_lang} -> {target_lang}" if target_lang else f"{source_lang} template"
    return (
        f"termkit glossary catalog ({pair}), generated from glossary/termbase.tbx.\n"
        "Edit the term base, not this file: `termkit build` rewrites it.\n"
        "msgctxt is the concept id; fuzzy entries are unreviewed candidates."
    )


def _header(source_lang: str, target_lang: str | None) -> dict[str, str]:
    """The fields msgfmt --check asks for, every value fixed by termkit's policy: an unchanged
    term base gives an unchanged file, whatever the installed libraries say."""
    team, plural_forms = _language_headers(target_lang) if target_lang else ("none", None)
    header = {
        "Project-Id-Version": PROJECT_ID,
        "POT-Creation-Date": FIXED_DATE,
        "PO-Revision-Date": FIXED_DATE,
        "Last-Translator": "termkit",
        "Language-Team": team,
        "Language": target_lang.replace("-", "_") if target_lang else "",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    if plural_forms:
        header["Plural-Forms"] = plural_forms
    header["X-Source-Language"] = source_lang
    header["X-Generator"] = "termkit"
    return header


def _language_headers(lang: str) -> tuple[str, str]:
    """(Language-Team, Plural-Forms) of a BCP 47 tag, by its primary language."""
    headers = LANGUAGE_HEADERS.get(lang.split("-")[0].lower())
    if headers is None:
        raise InputError(None, f"no catalog policy for language {lang!r} (termkit writes {', '.join(LANGUAGE_HEADERS)})")
    return headers


def _entry(concept: Concept, source_lang: str, target_lang: str | None) -> polib.POEntry | None:
    source = headword(concept, source_lang)
    if source is None:
        return None
    target = headword(concept, target_lang) if target_lang else None
    comments = _concept_comments(concept)
    for lang in (source_lang, target_lang) if target_lang else (source_lang,):
        comments += _term_comments(concept, lang, source if lang == source_lang else target)
    evidence = target or source
    references = [match for match in map(_REFERENCE.match, evidence.sources) if match]
    comments += [f"source: {s}" for s in evidence.sources if not _REFERENCE.match(s)]
    entry = polib.POEntry(
        msgctxt=concept.id,
        msgid=source.text,
        msgstr=target.text if target else "",
        comment="\n".join(comments),
        occurrences=[(m["path"], m["line"]) for m in references],
    )
    if target is not None and (target.is_candidate or source.is_candidate):
        entry.flags.append("fuzzy")
    return entry


def _concept_comments(concept: Concept) -> list[str]:
    lines = []
    if concept.subject:
        lines.append(f"subject: {concept.subject}")
    if concept.definition:
        lines.append(f"definition: {one_line(concept.definition)}")
    lines += [f"note: {one_line(note)}" for note in concept.notes]
    return lines


def _term_comments(concept: Concept, lang: str, head: Term | None) -> list[str]:
    """The headword's attributes, then every other term of `lang` with its status."""
    lines = []
    for term in concept.terms.get(lang, []):
        key = f"{lang} term" if term is head else f"{lang} variant"
        lines.append(f"{key}: {term_label(term)}")
    return lines


# ---------------------------------------------------------------- reading


def read_po(path: str | Path, warnings: list[str] | None = None) -> TermBase:
    """A PO/POT glossary as a TermBase: one concept per entry, msgctxt as its id.

    Source language: the X-Source-Language header, else English. Target: the Language
    header. Fuzzy entries give candidate target terms. Our own `#.` comments restore
    subject, definition, notes and variants; other catalogs simply have none.
    """
    path = Path(path)
    po = parse_catalog(path)
    source_lang = po.metadata.get("X-Source-Language", "").strip() or "en"
    target_lang = po.metadata.get("Language", "").strip().replace("_", "-") or None
    concepts: dict[str, Concept] = {}
    generated: dict[str, int] = {}
    for entry in po:
        if entry.obsolete:
            if warnings is not None:
                warnings.append(f"{path}:{entry.linenum}: obsolete entry {entry.msgid!r} skipped")
            continue
        # Without msgctxt, the same readable id a TBX v2 entry without id gets.
        concept_id = entry.msgctxt or generated_id(entry.msgid, generated)
        if concept_id in concepts:
            raise InputError(path, f"entry {concept_id!r} appears twice", entry.linenum)
        concepts[concept_id] = _concept(entry, concept_id, source_lang, target_lang)
    return TermBase(concepts=list(concepts.values()))


def parse_catalog(path: Path) -> polib.POFile:
    """A PO/POT file as polib reads it, or the one-line InputError that import and check share."""
    data = text_file_bytes(path, "not a PO catalog", "not a PO catalog (a .mo? import the .po)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise InputError(path, "not valid UTF-8", line) from err
    _check_strings_closed(path, text)
    try:
        return polib.pofile(text, wrapwidth=0)
    except (OSError, ValueError) as err:
        message = str(err)
        found = _SYNTAX_LINE.search(message)
        line = int(found.group(1)) if found else None
        reason = _SYNTAX_LINE.sub("", message).strip().rstrip(":") or "malformed PO"
        raise InputError(path, f"malformed PO: {reason}", line) from err


# Escapes msgfmt accepts: \\ \" \n \t \r \a \b \f \v, octal and \x hex. A backslash
# pair is consumed first so that "\\q" (a backslash, then q) is not mistaken for "\q".
_ESCAPE = re.compile(r'\\(?:[\\"ntrabfv]|[0-7]{1,3}|x[0-9A-Fa-f]+)|(\\.)')
MAX_LINE_CHARS = 100_000


def _check_strings_closed(path: Path, text: str) -> None:
    """polib silently accepts what msgfmt refuses, so look first: in a valid PO every line
    that is not a comment or blank ends with a quote, uses only C escapes, and no entry is
    a megabyte of text."""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        closed = len(stripped) > 1 and stripped.endswith('"')
        if stripped and not stripped.startswith("#") and not closed:
            raise InputError(path, f"malformed PO: no closing quote in {stripped[:40]!r}", number)
        if len(stripped) > MAX_LINE_CHARS:
            raise InputError(path, f"malformed PO: a line of {len(stripped):,} characters (limit {MAX_LINE_CHARS:,})", number)
        escapes = _ESCAPE.finditer(stripped) if not stripped.startswith("#") else ()
        bad_escape = next((escape.group(1) for escape in escapes if escape.group(1)), None)
        if bad_escape:
            raise InputError(path, f"malformed PO: invalid escape {bad_escape!r}", number)


def _concept(entry: polib.POEntry, concept_id: str, source_lang: str, target_lang: str | None) -> Concept:
    concept = Concept(id=concept_id)
    described: dict[str, list[tuple[str, Term]]] = {}
    sources: list[str] = []
    for line in entry.comment.splitlines():
        found = _COMMENT.match(line)
        if not found:
            concept.notes.append(line)
            continue
        key, value = found["key"], found["value"]
        if found["lang"]:
            described.setdefault(found["lang"], []).append((found["role"], parse_term_label(value)))
        elif key == "subject":
            concept.subject = value
        elif key == "definition":
            concept.definition = value
        elif key == "note":
            concept.notes.append(value)
        else:
            sources.append(value)
    fuzzy = "fuzzy" in entry.flags
    _add_language(concept, source_lang, entry.msgid, described.get(source_lang, []), False)
    if target_lang:
        _add_language(concept, target_lang, entry.msgstr, described.get(target_lang, []), fuzzy)
    evidence_lang = target_lang if target_lang and entry.msgstr else source_lang
    evidence = _headword_in(concept, evidence_lang, entry.msgstr if evidence_lang == target_lang else entry.msgid)
    if evidence is not None:
        evidence.sources = [f"{path}:{line}" for path, line in entry.occurrences] + sources
    return concept


def _add_language(concept: Concept, lang: str, text: str, described: list[tuple[str, Term]], fuzzy: bool) -> None:
    """Terms of one language as the comments describe them; a msgid/msgstr they do not
    describe (another tool's catalog, or a translator's edit) comes first, fuzzy = candidate."""
    terms = [term for _, term in described]
    if text and not any(role == "term" and term.text == text for role, term in described):
        terms.insert(0, Term(text=text, review="candidate" if fuzzy else "approved"))
    if terms:
        concept.terms[lang] = terms


def _headword_in(concept: Concept, lang: str, text: str) -> Term | None:
    return next((term for term in concept.terms.get(lang, []) if term.text == text), None)
