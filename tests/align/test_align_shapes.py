"""What alignment refuses to propose, and how it files what it proposes, on examples of our own:
a long form that is not a name, a garbled letter, a name cut at a hyphen, a meeting taken
for the body that holds it, a specific agreement merged with its generic acronym; and what
it now pairs: same-day versions by their transcribed people, cognate long forms."""

from __future__ import annotations

import pytest

from toolkit.align import propose
from toolkit.align.parallel import pair_documents
from toolkit.align.propose import link
from toolkit.align.shapes import (
    cognate_names, cut_at_hyphen, garbled, is_document, is_enumeration, is_meeting, is_name,
)
from toolkit.model.candidate import Evidence, Pairing, TermRef
from toolkit.model.document import BodyLine, Document
from toolkit.model.termbase import TermBase


@pytest.mark.parametrize("text, expected", [
    ("Andean Water Agency", True),
    ("Comisión Mixta Bolivia-Japón", True),
    ("Comisión económica para los Andes", True),  # sentence case, as Spanish often writes names
    ("중미종자은행", True),
    ("desmilitarizada", False),  # one lower-case word
    ("tratado de libre comercio", False),  # a common noun
    ("Chile, Peru, Japan and Canada", False),  # the members, not the group
    ("Comisi?n Andina", False),
])
def test_a_long_form_is_proposed_only_when_it_is_a_name(text, expected):
    assert is_name(text) is expected


def test_a_list_of_members_is_told_from_a_name_with_a_comma():
    assert is_enumeration("Chile, Peru, Japan and Canada")
    assert is_enumeration("칠레, 페루 및 일본", "ko")
    assert is_enumeration("Chile, Perú, República de Colombia y Japón", "es")  # a formal name among them
    assert not is_enumeration("Ministry of Agriculture, Food and Rural Affairs")
    assert not is_enumeration("Economic Commission for Africa and the Pacific")


def test_a_letter_lost_to_an_encoding_is_seen_and_a_question_is_not():
    assert garbled("Sistema Andino de Integraci?n") and garbled("Integraci\ufffdn")
    assert not garbled("Who? The Andean Water Agency")


def test_a_form_starting_after_a_hyphen_glued_to_a_word_is_cut():
    text = "지난달 아시아-태평양포럼(APF) 회의"
    assert cut_at_hyphen(text, text.index("태평양포럼"))
    assert not cut_at_hyphen(text, text.index("아시아"))


@pytest.mark.parametrize("text, language", [
    ("고위관리회의", "ko"), ("Senior Officials' Meeting", "en"), ("Meeting of Andean Foreign Ministers", "en"),
    ("IV Reunión de Cancilleres", "es"), ("Cumbre Andina", "es"), ("외교장관회담", "ko"),
])
def test_a_meeting_is_known_by_its_head_word(text, language):
    assert is_meeting(text, language)


@pytest.mark.parametrize("text, language", [
    ("Andean Water Agency", "en"), ("동아시아-태평양 협력포럼", "ko"), ("Comisión Mixta Bolivia-Japón", "es"),
    ("Summit Planning Office", "en"), ("Secretaría de la Cumbre Andina", "es"),  # a meeting word, not the head
])
def test_a_body_is_not_a_meeting(text, language):
    assert not is_meeting(text, language)


def test_an_agreement_is_known_by_its_head_word_and_a_treaty_organization_is_not_one():
    assert is_document("자유무역협정", "ko") and is_document("Treaty on Andean Waters") and is_document("Acuerdo de Cartagena", "es")
    assert not is_document("Andean Water Agency")
    assert not is_document("South Pacific Treaty Organization") and not is_document("남태평양조약기구", "ko")
    assert not is_document("Organización del Tratado del Pacífico Sur", "es")


def test_cognate_long_forms_are_the_same_name_in_english_and_spanish():
    assert cognate_names("Economic Commission for Africa", "Comisión Económica para África")
    assert not cognate_names("Group of Andean Countries", "Comunidad Andina")
    assert not cognate_names("Andean Water Agency", "Agencia Andina de Cooperación")


