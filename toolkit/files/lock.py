"""One writer at a time per glossary folder: an advisory lock around build and import.

flock is released by the kernel when the process dies, so a killed build never leaves a
stale lock behind.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from pathlib import Path

from toolkit.errors import InputError

LOCK_NAME = ".termkit.lock"


@contextlib.contextmanager
def project_lock(folder: Path, wait_seconds: float = 60.0, on_wait=None):
    """Hold the lock of `folder`; wait up to `wait_seconds` for another termkit to finish."""
    path = Path(folder) / LOCK_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as handle:
        deadline = time.monotonic() + wait_seconds
        announced = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise InputError(path, f"another termkit is writing {folder}; gave up after {wait_seconds:g} s") from None
                if on_wait and not announced:
                    on_wait(f"waiting for another termkit writing {folder} ...")
                    announced = True
                time.sleep(0.1)
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
