"""Export's snapshot of the whole base: read from the cache while the base is unchanged, never stale."""

from __future__ import annotations

import pytest
from test_matcher import ministry_base

from toolkit.formats.tbx import save_termbase, tbx_bytes
from toolkit.index import cache
from toolkit.index.loader import build_indexes
from toolkit.index.snapshot import cached_termbase
import toolkit.formats


@pytest.fixture
def base_file(tmp_path, monkeypatch):
    monkeypatch.setenv("TERMKIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "STAT_TRUST_AFTER", 0)
    path = tmp_path / "glossary" / "termbase.tbx"
    save_termbase(ministry_base(), path)
    return path


def refuse_parsing(monkeypatch):
    def refuse(path):
        raise AssertionError(f"{path} was parsed although its snapshot is cached")

    monkeypatch.setattr(toolkit.formats, "read_any", refuse)


def test_the_snapshot_left_when_the_base_is_written_is_what_export_reads(base_file, monkeypatch):
    build_indexes(base_file, with_reference=False)
    refuse_parsing(monkeypatch)
    loaded = cached_termbase(base_file)
    assert tbx_bytes(loaded) == tbx_bytes(ministry_base())  # every field, same bytes


def test_an_edited_base_is_read_again(base_file):
    cached_termbase(base_file)
    edited = ministry_base()
    first = edited.concepts[0].id
    edited.concepts[0].definition = "edited after the snapshot"
    save_termbase(edited, base_file)
    assert cached_termbase(base_file).get(first).definition == "edited after the snapshot"
