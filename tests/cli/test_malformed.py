"""Malformed input for every reader: one line naming file and line, exit 2, nothing written.

Also fuzzing (hypothesis) of the PO, CSV and HTML readers: nothing escapes but InputError.
"""

from __future__ import annotations

import codecs

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.errors import InputError
from toolkit.formats import read_any
from toolkit.ingest import ingest

BIG = 50_000_000

# name -> (bytes, expected line or None when the whole file is at fault, words in the message)
IMPORT_CORPUS = {
    "truncated.tbx": (b'<martif type="TBX"><text><body>\n<termEntry><langSet xml:lang="en">\n<tig><term>a', 3, "malformed XML"),
    "unknown_element.tbx": (b'<martif type="TBX"><text><body><termEntry>\n<langSet xml:lang="en"><tig><term>a</term>\n'
                            b"<termNotes>x</termNotes></tig></langSet></termEntry></body></text></martif>", 3, "unknown element <termNotes>"),
    "utf16_without_bom.tbx": ('<martif><text><body/></text></martif>'.encode("utf-16-le"), 1, "malformed XML"),
    "single_huge_line.tbx": (b'<martif type="TBX"><text><body><termEntry><langSet xml:lang="en"><tig><term>'
                             + b"a" * BIG + b"</term></tig></langSet></termEntry></body></text></martif>", 1, "malformed XML"),
    "bad_escape.po": (b'msgid ""\nmsgstr ""\n"Language: ko\\n"\n\nmsgid "a\\q"\nmsgstr "b"\n', 5, "invalid escape"),
    "duplicate.po": (b'msgctxt "c"\nmsgid "a"\nmsgstr "b"\n\nmsgctxt "c"\nmsgid "a"\nmsgstr "c"\n', None, "twice"),
    "unclosed.po": (b'msgid "a\nmsgstr "b"\n', 1, "no closing quote"),
    "latin1.po": ('msgid "Bélgica"\nmsgstr "Bélgica"\n'.encode("latin-1"), 1, "not valid UTF-8"),
    "single_huge_line.po": (b'msgid "' + b"a" * BIG + b'"\nmsgstr "b"\n', 1, "characters"),
    "binary.po": (b"\xde\x12\x04\x95\x00\x00\x00\x00" * 8, None, "binary"),
    "empty.po": (b"", None, "empty"),
    "missing_column.csv": (b"id,en,ko\nc-1,Alpha\n", 2, ""),
    "extra_column.csv": (b"id,en,ko\nc-1,Alpha,\xec\x95\x8c\xed\x8c\x8c,surplus\n", 2, ""),
    "binary.csv": (bytes(range(256)) * 4, None, ""),
    "empty.csv": (b"", None, "empty"),
    "single_huge_line.csv": (b"id,en\nc-1," + b"a" * BIG + b"\n", 2, ""),
}


@pytest.mark.parametrize("name", sorted(IMPORT_CORPUS))
def test_malformed_import_input_gets_one_line_and_exit_2(tmp_path, termkit, name):
    content, line, words = IMPORT_CORPUS[name]
    path = tmp_path / name
    path.write_bytes(content)
    base = tmp_path / "glossary" / "termbase.tbx"
    result = termkit("import", path, "--termbase", base)
    assert result.code == 2, result.out
    message = result.err.strip()
    assert len(message.splitlines()) == 1 and "Traceback" not in message
    where = f"termkit: {path}:{line}:" if line else f"termkit: {path}"
    assert message.startswith(where), message
    assert words in message
    assert not base.exists()


INGEST_CORPUS = {
    "binary.txt": (b"\x00\x01\x02\x03" * 100, None, "not a text file"),
    "single_huge_line.txt": (b"a" * BIG, 1, "not a release line"),
    "huge_line_after_body.txt": (b"Press Releases\n\nTitle\n\n1. Body.\n" + b"b" * 200_000, 6, "not a release line"),
}


@pytest.mark.parametrize("name", sorted(INGEST_CORPUS))
def test_malformed_release_gets_one_line_and_exit_2(tmp_path, termkit, name):
    content, line, words = INGEST_CORPUS[name]
    path = tmp_path / name
    path.write_bytes(content)
    result = termkit("clean", path)
    assert result.code == 2
    where = f"termkit: {path}:{line}:" if line else f"termkit: {path}"
    assert result.err.startswith(where) and words in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_html_with_entities_leaks_nothing(tmp_path, termkit):
    secret = tmp_path / "secret.txt"
    secret.write_text("TERMKIT-SECRET-7f3a")
    page = tmp_path / "xxe.html"
    page.write_text(f'<!DOCTYPE html [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
                    "<html><body><h1>Title</h1><p>1. Body &x; here.</p></body></html>")
    result = termkit("clean", page)
    assert "TERMKIT-SECRET" not in result.out + result.err


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949"])
def test_wrong_or_mixed_encodings_in_po_are_refused_or_read(tmp_path, encoding):
    path = tmp_path / "ko.po"
    text = 'msgid ""\nmsgstr ""\n"Language: ko\\n"\n\nmsgctxt "org-sica"\nmsgid "SICA"\nmsgstr "중미통합체제"\n'
    path.write_bytes(text.encode(encoding))
    if encoding == "cp949":
        with pytest.raises(InputError) as error:
            read_any(path)
        assert error.value.line == 7
    else:
        assert read_any(path).get("org-sica").terms["ko"][0].text == "중미통합체제"


fuzz = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
noise = st.binary(max_size=300) | st.text(max_size=300).map(str.encode)

# reader -> (file name, a valid beginning the noise is appended to, the reading function)
FUZZED_READERS = {
    "po": ("fuzz.po", b'msgid ""\nmsgstr ""\n"Language: ko\\n"\n\n', read_any),
    "csv": ("fuzz.csv", codecs.BOM_UTF8 + b"id,subject,en,ko,es\n", read_any),
    "html": ("fuzz.html", b"<html><body><h1>Title</h1>", ingest),
}


@pytest.mark.parametrize("reader", sorted(FUZZED_READERS))
@fuzz
@given(data=noise)
def test_reader_fuzz_only_documented_errors(tmp_path, reader, data):
    name, start, read = FUZZED_READERS[reader]
    path = tmp_path / name
    path.write_bytes(start + data)
    try:
        read(path)
    except InputError as error:
        assert error.path == str(path)
