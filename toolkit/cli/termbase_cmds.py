"""`termkit validate` and `termkit import`: integrity and merging of the term base."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from toolkit.cli.options import base_in_use, echo_removed, termbase_option, wait_option
from toolkit.project import require_project


@click.command()
@click.argument("path", required=False, type=click.Path(dir_okay=False))
@termbase_option
def validate(path: str | None, termbase_path: str) -> None:
    """Check a term base's integrity; exit 1 when there are errors.

    Reports duplicate ids, languages with several terms but no preferred one, unknown
    picklist values, dangling cross references (errors) and the same term in two concepts
    of one subject (warning).

    \b
    Example:
      termkit validate glossary/termbase.tbx
    """
    from toolkit.reference import read_for_use
    from toolkit.validate import validate_termbase

    target, with_reference = base_in_use(path or termbase_path)
    problems = validate_termbase(read_for_use(target, with_reference))
    for problem in problems:
        click.echo(f"{target}: {problem}")
    errors = sum(1 for problem in problems if problem.severity == "error")
    warnings = len(problems) - errors
    click.echo(f"{target}: {errors} error(s), {warnings} warning(s)", err=True)
    sys.exit(1 if errors else 0)


@click.command(name="import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@termbase_option
@click.option("--dry-run", is_flag=True, help="Report what would change without writing.")
@wait_option
def import_(files: tuple[str, ...], termbase_path: str, dry_run: bool, wait_seconds: float) -> None:
    """Merge TBX v3/v2, CSV or PO files into the term base, by concept id.

    New concepts and terms are added and empty fields filled; where a file disagrees with
    the base, the base keeps its value and the conflict is listed (exit 1).

    \b
    Example:
      termkit import ../shared/data/weblate-glossary/ko.tbx
    """
    from toolkit.lock import project_lock

    if termbase_path is None:
        termbase_path = require_project().termbase
    folder = Path(termbase_path).resolve().parent
    with project_lock(folder, wait_seconds, on_wait=lambda message: click.echo(message, err=True)):
        conflicts = _import(files, termbase_path, dry_run)
    sys.exit(1 if conflicts else 0)


def _import(files: tuple[str, ...], termbase_path: str, dry_run: bool) -> int:
    """Merge each file into the base; write it unless dry-run; return the conflict count."""
    from toolkit import atomic
    from toolkit.formats import read_any
    from toolkit.formats.tbx import load_termbase, save_termbase
    from toolkit.merge import merge_termbases
    from toolkit.project import find_project
    from toolkit.reference import without_reference

    base = load_termbase(termbase_path, missing_ok=True)
    conflicts = 0
    for file in files:
        warnings: list[str] = []
        incoming = read_any(file, warnings)
        for warning in warnings:
            click.echo(f"warning: {warning}", err=True)
        report = merge_termbases(base, incoming)
        for conflict in report.conflicts:
            click.echo(f"conflict: {file}: {conflict}", err=True)
        conflicts += len(report.conflicts)
        click.echo(
            f"{file}: {len(report.added_concepts)} new concept(s), {report.added_terms} new term(s), "
            f"{len(report.conflicts)} conflict(s)"
        )
    if not dry_run:
        project = find_project()
        if project is not None and project.merges_reference(termbase_path):
            base = without_reference(base)
        save_termbase(base, termbase_path)
        echo_removed(atomic.remove_stale_temporaries(termbase_path))
    return conflicts

