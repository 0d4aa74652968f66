"""A dict split into hash buckets, kept on disk and read bucket by bucket through mmap.

The check caches (concepts, near-miss index) of a 50,000-concept base hold ~800,000 keys in
~75 MB; reading and unmarshalling them whole takes most of a second, but a one-page release
touches a few thousand keys. With a few keys per bucket, a page reads a few thousand tiny
slices, and a 20 MB corpus never holds more than the buckets it is reading. (sqlite would do
too, but a bucket read is one marshal.loads of a slice.)

File layout: 8-byte big-endian header length, marshal((FORMAT, kind, key, extra, buckets)),
the bucket ends (8-byte big-endian offsets, read in place rather than unmarshalled), then the
buckets, each a marshalled dict. The cache (cache.cached_buckets) keeps such files; a
damaged or older one is rebuilt.
"""

from __future__ import annotations

import marshal
import zlib


FORMAT = "buckets-3"  # files of another layout (or an older near-miss table) are rebuilt
KEYS_PER_BUCKET = 4  # a bucket's unmarshalling cost grows with its keys; a page reads thousands
END_SIZE = 8


def bucket_of(key: str, buckets: int) -> int:
    """Stable across runs and Pythons (unlike hash())."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % buckets


def pack(table: dict[str, object], header: tuple) -> bytes:
    """The file's bytes: header (kind, key, extra) plus the table in buckets."""
    buckets = max(1, len(table) // KEYS_PER_BUCKET)
    parts: list[dict[str, object]] = [{} for _ in range(buckets)]
    for key, value in table.items():
        parts[bucket_of(key, buckets)][key] = value
    blobs = [marshal.dumps(part) for part in parts]
    ends, size = bytearray(), 0
    for blob in blobs:
        size += len(blob)
        ends += size.to_bytes(END_SIZE, "big")
    head = marshal.dumps((FORMAT, *header, buckets))
    return len(head).to_bytes(8, "big") + head + bytes(ends) + b"".join(blobs)


class BucketStore:
    """Read side of pack(): get(key) unmarshals the key's bucket, every time. Keeping the
    buckets read would hold the whole table once a large corpus has touched it (1.1 GB of
    objects for the realistic 50,000-concept base); a bucket of a few keys is unmarshalled
    in microseconds, and the near-miss search remembers the words it has judged."""

    def __init__(self, data, extra, buckets: int, ends_at: int):
        self._data, self.extra, self._buckets = data, extra, buckets
        self._ends_at, self._offset = ends_at, ends_at + buckets * END_SIZE

    @classmethod
    def from_bytes(cls, data, kind: str, key: str) -> "BucketStore | None":
        """The store in `data` (bytes or mmap), or None when it is not the expected one."""
        size = int.from_bytes(data[:8], "big")
        header = marshal.loads(data[8 : 8 + size])
        if not isinstance(header, tuple) or len(header) != 5 or header[:3] != (FORMAT, kind, key):
            return None
        store = cls(data, header[3], header[4], 8 + size)
        return store if len(data) == store._offset + store._end(header[4] - 1) else None

    def _end(self, number: int) -> int:
        """Where bucket `number` ends, counted from the first bucket (-1: the start, 0)."""
        if number < 0:
            return 0
        at = self._ends_at + number * END_SIZE
        return int.from_bytes(self._data[at : at + END_SIZE], "big")

    def get(self, key: str, default=None):
        number = bucket_of(key, self._buckets)
        start, end = self._offset + self._end(number - 1), self._offset + self._end(number)
        return marshal.loads(self._data[start:end]).get(key, default)
