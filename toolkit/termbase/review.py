"""A translator's decisions on candidates, kept in glossary/review.json across rebuilds.

Each decision is keyed by the candidate's content-derived id and also stores the content it
was made on (terms, pairings, sources). So a rebuild never re-proposes a rejected pairing,
even inside a candidate that grew a new language, and never loses an accepted one, even when
the release it came from has left sources/. The file is sorted JSON, written atomically.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.errors import InputError
from toolkit.files import atomic
from toolkit.model.candidate import Candidate, TermRef
from toolkit.model.termbase import SUBJECTS, Concept, Context, Term, TermBase
from toolkit.text.korean import is_hangul

DECISIONS = ("accepted", "rejected", "edited")
CANDIDATE_NOTE = "Proposed by termkit align from the releases; not yet reviewed."


@dataclass
class Decision:
    """What a person decided about one candidate, with the content it applied to."""

    id: str
    decision: str
    subject: str | None
    terms: list[TermRef]
    pairs: list[tuple[tuple[str, str], tuple[str, str]]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    target: str | None = None  # the curated concept an import's proposal changes
    details: dict = field(default_factory=dict)  # an import's definition and notes (Candidate.details)

    def to_dict(self) -> dict:
        record = {
            "id": self.id,
            "decision": self.decision,
            "subject": self.subject,
            "terms": [t.as_list() for t in sorted(self.terms, key=TermRef.sort_key)],
            "pairs": sorted([list(a), list(b)] for a, b in self.pairs),
            "sources": sorted(set(self.sources)),
        }
        if self.target:
            record["target"] = self.target
        if self.details:
            record["details"] = self.details
        return record


def decision_for(candidate: Candidate, decision: str, terms: list[TermRef] | None = None,
                 subject: str | None = None) -> Decision:
    """A decision on `candidate`; an edit brings its own terms and subject."""
    if decision not in DECISIONS:
        raise ValueError(f"unknown decision {decision!r}")
    pairs = [tuple(sorted(((p.a.lang, p.a.text), (p.b.lang, p.b.text)))) for p in candidate.pairings]
    return Decision(candidate.id, decision, subject if decision == "edited" else candidate.subject,
                    list(terms if terms is not None else candidate.terms), pairs, candidate.sources(),
                    candidate.target, candidate.details)


def load_decisions(path: Path) -> dict[str, Decision]:
    """Decisions by candidate id; a missing file is no decisions, a malformed one an InputError."""
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        records = data["decisions"]
        decisions = {}
        for record in records:
            if record["decision"] not in DECISIONS:
                raise ValueError(f"unknown decision {record['decision']!r} for {record['id']}")
            decisions[record["id"]] = Decision(
                record["id"], record["decision"], record.get("subject"),
                [TermRef(*t) for t in record["terms"]],
                [(tuple(a), tuple(b)) for a, b in record.get("pairs", [])],
                list(record.get("sources", [])),
                record.get("target"),
                record.get("details", {}),
            )
        return decisions
    except json.JSONDecodeError as err:
        raise InputError(path, f"not valid JSON: {err.msg}", err.lineno) from err
    except (KeyError, TypeError, ValueError) as err:
        raise InputError(path, f"not a review file: {err}") from err


def save_decisions(path: Path, decisions: dict[str, Decision]) -> None:
    records = [decisions[key].to_dict() for key in sorted(decisions)]
    text = json.dumps({"decisions": records}, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    atomic.write_text(path, text)


def record(path: Path, decision: Decision) -> list[Path]:
    """Add or replace one decision in the file; returns the temp files of killed writes it cleared."""
    decisions = load_decisions(path)
    decisions[decision.id] = decision
    save_decisions(path, decisions)
    return atomic.remove_stale_temporaries(path)


def rejected_pairs(decisions: dict[str, Decision]) -> set[tuple]:
    return {tuple(sorted(pair)) for d in decisions.values() if d.decision == "rejected" for pair in d.pairs}


def pending(candidates: list[Candidate], decisions: dict[str, Decision]) -> list[Candidate]:
    """Candidates nobody has decided on, without the pairings someone rejected before."""
    refused = rejected_pairs(decisions)
    settled = {
        tuple(sorted(pair)) for d in decisions.values() if d.decision in ("accepted", "edited") for pair in d.pairs
    }
    result = []
    for candidate in candidates:
        if candidate.id in decisions:
            continue
        pairings = [p for p in candidate.pairings if _pair(p) not in refused]
        if candidate.pairings and (not pairings or all(_pair(p) in settled for p in pairings)):
            continue
        if len(pairings) < len(candidate.pairings):
            candidate = copy.copy(candidate)
            candidate.pairings = pairings
            kept = {t for p in pairings for t in (p.a, p.b)}
            candidate.terms = [t for t in candidate.terms if t in kept]
        result.append(candidate)
    return result


def _pair(pairing) -> tuple:
    return tuple(sorted(((pairing.a.lang, pairing.a.text), (pairing.b.lang, pairing.b.text))))


def apply_review(termbase: TermBase, candidates: list[Candidate], decisions: dict[str, Decision],
                 overrides: dict[str, list[str]] | None = None) -> TermBase:
    """A new base: accepted and edited candidates as approved terms (their evidence as sources),
    pending ones as review="candidate" terms, rejected ones nowhere. The input is not changed.

    An accepted import may set a term's status; what that changes in the base is written to
    `overrides` (decision id -> messages) so that `termkit review accept` can say it."""
    result = copy.deepcopy(termbase)
    owners = {(lang, term.text): concept for concept in result.concepts for lang, term in concept.all_terms()}
    for decision in sorted(decisions.values(), key=lambda d: d.id):
        if decision.decision in ("accepted", "edited"):
            said = [] if overrides is None else overrides.setdefault(decision.id, [])
            concept = _merge(result, owners, decision.id, decision.subject, decision.terms, decision.sources,
                             "approved", {}, decision.target, said)
            _add_details(concept, decision.details)
    for candidate in pending(candidates, decisions):
        contexts = {(e.path, e.line): e.context for e in candidate.evidence()}
        _merge(result, owners, candidate.id, candidate.subject, candidate.terms, candidate.sources(), "candidate",
               contexts, candidate.target, [])
    return result


def _merge(termbase: TermBase, owners: dict[tuple[str, str], Concept], concept_id: str, subject: str | None,
           terms: list[TermRef], sources: list[str], review: str, contexts: dict, target: str | None,
           overrides: list[str]) -> Concept:
    """Into the `target` concept, else the concept that already has one of the terms, else
    into a new concept (an approved one gets a readable id, a subject and statuses).

    `owners` maps (language, text) to the concept holding that term, the last one in the base
    when several do; it is kept up to date."""
    concept = termbase.get(target) if target else None
    if concept is None:
        concept = next((owners[(t.lang, t.text)] for t in terms if (t.lang, t.text) in owners), None)
    created = concept is None
    if created:
        subject = subject if subject in SUBJECTS else None
        if review == "approved":
            subject = subject or "general"
            concept_id = readable_id(subject, terms, {c.id for c in termbase.concepts})
        concept = Concept(concept_id, subject=subject)
        if review == "candidate":
            concept.notes.append(CANDIDATE_NOTE)
        termbase.concepts.append(concept)
    for ref in terms:
        existing = next((t for t in concept.terms.get(ref.lang, []) if t.text == ref.text), None)
        if existing is not None:
            if review == "approved" and existing.is_candidate:
                existing.review = "approved"
            if review == "approved" and ref.status and ref.status != existing.status:
                overrides.append(f"{concept.id}: {ref.lang} {ref.text!r} status {existing.status or '-'} -> {ref.status}")
                existing.status = ref.status
                _one_preferred(concept, ref.lang, existing, overrides)
            for source in sources:
                if source not in existing.sources:
                    existing.sources.append(source)
            continue
        term = Term(ref.text, term_type=ref.term_type, sources=list(sources), review=review)
        if review == "approved" and ref.status:
            term.status = ref.status
        if review == "candidate":
            term.notes.append(CANDIDATE_NOTE)
            shown = [(place, text) for place, text in sorted(contexts.items()) if ref.text in text]
            term.contexts = [Context(text, f"{path}:{line}") for (path, line), text in shown[:1]]
        concept.add_term(ref.lang, term)
        if term.status == "preferred":
            _one_preferred(concept, ref.lang, term, overrides)
        _claim(termbase, owners, (ref.lang, ref.text), concept)
    if created and review == "approved":
        _default_statuses(concept)
    return concept


def _add_details(concept: Concept, details: dict) -> None:
    """An accepted import's definition (where the concept has none) and notes, not repeated."""
    if details.get("definition") and not concept.definition:
        concept.definition = details["definition"]
    concept.notes.extend(note for note in details.get("notes", []) if note not in concept.notes)
    for key, notes in details.get("term_notes", {}).items():
        lang, _, text = key.partition("\t")
        term = next((t for t in concept.terms.get(lang, []) if t.text == text), None)
        if term is not None:
            term.notes.extend(note for note in notes if note not in term.notes)


