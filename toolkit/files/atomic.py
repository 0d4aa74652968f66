"""Atomic file writes: a temp file in the same folder, fsynced, then renamed into place.

An interrupted write (crash, SIGKILL, full disk) leaves the previous file byte-identical.
A SIGKILL can leave the temp file behind; its name (.NAME.PID.RANDOM.tmp) says which process
wrote it, so remove_stale_temporaries can clear it once that process is gone (build, import,
review and export do, for the files they write).
"""

from __future__ import annotations

import glob
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from toolkit.errors import InputError

TEMP_SUFFIX = ".tmp"


def write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Replace `path` with `data`, or leave it untouched if anything fails."""
    write_chunks(path, (data,))


def write_chunks(path: str | os.PathLike, chunks: Iterable[bytes]) -> None:
    """write_bytes for output made piece by piece, so the whole file need never be in
    memory; an exception raised while producing the chunks also leaves `path` untouched."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=TEMP_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.writelines(chunks)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, target)
    except OSError as err:
        _discard(tmp_name)
        raise InputError(target, f"could not write: {err.strerror or err}") from err
    except BaseException:
        _discard(tmp_name)
        raise


def write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    """Text flavour of write_bytes; newlines are written as given (no platform translation)."""
    write_bytes(path, text.encode(encoding))


def _discard(tmp_name: str) -> None:
    try:
        os.unlink(tmp_name)
    except FileNotFoundError:
        pass


def remove_stale_temporaries(path: str | os.PathLike) -> list[Path]:
    """Delete the temp files that writes of `path` left when their process was killed; a
    write in progress (its process alive) is never touched. Returns what was removed."""
    target = Path(path)
    removed = []
    for temporary in sorted(target.parent.glob(f".{glob.escape(target.name)}.*{TEMP_SUFFIX}")):
        writer = _writer_pid(target.name, temporary.name)
        if writer is not None and not _alive(writer):
            _discard(str(temporary))
            removed.append(temporary)
    return removed


def _writer_pid(target_name: str, name: str) -> int | None:
    """The pid in '.TARGET.PID.RANDOM.tmp' (mkstemp's RANDOM has no dots)."""
    middle = name[len(target_name) + 2: -len(TEMP_SUFFIX)]
    pid, dot, random_part = middle.partition(".")
    return int(pid) if dot and pid.isdigit() and random_part and "." not in random_part else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, but another user's
        pass
    return True
