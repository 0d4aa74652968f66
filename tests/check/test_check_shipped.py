"""termkit check against the glossary users get (glossary/termbase.tbx with the reference
country names merged in, as the CLI uses it inside the project): each rule fires on the
mistake and stays silent on the same kind of text written right (issue 18)."""

from __future__ import annotations

import pytest

from conftest import GLOSSARY, ROOT
from toolkit.check.config import CheckConfig
from toolkit.check.engine import check_files

HEAD = {"en": "Press Releases\n\n", "ko": "보도자료\n\n", "es": "Comunicado de prensa\n\n"}


@pytest.fixture(scope="module")
def base(shipped_base):
    return shipped_base


@pytest.fixture
def check(base, tmp_path):
    """check(lang, body) -> [(rule, found, suggestion)] for a one-page release."""

    def run(lang: str, body: str, config: CheckConfig | None = None):
        page = tmp_path / f"{lang}.txt"
        page.write_text(HEAD[lang] + body + "\n", encoding="utf-8")
        found, _ = check_files([page], base, config)
        return [(f.rule, f.found, f.suggestion) for f in found]

    return run


# --- the rules fire on the shipped glossary


@pytest.mark.parametrize("lang, body, expected", [
    ("en", "MIKTA members Mexico, Indonesia, Korea, Turkey and Australia met.", ("TK101", "Turkey", "Türkiye")),
    ("ko", "믹타는 멕시코, 인도네시아, 한국, 터키, 호주로 구성된다.", ("TK101", "터키", "튀르키예")),
    ("ko", "최종건 외교통상부 제1차관은 멕시코를 방문하였다.", ("TK101", "외교통상부", "외교부")),
    ("es", "Los ministros del Sistema de Integración Centroamericana se reunieron.",
     ("TK101", "Sistema de Integración Centroamericana", "Sistema de la Integración Centroamericana")),
    ("en", "Vice Foreign Minister Cho Hyun met the press.",
     ("TK102", "Vice Foreign Minister", "Vice Minister of Foreign Affairs")),
    ("en", "Vice Minister Choi Jong-kun spoke.", ("TK101", "Choi Jong-kun", "Choi Jong Kun")),
])
def test_rules_fire_on_the_shipped_glossary(check, lang, body, expected):
    assert expected in check(lang, body)



# --- slips in short names (toolkit/index/short_slips.py)


@pytest.mark.parametrize("lang, body, found, suggestion", [
    ("en", "The delegation of Koera arrived on Monday.", "Koera", "Korea"),
    ("en", "The MIKAT foreign ministers met in Seoul.", "MIKAT", "MIKTA"),
    ("en", "Officials of the R0K attended.", "R0K", "ROK"),
    ("en", "The MlKTA foreign ministers met.", "MlKTA", "MIKTA"),  # a lower-case l for an I
    ("es", "La Secretaría General del SCIA participó.", "SCIA", "SICA"),
    ("ko", "맥시코와 한국은 협력을 강화하기로 했다.", "맥시코", "멕시코"),
    ("ko", "유앤 안전보장이사회가 열렸다.", "유앤", "유엔"),
    ("ko", "외교뷰는 보도자료를 배포했다.", "외교뷰", "외교부"),
    # two neighbouring syllables swapped in a longer Hangul name: two edits in jamo, one slip
    ("ko", "중미통합제체 회의가 열렸다.", "중미통합제체", "중미통합체제"),
    ("ko", "코스타카리 대사가 참석했다.", "코스타카리", "코스타리카"),
    ("ko", "아마도 파마나 대사를 만났다.", "파마나", "파나마"),  # ends like the particle 나
    ("ko", "사모와는 태평양의 섬나라다.", "사모와", "사모아"),  # 와는 reads as two particles, 는 as one
    ("ko", "이주일 외고부 국장은 말했다.", "외고부", "외교부"),
    ("ko", "최종권 차관은 말했다.", "최종권", "최종건"),  # the w-glide added to a vowel of a three-syllable name
    ("es", "Señaló que Panmá seguirá trabajando.", "Panmá", "Panamá"),
    ("en", "He met with Panana's Vice President.", "Panana", "Panama"),  # a key's neighbour on its row struck
    ("ko", "믹타와 같은 다자 포럼, 제11차 MUKTA 고위관리회의", "MUKTA", "MIKTA"),  # in an acronym of five letters
    ("ko", "9월 유앤총회 등 계기에 보고했다.", "유앤", "유엔"),  # the head of a compound
    # a confused vowel (ㅐ/ㅔ) costs nothing: one more slip fits in a six-syllable name
    ("ko", "중미통함체재(SICA) 등 제도적 기반", "중미통함체재", "중미통합체제"),
    # a three-syllable name with a tense plosive, which the loanword orthography never writes
    ("ko", "중견국인 한국과 멕시꼬가 공동의 가치를 공유한다.", "멕시꼬", "멕시코"),
    # a hyphen inside a short name, where the part after it names no partner
    ("ko", "완전한 비핵화 및 한-반도 평화 정착", "한-반도", "한반도"),
    ("ko", "ㅇ 칠-레는 8.1(화) 오후 외교부 청사에서 회의를 열었다.", "칠-레", "칠레"),  # two syllables, hyphen between
    ("ko", "ㅇ 멕씨코 외교부는 회의를 열었다.", "멕씨코", "멕시코"),  # ㅆ, which the loanword orthography never writes
    ("es", "CON EL PRIMER MINISTRO DE COERA, CHUNG SYE-KYUN.", "COERA", "COREA"),  # a name set in capitals
])
def test_a_swap_or_a_look_alike_in_a_short_name_is_a_near_miss(check, lang, body, found, suggestion):
    assert ("TK103", found, suggestion) in check(lang, body)


@pytest.mark.parametrize("lang, body", [
    ("en", "Mail from Bali arrived in Male; the Korean and Mexican teams met."),  # real words, demonyms
    ("en", "The Chair, the Form and the Salt Lake panel met."),
    ("ko", "양국 외교장관은 한국과 멕시코의 협력을 논의했다."),  # 양국 "both countries", not 영국
    ("ko", "협력 제고 방안과 대국 외교를 논의했다."),  # 제고 "enhancement", 대국 "great power": words
    ("ko", "차를 몰다가 피치를 올리고 네발로 기었다."),  # 몰다, 피치, 네발: words an initial from 몰타, 피지, 네팔
    ("en", "The Argentine and Filipino envoys met Germans and Pakistani officials."),  # demonyms
    ("en", "Pope Francis received the delegation."),  # no slip of Spanish "Francia"
    ("ko", "이탈리안 레스토랑에서 만났다."),  # an adjective, not 이탈리아 misspelt
    ("ko", "유엔총회와 대사관 회의가 열렸다."),  # compounds of names written right
    ("en", "The mikta of the region"),  # a lower-case word in English text is a word
    ("ko", "외교장관과 외교차관이 만났다."),  # two titles an initial apart
    ("ko", "주사우디아라비아 대사와 주쿠웨이트 대사를 임명했다."),  # 駐: stationed in, a prefix on the name
    ("ko", "찔레꽃이 피었고 한-중, 한-칠레, 남-북 관계를 논의했다."),  # a native word; pairs of partners
    ("ko", "대사는 부산과 호주를 방문했다."),
    ("en", "The reunion was attended by Guatemalans and Koreans."),  # a common word; plural demonyms
    ("es", "por el apoyo que Corea (del Sur) nos puede dar"),  # the writer's aside in brackets
    ("en", "Indonesia will chair MIKTA dialogue group in 2018, as is the Antarctic issue."),  # a verb; an adjective
])
def test_short_words_that_are_not_slips_are_left_alone(check, lang, body):
    assert [f for f in check(lang, body) if f[0] == "TK103"] == []


@pytest.mark.parametrize("lang, body, found, suggestion", [
    ("ko", "동아시아 16개국(항국, 일본, 중국, 아세안 10개국 등)이 참여한다.", "항국", "한국"),  # ㄴ/ㅇ in the first syllable
    ("ko", "인도네시아, 튀르키예, 호수와 함께 참여하는 다자 협의체", "호수", "호주"),  # a word, but listed with countries
    ("ko", "한국 및 몽곤 정부 대표가 참석했다.", "몽곤", "몽골"),  # a final consonant typed wrong
    ("ko", "한국, 멕시코, 질레 정부 대표", "질레", "칠레"),  # a plain initial for an aspirated one
    ("es", "Los acuerdos establecidos por el SICA con Chle, Corea y Japón.", "Chle", "Chile"),
    ("en", "Engagement with major countries such as the U.S. and Jpan.", "Jpan", "Japan"),
    ("ko", "제11차 믹다[MIKTA] 고위관리회의에 참석했다.", "믹다", "믹타"),  # glossed by the acronym
    ("en", "Delegates of the Republic of Korea (RKO) met.", "RKO", "ROK"),  # glossing the name it follows
    ("es", "La Organización Mundial del Comercio (OCM) se reunió.", "OCM", "OMC"),
    ("es", "La Ronda de Doha de la Organización Mundial de Comercio (OCM) siguió.", "OCM", "OMC"),  # a name slipped too
])
def test_any_one_slip_of_a_short_name_where_the_text_says_which_name_stands_there(check, lang, body, found, suggestion):
    assert ("TK103", found, suggestion) in check(lang, body)


@pytest.mark.parametrize("lang, body", [
    ("es", "La reunión se realizará en la ciudad de Busán, Corea."),  # a city before its country
    ("es", "Los jefes de Estado de Chile, Sebastián Piñera; de Colombia, Iván Duque Márquez."),  # a given name
    ("ko", "콘돌리자 라이스 미국 국무장관은 회담을 시작했다."),  # a name beside a country, not listed with it
    ("ko", "자치 정부 수반과 시리아에 망명 중인 지도자가 만났다."),  # 과 joins 수반 to a later noun
    ("ko", "한국 전쟁 종결에 대한 미국의 반대"),
    ("ko", "프랑스 레스토랑에 불을 질렀다."),
    ("ko", "한국 및 바나마 정부 대표가 참석했다."),  # one slip from 파나마 and from 바하마: no guess
    ("en", "The Republic of Korea (Seoul) and Mexico (CDMX) met."),  # a gloss that is no slip of the name
])
def test_a_short_word_beside_a_country_that_is_not_listed_with_it_is_left_alone(check, lang, body):
    assert [f for f in check(lang, body) if f[0] == "TK103"] == []