def pairing(a: TermRef, b: TermRef, score: float = 0.9) -> Pairing:
    return Pairing(a, b, score, [Evidence("sources/x.txt", 1, "parenthetical")])


def test_a_meeting_and_the_forum_holding_it_are_two_concepts_not_one():
    acronym = TermRef("ko", "EAPF", "acronym")
    forum, meeting = TermRef("ko", "동아시아-태평양 협력포럼"), TermRef("ko", "외교장관회의")
    result = link([pairing(acronym, forum, 0.99), pairing(acronym, meeting, 0.9)], TermBase(),
                  {("ko", "동아시아-태평양 협력포럼"): "organization", ("ko", "외교장관회의"): "organization"})
    (candidate,) = result.candidates
    assert meeting not in candidate.terms and forum in candidate.terms


def test_a_meeting_acronym_gets_subject_meeting_though_extraction_said_organization():
    result = link([pairing(TermRef("ko", "SOM", "acronym"), TermRef("ko", "고위관리회의"))], TermBase(),
                  {("ko", "고위관리회의"): "organization"})
    assert [c.subject for c in result.candidates] == ["meeting"]


def test_a_garbled_name_is_never_proposed():
    result = link([pairing(TermRef("ko", "안데스통합체제"), TermRef("es", "Sistema Andino de Integraci?n"))], TermBase())
    assert result.candidates == []


def document(path: str, language: str, *lines: str, date: str | None = None) -> Document:
    return Document(path, language, date=date, lines=[BodyLine(text, number) for number, text in enumerate(lines, 1)])


def test_a_specific_agreement_is_not_proposed_as_its_generic_acronym():
    docs = [document("sources/ko_a.txt", "ko", "양국은 자유무역협정(FTA) 체결을 위한 협상을 시작하였다."),
            document("sources/ko_b.txt", "ko", "한편 한-안데스 자유무역협정(FTA)이 오늘 발효되었다.")]
    texts = {t.text for c in propose(docs, TermBase()).candidates for t in c.terms}
    assert "자유무역협정" in texts and "한-안데스 자유무역협정" not in texts


def test_two_acronyms_of_one_name_in_english_and_spanish_make_one_proposal():
    docs = [document("sources/en_a.txt", "en", "The minister met the head of the Economic Commission for Africa (ECA) in Lima."),
            document("sources/es_b.txt", "es", "El ministro se reunió con la Comisión Económica para África (CEPA) en Lima.")]
    (candidate,) = [c for c in propose(docs, TermBase()).candidates if "ECA" in c.texts("en")]
    assert candidate.texts("es") == ["Comisión Económica para África", "CEPA"]


def test_of_two_same_day_korean_releases_the_one_naming_the_same_people_is_the_translation():
    spanish = document("sources/es_a.txt", "es", "El Presidente Gustavo Andrade Fuentes saludó al Presidente Kim Min-ho por los 60 años de relaciones.",
                       "Ambos países firmaron un acuerdo en 2005 y comerciarán 20 mil millones en 2030.", date="2030-03-01")
    translation = document("sources/ko_a.txt", "ko", "구스타보 안드라데 푸엔테스 대통령이 김민호 대통령에게 수교 60주년 축하 서한을 보냈다.",
                           "양국은 2005년 협정을 맺었다.", date="2030-03-01")
    other = document("sources/ko_b.txt", "ko", "대사관은 수교 60주년 행사를 열었다. 2005년 협정과 2030년 계획, 20개 기업이 참석했다.",
                     date="2030-03-01")
    (group,) = pair_documents([spanish, other, translation])
    assert group["ko"] is translation


def test_two_spellings_of_one_name_around_a_dash_are_no_conflict_but_two_names_are():
    def with_korean(en):
        return pairing(TermRef("en", en), TermRef("ko", "안데스-태평양 협력포럼"))

    spellings = link([with_korean("Forum for Andes - Pacific Cooperation"), with_korean("Forum for Andes-Pacific Cooperation")], TermBase())
    assert len(spellings.candidates) == 1 and spellings.conflicts == []
    names = link([with_korean("Forum for Andes-Pacific Cooperation"), with_korean("Andes-Pacific Council")], TermBase())
    assert [c.kind for c in names.conflicts] == ["one-to-many"]
