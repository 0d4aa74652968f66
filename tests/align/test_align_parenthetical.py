"""Names glossed in place, in Korean, English and Spanish releases."""

from __future__ import annotations

import pytest

from toolkit.align.parenthetical import acronym_definitions, gloss_pairings
from toolkit.extract.acronyms import find_definitions


def pairs(text: str, lang: str = "ko") -> set[tuple[str, str, str, str]]:
    found = gloss_pairings(find_definitions(text), text, lang, "r.txt", 7)
    return {(p.a.lang, p.a.text, p.b.lang, p.b.text) for p in found}


def definitions_of(text: str, lang: str, line: int):
    return acronym_definitions(find_definitions(text), text, lang, "r.txt", line)


@pytest.mark.parametrize("text,korean,latin", [
    ("카를로스 오요스(Carlos Hoyos) 파나마 외교부 차관", "카를로스 오요스", "Carlos Hoyos"),
    ("북한의 김정은(Kim Jong Un)과 싱가포르에서", "김정은", "Kim Jong Un"),
    ("그의 발언은 전달되었습니다. 마이크 폼페이오 장관(Mike Pompeo)은", "마이크 폼페이오", "Mike Pompeo"),
    ("멕시코의 대선 주자 안드레스 마누엘 로페스 오브라도르가(Andres Manuel Lopez Obrador) 맹세했습니다",
     "안드레스 마누엘 로페스 오브라도르", "Andres Manuel Lopez Obrador"),
    ("이는 유럽연합(European Union) 및 NATO에 가입하려던", "유럽연합", "European Union"),
    ("미국 국립 허리케인 센터(National Hurricane Center)의 최신 모델은", "국립 허리케인 센터", "National Hurricane Center"),
])
def test_a_korean_name_is_paired_with_its_bracketed_original(text, korean, latin):
    assert ("ko", korean, "en", latin) in pairs(text)


def test_a_spanish_original_is_spanish_and_keeps_its_acronym_gloss():
    found = pairs("한-중미통합체제(SICA) 대화협의체(Reunión del Foro de Diálogo y Cooperación Corea-SICA)")
    assert ("ko", "한-중미통합체제(SICA) 대화협의체", "es", "Reunión del Foro de Diálogo y Cooperación Corea-SICA") in found


@pytest.mark.parametrize("text", [
    "조세 타네프스키(Gjose Tanevski)(62세)가 말했습니다.",  # the age is no name
    "그 단어는 다른 뜻(revision)으로 쓰였다",  # not a name
    "새로운 앨범 제목은 세계 질서(New World Order)였다",  # translated, and no institution word
])
def test_brackets_that_gloss_no_name_propose_nothing_wrong(text):
    found = pairs(text)
    assert all(p[3] not in ("62세", "revision", "New World Order") for p in found)
    assert not any(p[1] in ("세계 질서",) for p in found)


def test_english_cross_language_acronym_pairs_the_english_and_spanish_names():
    text = "The Central American Integration System (SICA, Sistema de la Integración Centroamericana): SICA"
    assert ("en", "Central American Integration System", "es", "Sistema de la Integración Centroamericana") in pairs(text, "en")
    definitions = {(d.acronym, d.lang, d.long) for d in definitions_of(text, "en", 20)}
    assert ("SICA", "es", "Sistema de la Integración Centroamericana") in definitions


def test_korean_acronym_gloss_defines_the_acronym_in_korean_and_spanish():
    text = "※ 중미통합체제(SICA, Sistema de la Integración Centroamericana): 중미 지역기구"
    definitions = {(d.acronym, d.lang, d.long) for d in definitions_of(text, "ko", 22)}
    assert {("SICA", "ko", "중미통합체제"), ("SICA", "es", "Sistema de la Integración Centroamericana")} <= definitions
    assert all(d.evidence.source() == "r.txt:22" for d in definitions_of(text, "ko", 22))
