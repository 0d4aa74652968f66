"""Atomic file writes: a temp file in the same folder, fsynced, then renamed into place.

An interrupted write (crash, SIGKILL, full disk) leaves the previous file byte-identical.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from toolkit.errors import InputError


def write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Replace `path` with `data`, or leave it untouched if anything fails."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
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