def test_a_sentence_case_title_with_no_name_after_it_is_the_common_noun(check):
    assert check("en", "Foreign minister calls for more multilateral partnerships") == []
    # before a name the title is capitalised: the lost capital is reported
    assert ("TK103", "Foreign minister", "Foreign Minister") in check(
        "en", "Foreign minister Kamina Johnson Smith spoke.")


def test_an_acronym_slipped_where_the_text_writes_it_right_elsewhere(check):
    """A short acronym's swap or neighbouring key is a slip only beside the text's own right
    use of it; another acronym that recurs, or differs otherwise, is left alone."""
    found = check("en", "The WTO ministers met. They discussed the WOT Doha Development Agenda and the WTP budget.")
    assert [(rule, written, fix) for rule, written, fix in found if rule == "TK103"] == [
        ("TK103", "WOT", "WTO"), ("TK103", "WTP", "WTO")]
    assert check("en", "The WOT Doha Development Agenda was discussed.") == []  # nothing to echo
    assert check("en", "The WTO met. WTI crude fell; WTI futures rose. The ROK and the ROC met.") == []


def test_a_name_after_a_brand_in_capitals_is_the_brand_s_not_a_slip(check):
    assert check("es", "El acto tuvo lugar en el salón del hotel NH – Columbia, con la presencia del embajador.") == []
    assert ("TK103", "Columbia", "Colombia") in check("es", "Se firmó el acuerdo ROK - Columbia en Seúl.")


def test_a_surname_one_letter_from_a_country_after_a_given_name_or_title_is_no_slip(check):
    assert check("es", "Coordinó la visita oficial del presidente Rafael Correa. El Presidente Correa habló.") == []
    assert ("TK103", "Corae", "Corea") in check("es", "Viajó a Corae y Japón.")


def test_a_surname_the_text_gives_a_person_is_that_person_alone_on_another_line(check):
    assert check("es", "El presidente de Ecuador, Rafael Correa, desmintió la noticia.\n\n"
                       "Sobre la reunión en Quito, Correa calificó el encuentro de fluido.") == []
    assert ("TK103", "Correa", "Corea") in check("es", "El presidente de Ecuador desmintió la noticia.\n\n"
                                                       "Sobre la reunión en Quito, Correa calificó el encuentro.")


def test_nothing_inside_a_web_or_e_mail_address_is_reported(check):
    assert check("en", "See https://dfa.gov.ph/remarks-at-seoul-republic-of-korea. and write to "
                       "desk@south-korea.example.org about South Korea.") == [
        ("TK101", "South Korea", "Republic of Korea")]


def test_a_documents_name_in_lower_case_is_the_common_noun_whatever_its_accents(check):
    assert check("en", "The meeting will adopt a joint communique on the plan.") == []
    assert ("TK103", "Joint Communique", "Joint Communiqué") in check("en", "They adopted the Joint Communique of the meeting.")


def test_a_title_inside_a_hyphenated_compound_modifier_is_no_variant(check):
    assert [f for f in check("en", "They agreed to hold the first vice-minister-level strategic dialogue.")
            if f[0] == "TK103"] == []


def test_a_plural_country_s_adjective_before_a_title_is_no_slip(check):
    assert [f for f in check("en", "It was hosted by Philippine President Rodrigo Duterte.") if f[0] == "TK103"] == []
    assert ("TK103", "Philippine", "Philippines") in check("en", "The ministers met in the Philippine and Korea.")
    assert check("en", "ASEAN-KOREA CENTRE HEAD CALLS ON PHILIPPINE AMBASSADOR") == []  # a headline in capitals
    assert check("en", "It is an important aspect of Philippine-Republic of Korea relations.") == []  # before a partner
    assert [found for _, found, _ in check("en", "PHILIPPINE AND JAPAN SIGN ACCORD")] == ["PHILIPPINE"]


def test_an_accepted_american_spanish_exonym_is_an_admitted_variant_not_a_misspelling(check):
    assert check("es", "Asistieron los observadores de Nueva Zelandia y Singapur.") == [
        ("TK102", "Nueva Zelandia", "Nueva Zelanda")]


def test_a_final_n_written_ng_in_a_three_syllable_name(check):
    assert ("TK103", "필리핑", "필리핀") in check("ko", "필리핑, 베트남 대표와 만났다.")
    assert [f for f in check("ko", "필리핀, 베트남 대표와 만났다.") if f[0] == "TK103"] == []


def test_a_slip_in_a_name_written_in_capitals_is_fixed_in_capitals(check):
    assert ("TK103", "REPUBLICA DOMINICANA", "REPÚBLICA DOMINICANA") in check(
        "es", "SANTO DOMINGO, REPUBLICA DOMINICANA, 10 de octubre de 2017. El canciller habló.")


def test_a_slip_in_a_place_name_the_base_writes_in_lower_case(check):
    assert ("TK103", "península corena", "península de Corea") in check("es", "la paz en la península corena y el mundo")
    assert [f for f in check("es", "la península coreano") if f[0] == "TK103"] == []  # gender, no slip

# --- scope and generic words (issue 18, 2)


@pytest.mark.parametrize("body", [
    "El canciller guatemalteco habló con su homóloga de Corea.",
    "Durante la llamada, ambos cancilleres conversaron.",
    "La Canciller Kang invitó al Canciller de Paraguay.",
    "La vicecanciller encargada acompañó al embajador.",
    "El foro reunió a los vicecancilleres de los países del SICA.",
])
def test_a_generic_title_of_any_country_is_never_corrected_into_one_countrys(check, body):
    assert check("es", body) == []


def test_mexicos_own_title_is_still_known(check):
    assert check("es", "El secretario de Relaciones Exteriores de México llegó.") == []
    assert ("TK103", "secretario de Relaciones Exteriore", "secretario de Relaciones Exteriores") not in check(
        "es", "El Secretario de Relaciones Exteriores de México llegó.")


def test_a_former_ministry_name_of_another_country_is_not_koreas(check):
    """외교통상부 after "(호주)" is Australia's department, not Korea's ministry until 2013."""
    assert check("ko", "- (호주) 아담 맥카시(Adam McCarthy) 외교통상부 다자정책국장") == []
    assert check("ko", "호주의 외교통상부가 밝혔다.") == []


def test_a_country_whose_phrase_a_particle_closed_owns_no_later_title(check):
    assert check("ko", "멕시코 신정부 출범식에 강경화 외교통상부 장관이 참석했다.") == [("TK101", "외교통상부", "외교부")]


def test_lookup_shows_scope_and_generic(termkit, tmp_path, monkeypatch):
    monkeypatch.setenv("TERMKIT_CACHE_DIR", str(tmp_path / "cache"))
    mexico = termkit("lookup", "secretario de Relaciones Exteriores", cwd=ROOT)
    assert "[title of country-MX]" in mexico.out.splitlines()[0]
    generic = termkit("lookup", "canciller", "--format", "json", cwd=ROOT)
    import json

    hit = json.loads(generic.out)[0]
    assert hit["id"] == "title-foreign-minister" and hit["scope"] is None
    assert hit["terms"]["es"][0]["generic"] is True


# --- inflection and discourse (issue 18, 3)


@pytest.mark.parametrize("body", [
    "La Viceministra de Relaciones Exteriores, encargada del despacho de la Canciller, se reunió con él.",
    "Los Viceministros de Relaciones Exteriores de Centroamérica visitaron Seúl.",
])
def test_gender_and_number_of_spanish_titles_are_not_variants(check, body):
    assert check("es", body) == []


def test_a_first_full_mention_then_short_ones_is_consistent(check):
    body = "□ 조현동 외교부 제1차관은 중미 대사들과 오찬을 가졌다.\n\n□ 제1차관은 협력을 당부하였다."
    assert check("ko", body) == []


def test_tk104_does_not_join_officials_of_two_countries(check):
    body = ("The Vice Foreign Minister of Panama met the Vice Minister of Foreign Affairs of the "
            "Republic of Korea.")
    assert [rule for rule, *_ in check("en", body) if rule == "TK104"] == []


def test_tk104_still_joins_two_forms_of_one_place(check):
    body = "La paz en la península de Corea.\n\nEl entendimiento de la península coreana."
    assert ("TK104", "península coreana", "península de Corea") in check("es", body)


# --- variants the matcher can see (issue 18, 4)


@pytest.mark.parametrize("lang, body, found, suggestion", [
    ("en", "The Korea SICA Cooperation Fund was launched.", "Korea SICA Cooperation Fund", "Korea-SICA Cooperation Fund"),
    ("en", "The Vice Ministerial MIKTA Retreat opened.", "Vice Ministerial MIKTA Retreat", "Vice-Ministerial MIKTA Retreat"),
    ("en", "The Korea-Central America Special Round Table met.", "Korea-Central America Special Round Table",
     "Korea-Central America Special Roundtable"),
    ("ko", "한-중미 특별라운드 테이블이 열렸다.", "한-중미 특별라운드 테이블", "한-중미 특별 라운드테이블"),
    ("ko", "코스타 리카와 파나마", "코스타 리카", "코스타리카"),
    ("es", "Bajo la presidencia de Costarrica se reunió.", "Costarrica", "Costa Rica"),  # compounded: r -> rr
    ("es", "La Mesa Redonda Especial Corea-Centroamérica se reunió.", "Mesa Redonda Especial Corea-Centroamérica",
     "Mesa Redonda Especial Corea–Centroamérica"),
])
def test_spacing_hyphen_dash_and_compounding_variants_are_reported_as_such(check, lang, body, found, suggestion):
    result = check(lang, body)
    assert ("TK103", found, suggestion) in result


@pytest.mark.parametrize("body, found, suggestion", [
    ("정부는 니카라구아와 협정을 맺었다.", "니카라구아", "니카라과"),
    ("파라구아이 대표단이 도착했다.", "파라구아이", "파라과이"),
    ("에쿠아도르 외교장관이 방한했다.", "에쿠아도르", "에콰도르"),
    ("구아테말라 정부는 환영했다.", "구아테말라", "과테말라"),
    ("꼬스따리까 대표단이 도착했다.", "꼬스따리까", "코스타리카"),  # tense plosives: the Spanish-school spelling
])
def test_a_name_transcribed_otherwise_than_the_loanword_orthography(check, body, found, suggestion):
    assert check("ko", body) == [("TK103", found, suggestion)]


