"""The package is the data flow (docs/architecture.md): a step may use the steps before it
and the shared foundations, never a later one. An import that goes back is how the old
layout grew its cycles (index building check's stores, formats using look-up's keys)."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

# The order of docs/architecture.md's picture; the first five are shared by every step.
FLOW = ("errors", "model", "text", "files", "project", "ingest", "inputs", "extract", "align", "formats",
        "termbase", "index", "check", "stamp", "importing", "build", "cli", "resident")
PACKAGE = ROOT / "toolkit"


def step_of(module: str) -> str | None:
    """The step a toolkit module belongs to: its folder, or its own name at the top level."""
    parts = module.split(".")
    return parts[1] if parts[0] == "toolkit" and len(parts) > 1 else None


def imports_of(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every toolkit module the file imports, at the top or in a function."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("toolkit"):
            found += [(node.lineno, node.module if step_of(node.module) else f"toolkit.{alias.name}")
                      for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names if alias.name.startswith("toolkit.")]
    return found


def test_every_module_belongs_to_a_step_of_the_flow():
    strays = {step_of(".".join(path.relative_to(ROOT).with_suffix("").parts)) for path in PACKAGE.rglob("*.py")}
    assert strays - set(FLOW) - {"__init__", "__main__", "data"} == set()


def test_no_step_imports_a_later_one():
    backwards = []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = step_of(".".join(path.relative_to(ROOT).with_suffix("").parts))
        if source not in FLOW:
            continue
        for line, module in imports_of(path):
            target = step_of(module)
            if target in FLOW and FLOW.index(target) > FLOW.index(source):
                backwards.append(f"{path.relative_to(ROOT)}:{line}: {source} imports {module}")
    assert backwards == []
