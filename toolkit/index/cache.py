"""termkit's one on-disk cache: indexes keyed by the content of the term base they were built from.

The key is sha256 over the file's bytes, the index kind, its format version and the Python
version (marshal's format is Python's), so an edited base, a new termkit or another Python
never sees a stale index. A damaged file is treated as absent and rebuilt; an unwritable
cache folder only costs speed.

Hashing a 60 MB base takes 0.15 s, half of a look-up's budget, so the digest is remembered
with the file's stat (size, mtime, ctime, inode) as git's index does, and, as git does
against "racy" files, only once the file is older than STAT_TRUST_AFTER seconds: a write in
the same clock tick as the hashing can never hide behind an unchanged stat.

Entries come in three encodings, one file each, all named KIND-KEY with one pruning rule:
a marshalled payload (cached), a marshalled header with a blob read in slices
(cached_with_blob), and a table in hash buckets read bucket by bucket (cached_buckets, see
store.py). Since keys are contents, one folder serves every project: the user's cache
folder, whatever the current directory.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path

from toolkit.errors import InputError
from toolkit.index.store import FORMAT as STORE_FORMAT, BucketStore, pack

CACHE_ENV = "TERMKIT_CACHE_DIR"
KEEP_PER_KIND = 4
KEEP_STAMPS = 64  # remembered digests (one per base file and index kind), a few hundred bytes each
STAT_TRUST_AFTER = 2.0


def cache_dir() -> Path:
    """$TERMKIT_CACHE_DIR, else termkit in the user's cache folder ($XDG_CACHE_HOME or ~/.cache)."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "termkit"


def content_key(path: str | os.PathLike, kind: str, version: str) -> str:
    """Hex sha256 of the file's bytes plus what else decides the index's shape."""
    salt = f"{kind}\0{version}\0{sys.version_info[:2]}\0"
    try:
        stat = os.stat(path)
        stamp = (os.path.realpath(path), salt, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, stat.st_dev)
        stamp_path = cache_dir() / f"stamp-{hashlib.sha256(repr(stamp[:2]).encode()).hexdigest()[:32]}.marshal"
        remembered = _read_stamp(stamp_path)
        if remembered is not None and remembered[0] == stamp:
            return remembered[1]
        digest = hashlib.sha256(salt.encode())
        with open(path, "rb") as stream:
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as err:
        raise InputError(path, f"cannot read term base: {err.strerror or err}") from err
    key = digest.hexdigest()
    if time.time_ns() - max(stat.st_mtime_ns, stat.st_ctime_ns) > STAT_TRUST_AFTER * 1e9:
        _write_quietly(stamp_path, marshal.dumps((stamp, key)))
        _prune(stamp_path, "stamp", keep=KEEP_STAMPS, key_length=32)
    return key


def _read_stamp(path: Path) -> tuple | None:
    try:
        stamp, key = marshal.loads(path.read_bytes())
        return stamp, key
    except Exception:  # noqa: BLE001 - absent or damaged: hash the file instead
        return None


def _write_quietly(path: Path, *chunks: bytes) -> None:
    from toolkit.files import atomic  # imported here: a cache hit should not pay for tempfile

    try:
        atomic.write_chunks(path, chunks)
        atomic.remove_stale_temporaries(path)
    except (InputError, OSError):
        pass


def _cache_file(kind: str, key: str, suffix: str = ".marshal") -> Path:
    """Where the cache keeps `kind` for `key` (.marshal: a marshal header, then raw bytes for
    some kinds; .buckets: a bucket store)."""
    return cache_dir() / f"{kind}-{key}{suffix}"


def mark_used(path: Path) -> None:
    """Refresh a cache file's mtime on a hit, so pruning by mtime keeps the most recently used."""
    try:
        os.utime(path)
    except OSError:
        pass


def cached(kind: str, key: str, build: Callable[[], object]) -> object:
    """The plain-data index `kind` for `key`, from disk when present, else built and stored."""
    path = _cache_file(kind, key)
    try:
        stored_kind, stored_key, payload = marshal.loads(path.read_bytes())
        if (stored_kind, stored_key) == (kind, key):
            mark_used(path)
            return payload
    # A damaged file can fail in many ways (EOFError, ValueError, TypeError...): rebuild.
    except Exception:  # noqa: BLE001
        pass
    payload = build()
    _write_quietly(path, marshal.dumps((kind, key, payload)))
    _prune(path, kind)
    return payload