def test_the_orthography_s_own_spelling_of_a_glide_stays_silent(check):
    assert check("ko", "니카라과와 파라과이, 에콰도르, 과테말라 대표단이 참석했다.") == []
    assert check("ko", "투아 씨와 후아 씨가 참석했다.") == []  # glides apart that spell no known name


@pytest.mark.parametrize("body, found, suggestion", [
    ("오스트레리아 외교장관이 방한했다.", "오스트레리아", "호주"),  # the preferred term of the concept
    ("엘살도르 대표단이 도착했다.", "엘살도르", "엘살바도르"),
])
def test_an_inner_syllable_left_out_of_a_long_korean_name(check, body, found, suggestion):
    assert check("ko", body) == [("TK103", found, suggestion)]


@pytest.mark.parametrize("body, found, suggestion", [
    ("이번 회의에서 미국국무부는 입장을 밝혔다.", "미국국무부", "미국 국무부"),  # a two-word name of five syllables
    ("이번 회의에서 한-SICA정상회의는 열렸다.", "한-SICA정상회의", "한-SICA 정상회의"),  # an acronym inside, 의 ending it
    ("이번 회의에서 한-SICA 정샹회의는 열렸다.", "한-SICA 정샹회의", "한-SICA 정상회의"),  # a slip beside the acronym
    ("이번 회의에서 믹타 장의국은 입장을 밝혔다.", "믹타 장의국", "믹타 의장국"),  # a swap in a word of three, in a name
])
def test_korean_names_written_solid_or_slipped_beside_an_acronym(check, body, found, suggestion):
    assert check("ko", body) == [("TK103", found, suggestion)]


def test_two_slips_in_a_korean_word_of_seven_syllables_and_an_ordinal_in_hangul(check):
    assert check("ko", "다지외교조전관은 회의에 참석했다.") == [("TK103", "다지외교조전관", "다자외교조정관")]
    found = check("ko", "외교부 제일차관은 회의에 참석했다.")
    assert [(rule, written) for rule, written, _ in found] == [("TK103", "외교부 제일차관")]
    assert check("ko", "제일 중요한 과제는 협력이다.") == []  # 제일 (most) before no ordinal's noun


def test_two_slips_at_both_ends_of_a_korean_word_of_eight_syllables(check):
    assert check("ko", "충미경제통합은헹 총재가 방한했다.") == [("TK103", "충미경제통합은헹", "중미경제통합은행")]
    assert check("ko", "중미경제통합은행 총재가 방한했다.") == []


def test_and_transcribed_inside_a_korean_country_name(check):
    assert check("ko", "트리니다드 앤드 토바고 대사가 참석했다.") == [("TK103", "트리니다드 앤드 토바고", "트리니다드토바고")]


def test_a_genitive_inside_a_multiword_korean_name(check):
    found = check("ko", "박윤주 외교부의 제1차관은 5일 대사를 만났다.")
    assert [(rule, written) for rule, written, _ in found] == [("TK103", "외교부의 제1차관")]
    assert check("ko", "외교부 제1차관은 5일 대사를 만났다.") == []
    assert check("ko", "한국의 외교부는 5일 발표했다.") == []  # a genitive before a name, not inside one
    assert check("ko", "미국의 국무부는 5일 발표했다.") == []  # a country's genitive before its ministry is prose


@pytest.mark.parametrize("lang, body, found, suggestion", [
    ("en", "The Mexicco delegation arrived.", "Mexicco", "Mexico"),  # a six-letter name one letter longer
    ("en", "Officials of Beelize attended.", "Beelize", "Belize"),
    ("en", "The Republiic of El Salvador voted.", "Republiic of El Salvador", "Republic of El Salvador"),  # no demonym in -ic
    ("es", "El rey de Espana llegó ayer.", "Espana", "España"),  # a short name without its accent
    ("en", "The Dominicn Republic voted.", "Dominicn Republic", "Dominican Republic"),  # no demonym: a letter left out
    ("es", "Lo dijo Estads Unidos ayer.", "Estads Unidos", "Estados Unidos"),
    ("en", "The Ministry oof Foreign Affairs said so.", "Ministry oof Foreign Affairs", "Ministry of Foreign Affairs"),
    ("es", "El Ministerio dde Relaciones Exteriores informó.", "Ministerio dde Relaciones Exteriores",
     "Ministerio de Relaciones Exteriores"),
    ("es", "La Organización de ls Naciones Unidas votó.", "Organización de ls Naciones Unidas",  # a letter left out
     "Naciones Unidas"),  # (the concept's preferred term)
    ("en", "The U.S.Department of State said so.", "U.S.Department of State", "U.S. Department of State"),
])
def test_a_slip_in_a_short_name_or_in_a_name_s_function_word(check, lang, body, found, suggestion):
    assert ("TK103", found, suggestion) in check(lang, body)


def test_a_slip_in_the_first_word_of_a_two_word_name_whose_second_word_is_short(check):
    assert ("TK103", "Veit Nam", "Vietnam") in check("en", "The Vice Minister will visit Veit Nam on December 3.")


def test_a_slip_in_the_middle_of_a_name_of_nine_words(check):
    body = "The Korea-SICA Vice-Ministerial Meetng on Dialogue and Cooperation was held."
    assert ("TK103", "Korea-SICA Vice-Ministerial Meetng on Dialogue and Cooperation",
            "Korea-SICA Vice-Ministerial Meeting on Dialogue and Cooperation") in check("en", body)


def test_a_slip_inside_a_name_that_holds_a_shorter_term(check):
    assert ("TK103", "Vice Minister of Foreign Affair", "Vice Minister of Foreign Affairs") in check(
        "en", "The Vice Minister of Foreign Affair explained.")


def test_two_slips_in_a_long_name(check):
    found = check("es", "El Sistema de la Integracion Centro Americana celebró su cumbre.")
    assert ("TK103", "Sistema de la Integracion Centro Americana", "Sistema de la Integración Centroamericana") in found
    assert ("TK103", "Domincan Repulic", "Dominican Republic") in check("en", "The Domincan Repulic joined.")
    assert ("TK103", "Koraen Penninsula", "Korean Peninsula") in check("en", "Peace on the Koraen Penninsula.")
    assert check("en", "The Dominicans Republicans joined.") == []  # two other words, not two slips
    found = check("en", "The Deputy Minster for Multilateral and Global Afairs spoke.")
    assert found == [("TK103", "Deputy Minster for Multilateral and Global Afairs",
                      "Deputy Minister for Multilateral and Global Affairs")]


@pytest.mark.parametrize("lang, garbled, known", [
    ("es", "Sistema de la Integraci?n Centroamericana", "Sistema de la Integración Centroamericana"),
    ("es", "Sistema de la Integraci\ufffdn Centroamericana", "Sistema de la Integración Centroamericana"),
    ("ko", "다자외교조?관은", "다자외교조정관"),
    ("ko", "제2?관은", "제2차관"),  # after a digit, "?" stands for a letter too
    ("es", "Sistema de la IntegraciÃ³n Centroamericana", "Sistema de la Integración Centroamericana"),
    ("en", "Joint CommuniquÃ©", "Joint Communiqué"),
    ("es", "MÃ©xico", "México"),  # a short name: decoded back with the codecs
])
def test_mojibake_of_a_known_name_is_reported(check, lang, garbled, known):
    found = check(lang, f"{garbled} 1 2 3.")
    assert [(rule, suggestion) for rule, _, suggestion in found] == [("TK103", known)]
    assert [written for _, written, _ in found] == [garbled.removesuffix("은")]


def test_mojibake_in_a_name_written_in_lower_case(check):
    """Lower-case names are common words to the slip search, but a lost letter is no word."""
    found = check("es", "Visitaron la pen?nsula coreana el lunes.")
    assert [(rule, written) for rule, written, _ in found] == [("TK103", "pen?nsula coreana")]
    assert check("es", "Visitaron la peninsula y la costa.") == []  # lower-case words stay unfuzzed


def test_fixing_mojibake_keeps_the_particle_after_the_name(termkit, tmp_path):
    page = tmp_path / "ko.txt"
    page.write_text("보도자료\n\n다자외교조?관은 1 2 3.\n", encoding="utf-8")
    assert termkit("check", page, "--termbase", GLOSSARY, "--fix").code == 0
    assert page.read_text(encoding="utf-8") == "보도자료\n\n다자외교조정관은 1 2 3.\n"


@pytest.mark.parametrize("lang, body, found, suggestion", [
    ("es", "Visitaron la penísula de Corea.", "penísula de Corea", "península de Corea"),
    ("en", "They backed the peace proces on the Korean Peninsula.", "peace proces on the Korean Peninsula",
     "peace process on the Korean Peninsula"),
    ("es", "El canciler llegó ayer.", "canciler", "canciller"),
    ("es", "El vice canciller llegó ayer.", "vice canciller", "vicecanciller"),
])
def test_slips_in_names_written_in_lower_case(check, lang, body, found, suggestion):
    """A name that opens in lower case (a Spanish title, a phrase) is searched with a slip
    in its first word too; a generic word ("canciller") is corrected into itself."""
    assert ("TK103", found, suggestion) in check(lang, body)


@pytest.mark.parametrize("lang, body, expected", [
    ("en", "Peace on the Korean peninsula was discussed.", ("TK103", "Korean peninsula", "Korean Peninsula")),
    ("en", "The Mikta ministers met.", ("TK103", "Mikta", "MIKTA")),
    ("ko", "다자간 협의 플랫폼으로 Mikta를 조직하였습니다.", ("TK103", "Mikta", "MIKTA")),  # a particle after it
    ("ko", "다자간 협의 플랫폼으로 mikta를 조직하였습니다.", ("TK103", "mikta", "MIKTA")),  # Korean has no lower case
    ("es", "Lo dijo el Ministerio de relaciones exteriores ayer.",
     ("TK103", "Ministerio de relaciones exteriores", "Ministerio de Relaciones Exteriores")),
    ("en", "Vice Minister CHOI Jong Kun met the ambassador.", ("TK105", "CHOI Jong Kun", "Choi Jong Kun")),
    ("en", "A United nations agency took part.", ("TK103", "United nations", "United Nations")),
    ("en", "Officials of the ROk attended.", ("TK103", "ROk", "ROK")),  # an acronym with a letter lowered
    ("es", "Lo custodian las naciones Unidas desde 1953.", ("TK103", "naciones Unidas", "Naciones Unidas")),
    ("es", "El presidente de Panama llegó ayer.", ("TK103", "Panama", "Panamá")),  # English accents in Spanish
    # a capital lost inside a body's name that keeps its first one: no description writes it so
    ("es", "El Banco Centroamericano de Integración económica aprobó el préstamo.",
     ("TK103", "Banco Centroamericano de Integración económica", "Banco Centroamericano de Integración Económica")),
])
def test_a_name_in_a_case_it_does_not_allow(check, lang, body, expected):
    assert expected in check(lang, body)


