"""The termkit command runs without the cyclic collector's walks; the library never switches
the process-wide collector itself; the pause gives it back as found."""

from __future__ import annotations

import gc

import pytest

from toolkit.cli.gc_pause import gc_paused
from toolkit.formats import read_any
from toolkit.formats.csvfile import write_csv
from toolkit.formats.po import write_po
from toolkit.formats.tbx import save_termbase
from toolkit.index.lookup import LookupIndex
from toolkit.index.matcher import Matcher
from toolkit.model.termbase import Concept, Context, Term, TermBase


def big_base(concepts: int = 3000) -> TermBase:
    base = TermBase()
    for number in range(concepts):
        concept = Concept(id=f"c-{number:05d}", subject="organization", notes=[f"note {number}"])
        for lang, word in (("en", "Office"), ("ko", "사무소"), ("es", "Oficina")):
            concept.add_term(lang, Term(f"{word} {number}", "fullForm", "preferred", sources=["test"],
                                        contexts=[Context(f"The {word} {number} met.", "test")]))
        base.concepts.append(concept)
    return base


def collections() -> list[int]:
    return [generation["collections"] for generation in gc.get_stats()]


def assert_no_walks_since(before: list[int]) -> None:
    """No collection of the older generations, and at most the one young collection that
    follows switching the collector back on."""
    after = collections()
    assert after[1:] == before[1:] and after[0] - before[0] <= 1, (before, after)


@pytest.fixture(scope="module")
def base() -> TermBase:
    return big_base()


@pytest.mark.parametrize("suffix", [".tbx", ".csv", ".po"])
def test_a_command_reading_a_large_base_starts_no_collection(termkit, tmp_path, base, suffix):
    path = tmp_path / f"base{suffix}"
    {".tbx": save_termbase, ".csv": write_csv, ".po": lambda b, p: write_po(b, p, "en", "ko")}[suffix](base, path)
    gc.collect()
    before = collections()
    run = termkit("export", "csv", "--termbase", path, "-o", tmp_path / "out.csv")
    assert run.code == 0, run.err
    assert_no_walks_since(before)
    assert gc.isenabled()


@pytest.mark.parametrize("suffix", [".tbx", ".csv", ".po"])
def test_the_library_leaves_the_collector_alone(tmp_path, base, suffix, monkeypatch):
    path = tmp_path / f"base{suffix}"
    {".tbx": save_termbase, ".csv": write_csv, ".po": lambda b, p: write_po(b, p, "en", "ko")}[suffix](base, path)

    def refuse():
        raise AssertionError("the library switched the process-wide collector off")

    monkeypatch.setattr(gc, "disable", refuse)
    assert len(read_any(path).concepts) == 3000
    Matcher.index(base, accent_insensitive=False)
    LookupIndex.plain_from_termbase(base)


def test_the_collector_comes_back_as_it_was():
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(ValueError), gc_paused():
        raise ValueError("bad input")
    assert gc.isenabled()
