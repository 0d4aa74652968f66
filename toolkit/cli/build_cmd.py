"""`termkit build`."""

from __future__ import annotations

import click

from toolkit.cli.options import echo_removed, progress_bar, wait_option


@click.command()
@click.option(
    "--project", type=click.Path(file_okay=False, exists=True), default=".", show_default=True,
    help="A folder inside the project (the one with termkit.toml, found as git finds .git).",
)
@wait_option
@click.option("--quiet", "-q", is_flag=True, help="No progress, even on a terminal.")
def build(project: str, wait_seconds: float, quiet: bool) -> None:
    """Run the whole flow on the project's own folders and write its outputs.

    Releases in sources/ are cleaned, their official names extracted and aligned across
    en/ko/es; with glossary/termbase.tbx, the reference country names and the review
    decisions (glossary/review.json) they give the term base, the candidates to review
    (glossary/candidates.json, see `termkit review`) and the derived glossaries and
    catalogs in glossary/ and locales/, byte-identical when nothing changed.

    \b
    Example:
      termkit build
    """
    from toolkit.build import STEPS
    from toolkit.build import build as run_build
    from toolkit.files.lock import project_lock
    from toolkit.project import require_project

    found = require_project(project)
    with project_lock(found.glossary, wait_seconds, on_wait=lambda message: click.echo(message, err=True)), \
            progress_bar("termkit build", quiet) as progress:
        report = run_build(found, lambda step: progress(STEPS.index(step), len(STEPS), step))
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    for notice in report.notices:
        click.echo(notice, err=True)
    echo_removed(report.removed)
    click.echo(
        f"termkit build: {report.summary}; {len(report.written)} file(s) written, "
        f"{len(report.unchanged)} unchanged"
    )
