"""Run the rules over files: the one library call behind `termkit check`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.check.base import CheckBase
from toolkit.check.bitext import align
from toolkit.check.config import CheckConfig
from toolkit.check.context import CheckContext
from toolkit.check.findings import Finding
from toolkit.check.inputs import checkable_paths, read_input
from toolkit.check.rules import RULES, default_config
from toolkit.model.segment import CheckedFile


@dataclass
class CheckRun:
    """What `termkit check` reports: the findings (placed in their unit or paragraph), the
    files as read, and the findings --fix applied (the findings are then those left)."""

    findings: list[Finding]
    files: list[CheckedFile]
    fixed: list[Finding] = field(default_factory=list)


def check_paths(paths: Iterable[str | Path], base: CheckBase, config: CheckConfig | None = None,
                source: str | Path | None = None, fix: bool = False,
                progress: Callable[[int, int, str], None] | None = None) -> CheckRun:
    """Check files and folders; with `fix`, write the unambiguous fixes and check the
    rewritten files again, so what is reported is what is left, where it now is."""
    from toolkit.check.fix import write_fixes
    from toolkit.inputs import with_places
    from toolkit.inputs.docx import write_docx_fixes

    paths = list(paths)
    run = CheckRun(*with_places(*check_files(paths, base, config, source, progress)))
    if fix:
        run.fixed = write_fixes(run.files, run.findings) + write_docx_fixes(run.files, run.findings)
        if run.fixed:
            run.findings, _ = with_places(*check_files(paths, base, config, source))
    return run


def check_files(paths: Iterable[str | Path], base: CheckBase, config: CheckConfig | None = None,
                source: str | Path | None = None,
                progress: Callable[[int, int, str], None] | None = None) -> tuple[list[Finding], list[CheckedFile]]:
    """Findings for every file (sorted, deterministic), and the files as read (for --fix).

    With `source`, each file is a translation of it and TK201 compares aligned segments.
    `progress(done, total, path)` is called before each file and at the end.
    """
    config = config or default_config()
    source_file = read_input(source) if source is not None else None
    findings: list[Finding] = []
    files: list[CheckedFile] = []
    paths = checkable_paths(paths)
    for index, path in enumerate(paths):
        if progress:
            progress(index, len(paths), str(path))
        checked = read_input(path)
        if source_file is not None and not checked.pairs:  # a catalog pairs msgid and msgstr itself
            checked.pairs = align(source_file, checked)
        files.append(checked)
        findings.extend(check_file(checked, base, config.for_document(checked.raw_text)))
    if progress:
        progress(len(paths), len(paths), "")
    return findings, files


def check_file(checked: CheckedFile, base: CheckBase, config: CheckConfig) -> list[Finding]:
    """One file's findings, duplicates removed, in file order."""
    ctx = CheckContext(checked, base.concepts, base.matcher, config, base.near_miss_index)
    unique = {}
    for rule in RULES:
        if rule.CODE in config.enabled:
            for finding in rule.check(ctx):
                unique.setdefault(finding.sort_key(), finding)
    return [unique[key] for key in sorted(unique)]
