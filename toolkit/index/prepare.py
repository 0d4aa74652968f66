"""Every on-disk index of a base, built when the base is written (build, import), so the
first look-up or check after a change answers from the cache instead of building it."""

from __future__ import annotations

from pathlib import Path


def build_indexes(termbase_path: Path, with_reference: bool) -> None:
    """The look-up index, the matcher with its automaton, and check's concept and near-miss
    stores, as `termkit lookup` and `termkit check` will load them."""
    from toolkit.check.base import load_base
    from toolkit.index.lookup import load_lookup_index
    from toolkit.index.reader import shared_reader

    read = shared_reader(termbase_path, with_reference)  # one parse for all of them
    load_lookup_index(termbase_path, with_reference, read)
    load_base(termbase_path, with_reference=with_reference, read=read).near_miss_index()
