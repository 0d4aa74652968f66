#!/usr/bin/env python3
"""The README's two quick-start commands, needing nothing but Python 3.11, and the lock refresh.

    python3 tasks.py build   # make .venv from requirements.lock, run `termkit build` on this repository
    python3 tasks.py test    # the same venv from requirements-test.lock, the test tools, the whole suite
    python3 tasks.py lock    # re-resolve both locks from pyproject.toml (newest releases in its ranges)

Installs come only from the committed locks (exact versions, hashes checked), so the same bytes
come out next month. Each step is skipped when already done. Standard library only.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
SHARED = ROOT.parent / "shared"
ORACLE = SHARED / "tbx-oracle"
ORACLE_VENV = ROOT / ".cache" / "tbx-oracle-venv"
LOCKS = {"": ROOT / "requirements.lock", "test": ROOT / "requirements-test.lock"}
LOCK_TOOL = "uv==0.13.9"  # only `tasks.py lock` uses it; installs need nothing but pip
LOCK_TOOL_VENV = ROOT / ".cache" / "lock-tool-venv"
DIGEST_LINE = "# pyproject-sha256: "

# Command the tests drive -> Debian package that provides it. Installed when we are root;
# the tests that need a missing one are skipped with a reason.
TEST_TOOLS = {
    "msgfmt": "gettext",
    "chromium": "chromium",
    "xmllint": "libxml2-utils",
}


def venv_python() -> Path:
    return VENV / "bin" / "python"


def pyproject_digest() -> str:
    """What the locks were resolved from: the build requirements, dependencies and extras."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    inputs = {
        "build-system": sorted(project["build-system"]["requires"]),
        "dependencies": sorted(project["project"]["dependencies"]),
        "optional-dependencies": {k: sorted(v) for k, v in project["project"]["optional-dependencies"].items()},
    }
    return hashlib.sha256(repr(inputs).encode("utf-8")).hexdigest()


def ensure_venv(extras: str) -> None:
    """Create .venv and install exactly the lock's bytes, then termkit itself (editable, no deps,
    its compiled walk built in place); again when the lock, termkit's entry points or the
    sources of its compiled walk change."""
    lock = LOCKS[extras]
    if DIGEST_LINE + pyproject_digest() not in lock.read_text(encoding="utf-8"):
        sys.exit(f"tasks: {lock.name} is out of date with pyproject.toml; run `python3 tasks.py lock`")
    if not venv_python().exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    stamp = VENV / f".installed-{extras or 'base'}"
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    compiled_sources = [ROOT / "setup.py", *sorted((ROOT / "toolkit").rglob("*.pyx"))]
    digest = hashlib.sha256(lock.read_bytes() + repr(sorted(scripts.items())).encode()
                            + b"".join(path.read_bytes() for path in compiled_sources)).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    pip = [str(venv_python()), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "--require-hashes", "--no-deps", "-r", str(lock)], check=True, cwd=ROOT)
    subprocess.run([*pip, "--no-deps", "--no-build-isolation", "-e", "."], check=True, cwd=ROOT)
    for other in VENV.glob(".installed-*"):
        other.unlink()
    stamp.write_text(digest)


def lock(args: list[str]) -> int:
    """Re-resolve both locks: the test lock first, then the runtime lock held to its versions."""
    if not (LOCK_TOOL_VENV / "bin" / "uv").exists():
        subprocess.run([sys.executable, "-m", "venv", str(LOCK_TOOL_VENV)], check=True)
        subprocess.run([str(LOCK_TOOL_VENV / "bin" / "python"), "-m", "pip", "install", "--quiet", LOCK_TOOL],
                       check=True)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    header = f"{DIGEST_LINE}{pyproject_digest()}\n# refresh with: python3 tasks.py lock\n"
    with tempfile.TemporaryDirectory() as scratch:
        build_requirements = Path(scratch) / "build-system.in"
        build_requirements.write_text("\n".join(project["build-system"]["requires"]) + "\n")
        for extras in ("test", ""):
            command = [str(LOCK_TOOL_VENV / "bin" / "uv"), "pip", "compile", "--quiet", "--universal",
                       "--python-version", "3.11", "--generate-hashes", "--no-header", "pyproject.toml", str(build_requirements), *args]
            if extras:
                command += ["--extra", extras]
            else:
                command += ["--constraint", str(LOCKS["test"])]
            result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
            if result.returncode != 0:
                print(result.stderr, file=sys.stderr)
                return result.returncode
            body = result.stdout.replace(str(build_requirements), "build-system.requires")
            body = body.replace(str(LOCKS["test"]), LOCKS["test"].name)
            LOCKS[extras].write_text(header + body, encoding="utf-8")
            print(f"tasks: wrote {LOCKS[extras].name}")
    return 0


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
    tasks = {"build": build, "test": test, "lock": lock}
    if len(sys.argv) < 2 or sys.argv[1] not in tasks:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    return tasks[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
