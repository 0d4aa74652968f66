"""The whole base as export reads it, kept in the on-disk cache beside the indexes.

Kept apart from the check and look-up indexes (toolkit.index.loader) so that an export loads
none of their modules.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from toolkit.index.plain import termbase_from_plain, termbase_to_plain
from toolkit.model.termbase import TermBase

SNAPSHOT_VERSION = "1"  # the shape of toolkit.index.plain's tuples: change it with them

def cached_termbase(path: str | os.PathLike, *, with_reference: bool = False,
                    read: Callable[[], TermBase] | None = None) -> TermBase:
    """The whole base as export reads it (reference data merged in, if asked), from a
    marshalled snapshot in the on-disk cache when current: loading it takes a quarter of
    parsing the TBX again."""
    from toolkit.index.cache import cached, content_key
    from toolkit.index.reader import shared_reader
    from toolkit.termbase.reference import reference_stamp

    read = read or shared_reader(path, with_reference)
    version = f"{SNAPSHOT_VERSION}|{reference_stamp()}" if with_reference else SNAPSHOT_VERSION
    plain = cached("termbase", content_key(path, "termbase", version), lambda: termbase_to_plain(read()))
    return termbase_from_plain(plain)
