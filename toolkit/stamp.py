"""Build's record of what it last read and wrote, so that a build with nothing to do is instant.

Like ninja's log or make's timestamps, but by content: the record holds a digest of every
input (the curated base, review decisions, every file under sources/, the settings, the
reference data sets and termkit's own code) and the sha256 of every output written. When
the inputs are the same and every output still has the bytes build wrote, there is nothing
to do. An edited, deleted or damaged output, or a changed input, means a full build.
The record lives in the project's .cache/ (never committed); losing it only costs time.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from toolkit.project import Project

RECORD = Path(".cache") / "termkit" / "build-record.json"
FORMAT = 1


def inputs_digest(project: Project, files: list[Path]) -> str:
    """One digest of everything a build's outputs depend on."""
    from toolkit.termbase.reference import reference_stamp
    import toolkit

    digest = hashlib.sha256(f"{FORMAT}\0{toolkit.__version__}\0".encode())
    settings = (project.languages, sorted(project.domains.items()), project.reference_data,
                [str(p.relative_to(project.root)) for p in (project.sources, project.glossary, project.locales)])
    digest.update(repr(settings).encode())
    for path in files:
        digest.update(f"\0{path.relative_to(project.root).as_posix() if path.is_relative_to(project.root) else path}\0".encode())
        digest.update(path.read_bytes() if path.is_file() else b"\0absent")
    if project.reference_data:
        digest.update(reference_stamp().encode())
    digest.update(code_stamp().encode())
    return digest.hexdigest()


def code_stamp() -> str:
    """termkit's own modules and data by size and mtime: new code may write new bytes."""
    package = Path(__file__).resolve().parent
    entries = []
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".pyx", ".so", ".tsv", ".json", ".js", ".css", ".html"):
            stat = path.stat()
            entries.append(f"{path.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}")
    return "|".join(entries)


def unchanged_outputs(project: Project, digest: str) -> dict | None:
    """The last record, if it was made from these inputs and every output is as written."""
    try:
        record = json.loads((project.root / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("inputs") != digest or not isinstance(record.get("outputs"), dict):
        return None
    for name, sha in record["outputs"].items():
        path = project.root / name
        try:
            if _sha256(path) != sha:
                return None
        except OSError:
            return None
    return record


def remember(project: Project, digest: str, outputs: list[Path], summary: str, notices: list[str]) -> None:
    """Write the record after a full build; an unwritable cache only costs the next build time."""
    from toolkit.errors import InputError
    from toolkit.files import atomic

    record = {
        "inputs": digest,
        "outputs": {path.relative_to(project.root).as_posix(): _sha256(path) for path in outputs},
        "summary": summary,
        "notices": notices,
    }
    try:
        atomic.write_text(project.root / RECORD, json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True))
    except (InputError, OSError):
        pass


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def source_files(project: Project) -> list[Path]:
    """Every file a build reads: the curated base, decisions, and all under sources/."""
    files = [project.termbase, project.decisions]
    if project.sources.is_dir():
        files += sorted(path for path in project.sources.rglob("*") if path.is_file())
    return files
