"""The rules, one module each. A rule module defines CODE (stable: never renumbered),
NAME, DEFAULT_SEVERITY, ENABLED_BY_DEFAULT, SUMMARY and check(ctx) -> iterable of Finding."""

from __future__ import annotations

from toolkit.check.config import CheckConfig
from toolkit.check.rules import (
    tk101_deprecated,
    tk102_admitted,
    tk103_near_miss,
    tk104_inconsistent,
    tk105_romanization,
    tk106_acronym,
    tk201_missing_equivalent,
)

RULES = (
    tk101_deprecated,
    tk102_admitted,
    tk103_near_miss,
    tk104_inconsistent,
    tk105_romanization,
    tk106_acronym,
    tk201_missing_equivalent,
)
RULES_BY_CODE = {rule.CODE: rule for rule in RULES}


def default_config() -> CheckConfig:
    """The rules that run by default, with their default severities."""
    return CheckConfig(frozenset(rule.CODE for rule in RULES if rule.ENABLED_BY_DEFAULT),
                       {rule.CODE: rule.DEFAULT_SEVERITY for rule in RULES})
