"""`termkit serve`: answer check and look-up requests in one warm process, one at a time.

Each request runs the command exactly as `termkit` would (toolkit.cli.run) in the client's
directory and environment, with its output captured; bases are re-read whenever their files
change (the loader keys what it keeps by content). When termkit's own code changes, the server
tells the client to run the command itself and stops, so an answer never comes from old code.
"""

from __future__ import annotations

import contextlib
import io
import marshal
import os
import socket
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

from toolkit.errors import InputError
from toolkit.resident.address import socket_path
from toolkit.resident.client import PROTOCOL, RUN_HERE, read_all
from toolkit.stamp import code_stamp


def serve(idle_seconds: float, log: Callable[[str], None]) -> None:
    """Listen until `idle_seconds` pass without a request, termkit's code changes, or the
    process is stopped; the socket is removed on the way out."""
    path = socket_path()
    if path is None:
        raise InputError(Path(os.environ.get("XDG_RUNTIME_DIR") or "/tmp"),
                         "no private folder for the server's socket (another user's, or open to others)")
    stamp = code_stamp()
    _warm_up()
    with _listening(path) as listener:
        listener.settimeout(idle_seconds)
        log(f"listening on {path}")
        while True:
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                log(f"no request for {idle_seconds:g} s; stopping")
                return
            with connection:
                connection.settimeout(None)
                request = _request(read_all(connection))
                if request is None or code_stamp() != stamp:
                    _send(connection, RUN_HERE)
                    if request is not None:
                        log("termkit's code changed; stopping")
                        return
                    continue
                started = time.perf_counter()
                status, out, err = answer(*request)
                _send(connection, (status, out, err))
                log(f"{request[0][0]}: exit {status} in {time.perf_counter() - started:.3f} s")


def answer(args: list[str], cwd: str, environ: dict[str, str], stdout_tty: bool) -> tuple[int, bytes, bytes]:
    """Run one command as the client would have: its directory, its environment, output
    captured as UTF-8 (standard output a terminal if the client's is, for colour; standard
    error never, so no progress bar is drawn into the answer)."""
    from toolkit.cli import run

    saved = dict(os.environ), os.getcwd(), sys.stdout, sys.stderr
    out, err = _Captured(stdout_tty), _Captured(False)
    try:
        os.environ.clear()
        os.environ.update(environ)
        sys.stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
        sys.stderr = io.TextIOWrapper(err, encoding="utf-8", write_through=True)
        try:
            os.chdir(cwd)
            run(args)
            status = 0
        except SystemExit as exit_:
            status = _exit_status(exit_.code)
        except OSError as error:  # the client's folder is gone
            print(f"termkit: {error.filename or cwd}: {error.strerror or error}", file=sys.stderr)
            status = 2
        except Exception:  # noqa: BLE001 - a bug shows as it would without the server
            traceback.print_exc()
            status = 1
        return status, out.getvalue(), err.getvalue()
    finally:
        environ_, cwd_, sys.stdout, sys.stderr = saved
        os.environ.clear()
        os.environ.update(environ_)
        os.chdir(cwd_)


class _Captured(io.BytesIO):
    """A stream's bytes, saying whether the client's stream is a terminal."""

    def __init__(self, terminal: bool):
        super().__init__()
        self._terminal = terminal

    def isatty(self) -> bool:
        return self._terminal


def _exit_status(code) -> int:
    """SystemExit's code as the interpreter turns it into a status."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def _request(data: bytes) -> tuple | None:
    """(args, cwd, environ, stdout_tty) from a client of this protocol, else None."""
    try:
        protocol, args, cwd, environ, stdout_tty = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    well_formed = (protocol == PROTOCOL and isinstance(args, list) and args and all(isinstance(arg, str) for arg in args)
                   and isinstance(cwd, str) and isinstance(environ, dict) and isinstance(stdout_tty, bool)
                   and all(isinstance(key, str) and isinstance(value, str) for key, value in environ.items()))
    return (args, cwd, environ, stdout_tty) if well_formed else None


def _send(connection: socket.socket, reply: tuple) -> None:
    with contextlib.suppress(OSError):  # the client gave up waiting
        connection.sendall(marshal.dumps(reply))


@contextlib.contextmanager
def _listening(path: Path) -> Iterator[socket.socket]:
    """A listening socket at `path`, refused when another server already answers there; a
    socket file left by a killed server is replaced."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        with contextlib.suppress(OSError):
            probe.connect(str(path))
            raise InputError(path, "a termkit server already runs for this cache folder")
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        listener.bind(str(path))
        listener.listen(16)
        yield listener
    finally:
        listener.close()
        with contextlib.suppress(OSError):
            path.unlink()


WARM = ("toolkit.cli.check_cmd", "toolkit.cli.lookup_cmd", "toolkit.check.engine", "toolkit.index.lookup",
        "toolkit.ingest.pipeline")


def _warm_up() -> None:
    """Import what check and look-up run, so the first request does not pay for it."""
    import importlib

    for module in WARM:
        importlib.import_module(module)
