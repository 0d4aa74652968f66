#!/usr/bin/env python3
"""The README's two quick-start commands, needing nothing but Python 3.11.

    python3 tasks.py build   # make .venv, install termkit, run `termkit build` on this repository
    python3 tasks.py test    # the same venv with test extras, the test tools, then the whole suite

Each step is skipped when already done, so repeated runs are fast. Standard library only.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
SHARED = ROOT.parent / "shared"
ORACLE = SHARED / "tbx-oracle"
ORACLE_VENV = ROOT / ".cache" / "tbx-oracle-venv"

# Command the tests drive -> Debian package that provides it. Installed when we are root;
# the tests that need a missing one are skipped with a reason.
TEST_TOOLS = {
    "msgfmt": "gettext",
    "chromium": "chromium",
    "xmllint": "libxml2-utils",
}


def venv_python() -> Path:
    return VENV / "bin" / "python"


def ensure_venv(extras: str) -> None:
    """Create .venv and install the package (editable) once per pyproject.toml version."""
    if not venv_python().exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    pyproject = (ROOT / "pyproject.toml").read_bytes()
    stamp = VENV / f".installed-{extras or 'base'}"
    digest = hashlib.sha256(pyproject).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    target = f".[{extras}]" if extras else "."
    pip = [str(venv_python()), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "-e", target], check=True, cwd=ROOT)
    stamp.write_text(digest)


def ensure_test_tools() -> None:
    """apt-get the command-line tools the tests use, when we may (root, apt present)."""
    missing = sorted({pkg for cmd, pkg in TEST_TOOLS.items() if not shutil.which(cmd)})
    if not missing:
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        print(f"tasks: not root, skipping install of {' '.join(missing)}; tests needing them skip")
        return
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
    result = subprocess.run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], env=env
    )
    if result.returncode != 0:
        print(f"tasks: could not install {' '.join(missing)}; tests needing them skip")


def ensure_oracle() -> None:
    """Set up ../shared/tbx-oracle (idempotent) with its venv inside our .cache."""
    if not (ORACLE / "setup.sh").exists():
        return
    env = {**os.environ, "TBX_ORACLE_VENV": str(ORACLE_VENV)}
    if os.geteuid() != 0:
        env["TBX_ORACLE_NO_APT"] = "1"
    stamp = ORACLE_VENV / ".termkit-ready"
    if stamp.exists() and (shutil.which("jing") or env.get("TBX_ORACLE_NO_APT")):
        return
    result = subprocess.run(["bash", str(ORACLE / "setup.sh")], env=env)
    if result.returncode == 0:
        stamp.write_text("ok")


def build(args: list[str]) -> int:
    ensure_venv("")
    return subprocess.call([str(VENV / "bin" / "termkit"), "build", *args], cwd=ROOT)


def test(args: list[str]) -> int:
    ensure_venv("test")
    ensure_test_tools()
    ensure_oracle()
    env = {**os.environ, "TBX_ORACLE_VENV": str(ORACLE_VENV)}
    return subprocess.call([str(venv_python()), "-m", "pytest", *args], cwd=ROOT, env=env)


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in {"build", "test"}:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    task, args = sys.argv[1], sys.argv[2:]
    return build(args) if task == "build" else test(args)


if __name__ == "__main__":
    sys.exit(main())
