"""Findings as text for a terminal, as the JSON object of DESIGN.md, and as SARIF 2.1.0."""

from __future__ import annotations

import json
from pathlib import Path, PurePath
from urllib.parse import quote

from toolkit import __version__
from toolkit.check.findings import SEVERITIES, Finding, Summary

SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}
SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def plain(text: str, **styles) -> str:
    """The style function of a report with no colours."""
    return text


def text_report(findings: list[Finding], summary: Summary, style=plain) -> str:
    """`path:line:col: CODE message [→ suggestion]`, a blank line between files.

    `style(text, fg=..., bold=...)` colours the parts (the CLI passes click.style, and its
    click.echo(color=...) strips the styles when the output is piped or NO_COLOR is set).
    """
    blocks: list[str] = []
    current = None
    for finding in findings:
        if finding.path != current:
            if current is not None:
                blocks.append("")
            current = finding.path
        where = style(f"{finding.path}:{finding.line}:{finding.column}:", bold=True)
        code = style(finding.rule, fg=SEVERITY_COLOURS[finding.severity], bold=True)
        line = f"{where} {code} {finding.message}"
        if finding.suggestion:
            line += " " + style(f"→ {finding.suggestion}", fg="green")
        blocks.append(line)
    return "\n".join(blocks + [_summary_line(summary)])


def _summary_line(summary: Summary) -> str:
    if not summary.findings:
        return f"No findings in {_plural(summary.files, 'file')}."
    counts = ", ".join(_plural(summary.by_severity[s], s) for s in SEVERITIES if summary.by_severity.get(s))
    return f"{_plural(summary.findings, 'finding')} ({counts}) in {_plural(summary.files, 'file')}."


def _plural(count: int, word: str) -> str:
    if word == "info":
        return f"{count} info"
    return f"{count} {word}" + ("" if count == 1 else "s")


def json_report(findings: list[Finding], summary: Summary) -> str:
    """The object DESIGN.md specifies: {"findings": [...], "summary": {...}}."""
    data = {"findings": [finding.to_json() for finding in findings], "summary": summary.to_json()}
    return json.dumps(data, ensure_ascii=False, indent=2)


def sarif_report(findings: list[Finding], rules) -> str:
    """A SARIF 2.1.0 log with one run; columns are Unicode code points, as ours are."""
    rule_index = {rule.CODE: number for number, rule in enumerate(rules)}
    run = {
        "tool": {
            "driver": {
                "name": "termkit",
                "version": __version__,
                "rules": [_sarif_rule(rule) for rule in rules],
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": [_sarif_result(finding, rule_index[finding.rule]) for finding in findings],
    }
    return json.dumps({"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2)


def _sarif_rule(rule) -> dict:
    return {
        "id": rule.CODE,
        "name": rule.NAME,
        "shortDescription": {"text": rule.SUMMARY},
        "fullDescription": {"text": " ".join((rule.__doc__ or rule.SUMMARY).split())},
        "defaultConfiguration": {"level": SARIF_LEVELS[rule.DEFAULT_SEVERITY], "enabled": rule.ENABLED_BY_DEFAULT},
    }


def _sarif_result(finding: Finding, index: int) -> dict:
    region = {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
    }
    location = {"artifactLocation": {"uri": artifact_uri(finding.path)}, "region": region}
    result = {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": SARIF_LEVELS[finding.severity],
        "message": {"text": finding.message + (f" → {finding.suggestion}" if finding.suggestion else "")},
        "locations": [{"physicalLocation": location}],
        "properties": {"found": finding.found, "suggestion": finding.suggestion, "concept": finding.concept},
    }
    if finding.fix is not None:
        result["fixes"] = [{
            "description": {"text": f"Replace with '{finding.fix}'"},
            "artifactChanges": [{
                "artifactLocation": {"uri": artifact_uri(finding.path)},
                "replacements": [{"deletedRegion": region, "insertedContent": {"text": finding.fix}}],
            }],
        }]
    return result


def artifact_uri(path: str) -> str:
    """A relative path stays relative (review tools resolve it against the checkout)."""
    pure = PurePath(path)
    if pure.is_absolute():
        return Path(path).as_uri()
    return quote(pure.as_posix())
