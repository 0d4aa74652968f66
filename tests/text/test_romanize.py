"""Korean officials' names against the spellings they carry in English and Spanish releases."""

from __future__ import annotations

import pytest

from toolkit.model.termbase import Concept, Term, TermBase
from toolkit.text.romanize import (
    MATCH, REVIEW, name_score, overrides_from_termbase, rank_candidates, same_person,
    transliteration_score,
)

# Real officials: Hangul, spellings seen in print (RR, MR, customary; any order, case and
# hyphenation), and near-miss names of other people that must not match.
OFFICIALS = [
    ("반기문", ["Ban Ki-moon", "BAN Ki-moon", "Ki-moon Ban", "Ban Ki Moon", "Pan Ki-mun", "Ban Gimun"], ["Ban Ki-ho", "Ban Ki-min"]),
    ("강경화", ["Kang Kyung-wha", "Kyung-wha Kang", "KANG Kyung-wha", "Gang Gyeong-hwa", "Kang Kyong-hwa"], ["Kang Kyung-min", "Kang Kyung-soo"]),
    ("정의용", ["Chung Eui-yong", "Eui-yong Chung", "Jeong Ui-yong", "CHUNG Eui Yong", "Chong Ui-yong"], ["Chung Eui-hwa", "Chung Dong-young"]),
    ("박진", ["Park Jin", "PARK Jin", "Jin Park", "Pak Chin", "Bak Jin"], ["Park Jun", "Park Ji-won"]),
    ("조태열", ["Cho Tae-yul", "Tae-yul Cho", "Jo Tae-yeol", "Cho Tae Yul", "Cho Taeyul"], ["Cho Tae-yong", "Cho Hyun-dong"]),
    ("최종건", ["Choi Jong Kun", "Choi Jong-kun", "CHOI Jong-kun", "Jong-kun Choi", "Choe Jong-geon", "Ch'oe Chong-gŏn", "Choi Jongkun"], ["Choi Jong-moon", "Choi Byung-kun"]),
    ("강정식", ["Kang Jeong-sik", "Kang Jung-sik", "Jeong-sik Kang", "Gang Jeongsik", "KANG Chong-sik"], ["Kang Jeong-soo", "Kang Kyung-sik"]),
    ("윤석열", ["Yoon Suk Yeol", "Yoon Suk-yeol", "Yun Seok-yeol", "Suk Yeol Yoon", "YOON Suk-yeol", "Yun Sŏk-yŏl"], ["Yoon Suk-min", "Yoon Sang-hyun"]),
    ("문재인", ["Moon Jae-in", "Jae-in Moon", "Mun Jae-in", "MOON Jae In", "Mun Chae-in"], ["Moon Jae-yong", "Moon Hee-sang"]),
    ("이재명", ["Lee Jae-myung", "Jae-myung Lee", "Yi Jae-myeong", "LEE Jae Myung", "Rhee Jae-myung"], ["Lee Jae-yong", "Lee Jae-min"]),
    ("박근혜", ["Park Geun-hye", "Geun-hye Park", "Pak Kun-hye", "Bak Geunhye"], ["Park Geun-ho", "Park Ji-won"]),
    ("이명박", ["Lee Myung-bak", "Myung-bak Lee", "Yi Myeong-bak", "Lee Myung Bak"], ["Lee Myung-soo", "Lee Min-bok"]),
    ("노무현", ["Roh Moo-hyun", "Moo-hyun Roh", "No Mu-hyeon", "Noh Moo Hyun"], ["Roh Moo-sung", "Roh Tae-woo"]),
    ("김대중", ["Kim Dae-jung", "Dae-jung Kim", "Gim Dae-jung", "Kim Tae-jung", "KIM Dae Jung"], ["Kim Dae-jin", "Kim Jong-un"]),
    ("김영삼", ["Kim Young-sam", "Young-sam Kim", "Kim Yeong-sam", "Kim Yong-sam"], ["Kim Young-sun", "Kim Yong-ho"]),
    ("노태우", ["Roh Tae-woo", "Tae-woo Roh", "No Tae-u", "Noh Tae Woo"], ["Roh Tae-min", "Roh Moo-hyun"]),
    ("전두환", ["Chun Doo-hwan", "Doo-hwan Chun", "Jeon Du-hwan", "Chon Tu-hwan"], ["Chun Doo-ho", "Jeon Dong-hwan"]),
    ("박정희", ["Park Chung-hee", "Chung-hee Park", "Bak Jeong-hui", "Pak Chong-hui"], ["Park Chung-ho", "Park Jin-hee"]),
    ("윤병세", ["Yun Byung-se", "Yoon Byung-se", "Byung-se Yun", "Yun Byeong-se"], ["Yun Byung-soo", "Yun Sang-se"]),
    ("유명환", ["Yu Myung-hwan", "Yoo Myung-hwan", "Yu Myeong-hwan", "Myung-hwan Yu"], ["Yu Myung-hee", "Yu Jong-hwan"]),
    ("김성한", ["Kim Sung-han", "Sung-han Kim", "Kim Seong-han", "KIM Sung Han"], ["Kim Sung-hoon", "Kim Sang-han"]),
    ("한덕수", ["Han Duck-soo", "Duck-soo Han", "Han Deok-su", "Han Tok-su"], ["Han Duck-ho", "Han Seung-soo"]),
    ("이낙연", ["Lee Nak-yon", "Lee Nak-yeon", "Nak-yon Lee", "Yi Nak-yon"], ["Lee Nak-min", "Lee Hae-chan"]),
    ("김부겸", ["Kim Boo-kyum", "Boo-kyum Kim", "Gim Bu-gyeom", "Kim Bu-kyom"], ["Kim Boo-sung", "Kim Moo-sung"]),
    ("이도훈", ["Lee Do-hoon", "Do-hoon Lee", "Yi Do-hun", "LEE Do Hoon"], ["Lee Do-hyun", "Lee Jae-hoon"]),
    ("최종문", ["Choi Jong-moon", "Jong-moon Choi", "Choe Jong-mun", "Choi Jongmoon"], ["Choi Jong-kun", "Choi Jong-min"]),
    ("여승배", ["Yeo Seung-bae", "Seung-bae Yeo", "Yo Sung-bae", "YEO Seung Bae"], ["Yeo Seung-ho", "Yeo Han-koo"]),
    ("이태호", ["Lee Tae-ho", "Tae-ho Lee", "Yi Tae-ho", "Lee Taeho"], ["Lee Tae-hyung", "Lee Jae-ho"]),
    ("조현", ["Cho Hyun", "Hyun Cho", "Jo Hyeon", "CHO Hyun"], ["Cho Hoon", "Cho Hwan"]),
    ("임성남", ["Lim Sung-nam", "Sung-nam Lim", "Im Seong-nam", "Yim Sung-nam"], ["Lim Sung-min", "Lim Jong-nam"]),
    ("안호영", ["Ahn Ho-young", "Ho-young Ahn", "An Ho-yeong", "Ahn Ho Young"], ["Ahn Ho-sung", "Ahn Jae-young"]),
    ("조현동", ["Cho Hyun-dong", "Hyun-dong Cho", "Jo Hyeon-dong", "CHO Hyun Dong"], ["Cho Hyun-ho", "Cho Sang-dong"]),
    ("장호진", ["Chang Ho-jin", "Jang Ho-jin", "Ho-jin Chang", "Chang Hojin"], ["Chang Ho-min", "Chang Dong-jin"]),
    ("오영주", ["Oh Young-ju", "Young-ju Oh", "O Yeong-ju", "Oh Young Joo"], ["Oh Young-min", "Oh Sang-ju"]),
    ("김홍균", ["Kim Hong-kyun", "Hong-kyun Kim", "Gim Hong-gyun", "Kim Hong Kyun"], ["Kim Hong-min", "Kim Dong-kyun"]),
    ("노규덕", ["Noh Kyu-duk", "Kyu-duk Noh", "No Gyu-deok", "Roh Kyu-duk"], ["Noh Kyu-ho", "Noh Sang-duk"]),
    ("여한구", ["Yeo Han-koo", "Han-koo Yeo", "Yeo Han-gu", "YEO Han Koo"], ["Yeo Han-min", "Yeo Sang-koo"]),
    ("유명희", ["Yoo Myung-hee", "Myung-hee Yoo", "Yu Myeong-hui", "Yoo Myung Hee"], ["Yoo Myung-hwan", "Yoo Jin-hee"]),
    ("김준형", ["Kim Joon-hyung", "Joon-hyung Kim", "Gim Jun-hyeong", "Kim Jun-hyung"], ["Kim Joon-ho", "Kim Sang-hyung"]),
    ("이수혁", ["Lee Soo-hyuck", "Soo-hyuck Lee", "Yi Su-hyeok", "Lee Soo-hyuk"], ["Lee Soo-min", "Lee Jae-hyuck"]),
    ("박철희", ["Park Cheol-hee", "Cheol-hee Park", "Bak Cheol-hui", "Park Chul-hee"], ["Park Cheol-ho", "Park Sang-hee"]),
    ("황준국", ["Hwang Joon-kook", "Joon-kook Hwang", "Hwang Jun-guk", "Hwang Joon Kook"], ["Hwang Joon-ho", "Hwang Sang-kook"]),
    ("추경호", ["Choo Kyung-ho", "Kyung-ho Choo", "Chu Gyeong-ho", "Choo Kyung Ho"], ["Choo Kyung-min", "Choo Sang-ho"]),
    ("송민순", ["Song Min-soon", "Min-soon Song", "Song Min-sun", "SONG Min Soon"], ["Song Min-ho", "Song Jae-soon"]),
    ("함상욱", ["Hahm Sang-wook", "Sang-wook Hahm", "Ham Sang-uk", "HAHM Sang Wook"], ["Hahm Sang-min", "Hahm Dong-wook"]),
    ("정은보", ["Jeong Eun-bo", "Eun-bo Jeong", "Chung Eun-bo", "Jung Eun-bo"], ["Jeong Eun-ho", "Jeong Sang-bo"]),
    ("남궁표", ["Namgoong Pyo", "Namgung Pyo", "Pyo Namgoong"], ["Namgoong Min", "Nam Pyo-min"]),
]

