"""The Aho-Corasick automaton over a matcher's keys, kept on disk beside the matcher's index.

daachorse (a Rust double-array Aho-Corasick, character-wise, so offsets are str indexes)
builds the automaton for 200,000 keys in ~1 s but reads a stored one in ~0.05 s, so it is
built once per term base, with the matcher's index. A stored automaton is used only if its
checksum holds (toolkit.index.cache.stored_bytes) and daachorse accepts it; the cache key
names the installed daachorse by the stat of its package file, which every install rewrites
(asking importlib.metadata for the version costs 50 ms), so an upgrade rebuilds.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Callable

from daachorse import CharwiseDoubleArrayAhoCorasick as Automaton

from toolkit.index.cache import has_bytes, store_bytes, stored_bytes

KIND = "automaton"


def build_automaton(keys: list[str]) -> Automaton:
    """An automaton whose pattern id for keys[i] is i (the matcher's key group)."""
    return Automaton(keys)


def is_stored(index_key: str) -> bool:
    """Is an automaton for the index `index_key` in the cache (so using it costs a read)?"""
    return has_bytes(KIND, _automaton_key(index_key))


def load_or_build(keys: Callable[[], list[str]], index_key: str | None) -> Automaton:
    """The automaton for `keys()`; kept in the cache when `index_key` (the index's cache key) is given."""
    if index_key is None:
        return build_automaton(keys())
    key = _automaton_key(index_key)
    stored = stored_bytes(KIND, key)
    if stored is not None:
        try:
            return Automaton.deserialize(stored)
        except ValueError:  # written by another daachorse: rebuild
            pass
    automaton = build_automaton(keys())
    store_bytes(KIND, key, automaton.serialize())
    return automaton


def _automaton_key(index_key: str) -> str:
    library = os.stat(sys.modules[Automaton.__module__].__file__)
    layout = f"{index_key}\0daachorse\0{library.st_size}\0{library.st_mtime_ns}"
    return hashlib.sha256(layout.encode()).hexdigest()
