"""load_matcher's on-disk index: reused while the base is unchanged, never stale, self-healing."""

from __future__ import annotations

import os

import pytest
from test_matcher import concept, ministry_base, term

from toolkit.errors import InputError
from toolkit.formats.tbx import save_termbase
from toolkit.index import automaton
from toolkit.index import cache
from toolkit.index.loader import load_base
from toolkit.index.matcher import load_matcher
import toolkit.formats


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("TERMKIT_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def base_file(tmp_path):
    path = tmp_path / "glossary" / "termbase.tbx"
    save_termbase(ministry_base(), path)
    return path


def ids(matcher, text: str) -> list[str]:
    return [m.concept_id for m in matcher.find(text)]


def forbid_reading(monkeypatch):
    def refuse(path):
        raise AssertionError(f"term base {path} was parsed although the index is cached")

    monkeypatch.setattr(toolkit.formats, "read_any", refuse)


def test_second_load_uses_the_cached_index(cache_dir, base_file, monkeypatch):
    assert ids(load_matcher(base_file), "외교부는 SICA와") == ["mofa", "sica"]
    assert len(list(cache_dir.glob("matcher-*.marshal"))) == 1
    forbid_reading(monkeypatch)
    matcher = load_matcher(base_file)
    assert ids(matcher, "외교부는 SICA와") == ["mofa", "sica"]
    [match] = matcher.find("Choi Jong-kun")
    assert (match.term.term_type, match.term.status, match.term.sources) == ("variant", "admitted", [
        "https://www.mofa.go.kr/eng/"])


def test_rewriting_an_index_clears_what_a_killed_write_of_it_left(cache_dir, base_file):
    load_matcher(base_file)
    [index] = cache_dir.glob("matcher-*.marshal")
    index.unlink()  # as if the process writing it had been killed before the rename
    stale = cache_dir / f".{index.name}.{2 ** 22 + 1}.k1x_9.tmp"
    stale.write_bytes(b"partial")
    assert ids(load_matcher(base_file), "MIKTA") == ["mikta"]
    assert index.exists() and not stale.exists()


def test_changed_base_is_matched_at_once(cache_dir, base_file):
    assert ids(load_matcher(base_file), "MIKTA and CABEI") == ["mikta"]
    base = ministry_base()
    base.concepts.append(concept("cabei", "organization", en=[term("CABEI", "acronym")]))
    save_termbase(base, base_file)
    assert ids(load_matcher(base_file), "MIKTA and CABEI") == ["mikta", "cabei"]


def test_same_size_same_mtime_edit_is_still_seen(cache_dir, base_file, monkeypatch):
    """The stat shortcut must not hide an edit that keeps size and mtime (ctime still moves)."""
    monkeypatch.setattr(cache, "STAT_TRUST_AFTER", 0)
    assert ids(load_matcher(base_file), "India") == ["india"]
    before = os.stat(base_file)
    data = base_file.read_bytes()
    base_file.write_bytes(data.replace(b">India<", b">Indja<"))
    os.utime(base_file, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert os.stat(base_file).st_size == before.st_size
    assert ids(load_matcher(base_file), "India or Indja") == ["india"]
    assert load_matcher(base_file).find("India or Indja")[0].text == "Indja"


def test_corrupt_index_is_rebuilt(cache_dir, base_file):
    load_matcher(base_file)
    [index] = cache_dir.glob("matcher-*.marshal")
    for damage in (index.read_bytes()[:1000], b"\x00garbage", b""):
        index.write_bytes(damage)
        assert ids(load_matcher(base_file), "the Ministry of Foreign Affairs") == ["mofa"]
        assert len(index.read_bytes()) > 1000


def test_accent_modes_have_their_own_index(cache_dir, base_file):
    text = "el Sistema de la Integracion Centroamericana"
    assert ids(load_matcher(base_file), text) == []
    assert ids(load_matcher(base_file, accent_insensitive=True), text) == ["sica"]
    assert ids(load_matcher(base_file), text) == []
    assert len(list(cache_dir.glob("matcher-*.marshal"))) == 2


def test_one_cache_in_the_user_cache_folder_whatever_the_current_folder(tmp_path, base_file, monkeypatch):
    """Indexes are keyed by content, so the user's cache folder serves every project, and
    running from another folder (a project's sources/) finds the same index."""
    monkeypatch.delenv("TERMKIT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    (tmp_path / "sources").mkdir()
    for folder in (tmp_path / "sources", tmp_path, base_file.parent):
        monkeypatch.chdir(folder)
        load_matcher(base_file)
        load_base(base_file).near_miss_index()
    cache = tmp_path / "user-cache" / "termkit"
    assert len(list(cache.glob("matcher-*.marshal"))) == 1
    assert len(list(cache.glob("check-nearmiss-*.buckets"))) == 1
    assert not (tmp_path / ".cache").exists()


def test_unwritable_cache_only_costs_speed(tmp_path, base_file, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("TERMKIT_CACHE_DIR", str(blocker))
    assert ids(load_matcher(base_file), "MIKTA") == ["mikta"]


def test_missing_base_is_an_input_error(cache_dir, tmp_path):
    with pytest.raises(InputError) as error:
        load_matcher(tmp_path / "nowhere.tbx")
    assert "nowhere.tbx" in error.value.one_line()


def automaton_matcher(base_file):
    """A matcher from the cache that has switched to its Aho-Corasick automaton."""
    matcher = load_matcher(base_file)
    matcher.automaton_after = 0
    return matcher


def count_builds(monkeypatch) -> list[int]:
    builds: list[int] = []
    build = automaton.build_automaton

    def counted(keys):
        builds.append(len(keys))
        return build(keys)

    monkeypatch.setattr(automaton, "build_automaton", counted)
    return builds


def test_automaton_is_built_once_per_base(cache_dir, base_file, monkeypatch):
    builds = count_builds(monkeypatch)
    assert ids(automaton_matcher(base_file), "외교부는 SICA와") == ["mofa", "sica"]
    assert ids(automaton_matcher(base_file), "외교부는 SICA와") == ["mofa", "sica"]
    assert len(builds) == 1
    assert len(list(cache_dir.glob("automaton-*.marshal"))) == 1

    base = ministry_base()
    base.concepts.append(concept("cabei", "organization", en=[term("CABEI", "acronym")]))
    save_termbase(base, base_file)
    assert ids(automaton_matcher(base_file), "MIKTA and CABEI") == ["mikta", "cabei"]
    assert len(builds) == 2


def test_damaged_automaton_is_rebuilt(cache_dir, base_file, monkeypatch):
    automaton_matcher(base_file).find("SICA")
    [stored] = cache_dir.glob("automaton-*.marshal")
    intact = stored.read_bytes()
    flipped = bytearray(intact)
    flipped[-100] ^= 0xFF
    builds = count_builds(monkeypatch)
    for damage in (bytes(flipped), intact[:-1], intact[:40], b"\x00garbage", b""):
        stored.write_bytes(damage)
        assert ids(automaton_matcher(base_file), "the Ministry of Foreign Affairs and SICA") == ["mofa", "sica"]
        assert stored.read_bytes() == intact
    assert len(builds) == 5


def test_automaton_from_another_daachorse_is_rebuilt(cache_dir, base_file, monkeypatch):
    """A stored automaton daachorse refuses (a format change without a file change) costs a build."""
    automaton_matcher(base_file).find("SICA")

    def refuse(data):
        raise ValueError("InvalidAutomatonError: invalid serialized automaton")

    monkeypatch.setattr(automaton.Automaton, "deserialize", refuse)
    builds = count_builds(monkeypatch)
    assert ids(automaton_matcher(base_file), "MIKTA") == ["mikta"]
    assert len(builds) == 1


def test_new_base_gets_its_automaton_with_its_index(cache_dir, base_file, monkeypatch):
    """So the first big scan reads the automaton instead of building it."""
    load_matcher(base_file)
    assert len(list(cache_dir.glob("automaton-*.marshal"))) == 1
    builds = count_builds(monkeypatch)
    assert ids(automaton_matcher(base_file), "MIKTA") == ["mikta"]
    assert builds == []


def test_stored_automaton_is_used_on_shorter_texts(cache_dir, base_file):
    """Reading a stored automaton costs a quarter of building one, so probing stops sooner."""
    reading = load_matcher(base_file).automaton_after
    [stored] = cache_dir.glob("automaton-*.marshal")
    stored.unlink()  # pruned, or lost with the cache folder
    building = load_matcher(base_file).automaton_after
    assert 0 < reading < building / 3


def test_a_new_base_is_parsed_once_for_every_index(tmp_path, monkeypatch):
    """On a cold cache, look-up, matcher, check's concepts and near-miss index share one parse."""
    import shutil

    from conftest import ROOT
    from toolkit.formats import tbx
    from toolkit.index.loader import build_indexes

    monkeypatch.setenv("TERMKIT_CACHE_DIR", str(tmp_path / "cache"))
    shutil.copy(ROOT / "glossary" / "termbase.tbx", tmp_path / "termbase.tbx")
    parsed = []
    read_tbx = tbx.read_tbx
    monkeypatch.setattr(tbx, "read_tbx", lambda *args, **kwargs: parsed.append(args[0]) or read_tbx(*args, **kwargs))
    build_indexes(tmp_path / "termbase.tbx", True)
    assert len(parsed) == 1 and (tmp_path / "cache").is_dir()


def test_remembered_digests_of_many_bases_are_pruned(cache_dir, tmp_path, monkeypatch):
    """Every base file read leaves a small remembered digest; they must not pile up forever."""
    monkeypatch.setattr(cache, "STAT_TRUST_AFTER", 0)
    monkeypatch.setattr(cache, "KEEP_STAMPS", 3)
    for number in range(6):
        path = tmp_path / f"base{number}.tbx"
        path.write_bytes(b"x" * number)
        cache.content_key(path, "matcher", "1")
    assert len(list(cache_dir.glob("stamp-*.marshal"))) == 3
    assert cache.content_key(tmp_path / "base5.tbx", "matcher", "1")  # the newest still answers