SUBJECT_PREFIXES = {"organization": "org", "document": "doc", "general": "term"}


def readable_id(subject: str, terms: list[TermRef], taken: set[str]) -> str:
    """'org-central-american-integration-system': subject and the English full form, else
    another Latin-script term (a Spanish name, an acronym: 'meeting-som'), else the first."""
    from toolkit.formats.tbx import generated_id

    latin = [t for t in terms if not any(is_hangul(c) for c in t.text)]
    chosen = [t for t in terms if t.lang == "en"] or latin or list(terms)
    best = sorted(chosen, key=lambda t: (t.term_type != "fullForm", t.status != "preferred"))[0].text
    slug = generated_id(best, {})[len("c-"):]
    base = f"{SUBJECT_PREFIXES.get(subject, subject)}-{slug}"
    result, number = base, 1
    while result in taken:
        number += 1
        result = f"{base}-{number}"
    return result


def _one_preferred(concept: Concept, lang: str, chosen: Term, overrides: list[str]) -> None:
    """`chosen` became preferred: any other preferred term of the language becomes admitted."""
    for term in concept.terms.get(lang, []):
        if term is not chosen and term.status == "preferred" and not term.is_candidate:
            term.status = "admitted"
            overrides.append(f"{concept.id}: {lang} {term.text!r} status preferred -> admitted")


def _default_statuses(concept: Concept) -> None:
    """A new concept from review: per language the first full form is preferred, the rest admitted."""
    for lang in concept.languages():
        terms = concept.terms[lang]
        if not any(term.status == "preferred" for term in terms):
            first = next((t for t in terms if t.term_type in (None, "fullForm")), terms[0])
            first.status = "preferred"
        for term in terms:
            term.status = term.status or "admitted"


def _claim(termbase: TermBase, owners: dict, key: tuple[str, str], concept: Concept) -> None:
    """Make `concept` the owner of `key` unless a concept after it in the base already is."""
    owner = owners.get(key)
    if owner is None or _position(termbase, owner) < _position(termbase, concept):
        owners[key] = concept


def _position(termbase: TermBase, concept: Concept) -> int:
    return next(i for i, candidate in enumerate(termbase.concepts) if candidate is concept)
