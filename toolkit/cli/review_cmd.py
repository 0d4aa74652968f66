"""`termkit review`: list pending candidates with their evidence; accept, reject or edit one."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click

from toolkit.cli.options import wait_option

CANDIDATES_FILE = "candidates.json"
IMPORTS_FILE = "imports.json"  # what `termkit import` proposes; build never rewrites it
DECISIONS_FILE = "review.json"
_TERM_LINE = re.compile(r"^(?P<lang>[a-z]{2,3}(?:-[A-Za-z0-9]+)?)\s*:\s*(?P<text>.*?)\s*(?:\[(?P<type>\w+)\])?\s*$")


@click.group(invoke_without_command=True)
@click.option(
    "--project", type=click.Path(file_okay=False, exists=True), default=".", show_default=True,
    help="A folder inside the project (candidates.json is written by `termkit build`).",
)
@click.pass_context
def review(ctx: click.Context, project: str) -> None:
    """Review the names that `termkit build` and `termkit import` proposed.

    \b
    Examples:
      termkit review                   # pending candidates with evidence
      termkit review accept cand-25b2593c0a
      termkit review reject cand-7ccc4b51bb
      termkit review edit cand-8f77e43deb   # opens $EDITOR
    """
    from toolkit.project import require_project

    ctx.ensure_object(dict)
    ctx.obj["glossary"] = require_project(project).glossary
    if ctx.invoked_subcommand is None:
        candidates, conflicts, decisions = _load(ctx.obj["glossary"])
        from toolkit.termbase.review import pending

        waiting = pending(candidates, decisions)
        for candidate in waiting:
            click.echo(_listing(candidate, [c for c in conflicts if c[0] == candidate.id]))
        click.echo(f"{len(waiting)} pending candidate(s); decide with `termkit review accept|reject|edit ID`")


def _complete_ids(ctx, param, incomplete: str):
    """Shell completion of pending candidate ids (see docs/reliability.md)."""
    from toolkit.project import find_project
    from toolkit.termbase.review import pending

    try:
        project = find_project()
        candidates, _, decisions = _load(project.glossary)
    except Exception:  # completion must never print a traceback into the shell
        return []
    return [c.id for c in pending(candidates, decisions) if c.id.startswith(incomplete)]


@review.command()
@click.argument("candidate_id", shell_complete=_complete_ids)
@click.option("--force", is_flag=True, help="Accept a candidate marked CONFLICT, overriding the base.")
@wait_option
@click.pass_context
def accept(ctx: click.Context, candidate_id: str, force: bool, wait_seconds: float) -> None:
    """Accept a candidate: its terms become approved on the next build.

    A candidate marked CONFLICT needs --force; what it overrides is listed. Nothing is
    recorded when the base would then have integrity errors."""
    _decide(ctx.obj["glossary"], candidate_id, "accepted", wait_seconds, force)


@review.command()
@click.argument("candidate_id", shell_complete=_complete_ids)
@wait_option
@click.pass_context
def reject(ctx: click.Context, candidate_id: str, wait_seconds: float) -> None:
    """Reject a candidate: its pairings are never proposed again."""
    _decide(ctx.obj["glossary"], candidate_id, "rejected", wait_seconds)


@review.command()
@click.argument("candidate_id", shell_complete=_complete_ids)
@wait_option
@click.pass_context
def edit(ctx: click.Context, candidate_id: str, wait_seconds: float) -> None:
    """Correct a candidate in $EDITOR, then accept it as edited."""
    from toolkit.termbase.review import decision_for

    candidates, conflicts, _ = _load(ctx.obj["glossary"])
    candidate = _find(candidates, candidate_id)
    edited = click.edit(edit_form(candidate), extension=".txt", require_save=True)
    if edited is None:
        click.echo(f"termkit review: {candidate_id} not changed; nothing recorded")
        return
    subject, terms = parse_edit_form(edited, candidate_id)
    _store(ctx.obj["glossary"], decision_for(candidate, "edited", terms, subject), wait_seconds, True)


def edit_form(candidate) -> str:
    """The readable form of a candidate that `edit` opens."""
    lines = [
        "# termkit review: correct this proposal, save and close to accept it as edited.",
        '# One term per line as "LANG: TEXT", with " [acronym]" after an acronym; "subject: KIND".',
        "# Lines starting with # are ignored. Close without saving to change nothing.",
        "# Evidence:",
    ]
    lines += [f"#   {e.source()}  {e.method}  {e.context}" for e in candidate.evidence()]
    lines += [f"id: {candidate.id}", f"subject: {candidate.subject or ''}"]
    for term in candidate.terms:
        suffix = "" if term.term_type == "fullForm" else f" [{term.term_type}]"
        lines.append(f"{term.lang}: {term.text}{suffix}")
    return "\n".join(lines) + "\n"


def parse_edit_form(text: str, candidate_id: str):
    """(subject, terms) from an edited form; a malformed line is an InputError naming it."""
    from toolkit.errors import InputError
    from toolkit.model.candidate import TermRef
    from toolkit.model.termbase import SUBJECTS, TERM_TYPES

    where = f"<edit {candidate_id}>"
    subject, terms = None, []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if key == "id":
            if value != candidate_id:
                raise InputError(where, f"id changed to {value!r}; edit one candidate at a time", number)
        elif key == "subject":
            if value and value not in SUBJECTS:
                raise InputError(where, f"subject must be one of {', '.join(SUBJECTS)}", number)
            subject = value or None
        else:
            match = _TERM_LINE.match(line)
            if not match or not match["text"]:
                raise InputError(where, f'expected "LANG: TEXT", got {line!r}', number)
            term_type = match["type"] or "fullForm"
            if term_type not in TERM_TYPES:
                raise InputError(where, f"term type must be one of {', '.join(TERM_TYPES)}", number)
            terms.append(TermRef(match["lang"], match["text"], term_type))
    if not terms:
        raise InputError(where, "no terms left; use `termkit review reject` to refuse a candidate")
    return subject, terms


def _decide(glossary: Path, candidate_id: str, decision: str, wait_seconds: float, force: bool = False) -> None:
    from toolkit.errors import InputError
    from toolkit.termbase.review import decision_for

    candidates, conflicts, _ = _load(glossary)
    marked = [message for cid, _, message in conflicts if cid == candidate_id]
    if decision == "accepted" and marked and not force:
        raise InputError(None, f"{candidate_id} is marked CONFLICT ({'; '.join(marked)}); "
                         "accept it with --force to override, or reject or edit it")
    _store(glossary, decision_for(_find(candidates, candidate_id), decision), wait_seconds, force)


def _store(glossary: Path, decision, wait_seconds: float, force: bool = False) -> None:
    from toolkit.files.lock import project_lock
    from toolkit.termbase.review import record

    with project_lock(glossary, wait_seconds, on_wait=lambda message: click.echo(message, err=True)):
        if decision.decision != "rejected":
            overrides = _check_result(glossary, decision)
            if overrides and not force:
                from toolkit.errors import InputError

                raise InputError(None, f"accepting {decision.id} would override: {'; '.join(overrides)}; "
                                 "accept it with --force to do so")
            for message in overrides:
                click.echo(f"termkit review: overrides {message}")
        record(glossary / DECISIONS_FILE, decision)
    click.echo(f"termkit review: {decision.id} {decision.decision}; applied on the next `termkit build`")


def _check_result(glossary: Path, decision) -> list[str]:
    """What the decision overrides in the curated base; an InputError (nothing recorded) when
    the base would then have integrity errors."""
    from toolkit.errors import InputError
    from toolkit.formats.tbx import load_termbase
    from toolkit.project import require_project
    from toolkit.termbase.review import apply_review, load_decisions
    from toolkit.termbase.validate import errors, validate_termbase

    decisions = load_decisions(glossary / DECISIONS_FILE)
    decisions[decision.id] = decision
    overrides: dict[str, list[str]] = {}
    result = apply_review(load_termbase(require_project(glossary).termbase, missing_ok=True), [], decisions, overrides)
    found = errors(validate_termbase(result))
    if found:
        raise InputError(None, f"not recorded: {decision.id} would leave {len(found)} integrity error(s) "
                         f"in the base, first: {found[0]}")
    return overrides.get(decision.id, [])


def _load(glossary: Path):
    """Build's and import's candidates with their conflicts, and the decisions so far."""
    from toolkit.errors import InputError
    from toolkit.termbase.review import load_decisions

    files = [glossary / name for name in (CANDIDATES_FILE, IMPORTS_FILE) if (glossary / name).exists()]
    if not files:
        raise InputError(glossary / CANDIDATES_FILE, "no candidates yet; run `termkit build` or `termkit import` first")
    candidates, conflicts = [], []
    for path in files:
        found, problems = _read_candidates(path)
        candidates += found
        conflicts += problems
    return candidates, conflicts, load_decisions(glossary / DECISIONS_FILE)


def _read_candidates(path: Path):
    from toolkit.errors import InputError
    from toolkit.model.candidate import candidates_from_json

    try:
        return candidates_from_json(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise InputError(path, f"not valid JSON: {err.msg}", err.lineno) from err
    except (KeyError, TypeError, ValueError) as err:
        raise InputError(path, f"not a candidates file: {err}") from err


def _find(candidates, candidate_id: str):
    from toolkit.errors import InputError

    for candidate in candidates:
        if candidate.id == candidate_id:
            return candidate
    raise InputError(None, f"no candidate {candidate_id!r}; `termkit review` lists the pending ones")


def _listing(candidate, conflicts) -> str:
    head = f"{candidate.id}  {candidate.subject or '-'}  score {candidate.score:.2f}"
    lines = [head + ("  CONFLICT" if conflicts else "")]
    lines += [f"  {t.lang}  {t.text}" + ("" if t.term_type == "fullForm" else f"  [{t.term_type}]")
              + (f"  ({t.status})" if t.status else "") for t in candidate.terms]
    lines += [f"  ! {message}" for _, _, message in conflicts]
    lines += [f"    {e.source()}  {e.method}  {e.context}" for e in candidate.evidence()]
    return "\n".join(lines)
