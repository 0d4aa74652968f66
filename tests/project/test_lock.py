"""The committed locks pin every dependency of pyproject.toml, exactly and with hashes."""

from __future__ import annotations

import re
import tomllib

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from conftest import ROOT, load_module

PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s;\\]+)")


def pins(lock_name: str) -> dict[str, str]:
    text = (ROOT / lock_name).read_text(encoding="utf-8")
    found = {canonicalize_name(m["name"]): m["version"] for m in map(PIN.match, text.splitlines()) if m}
    blocks = [block for block in re.split(r"\n(?=[A-Za-z0-9])", text) if PIN.match(block)]
    assert all("--hash=sha256:" in block for block in blocks), f"{lock_name}: a pin without a hash"
    return found


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lock_name,extras", [("requirements.lock", []), ("requirements-test.lock", ["test"])])
def test_every_requirement_is_pinned_within_its_range(lock_name, extras):
    data = project()
    wanted = data["project"]["dependencies"] + data["build-system"]["requires"]
    for extra in extras:
        wanted += data["project"]["optional-dependencies"][extra]
    locked = pins(lock_name)
    for text in wanted:
        requirement = Requirement(text)
        version = locked.get(canonicalize_name(requirement.name))
        assert version is not None, f"{requirement.name} is not in {lock_name}; run `python3 tasks.py lock`"
        assert requirement.specifier.contains(version), f"{lock_name} pins {requirement.name}=={version}, outside {text}"


def test_the_runtime_lock_agrees_with_the_test_lock():
    runtime, test = pins("requirements.lock"), pins("requirements-test.lock")
    assert {name: test.get(name) for name in runtime} == runtime


def test_the_locks_were_resolved_from_this_pyproject():
    """tasks.py refuses to install from a lock whose digest line is not this pyproject's."""
    tasks = load_module(ROOT / "tasks.py")
    for lock in tasks.LOCKS.values():
        assert tasks.DIGEST_LINE + tasks.pyproject_digest() in lock.read_text(encoding="utf-8"), (
            f"{lock.name} is out of date with pyproject.toml; run `python3 tasks.py lock`")
