"""`termkit extract` reads the files translators work in: each name points at its place in
the XLIFF, TMX, DOCX or HWPX file, as a release's names point at its raw lines."""

from __future__ import annotations

import json

from conftest import shared_path

XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="es" datatype="plaintext" original="release.txt">
    <body>
      <trans-unit id="1">
        <source>The Central American Integration System (SICA) met in Seoul.</source>
        <target>El <g id="b">Sistema de la Integración Centroamericana</g> (SICA) se reunió en Seúl.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def test_names_in_an_xliff_target_point_at_the_file(termkit, tmp_path):
    path = tmp_path / "release.es.xlf"
    path.write_text(XLIFF, encoding="utf-8")
    run = termkit("extract", path, "--format", "json")
    assert run.code == 0, run.err
    mentions = json.loads(run.out)["mentions"]
    lines = XLIFF.split("\n")
    by_text = {m["text"]: m for m in mentions}
    assert "Sistema de la Integración Centroamericana" in by_text
    for mention in mentions:
        raw = lines[mention["line"] - 1]
        assert raw[mention["column"] - 1:].startswith(mention["text"]), mention
    assert {m["language"] for m in mentions} == {"es"}


def test_every_real_translator_file_reads_for_extract(termkit):
    folder = shared_path("data", "cat-formats")
    found = {}
    for path in [*sorted(folder.glob("xliff/*"))[:3], *sorted(folder.glob("docx/*"))[:2],
                 *sorted(folder.glob("tmx/*"))[:2], *sorted(folder.glob("hwpx/*"))[:2]]:
        run = termkit("extract", path, "--format", "json")
        assert run.code == 0, (path, run.err)
        found[path.parent.name] = found.get(path.parent.name, 0) + len(json.loads(run.out)["mentions"])
    assert all(found[kind] > 0 for kind in ("xliff", "docx", "tmx")), found