class Slices:
    """Byte ranges of a blob stored after an index's header, read from disk only on request."""

    def __init__(self, data: bytes | None = None, stream=None, start: int = 0):
        self._data, self._stream, self._start = data, stream, start

    def read(self, begin: int, end: int) -> bytes:
        if self._data is not None:
            return self._data[begin:end]
        # a positional read: processes forked by `check --jobs` share the file's offset
        return os.pread(self._stream.fileno(), end - begin, self._start + begin)

    def load_all(self) -> None:
        """Read the whole blob into memory (before many reads: one read beats thousands)."""
        if self._data is None:
            size = os.fstat(self._stream.fileno()).st_size - self._start
            self._data = os.pread(self._stream.fileno(), size, self._start)
            self._stream.close()


def cached_with_blob(kind: str, key: str, build: Callable[[], tuple[object, bytes]]) -> tuple[object, Slices]:
    """Like cached(), for an index with one large bytes part that is only ever read in slices.

    The file is the marshal header (kind, key, payload, blob size) followed by the raw blob,
    so loading reads the header and leaves the blob on disk (a look-up shows ten concepts
    of 50,000). A file whose size disagrees with its header is damaged and rebuilt.
    """
    path = _cache_file(kind, key)
    try:
        stream = open(path, "rb")
        try:
            stored_kind, stored_key, payload, size = marshal.load(stream)
            start = stream.tell()
            if (stored_kind, stored_key) == (kind, key) and os.fstat(stream.fileno()).st_size == start + size:
                mark_used(path)
                return payload, Slices(stream=stream, start=start)
        except Exception:  # noqa: BLE001 - damaged: rebuild below
            pass
        stream.close()
    except OSError:
        pass
    payload, blob = build()
    _write_quietly(path, marshal.dumps((kind, key, payload, len(blob))), blob)
    _prune(path, kind)
    return payload, Slices(data=blob)


def has_bytes(kind: str, key: str) -> bool:
    """Has store_bytes() kept something under `key` (not yet checked: stored_bytes does that)?"""
    return _cache_file(kind, key).is_file()


def stored_bytes(kind: str, key: str) -> bytes | None:
    """The bytes kept by store_bytes() under `key`, or None when absent or damaged.

    Unlike an index, such bytes may be handed to a C extension as they are, so their
    checksum is verified first: a damaged file is never read as valid.
    """
    path = _cache_file(kind, key)
    try:
        with open(path, "rb") as stream:
            stored_kind, stored_key, size, checksum = marshal.load(stream)
            data = stream.read()
        if (stored_kind, stored_key, size, checksum) == (kind, key, len(data), zlib.crc32(data)):
            mark_used(path)
            return data
    except Exception:  # noqa: BLE001 - absent or damaged: the caller rebuilds
        pass
    return None


def store_bytes(kind: str, key: str, data: bytes) -> None:
    """Keep `data` under `key` (header: kind, key, size, crc32), pruning older ones of its kind."""
    path = _cache_file(kind, key)
    _write_quietly(path, marshal.dumps((kind, key, len(data), zlib.crc32(data))), data)
    _prune(path, kind)


def cached_buckets(kind: str, key: str, build: Callable[[], tuple[dict, object]]) -> BucketStore:
    """The bucket store `kind` for `key`, else built from (table, extra), saved and opened.

    An unwritable folder only costs speed: the store is then served from memory. The file's
    name carries the store's layout, so two termkit versions sharing the cache keep one each
    instead of rebuilding the other's on every run.
    """
    key = hashlib.sha256(f"{key}\0{STORE_FORMAT}".encode()).hexdigest()
    path = _cache_file(kind, key, ".buckets")
    try:
        stream = open(path, "rb")
    except OSError:
        stream = None
    if stream is not None:
        try:
            found = BucketStore.from_file(stream, kind, key)
        # A damaged file can fail in many ways (OSError, EOFError, ValueError...): rebuild.
        except Exception:  # noqa: BLE001
            found = None
        if found is not None:
            mark_used(path)
            return found
        stream.close()
    table, extra = build()
    data = pack(table, (kind, key, extra))
    _write_quietly(path, data)
    _prune(path, kind)
    return BucketStore.from_bytes(data, kind, key)


def _prune(kept: Path, kind: str, keep: int = KEEP_PER_KIND, key_length: int = 64) -> None:
    """Keep the most recently used few entries of one kind; older bases' only take space."""
    try:
        siblings = [p for p in kept.parent.glob(f"{kind}-*{kept.suffix}") if len(p.stem) == len(kind) + 1 + key_length]
        siblings.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        for old in siblings[keep:]:
            if old != kept:
                old.unlink(missing_ok=True)
    except OSError:
        pass
