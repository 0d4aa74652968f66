"""`termkit validate` and `termkit import`: integrity and merging of the term base."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from toolkit.cli.options import base_in_use, echo_removed, shown, termbase_option, wait_option
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
@wait_option
def import_(files: tuple[str, ...], termbase_path: str, dry_run: bool, accept_all: bool, lenient: bool,
            wait_seconds: float) -> None:
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

    if termbase_path is None:
        termbase_path = require_project().termbase
    folder = Path(termbase_path).resolve().parent
    with project_lock(folder, wait_seconds, on_wait=lambda message: click.echo(message, err=True)):
        conflicts = _import(files, termbase_path, dry_run, accept_all, lenient)
    sys.exit(1 if conflicts else 0)


IMPORTS_FILE = "imports.json"
LISTED = 40  # report lines shown per file; --dry-run shows them all
# Formats whose main column (CSV) or msgstr (PO) is the preferred form of its language.
MAIN_IS_PREFERRED = {".csv", ".tsv", ".po"}


def _read(file: str, lenient: bool):
    """The file as a TermBase; values TBX does not allow refuse it unless --lenient."""
    from toolkit.errors import InputError
    from toolkit.formats import read_any
    from toolkit.termbase.validate import reader_problems

    warnings: list[str] = []
    incoming = read_any(file, warnings)
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    problems = reader_problems(incoming)
    if problems and not lenient:
        first = problems[0]
        raise InputError(file, f"{len(problems)} value(s) TBX does not allow, first: {first.concept}: {first.message}; "
                         "see `termkit validate FILE`, or import with --lenient", first.line)
    for problem in problems:
        click.echo(f"{file}: {problem}", err=True)
    return incoming


def _import(files: tuple[str, ...], termbase_path: str, dry_run: bool, accept_all: bool, lenient: bool) -> int:
    """Propose (or with accept_all merge) each file; write unless dry-run; return the conflict count."""
    from toolkit.formats.tbx import load_termbase
    from toolkit.termbase.merge import merge_termbases, propose_import

    base = load_termbase(termbase_path, missing_ok=True)
    conflicts = 0
    proposals = []
    for file in files:
        incoming = _read(file, lenient)
        if accept_all:
            report = merge_termbases(base, incoming)
            for conflict in report.conflicts:
                click.echo(f"conflict: {file}: {conflict} (the base keeps its value)", err=True)
            conflicts += len(report.conflicts)
            click.echo(f"{file}: accepted {len(report.added_concepts)} new concept(s), {report.added_terms} new "
                       f"term(s) into the base; {len(report.conflicts)} conflict(s)")
            continue
        found = propose_import(base, incoming, file, Path(file).read_text(encoding="utf-8", errors="replace"),
                               main_is_preferred=Path(file).suffix.lower() in MAIN_IS_PREFERRED)
        report = found.lines + [f"new: {line}" for line in found.new]
        shown_lines = report if dry_run else report[:LISTED]
        for line in shown_lines:
            click.echo(line)
        if len(shown_lines) < len(report):
            click.echo(f"... and {len(report) - len(shown_lines)} more; `termkit import --dry-run` or `termkit review` lists them all")
        conflicts += len(found.conflicts)
        proposals.append(found)
        click.echo(f"{file}: {len(found.candidates)} proposal(s) for review: {len(found.new)} new concept(s), "
                   f"{found.count('added')} added, "
                   f"{found.count('changed')} changed, {found.count('conflict')} conflict(s)")
    if dry_run:
        click.echo("dry run: nothing written")
    elif accept_all:
        _save_base(base, termbase_path)
    else:
        _save_proposals(Path(termbase_path).parent / IMPORTS_FILE, proposals)
    return conflicts


def _save_base(base, termbase_path: str) -> None:
    """Write the base unless it has integrity errors (then nothing is written, exit 2)."""
    from toolkit.errors import InputError
    from toolkit.files import atomic
    from toolkit.formats.tbx import save_termbase
    from toolkit.index.prepare import build_indexes
    from toolkit.project import find_project
    from toolkit.termbase.reference import merge_reference, without_reference
    from toolkit.termbase.validate import errors, validate_termbase

    project = find_project()
    with_reference = project is not None and project.merges_reference(termbase_path)
    found = errors(validate_termbase(merge_reference(base) if with_reference else base))
    if found:
        raise InputError(termbase_path, f"not written: {len(found)} integrity error(s), first: {found[0]}")
    save_termbase(without_reference(base) if with_reference else base, termbase_path)
    echo_removed(atomic.remove_stale_temporaries(termbase_path))
    build_indexes(Path(termbase_path), with_reference)


def _save_proposals(path: Path, proposals) -> None:
    """Add this import's candidates to imports.json (an earlier import's stay until reviewed)."""
    from toolkit.align.conflicts import Conflict
    from toolkit.files import atomic
    from toolkit.model.candidate import candidates_from_json, candidates_json

    candidates, conflicts = candidates_from_json(path.read_text(encoding="utf-8")) if path.exists() else ([], [])
    by_id = {c.id: c for c in candidates}
    by_id.update({c.id: c for found in proposals for c in found.candidates})
    conflicts = sorted(set(map(tuple, conflicts)) | {c for found in proposals for c in found.conflicts})
    atomic.write_text(path, candidates_json(list(by_id.values()), [Conflict(*c) for c in conflicts]))
    click.echo(f"proposals written to {shown(path)}; decide with `termkit review`")
