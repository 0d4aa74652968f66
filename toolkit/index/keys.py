"""A list of strings stored as one newline-joined string plus an array of starts.

Loading 250,000 separate strings from a cache costs more than the rest of a look-up;
one string and one array load as two copies. Built from sorted strings, the list can be
searched with bisect, which needs only ~18 slices.
"""

from __future__ import annotations

from array import array


class JoinedStrings:
    """Sequence[str] over strings none of which contains a newline."""

    def __init__(self, joined: str, starts: bytes):
        self._joined = joined
        self._starts = array("I", starts)
        self._split: list[str] | None = None

    @staticmethod
    def plain(strings: list[str]) -> tuple[str, bytes]:
        """(joined, starts) for `strings`: what __init__ takes and a cache stores."""
        starts = array("I", [0])
        for string in strings:
            starts.append(starts[-1] + len(string) + 1)
        return "\n".join(strings), starts.tobytes()

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, position: int) -> str:
        return self._joined[self._starts[position]:self._starts[position + 1] - 1]

    def as_list(self) -> list[str]:
        """All strings as a list (for visiting them all), split on first use."""
        if self._split is None:
            self._split = self._joined.split("\n") if len(self) else []
        return self._split
