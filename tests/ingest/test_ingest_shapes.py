"""Pages of sites no table describes: chrome found by line shapes, metadata kept as fields,
lines repeated across a site's pages dropped. (The page `unseen_site` is checked line by
line with the other layout fixtures in test_ingest.)"""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES
from toolkit.ingest import ingest, ingest_paths, shapes
from toolkit.ingest.dates import find_date

PAGES = FIXTURES / "ingest"


def body(document) -> list[str]:
    return [line.text for line in document.lines]


def test_unseen_site_json_shows_date_department_and_hits_as_metadata_not_body(termkit):
    run = termkit("clean", PAGES / "unseen_site.txt", "--format", "json")
    assert run.code == 0, run.err
    record = json.loads(run.out)["documents"][0]
    assert record["title"] == "Deputy Minister Opens Regional Dialogue on Shared Water Basins"
    assert record["date"] == "2025-03-12"
    assert record["metadata"]["department"] == "Directorate of Multilateral Affairs"
    assert record["metadata"]["hits"] == "1,204"
    texts = [line["text"] for line in record["lines"]]
    assert not any(text.startswith(("Published", "Department", "Views", "Share", "Home ›", "Related", "Trade")) for text in texts)
    assert [line["raw_line"] for line in record["lines"]] == [7, 13, 15, 17, 19]
    assert record["lines"][3]["raw_column"] == 4


