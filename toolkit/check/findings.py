"""What a check reports: one Finding per problem, positioned in the file the user gave.

Lines and columns are 1-based and counted in characters (not bytes), as DESIGN.md fixes
for the JSON output; `end_column` is exclusive, as in SARIF regions.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

SEVERITIES = ("error", "warning", "info")


def severity_rank(severity: str) -> int:
    """error=0 < warning=1 < info=2: smaller is more serious."""
    return SEVERITIES.index(severity)


@dataclass
class Finding:
    """One problem: where, which rule, how serious, what was written and what the base says.

    `fix` is the replacement text when the rule knows an unambiguous one (`--fix` applies it
    only there); it is not part of the JSON object DESIGN.md defines.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    severity: str
    message: str
    found: str | None = None
    suggestion: str | None = None
    concept: str | None = None
    fix: str | None = field(default=None, compare=False)

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.rule, self.end_line, self.end_column, self.message)

    def to_json(self) -> dict:
        """The object DESIGN.md specifies, keys in its order."""
        data = asdict(self)
        del data["fix"]
        return data


@dataclass
class Summary:
    """Counts a run prints at the end and puts in JSON's "summary"."""

    files: int = 0
    findings: int = 0
    by_severity: dict[str, int] = field(default_factory=dict)
    by_rule: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, findings: list[Finding], files: int) -> "Summary":
        by_severity = {severity: 0 for severity in SEVERITIES}
        by_rule: dict[str, int] = {}
        for finding in findings:
            by_severity[finding.severity] += 1
            by_rule[finding.rule] = by_rule.get(finding.rule, 0) + 1
        return cls(files, len(findings), by_severity, dict(sorted(by_rule.items())))

    def to_json(self) -> dict:
        return asdict(self)
