"""What alignment proposes: a concept with terms in two or three languages, and why.

Every pairing of two terms carries the places that support it (document path, line, method)
and a score, so a translator can accept or reject it in seconds. A candidate's id is derived
from its content, so the same proposal gets the same id on every build and a decision about
it can be found again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from toolkit.model.termbase import language_sort_key

METHODS = ("parenthetical", "acronym-pivot", "parallel", "romanization", "reference", "import")


@dataclass(frozen=True, order=True)
class Evidence:
    """One place that supports a pairing: `path:line`, the method, and the text seen there."""

    path: str
    line: int
    method: str
    context: str = ""

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise ValueError(f"unknown evidence method {self.method!r}")

    def source(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True, order=True)
class TermRef:
    """A term of a candidate: language, text, term type (fullForm, acronym, ...) and, for an
    imported term, the status the file gives it (None: leave the status as it is)."""

    lang: str
    text: str
    term_type: str = "fullForm"
    status: str | None = None

    def as_list(self) -> list:
        return [self.lang, self.text, self.term_type] + ([self.status] if self.status else [])

    def sort_key(self) -> tuple:
        return (language_sort_key(self.lang), self.term_type != "fullForm", self.text)


@dataclass
class Pairing:
    """Two terms said to name the same thing, with their evidence and a score in [0, 1]."""

    a: TermRef
    b: TermRef
    score: float
    evidence: list[Evidence] = field(default_factory=list)

    def key(self) -> tuple[TermRef, TermRef]:
        return tuple(sorted((self.a, self.b), key=TermRef.sort_key))  # type: ignore[return-value]


@dataclass
class Candidate:
    """A proposed concept: its terms, the pairings between them, a subject and an overall score."""

    id: str
    subject: str | None
    terms: list[TermRef]
    pairings: list[Pairing]
    score: float
    # An import's proposal: the curated concept it changes, and where a term is attested
    # outside any pairing (a concept with one term has no pairing).
    target: str | None = None
    attested: list[Evidence] = field(default_factory=list)
    # What an imported concept says beside its terms, kept so that accepting it loses nothing:
    # {"definition": str, "notes": [str], "term_notes": {"lang\ttext": [str]}} (keys optional).
    details: dict = field(default_factory=dict)

    def texts(self, lang: str) -> list[str]:
        return [term.text for term in self.terms if term.lang == lang]

    def evidence(self) -> list[Evidence]:
        return sorted({e for pairing in self.pairings for e in pairing.evidence} | set(self.attested))

    def sources(self) -> list[str]:
        return sorted({e.source() for e in self.evidence()})


def candidate_id(terms: list[TermRef], definition: str = "") -> str:
    """"cand-" + 10 hex digits of a hash of the sorted (lang, text) pairs (and of the definition
    an import proposes, so that a new definition is a new proposal)."""
    content = "\n".join(f"{t.lang}\t{t.text}" for t in sorted(terms, key=TermRef.sort_key))
    if definition:
        content += "\ndefinition\t" + definition
    return "cand-" + hashlib.sha256(content.encode("utf-8")).hexdigest()[:10]


def make_candidate(subject: str | None, pairings: list[Pairing]) -> Candidate:
    """A candidate from linked pairings; the score is the weakest pairing's (the chain is no
    stronger than its weakest link)."""
    terms = sorted({t for p in pairings for t in (p.a, p.b)}, key=TermRef.sort_key)
    pairings = sorted(pairings, key=lambda p: [t.sort_key() for t in p.key()])
    score = round(min(p.score for p in pairings), 4)
    return Candidate(candidate_id(terms), subject, terms, pairings, score)


def candidate_to_dict(candidate: Candidate) -> dict:
    record = {
        "id": candidate.id,
        "subject": candidate.subject,
        "score": candidate.score,
        "terms": [t.as_list() for t in candidate.terms],
        "pairings": [
            {
                "terms": [t.as_list() for t in pairing.key()],
                "score": pairing.score,
                "evidence": [[e.path, e.line, e.method, e.context] for e in sorted(pairing.evidence)],
            }
            for pairing in candidate.pairings
        ],
    }
    if candidate.target:
        record["target"] = candidate.target
    if candidate.attested:
        record["attested"] = [[e.path, e.line, e.method, e.context] for e in sorted(candidate.attested)]
    if candidate.details:
        record["details"] = candidate.details
    return record


def candidate_from_dict(data: dict) -> Candidate:
    pairings = [
        Pairing(
            TermRef(*p["terms"][0]), TermRef(*p["terms"][1]), p["score"],
            [Evidence(path, line, method, context) for path, line, method, context in p["evidence"]],
        )
        for p in data["pairings"]
    ]
    terms = [TermRef(*t) for t in data["terms"]]
    attested = [Evidence(path, line, method, context) for path, line, method, context in data.get("attested", [])]
    return Candidate(data["id"], data.get("subject"), terms, pairings, data["score"], data.get("target"), attested,
                     data.get("details", {}))


def candidates_json(candidates: list[Candidate], conflicts=()) -> str:
    """Deterministic JSON (sorted) for glossary/candidates.json: what `termkit review` lists."""
    records = [candidate_to_dict(c) for c in sorted(candidates, key=lambda c: c.id)]
    problems = sorted([c.candidate, c.kind, c.message] for c in conflicts)
    return json.dumps({"candidates": records, "conflicts": problems}, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def candidates_from_json(text: str) -> tuple[list[Candidate], list[tuple[str, str, str]]]:
    """Candidates and (candidate id, kind, message) conflicts from candidates_json's output."""
    data = json.loads(text)
    conflicts = [tuple(c) for c in data.get("conflicts", [])]
    return [candidate_from_dict(record) for record in data["candidates"]], conflicts
