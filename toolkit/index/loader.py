"""The one loader of a base's indexes: look-up, matcher, concepts by id and near misses.

Each is cached on disk (toolkit.index.cache, keyed by the base file's content), so checking a
one-page release does not re-read a 50,000-concept TBX: concepts stay plain tuples until a
rule asks for one. On a cold cache all are built from one parse (index.reader), when the base
is written (build_indexes: `termkit build`, `import --accept-all`) or else on first use.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from toolkit.index.matcher import Matcher, load_matcher
from toolkit.index.nearmiss import NearMissIndex
from toolkit.index.plain import concept_from_plain, concept_to_plain
from toolkit.index.store import BucketStore
from toolkit.model.termbase import Concept, TermBase

INDEX_VERSION = "65"


class StoredConcepts:
    """Concept id -> Concept from the on-disk cache, each built on first access."""

    def __init__(self, store: BucketStore):
        self._store = store
        self._built: dict[str, Concept] = {}

    def get(self, concept_id: str) -> Concept | None:
        if concept_id not in self._built:
            plain = self._store.get(concept_id)
            self._built[concept_id] = concept_from_plain(plain) if plain is not None else None
        return self._built[concept_id]


class CheckBase:
    """What the rules consult. The near-miss index is loaded only when a rule asks for it."""

    def __init__(self, concepts, matcher: Matcher, near_miss_loader):
        """`concepts` answers get(concept_id) -> Concept | None (a dict, or StoredConcepts)."""
        self.concepts = concepts
        self.matcher = matcher
        self._near_miss_loader = near_miss_loader
        self._near_miss: NearMissIndex | None = None

    @classmethod
    def from_termbase(cls, termbase: TermBase, *, accent_insensitive: bool = False) -> "CheckBase":
        """Everything built in memory (tests, small bases)."""
        matcher = Matcher.from_termbase(termbase, accent_insensitive=accent_insensitive)
        return cls(termbase.by_id(), matcher, lambda: NearMissIndex.from_termbase(termbase))

    def near_miss_index(self) -> NearMissIndex:
        if self._near_miss is None:
            self._near_miss = self._near_miss_loader()
        return self._near_miss


def load_base(path: str | os.PathLike, *, accent_insensitive: bool = False,
              with_reference: bool = False, read: Callable[[], TermBase] | None = None) -> CheckBase:
    """The base at `path` (any importable format; with reference data merged in, if asked),
    from the on-disk caches when current; on a cold cache the base is parsed once for the
    concepts, the matcher and the near-miss index (`read`, a shared_reader, may come from
    the caller building other indexes too)."""
    from toolkit.index.cache import cached_buckets, content_key
    from toolkit.index.reader import shared_reader
    from toolkit.termbase.reference import reference_stamp

    path = Path(path)
    version = f"{INDEX_VERSION}|{reference_stamp()}" if with_reference else INDEX_VERSION
    concepts_key = content_key(path, "check-concepts", version)
    kept = (concepts_key, accent_insensitive)
    if read is None and kept in _LAST_LOADED:
        return _LAST_LOADED[kept]
    read = read or shared_reader(path, with_reference)

    concepts = cached_buckets(
        "check-concepts", concepts_key,
        lambda: ({concept.id: concept_to_plain(concept) for concept in read().concepts}, None),
    )
    matcher = load_matcher(path, accent_insensitive=accent_insensitive, with_reference=with_reference, read=read)

    def near_misses() -> NearMissIndex:
        key = content_key(path, "check-nearmiss", version)
        return NearMissIndex.from_store(
            cached_buckets("check-nearmiss", key, lambda: NearMissIndex.from_termbase(read()).to_plain())
        )

    base = CheckBase(StoredConcepts(concepts), matcher, near_misses)
    _LAST_LOADED.clear()
    _LAST_LOADED[kept] = base
    return base


# The base loaded last, by the key of its content: a resident process (toolkit.resident) asked
# for the same unchanged base again gets it as loaded, a changed file gets a new key.
_LAST_LOADED: dict[tuple[str, bool], CheckBase] = {}


def build_indexes(termbase_path: Path, with_reference: bool) -> None:
    """The look-up index, the matcher with its automaton, check's concept and near-miss
    stores and export's snapshot, as `termkit lookup`, `check` and `export` will load them."""
    from toolkit.index.lookup import load_lookup_index
    from toolkit.index.reader import shared_reader
    from toolkit.index.snapshot import cached_termbase

    read = shared_reader(termbase_path, with_reference)  # one parse for all of them
    load_lookup_index(termbase_path, with_reference, read)
    load_base(termbase_path, with_reference=with_reference, read=read).near_miss_index()
    cached_termbase(termbase_path, with_reference=with_reference, read=read)
