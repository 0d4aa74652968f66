"""Merging one term base into another by concept id, reporting every conflict.

Nothing already in the base is overwritten: new concepts and new terms are added, empty
fields are filled, and where both sides disagree the base keeps its value and the
disagreement is reported for a person to settle.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from toolkit.model import Concept, Term, TermBase


@dataclass(frozen=True)
class Conflict:
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
    conflicts: list[Conflict] = field(default_factory=list)


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
        report.conflicts.append(Conflict(concept_id, f"{label} review", target.review, incoming.review))
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
        report.conflicts.append(Conflict(concept_id, label, str(ours), str(theirs)))


def _union(ours: list, theirs: list) -> None:
    for item in theirs:
        if item not in ours:
            ours.append(item)
