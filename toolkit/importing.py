"""`termkit import`: other people's term files as proposals, or merged at once when trusted.

Each file is read whole (TBX v3/v2, CSV, XLSX, PO), checked for values TBX does not allow,
and compared with the base: what it adds or changes becomes a candidate in
glossary/imports.json (see termbase.merge.propose_import) that only `termkit review` takes into
the base. `accept_all` merges a trusted file straight in, and the base is written only when it
has no integrity errors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from toolkit.errors import InputError
from toolkit.project import IMPORTS_FILE

# Formats whose main column (CSV) or msgstr (PO) is the preferred form of its language.
MAIN_IS_PREFERRED = {".csv", ".tsv", ".po"}


@dataclass
class FileImport:
    """What one file gave: report lines (added/changed/conflict/new), notices for stderr
    (reader warnings, values kept with `lenient`, conflicts of a merge) and a summary."""

    file: str
    lines: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    summary: str = ""
    conflicts: int = 0


@dataclass
class ImportReport:
    files: list[FileImport]
    written: Path | None = None  # imports.json or the base; None on a dry run
    removed: list[Path] = field(default_factory=list)  # temp files of killed writes, cleared

    @property
    def conflicts(self) -> int:
        return sum(f.conflicts for f in self.files)


def import_files(files: list[str], termbase_path: str | Path, *, dry_run: bool = False, accept_all: bool = False,
                 lenient: bool = False, with_reference: bool = False,
                 progress: Callable[[int, int, str], None] | None = None) -> ImportReport:
    """Propose (or with `accept_all` merge) each file against the base at `termbase_path`;
    write unless `dry_run`. `progress(done, total, file)` is called before each file."""
    from toolkit.formats.tbx import load_termbase

    base = load_termbase(termbase_path, missing_ok=True)
    report = ImportReport([])
    proposals = []
    for index, file in enumerate(files):
        if progress:
            progress(index, len(files), file)
        result = FileImport(file)
        incoming = _read(file, lenient, result.notices)
        if accept_all:
            _merge(base, incoming, result)
        else:
            proposals.append(_propose(base, incoming, result))
        report.files.append(result)
    if progress:
        progress(len(files), len(files), "")
    if dry_run:
        return report
    if accept_all:
        report.removed = _save_base(base, Path(termbase_path), with_reference)
        report.written = Path(termbase_path)
    else:
        report.written = Path(termbase_path).parent / IMPORTS_FILE
        report.removed = _save_proposals(report.written, proposals)
    return report


def _read(file: str, lenient: bool, notices: list[str]):
    """The file as a TermBase; values TBX does not allow refuse it unless `lenient`."""
    from toolkit.formats import read_any
    from toolkit.termbase.validate import reader_problems

    warnings: list[str] = []
    incoming = read_any(file, warnings)
    notices += [f"warning: {warning}" for warning in warnings]
    problems = reader_problems(incoming)
    if problems and not lenient:
        first = problems[0]
        raise InputError(file, f"{len(problems)} value(s) TBX does not allow, first: {first.concept}: {first.message}; "
                         "see `termkit validate FILE`, or import with --lenient", first.line)
    notices += [f"{file}: {problem}" for problem in problems]
    return incoming


def _merge(base, incoming, result: FileImport) -> None:
    from toolkit.termbase.merge import merge_termbases

    merged = merge_termbases(base, incoming)
    result.notices += [f"conflict: {result.file}: {conflict} (the base keeps its value)" for conflict in merged.conflicts]
    result.conflicts = len(merged.conflicts)
    result.summary = (f"{result.file}: accepted {len(merged.added_concepts)} new concept(s), {merged.added_terms} new "
                      f"term(s) into the base; {len(merged.conflicts)} conflict(s)")


def _propose(base, incoming, result: FileImport):
    from toolkit.termbase.merge import propose_import

    path = Path(result.file)
    found = propose_import(base, incoming, result.file, path.read_text(encoding="utf-8", errors="replace"),
                           main_is_preferred=path.suffix.lower() in MAIN_IS_PREFERRED)
    result.lines = found.lines + [f"new: {line}" for line in found.new]
    result.conflicts = len(found.conflicts)
    result.summary = (f"{result.file}: {len(found.candidates)} proposal(s) for review: {len(found.new)} new concept(s), "
                      f"{found.count('added')} added, {found.count('changed')} changed, "
                      f"{found.count('conflict')} conflict(s)")
    return found


def _save_base(base, termbase_path: Path, with_reference: bool) -> list[Path]:
    """Write the base unless it has integrity errors (then nothing is written: InputError)."""
    from toolkit.files import atomic
    from toolkit.formats.tbx import save_termbase
    from toolkit.index.loader import build_indexes
    from toolkit.termbase.reference import merge_reference, without_reference
    from toolkit.termbase.validate import errors, validate_termbase

    found = errors(validate_termbase(merge_reference(base) if with_reference else base))
    if found:
        raise InputError(termbase_path, f"not written: {len(found)} integrity error(s), first: {found[0]}")
    save_termbase(without_reference(base) if with_reference else base, termbase_path)
    removed = atomic.remove_stale_temporaries(termbase_path)
    build_indexes(termbase_path, with_reference)
    return removed


def _save_proposals(path: Path, proposals) -> list[Path]:
    """Add this import's candidates to imports.json (an earlier import's stay until reviewed);
    returns the temp files of killed writes it cleared."""
    from toolkit.align.conflicts import Conflict
    from toolkit.files import atomic
    from toolkit.model.candidate import candidates_from_json, candidates_json

    candidates, conflicts = candidates_from_json(path.read_text(encoding="utf-8")) if path.exists() else ([], [])
    by_id = {c.id: c for c in candidates}
    by_id.update({c.id: c for found in proposals for c in found.candidates})
    conflicts = sorted(set(map(tuple, conflicts)) | {c for found in proposals for c in found.conflicts})
    atomic.write_text(path, candidates_json(list(by_id.values()), [Conflict(*c) for c in conflicts]))
    return atomic.remove_stale_temporaries(path)
