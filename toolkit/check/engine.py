"""Run the rules over files: the one library call behind `termkit check`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.index.loader import CheckBase
from toolkit.check.bitext import align
from toolkit.check.compounds import with_glued_offices
from toolkit.check.config import CheckConfig
from toolkit.check.context import CheckContext, Located
from toolkit.check.findings import Finding
from toolkit.check.inputs import checkable_paths, read_input
from toolkit.check.rules import RULES, default_config
from toolkit.model.segment import CheckedFile, Segment


@dataclass
class CheckRun:
    """What `termkit check` reports: the findings (placed in their unit or paragraph), how many
    files were checked, the files as read when asked for (--fix and --diff rewrite them; a
    plain check keeps none, so an archive of any size is checked in bounded memory), and the
    findings --fix applied (the findings are then those left)."""

    findings: list[Finding]
    checked: int = 0
    files: list[CheckedFile] = field(default_factory=list)
    fixed: list[Finding] = field(default_factory=list)


def check_paths(paths: Iterable[str | Path], base: CheckBase, config: CheckConfig | None = None,
                source: str | Path | None = None, fix: bool = False,
                progress: Callable[[int, int, str], None] | None = None, jobs: int = 1,
                keep_files: bool = False) -> CheckRun:
    """Check files and folders; with `fix`, write the unambiguous fixes and check the
    rewritten files again, so what is reported is what is left, where it now is."""
    paths = list(paths)
    run = _run(paths, base, config, source, progress, jobs, keep_files or fix)
    if fix:
        from toolkit.check.fix import write_fixes
        from toolkit.inputs.docx import write_docx_fixes

        run.fixed = write_fixes(run.files, run.findings) + write_docx_fixes(run.files, run.findings)
        if run.fixed:
            run.findings = _run(paths, base, config, source, None, jobs, False).findings
    return run


def _run(paths, base, config, source, progress, jobs: int, keep_files: bool) -> CheckRun:
    """Each file's findings placed as soon as it is checked; the file itself is let go unless
    `keep_files` (job processes then send back its findings only)."""
    run = CheckRun([])
    for found, checked in _each_file(paths, base, config, source, progress, jobs, (True, keep_files)):
        run.findings += found
        run.checked += 1
        if keep_files:
            run.files.append(checked)
    return run


def check_files(paths: Iterable[str | Path], base: CheckBase, config: CheckConfig | None = None,
                source: str | Path | None = None,
                progress: Callable[[int, int, str], None] | None = None,
                jobs: int = 1) -> tuple[list[Finding], list[CheckedFile]]:
    """Findings for every file (in the order of the files, each file's sorted), and the files
    as read (for --fix).

    With `source`, each file is a translation of it and TK201 compares aligned segments.
    `progress(done, total, path)` is called as files are done. With `jobs` > 1 the files are
    checked by that many forked processes, which share the loaded base copy-on-write; the
    result is the same, in the same order.
    """
    results = list(_each_file(paths, base, config, source, progress, jobs, (False, True)))
    return [finding for found, _ in results for finding in found], [checked for _, checked in results]


def _each_file(paths, base: CheckBase, config: CheckConfig | None, source, progress, jobs: int,
               placing: tuple[bool, bool]):
    """(findings, file) per file, in the order of the files; `placing` = (name each finding's
    unit or paragraph, keep the file as read)."""
    config = config or default_config()
    source_file = read_input(source) if source is not None else None
    paths = checkable_paths(paths)
    state = (base, config, source_file, placing)
    if jobs > 1 and len(paths) > 1:
        import multiprocessing

        # forked, the workers get `state` as the parent holds it: nothing is pickled but paths and
        # results. The lazily loaded near-miss index is loaded first, so that workers share it
        # instead of each reading (or building and writing) its cache at once.
        base.near_miss_index()
        with multiprocessing.get_context("fork").Pool(min(jobs, len(paths)), _start_worker, (state,)) as pool:
            yield from _reported(pool.imap(_check_in_worker, paths), paths, progress)
    else:
        yield from _reported((_check_one(path, *state, jobs=jobs) for path in paths), paths, progress)


_WORKER_STATE: tuple = ()  # set in each worker process only


def _start_worker(state: tuple) -> None:
    global _WORKER_STATE
    _WORKER_STATE = state


def _check_in_worker(path: Path) -> tuple[list[Finding], CheckedFile | None]:
    return _check_one(path, *_WORKER_STATE)


def _check_one(path: Path, base: CheckBase, config: CheckConfig, source_file, placing: tuple[bool, bool],
               jobs: int = 1) -> tuple[list[Finding], CheckedFile | None]:
    checked = read_input(path)
    if source_file is not None and not checked.pairs:  # a catalog pairs msgid and msgstr itself
        checked.pairs = align(source_file, checked)
    config = config.for_document(checked.raw_text)
    found = None
    if jobs > 1 and sum(len(segment.text) for segment in checked.segments) >= BLOCKS_FROM_CHARS:
        found = _found_in_blocks(checked.segments, base, config.fuzzy_cutoff, jobs)
    findings = check_file(checked, base, config, found)
    place, keep = placing
    if place:
        from toolkit.inputs import with_places

        findings, _ = with_places(findings, [checked])
    return findings, checked if keep else None


# One file this long is searched in blocks of its segments by the job processes; the rules
# then run on the whole file (TK104 and TK106 look across it), so the findings are the same.
BLOCKS_FROM_CHARS = 200_000
BLOCKS_PER_JOB = 4  # blocks of unequal cost even out


def _found_in_blocks(segments: list[Segment], base: CheckBase, cutoff: float, jobs: int):
    """The matches and near misses of every segment, searched by `jobs` forked processes that
    share the loaded base; each block's results come back as plain tuples."""
    import multiprocessing

    base.matcher.prepare_for_large_text()
    base.near_miss_index()
    size = -(-len(segments) // (jobs * BLOCKS_PER_JOB))
    blocks = [(start, min(start + size, len(segments))) for start in range(0, len(segments), size)]
    with multiprocessing.get_context("fork").Pool(jobs, _start_worker, ((base, segments, cutoff),)) as pool:
        parts = pool.map(_search_block, blocks)
    matcher = base.matcher
    matches, near_misses = [], []
    for (start, _), (block_matches, block_near) in zip(blocks, parts):
        for offset, found in enumerate(block_matches):
            segment = segments[start + offset]
            matches += [Located(segment, matcher.match_from_plain(segment.text, plain)) for plain in found]
        for offset, found in enumerate(block_near):
            near_misses += [(segments[start + offset], miss) for miss in found]
    return matches, near_misses


def _search_block(block: tuple[int, int]):
    base, segments, cutoff = _WORKER_STATE
    index = base.near_miss_index()
    block_matches, block_near = [], []
    for segment in segments[block[0]:block[1]]:
        found = with_glued_offices(base.matcher, segment.text)
        block_matches.append([base.matcher.match_to_plain(match) for match in found])
        covered = [(match.start, match.end, match.concept_id) for match in found]
        block_near.append(index.find(segment.text, covered, cutoff))
    return block_matches, block_near


def _reported(results, paths: list[Path], progress):
    """The results as they come, telling `progress` of each."""
    for index, result in enumerate(results):
        yield result
        if progress:
            progress(index + 1, len(paths), str(paths[index]))
    if progress:
        progress(len(paths), len(paths), "")


def check_file(checked: CheckedFile, base: CheckBase, config: CheckConfig, found=None) -> list[Finding]:
    """One file's findings, duplicates removed, in file order; `found`: the file's matches and
    near misses, when job processes searched it in blocks."""
    ctx = CheckContext(checked, base.concepts, base.matcher, config, base.near_miss_index, found)
    unique = {}
    for rule in RULES:
        if rule.CODE in config.enabled:
            for finding in rule.check(ctx):
                unique.setdefault(finding.sort_key(), finding)
    return [unique[key] for key in sorted(unique)]
