"""`termkit review`: list pending candidates with their evidence; accept, reject or edit one."""

from __future__ import annotations

import click

from toolkit.cli.options import echo_removed, wait_option


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
    ctx.obj["project"] = require_project(project)
    if ctx.invoked_subcommand is None:
        from toolkit.termbase.decide import load_proposals

        proposals = load_proposals(ctx.obj["project"])
        waiting = proposals.pending()
        for candidate in waiting:
            click.echo(_listing(candidate, proposals.conflicts_of(candidate.id)))
        click.echo(f"{len(waiting)} pending candidate(s); decide with `termkit review accept|reject|edit ID`")


def _complete_ids(ctx, param, incomplete: str):
    """Shell completion of pending candidate ids (see docs/reliability.md)."""
    from toolkit.project import find_project
    from toolkit.termbase.decide import load_proposals

    try:
        candidates = load_proposals(find_project()).pending()
    except Exception:  # completion must never print a traceback into the shell
        return []
    return [c.id for c in candidates if c.id.startswith(incomplete)]


@review.command()
@click.argument("candidate_id", shell_complete=_complete_ids)
@click.option("--force", is_flag=True, help="Accept a candidate marked CONFLICT, overriding the base.")
@wait_option
@click.pass_context
def accept(ctx: click.Context, candidate_id: str, force: bool, wait_seconds: float) -> None:
    """Accept a candidate: its terms become approved on the next build.

    A candidate marked CONFLICT needs --force; what it overrides is listed. Nothing is
    recorded when the base would then have integrity errors."""
    _decide(ctx, candidate_id, "accepted", wait_seconds, force=force)


@review.command()
@click.argument("candidate_id", shell_complete=_complete_ids)
@wait_option
@click.pass_context
def reject(ctx: click.Context, candidate_id: str, wait_seconds: float) -> None:
    """Reject a candidate: its pairings are never proposed again."""
    _decide(ctx, candidate_id, "rejected", wait_seconds)


@review.command()
@click.argument("candidate_id", shell_complete=_complete_ids)
@wait_option
@click.pass_context
def edit(ctx: click.Context, candidate_id: str, wait_seconds: float) -> None:
    """Correct a candidate in $EDITOR (terms, term types, statuses, subject), then accept it
    as edited."""
    from toolkit.termbase.decide import load_proposals
    from toolkit.termbase.review_form import edit_form, parse_edit_form

    candidate = load_proposals(ctx.obj["project"]).find(candidate_id)
    text = click.edit(edit_form(candidate), extension=".txt", require_save=True)
    if text is None:
        click.echo(f"termkit review: {candidate_id} not changed; nothing recorded")
        return
    _decide(ctx, candidate_id, "edited", wait_seconds, edited=parse_edit_form(text, candidate_id))


def _decide(ctx: click.Context, candidate_id: str, decision: str, wait_seconds: float, **options) -> None:
    from toolkit.termbase.decide import decide

    made, overrides, removed = decide(ctx.obj["project"], candidate_id, decision, wait_seconds=wait_seconds,
                             on_wait=lambda message: click.echo(message, err=True), **options)
    echo_removed(removed)
    for message in overrides:
        click.echo(f"termkit review: overrides {message}")
    click.echo(f"termkit review: {made.id} {made.decision}; applied on the next `termkit build`")


def _listing(candidate, conflicts) -> str:
    head = f"{candidate.id}  {candidate.subject or '-'}  score {candidate.score:.2f}"
    lines = [head + ("  CONFLICT" if conflicts else "")]
    lines += [f"  {t.lang}  {t.text}" + ("" if t.term_type == "fullForm" else f"  [{t.term_type}]")
              + (f"  ({t.status})" if t.status else "") for t in candidate.terms]
    lines += [f"  ! {message}" for _, _, message in conflicts]
    lines += [f"    {e.source()}  {e.method}  {e.context}" for e in candidate.evidence()]
    return "\n".join(lines)