@pytest.mark.parametrize("lang, body", [
    ("en", "MINISTRY OF FOREIGN AFFAIRS PRESS RELEASE"),
    ("en", "Ministry Of Foreign Affairs Press Release"),  # a headline's Title Case
    ("en", "They adopted a joint communiqué on the outcome."),  # the common noun
    ("en", "Citing the relief items, the vice minister called for more exchanges."),  # a title away from a name
    ("es", "Un acuerdo fue firmado por el Segundo Viceministro de Relaciones Exteriores."),
    ("en", "Leaders met at the Korea-SICA summit in Seoul."),  # English lowers a name's head to describe
    ("en", "The MoU was signed by two PhD holders."),  # mixed-case acronyms the base does not hold
])
def test_case_that_style_allows_is_no_finding(check, lang, body):
    assert [f for f in check(lang, body) if f[0] in ("TK103", "TK105")] == []


def test_a_common_noun_title_does_not_claim_its_derivations(check):
    assert check("es", "La Cancillería informó que los cancilleres y la canciller llegaron.") == []


def test_an_office_is_no_slip_of_its_holder_nor_the_other_way(check):
    """Ministro / Ministerio, Secretaría / secretario: the head of a title or ministry is
    another name two edits away (found on held-out pages)."""
    body = "Lo anunció el Ministro de Relaciones Exteriores con la Secretaría de Relaciones Exteriores."
    assert [found for _, found, _ in check("es", body)] == []
    assert ("TK103", "Minsiterio de Relaciones Exteriores", "Ministerio de Relaciones Exteriores") in check(
        "es", "El Minsiterio de Relaciones Exteriores informó.")


def test_utf8_read_as_windows_1252_is_mojibake_only_where_it_spells_a_letter(check):
    assert check("en", "The Joint Communiqué was adopted. Prices in Ã la carte menus.") == []


@pytest.mark.parametrize("lang, written, known", [
    ("en", "Vice Minister for Foreign Affairs", "Vice Minister of Foreign Affairs"),
    ("en", "Deputy Minister of Multilateral and Global Affairs", "Deputy Minister for Multilateral and Global Affairs"),
    ("es", "viceministro para Relaciones Exteriores", "viceministro de Relaciones Exteriores"),
    ("es", "Banco Centroamericano para la Integración Económica", "Banco Centroamericano de Integración Económica"),
])
def test_a_function_word_swapped_inside_a_name_is_a_near_miss(check, lang, written, known):
    assert ("TK103", written, known) in check(lang, f"El {written} habló." if lang == "es" else f"The {written} spoke.")


def test_a_question_mark_after_a_name_is_not_mojibake(check):
    assert check("en", "Will the Republic of Korea join? Yes.") == []
    assert check("en", "Will the G20 join? Yes, in 2024?") == []


@pytest.mark.parametrize("body", ["최 종건 외교부 제1차관은 말했다.", "이날 최 종건은 말했다."])
def test_a_korean_name_with_its_surname_set_apart(check, body):
    """Korean writes a surname and given name together; three syllables are too short for
    the squashed search, so a person of the base written so is looked for on its own."""
    assert ("TK105", "최 종건", "최종건") in check("ko", body)


@pytest.mark.parametrize("lang, written, known", [
    ("en", "2nd Vice Minister of Foreign Affairs", "Second Vice Minister of Foreign Affairs"),
    ("en", "Deputy Minister for Multilateral & Global Affairs", "Deputy Minister for Multilateral and Global Affairs"),
    ("en", "VietNam", "Viet Nam"),  # a capital inside a word is no house style
])
def test_ordinals_ampersands_and_capitals_inside_a_word_are_near_misses(check, lang, written, known):
    assert [(rule, found) for rule, found, _ in check(lang, f"The {written} spoke.")] == [("TK103", written)]


def test_an_ordinal_near_miss_says_so(termkit, tmp_path):
    page = tmp_path / "en.txt"
    page.write_text(HEAD["en"] + "The 2nd Vice Minister of Foreign Affairs spoke.\n", encoding="utf-8")
    assert "writes its ordinal otherwise than 'Second Vice Minister of Foreign Affairs'" in termkit("check", str(page)).out


def test_only_a_person_is_looked_for_with_a_syllable_set_apart(check):
    assert [rule for rule, *_ in check("ko", "한 반도의 평화와 최 종의 결정.") if rule == "TK105"] == []


# --- suggestions and --fix (issue 18, 5)


def test_a_slip_of_a_deprecated_form_suggests_the_preferred_one(check):
    found = check("es", "El Sistema de Integracion Centroamericana se reunió.")
    assert found == [("TK103", "Sistema de Integracion Centroamericana", "Sistema de la Integración Centroamericana")]


def test_fix_never_writes_a_form_the_next_run_flags(termkit, tmp_path, monkeypatch):
    monkeypatch.setenv("TERMKIT_CACHE_DIR", str(tmp_path / "cache"))
    page = tmp_path / "es.txt"
    page.write_text(HEAD["es"] + "El Sistema de Integracion Centroamericana y la Republica Dominicana.\n",
                    encoding="utf-8")
    first = termkit("check", page, "--termbase", GLOSSARY, "--fix")
    assert "fixed 2 finding(s)" in first.err
    assert "Sistema de la Integración Centroamericana" in page.read_text(encoding="utf-8")
    again = termkit("check", page, "--termbase", GLOSSARY, "--fail-on", "info")
    assert again.code == 0, again.out


# --- bad catalogs are bad input (issue 18, 6)


def test_a_catalog_with_an_unclosed_string_is_refused_like_import_refuses_it(termkit, tmp_path):
    catalog = tmp_path / "ko.po"
    catalog.write_text('msgid ""\nmsgstr ""\n"Language: ko\\n"\n\nmsgid "Ministry"\nmsgstr "외교부\n', encoding="utf-8")
    checked = termkit("check", catalog, "--termbase", GLOSSARY)
    imported = termkit("import", catalog, "--termbase", tmp_path / "base.tbx")
    assert checked.code == 2 and checked.out == ""
    assert checked.err.strip() == f"termkit: {catalog}:6: malformed PO: no closing quote in 'msgstr \"외교부'"
    assert imported.code == 2 and "no closing quote" in imported.err


# --- clean text stays clean


def test_a_slip_in_one_copy_of_a_headline_printed_twice_is_found(base, tmp_path):
    """The cleaner keeps one copy of a headline the page prints above its byline and again over
    the text; the copy it leaves out is checked too when it differs."""
    headline = "Vice Minister of Foreign Affairs Meets with Ambassador of Colombia"
    page = tmp_path / "page.txt"
    page.write_text(f"Ministry News\n\n{headline}\n\nDate\n2020-10-23\nhit\n14068\n\n"
                    f"{headline.replace('Colombia', 'Colobmia')}\n\n"
                    "1. The Vice Minister met the Ambassador of Colombia on Monday and discussed cooperation.\n",
                    encoding="utf-8")
    found, _ = check_files([page], base)
    assert [(f.rule, f.line, f.found) for f in found] == [("TK103", 10, "Colobmia")]


def test_seed_releases_give_no_findings_but_a_planted_slip_in_them_is_found(base, tmp_path):
    seeds = sorted((ROOT / "sources").glob("*.txt"))
    assert check_files(seeds, base)[0] == []
    text = seeds[0].read_text(encoding="utf-8")
    assert "Ministry of Foreign Affairs" in text
    planted = tmp_path / seeds[0].name
    planted.write_text(text.replace("Ministry of Foreign Affairs", "Ministry of Foreign Afairs", 1), encoding="utf-8")
    assert [f.rule for f in check_files([planted], base)[0]] == ["TK103"]


@pytest.mark.parametrize("written", ["Ch'oe Jong Kun", "Ch'oe Chong-kun", "Ch'oe Chong Kŭn", "Jong Kun Choi"])
def test_another_romanization_system_or_order_of_a_known_official(check, written):
    """McCune-Reischauer (Ch'oe, with its aspiration mark and breves) and the given name
    first: the surname's Hangul (최) finds the person whatever the spelling."""
    assert check("en", f"Vice Minister {written} met the ambassador.") == [("TK105", written, "Choi Jong Kun")]


def test_a_mccune_reischauer_romanization_is_another_romanization(check):
    assert check("en", "The minister didn't say it; Korea's envoy did.") == []


def test_a_romanization_close_to_a_deprecated_spelling_suggests_the_preferred_one(check):
    assert [suggestion for *_, suggestion in check("en", "Vice Minister Choi Jong-kn spoke.")] == ["Choi Jong Kun"]


def test_a_name_spaced_like_a_deprecated_romanization_gets_the_preferred_one(tmp_path):
    """Edge case (a base where the deprecated spelling is the nearest): "Yi Do-hun" is the
    deprecated "Yi Dohun" hyphenated; --fix must write "Lee Do-hoon", not "Yi Dohun"."""
    from toolkit.index.loader import CheckBase
    from toolkit.model.termbase import Concept, TermBase, Term

    person = Concept("person-lee", "person")
    person.add_term("en", Term("Lee Do-hoon", "fullForm", "preferred"))
    person.add_term("en", Term("Yi Dohun", "variant", "deprecated"))
    page = tmp_path / "en.txt"
    page.write_text(HEAD["en"] + "Vice Minister Yi Do-hun spoke.\n", encoding="utf-8")
    found, _ = check_files([page], CheckBase.from_termbase(TermBase([person])))
    assert [(f.rule, f.found, f.suggestion, f.fix) for f in found] == [("TK105", "Yi Do-hun", "Lee Do-hoon", "Lee Do-hoon")]


