"""A sorted list of strings stored as one newline-joined string plus an array of starts.

Loading 250,000 separate strings from a cache costs more than the rest of a look-up;
one string and one array load as two copies, and binary search needs only ~18 slices.
"""

from __future__ import annotations

from array import array


class SortedKeys:
    """Sequence[str] over sorted keys (none containing a newline), bisect-able."""

    def __init__(self, joined: str, starts: bytes):
        self._joined = joined
        self._starts = array("I", starts)
        self._split: list[str] | None = None

    @staticmethod
    def plain(keys: list[str]) -> tuple[str, bytes]:
        """(joined, starts) for sorted `keys`: what __init__ takes and a cache stores."""
        starts = array("I", [0])
        for key in keys:
            starts.append(starts[-1] + len(key) + 1)
        return "\n".join(keys), starts.tobytes()

    def plain_parts(self) -> tuple[str, bytes]:
        return self._joined, self._starts.tobytes()

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, position: int) -> str:
        return self._joined[self._starts[position]:self._starts[position + 1] - 1]

    def as_list(self) -> list[str]:
        """All keys as a list (for scanning them all), split on first use."""
        if self._split is None:
            self._split = self._joined.split("\n") if len(self) else []
        return self._split
