"""One parse of a term base for every index built from it in one run.

The look-up index, the matcher and check's stores are each cached by the base's content, so
on a warm cache none of them reads the base. On a cold one (a new or changed base) they are
built together (`termkit build`, `import`, the first `check`) and share this reader, so the
TBX is parsed, and reference data merged, once.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache
from pathlib import Path

from toolkit.model.termbase import TermBase


def shared_reader(path: str | os.PathLike, with_reference: bool) -> Callable[[], TermBase]:
    """A function returning the base at `path` as used (reference data merged in, if asked),
    read on its first call only."""
    from toolkit.termbase.reference import read_for_use

    @cache
    def read() -> TermBase:
        return read_for_use(Path(path), with_reference)

    return read
