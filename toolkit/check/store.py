"""A dict split into hash buckets, kept on disk and read bucket by bucket through mmap.

The check caches (concepts, near-miss index) of a 50,000-concept base hold ~500,000 keys in
~60 MB; reading and unmarshalling them whole takes most of a second, but a one-page release
touches a few hundred keys. With 16,384 buckets behind an mmap, a page reads a few hundred
small slices; a 20 MB corpus, which touches them all, pays the full load once. (sqlite would
do too, but a bucket read is one marshal.loads of a slice.)

File layout: 8-byte big-endian header length, marshal((kind, key, extra, bucket ends)), then
the buckets, each a marshalled dict. Written atomically; a damaged file is rebuilt.
"""

from __future__ import annotations

import marshal
import mmap
import os
import zlib
from collections.abc import Callable
from pathlib import Path

from toolkit.errors import InputError

BUCKETS = 16384
KEEP_PER_KIND = 4


def bucket_of(key: str, buckets: int = BUCKETS) -> int:
    """Stable across runs and Pythons (unlike hash())."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % buckets


def pack(table: dict[str, object], header: tuple, buckets: int = BUCKETS) -> bytes:
    """The file's bytes: header (kind, key, extra) plus the table in buckets."""
    parts: list[dict[str, object]] = [{} for _ in range(buckets)]
    for key, value in table.items():
        parts[bucket_of(key, buckets)][key] = value
    blobs = [marshal.dumps(part) for part in parts]
    ends, size = [], 0
    for blob in blobs:
        size += len(blob)
        ends.append(size)
    head = marshal.dumps((*header, ends))
    return len(head).to_bytes(8, "big") + head + b"".join(blobs)


class BucketStore:
    """Read side of pack(): get(key) loads the key's bucket on first use."""

    def __init__(self, data, extra, ends: list[int], offset: int):
        self._data, self.extra, self._ends, self._offset = data, extra, ends, offset
        self._loaded: dict[int, dict[str, object]] = {}

    @classmethod
    def from_bytes(cls, data, kind: str, key: str) -> "BucketStore | None":
        """The store in `data` (bytes or mmap), or None when it is not the expected one."""
        size = int.from_bytes(data[:8], "big")
        stored_kind, stored_key, extra, ends = marshal.loads(data[8 : 8 + size])
        if (stored_kind, stored_key) != (kind, key) or len(data) != 8 + size + (ends[-1] if ends else 0):
            return None
        return cls(data, extra, ends, 8 + size)

    def get(self, key: str, default=None):
        number = bucket_of(key, len(self._ends))
        part = self._loaded.get(number)
        if part is None:
            start = self._offset + (self._ends[number - 1] if number else 0)
            part = self._loaded[number] = marshal.loads(self._data[start : self._offset + self._ends[number]])
        return part.get(key, default)


def cached_store(folder: Path, kind: str, key: str, build: Callable[[], tuple[dict, object]]) -> BucketStore:
    """The store `kind` for `key` from `folder`, else built (table, extra), saved and opened.

    An unwritable folder only costs speed: the store is then served from memory.
    """
    path = folder / f"{kind}-{key}.buckets"
    try:
        with open(path, "rb") as stream:
            store = BucketStore.from_bytes(mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ), kind, key)
        if store is not None:
            return store
    # A missing or damaged file can fail in many ways (OSError, EOFError, ValueError...): rebuild.
    except Exception:  # noqa: BLE001
        pass
    from toolkit import atomic  # only a cold cache writes (tempfile costs import time)

    table, extra = build()
    data = pack(table, (kind, key, extra))
    try:
        atomic.write_bytes(path, data)
        _prune(path, kind)
    except (InputError, OSError):
        pass
    return BucketStore.from_bytes(data, kind, key)


def _prune(kept: Path, kind: str) -> None:
    """Keep the newest few stores of one kind; older bases' stores only take space."""
    siblings = sorted(kept.parent.glob(f"{kind}-*.buckets"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in siblings[KEEP_PER_KIND:]:
        if old != kept:
            os.unlink(old)
