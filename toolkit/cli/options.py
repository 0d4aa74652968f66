"""Options and messages shared by several commands."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import click

from toolkit.errors import InputError

termbase_option = click.option(
    "--termbase",
    "termbase_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="The term base (TBX v3/v2; some commands also take CSV or PO). Default: the project's "
    "glossary/termbase.tbx, with the reference country names merged in.",
)

wait_option = click.option(
    "--wait",
    "wait_seconds",
    type=click.FloatRange(min=0),
    default=60.0,
    show_default=True,
    help="Seconds to wait for another termkit writing the same glossary folder.",
)


def echo_removed(paths) -> None:
    """Tell the user which temp files of killed writes were cleared (atomic.remove_stale_temporaries)."""
    for path in paths:
        click.echo(f"removed {shown(path)}, left by an interrupted write", err=True)


def shown(path: str | Path) -> str:
    """A path as a user would type it: relative to the current folder when inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def base_in_use(termbase_path: str | None) -> tuple[Path, bool]:
    """The base a command reads, and whether reference data is merged into it: the
    project's curated base by default; outside a project, --termbase is needed."""
    from toolkit.project import find_project

    project = find_project()
    if termbase_path is None:
        if project is None:
            raise InputError(Path.cwd(), "not inside a termkit project (no termkit.toml here or above); "
                             "give --termbase FILE, or run `termkit init` to make a project")
        return project.termbase, project.reference_data
    return Path(termbase_path), project is not None and project.merges_reference(termbase_path)


@contextlib.contextmanager
def progress_bar(label: str, quiet: bool):
    """A progress bar on stderr, only on a terminal (not when piped, nor with --quiet); yields
    the `progress(done, total, item)` callback the library calls. The bar appears at the first
    call, when the total is known, and is filled when the command's work ends."""
    if quiet or not sys.stderr.isatty():
        yield lambda done, total, item="": None
        return
    with contextlib.ExitStack() as stack:
        bars = []

        def progress(done: int, total: int, item: str = "") -> None:
            if not bars:
                bars.append(stack.enter_context(click.progressbar(
                    length=max(total, 1), label=label, file=sys.stderr, item_show_func=lambda shown: shown)))
            bars[0].update(done - bars[0].pos, item)

        yield progress
        if bars:
            bars[0].update(bars[0].length - bars[0].pos)
