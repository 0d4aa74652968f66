"""Run the rules over files: the one library call behind `termkit check`."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from toolkit.check.base import CheckBase
from toolkit.check.bitext import align
from toolkit.check.config import CheckConfig
from toolkit.check.context import CheckContext
from toolkit.check.findings import Finding
from toolkit.check.inputs import checkable_paths, read_input
from toolkit.check.rules import RULES, default_config
from toolkit.check.segments import CheckedFile


def check_files(paths: Iterable[str | Path], base: CheckBase, config: CheckConfig | None = None,
                source: str | Path | None = None) -> tuple[list[Finding], list[CheckedFile]]:
    """Findings for every file (sorted, deterministic), and the files as read (for --fix).

    With `source`, each file is a translation of it and TK201 compares aligned segments.
    """
    config = config or default_config()
    source_file = read_input(source) if source is not None else None
    findings: list[Finding] = []
    files: list[CheckedFile] = []
    for path in checkable_paths(paths):
        checked = read_input(path)
        if source_file is not None and not checked.pairs:  # a catalog pairs msgid and msgstr itself
            checked.pairs = align(source_file, checked)
        files.append(checked)
        findings.extend(check_file(checked, base, config.for_document(checked.raw_text)))
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
