"""Which rules run and how serious their findings are: per run (options) and per document.

A document switches rules off with a marker anywhere in its text, as linters do:
`termkit: disable=TK104` or `termkit: disable=TK104,TK106` (in a comment line of a release,
or a translator comment `# termkit: disable=TK201` in a PO file).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from toolkit.check.findings import SEVERITIES
from toolkit.errors import InputError

DISABLE_MARKER = re.compile(r"termkit:\s*disable=((?:\s*,?\s*TK\d{3})+)", re.IGNORECASE)


@dataclass(frozen=True)
class CheckConfig:
    """Run settings. `enabled` is the set of rule codes that run; `severities` overrides defaults.

    `exempt_acronyms` never need a definition (TK106); `fuzzy_cutoff` is the rapidfuzz ratio a
    near miss needs (TK103/TK105).
    """

    enabled: frozenset[str]
    defaults: dict[str, str]  # every known rule code -> its default severity
    severities: dict[str, str] = field(default_factory=dict)
    exempt_acronyms: frozenset[str] = frozenset({"UN", "U.S.", "EU", "ROK", "WTO", "OECD", "ASEAN"})
    fuzzy_cutoff: float = 75.0

    def project_settings(self, table: dict, path) -> "ProjectCheckSettings":
        """This config adjusted by the [check] table of termkit.toml, and its fail-on level;
        a bad value is an InputError naming the file."""
        fail_on = table.get("fail-on", "warning")
        if fail_on not in SEVERITIES:
            raise InputError(path, f"[check] fail-on must be one of {', '.join(SEVERITIES)}")
        try:
            config = self.adjusted(table.get("enable", ()), table.get("disable", ()), table.get("severity", {}))
        except (ValueError, AttributeError, TypeError) as err:
            raise InputError(path, f"[check]: {err}") from err
        return ProjectCheckSettings(config, fail_on)

    def severity(self, code: str) -> str:
        return self.severities.get(code, self.defaults[code])

    def adjusted(self, enable=(), disable=(), severities: dict[str, str] | None = None) -> "CheckConfig":
        """A copy with rules switched on/off and severities overridden (codes validated)."""
        enable, disable = set(map(self.code, enable)), set(map(self.code, disable))
        merged = dict(self.severities)
        for code, severity in (severities or {}).items():
            if severity not in SEVERITIES:
                raise ValueError(f"unknown severity {severity!r} for {code}; use one of {', '.join(SEVERITIES)}")
            merged[self.code(code)] = severity
        return replace(self, enabled=frozenset((self.enabled | enable) - disable), severities=merged)

    def code(self, code: str) -> str:
        """'tk104' -> 'TK104'; an unknown code is a usage error (ValueError)."""
        normalized = code.strip().upper()
        if normalized not in self.defaults:
            raise ValueError(f"unknown rule {code!r}; known rules: {', '.join(sorted(self.defaults))}")
        return normalized

    def for_document(self, raw_text: str) -> "CheckConfig":
        """The run's settings minus the rules the document's own markers switch off."""
        disabled = {
            code.upper()
            for marker in DISABLE_MARKER.finditer(raw_text)
            for code in re.findall(r"TK\d{3}", marker.group(1), re.I)
        }
        return replace(self, enabled=self.enabled - disabled) if disabled else self


@dataclass(frozen=True)
class ProjectCheckSettings:
    """What a project's termkit.toml says about check: the rules to run and when to fail."""

    config: CheckConfig
    fail_on: str
