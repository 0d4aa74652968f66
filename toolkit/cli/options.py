"""Options and messages shared by several commands."""

from __future__ import annotations

import click

DEFAULT_TERMBASE = "glossary/termbase.tbx"

termbase_option = click.option(
    "--termbase",
    "termbase_path",
    type=click.Path(dir_okay=False),
    default=DEFAULT_TERMBASE,
    show_default=True,
    help="The term base (TBX v3/v2; some commands also take CSV or PO).",
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
        click.echo(f"removed {path}, left by an interrupted write", err=True)