SPELLINGS = [(hangul, latin) for hangul, spellings, _ in OFFICIALS for latin in spellings]
IMPOSTORS = [(hangul, latin) for hangul, _, impostors in OFFICIALS for latin in impostors]


def test_the_table_covers_at_least_forty_officials():
    assert len(OFFICIALS) >= 40


@pytest.mark.parametrize("hangul,latin", SPELLINGS)
def test_every_printed_spelling_matches(hangul, latin):
    assert name_score(hangul, latin) >= MATCH


@pytest.mark.parametrize("hangul,latin", IMPOSTORS)
def test_another_person_does_not_match(hangul, latin):
    assert name_score(hangul, latin) < REVIEW


@pytest.mark.parametrize("hangul,spellings,impostors", OFFICIALS, ids=[o[0] for o in OFFICIALS])
def test_two_spellings_of_one_official_are_the_same_person(hangul, spellings, impostors):
    for latin in spellings[1:]:
        assert same_person(spellings[0], latin) >= MATCH, latin
    for latin in impostors:
        assert same_person(spellings[0], latin) < REVIEW, latin


def test_a_spelling_of_another_syllable_is_told_apart_only_with_the_hangul():
    # "Kun" also spells 근, so two romanizations alone cannot tell 최종건 from 최종근 ...
    assert same_person("Choi Jong Kun", "Choi Jong-keun") >= MATCH
    # ... but against the Hangul, "keun" is never 건.
    assert name_score("최종건", "Choi Jong-keun") < REVIEW