@pytest.mark.parametrize("body", [
    "El alcalde de Colonia recibió a Maurice Dupont.",  # a city, a person: not Polonia, Mauricio
    "Las empresas Alemanas invirtieron.",
])
def test_words_of_their_own_are_not_misspelt_one_word_countries(check, body):
    assert check("es", body) == []


def test_an_admitted_korean_spacing_followed_by_a_particle_is_only_the_admitted_variant(check):
    assert [rule for rule, *_ in check("ko", "도미니카 공화국의 대사가 참석하였다.")] == ["TK102"]


def test_a_slip_in_a_name_that_starts_in_lower_case(check):
    assert ("TK103", "península de Korea", "península de Corea") in check("es", "La paz en la península de Korea.")


@pytest.mark.parametrize("lang, body, found, suggestion", [
    ("es", "La voz del consumidor en Estado Unidos.", "Estado Unidos", "Estados Unidos"),  # a name is not inflected
    ("es", "El Banco Centroamericano de Integración Económico aprobó.",  # gender only on the head
     "Banco Centroamericano de Integración Económico", "Banco Centroamericano de Integración Económica"),
    ("en", "Ministers of the Phillipines and Thailand met.", "Phillipines", "Philippines"),  # 2 edits, 11 letters
    ("ko", "우르과이, 파라과이 대사가 참석하였다.", "우르과이", "우루과이"),  # ends like the particle 이
    ("es", "Guatemala, El Salvardor y Honduras.", "El Salvardor", "El Salvador"),  # a name opened by an article
])
def test_slips_in_names_that_look_inflected_or_open_with_an_article(check, lang, body, found, suggestion):
    assert ("TK103", found, suggestion) in check(lang, body)


def test_a_generic_word_in_the_source_needs_no_generic_word_in_the_translation(base, tmp_path):
    """"Foreign Minister Kang" may become "la ministra de Relaciones Exteriores Kang"."""
    source = tmp_path / "en.txt"
    source.write_text(HEAD["en"] + "Foreign Minister Kang met the press.\n", encoding="utf-8")
    target = tmp_path / "es.txt"
    target.write_text(HEAD["es"] + "La ministra de Relaciones Exteriores Kang habló con la prensa.\n", encoding="utf-8")
    found, _ = check_files([target], base, source=source)
    assert [f.rule for f in found] == []


@pytest.mark.parametrize("lang, body, found, suggestion", [
    ("es", "El viceministro visitó M\ufffdxico ayer.", "M\ufffdxico", "México"),  # a short name, U+FFFD
    ("es", "Llegó desde Jap?n el lunes.", "Jap?n", "Japón"),  # "?" inside a short name
    ("es", "La delegación de Per? llegó.", "Per?", "Perú"),  # "?" for the last letter, an accented one
    ("es", "Visitó Panamà y Bélice.", "Panamà", "Panamá"),  # another accent: the text's language's form
    ("es", "Visitó Panamà y Bélice.", "Bélice", "Belice"),  # an accent added
    ("es", "Viajó a Chi le el lunes.", "Chi le", "Chile"),  # a short name split by a space
    ("en", "Talks with Oman, Ku wait and Qatar.", "Ku wait", "Kuwait"),  # two letters split off a longer one
    ("en", "A delegation from Gh ana arrived.", "Gh ana", "Ghana"),
    ("en", "The president of Rw\ufffdnda met.", "Rw\ufffdnda", "Rwanda"),  # U+FFFD for a plain letter
    ("es", "El cancilller llegó ayer.", "cancilller", "canciller"),  # a letter typed three times
])
def test_short_names_garbled_accented_split_or_tripled(check, lang, body, found, suggestion):
    assert ("TK103", found, suggestion) in check(lang, body)


def test_a_korean_name_split_inside_a_quotation_and_a_question_mark_for_a_plain_letter(check):
    assert check("ko", '공감을 표하며 "베트 남은 한국을 신뢰한다"고 말했다.') == [("TK103", "베트 남", "베트남")]
    assert check("en", "Who is the president of Ni?er? Nobody knows.") == []  # "?" may be punctuation: accented letters only


@pytest.mark.parametrize("body, found, suggestion", [
    ("베?남, 중국 등이 참석했다.", "베?남", "베트남"),  # a short Hangul name: any syllable may be lost
    ("외\ufffd부는 발표했다.", "외\ufffd부", "외교부"),  # 외무부 is the same concept's old name: one concept
    ("한?과 중남미가 만났다.", "한?", "한국"),  # a particle after the name stays outside
    ("믹\ufffd 고위관리회의", "믹\ufffd", "믹타"),  # two syllables, one lost
    ("페루, 몽 골, 베트남", "몽 골", "몽골"),  # a space inside a short name
    ("한국 정부는 한반 도와 동북아", "한반 도", "한반도"),  # ... and a particle after it
    ("최정건 외교부 제1차관은 말했다.", "최정건", "최종건"),  # ㅓ for ㅗ, the next key, in a person's name
    ("한빈도 평화", "한빈도", "한반도"),  # ㅣ for ㅏ, the next key
    ("한 반도에서 만났다.", "한 반도", "한반도"),  # a longer name split after one syllable
    ("엘살바바도르와 온두라스", "엘살바바도르", "엘살바도르"),  # a syllable typed twice
    ("온두라?, 과테말라", "온두라?", "온두라스"),  # the last syllable of a longer name lost
    ("중남미의 미수교국이던 쿠 바와의 수교", "쿠 바", "쿠바"),  # halves of a two-syllable name, a particle after
    ("3개국(칠 레(2004), 페루", "칠 레", "칠레"),  # a numeral before no counter is half a name
    ("헤르바시 페? 외교장관은", "페?", "페루"),  # "?" after one syllable that is no word of its own
    ("국장은 일? 도쿄를 방문하여", "일?", "일본"),  # nor a numeral, which prose writes in digits
    ("최종근 외교부 제1차관은", "최종근", "최종건"),  # ㅡ for ㅓ, a vowel pair speech merges
    ("브라즐과 협력", "브라즐", "브라질"),  # ㅡ for ㅣ
    ("한국, 볼리아, 콜롬비아", "볼리아", "볼리비아"),  # an inner syllable of a four-syllable country left out
    ("9월 유\ufffd총회 등 계기", "유\ufffd", "유엔"),  # a garbled name with a noun after it in one word
    ("장관은 스패인어 개회사를 통해", "스패인", "스페인"),  # a country's name slipped inside its language's
])
def test_short_korean_names_garbled_split_or_slipped(check, body, found, suggestion):
    assert ("TK103", found, suggestion) in check("ko", body)


@pytest.mark.parametrize("body, found, suggestion", [
    ("Talks with the U. S. delegation.", "U. S.", "U.S."),  # a dotted initialism spaced out
    ("The Argentian team arrived.", "Argentian", "Argentina"),  # the name's last letters swapped, no demonym
])
def test_spaced_initialisms_and_swapped_endings_are_near_misses(check, body, found, suggestion):
    assert ("TK103", found, suggestion) in check("en", body)


def test_demonyms_of_a_country_are_no_slip(check):
    assert check("en", "The Argentine and Argentinian teams met the Mexican team.") == []
    assert check("en", "Scholarships for Solomon Islanders and a Solomon Islander.") == []  # -er(s) of "Islands"
    assert [found for _, found, _ in check("en", "The Solomon Islandes government spoke.")] == ["Solomon Islandes"]


@pytest.mark.parametrize("body", [
    "왜? 정말? 그래서 한?",  # a question after a word of one syllable
    "한 국가의 국민 오 만 명이 이 란에 모였다.",  # one-syllable words before another
    "그 중 국내 외교 부문 예산이 늘었다.",
    "칠 년 동안 오 만 명이 일 년에 두 번 모였다.",  # numerals before counters and units
    "예? 뭐? 무슨 말인지.",  # one-syllable words asked
    "현재 모리스 씨는 손해배상을 청구했다.",  # a foreign person (honorific), not 모리셔스 slipped
    "대통령은 “세뇨라(디나 볼루아르테)가 나를 언급했다.”",  # a particle after a bracket, then 나를: no 가나
])
def test_korean_questions_and_short_words_are_no_garbled_or_split_name(check, body):
    assert check("ko", body) == []


def test_a_garbled_korean_word_several_names_fit_is_reported_without_a_fix(base, tmp_path):
    page = tmp_path / "ko.txt"
    page.write_text(HEAD["ko"] + "동아시아 16개국(한국, 일본, ?국 등)이 참석했다.\n", encoding="utf-8")
    [finding] = check_files([page], base)[0]
    assert (finding.rule, finding.found, finding.fix) == ("TK103", "?국", None)
    assert "'중국'" in finding.message and "'한국'" in finding.message


@pytest.mark.parametrize("body", ["팔레스타인인 2명이 다쳤다.", "아이디를 입력하세요.", "바레인인 관광객"])
def test_a_suffix_after_a_name_or_a_loanword_is_no_slip(check, body):
    assert check("ko", body) == []  # -인 after 팔레스타인; 아이디 (ID) is no 아이티 (Haiti)


@pytest.mark.parametrize("lang, body", [
    ("es", "¿Viene de Perú? Sí."),  # a question mark after the name written right
    ("es", "¿Quién? ¿Cuándo? Mañana."),
    ("en", "Was it Chin a or Japan?"),  # "Chin" is a word: no split name
    ("en", "The delegation of Mexico arrived."),  # the English name in English
])
def test_no_short_name_slip_where_there_is_none(check, lang, body):
    assert check(lang, body) == []


@pytest.mark.parametrize("body", ["I ran to the station.", "To go there was hard.", "The Spa in Baden is old.",
                                  "Jap an fisherman sailed."])
def test_two_words_that_spell_a_country_are_no_split_name(check, body):
    assert check("en", body) == []


@pytest.mark.parametrize("body, written, known", [
    ("믹타 차급 회의가 열렸다.", "믹타 차급 회의", "믹타 차관급 리트릿"),  # the concept's preferred form
    ("한-SICA 정회의에서 논의했다.", "한-SICA 정회의", "한-SICA 정상회의"),
])
def test_an_inner_syllable_lost_in_one_word_of_a_korean_name(check, body, written, known):
    assert ("TK103", written, known) in check("ko", body)


def test_a_korean_word_one_syllable_short_of_a_one_word_name_is_left_alone(check):
    assert check("ko", "외교관 3명이 참석했다.") == []  # 외교관 (diplomat), not 외교차관


