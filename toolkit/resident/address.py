"""Where the server listens: one Unix socket per user, cache folder and installation, in a
folder only that user may enter (the server runs commands as whoever connects)."""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from pathlib import Path


def socket_path() -> Path | None:
    """The socket of this installation and cache folder; None where there is no safe folder
    for it (no Unix sockets, or the folder is someone else's or open to others)."""
    from toolkit.index.cache import cache_dir

    if not hasattr(os, "getuid"):
        return None
    runtime = os.environ.get("XDG_RUNTIME_DIR") or os.environ.get("TMPDIR") or "/tmp"
    folder = Path(runtime) / f"termkit-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        status = os.lstat(folder)
    except OSError:
        return None
    if not stat.S_ISDIR(status.st_mode) or status.st_uid != os.getuid() or status.st_mode & 0o077:
        return None
    installation = f"{Path(cache_dir()).absolute()}\0{sys.prefix}\0{Path(__file__).resolve().parent.parent}"
    return folder / f"{hashlib.sha256(installation.encode()).hexdigest()[:24]}.sock"