def test_a_typo_goes_to_review_not_to_match_or_rejection():
    score = name_score("최종건", "Choi Jong-kunn")
    assert REVIEW <= score < MATCH


def test_ranking_puts_the_right_person_of_a_release_first():
    names = ["Choi Jong-moon", "Kang Jeong-sik", "Marcelo Ebrard", "Choi Jong Kun", "Carlos Hoyos"]
    ranked = rank_candidates("최종건", names)
    assert ranked[0][0] == "Choi Jong Kun"
    assert ranked[0][1] >= MATCH > ranked[1][1]
    assert rank_candidates("강정식", names)[0][0] == "Kang Jeong-sik"


def test_irregular_spelling_needs_the_term_base_override():
    assert name_score("이승만", "Syngman Rhee") < MATCH
    person = Concept("person-rhee-syngman", subject="person", terms={
        "en": [Term("Syngman Rhee", sources=["https://en.wikipedia.org/wiki/Syngman_Rhee"])],
        "ko": [Term("이승만")],
    })
    overrides = overrides_from_termbase(TermBase([person]))
    assert name_score("이승만", "Syngman Rhee", overrides) == 1.0
    assert name_score("이승만", "RHEE Syngman", overrides) == 1.0
    assert name_score("이승만", "Rhee Seung-man", overrides) >= MATCH
    assert name_score("이승만", "Lee Seung-hoon", overrides) < REVIEW


def test_candidate_terms_are_not_overrides():
    person = Concept("p", subject="person", terms={
        "en": [Term("Syngman Rhee", review="candidate")], "ko": [Term("이승만")],
    })
    assert overrides_from_termbase(TermBase([person])) == {}


def test_non_hangul_or_single_token_scores_zero():
    assert name_score("Choi", "Choi Jong-kun") == 0.0
    assert name_score("최종건", "Choi") == 0.0


@pytest.mark.parametrize("hangul,latin", [
    ("카를로스 오요스", "Carlos Hoyos"), ("마르셀로 에브라드", "Marcelo Ebrard"),
    ("마이크 폼페이오", "Mike Pompeo"), ("엘린 존스", "Elin Jones"), ("조코 위도도", "Joko Widodo"),
])
def test_foreign_names_in_hangul_match_their_original(hangul, latin):
    assert transliteration_score(hangul, latin) >= 0.8


def test_foreign_names_do_not_match_other_people():
    assert transliteration_score("카를로스 오요스", "Marcelo Ebrard") < 0.5
    assert transliteration_score("마이크 폼페이오", "Joko Widodo") < 0.5
