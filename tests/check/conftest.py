"""What the check tests share: the glossary users get (glossary/termbase.tbx with the
reference country names merged in, as the CLI uses it inside the project), loaded once.

pytest imports every conftest.py outside a package under the one module name "conftest",
so after this file is loaded `from conftest import ...` in any later test module finds this
module, not tests/conftest.py: the helpers of tests/conftest.py are re-exported here.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

from toolkit.check.base import CheckBase, load_base


def _tests_conftest():
    path = Path(__file__).resolve().parent.parent / "conftest.py"
    spec = importlib.util.spec_from_file_location("_termkit_tests_conftest", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # where its dataclass looks its module up
    spec.loader.exec_module(module)
    return module


_shared = _tests_conftest()
ROOT = _shared.ROOT
SHARED = _shared.SHARED
ORACLE = _shared.ORACLE
FIXTURES = _shared.FIXTURES
Run = _shared.Run
make_project = _shared.make_project
load_module = _shared.load_module
shared_path = _shared.shared_path
oracle_engines = _shared.oracle_engines
validate_tbx = _shared.validate_tbx
stderr_on_a_terminal = _shared.stderr_on_a_terminal

GLOSSARY = ROOT / "glossary" / "termbase.tbx"
# texts written for the shipped glossary's names (the seed-base fixtures are one level up)
SHIPPED = FIXTURES / "check" / "shipped"


@pytest.fixture(scope="session")
def shipped_base(tmp_path_factory) -> CheckBase:
    """The shipped glossary as `termkit check` sees it in the project, its indexes built in a
    private cache (the base keeps that folder; the variable is unset again after loading)."""
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
