"""Near misses (TK103/TK105): the slips the issue lists are caught; names written right,
inflected, generic or merely similar are not."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from toolkit.index.nearmiss import NearMissIndex
from toolkit.formats import read_any

BASE = read_any(FIXTURES / "check" / "seed_base.csv")


@pytest.fixture(scope="module")
def index() -> NearMissIndex:
    return NearMissIndex.from_termbase(BASE)


@pytest.mark.parametrize("text, written, known", [
    ("The Central America Integration System met.", "Central America Integration System", "Central American Integration System"),
    ("Deputy Minister Kang Jung-sik said", "Kang Jung-sik", "Kang Jeong-sik"),
    ("the Vice Minister of Foreign Affair explained", "Vice Minister of Foreign Affair", "Vice Minister of Foreign Affairs"),
    ("최종건 차관은 중미통합체재 회원국과", "중미통합체재", "중미통합체제"),
    ("중미통합체재와의 협력을", "중미통합체재", "중미통합체제"),
    ("el Sistema de Integración Centroamericana", "Sistema de Integración Centroamericana", "Sistema de la Integración Centroamericana"),
    ("con el Banco Centroamericano de Integracion Económica", "Banco Centroamericano de Integracion Económica",
     "Banco Centroamericano de Integración Económica"),
    ("la Organizacion Mundial del Comercio", "Organizacion Mundial del Comercio", "Organización Mundial del Comercio"),
    ("Secretary Marcelo Ebrardo", "Marcelo Ebrardo", "Marcelo Ebrard"),
    # two slips in a long name (issue 18): found, the name stays unambiguous
    ("con el Banco Centroamericano de Integracion Economica", "Banco Centroamericano de Integracion Economica",
     "Banco Centroamericano de Integración Económica"),
])
def test_slips_are_found(index, text, written, known):
    found = [(miss.text, miss.term.text) for miss in index.find(text, [])]
    assert found == ([(written, known)] if written else [])


@pytest.mark.parametrize("text", [
    "the vice minister of foreign affair said",  # generic, lower case
    "Vice Ministers of Foreign Affairs",  # plural head
    "the Central American countries and Central America",  # adjective of a place
    "Minister of Foreign Affairs Marcelo Ebrard",  # a different title
    "Ministry of Foreign Affairs",
    "외교부장관은 한반도 문제를 논의하였다",  # 장관/차관 are two jamo apart: another word
    "인도네시아와 인도",
    "Viceministra de Relaciones Exteriores",
    "Viceministros de Relaciones Exteriores",
    "Korea-Central America Special Roundtable",
    "The Korea-SICA Summit in June",
    "Ambassador Choi Jong-moon",  # another person
])
def test_correct_or_other_names_are_not_near_misses(index, text):
    assert index.find(text, []) == []


def test_every_term_of_the_base_written_exactly_is_never_a_near_miss(index):
    for concept in BASE.concepts:
        for lang, term in concept.all_terms():
            text = f"{term.text}는 회의를 열었다." if lang == "ko" else f"In Seoul, {term.text} said."
            assert index.find(text, []) == [], term.text


def test_spans_the_matcher_matched_are_left_alone(index):
    text = "Vice Minister of Foreign Affair"
    assert index.find(text, [])  # unmatched: a slip in "Affairs"
    assert index.find(text, [(0, len(text), "vice-minister-foreign-affairs")]) == []


def test_the_index_survives_the_on_disk_store(index, tmp_path, monkeypatch):
    from toolkit.index.cache import cached_buckets

    monkeypatch.setenv("TERMKIT_CACHE_DIR", str(tmp_path))
    cached_buckets("check-nearmiss", "k1", index.to_plain)
    restored = NearMissIndex.from_store(cached_buckets("check-nearmiss", "k1", lambda: 1 / 0))
    text = "The Central America Integration System and 중미통합체재"
    assert [(m.text, m.term) for m in restored.find(text, [])] == [(m.text, m.term) for m in index.find(text, [])]
    assert len(restored.find(text, [])) == 2


def test_memos_forget_past_their_limit_without_changing_a_finding(shipped_base):
    """The near-miss search's memos start afresh past their limit (bounded memory on a file of
    any size, issue #23); forgetting must never change an answer."""
    from conftest import FIXTURES
    from toolkit.check.engine import check_files
    from toolkit.index.nearmiss import Memo

    texts = sorted((FIXTURES / "check").rglob("*.txt"))
    expected, _ = check_files(texts, shipped_base)
    index = shipped_base.near_miss_index()
    memos = [memo for memo in vars(index).values() if isinstance(memo, Memo)]
    assert len(memos) >= 8
    for memo in memos:
        memo.clear()
        memo.limit = 2
    try:
        assert check_files(texts, shipped_base)[0] == expected and expected
        assert all(len(memo) <= 2 for memo in memos)
    finally:
        for memo in memos:
            memo.limit = Memo().limit
