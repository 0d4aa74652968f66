"""The on-disk bucket store: every key found, absent keys answered without a read, damage refused."""

from __future__ import annotations

import pytest

from toolkit.index import cache
from toolkit.index.store import BucketStore, pack

TABLE = {f"s:{word}": number for number, word in enumerate(
    ["외교부제1차관", "중미통합체제", "sica", "mikta", "vice minister", "cabei", "한중미", "costa rica"] * 40)}
TABLE.update({f"k:{n}": [n, n + 1] for n in range(300)})


def counted(data: bytes):
    reads = []

    def read(begin: int, end: int) -> bytes:
        reads.append((begin, end))
        return data[begin:end]
    return read, reads


def test_every_key_comes_back_with_its_value():
    store = BucketStore.from_bytes(pack(TABLE, ("check-nearmiss", "k1", ("extra", 1))), "check-nearmiss", "k1")
    assert store.extra == ("extra", 1)
    assert all(store.get(key) == value for key, value in TABLE.items())


def test_absent_keys_are_answered_without_reading_the_file():
    data = pack(TABLE, ("check-nearmiss", "k1", None))
    read, reads = counted(data)
    store = BucketStore.open(read, len(data), "check-nearmiss", "k1")
    opened = len(reads)
    absent = [f"s:{n}번째 없는 이름" for n in range(2000)]
    assert [store.get(key, "none") for key in absent] == ["none"] * len(absent)
    assert len(reads) - opened <= 2  # a 32-bit code shared by chance costs one read
    store.get("s:sica")
    assert len(reads) - opened >= 1


def test_a_store_of_another_kind_key_or_layout_is_refused():
    data = pack(TABLE, ("check-nearmiss", "k1", None))
    assert BucketStore.from_bytes(data, "check-concepts", "k1") is None
    assert BucketStore.from_bytes(data, "check-nearmiss", "k2") is None
    assert BucketStore.from_bytes(data[:-1], "check-nearmiss", "k1") is None


def test_a_cut_cache_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("TERMKIT_CACHE_DIR", str(tmp_path))
    cache.cached_buckets("check-nearmiss", "k1", lambda: (TABLE, None))
    [stored] = tmp_path.glob("check-nearmiss-*.buckets")
    stored.write_bytes(stored.read_bytes()[:-10])
    rebuilt = cache.cached_buckets("check-nearmiss", "k1", lambda: (TABLE, "rebuilt"))
    assert rebuilt.extra == "rebuilt" and rebuilt.get("s:mikta") == TABLE["s:mikta"]
    reopened = cache.cached_buckets("check-nearmiss", "k1", lambda: pytest.fail("the rebuilt file was not kept"))
    assert reopened.get("k:7") == [7, 8]


def test_stores_of_another_layout_keep_their_own_file(tmp_path, monkeypatch):
    """Two termkit versions sharing the cache must not rebuild each other's store every run."""
    monkeypatch.setenv("TERMKIT_CACHE_DIR", str(tmp_path))
    cache.cached_buckets("check-nearmiss", "k1", lambda: (TABLE, None))
    monkeypatch.setattr(cache, "STORE_FORMAT", "buckets-older")
    cache.cached_buckets("check-nearmiss", "k1", lambda: (TABLE, None))
    assert len(list(tmp_path.glob("check-nearmiss-*.buckets"))) == 2
