"""`termkit build`: the whole flow on a project's own folders, as one pure function of its inputs.

sources/ --ingest--> documents --extract+align--> candidates
glossary/termbase.tbx + review decisions --> glossary/termbase.tbx (normalized, curated only)
... + reference data + pending candidates --> glossary/candidates.json, derived glossaries, catalogs.

The curated file only ever gains what a person decided (accepted candidates) and never holds
reference data; proposals no one has reviewed reach the derived outputs marked as candidates,
never as approved. Same inputs, byte-identical outputs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from toolkit import stamp
from toolkit.align import propose
from toolkit.errors import InputError
from toolkit.files import atomic
from toolkit.formats.outputs import standard_outputs
from toolkit.formats.tbx import load_termbase, tbx_bytes
from toolkit.index.loader import build_indexes
from toolkit.ingest import expand_paths, ingest
from toolkit.model.candidate import candidates_json
from toolkit.model.termbase import TermBase
from toolkit.project import Project
from toolkit.termbase.reference import merge_reference, without_reference
from toolkit.termbase.review import apply_review, load_decisions, pending
from toolkit.termbase.validate import validate_termbase

# The steps of a full build, in order, as `progress` is told of them.
STEPS = ("reading the term base", "cleaning and extracting the releases", "aligning names",
         "writing glossaries and catalogs", "building the look-up and check indexes")
PAIRS_FILE = "pairs.tsv"


@dataclass
class BuildReport:
    """What a build did: a summary line, notices for the user (integrity warnings, conflicts),
    and the files it wrote, left unchanged, or cleared (temp files of a killed write)."""

    summary: str
    notices: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def build(project: Project, progress=lambda step: None) -> BuildReport:
    """Run the flow on `project` and write its outputs; refuse a base with integrity errors.

    When nothing it reads changed since the last build and every output is as it was
    written, nothing is redone (toolkit.stamp). `progress(step)` is called as each of STEPS
    begins (a terminal shows it; the library prints nothing)."""
    digest = stamp.inputs_digest(project, stamp.source_files(project))
    record = stamp.unchanged_outputs(project, digest)
    if record is not None:
        report = BuildReport(summary=record["summary"], notices=record["notices"],
                             unchanged=[project.root / name for name in record["outputs"]])
    else:
        report = _full_build(project, progress)
        # build normalizes the curated file it reads: the record holds the inputs as they now are
        digest = stamp.inputs_digest(project, stamp.source_files(project))
        stamp.remember(project, digest, report.written + report.unchanged, report.summary, report.notices)
        progress(STEPS[4])
        build_indexes(project.termbase, project.reference_data)
    if not _releases(project):
        report.warnings.append(f"no releases in {project.sources} (.txt, .html): only the term base's outputs were built")
    for path in sorted(report.written + report.unchanged):
        report.removed += atomic.remove_stale_temporaries(path)
    return report


def _full_build(project: Project, progress) -> BuildReport:
    progress(STEPS[0])
    termbase_path = project.termbase
    decisions = load_decisions(project.decisions)
    curated, base = read_base(project, decisions)
    documents, alignment = proposals(project, base, decisions, progress)
    problems = validate_termbase(base)
    errors = [problem for problem in problems if problem.severity == "error"]
    if errors:
        raise InputError(termbase_path, f"{len(errors)} integrity error(s), first: {errors[0]}; run `termkit validate`")
    counts = ", ".join(f"{lang} {count}" for lang, count in base.term_count().items())
    report = BuildReport(
        summary=f"{len(documents)} release(s); {len(base.concepts)} concepts; terms: {counts or 'none'}; "
                f"{alignment.summary()}",
        notices=[str(problem) for problem in problems] + [f"conflict: {conflict}" for conflict in alignment.conflicts],
    )
    progress(STEPS[3])
    with_candidates = apply_review(base, alignment.candidates, decisions)
    _write_if_changed(report, termbase_path, tbx_bytes(curated))
    _write_if_changed(report, project.candidates,
                      candidates_json(alignment.candidates, alignment.conflicts).encode("utf-8"))
    outputs = standard_outputs(with_candidates, project.glossary, project.locales, project.languages, project.domains)
    for path, data in outputs.items():
        _write_if_changed(report, path, data)
    return report


def read_base(project: Project, decisions: dict) -> tuple[TermBase, TermBase]:
    """The curated base with the decisions applied, and the same with reference data merged
    when the project asks for it (what alignment and the outputs read)."""
    curated = without_reference(apply_review(load_termbase(project.termbase, missing_ok=True), [], decisions))
    return curated, merge_reference(curated) if project.reference_data else curated


def proposals(project: Project, base: TermBase, decisions: dict, progress=lambda step: None):
    """The proposal step: sources/ ingested and aligned against `base`; the candidates nobody
    has decided on yet. Returns (documents, AlignmentResult)."""
    progress(STEPS[1])
    documents = _ingest(project)
    progress(STEPS[2])
    pairs = project.sources / PAIRS_FILE
    alignment = propose(documents, base, pairs_path=pairs if pairs.exists() else None)
    alignment.candidates = pending(alignment.candidates, decisions)
    return documents, alignment


def _releases(project: Project) -> list[Path]:
    return expand_paths([project.sources]) if project.sources.is_dir() else []


def _ingest(project: Project):
    """Every release under sources/, its path relative to the project so outputs never
    depend on where the repository was cloned."""
    documents = []
    for path in _releases(project):
        document = ingest(path)
        document.path = path.relative_to(project.root).as_posix()
        documents.append(document)
    return documents


def _write_if_changed(report: BuildReport, path: Path, data: bytes) -> None:
    """Write atomically, skipping files whose bytes would not change (keeps mtimes quiet)."""
    if path.exists() and path.read_bytes() == data:
        report.unchanged.append(path)
        return
    atomic.write_bytes(path, data)
    report.written.append(path)
