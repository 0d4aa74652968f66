"""`termkit validate` and `termkit import`: integrity and merging of the term base."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from toolkit.cli.options import base_in_use, echo_removed, progress_bar, shown, termbase_option, wait_option
from toolkit.project import require_project


@click.command()
@click.argument("path", required=False, type=click.Path(dir_okay=False))
@termbase_option
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json: one object with every problem (severity, line, concept, message).")
def validate(path: str | None, termbase_path: str, output_format: str) -> None:
    """Check a term base's integrity; exit 1 when there are errors.

    Errors: values TBX does not allow (with their line), duplicate ids, several preferred
    terms in one language, dangling cross references. Warnings (house style): no preferred
    term, a subject termkit does not use, the same term in two concepts of one subject.
    Results go to stdout.

    \b
    Example:
      termkit validate glossary/termbase.tbx --format json
    """
    import json

    from toolkit.termbase.reference import read_for_use
    from toolkit.termbase.validate import errors, validate_termbase

    target, with_reference = base_in_use(path or termbase_path)
    problems = validate_termbase(read_for_use(target, with_reference))
    count = len(errors(problems))
    if output_format == "json":
        click.echo(json.dumps({"file": str(target), "errors": count, "warnings": len(problems) - count,
                               "problems": [p.to_dict() for p in problems]}, ensure_ascii=False, indent=2))
    else:
        for problem in problems:
            click.echo(f"{target}: {problem}")
        click.echo(f"{target}: {count} error(s), {len(problems) - count} warning(s)")
    sys.exit(1 if count else 0)


@click.command(name="import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@termbase_option
@click.option("--dry-run", is_flag=True, help="Report what would be proposed (or written) without writing.")
@click.option("--accept-all", is_flag=True,
              help="A trusted source: merge straight into the base (new terms added, conflicts keep the base's value).")
@click.option("--lenient", is_flag=True, help="Go on past values TBX does not allow (listed as errors).")
@click.option("--quiet", "-q", is_flag=True, help="No progress, even on a terminal.")
@wait_option
def import_(files: tuple[str, ...], termbase_path: str, dry_run: bool, accept_all: bool, lenient: bool,
            quiet: bool, wait_seconds: float) -> None:
    """Propose the terms of TBX v3/v2, CSV or PO files for review.

    Every term a file adds or changes becomes a candidate in glossary/imports.json, listed as
    added, changed or conflict (a status change, another subject, a form another concept
    holds); `termkit review` lists them and `termkit review accept ID` takes one into the base.
    Exit 1 when there are conflicts. With --accept-all the files are merged at once.

    \b
    Example:
      termkit import edited-ko.po
      termkit import ../shared/data/weblate-glossary/ko.tbx --accept-all
    """
    from toolkit.files.lock import project_lock
    from toolkit.project import find_project
    from toolkit.importing import import_files

    if termbase_path is None:
        termbase_path = require_project().termbase
    project = find_project()
    with_reference = project is not None and project.merges_reference(termbase_path)
    folder = Path(termbase_path).resolve().parent
    with project_lock(folder, wait_seconds, on_wait=lambda message: click.echo(message, err=True)), \
            progress_bar("termkit import", quiet) as progress:
        report = import_files(list(files), termbase_path, dry_run=dry_run, accept_all=accept_all,
                              lenient=lenient, with_reference=with_reference, progress=progress)
    for result in report.files:
        for notice in result.notices:
            click.echo(notice, err=True)
        shown_lines = result.lines if dry_run else result.lines[:LISTED]
        for line in shown_lines:
            click.echo(line)
        if len(shown_lines) < len(result.lines):
            click.echo(f"... and {len(result.lines) - len(shown_lines)} more; "
                       "`termkit import --dry-run` or `termkit review` lists them all")
        click.echo(result.summary)
    echo_removed(report.removed)
    if dry_run:
        click.echo("dry run: nothing written")
    elif not accept_all:
        click.echo(f"proposals written to {shown(report.written)}; decide with `termkit review`")
    sys.exit(1 if report.conflicts else 0)


LISTED = 40  # report lines shown per file; --dry-run shows them all
