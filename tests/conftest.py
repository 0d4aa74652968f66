"""Shared test helpers: the ../shared data (skipped when absent), the TBX oracle, the CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ORACLE = SHARED / "tbx-oracle" / "validate-tbx"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GLOSSARY = ROOT / "glossary" / "termbase.tbx"  # the glossary users get
SHIPPED = FIXTURES / "check" / "shipped"  # check texts written with the shipped glossary's names


def make_project(root: Path, reference_data: bool = True) -> Path:
    """Mark `root` as a termkit project, as `termkit init` does; a sample base may be used
    without the reference country names."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "termkit.toml").write_text("" if reference_data else "[termbase]\nreference-data = false\n")
    return root


def load_module(path: Path):
    """A script of tests/eval (or tasks.py) imported by path, as the evaluation tests use it;
    registered in sys.modules, where dataclasses look their module up."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared/{'/'.join(parts)} is not present")
    return path


def oracle_engines() -> list[str]:
    """The validator engines usable here: python needs the oracle venv, jing needs Java."""
    venv = Path(os.environ.get("TBX_ORACLE_VENV", ROOT / ".cache" / "tbx-oracle-venv"))
    if not ORACLE.exists() or not (venv / "bin" / "python").exists():
        return []
    return ["both"] if shutil.which("jing") else ["python"]


def validate_tbx(path: Path) -> subprocess.CompletedProcess:
    """Run the official TBX-Basic validator on `path` (skip when it is not set up)."""
    engines = oracle_engines()
    if not engines:
        pytest.skip("TBX oracle not set up (../shared/tbx-oracle + python3 tasks.py test)")
    venv = os.environ.get("TBX_ORACLE_VENV", str(ROOT / ".cache" / "tbx-oracle-venv"))
    return subprocess.run(
        [str(ORACLE), "--engine", engines[0], str(path)],
        capture_output=True, text=True, env={**os.environ, "TBX_ORACLE_VENV": venv}, timeout=600,
    )


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def termkit(capsys, monkeypatch):
    """Run the CLI in-process: termkit("lookup", "SICA") -> Run(code, out, err)."""
    from toolkit.cli import main

    def run(*args: str, cwd: Path | None = None) -> Run:
        if cwd is not None:
            monkeypatch.chdir(cwd)
        try:
            main(list(map(str, args)))
            code = 0
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


def stderr_on_a_terminal(args, cwd) -> bytes:
    """Run termkit with its stderr on a pseudo-terminal, as a person at a terminal sees it."""
    return on_a_terminal(args, cwd, "stderr")


def on_a_terminal(args, cwd, stream: str, env: dict | None = None) -> bytes:
    """What termkit writes on `stream` ("stdout" or "stderr") when that one is a pseudo-terminal
    (the other is thrown away)."""
    import os
    import subprocess
    import sys

    master, slave = os.openpty()
    streams = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, stream: slave}
    subprocess.run([sys.executable, "-m", "toolkit", *args], cwd=cwd, env=env, timeout=300, **streams)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    return b"".join(chunks)


@pytest.fixture(scope="session")
def shipped_base(tmp_path_factory):
    """The shipped glossary as `termkit check` sees it in the project (reference country
    names merged in), its indexes built once in a private cache folder."""
    from toolkit.index.loader import load_base

    previous = os.environ.get("TERMKIT_CACHE_DIR")
    os.environ["TERMKIT_CACHE_DIR"] = str(tmp_path_factory.mktemp("shipped-cache"))
    try:
        base = load_base(GLOSSARY, with_reference=True)
        base.near_miss_index()
        return base
    finally:
        if previous is None:
            del os.environ["TERMKIT_CACHE_DIR"]
        else:
            os.environ["TERMKIT_CACHE_DIR"] = previous
