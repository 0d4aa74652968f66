"""`termkit check FILE...`: the naming linter, for releases, translations and catalogs."""

from __future__ import annotations

import os
import sys

import click

from toolkit.cli.options import base_in_use, progress_bar, termbase_option

SEVERITY_CHOICES = ["error", "warning", "info"]


def _severity_pair(ctx, param, values):
    """--severity TK102=warning, repeatable, into a dict."""
    pairs = {}
    for value in values:
        code, sep, severity = value.partition("=")
        if not sep or severity not in SEVERITY_CHOICES:
            raise click.BadParameter(f"{value!r}: expected CODE=error|warning|info", ctx=ctx, param=param)
        pairs[code] = severity
    return pairs


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--format", "format_", type=click.Choice(["text", "json", "sarif"]), default="text", show_default=True)
@termbase_option
@click.option("--source", "source", type=click.Path(dir_okay=False),
              help="The original the FILEs translate; terms missing from aligned segments are reported (TK201).")
@click.option("--fail-on", type=click.Choice(SEVERITY_CHOICES), default=None,
              help="Exit 1 when a finding is this serious or more (default: the project's, else warning).")
@click.option("--enable", "enable", multiple=True, metavar="CODE", help="Run a rule that is off by default (TK106).")
@click.option("--disable", "disable", multiple=True, metavar="CODE", help="Do not run this rule (repeatable).")
@click.option("--severity", "severities", multiple=True, metavar="CODE=LEVEL", callback=_severity_pair,
              help="Override a rule's severity, e.g. TK102=warning.")
@click.option("--accent-insensitive", is_flag=True, help="Match Spanish terms whatever their accents.")
@click.option("--fix", is_flag=True, help="Rewrite unambiguous cases in place (deprecated → preferred, typos).")
@click.option("--diff", "show_diff", is_flag=True, help="Show what --fix would change (unified diff); write nothing.")
@click.option("--quiet", "-q", is_flag=True, help="No progress, even on a terminal.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes checking files at once (default: the machine's cores); the output is the same.")
def check(files, format_, termbase_path, source, fail_on, enable, disable, severities, accent_insensitive, fix,
          show_diff, quiet, jobs) -> None:
    """Check that every official name is written, titled and translated as the base says.

    FILE is a release (.txt, .html), a gettext catalog (.po, .pot: msgstr against msgid), a
    bilingual CAT file (.xlf/.xliff/.sdlxliff/.mqxliff/.mxliff, .tmx: target against source
    per unit), or a document (.docx, .hwpx: paragraph n is line n). --fix rewrites releases,
    XLIFF targets and DOCX text; see docs/formats.md.
    A document can switch rules off with a line `termkit: disable=TK104,TK106`.
    Exit status: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage.

    \b
    Rules (stable codes):
      TK101 deprecated or superseded term   TK104 one concept in two forms
      TK102 admitted variant (info)         TK105 romanization of a name
      TK103 near miss of a known name       TK106 acronym before definition (off)
      TK201 equivalent missing from the translation (--source, or a catalog)

    \b
    Examples:
      termkit check release.txt
      termkit check --source ko.txt en.txt
      termkit check locale/ko/LC_MESSAGES/django.po --termbase glossary.po --format sarif
      termkit check release.txt --diff
    """
    from toolkit.check import output
    from toolkit.index.loader import load_base
    from toolkit.check.engine import check_paths
    from toolkit.check.findings import Summary, severity_rank
    from toolkit.check.rules import RULES, default_config
    from toolkit.project import find_project

    project = find_project()
    settings = default_config().project_settings(project.check if project else {},
                                                 project and project.root / "termkit.toml")
    fail_on = fail_on or settings.fail_on
    try:
        config = settings.config.adjusted(enable, disable, severities)
    except ValueError as err:
        raise click.UsageError(str(err)) from err
    path, with_reference = base_in_use(termbase_path)
    base = load_base(path, accent_insensitive=accent_insensitive, with_reference=with_reference)
    with progress_bar("termkit check", quiet) as progress:
        run = check_paths(files, base, config, source=source, fix=fix and not show_diff, progress=progress,
                          jobs=jobs or len(os.sched_getaffinity(0)), keep_files=show_diff)
    findings = run.findings
    if show_diff:
        from toolkit.check.fix import unified_diff

        diff = unified_diff(run.files, findings)
        click.echo(diff, nl=False)
        sys.exit(1 if diff else 0)
    if fix:
        click.echo(f"termkit: fixed {len(run.fixed)} finding(s)", err=True)
    summary = Summary.of(findings, run.checked)
    if format_ == "json":
        click.echo(output.json_report(findings, summary))
    elif format_ == "sarif":
        click.echo(output.sarif_report(findings, RULES))
    else:
        colour = None if not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb" else False
        click.echo(output.text_report(findings, summary, click.style), color=colour)
    if any(severity_rank(finding.severity) <= severity_rank(fail_on) for finding in findings):
        sys.exit(1)
