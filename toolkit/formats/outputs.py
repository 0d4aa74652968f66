"""The standard set of files that `termkit build` derives from the term base.

Two gettext domains, named after the language translators start from:

- `termkit`    English source: locales/{ko,es}/LC_MESSAGES/termkit.po/.mo, locales/termkit.pot
- `termkit-ko` Korean source:  locales/{en,es}/LC_MESSAGES/termkit-ko.po/.mo, locales/termkit-ko.pot

and, in glossary/, the multilingual TBX v3 (termkit.tbx), one TBX v3 per language pair
(termkit.en-ko.tbx, ...), TBX v2 for older tools (termkit.v2.tbx), CSV (termkit.csv) and
the HTML page (termkit.html). glossary/termbase.tbx, the curated input, is never touched.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from pathlib import Path

from toolkit.errors import InputError
from toolkit.files import atomic
from toolkit.formats import csvfile, html, po, tbx2
from toolkit.formats.tbx import tbx_bytes, tbx_chunks
from toolkit.model.termbase import Concept, TermBase

# Source language -> gettext domain.
DOMAINS = {"en": "termkit", "ko": "termkit-ko"}
LANGUAGES = ("en", "ko", "es")
NAME = "termkit"


def restrict(termbase: TermBase, languages: list[str] | tuple[str, ...], require_all: bool = False) -> TermBase:
    """The base with only `languages`' terms; concepts without any (or, with require_all,
    without every one) of them are left out."""
    concepts = []
    for concept in termbase.concepts:
        terms = {lang: list(concept.terms[lang]) for lang in languages if concept.terms.get(lang)}
        if terms and (not require_all or len(terms) == len(languages)):
            concepts.append(Concept(
                id=concept.id, subject=concept.subject, definition=concept.definition,
                notes=list(concept.notes), sources=list(concept.sources),
                cross_refs=list(concept.cross_refs), terms=terms,
            ))
    return TermBase(concepts=concepts, title=termbase.title, description=termbase.description)


def standard_outputs(termbase: TermBase, glossary_dir: Path, locales_dir: Path,
                     languages: tuple[str, ...] = LANGUAGES, domains: dict[str, str] = DOMAINS) -> dict[Path, bytes]:
    """Every standard file and its bytes, in a fixed order; pure, so build can compare first."""
    glossary_dir, locales_dir = Path(glossary_dir), Path(locales_dir)
    files: dict[Path, bytes] = {}
    for source, domain in domains.items():
        files[locales_dir / f"{domain}.pot"] = po.po_bytes(termbase, source, None)
        for target in languages:
            if target != source:
                messages = locales_dir / target / "LC_MESSAGES"
                catalog = po.catalog(termbase, source, target)
                files[messages / f"{domain}.po"] = po.catalog_po_bytes(catalog)
                files[messages / f"{domain}.mo"] = po.catalog_mo_bytes(catalog)
    trilingual = restrict(termbase, languages)
    files[glossary_dir / f"{NAME}.tbx"] = tbx_bytes(trilingual)
    for pair in itertools.combinations(languages, 2):
        pair_base = restrict(termbase, pair, require_all=True)
        pair_base.title = f"{termbase.title} ({pair[0]}-{pair[1]})"
        files[glossary_dir / f"{NAME}.{pair[0]}-{pair[1]}.tbx"] = tbx_bytes(pair_base)
    files[glossary_dir / f"{NAME}.v2.tbx"] = tbx2.tbx2_bytes(trilingual)
    files[glossary_dir / f"{NAME}.csv"] = csvfile.csv_bytes(trilingual, list(languages), bom=True)
    files[glossary_dir / f"{NAME}.html"] = html.html_text(trilingual, list(languages)).encode("utf-8")
    return files


def write_standard_outputs(termbase: TermBase, glossary_dir: Path, locales_dir: Path) -> list[Path]:
    """Write the standard set atomically, leaving files whose bytes would not change alone
    (their mtimes stay quiet); returns every path of the set."""
    files = standard_outputs(termbase, glossary_dir, locales_dir)
    for path, data in files.items():
        if not (path.exists() and path.read_bytes() == data):
            atomic.write_bytes(path, data)
    return list(files)


def export_chunks(
    termbase: TermBase,
    fmt: str,
    languages: list[str] | None = None,
    source_lang: str = "en",
    delimiter: str = ",",
    bom: bool = True,
) -> Iterable[bytes]:
    """One export as byte chunks (TBX one entry at a time, so a large base is never held
    twice). po/mo: `languages` holds the one target language; pot ignores it; the glossary
    formats keep only `languages` (all when empty). omegat/xbench: like po, `languages` holds the
    one target language."""
    languages = list(languages or [])
    paired = fmt in ("po", "mo", "pot", "omegat", "xbench")
    present = termbase.languages()
    missing = [lang for lang in languages + ([source_lang] if paired else []) if lang not in present]
    if missing:
        raise InputError(None, f"the term base has no {missing[0]!r} terms (it has {', '.join(present)}); "
                         "nothing to export")
    if fmt in ("po", "mo"):
        (target,) = languages
        return [(po.po_bytes if fmt == "po" else po.mo_bytes)(termbase, source_lang, target)]
    if fmt == "pot":
        return [po.po_bytes(termbase, source_lang, None)]
    if fmt in ("omegat", "xbench"):
        from toolkit.formats import omegat, xbench

        (target,) = languages
        writer = omegat.omegat_bytes if fmt == "omegat" else xbench.xbench_bytes
        return [writer(termbase, source_lang, target)]
    chosen = restrict(termbase, languages) if languages else termbase
    if fmt == "tbx":
        return tbx_chunks(chosen)
    if fmt == "tbx2":
        return tbx2.tbx2_chunks(chosen)
    if fmt == "csv":
        return [csvfile.csv_bytes(chosen, languages or None, delimiter, bom)]
    if fmt == "html":
        return [html.html_text(chosen, languages or None).encode("utf-8")]
    if fmt == "xlsx":
        from toolkit.formats.xlsx import xlsx_bytes

        return [xlsx_bytes(chosen, languages or None)]
    if fmt in ("tbx-memoq", "tbx-multiterm"):
        from toolkit.formats.tbxflavours import flavour_chunks

        return flavour_chunks(chosen, fmt.removeprefix("tbx-"))
    raise ValueError(f"unknown export format {fmt!r}")
