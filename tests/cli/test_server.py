"""`termkit serve`: check and lookup answered by a warm process print what they print on their
own (same bytes, same exit status), see a changed base, and fall back to running in the
command's own process whenever the server cannot or does not answer."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT, SHIPPED, on_a_terminal
from toolkit.formats.tbx import save_termbase
from toolkit.model.termbase import Concept, Term, TermBase

STARTUP_SECONDS = 120


class Server:
    """A `termkit serve` process with its own cache and socket folders, and the environment
    of a client that reaches it (`served`) or, with another socket folder, does not (`alone`)."""

    def __init__(self, cache: Path, idle_minutes: float = 10):
        self.runtime = Path(tempfile.mkdtemp(prefix="tk"))  # short: a socket's path has ~100 bytes
        self.served = {**os.environ, "TERMKIT_CACHE_DIR": str(cache), "XDG_RUNTIME_DIR": str(self.runtime)}
        self.alone = {**self.served, "XDG_RUNTIME_DIR": str(self.runtime / "elsewhere")}
        (self.runtime / "elsewhere").mkdir(mode=0o700)
        self.process = subprocess.Popen([sys.executable, "-m", "toolkit", "serve", "--idle", str(idle_minutes)],
                                        cwd=ROOT, env=self.served, stderr=subprocess.PIPE, text=True)
        self.log: list[str] = []
        self.process_log = threading.Thread(target=self._read_log, daemon=True)
        self.process_log.start()
        deadline = time.monotonic() + STARTUP_SECONDS
        while not any("listening" in line for line in self.log):
            assert self.process.poll() is None, self.log
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)

    def _read_log(self) -> None:
        for line in self.process.stderr:
            self.log.append(line.rstrip("\n"))

    def socket(self) -> Path:
        return next((self.runtime / f"termkit-{os.getuid()}").glob("*.sock"))

    def requests(self) -> list[str]:
        return [line for line in self.log if ": exit " in line]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            self.process.wait(timeout=60)
        self.process_log.join(timeout=10)
        shutil.rmtree(self.runtime, ignore_errors=True)


def run(env: dict, *args: str, cwd: Path = ROOT) -> tuple[int, bytes, bytes]:
    done = subprocess.run([sys.executable, "-m", "toolkit", *args], cwd=cwd, env=env, capture_output=True,
                          timeout=300)
    return done.returncode, done.stdout, done.stderr


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    started = Server(tmp_path_factory.mktemp("served-cache"))
    yield started
    started.stop()


def served_and_alone(server: Server, *args: str, cwd: Path = ROOT) -> tuple[tuple, tuple]:
    """The command's result through the server (asserting that the server ran it) and on its own."""
    before = len(server.requests())
    served = run(server.served, *args, cwd=cwd)
    assert len(server.requests()) == before + 1, server.log
    return served, run(server.alone, *args, cwd=cwd)


@pytest.mark.parametrize("args", [
    ("check", str(SHIPPED / "en_release_errors.txt")),
    ("check", str(SHIPPED / "es_release_errors.txt"), "--format", "json"),
    ("check", str(SHIPPED / "en_release_errors.txt"), "--disable", "TK103", "--format", "sarif"),
    ("check", str(SHIPPED / "es_release_errors.txt"), "--diff"),
    ("check", "no-such-release.txt"),
    ("lookup", "외교부는"),
    ("lookup", "Sistema de la Integracion Centroamericana", "--format", "json"),
    ("lookup", "a name nobody has"),
])
def test_a_served_command_prints_what_it_prints_alone(server, args):
    served, alone = served_and_alone(server, *args)
    assert served == alone
    assert served[0] in (0, 1, 2)


def test_findings_keep_their_colour_on_a_terminal(server):
    """The server knows the client's output is a terminal, so the report is coloured alike."""
    args = ("check", str(SHIPPED / "en_release_errors.txt"))
    served = on_a_terminal(args, ROOT, "stdout", server.served)
    assert b"\x1b[" in served
    assert served == on_a_terminal(args, ROOT, "stdout", server.alone)