def write(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


# A short release in paragraphs, for tests that add one thing to it.
STORY_ES = ["Panamá y Corea firman un acuerdo de cooperación",
            "Los cancilleres de ambos países firmaron hoy un acuerdo de cooperación técnica en Seúl.",
            "El acuerdo entrará en vigor el próximo mes, según informó la cancillería."]
STORY_EN = ["Panama and Korea sign a cooperation deal",
            "The foreign ministers of both countries signed a technical cooperation agreement today.",
            "The agreement enters into force next month, the ministry said in a statement."]


def story_page(tmp_path, paragraphs: list[str], tail: str = ""):
    """A page of `paragraphs` (blank lines between them) and `tail` under them."""
    return write(tmp_path / "page.txt", "\n\n".join(paragraphs) + "\n\n" + tail + "\n")


KOREAN_PAGE = """\
본문으로 이동
  1. 글자크기
  2. 인쇄
  3. 사이트맵
홈 > 알림마당 > 소식
새소식
한-칠레 문화교류 주간 개막
담당부서
문화협력과
등록일
2025.04.03
조회수
88
□ 한-칠레 문화교류 주간이 4.3.(목) 서울에서 개막하여 일주일간 공연과 전시가 이어진다.
  ㅇ 양국 예술가 40여 명이 참여한다.
첨부파일 행사안내.pdf
"""


def test_korean_page_of_an_unseen_site_loses_its_menus_and_keeps_its_label_value_block_as_fields(tmp_path):
    document = ingest(write(tmp_path / "page.txt", KOREAN_PAGE))
    assert body(document) == [
        "한-칠레 문화교류 주간 개막",
        "□ 한-칠레 문화교류 주간이 4.3.(목) 서울에서 개막하여 일주일간 공연과 전시가 이어진다.",
        "ㅇ 양국 예술가 40여 명이 참여한다.",
    ]
    assert document.title == "한-칠레 문화교류 주간 개막"
    assert (document.date, document.metadata["department"], document.metadata["hits"]) == ("2025-04-03", "문화협력과", "88")


def test_place_and_date_line_stays_in_the_body_and_the_title_follows_it(tmp_path):
    page = write(tmp_path / "page.txt", "Comunicado\nLima, 3 de abril de 2025\nPerú y Corea firman un memorando de entendimiento\n"
                 "Lima.- Los cancilleres de ambos países firmaron hoy un memorando sobre cooperación cultural y educativa.\n")
    document = ingest(page)
    assert body(document)[:2] == ["Lima, 3 de abril de 2025", "Perú y Corea firman un memorando de entendimiento"]
    assert document.title == "Perú y Corea firman un memorando de entendimiento"
    assert document.date == "2025-04-03"


def test_a_release_headed_only_by_its_date_and_place_has_no_title(tmp_path):
    """Under a known layout's category line the first line is taken for the title; a
    statement printed with only its dateline there has none."""
    page = write(tmp_path / "page.txt", "바로가기 메뉴\n본문 바로가기\n\nPress Releases\n\n3 June 2019, Lima\n\n\n"
                 "1. The ministers met in Lima on 3 June 2019 and adopted a plan on trade.\n\n"
                 "2. They agreed to meet again next year in Seoul.\n")
    document = ingest(page)
    assert document.title is None
    assert document.date == "2019-06-03"


def test_a_date_a_scraper_put_before_the_first_line_is_metadata_and_the_line_keeps_its_columns(tmp_path):
    page = write(tmp_path / "page.txt", " date 2021-04 [아시아경제 기자]최종건 외교부 1차관이 오는 18∼26일 3개국을 방문할 예정이라고 16일 밝혔다.\n\n"
                 "최 차관은 순방 기간 해당국 외교차관과 회담할 예정이다.\n")
    document = ingest(page)
    assert document.date == "2021-04"
    first = document.lines[0]
    assert first.text.startswith("[아시아경제 기자]") and (first.raw_line, first.raw_column) == (1, 15)


def test_a_paragraph_printed_again_nearby_is_kept_once(tmp_path):
    """A caption under its photo and again with its credit written otherwise, and a block of
    the article printed twice: the second copies are not body."""
    caption = "지난달 10일 외교부 제1차관이 주한 중남미 대사단 간담회에 참석해 있다. (사진=외교부 제공)"
    page = write(tmp_path / "page.txt", "외교 1차관, 중남미 3국 방문\n\n"
                 "콜롬비아, 코스타리카, 멕시코 3국 방문\n\n"
                 f"{caption} 뉴시스\n\n{caption} 뉴시스 DB\n\n"
                 "[서울=뉴시스] 기자 = 외교부는 1차관이 오는 18일 중남미 3개국을 방문한다고 밝혔다.\n\n"
                 "최 차관은 콜롬비아와 코스타리카, 멕시코를 차례로 방문할 예정이다.\n\n"
                 "[서울=뉴시스] 기자 = 외교부는 1차관이 오는 18일 중남미 3개국을 방문한다고 밝혔다.\n")
    lines = body(ingest(page))
    assert [line[:20] for line in lines].count(caption[:20]) == 1
    assert lines[0] == "외교 1차관, 중남미 3국 방문" and len(lines) == 5


def test_a_group_s_acronym_glossed_by_its_members_is_the_site_s_name_not_the_headline(tmp_path):
    page = write(tmp_path / "page.txt", "Skip to main content\n\nPROSUR – Chile, Colombia, Ecuador, Paraguay and Peru\n\n"
                 "3rd PROSUR Foreign Ministers' Meeting\n\n"
                 "1. We, the Ministers for Foreign Affairs of the member countries, met today in Santiago.\n")
    document = ingest(page)
    assert document.title == "3rd PROSUR Foreign Ministers' Meeting"
    assert "PROSUR – Chile, Colombia, Ecuador, Paraguay and Peru" not in body(document)


def test_the_headline_above_the_article_s_toolbar_is_the_title(tmp_path):
    page = write(tmp_path / "page.txt", "장관, 중남미 외교단과 협력 확대 논의\n-\n기사 스크랩\n-\n공유\n-\n댓글\n-\n프린트\n"
                 "17개국 주한대사관 공관장과 차담회\n"
                 "장관은 주한 중남미 외교단을 외교부로 초청해 협력 확대 방안을 논의했다.\n"
                 "/연합뉴스\n")
    document = ingest(page)
    assert document.title == "장관, 중남미 외교단과 협력 확대 논의"
    assert body(document) == ["장관, 중남미 외교단과 협력 확대 논의", "17개국 주한대사관 공관장과 차담회",
                              "장관은 주한 중남미 외교단을 외교부로 초청해 협력 확대 방안을 논의했다."]


def test_a_paragraph_said_twice_further_down_is_the_text_s_own(tmp_path):
    """Only the head and the lead are printed twice by sites; a document checked for naming
    may say a sentence twice, and both times must be read."""
    paragraphs = [f"Paragraph {n}: the ministers discussed trade, culture and education at length." for n in range(12)]
    repeated = "The Minister of Foreign Affairs said the talks had gone well for both countries."
    page = write(tmp_path / "page.txt", "Ministers Meet in Seoul\n" + "\n".join(paragraphs) + f"\n{repeated}\nMore text follows here today.\n{repeated}\n")
    assert body(ingest(page)).count(repeated) == 2


def test_a_paragraph_printed_again_cut_short_is_a_copy(tmp_path):
    lead = "장관은 지난 20일 차담회 형식으로 열린 이 자리에서 중남미는 항상 한국 곁에서 진정한 친구였다고 말했다."
    page = write(tmp_path / "page.txt", f"장관, 중남미 외교단과 협력 확대 논의…고마운 친구\n{lead}\n이어 양측은 협력 방안을 논의했다.\n{lead[:40]}\n")
    assert body(ingest(page)) == ["장관, 중남미 외교단과 협력 확대 논의…고마운 친구", lead, "이어 양측은 협력 방안을 논의했다."]


@pytest.mark.parametrize("page, date", [
    # the page's own date wins over the one a scraper put before its first line
    (" date 2020-07-14 Menu Content\nForeign Ministers Meet by Video\nWrite: 2020-07-17 18:56:23Update: 2020-07-17 18:58:40\n"
     "The foreign ministers of the five countries met by video conference on Friday and agreed on a statement.\n", "2020-07-17"),
    # a headline ending in its date
    ("Joint Statement of the 3rd Foreign Ministers' Meeting, 15 November 2014\n\n"
     "1. The Third Foreign Ministers' Meeting took place in Brisbane and the ministers adopted this statement.\n", "2014-11-15"),
    # a line of cells between pipes, one of them the date
    ("Ministers meet in New York\n09/24/2024 | Press release | Distributed by Public on 09/25/2024 10:49\n"
     "The ministers met in New York on the sidelines of the General Assembly and adopted a statement.\n", "2024-09-24"),
    # a weekday before the date is no dateline's place; a breadcrumb is no headline
    ("Sala de Prensa\nUsted está en:  Portada\nWednesday, October 11, 2017\nUnder Secretary leads the Preparatory Meeting\n"
     "The Undersecretary of Foreign Affairs chaired the preparatory meeting of the forum on Tuesday.\n", "2017-10-11"),
])
def test_the_page_s_date_where_it_shows_one(tmp_path, page, date):
    document = ingest(write(tmp_path / "page.txt", page))
    assert document.date == date
    assert document.title is not None and not document.title.startswith(("Usted", "Write", "09/24"))


def test_the_release_s_dateline_is_its_date_not_a_teaser_s_below_it(tmp_path):
    page = write(tmp_path / "page.txt", "Cancilleres de Guatemala y Costa Rica se reúnen\n"
                 "Santiago de Chile, 11 de marzo de 2022. El ministro de Relaciones Exteriores se reunió con su homólogo.\n"
                 "Compartir\n31 de agosto de 2021\nOtra noticia de la cancillería\n")
    assert ingest(page).date == "2022-03-11"


def test_a_headline_ending_in_its_date_is_still_the_title(tmp_path):
    page = write(tmp_path / "page.txt", "Joint Statement of the Second Ministerial Meeting on Trade and Investment, 3 June 2019\n\n"
                 "1. The ministers met in Lima on 3 June 2019 and adopted a plan on trade.\n")
    document = ingest(page)
    assert document.title == "Joint Statement of the Second Ministerial Meeting on Trade and Investment, 3 June 2019"


def test_a_portal_summary_and_widgets_above_a_wire_byline_are_not_body(tmp_path):
    page = write(tmp_path / "page.txt", "장관, 내주 중미 3개국 순방\n"
                 "기사를 끝까지 읽으려면 본문 보기를 누르세요.\n장관이 내주 중미 3개국을 방문한다.\n"
                 "글자 크기가 바뀝니다.\n(서울=한빛통신) 김하늘 기자 = 장관이 내주 중미 3개국을 방문한다.\n"
                 "장관은 각국 외교장관과 회담한다.\n")
    document = ingest(page)
    assert body(document) == ["장관, 내주 중미 3개국 순방",
                              "(서울=한빛통신) 김하늘 기자 = 장관이 내주 중미 3개국을 방문한다.", "장관은 각국 외교장관과 회담한다."]


def test_a_portal_s_listen_and_translate_tools_above_a_wire_byline_are_not_body(tmp_path):
    page = write(tmp_path / "page.txt", "장관, 내주 중미 3개국 순방\n\n장관이 오는 18일부터 6박 9일 일정으로 중미 3개국을 방문한다.\n\n"
                 "기사 듣기 설정\n번역beta Translated by 한빛 i\n\n"
                 "(서울=한빛통신) 김하늘 기자 = 장관이 내주 중미 3개국을 방문한다.\n")
    assert body(ingest(page)) == ["장관, 내주 중미 3개국 순방", "(서울=한빛통신) 김하늘 기자 = 장관이 내주 중미 3개국을 방문한다."]


def test_a_title_printed_again_under_its_subtitle_is_the_title(tmp_path):
    page = write(tmp_path / "page.txt", "Monday, March 2, 2020\nKorea Joins the Regional Development Bank\n"
                 "Firms Gain Access to Projects in Central America\nKorea Joins the Regional Development Bank\n"
                 "  • By Ana Ruiz\nShare articles\n\n"
                 "The government said on Friday that parliament had approved the law needed to join the bank.\n")
    document = ingest(page)
    assert document.title == "Korea Joins the Regional Development Bank"
    assert body(document) == ["Korea Joins the Regional Development Bank", "Firms Gain Access to Projects in Central America",
                              "The government said on Friday that parliament had approved the law needed to join the bank."]


def test_a_share_bar_under_the_lead_a_teaser_with_its_headline_and_a_source_line_are_chrome(tmp_path):
    page = write(tmp_path / "page.txt", "Cancillería coordina el retorno de viajeros\n\n"
                 "Fuente: Publicado por la agencia, vía un agregador\n\n"
                 "La Cancillería informó que 40 viajeros regresaron a sus países de origen esta semana.\n\n"
                 "Compartir:\n\nEl Gobierno coordinó el retorno de los viajeros que estaban varados en el país.\n\n"
                 "Le puede interesar: Lluvias: cinco departamentos siguen en alerta por tormentas.\n\n"
                 "El canciller conversó por teléfono con su homóloga sobre la cooperación entre ambos países.\n\n"
                 "Ambos cancilleres acordaron realizar seminarios web con expertos de los dos países.\n\n"
                 "Back to top\n")
    assert body(ingest(page)) == [
        "Cancillería coordina el retorno de viajeros",
        "La Cancillería informó que 40 viajeros regresaron a sus países de origen esta semana.",
        "El Gobierno coordinó el retorno de los viajeros que estaban varados en el país.",
        "El canciller conversó por teléfono con su homóloga sobre la cooperación entre ambos países.",
        "Ambos cancilleres acordaron realizar seminarios web con expertos de los dos países."]


@pytest.mark.parametrize("head, date", [("July 23, 2018 / 5:35 PM / Updated an hour ago", "2018-07-23"),
                                        ("Published On: Tue, Apr 15th, 2014", "2014-04-15")])
def test_a_dated_line_above_the_headline_is_metadata_even_with_an_update_time(tmp_path, head, date):
    page = write(tmp_path / "page.txt", f"{head}\n\nMinisters Meet in Mexico City\n\n"
                 "The foreign ministers of five countries met in Mexico City on Sunday for two days of talks.\n")
    document = ingest(page)
    assert (document.title, document.date) == ("Ministers Meet in Mexico City", date)


def test_the_date_under_the_headline_is_the_release_s_not_the_site_s_clock_above_it(tmp_path):
    page = write(tmp_path / "page.txt", "23/04/2024\n07:17 AM\n\nHonduras busca cooperación en Corea del Sur\n\n"
                 "  • 21 julio 2015 /\n\nEl presidente de Honduras visitó hoy la ciudad costera surcoreana de Busan.\n")
    document = ingest(page)
    assert (document.title, document.date) == ("Honduras busca cooperación en Corea del Sur", "2015-07-21")


def test_a_byline_with_the_reporter_s_address_after_the_name_is_not_body(tmp_path):
    page = write(tmp_path / "page.txt", "장관, 중미 정상회의 참석\n\n"
                 "장관은 다음 주 중미 국가들과의 정상회의에 참석한다고 대변인이 밝혔다.\n\n김하늘 기자 sky@example.co.kr\n")
    assert body(ingest(page)) == ["장관, 중미 정상회의 참석", "장관은 다음 주 중미 국가들과의 정상회의에 참석한다고 대변인이 밝혔다."]


def test_another_story_cut_off_over_its_date_is_a_teaser_not_the_first_paragraph(tmp_path):
    page = write(tmp_path / "page.txt", "Los vecinos del barrio denunciaron este jueves que las autoridades les cortaron...\n"
                 "- 05/07/2023 18:54\n"
                 "El canciller de Corea llegó a Lima para iniciar una visita oficial de tres días al país.\n"
                 "El canciller fue recibido por la ministra en el aeropuerto internacional de la capital.\n")
    assert body(ingest(page)) == ["El canciller de Corea llegó a Lima para iniciar una visita oficial de tres días al país.",
                                  "El canciller fue recibido por la ministra en el aeropuerto internacional de la capital."]


def test_a_photo_credit_alone_is_chrome_and_a_caption_printed_twice_is_no_title(tmp_path):
    page = write(tmp_path / "page.txt", "Enlaces de accesibilidad\n\nLa canciller viaja a Lima para la cumbre regional\n\n"
                 "La canciller de Chile, Ana Ruiz.\nLa canciller de Chile, Ana Ruiz.\n\nFoto: Agencia Andina\n\n"
                 "La canciller viajará a Lima la próxima semana para una reunión sobre la cooperación regional.\n")
    document = ingest(page)
    assert document.title == "La canciller viaja a Lima para la cumbre regional"
    assert "Foto: Agencia Andina" not in body(document)


def test_an_author_box_under_the_story_is_not_body_but_a_speech_in_the_first_person_is(tmp_path):
    story = ("Ministers Meet in Lima\n\nThe ministers of the two countries met in Lima on Monday to discuss trade.\n"
             "I am honoured to welcome my colleagues to Lima for these important talks, the minister said.\n\n")
    page = write(tmp_path / "page.txt", story + "Ana Ruiz\nAna Ruizhttps://news.example.org/\n"
                 "I'm a reporter covering diplomacy and trade in the Andes for ten years now.\n\nFollow us\n")
    assert body(ingest(page)) == ["Ministers Meet in Lima",
                                  "The ministers of the two countries met in Lima on Monday to discuss trade.",
                                  "I am honoured to welcome my colleagues to Lima for these important talks, the minister said."]


def test_a_photo_caption_under_a_toolbar_is_body_but_not_the_headline(tmp_path):
    page = write(tmp_path / "page.txt", "바로가기\n\n장관, 중미 3개국 순방 마치고 귀국…\"협력 확대\"\n\n댓글 0\n공유\n\n"
                 "장관이 14일 공항을 통해 귀국하고 있다. 2021.1.14/한빛통신 © 한빛 김하늘 기자\n\n"
                 "<이미지를 클릭하시면 크게 보실 수 있습니다>\n\n"
                 "(서울=한빛통신) 김하늘 기자 = 장관이 중미 3개국 순방을 마치고 14일 귀국했다.\n")
    document = ingest(page)
    assert document.title == "장관, 중미 3개국 순방 마치고 귀국…\"협력 확대\""
    assert body(document)[1:] == ["장관이 14일 공항을 통해 귀국하고 있다. 2021.1.14/한빛통신 © 한빛 김하늘 기자",
                                  "(서울=한빛통신) 김하늘 기자 = 장관이 중미 3개국 순방을 마치고 14일 귀국했다."]


def test_a_three_word_korean_headline_is_no_menu_label(tmp_path):
    page = write(tmp_path / "page.txt", "사회 >\n\n인천서 동아시아-아프리카 외교장관회의\n\n"
                 "인천시는 내달 동아시아-아프리카 외교장관회의를 연다고 밝혔다.\n\nabc123@example.kr 김하늘 기자\n")
    document = ingest(page)
    assert document.title == "인천서 동아시아-아프리카 외교장관회의"
    assert body(document) == ["인천서 동아시아-아프리카 외교장관회의", "인천시는 내달 동아시아-아프리카 외교장관회의를 연다고 밝혔다."]


def test_bylines_downloads_and_related_stories_are_not_body(tmp_path):
    page = write(tmp_path / "page.txt", "Canciller viajará a Seúl la próxima semana\n11 marzo 21Por: Ana Ruiz Soto\n"
                 "El ministro de Relaciones Exteriores viajará a Seúl la próxima semana para reunirse con su homólogo.\n\n"
                 "DESCARGAR ARCHIVOS (PDF)\n\nMás contenido relacionado a esta institución\n\n"
                 "Lima, 3 de febrero de 2022. El embajador presentó sus cartas credenciales al presidente de la república.\n")
    document = ingest(page)
    assert body(document) == ["Canciller viajará a Seúl la próxima semana",
                              "El ministro de Relaciones Exteriores viajará a Seúl la próxima semana para reunirse con su homólogo."]


def test_a_headline_printed_twice_above_the_article_tools_is_the_title_and_the_line_below_its_subtitle(tmp_path):
    page = write(tmp_path / "page.txt", "동아시아-아프리카 외교장관회의 인천 개최\n동아시아-아프리카 외교장관회의 인천 개최\n"
                 "  • 승인 2017.08.29 13:49\n  • 댓글 0\n이 기사를 공유합니다\n\n회원국 간 상호이해와 협력 증진\n\n"
                 "[한빛일보 김하늘 기자] 오늘부터 사흘간 동아시아와 아프리카 회원국 외교장관들이 인천에서 회의를 연다.\n")
    document = ingest(page)
    assert document.title == "동아시아-아프리카 외교장관회의 인천 개최"
    assert body(document)[:2] == ["동아시아-아프리카 외교장관회의 인천 개최", "회원국 간 상호이해와 협력 증진"]


def test_a_headline_printed_three_times_is_its_last_copy_and_the_others_are_not_body(tmp_path):
    headline = "Corea y Panamá: relaciones que se fortalecen"
    page = write(tmp_path / "page.txt", f"{headline}\n\n{headline}\n\n{headline}\n\n"
                 "Hace unos días se relanzó la Cámara de Comercio, con la presencia del Ministro de Industria.\n")
    document = ingest(page)
    assert document.title == headline
    assert [line.raw_line for line in document.lines] == [5, 7]


def test_the_headline_above_dated_article_tools_keeps_its_subtitles(tmp_path):
    page = write(tmp_path / "page.txt", "  • 페이스북\n  • 트위터\n\n장관, 중미 3국 방문…고위급 협력 논의\n\n"
                 "등록 2021.04.16 14:39:23\n\n  • 이메일 보내기\n  • 프린터\n\n"
                 "파나마, 코스타리카, 멕시코 3국 방문\n\n인프라, 디지털 분야 협력 모색\n\n대화 협의체 회의도…공동성명 채택 전망\n\n"
                 "[서울=한빛통신] 김하늘 기자 = 외교부는 장관이 오는 18일부터 중미를 방문한다고 밝혔다.\n")
    document = ingest(page)
    assert document.title == "장관, 중미 3국 방문…고위급 협력 논의"
    assert body(document)[1:4] == ["파나마, 코스타리카, 멕시코 3국 방문", "인프라, 디지털 분야 협력 모색", "대화 협의체 회의도…공동성명 채택 전망"]


def test_an_image_alt_text_left_by_the_scraper_is_not_the_headline(tmp_path):
    page = write(tmp_path / "page.txt", "Sala de Prensa\nWednesday, October 11, 2017\n"
                 "Under Secretary leads the Preparatory Meeting of the Forum\nComparte :\n\nImagen foto_00000002 Imagen foto_00000002\n\n"
                 "The Undersecretary of Foreign Affairs chaired the preparatory meeting of the forum on Tuesday.\n")
    document = ingest(page)
    assert document.title == "Under Secretary leads the Preparatory Meeting of the Forum"
    assert "Imagen foto_00000002 Imagen foto_00000002" not in body(document)


def test_a_subscription_prompt_under_the_headline_is_not_body(tmp_path):
    page = write(tmp_path / "page.txt", "Canciller viaja a Seúl para la reunión del foro\n0 412\n"
                 "Reciba las noticias al instante en su teléfono, suscríbete ahora.\n"
                 "La canciller participará este jueves en la reunión de ministros del foro birregional.\n")
    document = ingest(page)
    assert body(document) == ["Canciller viaja a Seúl para la reunión del foro",
                              "La canciller participará este jueves en la reunión de ministros del foro birregional."]
    assert document.title == "Canciller viaja a Seúl para la reunión del foro"


def test_a_headline_glued_to_its_breadcrumb_above_the_headline_is_chrome(tmp_path):
    page = write(tmp_path / "page.txt", "HomeNewsForeign Ministers Meet in Seoul for Annual Talks\n\n"
                 "Foreign Ministers Meet in Seoul for Annual Talks\n\n"
                 "The foreign ministers of the five countries met in Seoul on Monday for their annual talks.\n\n"
                 "Read More Here: Daily News\n")
    document = ingest(page)
    assert body(document) == ["Foreign Ministers Meet in Seoul for Annual Talks",
                              "The foreign ministers of the five countries met in Seoul on Monday for their annual talks."]
    assert document.title == "Foreign Ministers Meet in Seoul for Annual Talks"


def test_a_language_switch_and_another_storys_headline_are_not_body(tmp_path):
    page = write(tmp_path / "page.txt", "View this article in another language\n  • 한국어\n  • English\n\n"
                 "The ministers of the five countries met in Seoul on Monday for their annual talks.\n\n"
                 "They agreed to meet again next year in Mexico City.\n\n"
                 "외교장관, 다음 달 중남미 3개국 순방(종합)\n")
    assert body(ingest(page)) == ["The ministers of the five countries met in Seoul on Monday for their annual talks.",
                                  "They agreed to meet again next year in Mexico City."]


def test_a_photo_caption_with_its_credit_is_a_sentence_not_a_headline(tmp_path):
    page = write(tmp_path / "page.txt", "The two ministers pose for a photo before their talks at the ministry in Seoul on "
                 "Friday. (Agency)\n\nThe foreign minister held talks with his counterpart in Seoul on Friday, the ministry said.\n")
    document = ingest(page)
    assert document.title is None and len(body(document)) == 2


def test_comment_form_and_trailing_tags_are_not_body(tmp_path):
    page = write(tmp_path / "page.txt", "Visita oficial a Seúl\nLa ministra llegó hoy a Seúl para una visita oficial de tres días.\n"
                 "Se reunirá con su homólogo el jueves.\n***\n#Diplomacia\nDeja una respuesta\nTu nombre\n")
    assert body(ingest(page)) == ["Visita oficial a Seúl", "La ministra llegó hoy a Seúl para una visita oficial de tres días.",
                                  "Se reunirá con su homólogo el jueves."]



@pytest.mark.parametrize("mark", ["(END)", "(끝)", "/끝/", "###", "- 30 -", "-- NEWSWIRE-AGENCY", "— XNA",
                                  "Con información de XNA", "With reporting by Agency", "XNA 뉴스 홍길동입니다."])
def test_a_wire_end_mark_ends_the_body_and_the_story_list_after_it_goes(tmp_path, mark):
    story = ("Vice minister visits Panama\n"
             "SEOUL, May 3 (Agency) -- The vice foreign minister left for Panama on Monday for talks on trade.\n"
             "He will also meet the heads of mission of the region during the three-day trip.\n"
             f"reporter@agency.example.com\n{mark}\n-\nSinger wins award at annual music festival\n-\n"
             "Court keeps suspect in detention in fraud case\n")
    assert body(ingest(write(tmp_path / "page.txt", story))) == [
        "Vice minister visits Panama",
        "SEOUL, May 3 (Agency) -- The vice foreign minister left for Panama on Monday for talks on trade.",
        "He will also meet the heads of mission of the region during the three-day trip.",
    ]


def test_a_bar_of_category_labels_inside_the_body_is_chrome(tmp_path):
    page = write(tmp_path / "page.txt", "Panamá y Corea firman un acuerdo\n"
                 "Los cancilleres de ambos países firmaron hoy un acuerdo de cooperación técnica.\n"
                 "| Nación | Prensa | Relaciones internacionales |\n"
                 "El acuerdo entrará en vigor el próximo mes, según informó la cancillería.\n")
    assert "| Nación | Prensa | Relaciones internacionales |" not in body(ingest(page))
    assert len(body(ingest(page))) == 3


def test_a_wire_credit_alone_on_the_last_line_is_footer(tmp_path):
    page = write(tmp_path / "page.txt", "외교차관, 중남미 3개국 순방\n"
                 "외교부 제1차관은 18일부터 멕시코와 파나마, 코스타리카를 차례로 방문한다고 밝혔다.\n"
                 "차관은 각국 외교장관과 양자 협력 방안을 논의할 예정이다.\n/연합뉴스\n")
    assert body(ingest(page))[-1] == "차관은 각국 외교장관과 양자 협력 방안을 논의할 예정이다."

def test_a_short_last_line_cut_by_a_page_limit_stays(tmp_path):
    page = write(tmp_path / "page.txt", "Visita oficial a Seúl\nLa ministra llegó hoy a Seúl para una visita oficial de tres días.\n"
                 "Durante la visita\n")
    assert body(ingest(page))[-1] == "Durante la visita"


def test_teaser_list_above_the_title_is_dropped(tmp_path):
    teasers = "".join(f"Headline number {n} about something else entirely\n" for n in range(1, 5))
    page = write(tmp_path / "page.txt", teasers + "Font size Print\nMinisters Meet in Seoul\n"
                 "□ The ministers met in Seoul on Monday and agreed to expand cooperation in trade.\n")
    document = ingest(page)
    assert document.title == "Ministers Meet in Seoul"
    assert len(document.lines) == 2


def test_a_head_line_most_pages_of_a_site_share_is_chrome_when_cleaned_together(tmp_path):
    banner = "Portal of the Partner Ministry of Foreign Relations"
    for n in range(3):
        write(tmp_path / f"{n}.txt", f"{banner}\nMinister Meets Delegation Number {n}\n"
              f"The minister met a visiting delegation today and discussed trade, culture and education number {n}.\n")
    alone = ingest(tmp_path / "0.txt")
    assert alone.lines[0].text == banner, "one page alone cannot tell its banner from a title"
    together = ingest_paths([tmp_path])
    assert [document.title for document in together] == [f"Minister Meets Delegation Number {n}" for n in range(3)]
    assert all(banner not in body(document) for document in together)


@pytest.mark.parametrize("written, iso", [
    ("2021-10-28", "2021-10-28"), ("작성일 2021.10.28.", "2021-10-28"), ("28/10/2021", "2021-10-28"),
    ("2022년 1월 26일 (수요일)", "2022-01-26"), ("Seúl, 26 de enero de 2022", "2022-01-26"),
    ("January 26, 2022", "2022-01-26"), ("26 January 2022", "2022-01-26"), ("[제587호]2018년 10월 12일", "2018-10-12"),
    ("on Dec 18 the ministers met", None), ("2021-13-40", None),
    ("6/23/2013", "2013-06-23"),  # American order, told by a first number that is no month
    ("Marcheilla Ariesta  •  19 Desember 2017 14:50 WIB", "2017-12-19"),  # Indonesian, from CLDR
    ("publié le 3 février 2020", "2020-02-03"), ("30/02/2021", None),
])
def test_dates_as_pages_write_them(written, iso):
    assert find_date(written) == iso


def test_nothing_after_a_copyright_notice_is_body(tmp_path):
    page = write(tmp_path / "page.txt", "Ministers Meet in Seoul\nThe ministers met in Seoul on Monday and agreed to expand trade.\n"
                 "< Copyright (c) 2024 Example News. No reproduction >\nTell us what you think of this article.\n")
    assert body(ingest(page)) == ["Ministers Meet in Seoul", "The ministers met in Seoul on Monday and agreed to expand trade."]


def test_photo_captions_that_repeat_the_title_with_a_number_are_not_the_title(tmp_path):
    title = "Ministers of Two Countries Hold a Working Lunch"
    page = write(tmp_path / "page.txt", f"{title}\n2023/8/30\n{title} 1\n{title} 2\n"
                 "On 30 August the two ministers held a meeting followed by a working lunch in the capital.\n")
    document = ingest(page)
    assert (document.title, document.date, len(document.lines)) == (title, "2023-08-30", 2)


def test_body_sentences_that_mention_copyright_or_a_reply_stay(tmp_path):
    lines = ["Ministers Meet in Seoul", "The ministers met in Seoul on Monday and agreed to expand trade.",
             "Both sides discussed copyright protection for films.", "Reply letters were exchanged.",
             "The next meeting will take place in Lima next year."]
    page = write(tmp_path / "page.txt", "\n".join(lines) + "\n")
    assert body(ingest(page)) == lines


def test_an_office_s_byline_a_bracketed_station_credit_and_a_glued_section_date_are_not_body(tmp_path):
    page = write(tmp_path / "page.txt", (
        "Ministers Agree to Deepen Trade Ties\n\n"
        "By Bureau of Press Affairs for the Ministry of Trade & Industry\n"
        "The two ministers met in Jakarta on Monday and agreed to open talks on a trade agreement.\n"
        "ECONOMÍA14/03/2023\n"
        "They will meet again in Seoul next year to review the first round of talks.\n"
        "( ABC 방송 위성방송 ch21, www.abc.example.go.kr )\n"))
    document = ingest(page)
    assert body(document) == [
        "Ministers Agree to Deepen Trade Ties",
        "The two ministers met in Jakarta on Monday and agreed to open talks on a trade agreement.",
        "They will meet again in Seoul next year to review the first round of talks.",
    ]
    assert document.date == "2023-03-14"


def test_a_headline_over_a_two_digit_year_date_block_stays_the_title(tmp_path):
    page = write(tmp_path / "page.txt", (
        "Cambiar idioma\n\nEspañol English Français\n\n"
        "Veinte instituciones participaron en la primera jornada sobre la cooperación coreana\n\n"
        "Fecha de publicación\n14-03-21\n"
        "Jornada de cooperación entre la agencia coreana y el país\n\n"
        "El pasado lunes se realizó la primera jornada informativa sobre la cooperación de la agencia coreana.\n"))
    document = ingest(page)
    assert document.title == "Veinte instituciones participaron en la primera jornada sobre la cooperación coreana"
    assert document.date == "2021-03-14"
    assert "14-03-21" not in body(document)


def test_a_headline_printed_under_a_lead_paragraph_is_the_title(tmp_path):
    page = write(tmp_path / "page.txt", (
        "El acto se celebró en la sede de la cancillería con la presencia de los embajadores de ambos países y de invitados.\n"
        "Presentan el sello por el aniversario de las relaciones entre los dos países\n"
        "Durante el foro de cooperación, el correo nacional presentó un sello conmemorativo del aniversario.\n"))
    document = ingest(page)
    assert document.title == "Presentan el sello por el aniversario de las relaciones entre los dos países"
    assert len(body(document)) == 3


@pytest.mark.parametrize("text, date", [("07-02-20", "2020-02-07"), ("Fecha: 31/12/19", "2019-12-31"),
                                        ("02-720-1234", None), ("12-31-20", None)])
def test_a_two_digit_year_is_read_day_first_in_this_century(text, date):
    assert find_date(text) == date


def test_recommended_stories_a_cookie_notice_and_a_contact_line_are_not_body(tmp_path):
    page = write(tmp_path / "page.txt", "Menú principal Ver contenido\n\nCancilleres acuerdan ampliar la cooperación\n\n"
                 "El canciller se reunió el lunes con su homólogo para revisar la agenda bilateral de cooperación.\n\n"
                 "Ambos ministros acordaron celebrar una nueva ronda de consultas políticas el próximo año.\n\n"
                 "Contenidos recomendados\n\nCerrar\n\n"
                 "Este sitio usa cookies para mejorar su experiencia; al seguir navegando acepta nuestra política.\n")
    assert body(ingest(page)) == ["Cancilleres acuerdan ampliar la cooperación",
                                  "El canciller se reunió el lunes con su homólogo para revisar la agenda bilateral de cooperación.",
                                  "Ambos ministros acordaron celebrar una nueva ronda de consultas políticas el próximo año."]
    page = write(tmp_path / "top.txt", "We use cookies to improve this site. By continuing you accept our privacy policy.\n\n"
                 "Minister meets counterpart in Lima\n\nThe minister met his counterpart in Lima on Monday to review "
                 "their cooperation.\n\nFor any question or suggestion, please contact us\n")
    assert body(ingest(page)) == ["Minister meets counterpart in Lima",
                                  "The minister met his counterpart in Lima on Monday to review their cooperation."]


def test_skip_links_and_most_read_or_keyword_blocks_are_not_body(tmp_path):
    page = write(tmp_path / "page.txt", "Go to Contents Go to Navigation\n\nMinisters to meet in Lima next week\n\n"
                 "LIMA, May 2 (Agency) -- The foreign ministers of five countries will meet in Lima next week, "
                 "the ministry said.\n\nThe meeting will review their cooperation on trade and climate.\n\n"
                 "Issue Keywords\nMost Viewed\nMinisters meet in Lima\nSend Feedback\n")
    document = ingest(page)
    assert document.title == "Ministers to meet in Lima next week"
    assert body(document)[-1] == "The meeting will review their cooperation on trade and climate."


@pytest.mark.parametrize("dateline", ["서울 – 멕시코 대통령이 지난 26일 축하 서한을 보냈다.",
                                      "LIMA, 3 de mayo (Agencia).- El canciller viajó ayer a Seúl para una visita oficial.",
                                      "(서울=한빛뉴스) 김하늘 기자 = 외교부는 12일 중미 6개국과 회담했다고 밝혔다."])
def test_a_headline_written_as_a_sentence_above_the_dateline_is_the_title(tmp_path, dateline):
    headline = "대통령이 수교 60주년을 맞아 축하 서한을 보냈다." if dateline[0] in "서(" else "El canciller viaja a Seúl."
    page = write(tmp_path / "page.txt", f"2022년 1월 26일\n\n대사관 보도자료\n\n \n\n{headline}\n\n \n\n{dateline}\n")
    document = ingest(page)
    assert document.title == headline


@pytest.mark.parametrize("text, iso", [("Bogotá, (Ene. 9/12). La viceministra se reunió ayer.", "2012-01-09"),
                                       ("Lima (Oct. 28/21). El canciller habló.", "2021-10-28")])
def test_a_month_name_with_day_and_two_digit_year_is_a_date(text, iso):
    assert find_date(text) == iso
    assert find_date("La proporción 3/12 del total.") is None  # no month's name: a fraction


def test_a_headline_with_a_credit_glued_a_teaser_label_and_a_source_line(tmp_path):
    headline = "El canciller viajará a Seúl la próxima semana"
    page = write(tmp_path / "page.txt", f"Publicidad\n{headline} MUNDO Crédito: Agencia\n\n{headline}\n\nPublicidad\n\n"
                 "El canciller viajará a Seúl la próxima semana para reunirse con su homólogo coreano.\n\n"
                 "También te puede interesar:\n\nLa visita coincide con el aniversario de las relaciones diplomáticas.\n\n"
                 "Fuente: Diario Ejemplo\n\nCompartir:\n")
    document = ingest(page)
    assert document.title == headline
    assert body(document) == [headline, "El canciller viajará a Seúl la próxima semana para reunirse con su homólogo coreano.",
                              "La visita coincide con el aniversario de las relaciones diplomáticas."]


def test_a_desk_contact_a_print_link_a_time_stamp_and_a_comment_call_inside_the_story_are_not_body(tmp_path):
    page = write(tmp_path / "page.txt", "El presidente recibió al primer ministro de Corea\n\n"
                 "Ambos mandatarios conversaron sobre cooperación, comercio e inversiones en la región.\n\n"
                 "Redacción / desk@example.com / Diario Ejemplo - Actualizado:\n\n"
                 "18:02 | Panamá, Jul. 30.\n\n"
                 "El presidente recibió este jueves en el palacio al primer ministro de Corea del Sur.\n\n"
                 "Versión impresa\n\n"
                 "Luego de la reunión, la delegación visitó el Canal y se reunió con empresarios del país.\n\n"
                 "comentar\n")
    assert body(ingest(page)) == [
        "El presidente recibió al primer ministro de Corea",
        "Ambos mandatarios conversaron sobre cooperación, comercio e inversiones en la región.",
        "El presidente recibió este jueves en el palacio al primer ministro de Corea del Sur.",
        "Luego de la reunión, la delegación visitó el Canal y se reunió con empresarios del país."]


def test_a_photo_provider_in_brackets_is_chrome_and_a_quoted_korean_lead_is_the_first_paragraph(tmp_path):
    lead = ('(서울= 김하늘 특파원 = "양국은 중남미에서 가장 가까운 협력 상대이며, 앞으로 교역과 투자, 문화 교류가 '
            '더 넓어질 수 있습니다"')
    page = write(tmp_path / "page.txt", "[수교 60주년] 김 대사 \"교류 확대\"\n기사 작성일 : 2025-01-05 08:00:57\n\n"
                 "대사관 직원들과 함께 한 김 대사(가운데)\n\n\n[주멕시코 한국대사관 제공. 재판매 및 DB 금지]\n\n"
                 f"{lead}\n\n김 대사는 4일 인터뷰에서 양국 협력을 위한 접점을 늘려나갈 수 있다고 전망했다.\n")
    document = ingest(page)
    assert document.title == '[수교 60주년] 김 대사 "교류 확대"'
    assert "[주멕시코 한국대사관 제공. 재판매 및 DB 금지]" not in body(document)
    assert body(document)[-2:] == [lead, "김 대사는 4일 인터뷰에서 양국 협력을 위한 접점을 늘려나갈 수 있다고 전망했다."]


def test_a_weather_widget_and_a_list_of_dated_headlines_above_the_story_are_not_its_title(tmp_path):
    story = "La embajada organizó una semana cultural en Seúl con funcionarios y artistas de ambos países."
    widget = write(tmp_path / "widget.txt", f"28.1 C\nSan Juan de la Maguana\n\nArranca la semana cultural en Corea\n\n{story}\n")
    assert (ingest(widget).title, body(ingest(widget))) == ("Arranca la semana cultural en Corea",
                                                            ["Arranca la semana cultural en Corea", story])
    listed = write(tmp_path / "listed.txt", "Una empresa aumenta su utilidad en el tercer trimestre\n20 octubre, 2020\n"
                   "Alistan protocolos para el Día de Muertos en el cementerio\n20 octubre, 2020\n\n"
                   f"México y Corea refrendan su compromiso\n\n{story}\n")
    assert ingest(listed).title == "México y Corea refrendan su compromiso"
    assert body(ingest(listed)) == ["México y Corea refrendan su compromiso", story]


def test_a_caption_crediting_a_social_account_is_body_but_a_handle_alone_is_not(tmp_path):
    caption = "El subsecretario de Relaciones Exteriores en imagen de archivo. Imagen tomada de @ejemplo"
    page = write(tmp_path / "page.txt", f"México y Corea refrendan su compromiso\n\n{caption}\n\n"
                 "México y la República de Corea refrendaron su relación bilateral y la cooperación multilateral.\n\n"
                 "Síguenos en @ejemplo\n")
    assert body(ingest(page)) == ["México y Corea refrendan su compromiso", caption,
                                  "México y la República de Corea refrendaron su relación bilateral y la cooperación multilateral."]


def test_a_headline_over_a_dated_line_and_a_standfirst_and_a_trending_block_after_the_story(tmp_path):
    deck = "The trade promotion agency expects the deal could help the country take part in large infrastructure projects"
    story = ["Korea wants to advance trade negotiations with the bloc, which started in 2018.",
             "The agreement will open the emerging markets of South America to Korean exporters."]
    page = write(tmp_path / "page.txt", "Korea and the bloc to hold a round of trade talks\n\n"
                 "12th Thursday, August 2021 - 08:34 UTC Full article\n\n"
                 f"{deck}\n\n{story[0]}\n\n{story[1]}\n\nTrending Now\n\nAnother Story About Something Else\n\n"
                 "A teaser of another story that the site shows under every article it prints.\n")
    document = ingest(page)
    assert (document.title, document.date) == ("Korea and the bloc to hold a round of trade talks", "2021-08-12")
    assert body(document) == ["Korea and the bloc to hold a round of trade talks", deck, *story]


def test_a_masthead_slogan_above_a_title_printed_twice_a_comma_continued_headline_and_a_signed_office(tmp_path):
    slogan = write(tmp_path / "slogan.txt", "THE COUNTRY'S LEADING ENGLISH LANGUAGE NEWSPAPER\n\n"
                   "HomeArchiveThe President Visits Korea\n\nThe President Visits Korea\n\n"
                   "The President on Sunday wrapped up a trip to China and began the second leg of the journey.\n")
    assert body(ingest(slogan)) == ["The President Visits Korea",
                                    "The President on Sunday wrapped up a trip to China and began the second leg of the journey."]
    korean = write(tmp_path / "ko.txt", "외교장관 FEALAC 외교장관회의 참석,\n- 동아시아 라틴아메리카 협력포럼\n"
                   "외교장관이 1월 16일부터 17일 이틀간 일본에서 개최되는 제4차 외교장관회의에 참석한다.\n\n<외교통상부>\n")
    assert body(ingest(korean)) == ["외교장관 FEALAC 외교장관회의 참석,", "- 동아시아 라틴아메리카 협력포럼",
                                    "외교장관이 1월 16일부터 17일 이틀간 일본에서 개최되는 제4차 외교장관회의에 참석한다."]


def test_a_see_also_label_in_capitals_inside_the_story_is_not_body(tmp_path):
    page = write(tmp_path / "page.txt", "La cumbre se hará en Lima\n\n"
                 "La cumbre de presidentes se realizará en Lima tras suspenderse la reunión de noviembre.\n\n"
                 "MIRA: El presidente recibe a sus homólogos tras suspender la cumbre\n\n"
                 "El canciller confirmó la fecha en una conferencia de prensa tras el encuentro ministerial.\n")
    assert "MIRA: El presidente recibe a sus homólogos tras suspender la cumbre" not in body(ingest(page))


def test_skip_links_and_a_detail_view_label_above_the_headline_are_not_its_title(tmp_path):
    story = "The Minister of Foreign Affairs made a two-day official visit to the Republic of Korea this week."
    spanish = write(tmp_path / "skip.txt", f"Click acá para ir directamente al contenido\n\nMinister ends official visit to Korea\n\n{story}\n")
    assert ingest(spanish).title == "Minister ends official visit to Korea"
    detail = write(tmp_path / "detail.txt", f"Direct to Contents\n\nInstitute Opinions\n\nInstitute Opinions Detail View\n\n"
                   f"The Alliance and Korea as an Associate Member\n\n{story}\n")
    assert ingest(detail).title == "The Alliance and Korea as an Associate Member"


def test_a_caption_with_its_provider_above_a_wire_byline_stays(tmp_path):
    caption = "조정관이 고위관리회의를 주재하고 있다.(외교부 제공)"
    page = write(tmp_path / "page.txt", f"믹타 의장국 한국, 중점의제 선정\n\n믹타 고위관리회의 개최\n\n{caption}\n\n"
                 "(서울=한빛통신) 김하늘 기자 = 외교부는 22일 고위관리회의를 화상 방식으로 열었다고 밝혔다.\n\n"
                 "믹타는 다섯 나라로 구성된 협의체다.\n")
    document = ingest(page)
    assert (document.title, body(document)[1]) == ("믹타 의장국 한국, 중점의제 선정", caption)


def test_an_editor_byline_a_comment_form_and_a_paragraph_ending_in_the_site_s_address(tmp_path):
    story = "Quito, January 26 (Radio) – Foreign ministers of the member states met to prepare the summit."
    page = write(tmp_path / "page.txt", f"Foreign Ministers Meet in Quito ahead of the Summit\n\nEdited by Ana Ruiz Soto\n\n{story}\n\n"
                 "Commentaries\n\nMAKE A COMMENT\n\nAll fields required\n")
    assert body(ingest(page)) == ["Foreign Ministers Meet in Quito ahead of the Summit", story]
    glued = ("[한빛경제 김하늘 기자]동아시아와 중남미 양 지역의 협의체가 오는 24일부터 26일까지 과테말라에서 고위관리회의를 "
             "열고 양 지역 협력 방안을 논의한다고 외교부가 밝혔다. 김하늘 기자 sky@example.co.kr<ⓒ 한빛경제(www.example.co.kr) 무단전재 배포금지>")
    korean = write(tmp_path / "ko.txt", f"{glued}\n무단전재, 복사, 배포 등을 금지합니다.\n")
    assert body(ingest(korean)) == [glued]


def test_a_photo_caption_above_the_headline_is_body_but_not_the_title(tmp_path):
    caption = "Photo: The Foreign Ministers' Meeting took place on August 29-September 1, 2017 in Busan. Credit. Forum"
    page = write(tmp_path / "page.txt", f"{caption}\n\nLittle Known Forum Promotes Asia-Latin American Cooperation\n\n"
                 "By Ana Ruiz Soto\n\nSEOUL (IDN) – The port city hosted the meeting of foreign ministers of the two regions.\n")
    document = ingest(page)
    assert document.title == "Little Known Forum Promotes Asia-Latin American Cooperation"
    assert caption in body(document)


def test_a_korean_subtitle_under_the_headline_and_an_updated_time_stamp(tmp_path):
    page = write(tmp_path / "ko.txt", "한·중미 수교 기념 협력포럼 개막\n\n부산세계박람회 유치 지지 당부\n\n홍길동\n"
                 "2022년 07월 5일 오후 7:16 업데이트: 2022년 07월 5일 오후 7:16\n\n"
                 "우리나라와 중미 8개국이 협력 방안을 논의하는 포럼이 5일 부산에서 개막했다.\n")
    document = ingest(page)
    assert document.title == "한·중미 수교 기념 협력포럼 개막"
    assert body(document) == ["한·중미 수교 기념 협력포럼 개막", "부산세계박람회 유치 지지 당부",
                              "우리나라와 중미 8개국이 협력 방안을 논의하는 포럼이 5일 부산에서 개막했다."]
    assert document.date == "2022-07-05"


@pytest.mark.parametrize("aid", ["Tiempo de lectura: 2 min", "El artículo continúa abajo", "5 min read",
                                 "라벨이 멕시코인 게시물 표시", "Showing posts with label Mexico", "뉴스 검색어 입력 양식",
                                 "Top", "<이 기사는 2016년 11월 25일 16시 15분부터 사용할 수 있습니다.",
                                 "엠바고 파기시 전적으로 귀사에 책임이 있습니다.>", "EMBARGOED UNTIL 10:00 GMT",
                                 "Resumen de la noticia", "요약 정보 인공지능이 자동으로 줄인 '세 줄 요약' 기술을 사용합니다.",
                                 "This is AI generated summarization, which may have errors. For context, always refer "
                                 "to the full article.", "4 months ago 251", "hace 2 horas", "Escrito en MÉXICO el",
                                 "이노바저널 AI 생성 삽화", "Telesur Señal en Vivo"])
def test_what_a_page_s_software_prints_for_the_reader_is_not_body(tmp_path, aid):
    lead = "Una delegación de Corea del Sur llegó este lunes a la capital para reunirse con el presidente."
    page = write(tmp_path / "page.txt", f"Emisarios de Corea del Sur se reúnen con el presidente\n\nMundo\n{aid}\n\n{lead}\n\n"
                 f"{aid}\n\nLa delegación está integrada por los más altos responsables del gobierno.\n")
    document = ingest(page)
    assert document.title == "Emisarios de Corea del Sur se reúnen con el presidente"
    assert aid not in body(document)


def test_a_caption_after_the_photo_s_stub_is_not_the_title_of_a_two_line_headline(tmp_path):
    caption = "![]() ▲ 지난해 멕시코에서 열린 정상회의 경제분과 회의 모습"
    page = write(tmp_path / "ko.txt", f"태평양동맹 준회원국 가입 협상 개시\n사실상 자유무역협정 의미, 9월부터 협상\n{caption}\n|\n"
                 "산업통상자원부는 6일 페루 리마에서 개최된 정상회의에서 가입 협상을 개시하는데 합의했다고 밝혔다.\n")
    document = ingest(page)
    assert document.title == "태평양동맹 준회원국 가입 협상 개시"
    assert body(document)[:3] == ["태평양동맹 준회원국 가입 협상 개시", "사실상 자유무역협정 의미, 9월부터 협상", caption]


def test_a_blog_s_tags_under_their_label_a_recommendation_widget_and_a_pinterest_button_end_the_page(tmp_path):
    last = "Las autoridades enviarán, además, artículos de auxilio por un valor de diez mil dólares."
    page = write(tmp_path / "es.txt", "Corea donará un millón de dólares a Haití\n\nEl Gobierno de Corea donará un millón de "
                 f"dólares a Haití tras el terremoto.\n{last}\nEtiquetas:\nNoticias De Corea Del Sur\nSuscribirse a:\n"
                 "Publicar un comentario\n\n맞춤 정보\n당신을 위한 추천 정보\n많이 본 정보\nPin It on Pinterest\n")
    assert body(ingest(page))[-1] == last


def test_a_captioned_photo_above_a_headline_ending_in_a_full_stop(tmp_path):
    caption = "Pie de foto: Grupo de personas trabajando durante el diálogo"
    headline = "Diálogo entre la Secretaría de Estado y el Secretario General del SICA."
    lead = ("La secretaria de Estado de Asuntos Exteriores se reunió con el Secretario General del SICA y con los "
            "secretarios del Subsistema para hablar de la integración regional.")
    document = ingest(write(tmp_path / "es.txt", f"{caption}\n{headline}\n22/03/2021 - 09:33\n{lead}\n"))
    assert document.title == headline and body(document) == [caption, headline, lead]



def test_a_caption_with_its_agency_after_a_slash_is_not_the_headline(tmp_path):
    page = write(tmp_path / "ko.txt", "문 대통령, 25일 한·SICA 화상 정상회의\n중미 협력 방안 논의\n\n문재인 대통령. /연합뉴스\n\n"
                 "문재인 대통령이 오는 25일 화상으로 개최되는 제4차 한·중미통합체제 정상회의에 참석한다고 밝혔다.\n")
    document = ingest(page)
    assert document.title == "문 대통령, 25일 한·SICA 화상 정상회의"
    assert body(document)[:3] == ["문 대통령, 25일 한·SICA 화상 정상회의", "중미 협력 방안 논의", "문재인 대통령. /연합뉴스"]


def test_a_hard_wrapped_line_holding_a_date_is_prose_not_the_page_s_date(tmp_path):
    lines = ["La incorporación de Corea fue aprobada por aclamación durante el Comité", "Plenario de la CEPAL,",
             "realizado el 5 de junio de 2007 en la", "Sede de Naciones Unidas, Nueva York y posteriormente",
             "ratificada por el Consejo Económico y Social de las Naciones Unidas."]
    page = write(tmp_path / "es.txt", "Corea ingresa a la CEPAL\n\n" + "\n".join(lines) + "\n")
    assert "realizado el 5 de junio de 2007 en la" in body(ingest(page))


def test_a_speech_s_salutations_under_its_title_are_body(tmp_path):
    salutation = ["Thank you Mr. Chair,", "The Honorable Roosevelt Skerrit", "Prime Minister of the Commonwealth of Dominica,"]
    opening = "It is my great honor to participate in the Regular Meeting of the Conference of Heads of Government."
    page = write(tmp_path / "en.txt", "Remarks at the Working Luncheon by the Prime Minister\n\n"
                 + "\n\n".join(salutation) + f"\n\n{opening}\n")
    assert body(ingest(page)) == ["Remarks at the Working Luncheon by the Prime Minister", *salutation, opening]


def test_a_caption_with_its_agency_after_its_sentence_is_not_the_headline(tmp_path):
    caption = ("Acting President Choi Sang-mok hands credential to Korea's first ambassador to Cuba during a "
               "ceremony in Seoul, Jan. 31. Yonhap")
    lead = "Korea on Friday appointed new ambassadors to 11 countries, including its first-ever envoy to Cuba, the ministry said."
    document = ingest(write(tmp_path / "en.txt", f"Korea appoints envoys to Cuba, 10 other nations\n\n4 months ago 251\n\n"
                            f"{caption}\n\n{lead}\n"))
    assert document.title == "Korea appoints envoys to Cuba, 10 other nations"
    assert body(document) == ["Korea appoints envoys to Cuba, 10 other nations", caption, lead]


def test_a_see_also_label_inside_the_text_drops_its_headline_and_the_story_goes_on(tmp_path):
    paragraphs = ["La cumbre reunirá a los jefes de Estado de los países miembros del Sistema de la Integración.",
                  "El encuentro se llevará a cabo en el Centro de Convenciones de la ciudad durante dos días.",
                  "El viceministro confirmó que asistirán todos los mandatarios de la región a la reunión.",
                  "En este sentido, señaló que este encuentro es trascendental para el futuro de la región."]
    page = write(tmp_path / "es.txt", f"Cumbre del SICA en Santiago\n\n{paragraphs[0]}\n\nLEA TAMBIÉN:\n\n"
                 "República Dominicana celebrará comicios presidenciales en 2024\n\n" + "\n\n".join(paragraphs[1:]) + "\n")
    assert body(ingest(page)) == ["Cumbre del SICA en Santiago", *paragraphs]


def test_a_page_opening_with_a_credited_caption_and_no_headline_has_no_title(tmp_path):
    caption = ("President Moon Jae-in shakes hands with Chilean President Sebastian Pinera after holding a joint "
               "press conference, Monday. Yonhap |")
    lead = "Chilean President Sebastian Pinera promised to support South Korea's bid to join the Pacific Alliance."
    document = ingest(write(tmp_path / "en.txt", f"{caption}\n{lead}\nSouth Korea is an observer of the Pacific Alliance.\n"))
    assert document.title is None and body(document)[0] == caption


def test_a_pull_quote_cut_short_keeps_the_whole_paragraph_printed_after_it(tmp_path):
    quote = ("El cónclave, en el que El Salvador traspasa la Presidencia temporal del SICA a Honduras, se celebra en "
             "un momento en el que la región gestiona la crisis migratoria")
    whole = quote + ", y la unión aduanera regional."
    other = "Sánchez Cerén recibió a los presidentes de Guatemala y Honduras en el aeropuerto internacional."
    document = ingest(write(tmp_path / "es.txt", f"Inicia la Cumbre del SICA en San Salvador\n\n"
                            f"San Salvador, 18 dic (EFE).- La Cumbre de jefes de Estado comenzó hoy con retraso.\n"
                            f"{quote}\n{other}\n{whole}\n"))
    assert quote not in body(document) and body(document)[-2:] == [other, whole]


def test_a_korean_caption_credited_after_an_at_sign_is_not_the_title(tmp_path):
    caption = "박진 외교장관과 방한한 멕시코 외교장관이 악수하고 있다@외교부 제공"
    lead = "박진 외교장관은 방한한 멕시코 외교장관과 20일 서울에서 회담을 갖고 양국 협력 방안을 논의했다."
    document = ingest(write(tmp_path / "ko.txt", f"{caption}\n\n{lead}\n\n이번 회담은 정상회의를 앞두고 열렸다.\n"))
    assert document.title is None and body(document)[:2] == [caption, lead]


def test_a_site_s_teaser_closed_by_read_more_under_the_story_is_not_body(tmp_path):
    story = ["SEOUL, Sept. 26 (Yonhap) - South Korea has agreed with four other middle powers to set up a forum.",
             "The agreement was signed in New York by the foreign ministers of the five countries on Wednesday.",
             "South Korea has been seeking partnerships with nations of similar economic and political influence."]
    teaser = ["Spain, a bridge to Latin America", "Spain has invested heavily in Latin America over the last decades.",
              "For that reason, the Chamber will make a community of interests one of its core activities.", "Read more..."]
    page = write(tmp_path / "en.txt", "\n\n".join(story + teaser) + "\n")
    assert body(ingest(page)) == story


def test_a_board_s_details_on_one_line_are_not_the_title(tmp_path):
    lead = "□ APEC 정상회의에 참석한 대통령을 수행중인 외교부 장관은 멕시코 외교장관과 회담을 가졌다."
    page = write(tmp_path / "ko.txt", "작성자 : Latin America 작성일 : 2015-11-20 14:40:21 조회수 : 192\n"
                 f"국가 : 멕시코 언어 : 한국어 자료 : 정치\n출처 : 정책브리핑\n\n{lead}\n\n"
                 "□ 양 장관은 양국 관계 발전 방안을 논의했다.\n")
    document = ingest(page)
    assert document.title is None and body(document)[0] == lead


def test_a_caption_under_a_lead_is_not_taken_for_a_headline():
    from toolkit.ingest.boundaries import _headline_under_lead
    from toolkit.ingest.lines import RawLine

    lead = "The 24th dialogue between ASEAN and the Republic of Korea (RoK) was held via video conference"
    after = "The two sides agreed to continue effectively implementing the ASEAN-Korea Plan of Action."
    lines = [RawLine(text, number, 1) for number, text in enumerate([lead, "", "", after], start=1)]
    lines[1] = RawLine("Delegates join the online dialogue (Photo: VNA)", 3, 39)
    assert not _headline_under_lead([lines[0], lines[1], lines[3]])
    lines[1] = RawLine("Delegates join the online dialogue on regional cooperation", 3, 1)
    assert _headline_under_lead([lines[0], lines[1], lines[3]])


def test_an_advertisement_slot_inside_the_body_is_chrome(tmp_path):
    page = write(tmp_path / "page.txt", "Panama and Korea sign a cooperation deal\n"
                 "The foreign ministers of both countries signed a technical cooperation agreement today.\n"
                 "- Advertisement -\nThe agreement enters into force next month, the ministry said in a statement.\n")
    assert "- Advertisement -" not in body(ingest(page))


def test_an_image_s_alt_text_repeating_the_headline_is_no_title(tmp_path):
    page = write(tmp_path / "page.txt", "2025년 09월 06일\n\n“한-중미 협력 포럼” 개최… 외교부, 협력 강화 의지\n\n"
                 "“한-중미 협력 포럼” 개최… 외교부, 협력 강화 의지 관련 이미지\n\n"
                 "외교부는 26일 서울에서 주최한 포럼이 300여 명의 참석자들과 함께 성황리에 마무리되었다고 밝혔다.\n\n"
                 "포럼에는 중미 각국의 장관과 차관들이 참석하여 협력 방안을 논의하였다.\n")
    document = ingest(page)
    assert document.title == "“한-중미 협력 포럼” 개최… 외교부, 협력 강화 의지"
    assert not any(text.endswith("관련 이미지") for text in body(document))


def test_the_site_s_greeting_is_chrome_and_a_dateline_under_the_headline_is_body(tmp_path):
    page = write(tmp_path / "page.txt", "Welcome to the Regional Forum. It's your forum.\n\nSecretary-General\n\n\n"
                 "Readout of the Secretary-General's meeting with the Foreign Minister of Panama\n\n"
                 "Geneva, 12 March 2019\n\nThe Secretary-General and the Foreign Minister of Panama met today.\n\n"
                 "They discussed regional integration and the coming ministerial meeting.\n")
    document = ingest(page)
    assert document.title == "Readout of the Secretary-General's meeting with the Foreign Minister of Panama"
    assert body(document) == ["Readout of the Secretary-General's meeting with the Foreign Minister of Panama",
                              "Geneva, 12 March 2019",
                              "The Secretary-General and the Foreign Minister of Panama met today.",
                              "They discussed regional integration and the coming ministerial meeting."]


def test_a_caption_printed_twice_with_its_pool_credit_is_no_title(tmp_path):
    caption = "The national security adviser gives a briefing on the president's visit at the presidential office on Monday. [POOL PHOTO]"
    page = write(tmp_path / "page.txt", "Indonesian president comes to Seoul this week\n\nHome > National > Politics\n\n"
                 "print dictionary print\n\nIndonesian president comes to Seoul this week\n\n"
                 f"{caption}\n\n{caption}\n\n"
                 "The two presidents will hold their first summit in Seoul later this week to discuss defense cooperation.\n\n"
                 "The visit will be the first by the Indonesian leader since the new government took office in May.\n")
    document = ingest(page)
    assert document.title == "Indonesian president comes to Seoul this week"
    assert body(document)[0] == "Indonesian president comes to Seoul this week"


def test_a_sign_off_with_the_text_going_on_under_it_ends_nothing(tmp_path):
    lines = ["한국 정부는 북한의 핵실험에 대해 강력히 대응하겠다고 밝혔다.", "XNA 뉴스 미닛입니다.",
             "외교부는 이 방안에 대해 관계 부처와 논의 중이라고 덧붙였다.",
             "유엔 안전보장이사회는 다음 주에 회의를 열 예정이라고 전했다.",
             "정부는 관련국들과 긴밀히 협력해 나갈 것이라고 강조했다."]
    kept = body(ingest(write(tmp_path / "page.txt", "\n".join(lines) + "\n")))
    assert kept[-1] == lines[-1] and lines[2] in kept


@pytest.mark.parametrize("copy", ["Panama and Korea to sign a trade pact", "Panama and Korea to sign a trade pact - 1"])
def test_a_headline_printed_again_under_its_byline_leaves_the_first_copy_and_its_subtitle(tmp_path, copy):
    page = write(tmp_path / "page.txt", "Latest news\n\nPanama and Korea to sign a trade pact\n\n"
                 "Talks set to cover tariffs, investment and shipping\n\nAna Ruiz  | 20.01.2026 - Update : 20.01.2026\n"
                 f"{copy}\n\nPANAMA CITY\n\n"
                 "Panama and the Republic of Korea will sign a trade agreement on Wednesday, the ministry said.\n\n"
                 "The pact was negotiated over two years and covers goods, services and investment.\n")
    document = ingest(page)
    assert document.title == "Panama and Korea to sign a trade pact"
    assert body(document)[:2] == ["Panama and Korea to sign a trade pact", "Talks set to cover tariffs, investment and shipping"]
    assert document.date == "2026-01-20"


def test_a_staff_byline_a_font_size_menu_an_edit_link_and_a_permalink_notice_are_chrome(tmp_path):
    page = write(tmp_path / "page.txt", "한-중미 외교장관회의 서울서 개최\n\n"
                 "인쇄 메일 글씨 크기 선택 가장 작은 크기 글자 한 단계 작은 크기 글자\n\n"
                 "외교부는 중미 각국 외교장관이 참석한 가운데 서울에서 회의를 개최하였다고 밝혔다.\n\n"
                 "참석자들은 경제 협력과 개발 협력 확대 방안을 논의하였다.\n\n0\n기사수정\n\n"
                 "다른 곳에 퍼가실 때는 아래 고유 링크 주소를 출처로 사용해주세요.\n\n")
    assert body(ingest(page)) == ["한-중미 외교장관회의 서울서 개최",
                                  "외교부는 중미 각국 외교장관이 참석한 가운데 서울에서 회의를 개최하였다고 밝혔다.",
                                  "참석자들은 경제 협력과 개발 협력 확대 방안을 논의하였다."]
    english = write(tmp_path / "en.txt", "Panama and Korea talk trade\n\nBy the Isthmus Journal staff\n\n"
                    "Panama and Korea discussed trade and investment at a meeting in Panama City on Monday.\n\n"
                    "The ministers agreed to meet again next year in Seoul.\n")
    assert ingest(english).title == "Panama and Korea talk trade"


def test_the_headline_printed_again_under_a_caption_is_the_title(tmp_path):
    page = write(tmp_path / "page.txt", "Community and Korea formalise their ties\n\n- Advertisement -\n\n"
                 "Deputy Secretary-General Ana Soto (r) and the Korean representative Kim Min-su exchange the signed "
                 "documents at the secretariat.\n\nCommunity and Korea formalise their ties\n\n"
                 "The Community and the Republic of Korea signed an agreement on Monday to formalise their ties.\n\n"
                 "The agreement provides for annual consultations between the two sides.\n")
    document = ingest(page)
    assert document.title == "Community and Korea formalise their ties"
    assert body(document)[0].startswith("Deputy Secretary-General") and "- Advertisement -" not in body(document)


@pytest.mark.parametrize("footer", ["No comments:\nPost a Comment", "CSAS", "XTV/WIL/EB/DB/",
                                    "출처: https://example.gov/press/news/447113\n※ 본 게시물은 연구소에서 요약, 번역하였습니다.",
                                    "※ '당신의 제보가 뉴스가 됩니다'\n[카카오톡] XTV 검색해 채널 추가\n[전화] 02-000-0000"])
def test_story_footers_comments_initials_sources_and_tip_lines_are_chrome(tmp_path, footer):
    assert body(ingest(story_page(tmp_path, STORY_ES, footer))) == STORY_ES


def test_a_teaser_that_might_interest_the_reader_is_no_body(tmp_path):
    teaser = "Te podría interesar: Presentan nueva ley de presupuesto en el Congreso"
    kept = body(ingest(story_page(tmp_path, STORY_ES[:2] + [teaser] + STORY_ES[2:])))
    assert teaser not in kept and STORY_ES[2] in kept


def test_a_short_headline_over_a_board_s_dated_fields_is_the_title(tmp_path):
    page = write(tmp_path / "page.txt", "최근소식\n\n한-중미 외교장관 양자회담\n출처\n외교부\n작성일\n2022.11.01\n원본URL\n"
                 "https://www.example.go.kr/brd/view.do?seq=1\n"
                 "외교부 장관은 25일 서울에서 중미 각국 외교장관들과 연쇄적으로 양자회담을 개최하였다.\n"
                 "양측은 경제 협력과 개발 협력 확대 방안을 논의하였다.\n")
    document = ingest(page)
    assert document.title == "한-중미 외교장관 양자회담"
    assert document.date == "2022-11-01"


@pytest.mark.parametrize("tail", ["(Reporting by Ana Soto; Editing by Mary Brent and John Smith)\n\nAgency",
                                  "Leave A Reply\n\nYour email address will not be published.",
                                  "Salir de la versión móvil"])
def test_a_wire_s_reporting_credit_a_reply_form_and_a_mobile_exit_link_are_chrome(tmp_path, tail):
    assert body(ingest(story_page(tmp_path, STORY_EN, tail))) == STORY_EN


def test_a_byline_between_the_summary_and_the_text_is_no_body(tmp_path):
    story = ["Corea donará vacunas a Panamá",
             "El canciller y su homólogo de Corea acordaron impulsar la cooperación sanitaria entre ambos países.",
             "Escrito por: Laura Gómez",
             "El canciller de Corea ofreció a Panamá la donación de vacunas durante la reunión del lunes.",
             "La entrega se hará en dos partes antes de fin de año, según informó la cancillería."]
    assert "Escrito por: Laura Gómez" not in body(ingest(story_page(tmp_path, story)))


def test_a_board_title_with_its_posting_date_glued_is_the_title_and_gives_the_date(tmp_path):
    """A board prints the post's title with its date after it; a credit's older date under the
    text is the original story's, not the post's."""
    page = write(tmp_path / "page.txt", "행사뉴스\n\n제11차 한-중동협력포럼 주제발표하는 패널들 2014-12-30\n\n"
                 "21일 제주평화연구원과 아랍사상포럼이 공동주최한 협력포럼이 요르단 암만에서 개최됐다.\n"
                 "이번 포럼에는 중동지역 13개국에서 온 150여명의 참석자들이 참석해 협력 방안을 논의했다.\n\n"
                 "출처 : 한빛일보 (2014년 12월 21일)\n\n첨부파일\n관련 첨부파일이 없습니다.\n이전글,다음글\n")
    document = ingest(page)
    assert document.title == "제11차 한-중동협력포럼 주제발표하는 패널들 2014-12-30"
    assert document.date == "2014-12-30"
    assert body(document)[-1].startswith("이번 포럼에는")


def test_a_caption_printed_again_without_its_widgets_label_is_one_paragraph(tmp_path):
    caption = "Los cancilleres de Panamá y Corea posan tras la firma del acuerdo en Seúl, en esta foto del ministerio."
    page = story_page(tmp_path, STORY_ES + [f"ver imagen ampliada {caption}", caption])
    assert body(ingest(page)) == STORY_ES + [f"ver imagen ampliada {caption}"]


def test_a_short_headline_with_its_day_over_a_boards_department_field_is_the_title(tmp_path):
    page = write(tmp_path / "page.txt", "컨텐츠 바로가기\n\n장관 외교활동\n\n한-아프리카 외교장관회의 개최(6.2.)\n\n"
                 "부서명\n정책홍보담당관실\n\n6.2.(일) 외교부 장관은 아프리카 외교장관들과 회의를 개최하고 협력 방안을 논의하였다.\n"
                 "이번 회의에는 아프리카 45개국 대표단이 참석하였다.\n")
    document = ingest(page)
    assert document.title == "한-아프리카 외교장관회의 개최(6.2.)"
    assert document.metadata["department"] == "정책홍보담당관실"
    assert len(body(document)) == 3


def test_a_portals_machine_summary_under_its_notice_is_not_body_and_the_story_keeps_its_lead(tmp_path):
    """The summary repeats the story's first sentence; the story's own copy is the one kept."""
    lead, second = "외교부는 2차관이 7일부터 카리브 3개국을 방문한다고 밝혔다.", "차관은 개발협력 추진 계획을 소개했다."
    page = write(tmp_path / "page.txt", f"외교 2차관, 카리브 3개국 방문\n전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.\n"
                 f"{lead}\n차관은 협력 확대 의지를 밝혔다.\n이 글자크기로 변경됩니다.\n{lead}\n{second}\n")
    document = ingest(page)
    assert [(line.raw_line, line.text) for line in document.lines] == [
        (1, "외교 2차관, 카리브 3개국 방문"), (6, lead), (7, second)]


def test_a_menus_label_and_a_wires_dateline_are_not_the_title(tmp_path):
    page = write(tmp_path / "page.txt", "SBS 뉴스 상단 메뉴\n\n윤순구 차관보, 중앙아 5개국과 협의\n\n"
                 "윤순구 외교부 차관보는 방콕에서 중앙아시아 5개국 대표와 협의를 가졌다고 외교부가 밝혔다.\n")
    assert ingest(page).title == "윤순구 차관보, 중앙아 5개국과 협의"
    page = write(tmp_path / "wire.txt", "SEOUL, Republic of Korea, October 31, 2023/APO Group/ --\n\n"
                 "Minister of Foreign Affairs Park Jin spoke over the phone with his Egyptian counterpart on Monday.\n")
    assert ingest(page).title != "SEOUL, Republic of Korea, October 31, 2023/APO Group/ --"


def test_the_issuing_office_in_capitals_is_the_department_not_the_title(tmp_path):
    page = write(tmp_path / "page.txt", "DIRECCIÓN GENERAL DE COMUNICACIÓN SOCIAL\n\n"
                 "Los ministros de la Alianza del Pacífico aprobaron el reglamento del Consejo de Ministros.\n")
    document = ingest(page)
    assert document.metadata["department"] == "DIRECCIÓN GENERAL DE COMUNICACIÓN SOCIAL"
    assert document.title != "DIRECCIÓN GENERAL DE COMUNICACIÓN SOCIAL" and len(body(document)) == 1


def test_a_boards_fields_run_together_are_not_the_title(tmp_path):
    page = write(tmp_path / "page.txt", "한-쿠바 첫 고위급 협의...대사관 개설 가속키로\n\n"
                 "작성자 김치관 기자 댓글 0건 조회 3,462회 작성일 24-06-12 20:30본문\n\n"
                 "한국과 쿠바가 수교 후 첫 고위급 협의를 열고 상호 대사관 개설을 서두르기로 했다.\n")
    document = ingest(page)
    assert document.title == "한-쿠바 첫 고위급 협의...대사관 개설 가속키로"
    assert len(body(document)) == 2


def test_other_news_under_the_story_ends_it(tmp_path):
    page = story_page(tmp_path, STORY_EN + ["Other News", "November 17, 2025", "Ambassador calls on his counterpart in Seoul",
                                            "The ambassador paid a courtesy call on his counterpart on Tuesday to discuss ties."])
    assert body(ingest(page)) == STORY_EN


# The words a page's widgets leave inside the text, with where they stand in the story.
WIDGET_LEFTOVERS = (
    [(STORY_ES, 1, [toast, "댓글0"]) for toast in ("기사 URL이 복사되었습니다.", "Link copied to clipboard", "Enlace copiado")]
    + [(STORY_ES, 1, [widget]) for widget in ("Close this search box.", "이 글자크기로 변경됩니다.",  # search box, font size
                                              "글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다.",
                                              "(예시) 가장 빠른 뉴스가 있고 다양한 정보를 만나보세요.")]
    + [(STORY_EN, 2, [notice]) for notice in ("This is an unofficial English translation of the original Arabic text. To view",
                                              "the official Arabic text click here.", "<이미지를 클릭하시면 크게 보실 수 있습니다> |",
                                              "161117_koreacentralasia_art1.jpg", "Embed")]  # translation, zoom, file, embed
    # credits and links inside the story: a byline with the writer's role, an image's file name
    # with spaces, a photo's credit in brackets or after "Imagen:", a short link alone, an ad's
    # marker, a wire's credit alone, a release's list of attachments
    + [(STORY_EN, 1, [line]) for line in ("By Ana Ruiz , Senior Special Correspondent", "Seoul meeting photo.jpg",
                                           "pr 05082022 02",  # an image's name without its extension
                                           "(Photo: Kim Minsu/example.vn)", "https://p.example.com/p/2iMxs",
                                           "Article continues after advertisement")]
    + [(STORY_ES, 1, [line]) for line in ("Imagen: picture-alliance/dpa/Agencia Uno/C. Escobar", "[서울=뉴시스]",
                                           "[연합뉴스]", "/연합뉴스", "붙임 : 합동 면담 사진. 끝.")]
    # a reporter's wire byline alone, a post's hashtags, an embedded post's credit, an update's notice
    + [(STORY_ES, 1, [line]) for line in ("[미디어펜=김소정 기자]", "#한일외교 #한중외교 #외교장관회의",
                                           "Twitter / Foreign Affairs Secretary Ana Ruiz",
                                           "Details added (first version posted on 11:47)")]
    # a text-to-speech player's notices, a language picker (its label and items), a section's
    # label, a reporter's name alone, a subscribe button, a related story's link marked "☞", an
    # embedded post's picture link and signature
    + [(STORY_ES, 1, lines) for lines in (
        ["기사 듣기", "기사를 읽어드립니다.", "음성을 재생하면 데이터 통화료가 부과될 수 있습니다."],
        ["☞ 외교부, 중남미 대사 초청 간담회", "☞ 차관, 태평양 도서국 순방"])]
    + [(STORY_ES, 2, lines) for lines in (  # inside the text, past its lead
        ["기사 듣기", "기사를 읽어드립니다.", "음성을 재생하면 데이터 통화료가 부과될 수 있습니다."],
        ["언어 선택", "• 한국어", "• English", "• 중국어(번체)", "• Español"],
        ["주요 뉴스"], ["김민수 기자"], ["☞ 외교부, 중남미 대사 초청 간담회", "☞ 차관, 태평양 도서국 순방"],
        ["Presidente recibe las cartas credenciales del embajador. pic.twitter.com/AbC123xyz",
         "— Cancillería Ejemplo (@CancilleriaEj) March 4, 2019"], ["Únete al canal de Ejemplo en WhatsApp"])]
)


def test_a_headline_and_deck_over_an_image_label_a_credited_caption_a_byline_and_a_stamp(tmp_path):
    page = ["Corea dona equipos a una escuela de Chalatenango",
            "La entrega se hizo en la casa comunal; además, visitaron los proyectos de la zona",
            "descripción de la imagen",
            "Autoridades locales y diplomáticos durante la entrega en la casa comunal. Foto ABC / Ana Ruiz",
            "Por Ana Ruiz aruiz@example.com", "2014-10-31 7:00:00"] + STORY_ES[1:]
    document = ingest(story_page(tmp_path, page))
    assert document.title == page[0]
    assert body(document) == page[:2] + [page[3]] + STORY_ES[1:]


def test_a_comment_count_and_the_site_s_rules_for_comments_end_the_story(tmp_path):
    page = story_page(tmp_path, STORY_EN + ["(0) comments", "Keep it Clean. Please avoid obscene or vulgar language.",
                                            "Be Truthful"])
    assert body(ingest(page)) == STORY_EN


def test_a_wire_s_signature_with_a_masked_address_is_a_contact():
    assert shapes.is_contact("◎공감언론 뉴시스 [email protected]")


@pytest.mark.parametrize("line", ["기사를 읽어드립니다.", "언어 선택", "• 한국어", "• English", "• 중국어(번체)",
                                  "주요 뉴스", "김민수 기자", "뉴스레터(구독)", "☞ 외교부, 중남미 대사 초청 간담회"])
def test_a_widget_s_short_words_are_chrome_by_their_shape_not_only_by_their_length(line):
    # where a page's layout is unknown, short lines between the headline and the text are kept
    # (they may be its subtitles) unless they have a shape of chrome
    assert shapes.has_chrome_shape(line)


@pytest.mark.parametrize("story, at, leftovers", WIDGET_LEFTOVERS)
def test_a_widget_s_words_a_credit_or_a_link_inside_the_story_are_not_body(
        tmp_path, story, at, leftovers):
    page = story_page(tmp_path, story[:at] + leftovers + story[at:])
    assert body(ingest(page)) == story


def test_a_box_of_related_stories_inside_the_text_is_left_out_and_the_story_goes_on(tmp_path):
    box = ["관련기사", "- 외교부, 중남미 대사 초청 간담회2022.04.01", "- 차관, 태평양 도서국 순방 마쳐2022.03.31"]
    assert body(ingest(story_page(tmp_path, STORY_ES[:2] + box + STORY_ES[2:]))) == STORY_ES
    # under the story's end, the same box closes it, with the other stories' lines after it
    assert body(ingest(story_page(tmp_path, STORY_ES + box + ["Más noticias del día"]))) == STORY_ES


def test_a_bulleted_list_of_other_stories_above_the_headline_is_not_its_head(tmp_path):
    others = ["- Assembly passes the budget bill", "- Local team wins the final", "- Storm closes two airports",
              "- New museum opens downtown"]
    document = ingest(story_page(tmp_path, others + STORY_EN))
    assert document.title == STORY_EN[0] and body(document) == STORY_EN


def test_a_korean_headline_with_two_subtitles_that_name_what_the_lead_names(tmp_path):
    head = ["외교 차관보, 나이로비 케냐대사 면담…\"협력 모멘텀 살려야", "차관에 이어 사흘 만에 두 번째 만남",
            "\"정상회의 준비 위해 긴밀 소통\""]
    lead = ["[서울=뉴시스] 박민수 외교부 차관보는 3일 서울에서 나이로비 주한 케냐대사와 면담을 갖고 협력 방안을 논의했다.",
            "양측은 정상회의 준비를 위해 긴밀히 소통하기로 했다."]
    document = ingest(story_page(tmp_path, head + lead))
    assert document.title == head[0] and body(document) == head + lead


@pytest.mark.parametrize("line", ["▶ 기사 원문 : https://news.example.kr/a/20231005", "[전화] 02-123-4567", "Tel.: +505 2222 3333",
                                  "01:21 PM", "▣ 뉴스 채널 구독 : http://goo.gl/AbCdEf", "방송사 기사문의 및 제보 : 카톡 jebo00",
                                  "¿Encontró un error? Selecciónelo y pulse Ctrl + Enter", "Etiquetas: - - -"])
def test_a_source_link_a_phone_a_clock_a_tip_line_and_a_typo_notice_are_chrome(line):
    assert shapes.has_chrome_shape(line) or shapes.is_tags_label(line)


def test_a_comment_box_s_delete_dialog_ends_the_story(tmp_path):
    page = story_page(tmp_path, STORY_ES + ["댓글삭제", "삭제한 댓글은 다시 복구할 수 없습니다.", "그래도 삭제하시겠습니까?"])
    assert body(ingest(page)) == STORY_ES


@pytest.mark.parametrize("caption", ["이날 신임장을 받은 대사들은 누리홀로 이동해 환담을 나눴다. ⓒ 연합뉴스",
                                     "최종건 외교부제1차관이 인천국제공항을 통해 귀국하고 있다. 2021.1.14/뉴스1 © News1 이성철 기자"])
def test_a_caption_s_sentence_with_its_copyright_credit_does_not_end_the_story(tmp_path, caption):
    page = story_page(tmp_path, STORY_ES[:2] + [caption] + STORY_ES[2:] + ["ⓒ 연합뉴스 무단 전재 및 재배포 금지"])
    assert body(ingest(page)) == STORY_ES[:2] + [caption] + STORY_ES[2:]


def test_a_portal_s_notice_of_its_machine_summary_is_not_body():
    assert shapes.has_chrome_shape("자동요약 기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.")


@pytest.mark.parametrize("tail", [
    ["En tendencia:", "Cuál es el salario mínimo vigente en 2025", "Juzgado envía antejuicio contra un alcalde"],
    ["Read more:", "Delegation visits its counterparts", "President expresses support for a bid in a letter"],
    ["(Yonhap)"], ["Distributed by APO Group on behalf of African Union (AU).", "You just read:"],
    ["Comparte esta publicación", "Los comentarios están cerrados."], ["Mostrar comentarios"],
])
def test_trending_lists_a_wire_s_credit_and_a_closed_comment_box_end_the_story(tmp_path, tail):
    assert body(ingest(story_page(tmp_path, STORY_EN + tail))) == STORY_EN


def test_a_teaser_with_its_label_inside_the_text_is_not_body(tmp_path):
    teaser = "PUEDES LEER: Comisión Permanente puede elegir interinamente funcionarios, aclara el presidente"
    assert body(ingest(story_page(tmp_path, STORY_ES[:2] + [teaser] + STORY_ES[2:]))) == STORY_ES


def test_the_form_at_the_head_of_a_korean_government_release_is_not_body(tmp_path):
    form = ["외교부 로고 보 도 자 료 국민의 내일을 위한 정부혁신 보다 나은 정부",
            "보도일시, 배포일시, 담당부서, 담당자를 알려주는 보도자료 요약",
            "보도일시 배포 즉시 보도 18-660", "배포일시 2018.10.30.(화) 담당부서 중남미국"]
    document = ingest(story_page(tmp_path, STORY_ES[:1] + form + STORY_ES[1:]))
    assert body(document) == STORY_ES
    assert (document.date, document.metadata["department"]) == ("2018-10-30", "중남미국")  # the form's fields


def test_a_line_of_skip_links_under_the_story_is_not_body(tmp_path):
    assert body(ingest(story_page(tmp_path, STORY_ES + ["주메뉴 바로가기 본문 바로가기"]))) == STORY_ES


def test_a_search_form_s_note_above_the_article_does_not_open_it(tmp_path):
    """A note ("* …") remarks on what stands above it; above a headline it is the search
    form's, and the tag line under it is chrome too."""
    page = write(tmp_path / "page.txt", "SEARCH\n\nRange\nOrder by\n~\n\n"
                 "* The search is limited to articles published after 2010.\n\n"
                 "Recommended #Panama-Korea talks\n\n" + "\n\n".join(STORY_EN) + "\n")
    document = ingest(page)
    assert body(document) == STORY_EN
    assert document.title == STORY_EN[0]


def test_a_note_under_the_text_stays_in_the_body(tmp_path):
    document = ingest(story_page(tmp_path, STORY_EN, "* The agreement was signed in two languages."))
    assert body(document)[-1] == "* The agreement was signed in two languages."


def test_a_headline_printed_twice_each_over_its_byline_is_the_title(tmp_path):
    headline = "외교부, 제6차 한-중미 협력포럼 외교장관회의 개최 결과"
    page = write(tmp_path / "page.txt", f"뉴스사이트\n\n{headline}\n\n홍길동기자 | 기사입력 2024/09/25 [12:57]\n\n"
                 f"{headline}\n\n홍길동기자 | 입력 : 2024/09/25 [12:57]\n\n▲ 제6차 한-중미 협력포럼 외교장관회의\n\n"
                 "외교부는 9월 24일 뉴욕에서 제6차 한-중미 협력포럼 외교장관회의를 개최하였다고 밝혔다.\n")
    document = ingest(page)
    assert document.title == headline
    assert body(document)[:2] == [headline, "▲ 제6차 한-중미 협력포럼 외교장관회의"]


def test_a_short_headline_over_its_bulleted_subtitle_is_the_title(tmp_path):
    page = write(tmp_path / "page.txt", "한-중미, 협정 체결\n\n  • 협력 확대 기대…전문인력 양성 주력\n\n"
                 "아주경제 기자= 한국과 중미 간 개발 경험을 공유하기 위한 협정이 25일 체결됐다고 외교부가 밝혔다.\n")
    document = ingest(page)
    assert document.title == "한-중미, 협정 체결"
    assert body(document)[:2] == ["한-중미, 협정 체결", "• 협력 확대 기대…전문인력 양성 주력"]


def test_an_agency_s_desk_codes_under_the_story_are_chrome(tmp_path):
    document = ingest(story_page(tmp_path, STORY_ES, "oda/avr"))
    assert body(document) == STORY_ES


def test_a_korean_caption_under_the_share_bar_and_dashed_subtitles_under_the_headline_are_body(tmp_path):
    lead = "[한빛신문] 외교부는 3일 서울에서 한-중미 외교장관회의를 열고 공동성명을 채택했다고 밝혔다."
    page = write(tmp_path / "ko.txt", "국제\n\n한-중미 외교장관회의 서울서 열려\n\n- 2026 SICA 의장국 코스타리카\n"
                 "- 공동성명 채택\n\n입력 2026년03월03일 10시12분 김기자\n트위터로 보내기카카오톡 네이버 밴드 공유\n\n"
                 f"중미 외교장관 공동성명(국문본)\n{lead}\n양측은 협력기금 확대에 합의했다.\n")
    document = ingest(page)
    assert document.title == "한-중미 외교장관회의 서울서 열려"
    assert body(document) == ["한-중미 외교장관회의 서울서 열려", "- 2026 SICA 의장국 코스타리카", "- 공동성명 채택",
                              "중미 외교장관 공동성명(국문본)", lead, "양측은 협력기금 확대에 합의했다."]


def test_a_donation_form_after_the_article_is_chrome(tmp_path):
    last = "양측은 협력기금 확대에 합의했다고 외교부는 전했다."
    page = write(tmp_path / "ko.txt", "한-중미 외교장관회의 서울서 열려\n\n외교부는 3일 서울에서 한-중미 외교장관회의를 열었다고 밝혔다.\n"
                 f"{last}\n\n무통장입금 정보입력\n입금할 금액은 입니다. (입금하실 입금자명 + 입금예정일자를 입력하세요)\n\n연예가 화제\n")
    assert body(ingest(page))[-1] == last


def test_an_agency_s_embargo_note_in_angle_brackets_over_three_lines_is_chrome(tmp_path):
    lead = "외교부는 3일 서울에서 한-중미 외교장관회의를 열고 협력기금 확대에 합의했다고 밝혔다."
    page = write(tmp_path / "ko.txt", "한-중미 외교장관회의 서울서 열려\n<이 기사는 2026년 3월 3일 12시부터 사용할 수 있습니다.\n"
                 "고객사의 편의를 위해 미리 보내는 것으로, 그 전에는 쓰지 마십시오.\n엠바고를 어기면 귀사가 책임집니다.>\n"
                 f"{lead}\n양측은 다음 회의를 리마에서 열기로 했다.\n")
    assert body(ingest(page)) == ["한-중미 외교장관회의 서울서 열려", lead, "양측은 다음 회의를 리마에서 열기로 했다."]


def test_another_story_s_headline_after_its_kicker_inside_the_text_is_chrome(tmp_path):
    page = write(tmp_path / "es.txt", "Vicecanciller de Corea llega a Managua\n\nEl vicecanciller de Corea llegó el lunes "
                 "a Managua para una visita de tres días.\nHonduras: Lluvias dejan cientos de familias afectadas en el norte\n"
                 "Durante la visita revisará los proyectos de cooperación de su país en Nicaragua.\n")
    assert "Honduras: Lluvias dejan cientos de familias afectadas en el norte" not in body(ingest(page))
    assert len(body(ingest(page))) == 3


def test_a_hard_wrapped_first_paragraph_is_no_headline(tmp_path):
    page = write(tmp_path / "en.txt", "Korea and Peru agreed to explore ways to expand industrial and energy\n"
                 "cooperation that can benefit both countries, the government said\nFriday.\n")
    document = ingest(page)
    assert document.title is None and len(body(document)) == 3


def test_a_link_to_the_photo_gallery_between_caption_and_text_is_chrome(tmp_path):
    page = write(tmp_path / "en.txt", "Korea and ECLAC sign a memorandum\n\nThe minister and the executive secretary sign "
                 "the memorandum in Santiago.\nPhoto: ECLAC\nSee photo gallery\n(25 May 2012) Today, the Republic of Korea "
                 "and ECLAC signed a memorandum of understanding.\n")
    assert "See photo gallery" not in body(ingest(page))


def test_a_release_number_and_a_site_s_editing_note_under_the_article_are_chrome(tmp_path):
    last = "The donation will fund programs in Belize, Guatemala and Honduras."
    page = write(tmp_path / "en.txt", "Korea donates to the OAS\n\nThe Republic of Korea made a donation to the OAS "
                 f"on Thursday for peace programs.\n{last}\n\nReference: E-157/04\n")
    assert body(ingest(page))[-1] == last
    lead = "외교부는 내년도 ECLAC 파견 전문가 선발 공고를 하반기에 낸다고 밝혔다."
    page = write(tmp_path / "ko.txt", f"ECLAC에 전문가 파견\n\n{lead}\n선발은 공개 절차로 실시한다.\n"
                 "이 기사는 한빛신문 보도준칙 및 윤리강령에 따라 편집국장이 최종 확인·수정했습니다.\nⓒ 한빛신문, 무단 전재 금지\n")
    assert body(ingest(page))[-1] == "선발은 공개 절차로 실시한다."


def test_an_image_viewer_s_zoom_button_inside_the_story_is_chrome(tmp_path):
    page = write(tmp_path / "page.txt", "한-멕시코 외교장관회담 열려\n\n입력 2022/07/04 21:12\n"
                 "586402 기사의 0번째 이미지 이미지 크게 보기\n\n한-멕시코 외교장관 회담\n\n"
                 "한국-멕시코 외교장관회담이 4일 오후 서울에서 개최됐다고 외교부가 밝혔다.\n\n"
                 "양국 장관은 교역과 투자 협력을 확대하기로 합의했다.\n")
    assert not any("크게 보기" in text for text in body(ingest(page)))


def test_a_menu_of_bare_words_above_the_headline_is_no_title(tmp_path):
    page = write(tmp_path / "page.txt", "뉴스 트렌드 생활정보 International edition 매체\n\n"
                 "박진, 멕시코 청년 외교관들과 만나 협력 강조\n\n입력 | 2023-05-10 14:39:00\n\n"
                 "멕시코를 방문 중인 박진 외교부 장관은 9일(현지시간) 멕시코 국립외교원에서 청년 외교관들을 만났다.\n\n"
                 "박 장관은 양국이 국제무대에서 긴밀히 공조해 나가자고 강조했다.\n")
    document = ingest(page)
    assert document.title == "박진, 멕시코 청년 외교관들과 만나 협력 강조"
    assert "매체" not in " ".join(body(document))


def test_held_out_111_s_chrome_is_dropped(tmp_path):
    story = ("Korea International Cooperation Agency and Guatemala signed an agreement on grant assistance today.\n\n"
             "In return, the Guatemalan government will provide access to experts and ensure tax exemption.\n\n")
    page = write(tmp_path / "tail.txt", "Korea signs agreement with Guatemala\n\n" + story
                 + "Press release – KOICA (in Korean)\n\nSouth Korea\n")
    assert body(ingest(page))[-1].startswith("In return")  # a source link in another language, then a tag
    images = write(tmp_path / "images.txt", "Korea signs agreement with Guatemala\n\n" + story
                   + "![[방송]아베 일본 총리, 평창올림픽 개막식 참석차 방한](/data/photos/20180206/art_1.gif)\n"
                   + "![[방송]율리아 티모셴\n")
    assert not any(text.startswith("![") for text in body(ingest(images)))


def test_the_page_s_own_title_with_the_site_s_name_is_no_headline(tmp_path):
    page = write(tmp_path / "page.txt", "Presidenta de Corea iniciará gira por comercio - Lea Noticias\n\n"
                 "Presidenta de Corea iniciará gira por comercio\n\n"
                 "Suscríbete a nuestro canal de Telegram \"LeaNoticias\" para que estés al día con toda la información.\n\n"
                 "La presidenta de Corea del Sur iniciará mañana una visita oficial a Colombia para impulsar el comercio.\n\n"
                 "La llegada de la mandataria a Bogotá está prevista para la noche de hoy, informaron fuentes oficiales.\n")
    document = ingest(page)
    assert document.title == "Presidenta de Corea iniciará gira por comercio"
    assert not any("Telegram" in text for text in body(document))


def test_held_out_112_s_chrome_and_caption(tmp_path):
    page = write(tmp_path / "es.txt", "Centroamérica y Corea ultiman los detalles del TLC\n"
                 "Las negociaciones para el tratado podrían concluir a finales de este año, aseguró hoy el ministro.\n"
                 "- Nicaragua / EFE\n"
                 "En la última reunión, celebrada en Costa Rica, las delegaciones acordaron normas de acceso.\n"
                 "Para comentar debes registrarte y completar los datos generales.\n")
    assert body(ingest(page)) == ["Centroamérica y Corea ultiman los detalles del TLC",
                                  "Las negociaciones para el tratado podrían concluir a finales de este año, aseguró hoy el ministro.",
                                  "En la última reunión, celebrada en Costa Rica, las delegaciones acordaron normas de acceso."]
    caption = "<외교부는 6월 14일 파나마에서 지역 공관장회의를 열었다. / 사진제공 = 외교부>"
    korean = write(tmp_path / "ko.txt", "2019 중남미 지역 공관장회의 개최\n\n중남미 외교 다변화를 위한 전략 공유\n\n"
                   "기사입력 2019.06.25 21:03\n\nSNS 공유하기\n\n회의사진.JPG\n\n" + caption + "\n\n     \n\n"
                   "외교부는 6.14.(금) 파나마에서 중남미 지역 공관장회의를 개최하고 협력 방안을 논의하였다.\n")
    assert caption in body(ingest(korean))


def test_the_outlet_s_name_alone_under_the_story_is_chrome(tmp_path):
    page = write(tmp_path / "page.txt", "Korea and Mexico hold vice-ministerial consultations\n\n"
                 "The vice ministers of both countries met in Mexico City to review the bilateral agenda.\n\n"
                 "They agreed to hold the next round of consultations in Seoul next year.\n\nMexico Daily Post\n")
    assert body(ingest(page))[-1].startswith("They agreed")


def test_the_document_kind_under_the_headline_is_its_subtitle_and_markup_residue_is_chrome(tmp_path):
    page = write(tmp_path / "page.txt", "Skip to main content\n\nMIKTA – Mexico, Indonesia, the Republic of Korea, Türkiye, Australia\n\n"
                 "6th MIKTA Foreign Ministers’ Meeting\n\nJoint Communiqué\n\n\n26 September 2015\n\n"
                 "1. We, the Ministers for Foreign Affairs of the five countries, met today in New York to share views.\n\n"
                 "title=\n\n2. In the session on global issues, we discussed the current events and emerging trends.\n")
    document = ingest(page)
    assert document.title == "6th MIKTA Foreign Ministers’ Meeting"
    assert body(document)[1] == "Joint Communiqué" and "title=" not in body(document)


def test_a_headline_run_on_after_its_breadcrumb_gives_way_to_the_headline(tmp_path):
    page = write(tmp_path / "page.txt", "spot_img\n\nHomeWorld NewsPanama - Korea sign a grant aid agreement in Seoul\n\n"
                 "Panama – Korea sign a grant aid agreement in Seoul\n\nBy Press Office\n\n"
                 "PANAMA CITY – The two governments signed a framework agreement on grant aid this week in Seoul.\n\n"
                 "The agreement covers training programmes, experts and equipment for the coming years.\n\nspot_img\n"
                 "RELATED ARTICLES\n")
    document = ingest(page)
    assert document.title == "Panama – Korea sign a grant aid agreement in Seoul"
    assert not any("Home" in text or "spot_img" in text for text in body(document))


def test_the_last_story_of_a_ranked_list_over_the_headline_is_not_the_title(tmp_path):
    ranked = "".join(f"{rank}\nOther story number {rank} about something else entirely\n-\n" for rank in range(1, 9))
    page = write(tmp_path / "page.txt", "Most Popular\n-\n" + ranked + "9\nPacific island leaders arrive in Seoul for the first summit\n"
                 "Minister meets five Pacific leaders ahead of the summit\nPublished : June 3, 2024 - 19:07\n"
                 "The minister held a series of meetings with leaders of five Pacific island states on Monday.\n"
                 "The leaders came to attend the first summit of its kind, to be held on Tuesday.\n")
    document = ingest(page)
    assert document.title == "Minister meets five Pacific leaders ahead of the summit"
    assert "arrive in Seoul" not in " ".join(body(document))


def test_link_descriptions_and_a_labelled_title_and_date(tmp_path):
    page = write(tmp_path / "page.txt", "Síguenos\n\nLogo de YouTube, lleva al canal de la agencia Logo de X, lleva a la cuenta de la agencia\n\n"
                 "Logo del Ministerio, lleva a la página del ministerio, se abre en otra pestaña\n\n"
                 "Dos agencias de cooperación refuerzan su alianza\n\n"
                 "Título de la noticia Dos agencias de cooperación refuerzan su alianza en materia financiera\n\n"
                 "Fecha de publicación de la noticia 20/09/2022 - 00:00\n\n"
                 "El director de la agencia firmó ayer un memorando de entendimiento con su homólogo francés.\n")
    document = ingest(page)
    assert document.title.startswith("Título de la noticia")
    assert document.date == "2022-09-20"
    assert not any(text.startswith(("Logo", "Fecha")) for text in body(document))


def test_bylines_credits_channel_calls_and_outlet_names_inside_the_story(tmp_path):
    page = write(tmp_path / "es.txt", "Delegación participa en un foro regional del Pacífico\n\nÉdité par Ana Pérez\n"
                 "2017-09-04 20:35:13\n\nImagen tomada de internet\n\n"
                 "Apia, 4 sep (RHC) Una delegación encabezada por el director general participa en el foro.\n\n"
                 "Noticias RCN\n\nnoviembre 16 de 2017\n\nUnirse al canal de Whatsapp de Noticias RCN\n\n"
                 "El directivo inició este lunes sus actividades y fue recibido por la secretaria permanente.\n\n"
                 "Delegación en el foro regional (Foto MPPRE)\n(Foto MPPRE)\n")
    kept = body(ingest(page))
    assert kept == ["Delegación participa en un foro regional del Pacífico",
                    "Apia, 4 sep (RHC) Una delegación encabezada por el director general participa en el foro.",
                    "El directivo inició este lunes sus actividades y fue recibido por la secretaria permanente.",
                    "Delegación en el foro regional (Foto MPPRE)"]
    assert find_date("Publicado noviembre 16 de 2017") == "2017-11-16"
    korean = write(tmp_path / "ko.txt", "외교부, 아프리카 정상급 인사와 양자회담\n\n"
                   "사진1_ 탄자니아 대통령 면담 사진\n4일 오후 열린 양자회담에서 양측이 협력 방안을 논의하고 있다.\n"
                   "사진2_코모로 대통령 면담 단체사진\n4일 오후 열린 양자회담에서 참석자들이 기념촬영을 하고 있다.\n\n"
                   "외교부는 4일 아프리카 정상급 인사들과 연쇄 양자회담을 열고 개발협력 방안을 논의했다.\n\nSBS 뉴스\n")
    assert not any(text.startswith("사진") or text == "SBS 뉴스" for text in body(ingest(korean)))


def test_another_story_s_title_over_the_headline_and_the_story_s_signatures(tmp_path):
    page = write(tmp_path / "en.txt", "Skip Menu\n\n  • Print\n  • facebook\nParts and materials technology development\n"
                 "Korea and Panama conclude trade talks in Seoul 2023-09-05\n\n"
                 "Korea's trade minister held talks with Panama's minister of commerce on concluding the negotiations.\n\n"
                 "Both sides agreed to open most of their markets once the agreement takes effect.\n\n"
                 "Ana Ruiz.\n\nImages: Luis Soto.\n")
    document = ingest(page)
    assert document.title == "Korea and Panama conclude trade talks in Seoul 2023-09-05"
    assert body(document)[-1].startswith("Both sides")


def test_a_machine_summary_a_picture_s_title_printed_twice_and_the_headline_as_alt_text(tmp_path):
    page = write(tmp_path / "ko.txt", "한-콜롬비아, 고위정책협의회 개최…팬데믹 이후 4년 만에 열려\n\n2024-08-12 16:49\n"
                 "  • * AI기술로 자동 요약된 내용입니다. 전체 맥락과 내용을 이해하기 위해서는 기사 본문 전체를 보시길 권장합니다\n\n"
                 "    한국과 콜롬비아가 정책협의회를 열어 양국 관계를 점검했다.\n\n    양측은 협력 확대에 뜻을 모았다.\n\n"
                 "  • 글자크기 설정\n\n한-콜롬비아 정책협의회\n한-콜롬비아 정책협의회\n\n"
                 "한-콜롬비아, 고위정책협의회 개최…팬데믹 이후 4년 만에 열려 - ảnh 1\n"
                 "외교부는 12일 서울에서 한국과 콜롬비아가 제4차 고위정책협의회를 열어 양국 관계를 점검했다고 밝혔다.\n\n"
                 "양측은 기후변화와 에너지 분야의 협력 확대에 뜻을 모았다고 외교부는 덧붙였다.\n")
    kept = body(ingest(page))
    assert kept == ["한-콜롬비아, 고위정책협의회 개최…팬데믹 이후 4년 만에 열려",
                    "외교부는 12일 서울에서 한국과 콜롬비아가 제4차 고위정책협의회를 열어 양국 관계를 점검했다고 밝혔다.",
                    "양측은 기후변화와 에너지 분야의 협력 확대에 뜻을 모았다고 외교부는 덧붙였다."]


def test_a_headline_over_its_newsroom_byline_and_a_galician_date(tmp_path):
    page = write(tmp_path / "es.txt", "España convoca al embajador de un país asiático y reduce su legación\n\n"
                 "ana pérez REDACCIÓN / EL DIARIO\n\nACTUALIDAD\n\n"
                 "La medida responde al lanzamiento de un misil el pasado martes y a las pruebas nucleares\n\n"
                 "xoves 14 xuño 2018\n\n"
                 "En consonancia con la decisión del Consejo de Seguridad, el Gobierno ha convocado al embajador.\n")
    document = ingest(page)
    assert document.title.startswith("España convoca")
    assert document.date == "2018-06-14"
    assert not any("REDACCIÓN" in text or text == "ACTUALIDAD" for text in body(document))


def test_an_office_s_name_over_the_headline_and_the_page_s_credits_notices_and_buttons(tmp_path):
    page = write(tmp_path / "en.txt", "Regional Cooperation Directorate (RCD-DAC)\n\n"
                 "Development Committee welcomes a new member from Asia\n\n"
                 "On 25 November, the committee welcomed its newest member after a review of its aid policies.\n\n"
                 "The new member pledged to raise its aid budget over the next five years.\n\n"
                 "You must be logged in to post a comment Login\n")
    document = ingest(page)
    assert document.title == "Development Committee welcomes a new member from Asia"
    assert body(document)[-1].startswith("The new member")
    spanish = write(tmp_path / "es.txt", "El ministro recibe al secretario general de la organización\n\n"
                    "El ministro ha recibido esta mañana al secretario general en el palacio de Santa Cruz.\n\n"
                    "Texto y fotografías: Ana María Pérez Gómez\n\n"
                    "Puede consultar las imágenes del acto aquíSe abre en ventana nueva.\n\n"
                    "Ambos repasaron la cooperación en materia de desarrollo y de comercio.\n\n"
                    "Este sitio web utiliza cookies propias y de terceros para su funcionamiento\n")
    assert body(ingest(spanish)) == ["El ministro recibe al secretario general de la organización",
                                     "El ministro ha recibido esta mañana al secretario general en el palacio de Santa Cruz.",
                                     "Ambos repasaron la cooperación en materia de desarrollo y de comercio."]
    korean = write(tmp_path / "ko.txt", "대통령 국빈 방한 카드뉴스\n\n코스타리카는 1848년 공화국을 선포한 민주주의 국가이다.\n"
                   "이전 다음\n코스타리카는 국토의 25%가 국립공원 혹은 보존지역인 환경보호 선도국이다.\n")
    assert "이전 다음" not in body(ingest(korean))


def test_paywalls_machine_published_wires_a_place_and_dash_and_source_brackets(tmp_path):
    page = write(tmp_path / "es.txt", "Has elegido la edición de . Verás las noticias de esta portada en el módulo de ediciones locales.\n"
                 "Noticia de agencia\n\nNoticia servida automáticamente por la Agencia EFE\n\n"
                 "Esta información es un teletipo de la Agencia EFE y se publica en nuestra web de manera automática.\n\n"
                 "La Unión Europea y un socio asiático celebran medio siglo de relaciones\n\nEFE\n\nBruselas —\n\n"
                 "La Unión Europea y su socio celebrarán en la próxima cumbre sus cincuenta años de relaciones.\n\n"
                 "Para participar en la conversación,\ninicie sesión o regístrese.\n")
    document = ingest(page)
    assert body(document) == ["La Unión Europea y un socio asiático celebran medio siglo de relaciones", "Bruselas —",
                              "La Unión Europea y su socio celebrarán en la próxima cumbre sus cincuenta años de relaciones."]
    paywall = write(tmp_path / "paywall.txt", "Contenido Exclusivo La nota a la que intentas acceder es exclusiva para suscriptores\n\n"
                    "y disfrutá del diario sin límites. Ingresar Si ya sos suscriptor podés\n\ningresar con tu usuario y contraseña.\n\n"
                    "El primer ministro visitará el país el miércoles y jueves de la próxima semana, informó la cancillería.\n\n"
                    "Durante la visita se reunirá con el presidente y con empresarios de ambos países.\n")
    assert body(ingest(paywall))[0].startswith("El primer ministro")
    korean = write(tmp_path / "ko.txt", "외교부, 가입 25주년 기념 세미나 개최\n\n외교부는 25일 서울에서 가입 25주년을 기념하는 세미나를 개최하였다.\n\n"
                   "이번 세미나에는 정부와 학계 인사 100여 명이 참석하였다.\n\n[보도자료출처: 외교부]\n")
    assert "[보도자료출처: 외교부]" not in body(ingest(korean))
    english = write(tmp_path / "en.txt", "Foreign ministers discuss regional situation in a phone call\n\n"
                    "By JT - Sep 07,2022 - Last updated at Sep 07,2022\n\n"
                    "AMMAN — The foreign minister on Wednesday discussed the regional situation with his counterpart.\n\n"
                    "The two ministers agreed to keep coordinating on regional issues.\n\n«  Back\n")
    document = ingest(english)
    assert document.date == "2022-09-07" and not any(text.startswith(("By JT", "«")) for text in body(document))


def test_a_caption_printed_twice_with_its_reporter_s_credit_is_no_headline(tmp_path):
    page = write(tmp_path / "ko.txt", "외교부, 12월 9일 한-태평양도서국 외교장관회의 개최 [TF사진관\n  • 홍길동 기자\n"
                 "  • 입력: 2025.12.04 14:58 / 수정: 2025.12.04 14:58\n"
                 "외교부 대변인이 4일 오후 서울 외교부에서 정례브리핑을 하고 있다. /홍길동 기자\n"
                 "외교부 대변인이 4일 오후 서울 외교부에서 정례브리핑을 하고 있다. /홍길동 기자\n\n"
                 "[더팩트ㅣ홍길동 기자] 외교부 대변인이 4일 오후 정례브리핑에서 외교장관회의 개최 계획을 밝혔다.\n\n"
                 "회의에는 태평양 도서국 외교장관들이 참석할 예정이다.\n\n"
                 "발로 뛰는 <더팩트>는 24시간 여러분의 제보를 기다립니다.\n· 네이버 메인 더팩트 구독하고 [특종보자→]\n")
    document = ingest(page)
    assert document.title.startswith("외교부, 12월 9일")
    assert body(document)[-1] == "회의에는 태평양 도서국 외교장관들이 참석할 예정이다."


def test_a_caption_credited_to_an_office_in_brackets_is_no_headline(tmp_path):
    page = write(tmp_path / "en.txt", "Back To Top\nWorld\n\n"
                 "Seoul and Pacific island states to hold ministerial talks on ocean policy\n\n"
                 "By Yonhap\nPublished : Mar 3, 2025 - 10:12\n\n"
                 "Banner for the 3rd Korea-Pacific Islands Foreign Ministers' Meeting. (Ministry of Foreign Affairs)\n"
                 "Banner for the 3rd Korea-Pacific Islands Foreign Ministers' Meeting. (Ministry of Foreign Affairs)\n"
                 "South Korea and Pacific island states will hold ministerial talks this week, the ministry said Monday.\n\n"
                 "The talks will cover fisheries, climate finance and maritime safety, officials said.\n")
    document = ingest(page)
    assert document.title == "Seoul and Pacific island states to hold ministerial talks on ocean policy"
    assert body(document)[-1].startswith("The talks will cover")


def test_a_comment_form_s_prompts_end_the_body_in_any_language_of_the_theme(tmp_path):
    page = write(tmp_path / "en.txt", "Two Countries Sign a Visa Agreement\n\n"
                 "The two governments signed an agreement on visas for diplomatic passport holders on Monday.\n\n"
                 "The agreement enters into force thirty days after the exchange of notes.\n\n"
                 "Publicar un comentario\n\nPor favor ingrese su comentario!\nPor favor ingrese su nombre aquí\n")
    assert body(ingest(page))[-1].startswith("The agreement enters into force")
    spanish = write(tmp_path / "es.txt", "Chile abrirá una embajada en Rabat\n"
                    "El gobierno anunció hoy la apertura de una embajada en la capital marroquí el próximo año.\n"
                    "La decisión responde al aumento del comercio entre ambos países en la última década.\n"
                    "No hay comentarios:\nPublicar un comentario\n")
    assert body(ingest(spanish))[-1].startswith("La decisión responde")


def test_a_source_attribution_label_a_bare_home_link_and_a_cut_first_copy_of_a_caption_are_chrome(tmp_path):
    page = write(tmp_path / "en.txt", "Outcome of the Fifth Korea-Andean Dialogue\n\n"
                 "Attribution : Ministry of Foreign Affairs\n\n"
                 "1. The Vice Minister attended the fifth dialogue held in Lima on Tuesday and met his counterparts.\n\n"
                 "2. Both sides agreed to expand cooperation on trade, health and climate change.\n")
    assert not any(text.startswith("Attribution") for text in body(ingest(page)))
    korean = write(tmp_path / "ko.txt", "한국, 내년 안데스 대화 의장국 맡아\n\n"
                   "[지난해 11월 외교부 제1차관이 안데스공동체 사무총장을 서울에서 접견하\n\n"
                   "[지난해 11월 외교부 제1차관이 안데스공동체 사무총장을 서울에서 접견하고 있다 / 사진=외교부]\n\n"
                   "우리나라가 내년 열리는 한-안데스 대화의 의장국으로 선출됐다고 외교부가 밝혔다.\n\n"
                   "이번 대화는 양측 간 협력 확대 방안을 논의하는 자리다.\n\nhome 연합뉴스\n")
    texts = body(ingest(korean))
    assert [text for text in texts if text.startswith("[지난해")] == ["[지난해 11월 외교부 제1차관이 안데스공동체 사무총장을 서울에서 접견하고 있다 / 사진=외교부]"]
    assert texts[-1] == "이번 대화는 양측 간 협력 확대 방안을 논의하는 자리다."


def test_a_photo_credit_before_its_caption_does_not_end_the_text(tmp_path):
    page = write(tmp_path / "es.txt", "El rey recibe al secretario general saliente\n\n"
                 "© Reuters. El rey recibe al secretario general saliente en el palacio\n\n"
                 "Madrid, 3 mar.- El rey ha recibido este lunes al secretario general saliente del organismo.\n\n"
                 "El encuentro se celebró en el Salón de Audiencias del palacio.\n")
    assert body(ingest(page))[-1] == "El encuentro se celebró en el Salón de Audiencias del palacio."


def test_promotions_above_the_headline_and_read_also_links_inside_the_text_are_chrome(tmp_path):
    page = write(tmp_path / "en.txt", "Click to See the Ten Best Ports of the Region in 2025: What Investors Should Know Before Expanding\n"
                 "Peru Opens Trade Talks with the Philippines\n- Hits: 812\n"
                 "The Minister of Foreign Trade received her Philippine counterpart in Lima to open negotiations.\n"
                 "Both governments expect to hold the first round in the first half of the year.\n")
    document = ingest(page)
    assert document.title == "Peru Opens Trade Talks with the Philippines"
    spanish = write(tmp_path / "es.txt", "El canciller recibió en el aeropuerto al primer ministro de Vietnam y a su delegación oficial.\n"
                    "También puedes leer: Declaran alerta por lluvias en tres provincias del país\n"
                    "Durante su visita, el primer ministro se reunirá con el presidente y con empresarios de ambos países.\n"
                    "Es la primera visita oficial de un jefe de gobierno vietnamita en veinte años.\n")
    assert not any(text.startswith("También puedes leer") for text in body(ingest(spanish)))


def test_a_story_s_labels_signed_by_the_newsroom_are_no_headline(tmp_path):
    page = write(tmp_path / "es.txt", "Agencias de Noticias EFE, Últimas Noticias, Redacción\n"
                 "Lima, 3 de marzo (EFE) — Perú y Filipinas iniciaron este lunes la primera ronda de negociaciones comerciales.\n"
                 "Las dos partes se reunirán durante cinco días en la capital peruana para discutir el acuerdo.\n")
    document = ingest(page)
    assert document.title is None and body(document)[0].startswith("Lima, 3 de marzo")


def test_a_glued_breadcrumb_cut_short_over_the_headline_is_chrome(tmp_path):
    page = write(tmp_path / "en.txt", "HomeFijiKorea to fund climate resilience projects in Fiji over the next five...\n\n"
                 "Korea to fund climate resilience projects in Fiji over the next five years – MFA – Fiji\n\n"
                 "The Minister of Foreign Affairs held talks with the Korean ambassador on the funding this week.\n"
                 "The projects will cover coastal protection and early warning systems across the islands.\n")
    document = ingest(page)
    assert document.title.startswith("Korea to fund climate resilience projects") and not body(document)[0].startswith("Home")


def test_a_headline_dated_in_brackets_over_a_board_s_fields_is_the_title(tmp_path):
    page = write(tmp_path / "ko.txt", "외교부\n\n제80차 유엔총회 참석 계기, 뉴욕 동포간담회 장관 인사말(2025. 9. 23.)\n\n페이지 정보\n\n"
                 "작성자 관리자 댓글 0건 조회 57회 작성일 25-09-24 10:02\n\n본문\n\n"
                 "유엔총회 참석을 위해 뉴욕을 방문한 장관은 동포 간담회에서 인사말을 하였다.\n\n"
                 "장관은 동포 사회의 지원에 감사를 표하고 정부의 재외동포 정책을 설명하였다.\n\nAdd new comment\n")
    document = ingest(page)
    assert document.title == "제80차 유엔총회 참석 계기, 뉴욕 동포간담회 장관 인사말(2025. 9. 23.)"
    assert body(document)[1:] == ["유엔총회 참석을 위해 뉴욕을 방문한 장관은 동포 간담회에서 인사말을 하였다.",
                                  "장관은 동포 사회의 지원에 감사를 표하고 정부의 재외동포 정책을 설명하였다."]


def test_a_blog_s_comment_form_and_source_link_in_korean_and_a_section_s_most_read_in_spanish_are_chrome(tmp_path):
    korean = write(tmp_path / "ko.txt", "[2026-02-03]외교부 장관, 국제협력단 업무보고 받아(보도자료)\n\n"
                   "외교부 장관은 2월 2일 국제협력단 이사장으로부터 올해 업무계획을 보고받았다.\n\n"
                   "장관은 전략적 개발협력 추진의 중요성을 강조하였다.\n\n\n🔗 원문 보기\n\n답글 남기기\n\n"
                   "이메일 주소는 공개되지 않습니다. 필수 필드는 *로 표시됩니다\n")
    assert body(ingest(korean))[-1] == "장관은 전략적 개발협력 추진의 중요성을 강조하였다."
    spanish = write(tmp_path / "es.txt", "La Asamblea General abre su periodo de sesiones\n\n"
                    "Naciones Unidas, (EFE).- El nuevo periodo de sesiones de la Asamblea General comenzó hoy en Nueva York.\n\n"
                    "Se prevé que este martes tomen la palabra los primeros jefes de Estado.\n\n"
                    "Posted in Internacionales\n\nMás de mundo\n\nMás leídas de mundo\n\nLas Más leídas\n")
    assert body(ingest(spanish))[-1] == "Se prevé que este martes tomen la palabra los primeros jefes de Estado."
    english = write(tmp_path / "en.txt", "Presidents Meet in Abu Dhabi\n\n"
                    "The two presidents met in Abu Dhabi on Tuesday and signed thirteen memorandums of understanding.\n\n"
                    "The leaders agreed to expand cooperation in energy, defence and technology.\n\n \n\nShow More\n\nRelated Articles\n")
    assert body(ingest(english))[-1] == "The leaders agreed to expand cooperation in energy, defence and technology."


def test_a_notification_counter_a_source_label_alone_and_a_comments_link_are_chrome(tmp_path):
    page = write(tmp_path / "es.txt", "Portada\nNacional\n\nEl presidente del Gobierno recibe a la directora del organismo\n\n"
                 "El presidente del Gobierno ha recibido este lunes en Moncloa a la directora general del organismo.\n\n"
                 "Ambos han repasado los preparativos de la próxima reunión ministerial en París.\n\nOrigen\n")
    assert body(ingest(page))[-1] == "Ambos han repasado los preparativos de la próxima reunión ministerial en París."
    assert shapes.is_chrome("Notifications (3)") and shapes.ends_body("Ver los comentarios")


def test_a_spaced_breadcrumb_opened_by_the_home_link_and_run_into_the_cut_headline_is_chrome(tmp_path):
    page = write(tmp_path / "es.txt", "Inicio Asia Japón El ministro de Exteriores japonés inicia una gira por tres países de...\n\n"
                 "El ministro de Exteriores japonés inicia una gira por tres países de América Central\n\n"
                 "Tokio, 3 de marzo (Kyodo) — El ministro de Exteriores comenzó este lunes una gira por la región.\n\n"
                 "El ministro se reunirá con sus homólogos de Guatemala, Honduras y Panamá.\n")
    document = ingest(page)
    assert document.title == "El ministro de Exteriores japonés inicia una gira por tres países de América Central"
    assert not body(document)[0].startswith("Inicio")


def test_a_teaser_cut_with_an_ellipsis_over_the_headline_and_a_source_link_label_are_chrome(tmp_path):
    page = write(tmp_path / "en.txt", "Korea reviews ways to protect its nationals abroad\n\n"
                 "By Wire | Updated: March 3, 2025 10:12 IST\n\n"
                 "Seoul, March 3 The foreign ministry said Monday that it has reviewed ways to protect its ...\n\n"
                 "Korea reviews ways to protect its nationals abroad\n\n"
                 "Seoul, March 3 The foreign ministry said Monday that it has reviewed ways to protect its nationals abroad.\n\n"
                 "The review came at a meeting presided over by the vice minister.\n\n\n\nSource link\n")
    texts = body(ingest(page))
    assert not any(text.endswith("its ...") for text in texts) and texts[-1].startswith("The review came")


def test_a_ticker_of_other_stories_headlines_is_no_prose(tmp_path):
    page = write(tmp_path / "en.txt", "Off the wire\n"
                 "Parliament speaker meets visiting lawmakers  • Feature: Farmers object to new water rules  "
                 "• Port city holds dialogue on economic challenges  • Heavy rain floods two villages in the north\n"
                 "You are here:   Home\n\n"
                 "President lands in Nairobi for three-day state visit\n\n"
                 "The president arrived Monday in Nairobi for a three-day state visit to discuss trade and health.\n\n"
                 "She will meet the Kenyan president and address a business forum on Wednesday.\n")
    document = ingest(page)
    assert document.title == "President lands in Nairobi for three-day state visit"
    assert not shapes.is_ticker("양국은 정치 · 경제 · 사회 분야에서 협력하기로 했다.")  # a list inside a sentence


def test_a_sentence_over_the_release_s_date_alone_is_its_headline(tmp_path):
    page = write(tmp_path / "en.txt", "Remarks by the Minister of Trade at the reception marking the national day of the Republic of Chile.\n\n"
                 "18 September 2019\n\nGood evening.\n\nIt is a pleasure to join you in marking this day with our friends from Chile.\n")
    document = ingest(page)
    assert document.title.startswith("Remarks by the Minister of Trade") and document.date == "2019-09-18"


def test_a_reading_wall_ends_the_text_and_nothing_under_it_is_the_story_s(tmp_path):
    page = write(tmp_path / "es.txt", "El canciller viaja a Tokio\n\n"
                 "El canciller viajó este lunes a Tokio para reunirse con su homólogo japonés.\n\n"
                 "La visita durará tres días e incluye un foro empresarial.\n\n"
                 "Register for free to continue reading\n\nRegistration is a free and easy way to support our journalism\n\n"
                 "Already have an account? sign in\n")
    assert body(ingest(page))[-1] == "La visita durará tres días e incluye un foro empresarial."


def test_an_agency_s_photo_credit_makes_a_caption_and_the_dateline_paragraph_is_no_headline(tmp_path):
    page = write(tmp_path / "es.txt", "La canciller de Chile, Ana Soto. EFE/ Pedro Ruiz/Archivo\n\n"
                 "Santiago, 4 mar (EFE).- Chile firmará un acuerdo de cooperación con Corea del Sur, informó este lunes la canciller.\n\n"
                 "El acuerdo, que cubre energía y minería, será firmado en Seúl el próximo mes por ambos gobiernos.\n")
    assert ingest(page).title is None


def test_a_rating_widget_and_a_comment_login_under_the_story_are_chrome(tmp_path):
    page = write(tmp_path / "en.txt", "Print this page\n\nMinister visits the port of Busan to review new trade routes\n\n"
                 "The minister toured the port on Tuesday and met shipping executives.\n\n"
                 "Talks covered new routes to Latin America and the Gulf.\n\nRate this item\n(0 votes)\nLogin to post comments\n")
    assert body(ingest(page))[-1] == "Talks covered new routes to Latin America and the Gulf."


def test_an_archive_s_note_on_the_site_and_a_clipboard_notice_are_no_text(tmp_path):
    page = write(tmp_path / "ko.txt", "이 웹사이트는 대통령 임기 종료에 따라 기록관이 이관받아 서비스하는 대통령기록물입니다. 자료의 열람만 가능합니다.\n"
                 "다만, 개인정보 보호를 원하시는 분은 웹기록물 담당자에게 요청해 주시면 조치해 드리겠습니다.\n"
                 "대통령은 오늘 청와대에서 칠레 대통령과 정상회담을 가졌습니다.\n양 정상은 교역 확대 방안을 논의했습니다.\n")
    assert body(ingest(page))[0] == "대통령은 오늘 청와대에서 칠레 대통령과 정상회담을 가졌습니다."
    page = write(tmp_path / "es.txt", "Marruecos\nEl ministro viajará a Rabat la próxima semana\nEl texto se ha copiado correctamente en el portapapeles\n"
                 "El ministro de Asuntos Exteriores viajará a Rabat la próxima semana para preparar la cumbre bilateral.\n"
                 "Ambos gobiernos quieren cerrar una nueva hoja de ruta antes del verano.\n")
    assert "portapapeles" not in " ".join(body(ingest(page)))


def test_a_summary_under_dashes_heads_no_page(tmp_path):
    page = write(tmp_path / "ko.txt", "- 양국 간 교역·투자 확대 방안 논의\n- 공동성명 채택 및 양해각서 3건 서명\n"
                 "대통령은 오늘 청와대에서 칠레 대통령과 정상회담을 갖고 교역 확대 방안을 논의했습니다.\n양 정상은 공동성명을 채택했습니다.\n")
    assert ingest(page).title is None


def test_a_caption_printed_again_with_its_credit_keeps_the_credited_copy(tmp_path):
    page = write(tmp_path / "en.txt", "Chile and Korea review trade ties\n\n"
                 "The two presidents met on Friday at the palace to review trade and investment ties.\n\n"
                 "Chilean President Ana Soto (right) and Korean Prime Minister Kim Min-ho (left).\n"
                 "Chilean President Ana Soto (right) and Korean Prime Minister Kim Min-ho (left). (Photo: internet reproduction)\n\n"
                 "They agreed to open talks on a new mining agreement before the end of the year.\n")
    texts = body(ingest(page))
    assert [text for text in texts if text.startswith("Chilean President")] == [
        "Chilean President Ana Soto (right) and Korean Prime Minister Kim Min-ho (left). (Photo: internet reproduction)"]


def test_widgets_empty_or_loading_a_newsletter_box_and_a_first_comment_prompt_are_chrome(tmp_path):
    page = write(tmp_path / "en.txt", "No menu items!\n\nGhana and Korea mark fifty years of ties\n\n"
                 "The ambassador hosted a reception in Accra on Thursday to mark the anniversary.\n\n"
                 "Guests included ministers, diplomats and business leaders.\n\nBe the first to comment\n\n"
                 "Close Sign up for free Example Newsletters Get the latest in regional news delivered straight to your inbox Top Headlines\n\n"
                 "loading\n")
    document = ingest(page)
    assert document.title == "Ghana and Korea mark fifty years of ties"
    assert body(document)[-1] == "Guests included ministers, diplomats and business leaders."


def test_the_page_s_title_with_its_date_then_the_headline_keeps_the_headline(tmp_path):
    page = write(tmp_path / "en.txt", "Chile – Meeting between the Minister and her counterpart (06 Jun 22)\n\n\n\n"
                 "Chile – Meeting between the Minister and her counterpart\n\n6 June 2022\n\n"
                 "The Minister received her Chilean counterpart in Paris on Monday to discuss trade.\n\n"
                 "They agreed to meet again in Santiago in the autumn.\n")
    document = ingest(page)
    assert document.title == "Chile – Meeting between the Minister and her counterpart"
    assert not any(text.endswith("(06 Jun 22)") for text in body(document))


def test_a_press_pool_s_photo_credit_in_brackets_makes_a_caption(tmp_path):
    page = write(tmp_path / "es.txt", "(AMPLIACIÓN) El presidente se reunirá con sus homólogos en la cumbre regional de Asia\n\n"
                 "Últimas noticias 10/11/2022 19:35\n"
                 "El presidente llega a la oficina presidencial, en Seúl. (Foto del cuerpo de prensa. Prohibida su reventa y archivo)\n\n"
                 "El presidente llega a la oficina presidencial, en Seúl. (Foto del cuerpo de prensa. Prohibida su reventa y archivo)\n\n"
                 "Seúl, 10 de noviembre (Yonhap) -- El presidente viajará la próxima semana a Camboya e Indonesia.\n\n"
                 "Allí se reunirá con los líderes de la región.\n")
    assert ingest(page).title.startswith("(AMPLIACIÓN) El presidente se reunirá")


def test_a_headline_and_its_bulleted_summary_over_an_empty_byline_head_the_page(tmp_path):
    page = write(tmp_path / "es.txt", "Enlaces accesibilidad\n\nViaje del ministro de Exteriores a Asia: una semana de reuniones\n\n"
                 "  • El ministro culmina una visita de tres días a Japón y Corea\n"
                 "  • El comercio y la seguridad, claves de los encuentros con las autoridades\n\nPor\n"
                 "El ministro español realiza una gira diplomática por Asia oriental\n\n"
                 "Son semanas de preparación para cuadrar agendas a miles de kilómetros de distancia, dijo el ministro.\n\n"
                 "El primer acto fue un desayuno con empresarios en Tokio.\n")
    document = ingest(page)
    assert document.title == "Viaje del ministro de Exteriores a Asia: una semana de reuniones"
    assert len([text for text in body(document) if text.lstrip().startswith("•")]) == 2


def test_a_thumbnail_label_of_the_headline_and_a_korean_login_prompt_are_chrome(tmp_path):
    page = write(tmp_path / "ko.txt", "공유하기\n\n\"한-칠레 정상회담, 교역 확대의 계기 될 것\"\n\n2024.06.04\n"
                 "\"한-칠레 정상회담, 교역 확대의 계기 될 것\" 썸네일\n\n"
                 "대통령은 오늘 칠레 대통령과 정상회담을 갖고 교역 확대 방안을 논의했습니다.\n\n"
                 "양 정상은 공동성명을 채택했습니다.\n로그인 후 이용해 주세요\n")
    document = ingest(page)
    assert document.title == "\"한-칠레 정상회담, 교역 확대의 계기 될 것\""
    assert body(document)[-1] == "양 정상은 공동성명을 채택했습니다."


def test_a_caption_credited_to_two_agencies_and_a_photographer_heads_no_page(tmp_path):
    page = write(tmp_path / "es.txt", "Publicidad\n\n"
                 "Lima, 3 mar (EFE).- El canciller peruano recibió este lunes a su homólogo coreano en el Palacio de Torre Tagle.\n\n"
                 "El canciller peruano (D) y su homólogo coreano (I). EFE/EPA/ANA ROJAS\n\n"
                 "Ambos ministros firmaron un memorando sobre cooperación consular y turismo.\n")
    assert ingest(page).title is None


def test_a_caption_printed_twice_in_a_row_keeps_the_copy_nearer_the_text_even_spaced_otherwise(tmp_path):
    caption = ("대통령이 17일(현지시간) 정상과 회담하고 있다. 2025.6.19/통신{}Copyright © 통신. 무단 전재 금지. "
               "/사진=(서울=통신) 기자")
    page = write(tmp_path / "ko.txt", "대통령, 다음 주 국빈 방한\n\n기자 이름\n2026.02.12 12:00\n\n"
                 + caption.format("  ") + "\n" + caption.format(" ") + "\n\n"
                 "대통령이 다음 주 국빈으로 방한해 정상회담을 갖는다고 청와대가 12일 밝혔다.\n\n"
                 "양국 정상은 회담 뒤 공동성명을 발표할 예정이다.\n")
    document = ingest(page)
    copies = [text for text in body(document) if text.startswith("대통령이 17일")]
    assert copies == [caption.format(" ")]


def test_a_lead_under_a_marked_caption_is_no_headline(tmp_path):
    lead = "5개국 외교장관은 13일 멕시코시티에서 제2차 외교장관회의를 갖고 공동성명을 14일(현지시간) 발표했다."
    page = write(tmp_path / "ko.txt", "▲ 회의에 참석한 5개국 외교장관들이 기념 촬영을 하고 있다. 왼쪽부터 각국 외교장관. [사진제공 - 외교부]\n"
                 f"{lead}\n\n외교부는 이번 회의에서 협력 방안을 논의했다고 밝혔다. "
                 "장관들은 다음 회의를 내년에 열기로 합의했으며 차기 의장국도 만장일치로 정했다.\n")
    assert ingest(page).title is None


def test_a_short_headline_between_the_release_number_and_its_date_heads_the_release(tmp_path):
    page = write(tmp_path / "es.txt", "Este sitio utiliza cookies propias y de terceros. Más información en la política de cookies.\n\n"
                 "Menú\n\nNOTA DE PRENSA 041\n\nConsultas bilaterales España-Perú\n\n3 de marzo de 2019\n\n"
                 "El ministro de Asuntos Exteriores ha recibido hoy al viceministro peruano en Madrid para pasar revista a la relación.\n\n"
                 "Ambos acordaron celebrar la próxima ronda de consultas en Lima.\n")
    document = ingest(page)
    assert document.title == "Consultas bilaterales España-Perú"
    assert document.date == "2019-03-03"


def test_a_site_switcher_and_a_like_button_under_the_story_are_chrome(tmp_path):
    page = write(tmp_path / "en.txt", "The Centre co-organized a forum on the country's thirty years as a member of the United Nations.\n\n"
                 "Panels discussed development finance and the role of middle powers.\n\n"
                 "Example Around the world\n\nYou are at Example Seoul policy centre\nGo to Example Global\n")
    assert body(ingest(page))[-1] == "Panels discussed development finance and the role of middle powers."
    page = write(tmp_path / "ko.txt", "[신문=기자] 외교부는 영사협력원을 늘려 재외국민 보호를 강화한다고 밝혔다.\n"
                 "이 기사 좋아요\n<저작권자 ⓒ 신문 무단전재 및 재배포 금지>\n댓글\n|\n많이 본 기사\n")
    assert body(ingest(page)) == ["[신문=기자] 외교부는 영사협력원을 늘려 재외국민 보호를 강화한다고 밝혔다."]


def test_a_font_size_button_among_the_article_tools_is_chrome(tmp_path):
    tools = "".join(f"  • {tool}\n" for tool in ("페이스북으로 보내기", "기사내용 프린트", "기사 스크랩", "기사 내용 글자 크게",
                                                  "기사 내용 글자 작게"))
    page = write(tmp_path / "ko.txt", "대표부 개소.. 본격 활동\n\n기사입력 2012.10.29 20:23\n댓글 0\n" + tools +
                 "대표부가 29일 시내에 사무소를 열고 본격 활동을 시작했다.\n\n대사는 기자회견에서 협력 확대를 약속했다.\n")
    document = ingest(page)
    assert document.title == "대표부 개소.. 본격 활동"
    assert not any("글자" in text for text in body(document))


def test_a_headline_above_the_comment_prompt_and_the_copy_link_notice_is_the_title(tmp_path):
    page = write(tmp_path / "page.txt", "본문 바로가기\n\n오늘의 외교 소식\n\n외교부, 중미 3개국 대사와 보건 협력 논의\n\n"
                 "댓글 첫 댓글을 작성해보세요\n주소복사가 완료되었습니다\n\n화상으로 열린 대사 회의\n\n"
                 "[서울=한빛통신] 외교부는 14일 중미 3개국 주재 대사들과 화상회의를 열고 보건 협력 방안을 논의했다고 밝혔다.\n")
    document = ingest(page)
    assert document.title == "외교부, 중미 3개국 대사와 보건 협력 논의"
    assert body(document)[:2] == ["외교부, 중미 3개국 대사와 보건 협력 논의", "화상으로 열린 대사 회의"]


def test_a_last_line_cut_short_mid_clause_stays_under_a_photo_credit(tmp_path):
    text = "장관은 이날 회의에서 양국의 협력이 더욱 깊어지기를 기대한다고 말했다."
    headline = "한-중미 외교장관회의 서울서 개최…보건 협력 방안 논의"
    page = write(tmp_path / "page.txt", f"{headline}\n\n{text}\n\n(사진=외교부)\n\n\n우리측은 이번 회의")
    assert body(ingest(page)) == [headline, text, "우리측은 이번 회의"]


def test_a_publisher_s_standard_statement_under_its_heading_is_not_body(tmp_path):
    text = "The ministers met in Geneva on Monday to discuss the regional health programme."
    for heading, statement in (("About the Regional Health Fund", "The Regional Health Fund works in forty countries"),
                               ("외교부 개요", "외교부는 세계 각국과의")):
        page = write(tmp_path / "page.txt", f"Ministers Meet in Geneva\n\n{text}\n\n{heading}\n{statement}")
        assert body(ingest(page)) == ["Ministers Meet in Geneva", text]


def test_a_reporter_s_bracketed_byline_with_the_photo_credit_is_not_body(tmp_path):
    text = "대사는 이날 대통령궁에서 대통령에게 신임장을 제정하고 양국 관계 발전에 노력하겠다고 말했다."
    page = write(tmp_path / "page.txt", f"신임 대사 신임장 제정\n\n{text}\n\n【김 하 늘 기자】 (사진: 대통령실 제공)")
    assert body(ingest(page)) == ["신임 대사 신임장 제정", text]


def test_a_short_caption_printed_again_with_its_credit_is_kept_once_the_credited_copy(tmp_path):
    text = "Los Reyes llegan este martes a Tokio para una visita de Estado de cuatro días con una agenda económica."
    page = write(tmp_path / "page.txt", "Tamaño letra\n\nLos Reyes inician una visita a Japón\n\n"
                 f"El Rey y la Reina.\nEl Rey y la Reina. AgenciaFoto\n\n{text}\n")
    assert body(ingest(page)) == ["Los Reyes inician una visita a Japón", "El Rey y la Reina. AgenciaFoto", text]


def test_a_caption_credited_to_a_newspaper_s_photographer_is_no_headline(tmp_path):
    caption = "The ambassador speaks at a reception for the national day in Seoul, Oct. 10. / Daily Star photo by Ana Ruiz"
    text = "Serving in Korea for a second time, the ambassador has seen trade between the two countries grow."
    page = write(tmp_path / "page.txt", f"font-size\n\nSpain, Korea ready for a year of friendship\n\n  • Facebook share button\n"
                 f"  • Mail share button\n\n{caption}\n{caption}\n\nBy Ana Ruiz\n\n{text}\n")
    document = ingest(page)
    assert document.title == "Spain, Korea ready for a year of friendship"
    assert body(document) == ["Spain, Korea ready for a year of friendship", caption, text]


def test_a_release_s_minister_and_media_contacts_above_the_text_are_not_body(tmp_path):
    text = "1. On 3 May, the foreign and defence ministers of the two countries met in Canberra for their annual talks."
    page = write(tmp_path / "page.txt", "Korea-Australia Foreign and Defence Ministers' Meeting\n\nRelease details\n\n"
                 "Related ministers and contacts\n\nSenator the Hon Ana Ruiz\n\nMinister for Defence\n\nMedia contact\n"
                 "  • Luis Soto (Minister Ruiz’s office) 0412 345 678\n  • Defence Media (02) 6100 1000\n\n"
                 f"Release content\n\n3 May 2017\n\n\n{text}\n")
    document = ingest(page)
    assert document.title == "Korea-Australia Foreign and Defence Ministers' Meeting"
    assert body(document) == ["Korea-Australia Foreign and Defence Ministers' Meeting", text]


def test_the_place_and_date_above_the_headline_stay_in_the_body(tmp_path):
    text = "The second summit between the two partners took place in Lima on 2 April 2014, with both leaders present."
    page = write(tmp_path / "page.txt", "Navigation path\n\nAdditional tools\n\n\nLima, 2 April 2014\n\n"
                 f"Peru-Korea Summit - Joint Press Statement\n\n{text}\n")
    document = ingest(page)
    assert document.title == "Peru-Korea Summit - Joint Press Statement"
    assert body(document) == ["Lima, 2 April 2014", "Peru-Korea Summit - Joint Press Statement", text]


def test_a_related_stories_heading_whose_links_were_lost_does_not_end_the_story(tmp_path):
    lines = ["장관은 이날 상대국 외교장관과 전화 통화를 하고 양국 간 에너지 협력 방안을 논의했다.",
             "외교부에 따르면 장관은 상대국이 우리의 최대 원유 공급국이라며 협력 확대를 당부했다.",
             "이어 양국이 전략 동반자로서 상호 호혜적인 협력을 심화하기를 희망한다고 말했다.",
             "이에 상대국 장관은 고위급 교류를 계속 확대해 나가자고 답했다."]
    page = write(tmp_path / "page.txt", "정치\n\n장관, 상대국 외교장관과 통화…\"에너지 협력 확대\"\n\n"
                 f"{lines[0]}\n\n관련기사\n\n\n\n" + "\n\n".join(lines[1:]) + "\n\n\n김하늘 기자\n")
    assert body(ingest(page))[1:] == lines


def test_korean_captions_credited_after_their_sentence_are_no_headline_and_an_image_stub_is_not_body(tmp_path):
    caption = "차관이 4일 청사에서 열린 전략대화에서 상대국 차관의 발언을 듣고 있다. [한빛통신]"
    text = "외교부 제1차관은 4일 오전 청사에서 상대국 외교차관과 제1차 전략대화를 열고 협력 방안을 논의했다."
    page = write(tmp_path / "page.txt", f"‘한-페루 전략대화’…“양국 관계 발전 방안 논의”\n\n한빛일보\n\n입력\n\n"
                 f"{caption}\n\n{caption}\n\n{text}\n\n본문이미지\n전 주한 대사. 사진=김하늘 기자\n\n{text[:-1]}고 밝혔다.\n")
    document = ingest(page)
    assert document.title == "‘한-페루 전략대화’…“양국 관계 발전 방안 논의”"
    assert "본문이미지" not in body(document)
    assert "전 주한 대사. 사진=김하늘 기자" in body(document)


def test_a_headline_with_its_photographer_and_agency_run_on_is_the_image_s_and_the_copy_is_the_title(tmp_path):
    headline = "La canciller viaja a Lima este miércoles en plena negociación comercial"
    text = "La ministra de Asuntos Exteriores viaja este miércoles a Lima, donde se reunirá con su homólogo peruano."
    page = write(tmp_path / "page.txt", f"Fundado en 1910\n\n{headline}Ana Ruiz - Agencia Sur\n\n{headline}\n\n{text}\n")
    assert ingest(page).title == headline


def test_a_spanish_skip_link_is_no_headline_and_the_headline_keeps_its_subtitle(tmp_path):
    headline = "La cooperación de Corea con la región va más allá del comercio"
    subtitle = "Dos fondos canalizarán donaciones para programas contra la pobreza y para pequeñas empresas"
    text = "Corea, que acogerá un foro de negocios con la región en octubre, es un socio con un comercio en rápido aumento."
    page = write(tmp_path / "page.txt", f"Pasar al contenido principal\n\n{headline}\n\n{subtitle}\n\n{text}\n\n{text[:-1]} y estable.\n")
    document = ingest(page)
    assert document.title == headline
    assert body(document)[:2] == [headline, subtitle]


def test_a_korean_caption_credited_to_whoever_provided_it_stays_before_the_wire_byline(tmp_path):
    caption = "제3차 한-도서국 외교장관회의 자료사진. 2025.11.18. (외교부 제공)"
    text = "(서울=한빛통신) 김하늘 기자 = 외교부는 오는 9일 서울에서 도서국 외교장관회의를 개최한다고 밝혔다."
    page = write(tmp_path / "page.txt", f"도서국 외교장관회의 9일 서울서 개최…협력 강화 논의\n\n{caption}\n\n{text}\n\n"
                 "이번 회의에는 18개 도서국 대표가 참석할 예정이다.\n")
    assert body(ingest(page))[1:3] == [caption, text]


def test_a_spanish_dateline_written_with_a_over_a_page_without_headline_stays(tmp_path):
    dateline = "Ciudad de Panamá, a 3 de marzo de 2019"
    text = "Los ministros revisaron en la reunión los avances de la integración regional y los preparativos de la cumbre."
    page = write(tmp_path / "page.txt", f"DIRECCIÓN GENERAL DE PRENSA\n\nComunicado Conjunto\n\n{dateline}\n\n{text}\n\n"
                 "Asimismo, aprobaron la solicitud de dos nuevos Estados observadores del mecanismo.\n")
    document = ingest(page)
    assert body(document)[:2] == [dateline, text]
    assert document.title is None and document.date == "2019-03-03"


def test_a_headline_after_its_kicker_opening_the_page_is_the_title(tmp_path):
    headline = "  SG: Dialogue Meeting between the Council & Its Partner Is Greatly Important and Enhances Regional Security"
    text = "The Secretary General said that the sixth dialogue meeting, held today in the capital, opened a new stage."
    page = write(tmp_path / "page.txt", f"No content found\n\n{headline}\n\n{text}\n\n{text[:-1]} for both sides.\n")
    document = ingest(page)
    assert document.title == headline.strip()
    assert body(document)[0] == headline.strip()


def test_a_caption_printed_again_with_its_date_and_credit_is_kept_once_and_a_desk_s_address_closes_the_page(tmp_path):
    caption = "The chair with the minister of foreign affairs of the host country."
    text = "The chair will also discuss bilateral relations with each of the five countries he visits this week."
    more = "The talks will also cover development projects the country supports in three of them."
    page = write(tmp_path / "page.txt", f"The Chair to visit Central Asia\n\n{text}\n\n{caption}\n{caption} (21 November 2014) DFA\n\n"
                 f"{more}\n\nFurther information:\n\nEvent page\n\nAddress for enquiries:\n\n"
                 "Information DFA\nMain Building West\nCH-3003 Bern\nTel.: +41 58 000 00 00\n\n\nDepartment of Foreign Affairs")
    assert body(ingest(page)) == ["The Chair to visit Central Asia", text, f"{caption} (21 November 2014) DFA", more]


def test_a_headline_printed_first_in_title_case_keeps_the_copy_nearest_the_text(tmp_path):
    headline = "Council Secretary-General meets with Director-General of the Regional Division"
    text = "Manama, 19 Nov (Agency) The Secretary General of the Council met the visiting Director-General on Sunday."
    page = write(tmp_path / "page.txt", f"Open Menu\n\n{headline.title()}\n\nAna Ruiz Published November 19, 2023 | 12:20 PM\n\n"
                 f"{headline}\n\n{text}\n\nThe two sides reviewed the joint plan of action for their dialogue.\n")
    document = ingest(page)
    assert document.title == headline
    assert body(document)[0] == headline and headline.title() not in body(document)


def test_a_wire_s_release_count_and_a_logo_s_download_button_are_not_body(tmp_path):
    headline = "Communiqué on the Chairperson's two day working visit to the Republic"
    text = "The Chairperson of the Commission concluded a two day working visit to the Republic today."
    page = write(tmp_path / "page.txt", "Set Up FREE Account Submit Release\nNews Search\n\n"
                 "There were 967 press releases posted in the last 24 hours and 195,227 in the last 365 days.\n\n"
                 f"{headline}\n\nThe Union (AU) Download logo\n\n{text}\n\nThe Chairperson was received by the President.\n")
    document = ingest(page)
    assert document.title == headline
    assert body(document) == [headline, text, "The Chairperson was received by the President."]


def test_a_breadcrumb_ending_in_the_cut_headline_and_a_wire_s_note_to_editors_are_not_body(tmp_path):
    headline = "(AMPLIACIÓN) El jefe de gabinete comienza una visita a los Emiratos como enviado especial"
    text = "Seúl, 11 de diciembre (Agencia) — El jefe de gabinete presidencial comenzó este domingo una visita de cuatro días."
    page = write(tmp_path / "page.txt", f"Inicio Asia Corea del sur {headline[:60]}...\n\n{headline}\n\n0\n{headline}\n\n"
                 f"(ATENCIÓN: ACTUALIZACIONES con la visita del jefe del Ejército en los últimos 3 párrafos)\n\n{text}\n\n"
                 "Es el primer viaje al extranjero del jefe de gabinete.\n")
    document = ingest(page)
    assert document.title == headline
    assert body(document) == [headline, text, "Es el primer viaje al extranjero del jefe de gabinete."]


def test_a_photo_credit_s_label_and_value_on_two_lines_are_not_body_and_a_dated_caption_is(tmp_path):
    lines = ["The minister is visiting the region this week to strengthen partnerships and support its priorities.",
             "She will meet the prime minister to discuss the partnership the two countries signed in 2019.",
             "Dr Ana Ruiz. 27 January 2025",
             "The leaders' meeting is set to take place in September in the capital."]
    page = write(tmp_path / "page.txt", "logo\nThe minister's tour set to strengthen regional partnership\n\n"
                 f"The minister, left, and a chief during a visit in December 2022.\nPhoto:\nLuis Soto\n{lines[0]}\n{lines[1]}\n"
                 f"{lines[2]}\nPhoto:\nFacebook / PM Press\n{lines[3]}")
    kept = body(ingest(page))
    assert "Photo:" not in kept and "Luis Soto" not in kept and "Facebook / PM Press" not in kept
    assert all(line in kept for line in lines)


def test_the_wire_signing_under_the_last_paragraph_is_not_body(tmp_path):
    text = "On the same day, the vice minister met his counterparts from two other countries, the ministry said."
    page = story_page(tmp_path, ["The foreign minister held talks with two counterparts ahead of a regional forum in the capital.",
                                 text], tail="\nYonhap")
    assert body(ingest(page))[-1] == text


def test_a_credited_caption_over_the_section_s_label_over_the_headline_is_body(tmp_path):
    caption = "El presidente visitó el país hace pocas semanas | Foto: Agencia Sur"
    page = write(tmp_path / "page.txt", f"Home\n\nEmpresas\n\nArtículo\n\n{caption}\n\nComercio exterior\n\nUn paso más hacia Oriente\n\n"
                 "La canciller llegará a la capital el próximo sábado para mantener conversaciones sobre el tratado.\n\n"
                 "En la primera jornada de su visita se reunirá con su homólogo y con empresarios.\n")
    document = ingest(page)
    assert document.title == "Un paso más hacia Oriente"
    assert caption in body(document) and "Comercio exterior" not in body(document)


def test_the_page_s_short_first_line_over_a_marked_caption_is_the_headline(tmp_path):
    caption = "▲ 대통령이 28일 부산에서 열린 연차총회 개회식에서 축사를 하고 있다."
    text = "대통령은 이날 \"한국과 중남미 국가가 서로 만나 우정을 나누는 자리\"라고 말했다."
    page = write(tmp_path / "page.txt", f"IDB 부산총회 참석\n{caption}\n{text}\n\n총회는 30일까지 이어진다.\n")
    document = ingest(page)
    assert document.title == "IDB 부산총회 참석"
    assert body(document)[:3] == ["IDB 부산총회 참석", caption, text]


def test_a_caption_listed_as_the_image_s_alt_text_then_credited_after_a_bar_is_kept_once(tmp_path):
    caption = "Fruitful day of discussions at the regional summit. Mar. 1, 2024."
    text = "The community of states concluded its eighth summit after a day of discussions that yielded results."
    page = write(tmp_path / "page.txt", f"News > Region\n\nRegional Summit Closes in the Capital\n\n  • {caption}\n\n"
                 f"    {caption} | Photo: X/@ministry\n\nPublished 1 March 2024\n\n{text}\n\nThe host praised the opening day.\n")
    kept = body(ingest(page))
    assert f"{caption} | Photo: X/@ministry" in kept and f"• {caption}" not in kept and caption not in kept


def test_a_korean_lead_printed_as_a_summary_before_its_bylined_copy_and_a_bare_photo_credit(tmp_path):
    lead = "장관은 외교이사회 참석을 위한 방문 계기에 18일 상대국 고위대표와 회담을 가졌다."
    page = write(tmp_path / "page.txt", f"기사 메일전송\n  • 기사등록 2018-03-19 15:43:21\n기사수정\n{lead}\n\n▲ 사진제공/외교부\n\n \n\n"
                 f"[김하늘 기자]{lead}\n\n양 장관은 공통의 이해와 관심을 바탕으로 협력을 강화하기로 했다.\n")
    kept = body(ingest(page))
    assert kept[:2] == [f"[김하늘 기자]{lead}", "양 장관은 공통의 이해와 관심을 바탕으로 협력을 강화하기로 했다."]
    assert lead not in kept and "▲ 사진제공/외교부" not in kept


@pytest.mark.parametrize(
    "foot",
    [
        "\n\n김하늘 기자 sky@",  # the reporter's address cut by the page's length
        "\n\n본 페이지에 등재된 자료는 운영기관(K",  # the site's note on what it publishes, cut
        "\n\nSource: Agency\n\nDisclaimer\n\nThe Government published this content on 07 July 2020 and is solely "
        "responsible for the information contained therein.",
    ],
)
def test_a_cut_byline_a_site_s_copyright_note_and_a_syndication_disclaimer_close_no_body(tmp_path, foot):
    paragraphs = ["장관은 이날 상대국 외교장관과 회담을 하고 양국 간 협력 방안을 논의했다.",
                  "양측은 내년 수교 기념행사를 함께 준비하기로 뜻을 모았다."]
    page = story_page(tmp_path, ["외교장관, 상대국 장관과 회담…양국 협력 방안 논의", *paragraphs], tail=foot)
    assert body(ingest(page))[1:] == paragraphs


def test_a_byline_with_the_reporter_s_address_and_the_time_is_no_paragraph(tmp_path):
    headline = "Guatemala confirma asistencia a la cumbre regional"
    text = "El presidente confirmó hoy su participación en la cumbre regional que se celebrará la próxima semana."
    page = write(tmp_path / "page.txt", f"Logo El Diario\n\nÚLTIMA HORA\n\n{headline}\n\nAna Ruiz aruiz@eldiario.net | Martes 25 junio, "
                 f"2013 12:00 a. m.\n\n{headline}\n\n{text}\n\nEl gobernante dijo que entregará la presidencia pro témpore.\n")
    document = ingest(page)
    assert document.title == headline
    assert body(document) == [headline, text, "El gobernante dijo que entregará la presidencia pro témpore."]


def test_a_topic_in_capitals_over_the_headline_is_its_kicker(tmp_path):
    headline = "Corea del Sur y el bloque tienen sexta ronda de diálogos del tratado"
    text = "Corea del Sur ha mantenido este martes la sexta ronda de diálogos sobre un tratado de libre comercio."
    page = write(tmp_path / "page.txt", f"TLC COREA DEL SUR-BLOQUE DEL SUR\n{headline}\n{text}\nLas dos partes iniciaron la reunión virtual.\n")
    document = ingest(page)
    assert document.title == headline and body(document)[0] == headline


def test_a_korean_caption_credited_without_brackets_is_no_headline_and_an_app_download_call_is_chrome(tmp_path):
    caption = "장관이 18일 리야드의 궁에서 국왕을 예방하고 있다. 외교부 제공"
    lead = "장관은 18일 리야드의 궁에서 국왕을 예방하고 양국 관계 발전 방안을 논의했다."
    page = write(tmp_path / "page.txt", f"본문 바로가기\n\n기사본문\n\n{caption}\n{caption}\n\n{lead}\n\n"
                 "국왕은 한반도의 평화를 위한 노력을 평가했다.\n\n▶한빛통신 앱 지금 바로 다운받기~\n▶한빛통신 채널 구독하기\n")
    document = ingest(page)
    assert document.title != caption
    assert "▶한빛통신 앱 지금 바로 다운받기~" not in body(document)


def test_a_photo_s_copyright_credit_inside_the_text_neither_ends_the_story_nor_stays(tmp_path):
    paragraphs = ["Dos días, más de 40 ministros y las grandes cuestiones de la seguridad en Europa: así fue la reunión.",
                  "Para el ministro, el consejo fue justamente por eso una importante señal de diálogo."]
    page = write(tmp_path / "page.txt", "Ir al contenido principal\n\nConsejo Ministerial en Hamburgo\n\n"
                 "El ministro de Relaciones Exteriores hace un balance positivo después del consejo.\n\n12.12.2016\n"
                 f"© dpa/Ana Ruiz/Luis Soto - OSZE\n\n{paragraphs[0]}\n\n{paragraphs[1]}\n")
    kept = body(ingest(page))
    assert kept[-2:] == paragraphs and "© dpa/Ana Ruiz/Luis Soto - OSZE" not in kept


def test_a_platform_s_share_button_ends_the_story(tmp_path):
    paragraphs = ["양측은 가급적 빠른 시일 내 협정 정식 서명을 추진하기로 했다.",
                  "산업부 관계자는 \"최초의 협정\"이라면서 \"성장 가능성이 큰 시장\"이라고 말했다."]
    page = story_page(tmp_path, ["한·중미, 협정 가서명 완료…정식 서명 추진", *paragraphs],
                      tail="한빛닷컴 뉴스룸 open@hanbit.com\n\n  • 네이버 공유\n  • 네이버 밴드\n\nPOLL\n\n"
                           "'통화 녹음 알림' 어떻게 생각하십니까?\n\n'부동산 대책' 이후 시장 전망은?\n\n포토슬라이드\n\n"
                           "여행작가 자세히보기 경제포럼 한빛닷컴 로그인 이벤트")
    assert body(ingest(page))[1:] == paragraphs


def test_a_caption_printed_twice_under_the_headline_is_the_photo_s_and_the_headline_is_the_title(tmp_path):
    headline = "The country accredits the envoys of four states in one ceremony"
    caption = "H.E. Ana Ruiz, Ambassador of the Republic, presenting her Letters of Credence to the President, yesterday"
    text = "The President has pledged to strengthen relations with the four states whose envoys presented credentials."
    page = write(tmp_path / "page.txt", f"{headline}\n{caption}\n{caption}\n\n{text}\n\nThe ambassadors are non-resident.\n")
    document = ingest(page)
    assert document.title == headline
    assert body(document)[:2] == [headline, caption] and body(document).count(caption) == 1


@pytest.mark.parametrize(
    "foot",
    ["\n\nMinistry of Foreign Affairs and Foreign Trade\n\nPin It on Pinterest",  # the issuing office signing
     "\n\nOficina de Información y Prensa de la República.",
     "\n\nOriginal source (in Spanish): Agencia Sur", "\n\nAlzhanova Raushan",
     "\n\nFor the latest headlines, follow our Google News channel online or via the app."],
)
def test_the_office_source_writer_or_channel_call_under_the_text_close_no_body(tmp_path, foot):
    paragraphs = ["The meeting participants thanked the host for the organization of the event.",
                  "The ministers agreed to meet again next year in the capital of the next chair."]
    page = story_page(tmp_path, ["Central Asian foreign ministers meet in the capital", *paragraphs], tail=foot)
    assert body(ingest(page))[1:] == paragraphs


def test_a_machine_translation_s_notices_a_code_fence_and_a_strip_of_cut_teasers_are_not_body(tmp_path):
    text = "BRUSELAS (Agencia) – La Unión seguirá apoyando la cooperación con Corea del Sur y otros socios de la región."
    page = write(tmp_path / "page.txt", "nl flag go to the original language article\nThis article has been translated by Artificial "
                 "Intelligence (AI). The news agency is not responsible for the content.\n\n«`html\n\n"
                 f"{text}\n\nLa conversación sigue a la confirmación de la alianza.\n\n«`\n")
    assert body(ingest(page)) == [text, "La conversación sigue a la confirmación de la alianza."]
    page = write(tmp_path / "ticker.txt", "Última hora:\n\nEl ministerio anunció la reactivación de l...Leer más... Los peatones y "
                 "usuarios de bicicleta podrán circular...Leer más...\n\nLa II cumbre ministerial se cumple en la ciudad\n\n"
                 "La cumbre reúne a los cancilleres de la región para hablar de comercio y turismo.\n")
    assert ingest(page).title == "La II cumbre ministerial se cumple en la ciudad"


def test_a_publisher_label_is_the_department_and_a_teaser_label_an_image_path_a_slug_and_a_syndication_note_are_not_body(tmp_path):
    headline = "El organismo y su socio consolidan esfuerzos para el desarrollo de la región"
    paragraphs = ["El secretario general recibió ayer al ministro para revisar los proyectos de cooperación en curso.",
                  "Ambos acordaron ampliar el programa de becas a los países del istmo el próximo año."]
    page = write(tmp_path / "page.txt", f"{headline}\nPublicado por : Secretaría General del Organismo Regional\n\n \n{paragraphs[0]}\n"
                 "/pf/resources/images/abc-placeholder.png?d=2084\nvicepresidenta-de-la-republica-realiza-visita-oficial\n"
                 f"{paragraphs[1]}\n\nLe interesará leer:\nComisión de Seguridad de la región se inst\n\n"
                 "This article is originally published on world.example.org\n")
    document = ingest(page)
    assert body(document) == [headline, *paragraphs]
    assert document.metadata.get("department") == "Secretaría General del Organismo Regional"


def test_a_byline_with_its_place_and_a_syndicator_s_bracketed_credit_are_not_body(tmp_path):
    headline = "The Chairperson concludes a two day working visit to the Republic"
    text = "The Chairperson of the Commission concluded a two day working visit to the Republic on Friday."
    page = write(tmp_path / "page.txt", f"{headline}\n\n(MENAFN- Press Organization)\n\nBy Ana Ruiz in Port of Spain, Trinidad and "
                 f"Tobago\n\n{text}\n\nThe Chairperson met the President and the Minister of Foreign Affairs.\n")
    document = ingest(page)
    assert body(document) == [headline, text, "The Chairperson met the President and the Minister of Foreign Affairs."]


def test_a_wire_s_dateline_alone_is_no_headline_and_a_korean_caption_s_credit_after_a_slash_is_the_photo_s(tmp_path):
    headline = "España/Arabia.- Los ministros de Exteriores de ambos países sellan un acuerdo de entendimiento"
    dateline = "RIAD (ARABIA SAUDI), 9 Abr. (AGENCIA SUR) -"
    text = "Los ministros de Exteriores español y saudí firmaron hoy en la capital un memorando de entendimiento político."
    page = write(tmp_path / "page.txt", f"{headline}\n\nActualizado: domingo, 9 abril 2006 2:25\n\n{dateline}\n\n{text}\n\n"
                 "La firma se produjo tras una reunión de los dos ministros.\n")
    document = ingest(page)
    assert document.title == headline and body(document)[:3] == [headline, dateline, text]
    caption = "대통령이 22일(현지시간) 정상회의가 열린 엑스포센터에서 상대국 대통령과 환담을 나누고 있다./G20조직위"
    assert shapes.is_photo_caption(caption)


def test_a_korean_paragraph_naming_an_acronym_is_prose_not_a_line_in_capitals(tmp_path):
    lead = "(지역통신) 김모 정부대표는 3일 CARICOM 사무국 소재지를 방문해 사무총장을 면담하고 한-CARICOM 정책협의회를 개최했다."
    assert not shapes.is_upper_case(lead) and shapes.is_prose(lead)
    page = write(tmp_path / "ko.txt", f"{lead}\n양측은 한-CARICOM 고위급 대화를 활성화하기로 했다.\n[뉴스출처 : 외교부]\n")
    document = ingest(page)
    assert document.title is None  # a page opening with its lead shows no headline
    assert body(document) == [lead, "양측은 한-CARICOM 고위급 대화를 활성화하기로 했다."]  # the wire's source note is not body
    assert shapes.is_upper_case("PRESS RELEASE ON THE VISIT OF THE MINISTER")


def test_a_labelled_date_run_into_its_value_is_metadata_and_a_weekday_tells_the_order_of_a_numeric_date(tmp_path):
    assert shapes.metadata("  • PublishedMay 29, 2024") == {"date": "2024-05-29"}
    assert shapes.metadata("Posted on 3 March 2020") == {"date": "2020-03-03"}
    assert shapes.metadata("Published by the ministry") is None
    assert find_date("Actualizado: Tue, 07/02/2024 - 08:14") == "2024-07-02"  # 2 July 2024 was a Tuesday
    assert find_date("Mon, 07/02/2024") == "2024-02-07" and find_date("07/02/2024") == "2024-02-07"
    headline = "The island state signs a declaration to join the regional development bank"
    last = "Twenty countries make up the shareholders of the bank."
    page = write(tmp_path / "page.txt", f"{headline}\n\nThe Prime Minister signed the declaration of intent on Tuesday.\n\n{last}\n\n"
                 "  • PublishedMay 29, 2024\n\nLeave a Reply\n")
    document = ingest(page)
    assert body(document)[-1] == last and document.date == "2024-05-29"


def test_a_screenshot_caption_printed_twice_inside_the_text_is_kept_once(tmp_path):
    paragraphs = ["은행은 지난달 31일 화상회의로 이사회를 열고 역외 지역사무소 신설을 의결했다.",
                  "은행의 지역사무소는 현재 역내 국가들에만 소재하고 있으나 이번 결정으로 역외에도 문을 연다."]
    page = write(tmp_path / "ko.txt", f"{paragraphs[0]}\n\n은행 홈페이지 캡처\n은행 홈페이지 캡처\n\n{paragraphs[1]}\n")
    assert body(ingest(page)) == [paragraphs[0], "은행 홈페이지 캡처", paragraphs[1]]


def test_the_caption_under_an_image_label_is_not_the_headline(tmp_path):
    headline = "Avanzan los dos países hacia la apertura de sus embajadas"
    page = write(tmp_path / "page.txt", f"Skip to main content\n\n{headline}\n\nImage\nBanderas de los dos países\n\n"
                 "Tras el restablecimiento de relaciones, ambas naciones estarían prontas a abrir sus embajadas.\n\n"
                 "El reporte indica que los preparativos avanzan a buen ritmo.\n")
    assert ingest(page).title == headline


def test_an_agency_with_its_seat_over_the_headline_and_a_teaser_a_site_notice_and_a_long_copyright_under_the_text(tmp_path):
    headline = "Angola: Foreign Minister On Tour of Africa and Brazil"
    paragraphs = ["Luanda — The Foreign Minister will start on Tuesday a tour of four countries.",
                  "The tour ends on 11 October, following a two-day working visit to the Federative Republic of Brazil."]
    page = write(tmp_path / "page.txt", f"3 April 2018\n\nCoastal Press Agency (Luanda)\n\n{headline}\n\nTagged:\n\nRelated Topics\n\n"
                 f"{paragraphs[0]}\n\n{paragraphs[1]}\n\nAngola\n\nNeighbour Upstages Angola in Crude Oil Production\n\n"
                 "The neighbour has steadily overtaken Angola as the top producer, with an output of 91,500… Read more »\n\n"
                 "Read the original article on the agency's site.\n\nCopyright © 2018 Coastal Press Agency. All rights reserved. "
                 "Distributed by a media aggregator. To contact the copyright holder directly for corrections or for permission "
                 "to republish or make other authorized use of this material, click here.\n\n"
                 "The aggregator publishes around 800 reports a day from more than 140 news organizations.\n")
    document = ingest(page)
    assert document.title == headline and body(document) == [headline, *paragraphs]


def test_a_typo_report_notice_and_the_widget_labels_under_it_are_not_body(tmp_path):
    headline = "The Chairperson-in-Office to visit the country"
    last = "The Chairmanship supports the efforts of the Co-Chairs of the Minsk Group."
    page = write(tmp_path / "page.txt", f"{headline}\n\nBaku. 7 February. The Chairperson-in-Office will visit the country in spring.\n\n"
                 f"{last}\n\nIf you find a spelling mistake in the text, please select it and press Ctrl + Enter.\n\n"
                 "Last added\n\nAt least one category must be selected\n\nAll news\n")
    assert body(ingest(page))[-1] == last


def test_a_portal_s_stand_in_picture_a_caption_credited_with_its_site_and_a_footer_logo_are_not_taken_for_text(tmp_path):
    assert shapes.is_chrome("오프라인 대표 이미지 - 방송 뉴스")
    caption = ("Los ministros de Exteriores de los dos países, con la presidenta anfitriona, en la capital este viernes. "
               "EFEtelecinco.es")
    assert shapes.is_photo_caption(caption) and not shapes.is_banner(caption)
    headline = "La vicepresidenta discute en la capital un acercamiento a la Unión Africana"
    paragraphs = ["BOGOTÁ (Agencia) — La vicepresidenta visitó al presidente del país, con quien acordó una agenda común.",
                  "Se trata del segundo día de trabajo de la vicepresidenta en la región."]
    page = write(tmp_path / "page.txt", f"América Latina\nNoticias y análisis sobre la realidad de la región\n\n{headline}\n\n"
                 f"© Foto : Twitter / @cuenta{headline}\n{headline} - Agencia Mundo, 1920, 16.05.2023\nSíguenos en\n"
                 f"{paragraphs[0]}\n{paragraphs[1]}\nEl logo de la agencia de noticias - Agencia Mundo\n"
                 "No te pierdas las noticias más importantes\n\nTambién tenemos una cuenta en otra red social.\n\nLo último\n")
    document = ingest(page)
    assert document.title == headline and body(document) == [headline, *paragraphs]
    assert document.date == "2023-05-16"  # from the site's suffix of the title's copy


def test_under_a_category_line_a_date_alone_is_no_title_and_the_headline_under_it_is(tmp_path):
    headline = "Discurso del Secretario General en la segunda sesión de la reunión ministerial del Foro de Cooperación."
    lead = "El Secretario General participó en la apertura de la segunda sesión de la reunión ministerial del Foro."
    page = write(tmp_path / "page.txt", f"Noticias\n2026-01-31\n{headline}\n\n{lead}\nEl portavoz añadió que el discurso fue bien recibido.\n")
    document = ingest(page)
    assert document.title == headline and body(document)[:2] == [headline, lead]
    assert document.date == "2026-01-31"


def test_a_language_picker_s_locale_codes_a_headline_opening_with_comment_and_a_time_glued_to_the_year(tmp_path):
    headline = ("Comment by the Information and Press Department on the Foreign Minister’s talks with the "
                "Chairperson-in-Office of the organisation")
    text = "On February 19, the Foreign Minister will hold talks with the Chairperson-in-Office in Moscow."
    page = write(tmp_path / "page.txt", f"18 February 201911:39\n\n{headline}\n\n\n  • de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1\n\n\n"
                 f"{text}\n\nThe Chairperson-in-Office is elected by the member states for one calendar year.\n")
    document = ingest(page)
    assert document.title == headline and body(document)[:2] == [headline, text]
    assert document.date == "2019-02-18"
    assert shapes.is_chrome("Leave a comment") and shapes.is_chrome("댓글 첫 댓글을 작성해보세요")


def test_a_wire_s_issuer_label_and_an_office_named_after_the_scraper_s_date_are_the_department(tmp_path):
    headline = "Trade Minister To Visit Samoa"
    paragraphs = ["The Trade Minister leaves for Samoa on Monday to open talks on a new fisheries agreement.",
                  "The visit is the first by a minister since the border reopened, the statement said."]
    page = write(tmp_path / "page.txt", f"{headline}\n\nMonday, 4 April 2022, 9:15 am\nPress Release: Island Government\n\n"
                 + "\n\n".join(paragraphs) + "\n")
    document = ingest(page)
    assert document.title == headline and body(document) == [headline, *paragraphs]
    assert document.metadata["department"] == "Island Government"
    assert shapes.metadata("Press Release: 042/23") != {"department": "042/23"}  # a release's number is no issuer
    unheaded = write(tmp_path / "unheaded.txt", " date 2023-09-12 Ministry of Foreign Affairs of the Republic\n\n\n"
                     + "\n\n".join(paragraphs) + "\n")
    document = ingest(unheaded)
    assert document.title is None and body(document) == paragraphs
    assert document.metadata["department"] == "Ministry of Foreign Affairs of the Republic"
    assert document.date == "2023-09-12"


def test_a_caption_with_the_agency_glued_to_its_last_word_is_no_headline(tmp_path):
    caption = "El canciller junto a su homóloga de la región durante la reunión en la capitalEFE"
    headline = "Los dos países acuerdan cooperar ante la crisis regional"
    paragraphs = ["El canciller y su homóloga acordaron este lunes cooperar estrechamente ante la crisis regional.",
                  "Ambas partes coincidieron en la importancia del diálogo, según un comunicado conjunto."]
    page = write(tmp_path / "page.txt", f"Fundado en 1910\n\n{caption}\n\n{headline}\n\n" + "\n\n".join(paragraphs) + "\n")
    document = ingest(page)
    assert document.title == headline and body(document) == [headline, caption, *paragraphs]  # the title first


def test_a_korean_paragraph_carrying_its_photo_s_note_is_text_not_a_headline(tmp_path):
    lead = "칠레 남부의 한 도시에 한국 명예영사관이 정식 개설되었다. [사진설명: 현지 신문에 소개된 명예영사관 개설 보도]"
    rest = "명예영사에는 현지의 저명 변호사가 임명되어 본격적인 활동을 시작하였다."
    page = write(tmp_path / "page.txt", f"logo\n\nbanner1\n포토뉴스\n\n{lead}\n\n{rest}\n")
    document = ingest(page)
    assert document.title is None and body(document) == [lead, rest]


def test_a_list_link_a_widget_s_empty_message_a_french_related_block_and_a_stand_in_alt_text_are_chrome(tmp_path):
    paragraphs = ["The Council met on Thursday and Friday to review the work of the Commission and its bodies.",
                  "The Minister also chaired the committee on candidatures to international organisations."]
    page = story_page(tmp_path, ["Minister attends the Executive Council", *paragraphs],
                      "See all the news Back\n\nNewsletter Subscription\n\nNo form to show")
    assert body(ingest(page)) == ["Minister attends the Executive Council", *paragraphs]
    page = story_page(tmp_path, ["Minister attends the Executive Council", "Her media alt attribute", *paragraphs],
                      "Communiqués de presse connexes\n\nL'Association réunit des experts sur l'érosion côtière\n\n"
                      "En marge de la conférence accueillie par la Colombie, qui assure la présid\n\nL'Association organise un atelier")
    assert body(ingest(page)) == ["Minister attends the Executive Council", *paragraphs]
    assert shapes.is_strong_footer("[미디어펜=홍길동 기자] ▶다른기사보기") and shapes.is_strong_footer("Ver todas las noticias")


def test_a_last_updated_line_under_the_byline_is_the_date_and_the_headline_stays_the_title(tmp_path):
    headline = "Two neighbours agree to reopen their joint commission"
    paragraphs = ["The foreign ministers of both countries met on Monday at the border office of a regional body.",
                  "They agreed to reopen the joint commission and to review trade at the border crossings."]
    page = write(tmp_path / "page.txt", f"{headline}\n\nBy Editorial Staff\n\nLast updated on March 3rd, 2021 at 09:15 am\n\n"
                 + "\n\n".join(paragraphs) + "\n")
    document = ingest(page)
    assert document.title == headline and document.date == "2021-03-03" and body(document) == [headline, *paragraphs]


def test_an_aggregator_s_credit_and_reaction_widget_and_a_writer_s_other_stories_are_chrome(tmp_path):
    paragraphs = ["Minister meets his counterpart on the sidelines of the council",
                  "The two ministers discussed trade, investment and the security of the region on Wednesday.",
                  "They agreed to strengthen cooperation, according to a statement of the ministry."]
    page = story_page(tmp_path, paragraphs, "\nSource link\n\nWhat do you think?\n\nAggregated by Regional News Digest\n\n"
                      "Leave a Reply\n\nYour email address will not be published.")
    assert body(ingest(page)) == paragraphs
    paragraphs = ["El presidente visita la capital vecina para firmar acuerdos",
                  "El mandatario llegó este lunes al palacio presidencial, donde mantendrá conversaciones con su homólogo.",
                  "Se espera que al término de la visita se firme un paquete de documentos bilaterales."]
    page = story_page(tmp_path, paragraphs, "Otros artículos del autor:\n- Los dos países intercambian prisioneros\n"
                      "- El mar del norte podría convertirse en un lugar de confrontación\n- Un nuevo misil cambia la disuasión")
    assert body(ingest(page)) == paragraphs


def test_a_featured_news_block_under_the_story_is_chrome(tmp_path):
    paragraphs = ["Foreign minister arrives for a three-nation visit",
                  "The minister will meet the prime minister and senior ministers during the visit this week.",
                  "A major announcement is also expected at the national hospital later today."]
    page = story_page(tmp_path, paragraphs, "FEATURE NEWS\nCourt ruling on a building site yet to be delivered\n"
                      "The court's ruling on the department's appeal regarding the building site along the road...\n"
                      "2 hours ago\nLATEST NEWS\nCentral bank to launch new banknotes")
    assert body(ingest(page)) == paragraphs


def test_korean_photo_credits_with_the_provider_or_a_wire_s_terms_are_chrome(tmp_path):
    lead = "양국 외교장관은 이날 회담을 갖고 교역과 투자 협력을 확대하기로 합의했다고 외교부가 밝혔다."
    rest = "두 장관은 또한 내년 정상회의 개최를 위해 긴밀히 협력해 나가기로 했다."
    page = story_page(tmp_path, ["양국 외교장관 회담, 협력 확대 합의", "사진 외교부 제공", lead, "[수도명 AFP=. 재판매 및 DB 금지]", rest])
    assert body(ingest(page)) == ["양국 외교장관 회담, 협력 확대 합의", lead, rest]


def test_a_korean_headline_and_decks_naming_the_partner_of_the_lead_are_no_teaser_list(tmp_path):
    head = ["이민수 2차관, 케냐 방문: 한-케냐 협력 및 정상회의 논의", "한-케냐 수교 60주년 맞이 협력 확대 기대",
            "현지 관계자 간담회 개최 및 정상회의 준비 논의"]
    lead = "이민수 외교부 2차관은 16일 케냐를 방문해 케냐 대통령을 예방하고 양국 협력 방안을 논의했다."
    page = story_page(tmp_path, [*head, "에디터 승인 2024.04.17 12:21 의견 0", lead, "이 차관은 또한 정상회의 준비 상황을 점검했다."])
    document = ingest(page)
    assert document.title == head[0] and body(document)[:4] == [*head, lead]


def test_a_lead_opening_with_its_dateline_under_a_section_label_is_no_title(tmp_path):
    lead = ("Lima, 12 de marzo (Agencia)—El canciller declaró el jueves que el Gobierno llevará a cabo diversos "
            "esfuerzos diplomáticos para lograr una rápida desescalada de las tensiones en la región.")
    rest = "“La paz y la estabilidad de la región son muy importantes”, afirmó ante los embajadores."
    document = ingest(story_page(tmp_path, ["Noticias", lead, rest]))
    assert document.title is None and body(document) == [lead, rest]


def test_an_image_s_alt_text_over_its_credited_caption_is_not_the_headline_above(tmp_path):
    headline = "El canciller llega a la capital para aumentar la presencia en la región"
    lead = "El ministro de Exteriores, Luis Soto Ramos, llegó hoy a la capital para una visita oficial de dos días."
    page = write(tmp_path / "page.txt", f"{headline}\n\nLuis Soto Ramos\nLuis Soto Ramos |Canal Noticias\n\n{lead}\n\n"
                 "El avión aterrizó a las 15.30 en el aeropuerto de la capital, donde fue recibido por el viceministro.\n")
    document = ingest(page)
    assert document.title == headline and body(document)[:3] == [headline, "Luis Soto Ramos |Canal Noticias", lead]


def test_a_caption_crediting_image_by_a_photographer_and_agency_is_body_above_the_headline(tmp_path):
    caption = "The minister has flown to the islands to strengthen ties between the region and the country. Image by Ana Ruiz/ABC PHOTOS"
    headline = "Minister set to bolster ties with the islands"
    lead = "The minister will carry out her second visit to the islands since she took office, the ministry said."
    page = write(tmp_path / "page.txt", f"DONATE SUBSCRIBE\nAna Ruiz\n{caption}\n  • politics\n\n{headline}\n\n"
                 f"Luis Soto June 2, 2022\n\n{lead}\n\nShe will meet the prime minister and senior ministers during the visit.\n")
    document = ingest(page)
    assert document.title == headline and caption in body(document)


def test_a_korean_headline_printed_twice_in_a_row_keeps_its_quoted_deck_and_a_caption_credited_to_an_agency(tmp_path):
    headline = "한-페루 정상 ‘공동선언문’ 채택…전방위 협력 확대"
    caption = "정상회의 참석차 페루를 방문한 대통령이 16일 공식 환영식에서 페루 대통령과 악수하고 있다. 연합뉴스"
    lead = "한국과 페루가 북한의 비핵화를 촉구하고, 안보 분야 협력을 확대하기로 뜻을 모았다."
    page = story_page(tmp_path, [headline, headline, "“북한 비핵화 재차 촉구”\n광물‧관광‧방위 등 협력 뜻 담아",
                                 "기사승인 2024-11-17 09:27:03\n" + caption, lead, "양국은 여러 분야에서 협력을 강화하기로 했다."])
    document = ingest(page)
    assert document.title == headline
    assert body(document)[:5] == [headline, "“북한 비핵화 재차 촉구”", "광물‧관광‧방위 등 협력 뜻 담아", caption, lead]


def test_a_speech_s_heading_over_its_place_and_date_is_the_title(tmp_path):
    heading = "Statement delivered by the Minister of Foreign Affairs at the reception in commemoration of the national day."
    paragraphs = ["Your Excellency the Ambassador, and distinguished guests;",
                  "It is my pleasure to join you this evening to celebrate the national day of a friend."]
    document = ingest(story_page(tmp_path, [heading, "City Hall, September 17, 2018", *paragraphs]))
    assert document.title == heading and document.date == "2018-09-17"


def test_a_visitor_counter_and_a_link_to_the_document_in_full_under_the_story_are_chrome(tmp_path):
    paragraphs = ["Los cancilleres celebran la reunión del mecanismo de consultas políticas",
                  "Ambos países reafirmaron su voluntad de seguir trabajando en proyectos de cooperación técnica.",
                  "Los dos países establecieron relaciones diplomáticas el 15 de marzo de 1977."]
    assert body(ingest(story_page(tmp_path, paragraphs, "Países que nos están viendo\n\nALIANZAS"))) == paragraphs
    assert body(ingest(story_page(tmp_path, paragraphs, "Ver el documento completo de la Declaración de la Cumbre"))) == paragraphs


def test_a_korean_last_modified_label_a_permalink_and_an_outlet_s_channel_promo_are_chrome(tmp_path):
    headline = "이민수 2차관, 케냐 대통령 예방…“우호협력 확대”"
    paragraphs = ["이민수 외교부 2차관은 16일 케냐를 방문해 케냐 대통령을 예방하고 양국 협력 방안을 논의했다.",
                  "이 차관은 또한 내년 정상회의의 성공적 개최를 위한 케냐 측의 협조를 당부했다."]
    page = story_page(tmp_path, [headline, "최종수정 : 2024-04-17 08:44기사입력 : 2024-04-17 08:44홍길동 기자", *paragraphs],
                      f"{headline} | 뉴스사이트 : https://news.example.kr/2404\n\nAD\nAD\n\n녹취록\n\n"
                      "XYZ 뉴스를 만나는 또 다른 방법\n\n전체보기\nXYZ 유튜브")
    document = ingest(page)
    assert body(document) == [headline, *paragraphs] and document.date == "2024-04-17"


def test_a_caption_printed_twice_over_the_photo_s_credit_is_not_the_headline(tmp_path):
    headline = "한·페루 외교장관 회담…\"인프라·방산 분야 협력 확대\""
    deck = "지역 정세도 논의…페루 장관, 취임 후 첫 양자 방한"
    caption = "서울에서 회담한 외교부 장관과 페루 외교장관"
    lead = "(서울=연합뉴스) 홍길동 기자 = 한국과 페루 외교장관이 22일 서울에서 회담하고 협력 확대 방안을 논의했다."
    page = story_page(tmp_path, ["본문 바로가기", headline, "송고시간2021-10-22 19:19", "댓글", deck, f"{caption}\n{caption}",
                                 "[외교부 제공]", lead, "두 장관은 인적 교류를 회복하기로 했다."])
    document = ingest(page)
    assert document.title == headline and body(document)[:4] == [headline, deck, caption, lead]


def test_share_links_labelled_for_screen_readers_and_a_site_s_motto_banner_are_chrome(tmp_path):
    headline = "Firman los dos países importantes acuerdos de cooperación"
    deck = "El canciller visitante fue portador de una misiva de su presidente en la que se expresa interés en ampliar la colaboración"
    paragraphs = ["Un convenio de colaboración y un acuerdo de exención de visados fueron firmados este lunes en la capital.",
                  "En el primer caso, el convenio contribuirá a la elaboración de proyectos conjuntos."]
    page = story_page(tmp_path, ["Voz Joven - Diario de la Juventud del País", headline, deck, "Autor:", "Ana Ruiz Soto",
                                 "29.9.2015\n\n• x: abre ventana nueva\n• Linkedin: abre ventana nueva", *paragraphs])
    document = ingest(page)
    assert document.title == headline and body(document) == [headline, deck, *paragraphs]


def test_a_photo_caption_over_a_lead_opening_with_its_byline_is_no_headline(tmp_path):
    caption = "주앙 마르코스 다시우바 소자 브라질 대통령. (사진=대통령 페이스북 캡처)"
    lead = "[한빛뉴스=홍길동 기자] 브라질 대통령이 12일 저녁 중국을 방문했다. 14일 국가주석과 정상회담을 갖는다."
    rest = ["13일 현지 방송은 대통령이 전날 밤 상하이에 도착해 1박 2일 일정을 시작했다고 보도했다.",
            "대통령은 상하이에서 신개발은행 본부를 찾아 전임 대통령의 취임식에 참석했다.",
            "정상회담에서는 협력 확대와 교역 증진 등 양자 현안과 국제 문제가 논의될 예정이다.",
            "현지 신문은 양국이 보건과 농업 분야에서 여러 협정에 서명할 것이라고 전했다."]
    page = story_page(tmp_path, ["기자명 홍길동 기자\n  • 입력 2023.04.13 09:45\n" + caption + "\n" + caption, lead, *rest])
    # (the image's alt text, then its caption, over the lead)
    document = ingest(page)
    assert document.title is None and body(document)[:2] == [caption, lead]


def test_a_dateline_closed_by_a_full_stop_with_the_time_is_no_headline_and_a_contents_widget_is_chrome(tmp_path):
    paragraphs = ["Today, the Ministry of Foreign Affairs received support from a partner government for its training plans.",
                  "The minister expressed his sincere appreciation for the assistance to the institution."]
    document = ingest(story_page(tmp_path, ["Belmopan. August 9, 2021. 2:50 p.m.", *paragraphs]))
    assert document.title is None and document.date == "2021-08-09"
    assert shapes.is_dateline("Belmopan. August 9, 2021. 2:50 p.m.")
    assert not shapes.is_dateline("Panama City. May 3, 2021. Today the minister met the ambassador in the capital.")
    headline = "Minister meets two counterparts on the sidelines of the alliance's meeting"
    deck = "Minister strengthens cooperation with two counterparts on the sidelines of the alliance's meeting"
    page = story_page(tmp_path, ["Join our server", headline, "By Staff 05 April 2024\nTable of Contents Minister strengthens "
                                 "cooperation with two… Meeting with the Belgian Minister Meeting with the High Representative",
                                 deck, *paragraphs])
    assert body(ingest(page)) == [headline, deck, *paragraphs]


def test_a_speaker_s_label_a_courtesy_credit_and_a_headline_over_empty_date_labels(tmp_path):
    title = "Remarks at the Working Luncheon by the Prime Minister of the Republic"
    speech = ["Thank you Mr. Chair,", "It is an honour to join you today to speak about the partnership of our regions.",
              "Our countries share a commitment to open trade and to the fight against climate change."]
    page = story_page(tmp_path, ["Conference of Heads of Government (CHG)", "Back to all Post", title,
                                 title + "\nHis Excellency Lee Min-ho, Prime Minister of the Republic of Korea", *speech])
    assert body(ingest(page)) == [title, *speech]
    paragraphs = ["El canciller inicia hoy una serie de visitas oficiales a los países del golfo Arábigo.",
                  "Pese a que las relaciones bilaterales son aún incipientes, tienen mucho potencial."]
    assert body(ingest(story_page(tmp_path, [*paragraphs, "Cortesía: Andina"]))) == paragraphs
    headline = "\"아프리카를 잡아라\"…이민수, 모로코·세네갈 방문"
    deck = "14~21일 북서 아프리카 핵심 2국 방문…'외교다변화'"
    lead = "[서울=한빛뉴스] 홍길동 기자 = 이민수 외교부 1차관이 외교다변화 구현을 위해 아프리카 2개국을 방문한다."
    page = story_page(tmp_path, ["전체기사 최신뉴스", headline, "기사입력 :", "최종수정 :", "※ 본문 글자 크기 조정\n  • 작게\n  • 크게",
                                 "※ 번역할 언어 선택", deck, lead, "외교부는 12일 이번 방문의 의미를 설명했다."])
    document = ingest(page)
    assert document.title == headline and body(document)[:3] == [headline, deck, lead]


def test_a_dutch_language_partner_s_footer_and_a_caption_credited_to_agencies_and_photographer(tmp_path):
    paragraphs = ["The President had a meeting with the special representative of the Republic of Korea on Tuesday.",
                  "The two countries have maintained diplomatic relations since November 1975, the office said."]
    page = story_page(tmp_path, ["President receives representative of South Korea", *paragraphs],
                      "\n\nEn.. wat vond je van dit artikel?\n\n-- Advertentie / POJ - 218001 --\n\nredactie tip\n\n"
                      "meer Engels, Suriname nieuws »\n\nmeest gelezen")
    assert body(ingest(page)) == ["President receives representative of South Korea", *paragraphs]
    caption = ("El primer ministro habla con el ministro de Asuntos Exteriores durante su reunión en la capital, "
               "este jueves 14 de diciembre, EFE/EPA/Ana Ruiz")
    headline = "El ministro de Exteriores trata con el primer ministro asuntos comerciales y migratorios"
    lead = "Rabat (EFE).- El ministro de Asuntos Exteriores se reunió este jueves en la capital con el primer ministro del país."
    document = ingest(story_page(tmp_path, [caption, headline, lead, "Según fuentes del departamento, la reunión duró media hora."]))
    assert document.title == headline and body(document)[:3] == [headline, caption, lead]


def test_a_section_s_other_stories_under_its_name_and_a_bare_topics_label_end_the_text(tmp_path):
    paragraphs = ["El rey acortará su visita oficial al país y viajará sin la reina, informó la Casa Real.",
                  "La gira, organizada a petición del gobierno anfitrión, iba a durar en un principio tres días completos."]
    others = ["Vandalizan la sede de un partido con basura y pintadas en la fachada",
              "El jefe de la oposición exige la comparecencia del presidente en el Congreso por el caso"]
    page = story_page(tmp_path, ["El rey acorta su visita oficial a Jordania", *paragraphs, "Temas", "Más en Política",
                                 "-", others[0], "-", others[1]])
    assert body(ingest(page)) == ["El rey acorta su visita oficial a Jordania", *paragraphs]
    english = ["The foreign minister will visit three Central Asian countries next week, the ministry said on Thursday.",
               "Talks with the heads of state of all three countries are planned, the ministry's note added."]
    page = story_page(tmp_path, ["Foreign Minister to visit Central Asia", *english, "More related articles",
                                 "The international motor rally will pass through the country's territory on April 12-13, and "
                                 "spring weather is expected across the whole country.",
                                 "Capital to host regional forum", "Airline to start flights to second city"])
    assert body(ingest(page)) == ["Foreign Minister to visit Central Asia", *english]
    assert shapes.is_related_heading("More in World") and not shapes.is_related_heading("More in Common than divides us")


def test_an_edition_s_name_a_short_url_label_and_a_release_number_split_over_two_lines_are_chrome(tmp_path):
    headline = "Minister to visit five Middle East countries from Sunday"
    paragraphs = ["TOKYO: The foreign minister leaves on Sunday for ten days in the Gulf region, officials announced.",
                  "\"Calm in the region matters to every partner we have,\" he said."]
    page = story_page(tmp_path, [headline, "FM speaks in a recent press conference at the ministry in Tokyo. (ANJP)\nShort Url:",
                                 "10 Aug 2021 06:08:58 GMT9", "Example News Japan", *paragraphs])
    document = ingest(page)
    assert document.title == headline and body(document)[2:] == paragraphs and "Short Url:" not in body(document)
    communique = ["The Presidents of the member states and of the Plurinational State met in the capital on 18 June.",
                  "1. Renewed their support for the regional integration process and its development goals for all members."]
    page = story_page(tmp_path, ["Home / News / Releases", "Joint Communiqué by the Presidents of the member states",
                                 "Monday, 18 June 2018\nInformation for the Press N°: \n255/18", *communique])
    document = ingest(page)
    assert document.title == "Joint Communiqué by the Presidents of the member states" and document.date == "2018-06-18"
    assert body(document)[1:] == communique


def test_a_korean_caption_credited_with_the_photo_s_date_and_outlet_is_no_headline_and_a_date_before_a_byline_dates(tmp_path):
    caption = "한국과 4개국이 무역협정 협상 개시를 공식 선언했다. (산업통상자원부 제공) 2018.5.25/한빛뉴스"
    lead = "[한빛뉴스 홍길동 기자] 거대 신흥시장이 열린다. 남미 최대 시장과 우리나라가 무역협정 협상을 시작했다."
    rest = ["통상교섭본부장은 25일 오후 서울에서 4개국 장관들과 협상 개시를 선언했다.",
            "산업부는 이번 무역협정이 자유무역협정과 실질적으로 동일하다고 밝혔다."]
    document = ingest(story_page(tmp_path, [caption + "\n" + caption, lead, *rest]))
    assert document.title is None and body(document) == [caption, lead, *rest]
    headline = "Canciller retoma viajes al exterior y visitará Corea la próxima semana"
    paragraphs = ["El jefe de la diplomacia volverá a viajar al extranjero a partir de la semana que viene, tras meses en casa.",
                  "Durante la visita tiene previstas varias reuniones con autoridades del país anfitrión."]
    document = ingest(story_page(tmp_path, [headline + "\n11 marzo 21Por: Juan Soto Pérez", *paragraphs]))
    assert document.date == "2021-03-11" and body(document) == [headline, *paragraphs]
    assert find_date("3 de marzo 21 países firmaron") is None


def test_teasers_with_cut_captions_over_a_bylined_headline_its_caption_and_its_dateline(tmp_path):
    paragraphs = ["On Tuesday, March 21, the government issued a press release on the upcoming visit of the President.",
                  "According to the statement, the visitor will hold talks with the head of government and ministers."]
    page = story_page(tmp_path, ["Belize City\nSunday, May 12, 2024", "Minister back from regional migration talks",
                                 "Photo: Ministers of the signing states pose with Ana...", "250 students graduate from the program",
                                 "Photo: Assistant Commissioner Ana Ruiz, head of the National...", "President to visit the country",
                                 "Photo: H.E. Ana Ruiz, President Republic of the Islands (Taiwan)", "by Ana Ruiz", "BELIZE CITY, Thurs. Mar. 30, 2023",
                                 *paragraphs])
    document = ingest(page)
    assert document.title == "President to visit the country" and document.date == "2023-03-30"
    assert body(document) == ["President to visit the country", "Photo: H.E. Ana Ruiz, President Republic of the Islands (Taiwan)",
                              "BELIZE CITY, Thurs. Mar. 30, 2023", *paragraphs]
    assert shapes.is_dateline("BELIZE CITY, Thurs. Mar. 30, 2023")


def test_a_lead_under_a_credited_caption_is_no_headline_and_a_story_pager_ends_the_text(tmp_path):
    lead = ("The ministers of the regional association met in the capital on March 10, a gathering the hosts called "
            "a new step in the effort to give the two-decade-old bloc of twenty-five members fresh energy.")
    rest = "The session closed the host's year at the head of the group, a term spent on making the secretariat stronger and its budget steadier."
    document = ingest(story_page(tmp_path, ["Delegates pose after the opening session. Photo: Ana Ruiz", lead, rest]))
    assert document.title is None
    paragraphs = ["The President will visit three countries of the region later this week, the presidential office said.",
                  "A meeting with business leaders on clean energy projects is also on his schedule."]
    page = story_page(tmp_path, ["President to embark on regional trip this week", *paragraphs, "Previous Story",
                                 "Art fair to commence from April 28", "Next Story", "Minister warns millions are infected",
                                 "Latest from the site", "From rubble to revival in the old city",
                                 "Donors hand back the old town's rebuilt monuments, making a place once in ruins into a "
                                 "global symbol of resilience and coexistence."])
    assert body(ingest(page)) == ["President to embark on regional trip this week", *paragraphs]


def test_decks_repeating_the_text_s_words_are_no_teasers_and_widget_labels_are_chrome(tmp_path):
    decks = ["남미는 니켈과 코발트 등 광물 매장량 풍부", "밀과 대두 등 곡물 수출국", "공급망 안정 위한 협력 점검 차원"]
    paragraphs = ["일본 외무상이 25일까지 중남미 국가를 방문해 협력을 확대한다는 외교 방침을 밝힐 예정이라고 신문이 23일 보도했다.",
                  "정부는 자국 기업의 남미 진출을 돕고 원자재 조달망을 넓힐 계획이다.",
                  "남미는 니켈과 코발트 등 광물 매장량이 풍부하고 밀과 대두 등 곡물 수출국이기도 하다."]
    page = story_page(tmp_path, ["\n".join(decks), "사진=뉴시스 제공.\n사진=뉴시스 제공.", *paragraphs], "배너")
    assert body(ingest(page)) == [*decks, *paragraphs]
    spanish = ["Corea del Sur ha firmado un tratado de libre comercio con cinco países de Centroamérica, informó el ministerio.",
               "El negociador principal estampó su firma en la capital el miércoles por la tarde."]
    page = story_page(tmp_path, ["Negocios", "23.02.2018", "Ver este artículo en otro idioma\nfoto_180223.jpg",
                                 "El jefe negociador, tercero desde la izquierda, posa para una foto con los ministros de los cinco países.",
                                 *spanish])
    assert "Ver este artículo en otro idioma" not in body(ingest(page))
    linked = ["Property Value", "rdf:type", "rdfs:label", "  • 제3차 한-독일 외교장관 전략대화 개최", "skos:prefLabel"]
    assert all(shapes.is_chrome(line) for line in linked[1:3] + linked[4:])


def test_a_summary_under_the_headline_quoting_a_later_paragraph_leaves_both_and_a_blog_s_filing_line_is_chrome(tmp_path):
    headline = "El secretario de Estado visitará las cinco repúblicas de la región"
    deck = "En la primera escala, el secretario inaugurará junto al rector un edificio de la universidad local."
    paragraphs = ["WASHINGTON. El jefe de la diplomacia saldrá el sábado hacia cinco países que nunca ha visitado.",
                  "Antes hará una parada en Viena para unas conversaciones sobre seguridad regional.",
                  "Ningún titular de su cartera había recorrido antes toda la región, recordó su portavoz."]
    document = ingest(story_page(tmp_path, [headline, deck, *paragraphs, deck, "Después viajará a la última capital."]))
    assert body(document) == [headline, deck, *paragraphs, deck, "Después viajará a la última capital."]
    lead = "El presidente llegó esta tarde a la capital para una visita de Estado destinada a impulsar las relaciones."
    page = story_page(tmp_path, ["Presidente llega a la capital para visita de Estado",
                                 "In Noticias, Mundo by editor2024x", lead,
                                 "Al bajar del avión, el mandatario dio las gracias a sus anfitriones por la invitación."])
    assert "In Noticias, Mundo by editor2024x" not in body(ingest(page))


def test_a_headline_listed_with_its_outlet_and_date_and_an_agency_photo_credit(tmp_path):
    listed = '한국+중앙아 5개국 외교장관 협력포럼..."강력 연대 구축" / YTN (23.11.02)'
    headline = "한국+중앙아 5개국 외교장관 협력포럼...'강력 연대 구축'"
    paragraphs = ["다섯 나라 외교 수장이 한자리에 모여 교통과 에너지 협력을 놓고 머리를 맞댔습니다.",
                  "외교부는 어제 현지에서 지속가능한 협력을 주제로 제16차 협력 포럼을 개최했습니다."]
    document = ingest(story_page(tmp_path, ["News Releases", listed, "2023.11.02", headline, *paragraphs]))
    assert document.title == headline and body(document) == [headline, *paragraphs]
    assert shapes.is_photo_credit("(BIS Photo/Tim Aylen)") and not shapes.is_photo_credit("Yonhap photo")


def test_related_headlines_under_read_more_inside_the_text_and_a_news_portal_s_notes(tmp_path):
    paragraphs = ["The two countries have signed three agreements to deepen economic and social ties between them.",
                  "One of the texts sets up regular talks between the two foreign ministries on trade and security."]
    rest = ["The host asked both governments to put the new texts into practice without delay.",
            "\"Our two peoples will feel the benefits soon,\" the host told reporters.",
            "Farming and tourism came up as the first fields for joint work."]
    page = story_page(tmp_path, ["\n".join([*paragraphs, "READ MORE", "Minister will back the mission, ministry says",
                                            "Secretary: We had no hand in the abduction", *rest])])
    assert body(ingest(page)) == [*paragraphs, *rest]
    korean = ["외교부 장관이 독일 외교부 사무차관을 만나 정상의 국빈 방문 일정을 협의했다.",
              "양측은 한반도와 유럽의 평화와 안보가 긴밀히 연계되어 있다는 데 공감했다.",
              "외교부는 양측이 동북아 정세와 우크라이나 전쟁에 대해서도 의견을 교환했다고 밝혔다."]
    page = story_page(tmp_path, ["尹, 지난달 연기한 독일 순방 재추진", *korean],
                      "\n기사가 속한 카테고리는 언론사가 분류합니다.\n언론사는 한 기사를 두 개 이상의 카테고리로 분류할 수 있습니다.")
    assert body(ingest(page)) == ["尹, 지난달 연기한 독일 순방 재추진", *korean]


def test_a_board_s_button_row_is_chrome_and_a_date_between_dashes_dates_the_page(tmp_path):
    headline = "27년 셋방살이 페루한국대사관 '내집' 마련"
    lead = "(리마=한빛뉴스) 홍길동 특파원 = 현지 대사관이 수십 년 만에 정부 소유의 건물로 옮기게 됐다."
    rest = "대사관은 리마 중심가에 새 건물을 지어 이전할 계획이라고 밝혔다."
    page = story_page(tmp_path, ["27년 셋방살이 페루 한국대사관 '내집' 마련", "posted Nov 19, 2013\n?", "단축키",
                                 "Prev이전 문서", "Next다음 문서", "ESC닫기", "크게 작게 위로 아래로 댓글로 가기 인쇄",
                                 headline + "\n" + headline + "\n" + lead, rest])
    document = ingest(page)
    assert document.title == headline and body(document) == [headline, lead, rest]
    assert find_date("Daily Graphic Feb - 27 - 2024 , 08:11") == "2024-02-27"


def test_a_teaser_in_brackets_a_time_and_weekday_before_a_date_and_a_notifications_prompt_are_chrome(tmp_path):
    headline = "Perú y Japón conmemoraron el Día de la Amistad entre ambas naciones"
    paragraphs = ["Para celebrar el aniversario de las relaciones se organizó una ceremonia del té en el centro cultural.",
                  "También asistieron el embajador y el presidente de la asociación de la comunidad, informó la cancillería.",
                  "En su discurso, el ministro recordó a los primeros inmigrantes llegados hace más de un siglo."]
    page = story_page(tmp_path, ["Política", headline, "22:14 horas - Miércoles, 3 Abril 2019", paragraphs[0], paragraphs[1],
                                 "[Lee también: El foro regional no tendrá ideologías, afirma el canciller]", paragraphs[2]])
    document = ingest(page)
    assert body(document) == [headline, *paragraphs] and document.date == "2019-04-03"
    page = story_page(tmp_path, ["Infórmate con nosotros a toda hora y desde cualquier lugar.",
                                 "Acepta las notificaciones y recibe al instante todas las noticias del día.",
                                 "El presidente llega a la isla en visita oficial", *paragraphs])
    document = ingest(page)
    assert document.title == "El presidente llega a la isla en visita oficial" and body(document)[1:] == paragraphs


def test_broken_character_references_and_an_agency_s_photographers_in_brackets_are_chrome(tmp_path):
    headline = "Minister attends the Council's monthly session in the capital"
    paragraphs = ["The Minister joined his counterparts at Monday's session of the Council in the capital.",
                  "In the debate on the war, he asked his colleagues to keep a common line."]
    page = story_page(tmp_path, [headline, "Must read", "& Sigma; & tau; & iota; & sigmaf; & epsilon; & rho;",
                                 "& nbsp & nbspsitename & nbsp; & nbsp;", " (Xinhua/Ana Ruiz, Luis Soto)", *paragraphs])
    assert body(ingest(page)) == [headline, *paragraphs]
    assert not shapes.is_markup_residue("Ministers & Ambassadors met; the talks went well.")


def test_several_writers_in_a_byline_dates_written_month_dot_day_and_an_image_source_are_chrome(tmp_path):
    caption = "Conferencia de prensa en la capital tras la reunión de ministros de Asuntos Exteriores y de Defensa."
    paragraphs = ["Transcripción conjunta con el primer ministro, el ministro de Defensa y la ministra de Exteriores.",
                  "Bien, bienvenidos todos. Hoy hemos tenido el placer de recibir a nuestros homólogos en la capital."]
    page = story_page(tmp_path, ["Subscribe to our free weekly newsletter", "Defense & Security", caption,
                                 "Bandera australiana y bandera surcoreana.", "Image Source : Shutterstock",
                                 "by Ana Ruiz , Luis Soto , Eva Mora , Kim Min-ho",
                                 "First Published in: Jan.05,2024", "May.27, 2024", *paragraphs])
    assert body(ingest(page)) == [caption, "Bandera australiana y bandera surcoreana.", *paragraphs]
    assert find_date("First Published in: Jan.05,2024") == "2024-01-05" and shapes.is_byline("Por Ana Ruiz /ECS")


def test_a_labelled_title_s_copies_and_a_lead_opening_with_its_agency_and_a_spaced_dash(tmp_path):
    headline = "El ministro visita tres países de África occidental"
    summary = "Resumen de la noticia El ministro sale hoy hacia tres capitales de la costa occidental del continente."
    page = story_page(tmp_path, ["Síguenos", headline, "Pie de foto: " + headline, "Título de la noticia " + headline,
                                 summary, "Con este viaje, el ministro subraya la importancia que el país otorga a la región."])
    document = ingest(page)
    assert body(document) == ["Título de la noticia " + headline, summary,
                              "Con este viaje, el ministro subraya la importancia que el país otorga a la región."]
    headline = ("🔴 ÚLTIMA HORA | El canciller dice a su par que su gobierno solo respalda una salida negociada bajo la ONU "
                "para el conflicto fronterizo, con el fin de lograr una paz estable.")
    lead = ("EL CAIRO (ECS). - Los dos jefes de la diplomacia hablaron durante una hora por teléfono el jueves, "
            "repasaron la crisis vecina y quedaron en verse en persona antes de fin de año en la capital.")
    document = ingest(story_page(tmp_path, [headline, "Por Ana Ruiz /ECS ", lead, "Ambos ministros acordaron seguir en contacto."]))
    assert document.title == headline and body(document) == [headline, lead, "Ambos ministros acordaron seguir en contacto."]


def test_a_caption_printed_twice_over_the_lead_keeps_the_copy_nearest_and_a_donation_call_is_chrome(tmp_path):
    headline = "외교부장 \"양측은 앞으로도 서로의 핵심 이익을 지지하는 믿을 만한 동반자가 되어야 한다\""
    caption = "왕이 중국 국무위원과 아랍연맹 사무총장"
    paragraphs = ["미국과 이란의 갈등이 증폭되고 있는 가운데 중국 외교 담당 국무위원이 아랍연맹 사무총장과 회담했다.",
                  "중국 외교부는 양측이 이날 공동 관심을 갖는 국제 문제에 대해 의견을 나눴다고 밝혔다."]
    page = story_page(tmp_path, [headline, caption + "\n" + caption, *paragraphs],
                      "이 기사가 마음에 드시나요? 좋은기사 원고료로 응원하기\n원고료로 응원하기\nEnglish (US) ·")
    assert body(ingest(page)) == [headline, caption, *paragraphs]


def test_a_correspondent_s_from_byline_a_wire_s_bracketed_terms_and_a_desk_with_agencies_are_chrome(tmp_path):
    paragraphs = ["The Federal Government and the Republic of Korea met yesterday to plan ways to deepen their ties.",
                  "The two ministers met at the foreign ministry's headquarters for two hours of talks."]
    document = ingest(story_page(tmp_path, [" date 2021-08-19 From Ana Ruiz Soto, Abuja", *paragraphs]))
    assert document.title is None and body(document) == paragraphs and document.date == "2021-08-19"
    korean = ["러시아 외무장관이 케냐를 깜짝 방문해 양국 관계를 논의했다고 현지 언론이 보도했다.",
              "외무장관은 대통령을 예방하고 경제 협력 방안을 협의했다."]
    page = story_page(tmp_path, ["러 외무, 케냐 깜짝방문…아프리카 외교 강화", "[타스 , 재판매 및 DB 금지]", *korean])
    assert body(ingest(page)) == ["러 외무, 케냐 깜짝방문…아프리카 외교 강화", *korean]
    spanish = ["Los dos gobiernos pondrán su firma al acuerdo comercial a finales de febrero, anunció el ministerio.",
               "El café y las flores son hoy los principales productos que se venden al socio asiático."]
    assert body(ingest(story_page(tmp_path, ["Los dos países firmarán el TLC", *spanish, "Santa Fe con agencias"]))) \
        == ["Los dos países firmarán el TLC", *spanish]


def test_a_subheading_under_a_lead_with_its_dateline_is_no_headline_and_a_date_before_an_outlet_s_byline(tmp_path):
    lead = ("QUITO (AP) — El jefe de Estado dio la bienvenida el martes a un heredero real del Golfo "
            "en la sede del gobierno, y los dos firmaron cuatro convenios de inversión.")
    rest = ["El visitante llegó al mediodía a la base aérea, donde lo esperaba una guardia de honor.",
            "¡Sigue nuestro canal de WhatsApp y entérate de todo! Únete aquí",
            "Los analistas ven en el viaje una señal de interés por los puertos y la minería del país."]
    document = ingest(story_page(tmp_path, [lead, "Una visita con los puertos en la agenda", *rest]))
    assert document.title is None and "¡Sigue nuestro canal de WhatsApp y entérate de todo! Únete aquí" not in body(document)
    headline = "우리나라, 페루와 핵심광물 공급 '협약'"
    deck = "공동 탐사와 기술 교류까지 아우르는 협력의 틀 마련"
    paragraphs = ["정부가 남미의 한 동반자 국가와 핵심 광물 분야 협력을 한층 넓힌다.",
                  "산업통상자원부는 대통령이 정상회의 참석을 계기로 양해각서를 체결했다고 밝혔다."]
    document = ingest(story_page(tmp_path, [headline, deck, "2024-11-18     한빛뉴스 홍길동 기자", *paragraphs]))
    assert document.title == headline and body(document) == [headline, deck, *paragraphs] and document.date == "2024-11-18"


def test_teasers_stamped_in_greenwich_time_a_site_s_makers_an_audio_widget_and_a_template_s_sample_text(tmp_path):
    paragraphs = ["The President plans to leave for Ethiopia later this month on a tour of three African countries.",
                  "A stop in Paris for a state visit closes the trip."]
    page = story_page(tmp_path, [*paragraphs, "Source: agencies\nGMT 15:26 2017 Wednesday ,15 March\n"
                                 "Court sets a date for the former leader's hearingGMT 19:18 2017 Tuesday ,14 March\n"
                                 "Regional governor leads the early pollsGMT 15:22 2017 Monday ,06 February\n"
                                 "Former leader goes through interrogation in few daysMaintained and developed by Example Media Group\n"
                                 "All rights reserved to Example Media Group 2021 ©"])
    assert body(ingest(page)) == paragraphs
    spanish = ["Los dos países acuerdan ampliar su trabajo conjunto en inversión y cooperación técnica.",
               "El ministro recibió el martes al embajador del país asiático para repasar los temas pendientes."]
    document = ingest(story_page(tmp_path, [" date 2025-10-22 GENERANDO AUDIO...", *spanish]))
    assert body(document) == spanish and document.date == "2025-10-22"
    korean = ["중국 외교부장이 새해 첫 순방지로 아프리카 4개국을 방문한다고 외교부가 밝혔다.",
              "외교부 대변인은 이번 방문이 중국과 아프리카의 전통적 우의를 보여준다고 말했다."]
    assert body(ingest(story_page(tmp_path, korean, "이 콘텐츠를 공유하세요.\n\n안내 문구가 한줄로 들어가는 영역입니다"))) == korean


def test_other_stories_under_series_tags_a_channel_invitation_and_an_agency_after_a_dash_in_a_byline(tmp_path):
    korean = ["남미 최대 경제 공동체와의 무역 협상이 다시 속도를 내고 있다.",
              "양측 협상은 몇 해 전 시작된 뒤 여러 차례 중단과 재개를 거듭했다.",
              "협상단은 올해 안에 주요 쟁점을 정리한다는 목표를 세웠다."]
    page = story_page(tmp_path, korean, "[기획-무역포커스] 한 나라의 수출이 두 달 연속 늘어…\n"
                                        "[기획-아시아 통상] 동남아 무역흑자 오히려 확대\n[기획-아시아 통상] 투자 협력 강화 논의\n[기획-아시아")
    assert body(ingest(page)) == korean
    assert not shapes.is_tagged_headline("[서울=한빛뉴스] 홍길동 기자 = 외교부는 21일 이같이 밝혔다.")
    spanish = ["Los dos gobiernos estrenan juntos una sede diplomática en la capital africana este lunes por la mañana.",
               "El acto reunió a diplomáticos de ambos gobiernos y a representantes del sector privado."]
    page = story_page(tmp_path, ["POLÍTICA", "Dos gobiernos estrenan una sede diplomática compartida",
                                 "Por: Ana Ruiz – AGENCIA", spanish[0], "Invitación al canal de WhatsApp del diario", spanish[1]])
    assert body(ingest(page)) == ["Dos gobiernos estrenan una sede diplomática compartida", *spanish]


def test_a_date_label_without_its_date_reading_time_in_minute_marks_a_teaser_label_without_colon_and_desk_codes(tmp_path):
    english = ["The Prime Minister received the new envoys of four countries at his office on Monday.",
               "He asked them to help widen trade and exchanges between their capitals and his own."]
    page = story_page(tmp_path, ["Envoys present their letters to the Prime Minister", "Updated", *english,
                                 "More in this section"])
    assert body(ingest(page)) == ["Envoys present their letters to the Prime Minister", *english]
    spanish = ["El canciller viaja esta semana a tres capitales europeas para reuniones con sus pares.",
               "En la primera escala conversó con su homólogo sobre un posible tratado de inversiones.",
               "Ambos acordaron que los equipos técnicos se reunirán antes de fin de año."]
    page = story_page(tmp_path, ["Un canciller de gira por Europa prepara un tratado de inversiones", "Lectura: 3'",
                                 *spanish[:2], "nrc/jmp-ald/tgs", spanish[2],
                                 "Te puede interesar El presidente anunció cambios en su gabinete", "Más sobre este tema:"])
    assert body(ingest(page)) == ["Un canciller de gira por Europa prepara un tratado de inversiones", *spanish]
    assert not shapes.is_pointed_link("Te puede interesar saber que el acuerdo entra en vigor el lunes.")


def test_a_publication_stamp_with_its_writer_a_script_s_part_labels_a_short_credited_caption_and_a_phone_sign(tmp_path):
    english = ["Foreign ministers of the bloc met on Wednesday in a southern city to prepare the summit.",
               "They agreed on a joint statement about trade with partners outside the region."]
    page = story_page(tmp_path, ["Ministers prepare the bloc's summit", "Published in 03/05/2021 - 09:15 By Ana Ruiz - Capital",
                                 "Updated in 02/05/2021 - 18:40", english[0], "[REPORT]", english[1]])
    document = ingest(page)
    assert document.title == "Ministers prepare the bloc's summit" and document.date == "2021-05-03"
    assert body(document) == ["Ministers prepare the bloc's summit", *english]
    korean = ["홍길동 기획재정부 차관이 다음 주 남미에서 열리는 개발은행 연차총회에 참석한다.",
              "차관은 총회 기간 중 회원국 대표들과 만나 협력 방안을 논의할 예정이다."]
    document = ingest(story_page(tmp_path, ["▲홍길동 기획재정부 차관. (기획재정부)", *korean,
                                            "중남미국 공보담당관 김철수 과장(☎:2100-1234)",
                                            "· 한빛 뉴스의 저작권 정책은 한빛(02-123-4567)으로 문의하여 주시기 바랍니다."]))
    assert document.title is None and body(document) == ["▲홍길동 기획재정부 차관. (기획재정부)", *korean]


def test_a_reaction_prompt_a_comment_count_and_policy_under_the_story_and_a_related_story_s_label(tmp_path):
    english = ["Ministers of the six members met on Sunday to settle the agenda of their yearly summit.",
               "Their leaders are expected to discuss a common market and a customs union."]
    page = story_page(tmp_path, ["Gulf ministers prepare the yearly summit", *english, "Did you enjoy this story?",
                                 "3 Comment(s)", "Comment Policy * Required fields are marked 800 / 800"])
    assert body(ingest(page)) == ["Gulf ministers prepare the yearly summit", *english]
    spanish = ["Los presidentes de la región se reúnen este viernes en una ciudad del norte del país anfitrión.",
               "Entre los temas figuran la seguridad, el comercio y el cambio climático."]
    page = story_page(tmp_path, [spanish[0], "Nota relacionada: Dos mandatarios confirman su viaje a la cumbre", spanish[1]])
    assert body(ingest(page)) == spanish


def test_the_site_s_latest_stories_under_how_long_ago_an_outlet_s_own_credit_and_a_label_before_a_bar(tmp_path):
    english = ["The two foreign ministers met in a third capital on Thursday and agreed to reopen their embassies.",
               "They also discussed flights between their countries and visas for business travellers."]
    page = story_page(tmp_path, ["Two foreign ministers meet in a third capital", "Example Gazette report", *english,
                                 "2 hours ago", "Governor opens a new bridge over the river",
                                 "3 hours ago", "Local team wins the regional cup"])
    assert body(ingest(page)) == ["Two foreign ministers meet in a third capital", *english]
    spanish = ["El ministro anunció el jueves que su gobierno quiere prorrogar el convenio firmado con la alianza.",
               "Sostuvo además que trabajar con otros gobiernos amigos resulta hoy imprescindible."]
    page = story_page(tmp_path, [spanish[0], "LEE MÁS | Lluvias intensas cortan una carretera del sur", spanish[1],
                                 "MIRA AQUÍ | Un festival de cine abre sus puertas en la capital"])
    assert body(ingest(page)) == spanish


def test_a_blog_s_recent_posts_widget_a_lone_tag_in_lower_case_and_stories_cut_by_the_site_s_limit(tmp_path):
    spanish = ["La canciller recibió el martes a una delegación de legisladores de un país vecino.",
               "Ambas partes acordaron reunirse otra vez antes de que termine el año."]
    page = story_page(tmp_path, ["Canciller recibe a legisladores de un país vecino", *spanish, "cancillería",
                                 "Entradas recientes", "Abren una feria del libro en el centro histórico",
                                 "Los organizadores esperan miles de visitantes durante… Leer más", "5 horas hace"])
    assert body(ingest(page)) == ["Canciller recibe a legisladores de un país vecino", *spanish]
    page = story_page(tmp_path, ["Canciller recibe a legisladores de un país vecino", *spanish,
                                 "El gobierno anunció una nueva ronda de consultas con los gremios del…",
                                 "Las lluvias de la semana pasada dejaron sin luz a varios barrios de la…",
                                 "Un grupo de estudiantes ganó el certamen regional de robótica con un…"])
    assert body(ingest(page)) == ["Canciller recibe a legisladores de un país vecino", *spanish]
    # a lone last line opening in capitals is still the text cut by the page's limit
    page = story_page(tmp_path, ["Canciller recibe a legisladores de un país vecino", *spanish, "Por otra parte"])
    assert body(ingest(page))[-1] == "Por otra parte"


def test_a_caption_credited_after_a_slash_the_page_s_title_at_its_foot_and_an_alt_text_as_a_list_item(tmp_path):
    korean = ["외교부 장관은 12일 방한 중인 중미 3개국 외교장관과 회담을 갖고 교역 확대 방안을 논의했다.",
              "양측은 내년 상반기 중 서울에서 후속 협의를 열기로 합의했다."]
    caption = "중미 3개국 외교장관이 12일 서울 외교부 청사에서 기념 촬영을 하고 있다. /EFE 뉴스1"
    document = ingest(story_page(tmp_path, [caption, *korean]))
    assert document.title is None and body(document) == [caption, *korean]
    headline = "외교장관, 중미 3개국 외교장관과 교역 확대 방안 논의"
    document = ingest(story_page(tmp_path, [headline, *korean, f"{headline} | Example Daily"]))
    assert body(document) == [headline, *korean]
    alt = "▲ 중미 3개국 외교장관과 회담하는 외교부 장관의 모습. 이 사진은 외교부가 제공했다."
    document = ingest(story_page(tmp_path, [headline, f"• {alt}", alt, *korean]))
    assert body(document) == [headline, alt, *korean]
    byline = "BY Jane Example"
    english = ["The minister received three counterparts from Central America on Tuesday.",
               "They agreed to meet again in the first half of next year."]
    assert body(ingest(story_page(tmp_path, ["Minister receives three counterparts", *english, byline]))) == \
        ["Minister receives three counterparts", *english]


def test_a_speech_greeting_its_guests_one_line_each_under_its_heading(tmp_path):
    greetings = ["Her Excellency Ana Example, Ambassador of the Republic of Korea;", "Distinguished Cabinet Colleagues;",
                 "Members of the Diplomatic Corps;", "Ladies and Gentlemen;"]
    speech = ["Good morning.", "It is an honour to mark this anniversary with friends from near and far."]
    heading = "Remarks by the Minister of Foreign Affairs at the reception for the national day"
    document = ingest(story_page(tmp_path, [heading, *greetings, *speech]))
    assert document.title == heading and body(document) == [heading, *greetings, *speech]


def test_a_lead_under_its_dateline_after_its_copy_as_summary_and_a_lone_network_button(tmp_path):
    lead = "The foreign minister will visit three island countries next week to discuss climate finance and fisheries."
    rest = ["Officials said the trip would include meetings with each country's prime minister."]
    document = ingest(story_page(tmp_path, ["Foreign minister to visit three island countries", lead,
                                            f"Wellington : {lead}", *rest, "X"]))
    assert body(document) == ["Foreign minister to visit three island countries", f"Wellington : {lead}", *rest]


def test_captions_credited_in_angle_brackets_after_a_copyright_sign_and_an_agency_s_photo(tmp_path):
    korean = ["외교부 장관은 18일 브뤼셀에서 유럽연합 외교안보 고위대표와 회담을 가졌다.",
              "양측은 기후변화와 통상 분야에서 협력을 강화하기로 했다."]
    headline = "외교장관, 유럽연합 고위대표와 회담 결과 발표"
    marked = "▲한-EU 외교장관회담<한빛뉴스>"
    assert body(ingest(story_page(tmp_path, [headline, marked, *korean]))) == [headline, marked, *korean]
    caption = "브뤼셀 시민들이 광장에 모여 축제를 즐기고 있다"
    document = ingest(story_page(tmp_path, [headline, *korean, f"{caption}© AFP=한빛뉴스", caption,
                                            "회담 결과는 외교부 누리집에 게시됐다."]))
    assert body(document) == [headline, *korean, caption, "회담 결과는 외교부 누리집에 게시됐다."]
    photo = "A foreign minister speaks to reporters after the talks, May 8, 2024, in Brussels. (AP Photo/Lucía Fernández)"
    spanish = ["Varios gobiernos de la región expresaron el martes su rechazo a la decisión de impedir la visita de sus cancilleres, que debían reunirse con las autoridades locales para preparar una conferencia.",
               "Entre los enviados había funcionarios de seis países, que tacharon la medida de provocación y reclamaron una respuesta común de la región."]
    menu = ["• Quiénes somos", "• Política de privacidad (UE)", "• Entrar", "• Registrarse", "martes, marzo 3, 2026"]
    page = write(tmp_path / "page.txt", "\n".join(menu) + "\n\nLos cancilleres condenan la decisión de impedir la visita\n\n"
                 f"31 de mayo de 2025\n{photo}\n\n{photo}\n\n" + "\n\n".join(spanish) + "\n")
    document = ingest(page)
    assert document.title == "Los cancilleres condenan la decisión de impedir la visita"
    assert body(document) == [document.title, photo, *spanish]


def test_a_headline_opening_with_a_date_in_figures_and_a_themes_heading_over_other_stories(tmp_path):
    korean = ["□ 산업통상자원부는 중미 5개국과의 자유무역협정이 3월 1일자로 모든 나라에서 발효된다고 밝혔다.",
              "□ 이로써 우리 기업의 중미 시장 진출이 한층 쉬워질 것으로 기대된다."]
    headline = "3.1일 한-중미 자유무역협정 전체 발효"
    assert ingest(story_page(tmp_path, [headline, *korean])).title == headline
    spanish = ["El canciller se reunió el domingo con sus homólogos de cuatro países de la región.",
               "Las citas se celebraron al margen de la reunión preparatoria de la cumbre."]
    page = story_page(tmp_path, ["El canciller se reúne con cuatro homólogos", *spanish, "Check Also",
                                 "Dos países firman un acuerdo de cooperación cultural",
                                 "Los ministros de cultura de ambos países firmaron el lunes un…"])
    assert body(ingest(page)) == ["El canciller se reúne con cuatro homólogos", *spanish]


def test_a_section_label_run_into_the_site_s_update_stamp_above_the_headline(tmp_path):
    english = ["The two governments marked twenty years of relations with a concert in the capital on Friday.",
               "The ambassador thanked the ministry for its support over two decades."]
    page = write(tmp_path / "page.txt", "Island Courier Facebook Island Courier Twitter\n"
                 "Local : Government Press Office Updates Last Updated: Mar 3, 2019 - 2:10:05 PM\n\n\n"
                 "Two Countries Mark Twenty Years of Relations\nBy Government Press Office\nMar 1, 2019 - 10:12:40 AM\n\n"
                 + "\n\n".join(english) + "\n")
    document = ingest(page)
    assert document.title == "Two Countries Mark Twenty Years of Relations"
    assert body(document) == [document.title, *english]


def test_share_buttons_named_by_network_an_ad_slot_with_its_network_a_views_counter_and_a_desk_s_reporter(tmp_path):
    korean = ["외교부 장관은 15일 서울에서 방한 중인 남미 국가 외교장관과 회담을 가졌다.",
              "양 장관은 교역과 투자 확대 방안을 논의했다."]
    bar = "트위터 페이스북 카카오톡 네이버 밴드 인쇄하기 메일로 보내기 글자 크게 글자 작게"
    page = write(tmp_path / "page.txt", "김하늘 선임 기사입력  2019/07/16 [05:49]\n한-남미 외교 장관회담 개최\n" + bar + "\n\n"
                 "▲ 한-남미 외교 장관회담(사진=외교부)\n\n"
                 + "\n\n".join(korean) + "\n\n" + bar + "\n무단전재 및 재배포 금지\n")
    assert body(ingest(page)) == ["한-남미 외교 장관회담 개최", "▲ 한-남미 외교 장관회담(사진=외교부)", *korean]
    spanish = ["Los cancilleres acordaron ayer celebrar la próxima cumbre regional en la capital del país anfitrión.",
               "La reunión servirá para revisar el calendario de trabajo del año."]
    page = story_page(tmp_path, ["Los cancilleres fijan la sede de la cumbre", spanish[0], "Publicidad XyPublicidad Xy",
                                 "Publicidad Xy", spanish[1], "(Visited 3 times, 1 visits today)"])
    assert body(ingest(page)) == ["Los cancilleres fijan la sede de la cumbre", *spanish]
    english = ["The president received the credentials of eleven new ambassadors on Tuesday.",
               "He said the new envoys would strengthen trade ties."]
    page = story_page(tmp_path, ["President receives new ambassadors", "Lindiwe Example Presidency reporter", *english,
                                 "This article has been read 58 times in total"])
    assert body(ingest(page)) == ["President receives new ambassadors", *english]


def test_a_wire_s_stamp_with_its_utc_offset_under_the_headline_and_a_caption_credited_to_its_source(tmp_path):
    english = ["VIENNA, May 12. /Example Wire/. The organization's secretary general will visit the capital next week.",
               "His programme is still being prepared, a spokesperson said."]
    page = write(tmp_path / "page.txt", "Back to Main page\nSecretary general to visit the capital next week\n\nWorld\n"
                 "May 12, 9:40 UTC+2 VIENNA\n\nThe programme of the visit is still being prepared\n\n" + "\n\n".join(english) + "\n")
    assert ingest(page).title == "Secretary general to visit the capital next week"
    korean = ["두 나라 외무장관은 27일 회담을 갖고 국경 문제를 논의했다.",
              "| 두 외무장관이 27일 회담장에서 악수하고 있다. (출처: 한빛통신) |",
              "양측은 다음 달 다시 만나기로 했다."]
    document = ingest(story_page(tmp_path, korean))
    assert document.title is None and body(document) == korean


def test_an_end_mark_between_dashes_of_two_kinds_and_teasers_cut_in_a_word_before_their_link(tmp_path):
    english = ["The government thanked the donor for its contribution to the school meals programme.",
               "The grant will reach about two thousand pupils this year."]
    page = story_page(tmp_path, ["Donor supports school meals programme", *english, "- END –",
                                 "For further information, please contact the Ministry of Foreign Affairs at 123 4567."])
    assert body(ingest(page)) == ["Donor supports school meals programme", *english]
    # another story's opening cut inside a word before its link, without an ellipsis before it
    assert shapes.is_cut_teaser("Lima, 3 de febrero de 2022. El embajador presentó sus cartas ante la Dirección del Minis Leer más...")
    ends = ["Abiy Example said his country was inspired by the development model. Read More..."]
    page = story_page(tmp_path, ["Two leaders meet", *english, *ends])
    assert body(ingest(page))[-1] == ends[0]  # a sentence ended before the link: the text's own paragraph


def test_a_link_to_the_page_s_top_under_the_story_and_an_app_s_prompt_inside_it(tmp_path):
    english = ["The minister met the ambassadors of twelve countries on Tuesday to discuss the return of stranded nationals.",
               "She said the ministry would keep working with the airlines until every request had been met."]
    headline = "Minister meets ambassadors on the return of stranded nationals"
    page = write(tmp_path / "page.txt", headline + "\n\n" + english[0] + "\n\nOpen in App\n" + english[1] + "\n\n\nTop of page")
    assert body(ingest(page)) == [headline, *english]
    korean = ["외교부는 9일 재외국민 귀국 지원을 위해 주요국 대사들과 회의를 가졌다고 밝혔다.",
              "외교부는 항공사와 협력해 귀국 수요를 계속 파악할 계획이다."]
    page = story_page(tmp_path, ["외교부, 재외국민 귀국 지원 회의 개최", *korean], "앱에서 보기\n맨 위로")
    assert body(ingest(page)) == ["외교부, 재외국민 귀국 지원 회의 개최", *korean]


def test_a_stamp_bar_inside_the_text_and_the_lead_printed_over_it_as_the_page_s_deck(tmp_path):
    lead = ("The country has brought home more than ten thousand of its nationals stranded abroad so far, "
            "the foreign ministry said on Thursday.")
    whole = lead + " \"Flights from eleven countries landed this week,\" a spokesperson told reporters."
    more = "A second phase of the flights will begin next week and cover thirty more countries, she added."
    page = write(tmp_path / "page.txt", " date 2021-03-04 Left Menu\n" + lead + "\n\n"
                 "WIRE | Capital City | Updated: 04-03-2021 21:43 IST | Created: 04-03-2021 21:41 IST\n"
                 + whole + "\n\n" + more + "\n")
    document = ingest(page)
    assert body(document) == [whole, more]
    assert document.date == "2021-03-04"
    assert shapes.is_stamp_bar("Example Wire | Updated: March 4, 2021 10:12 | Created: March 4, 2021 09:58")
    assert not shapes.is_stamp_bar("Exports | Imports | Balance")  # a table's head, no date in it
    assert not shapes.is_stamp_bar("The talks were held on 4 March 2021 | both sides agreed to meet again next year")


def test_a_wire_credited_under_the_story_with_its_sister_site_and_a_closing_dateline_over_the_source(tmp_path):
    english = ["Foreign missions were briefed on the country's new visa rules at a meeting held by the ministry on Monday.",
               "The deputy minister said the rules would make travel easier for business people and students."]
    page = story_page(tmp_path, ["Foreign missions briefed on new visa rules", *english], "XNA\n\nExampleNet, Example News Agency (XNA)")
    assert body(ingest(page)) == ["Foreign missions briefed on new visa rules", *english]
    spanish = ["Esta mañana el canciller recibió las copias de estilo del nuevo embajador acreditado en el país.",
               "Los dos repasaron la agenda común y las visitas que se preparan para los próximos meses."]
    page = write(tmp_path / "page.txt", "Presentación de copias de estilo del nuevo embajador\n\n" + "\n\n".join(spanish)
                 + "\n \n \n\nCiudad Capital, 12 de abril de 2019\nFuente: Ministerio de Relaciones Exteriores\nDirección de Prensa")
    document = ingest(page)
    assert body(document) == ["Presentación de copias de estilo del nuevo embajador", *spanish, "Ciudad Capital, 12 de abril de 2019"]
    assert document.date == "2019-04-12"


def test_the_site_s_dated_documents_under_the_text_and_its_motto_over_a_headline_printed_twice(tmp_path):
    english = ["Port Example, 3 May 2021: The Chairperson of the Commission will visit three member states next week.",
               "The visits will focus on trade, peace and security, and the reform of the Commission."]
    headline = "STATEMENT ON THE PRESIDENT’S TOUR OF THREE MEMBER STATES"
    listed = ["May 2, 2021", "The Commission sets out its plan for the coming decade in a new report.",
              "April 28, 2021", "Results of the partnership with the regional health programme",
              "April 20, 2021", "Migration remains a shared priority of the member states."]
    page = story_page(tmp_path, ["A United, Prosperous and Peaceful Region.", "Slides", headline, headline, "Share:",
                                 "May 3, 2021", headline, *english, "-" * 60, "Department Resources", *listed])
    document = ingest(page)
    assert body(document) == [headline, *english]
    assert document.title == headline


def test_an_image_s_stub_its_agency_a_stamp_bar_with_a_bare_date_and_a_link_out_of_the_page(tmp_path):
    spanish = ["SANTIAGO.- Tras la cumbre celebrada este viernes, los presidentes firmaron una declaración conjunta.",
               "La declaración recoge seis puntos sobre cooperación, diálogo y democracia en la región."]
    page = story_page(tmp_path, ["Los presidentes firman una declaración conjunta tras la cumbre",
                                 "12 de abril de 2019 | 09:41 | Escrito por Ana Ruiz, Diario Ejemplo\nimagen\nReuters",
                                 spanish[0], "Lea en Ejemplo", " @Cancilleria_Ej (X)", spanish[1]])
    document = ingest(page)
    assert body(document) == ["Los presidentes firman una declaración conjunta tras la cumbre", *spanish]
    assert document.date == "2019-04-12"
    korean = ["외교부 장관은 8일 서울에서 방한 중인 상대국 외교장관과 회담을 가졌다.",
              "양 장관은 에너지와 건설 분야 협력을 확대하기로 했다."]
    page = story_page(tmp_path, ["한-상대국 외교장관회담 개최…에너지·건설 협력 확대 논의", "자료 제공: 한빛통신", *korean,
                                 "회담 결과 전문 읽기(영문): https://www.example.org/statements/2017-11-03.htm"])
    assert body(ingest(page)) == ["한-상대국 외교장관회담 개최…에너지·건설 협력 확대 논의", *korean]
    english = ["The foreign secretary will fly to the regional meeting next week, the ministry said on Saturday.",
               "The meeting will be held in the capital from July 11 to 14."]
    page = story_page(tmp_path, ["Foreign secretary to fly to the regional ministers’ meeting",
                                 "Photo of Ana Ruiz Ana Ruiz4 hours ago", *english])
    assert body(ingest(page)) == ["Foreign secretary to fly to the regional ministers’ meeting", *english]


def test_an_empty_widget_s_message_a_page_kind_label_and_a_rights_notice_that_opens_its_line(tmp_path):
    english = ["The Secretary-General received the visiting foreign minister at the headquarters on Tuesday.",
               "The two sides discussed the humanitarian situation and the reconstruction of the region."]
    headline = "• Secretary-General receives visiting foreign minister at headquarters"
    page = write(tmp_path / "page.txt", "Latest :\n  • There is no data available\n  • There is no data available\n"
                 "Homepage > News\n\nNews Details\n" + headline + "\n    Date: 05/03/2024\n\n" + "\n\n".join(english)
                 + "\n\nAll rights reserved for the Information Technology Department of the Example Secretariat Top of the page")
    document = ingest(page)
    assert body(document) == [headline, *english]
    assert document.title == headline
    korean = ["외교부는 올해 공적개발원조 사업 계획을 발표했다.", "외교부는 협력 대상국과 사업을 협의할 계획이다."]
    page = story_page(tmp_path, ["외교부, 올해 공적개발원조 사업 계획 발표…협력국과 협의 예정", *korean], "등록된 게시물이 없습니다.")
    assert body(ingest(page)) == ["외교부, 올해 공적개발원조 사업 계획 발표…협력국과 협의 예정", *korean]


def test_a_related_heading_over_the_last_two_paragraphs_a_broadcast_sign_off_and_a_lone_about_heading(tmp_path):
    korean = ["외교부는 23일 양국 간 경제안보대화 첫 회의를 다음 달 초 워싱턴에서 연다고 밝혔다.",
              "앞서 양국은 지난 5월 정상회담에서 공급망 협력을 위한 대화 채널을 만들기로 했다."]
    page = write(tmp_path / "page.txt", "정치일반\n\n[단독] 한미, 경제안보대화 첫 회의 다음 달 초 워싱턴서 개최\n\n"
                 "외교부는 이날 회의 준비 상황을 설명했다고 전했다. 양측은 의제를 조율하고 있다.\n\n관련기사\n\n\n\n"
                 + "\n\n".join(korean))
    assert body(ingest(page))[-2:] == korean
    lines = ["외교부는 오늘 학술그룹 워크숍을 열고 공공외교 추진 방향을 논의했다.",
             "참석자들은 세 가지 주제에 대해 발표하고 토론했다."]
    page = story_page(tmp_path, ["외교부, 공공외교 학술그룹 워크숍 개최…추진 방향 논의", *lines, "김하늘 기자입니다."], "외교부 개요")
    assert body(ingest(page)) == ["외교부, 공공외교 학술그룹 워크숍 개최…추진 방향 논의", *lines]


def test_tools_and_labels_under_a_story_and_its_issuer_signing_in_capitals(tmp_path):
    english = ["The foreign minister attended the luncheon held for the group's foreign ministers on Sunday.",
               "She said the group should keep working for an open world economy."]
    page = story_page(tmp_path, ["Minister attends luncheon for the group's foreign ministers", *english,
                                 "Visit website »", "ISSUED BY THE DEPARTMENT OF EXAMPLE RELATIONS AND COOPERATION"])
    document = ingest(page)
    assert body(document) == ["Minister attends luncheon for the group's foreign ministers", *english]
    assert document.metadata["department"] == "DEPARTMENT OF EXAMPLE RELATIONS AND COOPERATION"
    page = story_page(tmp_path, ["Minister attends luncheon for the group's foreign ministers", *english,
                                 "Suggest To A Friend:", "También lee:"])
    assert body(ingest(page)) == ["Minister attends luncheon for the group's foreign ministers", *english]


def test_a_date_place_and_issuer_line_between_dashes_and_a_lead_in_ending_in_a_colon(tmp_path):
    english = ["Human rights are the foundation of freedom, justice and peace in the world, the minister said.",
               "The candidacy will be based on six priorities agreed with partners."]
    page = write(tmp_path / "page.txt", "Minister presents the country's bid for a Council seat\nNews release\n"
                 "May 9, 2023 - Example City, Example Province - Example Affairs Ministry\n" + "\n".join(english) + "\n")
    document = ingest(page)
    assert document.title == "Minister presents the country's bid for a Council seat" and document.date == "2023-05-09"
    assert body(document) == [document.title, *english]
    lines = ["Gist of the two leaders' summit on Dec. 23",
             "Below is a summary of what the two leaders said at their meeting in the capital:",
             "Leader A: I want to raise our relations to a new level this year, as both our peoples hope.",
             "Leader B: We value the state visit planned for the coming spring season very highly."]
    page = story_page(tmp_path, ["print PRINT", "WORLD > Asia", *lines])
    assert ingest(page).title == lines[0]


def test_a_board_s_record_fields_a_viewer_notice_and_widgets_inside_the_text(tmp_path):
    korean = ["외교부 장관은 20일 재외공관장들과 화상으로 만나 영사 서비스 개선 방안을 논의했다.",
              "장관은 재외국민 보호에 빈틈이 없도록 해 달라고 당부했다."]
    page = write(tmp_path / "page.txt", "보도자료\n\n※ 「문서 표준」에 따라 첨부 형식이 바뀌었으니 전용 뷰어를 설치해 주십시오. 뷰어 내려받기\n\n"
                 "[보도자료] 재외공관장 화상 간담회 개최\n\n  • 작성자 : 홍보담당\n  • 등록일 : 2019.05.20\n  • 조회수 : 1234\n\n"
                 + "\n\n".join(korean) + "\n\n만족도 조사 열람하신 정보에 대해 만족하십니까?")
    document = ingest(page)
    assert document.title == "[보도자료] 재외공관장 화상 간담회 개최" and body(document) == [document.title, *korean]
    assert document.metadata["hits"] == "1234" and document.metadata["author"] == "홍보담당" and document.date == "2019-05-20"
    english = ["The ministers met in the capital on Monday and agreed to expand cooperation on trade.",
               "They also discussed the preparations for next year's summit."]
    page = story_page(tmp_path, ["Ministers agree to expand trade cooperation at their meeting in the capital",
                                 "This text available in   Español and Français", english[0], "pdf0 Download as PDF",
                                 "Estimated reading time: 2 minutes", english[1]])
    assert body(ingest(page)) == ["Ministers agree to expand trade cooperation at their meeting in the capital", *english]


def test_a_site_line_naming_nothing_of_a_long_story_is_no_title(tmp_path):
    story = ["The trade minister opened the regional fisheries forum in Lisbon on Monday with a call for shared quotas.",
             "Delegates from twelve coastal states discussed quotas, port inspections and joint patrols at sea.",
             "The forum will meet again next spring to review the quotas agreed this week."]
    page = write(tmp_path / "page.txt", "Gateway to Northern Partnerships\n\nMinister opens fisheries forum on shared quotas\n\n"
                 + "\n\n".join(story) + "\n")
    document = ingest(page)
    assert document.title == "Minister opens fisheries forum on shared quotas"
    assert "Gateway to Northern Partnerships" not in body(document)
    short = write(tmp_path / "short.txt", "Gateway to Northern Partnerships\n\nMinister opens fisheries forum\n\n" + story[0] + "\n")
    assert ingest(short).title == "Gateway to Northern Partnerships"  # one paragraph cannot tell a banner from a headline


def test_teasers_glued_to_their_neighbour_s_link_after_a_share_bar_end_the_story(tmp_path):
    story = "La cancillería informó que la delegación regresará al país el próximo lunes tras la reunión."
    page = write(tmp_path / "page.txt", f"Delegación concluye visita oficial\n\n{story}\n\nCompartir esta noticia\n"
                 "El viceministro participó en un seminario sobre comercio regional en la capital del país vecino.\n"
                 "Ver MásLa ministra inauguró una muestra de artesanía indígena en el museo nacional de la ciudad.\n"
                 "Ver MásLos cónsules honorarios se reunieron para coordinar la asistencia a los connacionales.\n"
                 "Ver\n")
    assert body(ingest(page)) == ["Delegación concluye visita oficial", story]


@pytest.mark.parametrize("closing", ["Publicaciones Relacionadas\n\nMás leídas", "Commentaires\n\nLaissez un commentaire\nTous les champs sont requis"])
def test_a_related_posts_heading_or_a_french_comment_form_closes_a_spanish_page(tmp_path, closing):
    story = ["El Consejo aprobó por unanimidad la renovación del mandato de la misión por un año más.",
             "Los miembros destacaron los avances logrados en materia de seguridad durante el último período."]
    page = write(tmp_path / "page.txt", "Consejo renueva mandato de la misión\n\n" + "\n\n".join(story) + f"\n\n{closing}")
    assert body(ingest(page)) == ["Consejo renueva mandato de la misión"] + story


@pytest.mark.parametrize("closing", ["이 소식은 한가람 기자가 전해드립니다.", "AD\n온라인 구독신청 지면 구독신청"])
def test_a_broadcast_reporter_s_sign_off_and_a_subscription_prompt_close_a_korean_page(tmp_path, closing):
    story = ["외교부는 5일 양국이 체육 분야 협력 양해각서를 체결했다고 밝혔다.", "양국은 선수단 교류와 지도자 연수를 확대하기로 했다."]
    page = write(tmp_path / "page.txt", "한-오만 체육 협력 양해각서 체결\n\n" + "\n\n".join(story) + f"\n\n{closing}\n")
    assert body(ingest(page)) == ["한-오만 체육 협력 양해각서 체결"] + story


@pytest.mark.parametrize("notice, headline, lead", [
    ("Please enable JavaScript to view this page", "Envoys agree on a fisheries roadmap",
     "The envoys agreed on Tuesday to draft a joint roadmap on coastal fisheries before the summer."),
    ("Este artículo tiene más de 5 años", "Cancilleres firman un memorando sobre becas",
     "Los cancilleres firmaron el martes un memorando para ampliar las becas de posgrado entre ambos países."),
    ("This article is more than 4 years old", "Ministers open a regional dialogue on water",
     "The ministers opened on Monday a regional dialogue on shared water basins and river management."),
])
def test_a_notice_about_the_reader_s_browser_or_the_story_s_age_is_not_the_title(tmp_path, notice, headline, lead):
    page = write(tmp_path / "page.txt", f"{notice}\n\n{headline}\n\n{lead}\n")
    document = ingest(page)
    assert body(document) == [headline, lead] and document.title == headline

