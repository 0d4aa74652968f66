"""A termkit project: the folder whose `termkit.toml` marks it, found from any subfolder.

As git finds `.git` and ruff finds `pyproject.toml`, every command looks for `termkit.toml`
in the current folder and its parents. The file holds the project's settings (languages,
paths, catalog domains, check rules and severities); every key has a default, so an empty
file is a valid project. Writing commands refuse to run outside a project.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.errors import InputError

CONFIG_FILE = "termkit.toml"
LANGUAGES = ("en", "ko", "es")
DOMAINS = {"en": "termkit", "ko": "termkit-ko"}
# What `termkit import` proposes, beside the base it proposes changes to (also outside a project).
IMPORTS_FILE = "imports.json"

TEMPLATE = """\
# termkit project settings; every key may be left out (the defaults are shown).
languages = ["en", "ko", "es"]

[paths]
sources = "sources"                 # releases as scraped (.txt, .html)
glossary = "glossary"               # termbase.tbx (curated), review.json, derived glossaries
locales = "locales"                 # derived gettext catalogs

[termbase]
reference-data = true               # merge ISO 3166-1 / CLDR country names when the base is used

[catalogs.domains]                  # source language -> gettext domain
en = "termkit"
ko = "termkit-ko"

[check]
# enable = ["TK105"]
# disable = ["TK104"]
# fail-on = "warning"

[check.severity]
# TK102 = "info"
"""


@dataclass(frozen=True)
class Project:
    """A project's root and settings, with every path made absolute."""

    root: Path
    languages: tuple[str, ...] = LANGUAGES
    sources: Path = Path("sources")
    glossary: Path = Path("glossary")
    locales: Path = Path("locales")
    reference_data: bool = True
    domains: dict[str, str] = field(default_factory=lambda: dict(DOMAINS))
    check: dict = field(default_factory=dict)

    @property
    def termbase(self) -> Path:
        """The curated term base: only what people decided."""
        return self.glossary / "termbase.tbx"

    @property
    def candidates(self) -> Path:
        """What build proposes (rewritten by every build)."""
        return self.glossary / "candidates.json"

    @property
    def imports(self) -> Path:
        """What `termkit import` proposes (build never rewrites it)."""
        return self.glossary / IMPORTS_FILE

    @property
    def decisions(self) -> Path:
        """People's review decisions on both."""
        return self.glossary / "review.json"

    def merges_reference(self, termbase_path: str | Path) -> bool:
        """Is `termbase_path` this project's curated base, which is used with reference data?"""
        return self.reference_data and Path(termbase_path).resolve() == self.termbase.resolve()


def find_root(start: str | Path = ".") -> Path | None:
    """The nearest folder at or above `start` holding termkit.toml."""
    here = Path(start).resolve()
    return next((folder for folder in (here, *here.parents) if (folder / CONFIG_FILE).is_file()), None)


def find_project(start: str | Path = ".") -> Project | None:
    root = find_root(start)
    return load_project(root) if root is not None else None


def require_project(start: str | Path = ".") -> Project:
    """The project around `start`; outside one, an InputError with the hint to create one."""
    project = find_project(start)
    if project is None:
        raise InputError(
            Path(start).resolve(),
            f"not inside a termkit project (no {CONFIG_FILE} here or above); run `termkit init` to make one",
        )
    return project


def load_project(root: str | Path) -> Project:
    """Read `root`/termkit.toml; a malformed file or an unknown key is one InputError."""
    root = Path(root).resolve()
    path = root / CONFIG_FILE
    try:
        text = path.read_text(encoding="utf-8")
        settings = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise InputError(path, f"not valid TOML: {err}", _toml_line(err, text)) from err
    except UnicodeDecodeError as err:
        raise InputError(path, "not UTF-8 text") from err
    except OSError as err:
        raise InputError(path, f"cannot read: {err.strerror or err}") from err
    return _project(root, path, settings)


def _project(root: Path, path: Path, settings: dict) -> Project:
    _only(path, settings, {"languages", "paths", "termbase", "catalogs", "check"}, "")
    paths = _table(path, settings, "paths", {"sources", "glossary", "locales"})
    termbase = _table(path, settings, "termbase", {"reference-data"})
    catalogs = _table(path, settings, "catalogs", {"domains"})
    check = _table(path, settings, "check", {"enable", "disable", "fail-on", "severity"})
    languages = settings.get("languages", list(LANGUAGES))
    if not (isinstance(languages, list) and languages and all(isinstance(lang, str) for lang in languages)):
        raise InputError(path, "languages must be a list of language codes, e.g. [\"en\", \"ko\", \"es\"]")
    domains = catalogs.get("domains", {lang: domain for lang, domain in DOMAINS.items() if lang in languages})
    if not isinstance(domains, dict) or not all(isinstance(v, str) for v in domains.values()):
        raise InputError(path, "[catalogs.domains] maps a source language to a domain name")
    reference = termbase.get("reference-data", True)
    if not isinstance(reference, bool):
        raise InputError(path, "[termbase] reference-data must be true or false")
    return Project(
        root=root,
        languages=tuple(languages),
        sources=root / _path(path, paths, "sources"),
        glossary=root / _path(path, paths, "glossary"),
        locales=root / _path(path, paths, "locales"),
        reference_data=reference,
        domains=dict(domains),
        check=check,
    )


def _table(path: Path, settings: dict, name: str, keys: set[str]) -> dict:
    table = settings.get(name, {})
    if not isinstance(table, dict):
        raise InputError(path, f"{name} must be a table ([{name}])")
    _only(path, table, keys, name)
    return table


def _only(path: Path, table: dict, keys: set[str], where: str) -> None:
    unknown = sorted(set(table) - keys)
    if unknown:
        place = f" in [{where}]" if where else ""
        raise InputError(path, f"unknown setting {unknown[0]!r}{place}; known: {', '.join(sorted(keys))}")


def _path(path: Path, paths: dict, key: str) -> str:
    value = paths.get(key, key)
    if not isinstance(value, str) or not value or Path(value).is_absolute():
        raise InputError(path, f"[paths] {key} must be a folder relative to the project")
    return value


def _toml_line(err: tomllib.TOMLDecodeError, text: str) -> int:
    """tomllib says "(at line N, column M)" or "(at end of document)" in its message on 3.11."""
    import re

    found = re.search(r"at line (\d+)", str(err))
    return int(found.group(1)) if found else max(1, len(text.splitlines()))


def init_project(folder: str | Path) -> Project:
    """Make an empty project in `folder` (created if needed): termkit.toml, sources/, glossary/.

    Refused where a project already is, so an existing setup is never overwritten.
    """
    from toolkit.files import atomic

    root = Path(folder).resolve()
    config = root / CONFIG_FILE
    if config.exists():
        raise InputError(config, "a termkit project is already here")
    try:
        root.mkdir(parents=True, exist_ok=True)
        atomic.write_text(config, TEMPLATE)
        project = load_project(root)
        for folder_path in (project.sources, project.glossary):
            folder_path.mkdir(exist_ok=True)
    except OSError as err:
        raise InputError(root, f"cannot create the project: {err.strerror or err}") from err
    return project