def test_a_korean_name_written_solid_after_its_bracketed_acronym(check):
    found = check("ko", "한-중미통합체제(SICA)정상회의가 열렸다.")
    assert ("TK103", "한-중미통합체제(SICA)정상회의", "한-SICA 정상회의") in found  # the preferred form


@pytest.mark.parametrize("lang, body", [
    ("ko", "외교1차관, 중미 6개국과 양자회담"),  # 외교(부) 1차관, a headline's abbreviation
    ("ko", "외교부 제3차관이 말했다."),  # another number is another office, not a typo
])
def test_a_number_in_a_name_is_never_a_slip(check, lang, body):
    assert check(lang, body) == []


def test_the_ministry_s_solid_korean_name_of_south_africa_is_house_style(check):
    assert check("ko", "믹타는 남아프리카공화국 정상과 만났다.") == []
    assert check("ko", "믹타는 남아프리카 공화국 정상과 만났다.") == [("TK102", "남아프리카 공화국", "남아프리카공화국")]


def test_a_name_s_last_accented_letter_lost_to_mojibake_is_reported_with_the_sign(check):
    for garbled in ("Joint Communiqu?", "Joint Communiqu\ufffd"):
        assert check("en", f"The ministers adopted the {garbled} of the meeting.") == [
            ("TK103", garbled, "Joint Communiqué")]


def test_a_question_mark_that_ends_no_question_stands_for_a_name_s_last_letter(check):
    assert check("en", "He visited Costa Ric? and Panama.") == [("TK103", "Costa Ric?", "Costa Rica")]
    assert check("es", "Cooperación con el Paragua?.") == [("TK103", "Paragua?", "Paraguay")]
    assert check("en", "Did he visit Costa Ric? We asked.") == [("TK103", "Costa Ric", "Costa Rica")]  # a real question


def test_a_superseded_ministry_glued_to_its_head_s_office_is_reported(check):
    assert check("ko", "김성환 외교통상부장관은 말했다.") == [("TK101", "외교통상부", "외교부")]
    assert check("ko", "외교부장관은 말했다.") == []


def test_an_official_in_another_romanization_system_is_the_same_person(check):
    assert check("en", "Vice Minister Choi Jong-geon met the ambassador.") == [
        ("TK105", "Choi Jong-geon", "Choi Jong Kun")]
    assert check("en", "He met Choi Jong-hyun yesterday.") == []  # another given name: another person


def test_a_korean_country_name_closed_up_as_the_ministry_writes_it_is_no_variant(check):
    assert check("ko", "트리니다드토바고와 미크로네시아연방, 마셜제도 대표가 참석했다.") == []
    assert ("TK103", "파라 과이", "파라과이") in check("ko", "파라 과이 대표가 참석했다.")  # a space inside a word
    assert check("ko", "마셜 제도 대표가 참석했다.") == []  # the reference data's spacing stays a valid short form


def test_a_plural_of_an_admitted_title_naming_officials_of_two_countries_is_generic(check):
    assert check("es", "Los viceministros de Asuntos Exteriores de Corea del Sur, Kim Min-su, y de Bolivia, "
                       "Ana Soto, se reunieron.") == []
    assert ("TK102", "viceministro de Asuntos Exteriores", "viceministro de Relaciones Exteriores") in check(
        "es", "El viceministro de Asuntos Exteriores de Corea del Sur, Kim Min-su, se reunió con ella.")


def test_an_office_s_near_miss_inside_a_longer_coordinated_office_is_no_slip(check):
    assert check("en", "Permanent Secretary in the Foreign Affairs and Foreign Trade Ministry, Ana Soto, said so.") == []
    assert ("TK103", "Vice Minister for Foreign Affairs", "Vice Minister of Foreign Affairs") in check(
        "en", "The Vice Minister for Foreign Affairs and the ambassador spoke.")  # the name does not go on


def test_an_ampersand_spelled_out_is_the_same_name(check):
    assert check("en", "St. Kitts and Nevis is a member of the community.") == []


def test_a_slip_in_a_formal_name_before_a_country_s_short_name(check):
    # "Saudi Arabia" and "Korea" are exact inside; the slip is in the words before them
    assert check("en", "The Kingdon of Saudi Arabia hosted the talks.") == [
        ("TK103", "Kingdon of Saudi Arabia", "Kingdom of Saudi Arabia")]
    assert ("TK103", "Democractic People's Republic of Korea", "Democratic People's Republic of Korea") in check(
        "en", "Talks with the Democractic People's Republic of Korea stalled.")
    written_right = check("en", "The Kingdom of Saudi Arabia and the Democratic People's Republic of Korea met.")
    assert [rule for rule, _, _ in written_right if rule == "TK103"] == []


def test_a_plural_demonym_is_no_slip_of_its_country(check):
    assert check("en", "Young Azerbaijanis, Pakistanis and Israelis study in Korea.") == []


def test_two_slips_when_one_is_a_function_word_typed_wrong(check):
    assert ("TK103", "Saint Vincent and teh Grenadins", "Saint Vincent and the Grenadines") in check(
        "en", "The ambassador to Saint Vincent and teh Grenadins presented credentials.")


def test_two_slips_in_a_long_name_beside_an_accent_dropped(check):
    # the accent alone would be one finding on "Republica de Corea"; the name holds a second slip
    found = check("es", "El Ministerio de Relaciones Exterirores de la Republica de Corea informó.")
    assert found == [("TK103", "Ministerio de Relaciones Exterirores de la Republica de Corea",
                      "Ministerio de Relaciones Exteriores de la República de Corea")]


def test_a_korean_name_holding_an_acronym_in_brackets(check):
    assert ("TK103", "한-중미통합체제(SICA) 정상회이", "한-SICA 정상회의") in check(
        "ko", "한-중미통합체제(SICA) 정상회이가 열렸다.")
    two = check("ko", "한-중미통합체재(SICA) 대화협이체 회의가 열렸다.")
    assert [found for _, found, _ in two] == ["한-중미통합체재(SICA) 대화협이체"]


def test_a_korean_name_before_the_copula(check):
    assert ("TK103", "믹타 의장극", "믹타 의장국") in check("ko", "이번 회의는 현 믹타 의장극인 멕시코가 개최한다.")
    assert check("ko", "이번 회의는 현 믹타 의장국인 멕시코가 개최한다. 미국인 관광객이 왔다.") == []


def test_a_phrase_in_lower_case_spaced_or_hyphenated_otherwise(check):
    assert ("TK103", "rules based international order", "rules-based international order") in check(
        "en", "We support the rules based international order.")
    assert ("TK103", "Sistema Multi-lateral de Comercio", "sistema multilateral de comercio") in check(
        "es", "Apoyan el Sistema Multi-lateral de Comercio.")
    assert check("en", "We support the rules-based international order.") == []


def test_a_slip_in_a_name_listed_with_the_korean_middle_dot_letter(check):
    # "ㆍ" (U+318D) is a Hangul letter that Korean writes as a list's middle dot
    assert check("ko", "코스타리카ㆍ온두러스ㆍ니카라과 등 중미 3개국") == [("TK103", "온두러스", "온두라스")]
    assert check("ko", "코스타리카ㆍ온두라스ㆍ니카라과 등 중미 3개국") == []


def test_a_name_s_function_word_typed_wrong(check):
    assert check("en", "He met the ambassador of the Republic fo Azerbaijan.") == [
        ("TK103", "Republic fo Azerbaijan", "Republic of Azerbaijan")]


def test_a_name_one_letter_short_of_seven_or_one_letter_added_inside(check):
    # six letters are a short word, seven a name alone: the gap between the two searches
    assert check("en", "The new ambassador to Nigera said so.") == [("TK103", "Nigera", "Nigeria")]
    assert check("en", "A renaissance is happening in Quatar.") == [("TK103", "Quatar", "Qatar")]
    assert check("en", "The ambassador to Nigeria met Qatar's envoy.") == []


def test_a_spanish_compound_split_with_its_double_r_undone(check, base, tmp_path):
    assert check("es", "La cumbre reunió a Bielo Rusia y Kazajistán.") == [("TK103", "Bielo Rusia", "Bielorrusia")]
    page = tmp_path / "costarrica.txt"
    page.write_text(HEAD["es"] + "Visitó Costarrica.\n", encoding="utf-8")
    [finding] = check_files([page], base)[0]
    assert "spaced" in finding.message and "ordinal" not in finding.message  # the r doubled by the compound


def test_a_final_consonant_added_inside_a_three_syllable_korean_name(check):
    assert check("ko", "필립핀과 중국 간 갈등이 높아졌다.") == [("TK103", "필립핀", "필리핀")]
    # an aspirated initial for a plain one, or the other way, is left alone: words are spelled so
    # ("아이디" is an ID, not 아이티; "크리스" a Chris, not 그리스)
    assert check("ko", "아이디와 비밀번호를 받은 크리스 씨가 필리핀에 갔다.") == []


def test_a_syllable_left_out_of_a_korean_title_s_head_makes_another_office(check):
    # 외교관 (a diplomat) is 외교장관 without 장; a Korean title's head is its last word
    assert check("ko", "멕시코 외교관인 로페스 씨와 칠레 외교관은 말했다.") == []
    assert ("TK103", "한-SICA 정회의", "한-SICA 정상회의") in check("ko", "한-SICA 정회의가 열렸다.")


def test_a_vowel_slipped_before_a_country_name_s_last_letter_is_no_demonym(check):
    assert check("en", "Mr Sogavare said Soloman Islands has a high cost of power.") == [
        ("TK103", "Soloman Islands", "Solomon Islands")]
    assert check("en", "Lebanese, Argentine and Solomon Islander delegates met.") == []


def test_a_korean_country_glued_to_its_ambassador_or_its_side(check):
    assert check("ko", "▲보리비아대사 이자형 ▲코스타-리카대사 윤찬식") == [
        ("TK103", "보리비아", "볼리비아"), ("TK103", "코스타-리카", "코스타리카")]
    assert check("ko", "▲볼리비아대사 이자형 ▲코스타리카대사 윤찬식, 정부측과 미국측") == []
    assert check("ko", "▲트리나다드 토바고대사 성문업▲몽골대사 정재남") == [  # a name the base spaces, an envoy glued
        ("TK103", "트리나다드 토바고", "트리니다드토바고")]


