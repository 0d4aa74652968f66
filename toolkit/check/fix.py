"""--fix and --diff: apply the findings' unambiguous replacements and nothing else.

Work is done on the file's decoded text with the exact offsets of each finding, and the
result is encoded back in the file's own encoding (CP949 stays CP949, a BOM stays, CRLF
stays), so every byte outside a fix is unchanged. A fix is applied only where the raw text
at its position still reads what the finding found; overlapping fixes keep the first.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path

from toolkit.check.findings import Finding
from toolkit.files import atomic
from toolkit.model.segment import CheckedFile

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def fixed_text(file: CheckedFile, findings: list[Finding]) -> tuple[str, list[Finding]]:
    """The file's text with its fixable findings applied, and the findings that were."""
    if not file.fixable:
        return file.raw_text, []
    starts = _line_starts(file.raw_text)
    edits: list[tuple[int, int, Finding]] = []
    for finding in findings:
        if finding.path != file.path or finding.fix is None or finding.found is None:
            continue
        if finding.line != finding.end_line or finding.line > len(starts):
            continue
        offset = starts[finding.line - 1] + finding.column - 1
        if file.raw_text[offset : offset + len(finding.found)] == finding.found:
            edits.append((offset, offset + len(finding.found), finding))
    applied: list[Finding] = []
    pieces: list[str] = []
    position = 0
    for start, end, finding in sorted(edits, key=lambda edit: (edit[0], edit[1])):
        if start < position:
            continue
        pieces += [file.raw_text[position:start], finding.fix]
        position = end
        applied.append(finding)
    pieces.append(file.raw_text[position:])
    return "".join(pieces), applied


def write_fixes(files: list[CheckedFile], findings: list[Finding]) -> list[Finding]:
    """Rewrite each file that has fixes (atomically, same encoding); the findings fixed."""
    fixed: list[Finding] = []
    for file in files:
        text, applied = fixed_text(file, findings)
        if applied:
            atomic.write_bytes(file.path, text.encode(file.encoding))
            fixed += applied
    return fixed


def unified_diff(files: list[CheckedFile], findings: list[Finding]) -> str:
    """What --fix would change, as a unified diff (empty when nothing would)."""
    chunks: list[str] = []
    for file in files:
        text, applied = fixed_text(file, findings)
        if applied:
            before, after = _lines(file.raw_text), _lines(text)
            old, new = (file.path, file.path) if Path(file.path).is_absolute() else (f"a/{file.path}", f"b/{file.path}")
            chunks += difflib.unified_diff(before, after, old, new)
    return "".join(chunks)


def _line_starts(text: str) -> list[int]:
    return [match.start() for match in _LINE.finditer(text)] or [0]


def _lines(text: str) -> list[str]:
    """Lines with their own endings; a last line without one gets a newline for display."""
    lines = _LINE.findall(text)
    if lines and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += "\n\\ No newline at end of file\n"
    return lines
