"""The `termkit` command: a thin click layer over the library.

Subcommands are imported only when invoked, so `termkit lookup` does not pay for lxml,
babel or the extractor at start-up. Each subcommand lives in its own module here.
"""

from __future__ import annotations

import importlib
import sys

import click

from toolkit import __version__
from toolkit.errors import InputError

# name -> "module:function". One line per command; the module owns the command's options.
COMMANDS: dict[str, str] = {
    "build": "toolkit.cli.build_cmd:build",
    "check": "toolkit.cli.check_cmd:check",
    "clean": "toolkit.cli.clean_cmd:clean",
    "extract": "toolkit.cli.extract_cmd:extract",
    "init": "toolkit.cli.init_cmd:init",
    "validate": "toolkit.cli.termbase_cmds:validate",
    "import": "toolkit.cli.termbase_cmds:import_",
    "export": "toolkit.cli.export_cmd:export",
    "lookup": "toolkit.cli.lookup_cmd:lookup",
    "review": "toolkit.cli.review_cmd:review",
    "serve": "toolkit.resident.command:serve",  # the layer around the command (docs/architecture.md)
}


class LazyGroup(click.Group):
    """A group whose commands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        return getattr(importlib.import_module(module_name), attribute)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="termkit")
@click.option("--verbose", is_flag=True, help="Show tracebacks and extra detail on errors.")
@click.pass_context
def cli(ctx: click.Context, verbose: bool) -> None:
    """termkit: official names of a foreign ministry's releases in English, Korean and Spanish.

    \b
    Examples:
      termkit build                      # sources/ + glossary/ -> glossary/, locales/
      termkit lookup 외교부는            # a name in any of en/ko/es
      termkit check release.txt          # naming linter
    """
    ctx.ensure_object(dict)
    ctx.obj["verbose"] = verbose


UNSHOWN = "termkit-unshown"  # codec error handler: replace, and remember that it did
_unshown: list[str] = []


def _replace_unshown(error: UnicodeEncodeError):
    _unshown.append(error.encoding)
    return "?" * (error.end - error.start), error.end


def _tolerant_output() -> None:
    """Output never crashes on a terminal's encoding (cp949, euc-kr, ascii): what it cannot
    show becomes "?", and the user is told once at exit."""
    import codecs

    codecs.register_error(UNSHOWN, _replace_unshown)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors=UNSHOWN)


def _report_unshown() -> None:
    try:
        sys.stdout.flush()  # the replacements happen as the buffer is encoded
    except OSError:
        pass
    if _unshown:
        sys.stderr.write(f"termkit: some characters cannot be shown in {_unshown[0]} and were printed as '?'; "
                         "use a UTF-8 terminal (PYTHONIOENCODING=utf-8) or write to a file\n")
        _unshown.clear()


def main(argv: list[str] | None = None) -> None:
    """Entry point: InputError and OS errors become one line on stderr and exit status 2."""
    args = sys.argv[1:] if argv is None else argv
    _tolerant_output()
    try:
        run(args)
    finally:
        _report_unshown()


def run(args: list[str]) -> None:
    """Run one command line to its exit (SystemExit with the status); also what the resident
    server (toolkit.resident) runs for a client."""
    from toolkit.cli.gc_pause import gc_paused

    try:
        with gc_paused():  # the library builds large acyclic graphs; see toolkit/cli/gc_pause.py
            cli.main(args=args, prog_name="termkit", standalone_mode=False)
    except InputError as err:
        if "--verbose" in args:
            raise
        click.echo(f"termkit: {err.one_line()}", err=True)
        sys.exit(err.exit_code)
    except click.exceptions.Exit as exit_:
        sys.exit(exit_.exit_code)
    except click.ClickException as err:
        err.show()
        sys.exit(2 if isinstance(err, click.UsageError) else err.exit_code)
    except click.Abort:
        click.echo("termkit: aborted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except OSError as err:  # permissions, read-only folder, disk full, a lock held
        if "--verbose" in args:
            raise
        click.echo(f"termkit: {err.filename or '<output>'}: {err.strerror or err}", err=True)
        sys.exit(2)
    sys.exit(0)
