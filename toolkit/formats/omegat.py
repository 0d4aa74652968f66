"""OmegaT glossaries: tab-separated UTF-8 text, `source<TAB>target<TAB>comment`.

The shape OmegaT writes to glossary/glossary.txt (its header comment line included), so the
file can be dropped into a project's glossary folder. One line per usable source term (the
preferred one and its admitted variants) with the preferred target term; the comment names
the target terms to avoid and the concept id. Deprecated, superseded and candidate source
terms get no line: OmegaT would propose a translation for a term the base rejects.
"""

from __future__ import annotations

from toolkit.formats.csvfile import one_line
from toolkit.model.termbase import Term, TermBase

HEADER = "# Glossary in tab-separated format -*- coding: utf-8 -*-"
REJECTED = ("deprecated", "superseded")


def usable(term: Term) -> bool:
    return term.status not in REJECTED and not term.is_candidate


def omegat_text(termbase: TermBase, source_lang: str, target_lang: str) -> str:
    lines = [HEADER]
    for concept in termbase.sorted():
        target = concept.preferred(target_lang)
        if target is None or not usable(target):
            continue
        avoid = [term.text for term in concept.terms.get(target_lang, []) if term.status in REJECTED]
        comment = "; ".join(([f"avoid: {', '.join(avoid)}"] if avoid else []) + [f"termkit: {concept.id}"])
        for source in concept.terms.get(source_lang, []):
            if usable(source):
                lines.append("\t".join(one_line(cell) for cell in (source.text, target.text, comment)))
    return "\n".join(lines) + "\n"


def omegat_bytes(termbase: TermBase, source_lang: str, target_lang: str) -> bytes:
    return omegat_text(termbase, source_lang, target_lang).encode("utf-8")
