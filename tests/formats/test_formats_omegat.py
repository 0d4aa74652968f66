"""OmegaT glossary export: the shape of the glossary.txt files real OmegaT projects keep
(../shared/data/cat-formats/glossary), with the base's preferred targets and nothing rejected."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, shared_path

BASE = FIXTURES / "inputs" / "base.csv"
REAL = ["omegat_omegat-l10n-es_glossary.txt", "omegat_residencia-2c2025_glossary.txt",
        "omegat_openchain-spec-kr_glossary.txt", "omegat_openchain-curriculum-kr_glossary.txt"]


def entries(data: bytes) -> list[list[str]]:
    """What OmegaT's glossary reader takes from a file: UTF-8 lines, '#' comments skipped,
    tab-separated source, target and an optional comment."""
    text = data.decode("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.shared
@pytest.mark.parametrize("name", REAL)
def test_real_omegat_glossaries_have_the_shape_we_write(name):
    rows = entries(shared_path("data", "cat-formats", "glossary", name).read_bytes())
    assert rows and all(2 <= len(row) <= 3 and row[0] and row[1] for row in rows)


def test_export_is_an_omegat_glossary_en_to_ko(termkit, tmp_path):
    out = tmp_path / "glossary.txt"
    run = termkit("export", "omegat", "--lang", "ko", "-o", out, "--termbase", BASE)
    assert run.code == 0, run.err
    data = out.read_bytes()
    assert data.startswith(b"# Glossary in tab-separated format -*- coding: utf-8 -*-\n")
    assert not data.startswith(b"\xef\xbb\xbf")
    rows = entries(data)
    assert all(len(row) == 3 for row in rows)
    assert ["Ministry of Foreign Affairs", "외교부", "avoid: 외교통상부; termkit: mofa"] in rows
    assert ["UN", "국제연합", "termkit: un"] in rows  # admitted source variants lead to the preferred target
    assert not any(row[0] == "Ministry of Foreign Affairs and Trade" for row in rows)  # superseded: no line
    assert not any(row[1] in ("외교통상부", "외무장관") for row in rows)


def test_korean_source_to_spanish(termkit):
    run = termkit("export", "omegat", "--source-lang", "ko", "--lang", "es", "--termbase", BASE)
    assert ["외교부", "Ministerio de Relaciones Exteriores",
            "avoid: Ministerio de Relaciones Exteriores y Comercio; termkit: mofa"] in entries(run.out.encode())


def test_needs_one_target_language(termkit):
    run = termkit("export", "omegat", "--termbase", BASE)
    assert run.code == 2 and "exactly one --lang" in run.err
