"""termkit check: a naming linter for releases, translations and gettext catalogs.

    from toolkit.check import CheckConfig, check_files, load_base
    findings, files = check_files(["release.txt"], load_base("glossary/termbase.tbx"))

Rules live in toolkit.check.rules (one module per stable code); output formats in
toolkit.check.output; --fix and --diff in toolkit.check.fix.
"""

from toolkit.index.loader import CheckBase, load_base
from toolkit.check.config import CheckConfig
from toolkit.check.engine import check_files

__all__ = ["CheckBase", "CheckConfig", "check_files", "load_base"]
