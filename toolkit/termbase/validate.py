"""Integrity checks of a term base: what `termkit validate` reports and `build` refuses.

Errors are what TBX or termkit's model forbids (a value off a picklist, a duplicate id, a
dangling reference, two preferred terms in one language); warnings are house style (no
preferred term, a subject termkit does not use, one form in two concepts)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from toolkit.model.termbase import (
    GENDERS, PARTS_OF_SPEECH, REVIEW_STATES, STATUSES, SUBJECTS, TERM_TYPES, XML_ID, TermBase,
)


@dataclass(frozen=True)
class Problem:
    severity: str  # "error" | "warning"
    concept: str
    message: str
    line: int | None = None  # in the file read, for what the reader found

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        return f"{self.severity}: {where}{self.concept}: {self.message}"

    def to_dict(self) -> dict:
        return {"severity": self.severity, "line": self.line, "concept": self.concept, "message": self.message}


def errors(problems: list[Problem]) -> list[Problem]:
    return [problem for problem in problems if problem.severity == "error"]


def reader_problems(termbase: TermBase) -> list[Problem]:
    """What the file held that TBX does not allow, as the reader found it (with its line)."""
    problems = []
    for line, message in sorted(termbase.invalid, key=lambda found: found[0] or 0):
        concept, sep, rest = message.partition(": ")
        problems.append(Problem("error", concept if sep else "-", rest if sep else message, line))
    return problems


def validate_termbase(termbase: TermBase) -> list[Problem]:
    """Every integrity problem, errors and warnings, in a stable order."""
    problems: list[Problem] = reader_problems(termbase)
    problems += _id_problems(termbase)
    problems += _cross_reference_problems(termbase)
    for concept in termbase.sorted():
        problems += _concept_problems(concept)
    problems += _shared_term_problems(termbase)
    return problems


def _id_problems(termbase: TermBase) -> list[Problem]:
    seen: dict[str, int] = defaultdict(int)
    for concept in termbase.concepts:
        seen[concept.id] += 1
    problems = [Problem("error", cid, f"duplicate concept id ({count} entries)") for cid, count in sorted(seen.items()) if count > 1]
    problems += [Problem("error", cid, "id is not a valid XML id (NCName)") for cid in sorted(seen) if not XML_ID.match(cid)]
    return problems


def _cross_reference_problems(termbase: TermBase) -> list[Problem]:
    ids = {concept.id for concept in termbase.concepts}
    return [
        Problem("error", concept.id, f"cross reference to unknown concept {target!r}")
        for concept in termbase.sorted()
        for target in concept.cross_refs
        if target not in ids
    ]


def _concept_problems(concept) -> list[Problem]:
    problems = []
    if concept.subject and concept.subject not in SUBJECTS:
        problems.append(Problem("warning", concept.id, f"subject {concept.subject!r} is not one of {', '.join(SUBJECTS)}"))
    for lang in concept.languages():
        approved = [term for term in concept.terms[lang] if not term.is_candidate]
        preferred = [term for term in approved if term.status == "preferred"]
        if len(approved) > 1 and not preferred:
            problems.append(Problem("warning", concept.id, f"{lang}: {len(approved)} terms but none is preferred"))
        if len(preferred) > 1:
            names = ", ".join(repr(term.text) for term in preferred)
            problems.append(Problem("error", concept.id, f"{lang}: several preferred terms ({names})"))
        for term in concept.terms[lang]:
            problems += _picklist_problems(concept.id, lang, term)
    return problems


def _picklist_problems(concept_id: str, lang: str, term) -> list[Problem]:
    checks = (
        ("term type", term.term_type, TERM_TYPES),
        ("status", term.status, STATUSES),
        ("part of speech", term.part_of_speech, PARTS_OF_SPEECH),
        ("gender", term.gender, GENDERS),
        ("review state", term.review, REVIEW_STATES),
    )
    return [
        Problem("error", concept_id, f"{lang} {term.text!r}: {label} {value!r} is not one of {', '.join(allowed)}")
        for label, value, allowed in checks
        if value is not None and value not in allowed
    ]


def _shared_term_problems(termbase: TermBase) -> list[Problem]:
    """The same text in two concepts of one subject: a likely duplicate or a homograph to note."""
    owners: dict[tuple[str | None, str, str], set[str]] = defaultdict(set)
    for concept in termbase.concepts:
        for lang, term in concept.all_terms():
            owners[(concept.subject, lang, term.text.casefold())].add(concept.id)
    problems = []
    for (subject, lang, text), ids in sorted(owners.items(), key=lambda item: (str(item[0][0]), item[0][1], item[0][2])):
        if len(ids) > 1:
            ordered = sorted(ids)
            problems.append(Problem(
                "warning", ordered[0],
                f"{lang} term {text!r} also in {', '.join(ordered[1:])} (same subject {subject or '-'})",
            ))
    return problems
