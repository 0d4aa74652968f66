"""The one error type that the CLI turns into a one-line message and exit status 2."""

from __future__ import annotations

from os import PathLike


class InputError(Exception):
    """Bad input a user can fix: names the file and, where known, the line."""

    exit_code = 2

    def __init__(self, path: str | PathLike | None, message: str, line: int | None = None):
        self.path = str(path) if path is not None else None
        self.line = line
        self.message = message
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}"
