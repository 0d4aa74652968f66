"""Hostile XML is refused quickly, nothing it references leaks out, and writes are atomic."""

from __future__ import annotations

import os
import resource
import time

import pytest

from toolkit.errors import InputError
from toolkit.files import atomic
from toolkit.formats.tbx import read_tbx, save_termbase
from toolkit.model.termbase import Concept, Term, TermBase

SECRET = "TERMKIT-SECRET-7f3a"

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE tbx [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic"><text><body>
<conceptEntry id="a"><langSec xml:lang="en"><termSec><term>&lol9;</term></termSec></langSec></conceptEntry>
</body></text></tbx>
"""


def external_entity(target: str) -> str:
    return f"""<?xml version="1.0"?>
<!DOCTYPE martif [ <!ENTITY xxe SYSTEM "{target}"> ]>
<martif type="TBX"><text><body>
<termEntry><langSet xml:lang="en"><tig><term>&xxe;</term></tig></langSet></termEntry>
</body></text></martif>
"""


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_billion_laughs_is_refused_fast_in_bounded_memory(tmp_path, termkit):
    path = tmp_path / "laughs.tbx"
    path.write_text(BILLION_LAUGHS)
    before, started = peak_rss_mb(), time.monotonic()
    result = termkit("import", path, "--termbase", tmp_path / "base.tbx")
    assert result.code == 2
    assert "declares entities" in result.err
    assert time.monotonic() - started < 5
    assert peak_rss_mb() - before < 100
    assert not (tmp_path / "base.tbx").exists()


@pytest.mark.parametrize("scheme", ["file", "http"])
def test_external_entity_is_refused_and_never_read(tmp_path, termkit, scheme):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    target = secret.as_uri() if scheme == "file" else "http://127.0.0.1:9/secret"
    path = tmp_path / "xxe.tbx"
    path.write_text(external_entity(target))
    base = tmp_path / "base.tbx"
    result = termkit("import", path, "--termbase", base)
    assert result.code == 2
    assert f"{path}:2: refused" in result.err
    assert SECRET not in result.out + result.err
    assert not base.exists()


def test_external_dtd_is_not_loaded(tmp_path):
    """A martif DOCTYPE naming a DTD (as Weblate writes) is fine: the DTD is never fetched."""
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY leak "{SECRET}">')
    path = tmp_path / "v2.tbx"
    path.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE martif SYSTEM "{dtd.as_uri()}">\n'
        '<martif type="TBX"><text><body><termEntry><langSet xml:lang="en"><tig><term>ok</term>'
        "</tig></langSet></termEntry></body></text></martif>\n"
    )
    termbase = read_tbx(path)
    assert [t.text for _, t in termbase.concepts[0].all_terms()] == ["ok"]


def test_deep_nesting_is_refused(tmp_path):
    path = tmp_path / "deep.tbx"
    path.write_text('<tbx xmlns="urn:iso:std:iso:30042:ed-2">' + "<a>" * 100_000 + "</a>" * 100_000 + "</tbx>")
    with pytest.raises(InputError) as error:
        read_tbx(path)
    assert error.value.line == 1


def small_base(text: str) -> TermBase:
    concept = Concept(id="c-one")
    concept.add_term("en", Term(text))
    return TermBase(concepts=[concept])


def test_interrupted_write_leaves_old_file_byte_identical(tmp_path, monkeypatch):
    path = tmp_path / "termbase.tbx"
    save_termbase(small_base("old"), path)
    before = path.read_bytes()

    def crash(*args, **kwargs):
        raise KeyboardInterrupt("killed half way")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        save_termbase(small_base("new " * 10_000), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["termbase.tbx"]


def test_full_disk_is_a_clear_error_and_keeps_old_file(tmp_path, monkeypatch):
    path = tmp_path / "termbase.tbx"
    save_termbase(small_base("old"), path)
    before = path.read_bytes()

    def no_space(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(InputError) as error:
        atomic.write_bytes(path, b"new content")
    assert "No space left on device" in error.value.one_line()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["termbase.tbx"]
