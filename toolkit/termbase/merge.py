"""Merging one term base into another by concept id, reporting every conflict.

Nothing already in the base is overwritten: new concepts and new terms are added, empty
fields are filled, and where both sides disagree the base keeps its value and the
disagreement is reported for a person to settle.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from toolkit.model.termbase import Concept, Term, TermBase


@dataclass(frozen=True)
class Disagreement:
    """A field on which the incoming base and the kept one differ; the kept value stays."""

    concept: str
    what: str
    kept: str
    incoming: str

    def __str__(self) -> str:
        return f"{self.concept}: {self.what}: kept {self.kept!r}, incoming {self.incoming!r}"


@dataclass
class MergeReport:
    added_concepts: list[str] = field(default_factory=list)
    added_terms: int = 0
    conflicts: list[Disagreement] = field(default_factory=list)


def merge_termbases(base: TermBase, incoming: TermBase) -> MergeReport:
    """Merge `incoming` into `base` in place."""
    report = MergeReport()
    existing = base.by_id()
    for concept in incoming.concepts:
        target = existing.get(concept.id)
        if target is None:
            base.concepts.append(concept)
            existing[concept.id] = concept
            report.added_concepts.append(concept.id)
            report.added_terms += sum(1 for _ in concept.all_terms())
        else:
            _merge_concept(target, concept, report)
    return report


def _merge_concept(target: Concept, incoming: Concept, report: MergeReport) -> None:
    for name in ("subject", "definition"):
        _merge_field(target, incoming, name, target.id, name, report)
    _union(target.notes, incoming.notes)
    _union(target.sources, incoming.sources)
    _union(target.cross_refs, incoming.cross_refs)
    for lang, term in incoming.all_terms():
        known = next((t for t in target.terms.get(lang, []) if t.text == term.text), None)
        if known is None:
            target.add_term(lang, term)
            report.added_terms += 1
        else:
            _merge_term(known, term, f"{target.id}", f"{lang} {term.text!r}", report)


def _merge_term(target: Term, incoming: Term, concept_id: str, label: str, report: MergeReport) -> None:
    for name in ("term_type", "status", "part_of_speech", "gender", "geographical_usage"):
        _merge_field(target, incoming, name, concept_id, f"{label} {name.replace('_', ' ')}", report)
    if target.review != incoming.review and incoming.review == "approved":
        report.conflicts.append(Disagreement(concept_id, f"{label} review", target.review, incoming.review))
    _union(target.sources, incoming.sources)
    _union(target.notes, incoming.notes)
    _union(target.contexts, incoming.contexts)


def _merge_field(target, incoming, name: str, concept_id: str, label: str, report: MergeReport) -> None:
    ours, theirs = getattr(target, name), getattr(incoming, name)
    if theirs is None or theirs == ours:
        return
    if ours is None:
        setattr(target, name, theirs)
    else:
        report.conflicts.append(Disagreement(concept_id, label, str(ours), str(theirs)))


def _union(ours: list, theirs: list) -> None:
    for item in theirs:
        if item not in ours:
            ours.append(item)


# ---------------------------------------------------------------- imports as proposals


@dataclass
class ImportProposals:
    """What an import would change, as review candidates: nothing here touches the base."""

    candidates: list = field(default_factory=list)
    conflicts: list[tuple[str, str, str]] = field(default_factory=list)  # (candidate id, kind, message)
    lines: list[str] = field(default_factory=list)  # "added|changed|conflict: ..." in curated concepts
    new: list[str] = field(default_factory=list)  # the concepts the base does not have yet

    def count(self, kind: str) -> int:
        return sum(1 for line in self.lines if line.startswith(kind + ":"))


def propose_import(base: TermBase, incoming: TermBase, file: str, text: str,
                   main_is_preferred: bool = False) -> ImportProposals:
    """Every term `incoming` adds to or changes in `base`, as candidates whose only source is
    `file:line` (the line where the concept's term first appears after its id, see _Locator).

    A new form in a curated concept is "changed" where the language already has terms, else
    "added"; a status that differs from the base's, a subject that differs, or a form that
    another concept already holds is a conflict (the candidate is then marked CONFLICT).
    `main_is_preferred`: the file's first form per language stands as the preferred one (a
    CSV's language column, a PO's msgstr) when it says no status."""
    from toolkit.model.candidate import Candidate, Evidence, TermRef, candidate_id

    result = ImportProposals()
    by_id = base.by_id()
    owners = {(lang, term.text): concept for concept in base.concepts for lang, term in concept.all_terms()}
    where = _Locator(text)
    for concept in incoming.concepts:
        target = by_id.get(concept.id) or next(
            (owners[(lang, t.text)] for lang, t in concept.all_terms() if (lang, t.text) in owners), None)
        refs, attested, notes = [], [], []
        for lang, term in concept.all_terms():
            if main_is_preferred and term is concept.terms[lang][0] and term.status is None:
                term.status = "preferred"
            ref = TermRef(lang, term.text, term.term_type or "fullForm", term.status)
            line = where.line(concept.id, term.text)
            evidence = Evidence(file, line, "import", f"{lang}: {term.text} ({term.status or 'no status'})")
            if target is None:
                refs.append(ref)
                attested.append(evidence)
                continue
            known = next((t for t in target.terms.get(lang, []) if t.text == term.text), None)
            other = owners.get((lang, term.text))
            if known is not None:
                if term.status and term.status != known.status:
                    notes.append(("conflict", f"{target.id}: {lang} {term.text!r} status {known.status or '-'} -> {term.status}"))
                    refs.append(ref)
                    attested.append(evidence)
                continue
            if other is not None and other is not target:
                notes.append(("conflict", f"{target.id}: {lang} {term.text!r} is already a term of {other.id}"))
            kind = "changed" if target.terms.get(lang) else "added"
            notes.append((kind, f"{target.id}: {lang} {term.text!r} ({term.status or 'no status'})"))
            if term.status == "preferred" and any(t.status == "preferred" for t in target.terms.get(lang, [])):
                notes.append(("conflict", f"{target.id}: {lang} {term.text!r} as preferred would demote "
                              + ", ".join(repr(t.text) for t in target.terms[lang] if t.status == "preferred")))
            refs.append(ref)
            attested.append(evidence)
        if target is not None and concept.subject and target.subject and concept.subject != target.subject:
            notes.append(("conflict", f"{target.id}: subject {target.subject} -> {concept.subject} (not applied)"))
        if target is not None and concept.definition and target.definition and concept.definition != target.definition:
            notes.append(("conflict", f"{target.id}: definition differs from the base's (not applied)"))
        details = _details(concept, target, refs)
        if "definition" in details:
            attested.append(Evidence(file, where.line(concept.id, concept.definition), "import",
                                     f"definition: {concept.definition}"))
            if target is not None:
                notes.append(("added", f"{target.id}: definition"))
        if not refs and not details:
            for kind, message in notes:
                result.lines.append(f"{kind}: {file}: {message}")
            continue
        anchor = [] if target is None else [_anchor(target, refs)]
        terms = [r for r in anchor if r is not None] + refs
        candidate = Candidate(candidate_id(terms, details.get("definition", "")),
                              concept.subject if target is None else target.subject,
                              terms, [], 1.0, target.id if target else None, sorted(set(attested)), details)
        result.candidates.append(candidate)
        if target is None:
            result.new.append(f"{file}: new concept {concept.id} "
                              f"({', '.join(f'{r.lang} {r.text!r}' for r in refs)}) as {candidate.id}")
        for kind, message in notes:
            result.lines.append(f"{kind}: {file}: {message} ({candidate.id})")
            if kind == "conflict":
                result.conflicts.append((candidate.id, "import", message))
    return result


def _details(concept: Concept, target: Concept | None, refs: list) -> dict:
    """The definition and notes an import brings with its proposed terms: all of them for a
    new concept; for a curated one, a definition only where it has none, and the notes of
    the proposed terms."""
    details: dict = {}
    if concept.definition and (target is None or not target.definition):
        details["definition"] = concept.definition
    if concept.notes and target is None:
        details["notes"] = list(concept.notes)
    proposed = {(ref.lang, ref.text) for ref in refs}
    term_notes = {f"{lang}\t{term.text}": list(term.notes)
                  for lang, term in concept.all_terms() if term.notes and (lang, term.text) in proposed}
    if term_notes:
        details["term_notes"] = term_notes
    return details


def _anchor(target: Concept, refs: list):
    """A term the concept already has, so that review finds the concept again (English first)."""
    from toolkit.model.candidate import TermRef

    wanted = {(r.lang, r.text) for r in refs}
    for lang in target.languages():
        term = target.preferred(lang)
        if term is not None and (lang, term.text) not in wanted:
            return TermRef(lang, term.text, term.term_type or "fullForm")
    return None


class _Locator:
    """The line where a term of a concept appears: first the line naming the concept id, then
    the first line from there holding the term's text (or its first line anywhere). Files list
    concepts in order, so each search starts where the last concept was found."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.cursor = 0
        self.concept: str | None = None
        self.start = 0

    def line(self, concept_id: str, term_text: str) -> int:
        if concept_id != self.concept:
            self.concept = concept_id
            self.start = self._find(concept_id, self.cursor)
            if self.start is None:
                self.start = self.cursor
            self.cursor = self.start
        found = self._find(term_text, self.start)
        return found + 1 if found is not None else 1

    def _find(self, text: str, start: int) -> int | None:
        for index in (range(start, len(self.lines)), range(0, start)):
            for i in index:
                if text in self.lines[i]:
                    return i
        return None