def test_a_changed_base_is_read_again(server, tmp_path):
    base = tmp_path / "base.tbx"
    page = tmp_path / "page.txt"
    page.write_text("The delegation met the Pacific Island Forum in Suva.\n", encoding="utf-8")

    def write_base(*terms: tuple[str, str]) -> None:
        concept = Concept("org-pif", subject="organization")
        for text, status in terms:
            concept.add_term("en", Term(text, "fullForm", status))
        save_termbase(TermBase([concept]), base)

    write_base(("Pacific Islands Forum", "preferred"))
    first, alone = served_and_alone(server, "check", "--termbase", str(base), str(page))
    assert first == alone and first[0] == 1 and b"Pacific Islands Forum" in first[1]

    write_base(("Pacific Islands Forum", "preferred"), ("Pacific Island Forum", "admitted"))
    second, alone = served_and_alone(server, "check", "--termbase", str(base), str(page))
    assert second == alone and second != first


def test_fix_runs_in_the_commands_own_process(server, tmp_path):
    release = tmp_path / "release.txt"
    shutil.copy(SHIPPED / "en_release_errors.txt", release)
    before = len(server.requests())
    code, _, err = run(server.served, "check", "--fix", str(release))
    assert len(server.requests()) == before
    assert b"fixed" in err and release.read_bytes() != (SHIPPED / "en_release_errors.txt").read_bytes()


def test_a_second_server_is_refused(server):
    code, out, err = run(server.served, "serve", "--idle", "0.05")  # (were it to start, it stops soon)
    assert code == 2
    assert err.decode().count("\n") == 1 and "already runs" in err.decode()


def test_a_quiet_server_stops_and_removes_its_socket(tmp_path):
    quiet = Server(tmp_path / "cache", idle_minutes=0.02)
    try:
        socket = quiet.socket()
        quiet.process.wait(timeout=60)
        assert quiet.process.returncode == 0
        assert not socket.exists()
        quiet.process_log.join(timeout=10)
        assert any("no request" in line for line in quiet.log)
    finally:
        quiet.stop()


def test_a_killed_servers_socket_does_not_stop_the_command(tmp_path):
    killed = Server(tmp_path / "cache")
    try:
        killed.process.kill()
        killed.process.wait(timeout=60)
        assert killed.socket().exists()
        args = ("check", str(SHIPPED / "en_release_errors.txt"))
        assert run(killed.served, *args) == run(killed.alone, *args)
    finally:
        killed.stop()


def test_new_code_sends_the_command_back_and_stops_the_server(tmp_path, monkeypatch):
    """An answer never comes from code older than the client's: when termkit's files change
    under a running server, it answers "run it yourself" and stops."""
    from toolkit.resident import client, server

    runtime = Path(tempfile.mkdtemp(prefix="tk"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("TERMKIT_CACHE_DIR", str(tmp_path / "cache"))
    stamps = iter(["old code", "new code"])
    monkeypatch.setattr(server, "code_stamp", lambda: next(stamps))
    log: list[str] = []
    thread = threading.Thread(target=server.serve, args=(60, log.append), daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not log:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert client.ask_server(["lookup", "SICA"]) is None
        thread.join(timeout=30)
        assert not thread.is_alive()
        assert log[-1] == "termkit's code changed; stopping"
    finally:
        shutil.rmtree(runtime, ignore_errors=True)



def test_a_malformed_request_is_sent_back_and_the_server_goes_on(server):
    """Whatever arrives on the socket, the server answers "run it here" and keeps serving."""
    import marshal
    import socket

    for garbage in (b"", b"not marshal", marshal.dumps((1, [], "/", {}, False)), marshal.dumps((1, ["check"], 7, {}, False))):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.connect(str(server.socket()))
            connection.sendall(garbage)
            connection.shutdown(socket.SHUT_WR)
            assert marshal.loads(connection.recv(1 << 16)) == ("here",)
    served, alone = served_and_alone(server, "lookup", "SICA")
    assert served == alone
