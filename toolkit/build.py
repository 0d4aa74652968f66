"""`termkit build`: the whole flow on a project's own folders, as one pure function of its inputs.

sources/ + glossary/termbase.tbx + reference data -> glossary/termbase.tbx (normalized) and
the derived glossaries and catalogs. Same inputs, byte-identical outputs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from toolkit import atomic
from toolkit.errors import InputError
from toolkit.formats.outputs import standard_outputs
from toolkit.formats.tbx import load_termbase, tbx_bytes
from toolkit.model import TermBase
from toolkit.reference import merge_reference
from toolkit.validate import Problem, validate_termbase


@dataclass
class BuildReport:
    termbase: TermBase
    problems: list[Problem] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        counts = ", ".join(f"{lang} {count}" for lang, count in self.termbase.term_count().items())
        return f"{len(self.termbase.concepts)} concepts; terms: {counts or 'none'}"


def build(project: Path) -> BuildReport:
    """Run the flow on `project` and write its outputs; refuse a base with integrity errors."""
    glossary = project / "glossary"
    termbase_path = glossary / "termbase.tbx"
    termbase = merge_reference(load_termbase(termbase_path, missing_ok=True))
    report = BuildReport(termbase=termbase, problems=validate_termbase(termbase))
    errors = [problem for problem in report.problems if problem.severity == "error"]
    if errors:
        raise InputError(termbase_path, f"{len(errors)} integrity error(s), first: {errors[0]}; run `termkit validate`")
    _write_if_changed(report, termbase_path, tbx_bytes(termbase))
    for path, data in standard_outputs(termbase, glossary, project / "locales").items():
        _write_if_changed(report, path, data)
    return report


def _write_if_changed(report: BuildReport, path: Path, data: bytes) -> None:
    """Write atomically, skipping files whose bytes would not change (keeps mtimes quiet)."""
    if path.exists() and path.read_bytes() == data:
        report.unchanged.append(path)
        return
    atomic.write_bytes(path, data)
    report.written.append(path)
