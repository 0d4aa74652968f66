"""`termkit serve`: keep termkit loaded so that check and look-up answer at once (the command of
the resident layer, which wraps the cli: it is named in toolkit.cli.COMMANDS, not imported there)."""

from __future__ import annotations

import click


@click.command()
@click.option("--idle", type=click.FloatRange(min=0, min_open=True), default=30, show_default=True,
              metavar="MINUTES", help="Stop after this many minutes without a request.")
def serve(idle: float) -> None:
    """Answer `termkit check` and `termkit lookup` from one warm process, until stopped
    (Ctrl-C), idle, or termkit itself is updated.

    While it runs, check and lookup in this cache folder print the same output with the
    same exit status, without loading termkit and the base again: a one-page check takes
    a few hundredths of a second. --fix, standard input ("-") and non-UTF-8 terminals run
    in the command's own process. One line per request is logged on standard error.

    \b
    Examples:
      termkit serve &                 # then check and lookup as usual
      termkit serve --idle 5          # stop after five quiet minutes
    """
    import signal
    import sys

    from toolkit.resident.server import serve as run_server

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # `kill` stops it as Ctrl-C does, socket removed
    run_server(idle * 60, log=lambda line: click.echo(f"termkit serve: {line}", err=True))
