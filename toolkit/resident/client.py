"""termkit's entry point: a read-only command goes to a running server, anything else (or
everything, when no server answers) runs in this process."""

from __future__ import annotations

import marshal
import os
import socket
import sys

PROTOCOL = 1
SERVED = ("check", "lookup")
RUN_HERE = ("here",)  # the server's answer when the client should run the command itself


def main() -> None:
    args = sys.argv[1:]
    answer = ask_server(args) if servable(args) else None
    if answer is None:
        from toolkit.cli import main as run_here

        run_here(args)
        return
    status, out, err = answer
    try:
        sys.stdout.buffer.write(out)
        sys.stdout.flush()
    except BrokenPipeError:
        status = 0
    sys.stderr.buffer.write(err)
    sys.stderr.flush()
    sys.exit(status)


def servable(args: list[str]) -> bool:
    """check and lookup, unless they would read standard input or rewrite files, and only for
    UTF-8 output (the server writes UTF-8; another encoding is the command's own business)."""
    utf8 = all((stream.encoding or "").lower().replace("-", "") == "utf8" for stream in (sys.stdout, sys.stderr))
    return bool(args) and args[0] in SERVED and "-" not in args and "--fix" not in args and utf8


def ask_server(args: list[str]) -> tuple[int, bytes, bytes] | None:
    """The server's exit status, standard output and error for `args`, run in this directory
    with this environment; None when no server answers or it asks us to run it here."""
    from toolkit.resident.address import socket_path

    path = socket_path()
    if path is None:
        return None
    try:
        request = marshal.dumps((PROTOCOL, args, os.getcwd(), dict(os.environ), sys.stdout.isatty()))
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.connect(str(path))
            connection.sendall(request)
            connection.shutdown(socket.SHUT_WR)
            answer = marshal.loads(read_all(connection))
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(answer, tuple) or len(answer) != 3:
        return None
    return answer


def read_all(connection: socket.socket) -> bytes:
    chunks = []
    while chunk := connection.recv(1 << 16):
        chunks.append(chunk)
    return b"".join(chunks)