def test_a_korean_country_after_the_prefix_of_an_envoy_s_post(check):
    assert check("ko", "이원재 주키르기스탄 대사, 박준용 주사우디-아라비아 대사 등이다.") == [
        ("TK103", "키르기스탄", "키르기스스탄"), ("TK103", "사우디-아라비아", "사우디아라비아")]
    assert check("ko", "이원재 주키르기스스탄 대사, 주사우디아라비아대사관, 주요국가 대사와 주재국 대표부") == []
    assert check("ko", "주한투르크매니스탄 대사") == [("TK103", "투르크매니스탄", "투르크메니스탄")]  # 주한: in Korea
    assert check("ko", "베겐치 두르디예프 주한투르크메니스탄 대사 등") == []


def test_a_last_syllable_run_into_the_one_before_in_a_korean_country_name(check):
    assert check("ko", "싱가폴 외교장관과 회담했다.") == [("TK103", "싱가폴", "싱가포르")]
    assert check("ko", "싱가포르 외교장관과 회담했다.") == []


def test_a_number_spaced_from_the_korean_office_it_numbers(check):
    assert check("ko", "강인선 외교부 2 차관은 11일 회의를 열었다.") == [("TK103", "2 차관", "2차관")]
    assert check("ko", "강인선 외교부 2차관은 11일 오후 3 시에 1 차례 회의를 열었다.") == []


def test_a_long_korean_name_slipped_and_written_solid_after_a_modifier(check):
    assert check("ko", "권기환 글로벌다차외교조정관은 밝혔다.") == [("TK103", "다차외교조정관", "다자외교조정관")]
    assert check("ko", "권기환 글로벌다자외교조정관은 한미외교장관회담에서 밝혔다.") == []


def test_a_country_slipped_in_a_headline_in_title_case(check):
    assert check("en", "Foreign Minister Of Kazahkstan And Uzbekistan Discussed Strategic Partnership") == [
        ("TK103", "Kazahkstan", "Kazakhstan")]


def test_a_foreign_official_s_name_is_spelled_not_romanized_otherwise(base, tmp_path):
    page = tmp_path / "names.txt"
    page.write_text(HEAD["es"] + "Marcelo Ebrard Casaubón y Kang Jung-sik se reunieron.\n", encoding="utf-8")
    messages = {finding.found: finding.message for finding in check_files([page], base)[0]}
    assert "is spelled otherwise" in messages["Marcelo Ebrard Casaubón"]
    assert "is romanized otherwise" in messages["Kang Jung-sik"]


def test_a_six_letter_name_with_one_letter_added_inside(check):
    # seven letters: too long for the short-word index, whose names it is one letter from
    assert check("en", "He flew to Rawanda on Monday.") == [("TK103", "Rawanda", "Rwanda")]
    assert check("en", "Zambian, Serbian and Russian delegates flew to Rwanda.") == []


@pytest.mark.parametrize("body, found, suggestion", [
    ("La vicepresidenta de Benezuela habló.", "Benezuela", "Venezuela"),  # b and v are one sound in Spanish
    ("La embajada de Onduras abrió.", "Onduras", "Honduras"),  # a silent h dropped
])
def test_a_one_word_name_with_its_initial_spelt_as_it_sounds_is_a_slip(check, body, found, suggestion):
    assert check("es", body) == [("TK103", found, suggestion)]


def test_other_initials_of_a_one_word_name_stay_another_word(check):
    assert check("es", "El alcalde de Colonia recibió al embajador de Bolivia.") == []  # not Polonia


def test_a_slip_in_a_pair_of_partners_after_a_capitalised_word_is_no_surname(check):
    assert check("es", "Se reunió la Comisión Mixta Paraguya-Corea en Asunción.") == [
        ("TK103", "Paraguya", "Paraguay")]
    assert check("es", "Coordinó la visita oficial del presidente Rafael Correa.") == []


def test_a_country_slipped_in_a_headline_with_its_joining_words_in_lower_case(check):
    assert check("en", "Special Representative for Korean Peninsula Peace and Security Affairs to Visit Russsia") == [
        ("TK103", "Russsia", "Russia")]


@pytest.mark.parametrize("lang, body, found, suggestion", [
    ("ko", "¿Ü±³ºÎ´Â 11일 발표했다.", "¿Ü±³ºÎ", "외교부"),  # EUC-KR read as Latin-1, a particle after it
    ("ko", "ëŒ€í•œë¯¼êµ\xadì\x9d˜ 입장을 밝혔다.", "ëŒ€í•œë¯¼êµ\xad", "대한민국"),  # UTF-8 read as Windows-1252
    ("ko", "ê³¼í…Œë§�ë�¼와 협력했다.", "ê³¼í…Œë§�ë�¼", "과테말라"),  # ... with its undefined bytes replaced
    ("ko", "肄쒕＼鍮꾩븘를 방문했다.", "肄쒕＼鍮꾩븘", "콜롬비아"),  # UTF-8 read as CP949, a particle written right
    ("ko", "플랫폼으로 MI?TA를 조직하였습니다.", "MI?TA", "MIKTA"),  # inside capitals "?" is no question mark
    ("en", "The SI?A ministers met.", "SI?A", "SICA"),
])
def test_mojibake_of_korean_text_and_of_a_name_in_capitals(check, lang, body, found, suggestion):
    assert check(lang, body) == [("TK103", found, suggestion)]


def test_latin_text_with_accented_letters_side_by_side_is_no_korean_mojibake(check):
    assert check("es", "São Paulo y la Declaração de Brasília fueron citadas.") == []
    assert check("en", "Why? SICA met.") == []


def test_a_country_s_or_a_body_s_name_of_several_words_keeps_its_gender_and_number(check):
    assert check("es", "El Banco Centroamericana de Integración Económica aprobó.") == [
        ("TK103", "Banco Centroamericana de Integración Económica", "Banco Centroamericano de Integración Económica")]
    assert check("es", "Viajó a la República Dominicano y Panamá.") == [
        ("TK103", "República Dominicano", "República Dominicana")]
    assert check("es", "La directora ejecutiva visitó la República Dominicana.") == []


def test_a_plural_title_spaced_otherwise_is_a_variant_and_its_fix_keeps_the_plural(termkit, tmp_path):
    page = tmp_path / "es.txt"
    page.write_text(HEAD["es"] + "El foro de vice cancilleres de Corea y Centroamérica.\n", encoding="utf-8")
    result = termkit("check", page, "--termbase", GLOSSARY, "--fix")
    assert result.code == 0
    assert page.read_text(encoding="utf-8") == HEAD["es"] + "El foro de vicecancilleres de Corea y Centroamérica.\n"
    assert "No findings" in termkit("check", page, "--termbase", GLOSSARY).out


def test_a_plural_title_written_right_is_no_variant(check):
    assert check("es", "Los vicecancilleres de Corea y Centroamérica se reunieron.") == []
    assert check("en", "The Vice Ministers of Foreign Affairs met.") == []


def test_a_country_in_english_text_spelt_as_spanish_spells_it(check):
    assert check("en", "The Special Representative will visit Rusia next week.") == [("TK103", "Rusia", "Russia")]
    assert check("en", "He met the staff of the Embajada de Rusia in Seoul.") == []  # a Spanish name quoted
    assert check("es", "Corea y Rwanda firmaron un acuerdo.") == []  # American Spanish writes it so too


def test_a_two_word_korean_name_with_a_slip_in_each_word(check):
    assert check("ko", "멕시쿄 외교쟝관은 말했다.") == [("TK103", "멕시쿄 외교쟝관", "멕시코 외교장관")]
    assert check("ko", "맥시코 외교잔관은 말했다.") == [("TK103", "맥시코 외교잔관", "멕시코 외교장관")]
    assert check("ko", "멕시코 외교장관은 말했다.") == []
    assert check("ko", "양국 외교장관은 협력을 강화하기로 합의했다.") == []  # another word, not a slip


def test_a_deprecated_term_written_in_another_case_is_deprecated(check):
    assert check("es", "Los países del Sistema de Integración centroamericana firmaron.") == [
        ("TK101", "Sistema de Integración centroamericana", "Sistema de la Integración Centroamericana")]


def test_a_name_of_several_words_without_its_plural_s_before_a_verb_is_a_slip(check):
    assert check("en", "The President of the United Mexican State met the minister.") == [
        ("TK103", "United Mexican State", "United Mexican States")]
    assert check("en", "The Philippine navy joined the exercise.") == []  # a one-word name's adjective


def test_a_country_transcribed_with_another_initial_beside_its_right_spelling(check):
    assert check("ko", "한국과 파나마는 협력한다.\n\n바나마 대사가 말했다.") == [("TK103", "바나마", "파나마")]
    assert check("ko", "바나마 대사가 말했다.") == []  # alone it may be another word
    assert check("ko", "네팔과 한국.\n\n네발 달린 짐승.") == []  # a two-syllable name has native look-alikes


@pytest.mark.parametrize("lang, body, found, suggestion", [
    ("en", "The Republic of Korean delegation arrived.", "Republic of Korean", "Republic of Korea"),  # "of" wants a noun
    ("es", "Visitó la Embajada del Paraguai en Seúl.", "Paraguai", "Paraguay"),  # -i is no demonym put for a letter
    ("es", "El Banco Centroamericanos de Integración Económica aprobó.", "Banco Centroamericanos de Integración Económica",
     "Banco Centroamericano de Integración Económica"),  # a body's name keeps its number
    ("en", "The Joint Communiqu?? was adopted.", "Joint Communiqu??", "Joint Communiqué"),  # é's two bytes as "?"
])
def test_blind_round_44_s_classes(check, lang, body, found, suggestion):
    assert check(lang, body) == [("TK103", found, suggestion)]


def test_a_plural_title_and_a_country_s_adjective_stay_silent(check):
    assert check("es", "Los Viceministros de Relaciones Exteriores se reunieron.") == []
    assert check("en", "The Korean delegation met the Republic of Korea's envoy.") == []


def test_a_slip_closest_to_the_other_language_s_name_gets_the_text_s_own(check):
    assert check("en", "The minister will visit Malyasia in May.") == [("TK103", "Malyasia", "Malaysia")]
    assert check("en", "Pope Francis met the delegation.") == []  # one slip from Spanish Francia only


