"""Term base file formats: one module per format, each with its own read/write functions."""

from __future__ import annotations

import importlib
from pathlib import Path

from toolkit.errors import InputError
from toolkit.model.termbase import TermBase

# File suffix -> "module:reader". Imported lazily: reading a TBX never loads polib.
READERS = {
    ".tbx": "toolkit.formats.tbx:read_tbx",
    ".xml": "toolkit.formats.tbx:read_tbx",
    ".csv": "toolkit.formats.csvfile:read_csv",
    ".tsv": "toolkit.formats.csvfile:read_csv",
    ".xlsx": "toolkit.formats.xlsx:read_xlsx",
    ".po": "toolkit.formats.po:read_po",
    ".pot": "toolkit.formats.po:read_po",
}


def read_any(path: str | Path, warnings: list[str] | None = None) -> TermBase:
    """Read a term base in any importable format, chosen by the file's suffix.

    Each reader takes (path, warnings) and appends "path:line: message" for what it skipped.
    """
    path = Path(path)
    target = READERS.get(path.suffix.lower())
    if target is None:
        known = ", ".join(sorted(READERS))
        raise InputError(path, f"unknown term base format {path.suffix or '(no suffix)'!r}; expected one of {known}")
    module_name, function = target.split(":")
    return getattr(importlib.import_module(module_name), function)(path, warnings)


def text_file_bytes(path: Path, empty: str, binary: str) -> bytes:
    """A text file's bytes for a reader; unreadable, empty (`empty` says what is missing) and
    binary (`binary` says what it is not) files are one-line InputErrors."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(path, f"cannot read: {err.strerror or err}") from err
    if not data.strip():
        raise InputError(path, f"empty file: {empty}")
    if b"\0" in data:
        raise InputError(path, f"binary file: {binary}")
    return data
