"""A dict split into hash buckets, kept on disk and read bucket by bucket.

The check caches (concepts, near-miss index) of a 50,000-concept base hold ~800,000 keys in
~75 MB; reading and unmarshalling them whole takes most of a second, but a one-page release
touches a few thousand keys. With a few keys per bucket, a page reads a few thousand tiny
slices, and a 20 MB corpus never holds more than the buckets it is reading. (sqlite would do
too, but a bucket read is one marshal.loads of a slice.)

Nearly every look-up is of an absent key (99% of the 1.8 million of a 2 MB Korean slice:
the near-miss search asks for every squashed window), so the sorted CRC-32 codes of the
keys are held in memory (4 bytes a key) and an absent key is answered without a read.

File layout: 8-byte big-endian header length, marshal((FORMAT, kind, key, extra, buckets,
codes)), the keys' sorted distinct CRC-32 codes (4-byte big-endian), the bucket ends (8-byte
big-endian offsets), then the buckets, each a marshalled dict. The cache
(cache.cached_buckets) keeps such files; a damaged or older one is rebuilt.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Callable
from functools import partial
from typing import BinaryIO


FORMAT = "buckets-4"  # files of another layout (or an older near-miss table) are rebuilt
KEYS_PER_BUCKET = 4  # a bucket's unmarshalling cost grows with its keys; a page reads thousands


def key_code(key: str) -> int:
    """Stable across runs and Pythons (unlike hash()): picks the bucket, and answers most
    look-ups of absent keys."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass"))


def pack(table: dict[str, object], header: tuple) -> bytes:
    """The file's bytes: header (kind, key, extra) plus the table in buckets."""
    buckets = max(1, len(table) // KEYS_PER_BUCKET)
    parts: list[dict[str, object]] = [{} for _ in range(buckets)]
    codes = set()
    for key, value in table.items():
        code = key_code(key)
        codes.add(code)
        parts[code % buckets][key] = value
    blobs = [marshal.dumps(part) for part in parts]
    ends, size = array("Q"), 0
    for blob in blobs:
        size += len(blob)
        ends.append(size)
    head = marshal.dumps((FORMAT, *header, buckets, len(codes)))
    return (len(head).to_bytes(8, "big") + head + _big_endian(array("I", sorted(codes)))
            + _big_endian(ends) + b"".join(blobs))


class BucketStore:
    """Read side of pack(): get(key) unmarshals the key's bucket, every time. Keeping the
    buckets read would hold the whole table once a large corpus has touched it (1.1 GB of
    objects for the realistic 50,000-concept base); a bucket of a few keys is unmarshalled
    in microseconds, and the near-miss search remembers the words it has judged.

    Buckets are read with positional reads, not through mmap: the kernel maps the pages
    around every touched page of a mapping, so a page's few thousand random reads brought
    the whole 190 MB near-miss file into the process's memory. Only the bucket ends (8
    bytes a bucket) and the keys' codes are held."""

    def __init__(self, read: Callable[[int, int], bytes], extra, codes: array, ends: array, offset: int):
        self._read, self.extra, self._codes, self._ends, self._offset = read, extra, codes, ends, offset

    @classmethod
    def from_bytes(cls, data: bytes, kind: str, key: str) -> "BucketStore | None":
        """The store in `data`, or None when it is not the expected one."""
        return cls.open(lambda begin, end: data[begin:end], len(data), kind, key)

    @classmethod
    def from_file(cls, stream: BinaryIO, kind: str, key: str) -> "BucketStore | None":
        """The store in the open file `stream` (kept open by the store), or None when it is not
        the expected one. Positional reads: processes forked by `check --jobs` share the offset."""
        return cls.open(partial(_read_at, stream), os.fstat(stream.fileno()).st_size, kind, key)

    @classmethod
    def open(cls, read: Callable[[int, int], bytes], size: int, kind: str, key: str) -> "BucketStore | None":
        header_size = int.from_bytes(read(0, 8), "big")
        header = marshal.loads(read(8, 8 + header_size))
        if not isinstance(header, tuple) or len(header) != 6 or header[:3] != (FORMAT, kind, key):
            return None
        extra, buckets, count = header[3:]
        codes_at = 8 + header_size
        ends_at = codes_at + count * 4
        offset = ends_at + buckets * 8
        codes = _from_big_endian("I", read(codes_at, ends_at))
        ends = _from_big_endian("Q", read(ends_at, offset))
        intact = len(codes) == count and len(ends) == buckets and size == offset + ends[-1]
        return cls(read, extra, codes, ends, offset) if intact else None

    def get(self, key: str, default=None):
        code = key_code(key)
        at = bisect_left(self._codes, code)
        if at == len(self._codes) or self._codes[at] != code:
            return default
        number = code % len(self._ends)
        start = self._ends[number - 1] if number else 0
        return marshal.loads(self._read(self._offset + start, self._offset + self._ends[number])).get(key, default)

def _read_at(stream: BinaryIO, begin: int, end: int) -> bytes:
    return os.pread(stream.fileno(), end - begin, begin)


def _big_endian(numbers: array) -> bytes:
    if sys.byteorder == "little":
        numbers = array(numbers.typecode, numbers)
        numbers.byteswap()
    return numbers.tobytes()


def _from_big_endian(typecode: str, data: bytes) -> array:
    numbers = array(typecode, data[: len(data) - len(data) % array(typecode).itemsize])
    if sys.byteorder == "little":
        numbers.byteswap()
    return numbers