def test_a_two_word_korean_name_with_a_tense_initial_and_a_vowel_slipped(check):
    assert check("ko", "멕시꼬 외고장관은 말했다.") == [("TK103", "멕시꼬 외고장관", "멕시코 외교장관")]
    assert check("ko", "멕시코와 한국.\n\n멕시꼬가 말했다.") == [("TK103", "멕시꼬", "멕시코")]  # reported once


@pytest.mark.parametrize("lang, body, found, suggestion", [
    ("en", "They signed the Joint Communiqu√© on Friday.", "Joint Communiqu√©", "Joint Communiqué"),  # UTF-8 as Mac Roman
    ("en", "They signed the Joint Communiqu├⌐ on Friday.", "Joint Communiqu├⌐", "Joint Communiqué"),  # as code page 437
    ("en", "The Dominician Republic joined.", "Dominician Republic", "Dominican Republic"),  # no demonym inside a name
    ("en", "The Unted States of Amerca said so.", "Unted States of Amerca", "United States of America"),  # letters lost
    ("en", "Ties between Israil-Korea grew.", "Israil", "Israel"),  # a dash pairs partners, as "and" lists them
])
def test_blind_round_46_s_classes(check, lang, body, found, suggestion):
    assert check(lang, body) == [("TK103", found, suggestion)]


def test_a_name_after_a_slipped_one_is_listed_not_joined_by_its_conjunction(check):
    assert check("en", "The Dominician Republic and Korea signed.") == [
        ("TK103", "Dominician Republic", "Dominican Republic")]  # not "Republic and Korea" for Republic of Korea
    assert check("en", "The Dominican Republic and Korea signed.") == []


def test_a_ministry_misspelt_inside_a_longer_ministry_s_name_is_a_slip_a_reworded_one_is_not(check):
    assert check("en", "Officials of the Ministry of Foriegn Afairs and Trade attended.") == [
        ("TK103", "Ministry of Foriegn Afairs", "Ministry of Foreign Affairs")]
    assert check("en", "The Permanent Secretary in the Foreign Affairs and Foreign Trade Ministry attended.") == []


def test_a_korean_name_with_its_e_written_ye_is_a_slip(check):
    assert check("ko", "칠레와 폐루를 방문했다.") == [("TK103", "폐루", "페루")]  # ㅖ after ㅍ is said [ㅔ]
    assert check("ko", "계속 협력하기로 했다.") == []


@pytest.mark.parametrize("lang, body, found, suggestion", [
    ("es", "Llegó el Vice Ministro de Relaciones Exterores de Perú.", "Vice Ministro de Relaciones Exterores",
     "viceministro de Relaciones Exteriores"),  # a compound split and a slip beside it
    ("es", "El Ministerio de Relación Exteriores informó.", "Ministerio de Relación Exteriores",
     "Ministerio de Relaciones Exteriores"),  # a title's or ministry's field keeps its number
    ("es", "El Banco Centroamericano de Integraciones Económicas aprobó.", "Banco Centroamericano de Integraciones Económicas",
     "Banco Centroamericano de Integración Económica"),  # two words of a body's name out of number
])
def test_blind_round_46_spanish_classes(check, lang, body, found, suggestion):
    assert check(lang, body) == [("TK103", found, suggestion)]


def test_a_title_s_adjective_agrees_with_its_holder_its_field_does_not_change(check):
    assert check("es", "La Viceministra Encargada de Asuntos Multilaterales habló.") == []
    assert check("es", "Los Secretarios de Relaciones Exteriores se reunieron.") == []


def test_korean_misread_in_cp949_with_a_compatibility_hanja_and_a_lost_last_byte(check):
    garbled = "멕시코".encode("utf-8").decode("cp949", errors="replace")  # "硫뺤떆肄\ufffd", 硫 as U+F9CE
    assert check("ko", f"{garbled} 대통령은 말했다.") == [("TK103", garbled, "멕시코")]


def test_two_letters_traded_between_the_syllables_of_a_long_korean_name(check):
    assert check("ko", "멕시코와 인도네사이 대표가 만났다.") == [("TK103", "인도네사이", "인도네시아")]


def test_a_korean_consonant_moved_to_the_syllable_before(check):
    assert check("ko", "알헨티나 대사가 말했다.") == [("TK103", "알헨티나", "아르헨티나")]


def test_a_korean_name_s_last_syllable_split_off_with_its_particle(check):
    assert check("ko", "멕시코 외교장 관은 말했다.") == [("TK103", "멕시코 외교장 관", "멕시코 외교장관")]
    assert check("ko", "?한-중남미 수교 기념 포럼과 한?중남미협회") == []  # "?" for a lost 「 and a lost ·


def test_a_question_mark_for_a_pair_s_lost_separator_is_no_lost_syllable(check):
    assert check("ko", "한?과 멕시코는 협력했다.") == [("TK103", "한?", "한국")]


def test_a_name_before_the_verb_es_is_no_plural_of_it(check):
    assert check("es", "Corea del Sur es Observador Asociado en la Comunidad.") == []


@pytest.mark.parametrize("lang, body, found, suggestion", [
    ("ko", "멕시칸 외교장관은 말했다.", "멕시칸 외교장관", "멕시코 외교장관"),  # a demonym only ends a name
    ("en", "He greeted the United Mexicans States delegation.", "United Mexicans States", "United Mexican States"),
])
def test_blind_round_48_s_classes(check, lang, body, found, suggestion):
    assert check(lang, body) == [("TK103", found, suggestion)]


def test_a_korean_demonym_before_a_common_noun_is_silent(check):
    assert check("ko", "멕시칸 음식을 먹었다.") == []


@pytest.mark.parametrize("lang, body, found, suggestion", [
    ("ko", "트리니다드 앤 토바고 대사가 말했다.", "트리니다드 앤 토바고", "트리니다드토바고"),  # "and" spelled in
    ("ko", "트리니다드와 토바고는 참석했다.", "트리니다드와 토바고", "트리니다드토바고"),
    ("ko", "MIK-TA 외교장관회의가 열렸다.", "MIK-TA", "MIKTA"),  # an acronym split
    ("en", "The SI CA members met.", "SI CA", "SICA"),
    ("es", "Participaron Guatemala, Hundoras y Nicaragua.", "Hundoras", "Honduras"),  # two letters traded
    ("es", "Asistió el Vice ministro de Relaciones Exteiores de Corea.", "Vice ministro de Relaciones Exteiores",
     "viceministro de Relaciones Exteriores"),  # a word written apart and a slip in another
])
def test_blind_round_49_s_classes(check, lang, body, found, suggestion):
    assert check(lang, body) == [("TK103", found, suggestion)]


def test_two_names_joined_by_and_or_a_pair_of_acronyms_stay_silent(check):
    assert check("ko", "유엔과 총회에서 한국과 멕시코는 협력했다.") == []
    assert check("en", "The EU-LAC Foundation met.") == []


# --- blind round 50 (planted on held-out pages) and the false alarms judged on those pages


def test_a_korean_name_whose_partners_a_middle_dot_joins_is_the_name_its_spacing_checked(check):
    assert check("ko", "한·SICA 정상회의가 열렸다.") == []  # the dot is the pair's hyphen
    assert check("ko", "한·SICA정상회의가 열렸다.") == [("TK103", "한·SICA정상회의", "한-SICA 정상회의")]
    assert check("ko", "한·중미 특별라운드 테이블이 열렸다.") == [
        ("TK103", "한·중미 특별라운드 테이블", "한-중미 특별 라운드테이블")]


def test_korean_misread_in_cp949_whose_lost_last_byte_shows_as_a_question_mark(check):
    garbled = "멕시코".encode("utf-8").decode("cp949", errors="replace").replace("\ufffd", "?")
    assert check("ko", f"{garbled} 대통령은 말했다.") == [("TK103", garbled, "멕시코")]
    assert check("ko", "中國? 대통령은 말했다.") == []  # Hanja before a question mark that read as no Hangul


def test_a_common_noun_compound_is_spaced_freely_a_title_is_not(check):
    assert check("ko", "한반도 평화프로세스에 대한 지지를 밝혔다.") == []
    assert check("ko", "공동 성명을 채택했다.") == [("TK103", "공동 성명", "공동성명")]  # one word in the dictionary
    assert check("ko", "멕시코 외교 장관과 만났다.") == [("TK103", "멕시코 외교 장관", "멕시코 외교장관")]


def test_a_first_mention_spelling_out_the_acronym_is_no_admitted_variant(check):
    assert check("ko", "한-중미통합체제(SICA) 정상회의가 열렸다. 한-SICA 정상회의는 처음이다.") == []


def test_a_deprecated_name_spoken_of_as_a_name_is_quoted_not_used(check):
    assert check("en", "The Republic of Korea, commonly known as South Korea, joined.") == []
    assert check("en", "South Korea joined.") == [("TK101", "South Korea", "Republic of Korea")]


def test_a_deprecated_name_blended_into_the_preferred_one_is_replaced_whole(check):
    assert check("en", "He presented his credentials to the Republic of South Korea on Monday.") == [
        ("TK101", "Republic of South Korea", "Republic of Korea")]


@pytest.mark.parametrize("lang, body, found, suggestion", [
    ("ko", "SICA에는 벨리스와 과테말라, 엘살바도르가 참여한다.", "벨리스", "벨리즈"),  # listed, the first with 와
    ("es", "Visitó Cambolla y Vietnam.", "Cambolla", "Camboya"),  # spelt by its sound: ll for y
    ("en", "The Azerbaijian delegation arrived.", "Azerbaijian", "Azerbaijan"),  # no demonym keeps the last letters
])
def test_blind_round_51_s_classes(check, lang, body, found, suggestion):
    assert check(lang, body) == [("TK103", found, suggestion)]


def test_a_word_joined_by_a_particle_to_one_later_noun_is_no_list(check):
    assert check("ko", "바나마와 한국은 협력한다.") == []  # no list goes on: 바나마 may be another word



def test_blind_round_54_s_classes(check):
    assert check("en", "The Minister of Foreign Affairs of Mexico, Marcello Ebrard Casaubon, spoke.")[0][:2] == (
        "TK103", "Marcello Ebrard Casaubon")  # a person's name is one in every language
    assert check("ko", "멕시코를 방문 중인 박진 외교통상부 장관은 말했다.") == [("TK101", "외교통상부", "외교부")]  # 멕시코를 closes its phrase
