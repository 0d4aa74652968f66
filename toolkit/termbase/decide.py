"""A person's decision on one proposal, recorded only when the base stays sound.

`termkit review` lists what build (glossary/candidates.json) and import (glossary/imports.json)
propose and records accept/reject/edit decisions in glossary/review.json, which the next build
applies. A decision is checked before it is written: accepting a candidate marked CONFLICT, or
one that changes a curated term's status, needs `force`; one that would leave integrity
errors in the base is refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from toolkit.errors import InputError
from toolkit.model.candidate import Candidate, TermRef, candidates_from_json
from toolkit.project import Project
from toolkit.termbase.review import Decision, decision_for, load_decisions, pending, record


@dataclass
class Proposals:
    """Every candidate of build and import, their conflicts, and the decisions so far."""

    candidates: list[Candidate]
    conflicts: list[tuple[str, str, str]]
    decisions: dict[str, Decision]

    def pending(self) -> list[Candidate]:
        return pending(self.candidates, self.decisions)

    def conflicts_of(self, candidate_id: str) -> list[tuple[str, str, str]]:
        return [c for c in self.conflicts if c[0] == candidate_id]

    def find(self, candidate_id: str) -> Candidate:
        for candidate in self.candidates:
            if candidate.id == candidate_id:
                return candidate
        raise InputError(None, f"no candidate {candidate_id!r}; `termkit review` lists the pending ones")


def load_proposals(project: Project) -> Proposals:
    files = [path for path in (project.candidates, project.imports) if path.exists()]
    if not files:
        raise InputError(project.candidates, "no candidates yet; run `termkit build` or `termkit import` first")
    candidates, conflicts = [], []
    for path in files:
        found, problems = _read(path)
        candidates += found
        conflicts += problems
    return Proposals(candidates, conflicts, load_decisions(project.decisions))


def decide(project: Project, candidate_id: str, decision: str, *, force: bool = False,
           edited: tuple[str | None, list[TermRef]] | None = None, wait_seconds: float = 60.0,
           on_wait: Callable[[str], None] | None = None) -> tuple[Decision, list[str], list[Path]]:
    """Record `decision` ("accepted", "rejected" or "edited" with `edited` = (subject, terms)) on
    one candidate; returns it with what it overrides in the curated base and the temp files of
    killed writes it cleared."""
    from toolkit.files.lock import project_lock

    proposals = load_proposals(project)
    candidate = proposals.find(candidate_id)
    marked = [message for _, _, message in proposals.conflicts_of(candidate_id)]
    if decision == "accepted" and marked and not force:
        raise InputError(None, f"{candidate_id} is marked CONFLICT ({'; '.join(marked)}); "
                         "accept it with --force to override, or reject or edit it")
    subject, terms = edited if edited is not None else (None, None)
    made = decision_for(candidate, decision, terms, subject)
    with project_lock(project.glossary, wait_seconds, on_wait=on_wait):
        overrides = [] if decision == "rejected" else _overrides(project, made)
        if overrides and not (force or decision == "edited"):
            raise InputError(None, f"accepting {made.id} would override: {'; '.join(overrides)}; "
                             "accept it with --force to do so")
        removed = record(project.decisions, made)
    return made, overrides, removed


def _overrides(project: Project, decision: Decision) -> list[str]:
    """What the decision overrides in the curated base; an InputError (nothing recorded) when
    the base would then have integrity errors."""
    from toolkit.formats.tbx import load_termbase
    from toolkit.termbase.review import apply_review
    from toolkit.termbase.validate import errors, validate_termbase

    decisions = load_decisions(project.decisions)
    decisions[decision.id] = decision
    overrides: dict[str, list[str]] = {}
    result = apply_review(load_termbase(project.termbase, missing_ok=True), [], decisions, overrides)
    found = errors(validate_termbase(result))
    if found:
        raise InputError(None, f"not recorded: {decision.id} would leave {len(found)} integrity error(s) "
                         f"in the base, first: {found[0]}")
    return overrides.get(decision.id, [])


def _read(path: Path):
    try:
        return candidates_from_json(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise InputError(path, f"not valid JSON: {err.msg}", err.lineno) from err
    except (KeyError, TypeError, ValueError) as err:
        raise InputError(path, f"not a candidates file: {err}") from err
