"""The XML parts of an Office (DOCX) or Hangul (HWPX) package, read without trusting it."""

from __future__ import annotations

import zipfile
from pathlib import Path

from toolkit.errors import InputError
from toolkit.inputs.xmltext import RawXml, decode, parse_bytes

# A part bigger than this uncompressed is refused (a zip bomb, not a document).
MAX_PART_BYTES = 200 << 20


def open_package(path: Path, kind: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except OSError as err:
        raise InputError(path, f"cannot read: {err.strerror or err}") from err
    except zipfile.BadZipFile as err:
        raise InputError(path, f"not a {kind} file (not a zip package): {err}") from err


def read_part(path: Path, package: zipfile.ZipFile, name: str) -> RawXml:
    """One XML part, parsed safely and mapped character by character (see xmltext)."""
    where = f"{path}:{name}"
    info = package.getinfo(name)
    if info.file_size > MAX_PART_BYTES:
        raise InputError(where, f"refused: the part unpacks to {info.file_size} bytes")
    try:
        data = package.read(info)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as err:
        raise InputError(where, f"damaged zip member: {err}") from err
    root = parse_bytes(where, data)
    text, encoding = decode(where, data)
    return RawXml.of(text, encoding, root, where)
