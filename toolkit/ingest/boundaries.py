"""Where a page's body starts and ends, found from line shapes alone (no site table).

The first prose line anchors the page. Walking back from it over chrome-shaped lines
(labels, metadata, toolbars) reaches the headline group: its first line is the title (after
a place-and-date line, which stays) and the lines under it (a subtitle) stay; everything
above is head chrome. Three or more headlines in a row there are a teaser list, so only the
last is the title (bulleted subtitle lines under it stay). A share bar, a comment form or a
copyright notice ends the body, and a trailing run of footer-shaped lines is dropped.
Metadata lines (date, department, hits) become fields. Runs after the chrome table, whose
removals come first, so known layouts keep what they kept.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from toolkit.ingest import shapes
from toolkit.ingest.dates import find_date
from toolkit.ingest.lines import RawLine
from toolkit.ingest.structure import TITLE_MAX_CHARS
from toolkit.text.korean import is_hangul

TEASER_LIST_MIN = 3
PROSE_MIN_WORDS_WRAPPED = 6
HEADLINE_MIN_WORDS = 6  # a shorter line under the first paragraph may be a section heading
HEADLINE_MAX_WORDS = 25  # a longer line is a caption or a lead, not a headline
# A date at the start of the first paragraph ("Ciudad de México, 18 de septiembre de 2014.-")
# or in a closing place/date line is the page's date.
DATELINE_CHARS = 60


@dataclass
class Bounded:
    body: list[RawLine]
    fields: dict[str, str] = field(default_factory=dict)
    removed: int = 0
    title: int | None = None  # index in `body` of the headline found by its place


PRINTED_TWICE_MIN_CHARS = 12


def bound(lines: list[RawLine], title_first: bool = False, repeated: frozenset[str] = frozenset()) -> Bounded:
    """The body of `lines` (title first when there is one) and the metadata around it.

    `title_first`: the chrome table already found the title (the line under a known
    layout's category line), so the first line stays the title whatever its shape.
    `repeated`: lines seen on most pages of the same site; above the body they are chrome."""
    fields: dict[str, str] = {}
    lines = _without_bracketed_notice(_without_machine_summary(_without_date_header(lines, fields)))
    first = next((i for i in range(len(lines)) if _is_prose_at(lines, i) and lines[i].text not in repeated
                  and not shapes.is_call_to_action(lines[i].text) and not shapes.is_reading_aid(lines[i].text)
                  and not shapes.is_note(lines[i].text) and not shapes.is_link_description(lines[i].text)
                  and not shapes.is_site_notice(lines[i].text) and not shapes.is_contact(lines[i].text)
                  and not shapes.is_ticker(lines[i].text) and not shapes.is_cut_caption(lines[i].text)
                  and not _dated_teaser(lines, i) and not _crumbs_over_headline(lines, i)
                  and not _motto_over_headline(lines, i)), None)
    if first is None:
        return Bounded(list(lines))
    head = {line.text.strip() for line in lines[:first]}
    teasers = {lines[i].text for i in range(first) if _dated_teaser(lines, i) or _dated_headline_above(lines, i, first)}
    places = {lines[i + 1].text for i in range(first - 1) if shapes.is_weather(lines[i].text)}  # a widget's

    def chrome(text: str) -> bool:  # (a wire's dateline alone is no headline; it stays under one, as written)
        return (text in repeated or text in teasers or text in places
                or shapes.is_chrome(text) and not shapes.is_credited_short_caption(text)
                or _numbered_copy(text, head) or shapes.is_wire_dateline(text) or shapes.is_outlet_name(text))

    under_category = _under_dates(lines, chrome) if title_first else first  # where the layout's headline stands
    group = _without_capitals_kicker(lines, _headline_group(lines, first, under_category, chrome)
                                     or _headline_atop_caption(lines, first, repeated))
    group = _without_menu_above(lines, _head_over_byline(lines, first, chrome) or group, first)
    group = _headline_over_byline(lines, _without_ranked_item(lines, _without_site_suffixed(lines, group)), chrome)
    while len(group) > 1 and shapes.is_note(lines[group[0]].text):
        group = group[1:]  # the site's notice over the headline ("※ 「… 표준」에 따라 … 뷰어 내려받기"): never its title
    while len(group) > 1 and _unrelated_over_headline(lines, group, first):
        group = group[1:]  # the site's line over the headline ("New Southbound Policy Portal", a widget's prompt)
    if len(group) > 1 and shapes.is_name_with_acronym(lines[group[0]].text):
        group = group[1:]  # the office's name over the headline: "Development Co-operation Directorate (DCD-DAC)"
    if group:  # the kind of document under the headline ("Joint Communiqué") is its subtitle
        group += [i for i in range(group[-1] + 1, first) if shapes.is_document_kind(lines[i].text)]
    headline = _printed_twice(lines, first)
    if headline is not None and not any(_same_headline(lines[headline].text, lines[i].text) for i in group):
        group = [headline] + group  # the headline, above the article's tools; the group is its subtitle
    elif headline is not None:  # its last copy
        group = list(dict.fromkeys(headline if _same_headline(lines[headline].text, lines[i].text) else i for i in group))
    group = _dateline_above(lines, group, first) + group + _datelines_under(lines, group, first) \
        + _caption_over_label(lines, group, chrome)
    head_kept = [lines[i] for i in group]
    top = group[0] if group else first
    _record_metadata([line for i, line in enumerate(lines[top:first], top) if i not in group], fields)
    dateline = next((date for i in group if shapes.is_dateline(lines[i].text) and (date := find_date(lines[i].text))), None)
    if dateline is not None:
        fields.setdefault("date", dateline)  # the release's own place and date in its head, before the site's clock
    _record_metadata(lines[:top], fields)  # a date above the headline may be the site's clock: the release's own is under it
    end = _body_end(lines, first)
    tail = _tail_start(lines, first, end)
    if tail == len(lines) and tail > first + 1 and _page_title(lines[tail - 1].text, [lines[i].text for i in group] or [lines[first].text]):
        tail -= 1  # the page's title printed at its foot: "한-이집트 정상회담, … 새 장 열다 |"
    head_kept = _without_reprints(head_kept)
    copy_under_caption = _headline_under_caption(lines, first, tail, head_kept)
    if copy_under_caption:
        head_kept = []  # the page's title above a caption and the article's own headline: the copy is it
    body = head_kept + _without_stray_lines(_without_lead_sentences(lines[first:tail], len(head_kept)), head_kept)
    if "date" not in fields and (date := _dateline_date(body) or _suffixed_title_date(lines[:first])):
        fields["date"] = date  # the release's own dateline, before a credit's date, the footer's or the teasers'
    _record_metadata([line for line in lines[first:tail] if shapes.date_only(line.text) or shapes.is_stamp_bar(line.text)
                      or shapes.is_field_line(line.text)], fields)
    _record_metadata(lines[tail:], fields)
    if scraped := fields.pop("scraped_date", None):
        fields.setdefault("date", scraped)
    title = None
    if copy_under_caption:
        title = 1
    elif head_kept and all(shapes.is_photo_caption(line.text) for line in head_kept):
        title = _headline_after_captions(body, len(head_kept))
    elif head_kept and not all(shapes.is_dateline(line.text) or _dashed_subtitle(line.text) for line in head_kept):
        title = 1 if len(head_kept) > 1 and shapes.is_dateline(head_kept[0].text) else 0  # (a dateline or a summary heads no release)
    elif not head_kept and _headline_under_lead(body):
        title = 1
    elif not head_kept and title_first and under_category == first and not shapes.is_marked_paragraph(lines[first].text) \
            and not shapes.opens_with_dateline(lines[first].text):
        title = 0  # the layout's headline under its category line, written as a sentence (not its "□ …" or "1. …", nor the lead)
    elif not head_kept and (_sentence_headline(body) or _headline_over_date(lines, first, tail)
                            or _kicker_headline_atop(body, head_kept)):
        title = 0
    labelled = next((n for n, line in enumerate(body[:REPRINT_LEAD]) if shapes.is_title_label(line.text)), None)
    if labelled is not None:  # its copies around it ("X", "Pie de foto: X") are the page's, not the text's
        headline = shapes.labelled_title(body[labelled].text)
        copies = {n for n in range(min(len(body), REPRINT_LEAD)) if n != labelled and body[n].text.strip().endswith(headline)}
        body, labelled = [line for n, line in enumerate(body) if n not in copies], labelled - sum(n < labelled for n in copies)
    return Bounded(body, fields, len(lines) - len(body), title if labelled is None else labelled)


def _headline_under_caption(lines: list[RawLine], first: int, tail: int, head: list[RawLine]) -> bool:
    """"Headline" / "- Advertisement -" / "Deputy Secretary-General … (r) and …" / "Headline" /
    the text: the headline printed again right under the first paragraph (a photo's caption) is
    the article's own, the copy above the page's title."""
    return len(head) == 1 and first + 1 < tail and lines[first + 1].text.strip() == head[0].text.strip() \
        and not shapes.is_prose(head[0].text)


def _headline_after_captions(body: list[RawLine], captions: int) -> int | None:
    """With only photo captions above the text, the line after them is the headline when it
    is shorter than the paragraph under it and neither opens with the story's dateline nor ends
    as a Korean sentence (the lead does: "… 공동성명을 14일(현지시간) 발표했다."); else the page
    shows no headline (a caption never is one)."""
    if len(body) <= captions + 1:
        return None
    text = body[captions].text
    if len(text) < len(body[captions + 1].text) and not _korean_sentence(text) \
            and not shapes.is_photo_caption(text) and not shapes.opens_with_dateline(text) \
            and not (shapes.words(text) > HEADLINE_MAX_WORDS and shapes.SENTENCE_END.search(text.strip())):  # (the lead)
        return captions
    return None


def _korean_sentence(text: str) -> bool:
    """A line ending as a Korean sentence does ("… 발표했다."): a Korean headline ends in a noun
    or an ellipsis, never in the declarative ending (a Spanish one may end in a period)."""
    return text.rstrip().endswith("다.")


def _sentence_headline(body: list[RawLine]) -> bool:
    """A headline written as a sentence, right above the paragraph that opens with the
    release's dateline ("서울 – …", "LIMA, 3 de mayo (Agencia) --"): the dateline starts the
    story, so the line above it is its headline."""
    return (len(body) >= 2 and not shapes.opens_with_dateline(body[0].text) and shapes.opens_with_dateline(body[1].text)
            and len(body[0].text) < len(body[1].text) and not shapes.is_photo_caption(body[0].text))  # (a caption is none)


def _headline_over_date(lines: list[RawLine], first: int, tail: int) -> bool:
    """A sentence with the release's date alone under it, or its place and date ("Queen's Hall,
    17 September 2018"), and the text under that ("Statement delivered by the Minister at the
    reception …" / "4 October 2017" / "Good evening."): a headline, as a page sets its date
    between headline and text, never inside a paragraph."""
    under = lines[first + 1].text if first + 1 < len(lines) else ""
    return first + 2 < tail and (shapes.date_only(under) or shapes.is_dateline(under)) \
        and not shapes.is_photo_caption(lines[first].text) and len(lines[first].text) <= TITLE_MAX_CHARS


def _headline_under_lead(body: list[RawLine]) -> bool:
    """With nothing above the first paragraph, a headline-shaped line right under it and over
    more prose: a page that prints a lead or a caption above its headline."""
    if len(body) < 3:
        return False
    text = body[1].text
    if shapes.opens_with_dateline(body[0].text):
        return False  # the first paragraph opens with the story's dateline: it is the lead, the line under it a subheading
    return (not shapes.is_prose(text) and not shapes.SENTENCE_END.search(text) and shapes.words(text) >= HEADLINE_MIN_WORDS
            and not shapes.is_chrome(text) and not shapes.is_photo_caption(text) and shapes.is_prose(body[2].text))


def _without_date_header(lines: list[RawLine], fields: dict[str, str]) -> list[RawLine]:
    """The page's first line without the date label and date a scraper put before its text
    ("date 2021-04 [아시아경제 …"): the date is the page's, the text after it is the page, unless
    it is an office's name alone, the publisher's ("date 2023-09-12 Ministry of Foreign Affairs"):
    that is the department."""
    if not lines or (header := shapes.DATE_HEADER.match(lines[0].text)) is None:
        return lines
    fields["scraped_date"] = header.group("date")  # the page's own date, where it shows one, wins
    first = lines[0]
    rest = RawLine(first.text[header.end():], first.line, first.column + header.end())
    if shapes.is_office_signature(rest.text):
        fields["department"] = rest.text.strip()
        return lines[1:]
    return ([rest] if rest.text.strip() else []) + lines[1:]


def _dated_teaser(lines: list[RawLine], index: int) -> bool:
    """Another story's opening, cut off with an ellipsis, over its date ("… les bloquearon..."
    then "- 05/07/2023 18:54"): a site's teaser, never the release's first paragraph."""
    return lines[index].text.rstrip().endswith(("...", "…")) and index + 1 < len(lines) \
        and shapes.date_only(lines[index + 1].text)


def _dated_headline_above(lines: list[RawLine], index: int, first: int) -> bool:
    """One of two or more headlines each over its date, with another headline still to come
    before the body: a list of other stories above this one ("América Móvil aumenta …" /
    "20 octubre, 2020" / "Alistan protocolos …" / "20 octubre, 2020" / the title)."""
    def dated(at: int) -> bool:
        return 0 <= at and at + 1 < first and not shapes.is_chrome(lines[at].text) and shapes.date_only(lines[at + 1].text)

    if not dated(index) or not (dated(index - 2) or dated(index + 2)):
        return False
    end = index + 2
    while dated(end):
        end += 2
    return any(not shapes.is_chrome(line.text) for line in lines[end:first])


def _salutation(text: str) -> bool:
    """"Thank you Mr. Chair,", "Distinguished Cabinet Ministers;": a speech's opening, a sentence
    going on in the lines under it, or the guests it greets one by one (no menu's item ends
    with a semicolon; "Her Excellency …;" is greeted, not a speaker's name line)."""
    stripped = text.rstrip()
    return shapes.words(text) >= SALUTATION_MIN_WORDS and (
        stripped.endswith(";") or stripped.endswith(",") and not shapes.is_chrome(stripped.rstrip(",")))


SALUTATION_MIN_WORDS = 3


def _without_capitals_kicker(lines: list[RawLine], group: list[int]) -> list[int]:
    """The group without a topic set in capitals over the headline ("TLC COREA DEL
    SUR-MERCOSUR" / "Corea del Sur y Mercosur tienen sexta ronda …"): the section's kicker."""
    if len(group) >= 2 and shapes.is_upper_case(lines[group[0]].text) and not shapes.is_upper_case(lines[group[1]].text):
        return group[1:]
    return group


def _headline_atop_caption(lines: list[RawLine], first: int, repeated: frozenset[str]) -> list[int]:
    """The page's first line, short, right over the photo's caption that opens the text ("IDB
    부산총회 참석" / "▲ 박근혜 대통령이 …"): the headline, though it has a menu item's length."""
    if first == 1 and shapes.is_photo_caption(lines[1].text) and lines[0].text not in repeated \
            and not shapes.has_chrome_shape(lines[0].text):
        return [0]
    return []


def _crumbs_over_headline(lines: list[RawLine], index: int) -> bool:
    """A breadcrumb ending in the headline cut with an ellipsis ("Inicio Asia Corea del sur
    (AMPLIACIÓN) El jefe de … a los..."), the headline whole on a line below: the page's
    path, not its text."""
    text = lines[index].text.rstrip()
    if not text.endswith(("...", "…")):
        return False
    shown = text.rstrip(" .…")
    for below in lines[index + 1:index + 1 + CRUMBS_LOOKAHEAD]:
        at = shown.find(below.text[:REPRINT_CUT_MIN])
        if len(below.text) >= REPRINT_CUT_MIN and at > 0 and below.text.startswith(shown[at:]):
            return True
    return False


CRUMBS_LOOKAHEAD = 3


def _is_prose_at(lines: list[RawLine], index: int) -> bool:
    """Prose, or the first line of a hard-wrapped paragraph (the next line goes on in lower case)."""
    text = lines[index].text
    if shapes.is_banner(text):
        return False
    if shapes.is_prose(text) or _salutation(text):
        return True
    after = lines[index + 1].text if index + 1 < len(lines) else ""
    return (shapes.words(text) >= PROSE_MIN_WORDS_WRAPPED and after[:1].islower()
            and shapes.words(after) >= PROSE_MIN_WORDS_WRAPPED)


MOTTO_MAX_WORDS = 8


def _motto_over_headline(lines: list[RawLine], index: int) -> bool:
    """A short sentence over a headline the page prints twice or more before its text (the
    site's motto over the article: "An Integrated, Prosperous and Peaceful Africa." / … /
    "COMMUNIQUÉ ON …" / "COMMUNIQUÉ ON …"): the site's head, not the text's first line."""
    if shapes.words(lines[index].text) > MOTTO_MAX_WORDS:
        return False
    seen: set[str] = set()
    for at in range(index + 1, len(lines)):
        if _is_prose_at(lines, at):
            return False
        if lines[at].text in seen and shapes.words(lines[at].text) >= 2:
            return True
        seen.add(lines[at].text)
    return False


def _under_dates(lines: list[RawLine], chrome: Callable[[str], bool]) -> int:
    """The line under a known layout's category line and the date lines under it ("Noticias" /
    "2026-01-31" / the headline): where its headline stands."""
    return next((i for i, line in enumerate(lines) if not (chrome(line.text) and shapes.date_only(line.text))), len(lines))


def _headline_group(lines: list[RawLine], first: int, under_category: int, chrome: Callable[[str], bool]) -> list[int]:
    """Indexes of the headline lines just above the first prose line (title first); with a
    known layout's category line, from the line `under_category` on."""
    group: list[int] = []
    if under_category < first:
        group = [under_category] + [i for i in range(under_category + 1, first) if not chrome(lines[i].text)]
    index = first - 1
    captions: list[int] = []  # a photo's caption under the headline: body, but not the headline
    while index >= 0 and not group:
        if not chrome(lines[index].text):
            while index >= 0 and not chrome(lines[index].text):
                group.insert(0, index)
                index -= 1
            if _alt_text_over_credit(lines, group):
                captions, group = group[-1:] + captions, group[:-2]  # the copy nearest the text stays, as a caption
            if all(shapes.is_photo_caption(lines[i].text) or _alt_text_credited(lines, i) for i in group) \
                    or index >= 0 and shapes.is_image_label(lines[index].text):  # "Image" / its caption
                captions, group = group + captions, []
        index -= 1
    # a photo's caption above the headline ("Photo: … Credit. …") is body, but never the title
    group = sorted(group, key=lambda i: shapes.is_photo_caption(lines[i].text)) + captions
    group = _last_copies(lines, _subtitles_under(lines, _continued(lines, group, first), first))
    group += _caption_over_lead(lines, group, first, chrome)
    texts = [lines[i].text for i in group]
    headline = _headline_over_dated_tools(lines, group[0] if group else first, chrome)
    if headline is not None and lines[headline].text not in texts:  # a page printing it again below is another layout
        return [headline] + group  # the lines found are its subtitles (and captions), not teasers
    listed = next((n for n, i in enumerate(group) if not shapes.is_bulleted(lines[i].text)), len(group))
    if TEASER_LIST_MIN <= listed < len(group):
        group = group[listed:]  # a bulleted list of other stories above the headline; subtitles go under it
    # "- ..." lines are subtitles, and a photo's caption is no teaser's headline
    headlines = [i for i in group if not shapes.is_bulleted(lines[i].text) and not shapes.is_photo_caption(lines[i].text)]
    # the page's headline printed twice in a row heads its own subtitles, not a list of other stories
    printed_twice = bool(headlines) and headlines[0] > 0 and _same_headline(lines[headlines[0]].text, lines[headlines[0] - 1].text)
    if len(headlines) >= TEASER_LIST_MIN and not _about_the_lead(lines[headlines[0]].text, lines[first].text) \
            and not printed_twice and not _said_in_the_text(lines[headlines[0]].text, lines[first:first + TEXT_REACH]):
        return [i for i in group if i >= headlines[-1]]
    if len(headlines) == 2 and headlines[0] > 0 and _other_line_over(lines, *headlines, first) \
            and shapes.words(lines[headlines[1]].text) <= HEADLINE_MAX_WORDS \
            and not lines[headlines[1]].text.rstrip().endswith(":"):  # (not a caption under it, nor a lead-in to a list)
        return [i for i in group if i >= headlines[1]]  # another story's title under the page's tools: "Parts and materials …"
    # (the page's first line may be the site's banner or the headline's kicker: alone, a page cannot tell)
    if group and not headlines and group[0] > 0 and shapes.is_bulleted(lines[group[0]].text) \
            and not shapes.has_chrome_shape(lines[group[0] - 1].text):
        return [group[0] - 1] + group  # a short headline over its bulleted subtitles ("한-ECLAC, MOU 체결")
    return group


def _caption_over_label(lines: list[RawLine], group: list[int], chrome: Callable[[str], bool]) -> list[int]:
    """A photo's caption with its credit over the section's label over the headline ("… hace
    pocas semanas | Foto: EFE" / "Comercio exterior" / "Un paso más hacia Oriente"): body."""
    index = group[0] - 1 if group else -1
    labels = 0
    while index >= 0 and labels < LABELS_UNDER_CAPTION and chrome(lines[index].text) and not shapes.is_photo_caption(lines[index].text):
        index, labels = index - 1, labels + 1
    caption = index >= 0 and labels > 0 and shapes.is_photo_caption(lines[index].text) \
        and shapes.words(lines[index].text) >= shapes.CAPTION_MIN_WORDS
    return [index] if caption else []


LABELS_UNDER_CAPTION = 2


def _alt_text_credited(lines: list[RawLine], index: int) -> bool:
    """The line above printed again with a credit after a bar ("José Soto" / "José Soto
    |Telemadrid"): a picture's alt text over its caption, never a headline."""
    above = lines[index - 1].text.strip() if index > 0 else ""
    return bool(above) and lines[index].text.startswith(above) and CREDIT_AFTER_BAR.fullmatch(lines[index].text[len(above):]) is not None


def _alt_text_over_credit(lines: list[RawLine], group: list[int]) -> bool:
    """The group ends with one line printed twice in a row over the photo's credit ("서울에서 회담한
    …" twice, then "[외교부 제공]"): the picture's alt text and its caption, never the headline."""
    under = group[-1] + 1 if group else 0
    return len(group) >= 2 and lines[group[-2]].text.strip() == lines[group[-1]].text.strip() \
        and under < len(lines) and shapes.is_photo_credit(lines[under].text)


CREDIT_AFTER_BAR = re.compile(r" ?\| ?\S+(?: \S+){0,3}\s*")


def _about_the_lead(text: str, lead: str) -> bool:
    """Does a line above the body name what its first paragraph names? A headline and its
    subtitles do ("외교 차관보, 다이빙 中대사 면담" over "정병원 외교부 차관보는 … 다이빙 …"); a
    list of other stories' headlines does not."""
    return _shared_with_lead(text, lead) >= SHARED_WITH_LEAD


def _said_in_the_text(text: str, paragraphs: list[RawLine]) -> bool:
    """Are nearly all of a line's words in one paragraph of the text? A deck summing up the
    story repeats its words ("중남미는 구리와 리튬 등 광물자원이 풍부" over "… 중남미는 구리와 리튬
    등 광물자원이 풍부하고 …"); another story's headline does not."""
    said = [word for word in DECK_WORD.findall(text) if len(word) >= (2 if is_hangul(word[0]) else LATIN_DECK_WORD_CHARS)]
    return len(said) >= DECK_WORDS_MIN and any(
        sum(word in paragraph.text for word in said) >= DECK_SHARE * len(said) for paragraph in paragraphs)


DECK_WORD = re.compile(r"[^\W_]+")
LATIN_DECK_WORD_CHARS = 4  # shorter Latin words ("and", "de") are in any paragraph
DECK_WORDS_MIN = 4
DECK_SHARE = 0.8
TEXT_REACH = 30  # paragraphs of the text a deck is looked for in
STORY_MIN_PARAGRAPHS = 3  # a story this long names, somewhere, what its headline names


def _without_site_suffixed(lines: list[RawLine], group: list[int]) -> list[int]:
    """The headline group without the page's own title, the headline with the site's name
    after a dash or bar ("… por comercio - Lea Noticias" over "… por comercio"); a group of
    that copy alone gives way to the bare headline printed above it (an image's alt text)."""
    texts = {_unquoted(lines[i].text.strip()) for i in group}
    group = [i for i in group if not ((suffixed := SITE_SUFFIX.match(lines[i].text.strip())) and _unquoted(suffixed.group(1)) in texts)]
    if len(group) == 1 and (suffixed := SITE_SUFFIX.match(lines[group[0]].text.strip())):
        return [next((i for i in range(group[0]) if lines[i].text.strip() == suffixed.group(1)), group[0])]
    return group


def _headline_over_byline(lines: list[RawLine], group: list[int], chrome: Callable[[str], bool]) -> list[int]:
    """"Headline" / "Ana Ruiz REDACCIÓN / LA VOZ" / "ACTUALIDAD" / "Subtitle" / the date / the text:
    a headline (with its bulleted summary or its photo's caption, if any) over its byline and
    section label, even a byline whose name the copy lost ("Por"), the one line found under
    them its subtitle."""
    if len(group) != 1:
        return group
    index = group[0] - 1
    bylined = False
    while index >= 0 and chrome(lines[index].text):
        bylined = bylined or shapes.is_byline(lines[index].text) or EMPTY_BYLINE.fullmatch(lines[index].text.strip()) is not None
        index -= 1
    top = index
    while top > 0 and shapes.is_photo_caption(lines[top].text) and not chrome(lines[top - 1].text):
        top -= 1  # "Headline" / "Photo: H.E. …" / "by Ana Ruiz": the photo's caption under the headline, body
    while top > 0 and shapes.is_bulleted(lines[top].text) and not chrome(lines[top - 1].text):
        top -= 1  # "• El ministro … culmina una visita …" / "• La guerra …": the summary under the headline
    above = lines[top].text if top >= 0 else ""
    if bylined and shapes.words(above) >= BYLINED_HEADLINE_MIN_WORDS and not shapes.SENTENCE_END.search(above.strip()):
        return list(range(top, index + 1)) + group
    return group


EMPTY_BYLINE = re.compile(r"(?i)(?:por|by)\s*:?")
BYLINED_HEADLINE_MIN_WORDS = 4  # over a byline, a line of a headline's length (a section's label is shorter)


def _without_ranked_item(lines: list[RawLine], group: list[int]) -> list[int]:
    """The headline group without the last story of a ranked list over it ("9" / "Jin of BTS …" /
    "-" / "10" / "Jirisan bear …" / the headline): a line under a lone rank number, when the
    rank before it stands a few lines higher."""
    if not group or group[0] == 0:
        return group
    rank = _rank(lines[group[0] - 1].text)
    higher = range(max(0, group[0] - 1 - RANK_SPACING), group[0] - 1)
    if rank is not None and any(_rank(lines[i].text) == rank - 1 for i in higher):
        return group[1:]
    return group


def _rank(text: str) -> int | None:
    stripped = text.strip()
    return int(stripped) if stripped.isdigit() and len(stripped) <= 2 else None


RANK_SPACING = 4  # lines between two ranks of a list of stories (number, headline, separator)


# the site after a dash or a bar; after a slash with its date ("… / YTN (23.11.02)"; " / EFE" alone credits a photo)
SITE_SUFFIX = re.compile(r"(.+) (?:[-–—|]|/(?= [^/]{2,30} \(\d{2,4}[./-]\d{1,2}[./-]\d{1,2}\)$)) [^-–—|]{2,40}$")
QUOTES = str.maketrans({quote: "'" for quote in "\"“”‘’"})


def _unquoted(text: str) -> str:
    """A headline with its quotation marks made one ('…"강력 연대 구축"' and "…'강력 연대 구축'" are one)."""
    return text.translate(QUOTES)


def _shared_with_lead(text: str, lead: str) -> int:
    """How many of a line's capitalised words, and Korea's partners in a pair ("한-케냐"), the
    first paragraph names."""
    return _words_in(WORD_OF_NAME.findall(text) + KOREAN_PARTNER.findall(text), lead)


def _without_menu_above(lines: list[RawLine], group: list[int], first: int) -> list[int]:
    """The headline group without a line of bare words over it (no punctuation, no word that
    links others into a phrase: a list of items) that names nothing the first paragraph names
    while the headline under it does: the site's menu ("뉴스 트렌드 생활정보 International
    edition 매체" over "박진, 멕시코 청년 외교관…"); a banner's phrase ("Portal of the …") stays."""
    text = lines[group[0]].text.strip() if group else ""
    if len(group) >= 2 and BARE_WORDS.fullmatch(text) and not LINKING.intersection(text.casefold().split()) \
            and shapes.words(text) >= MENU_MIN_WORDS and _other_line_over(lines, group[0], group[1], first):
        return group[1:]
    return group


def _unrelated_over_headline(lines: list[RawLine], group: list[int], first: int) -> bool:
    """Does the group's first line name nothing the story names, in a story long enough to
    tell, while a line under it (no caption) names what its first paragraph does? Then it is
    the site's (a portal's name, a notice, a widget's prompt), whatever its shape. A short
    story cannot tell a banner from a headline worded apart from its lead; a dateline names
    nothing, and stays."""
    paragraphs = [line.text for line in lines[first:first + TEXT_REACH] if line.text.strip()]
    top = lines[group[0]].text
    if len(paragraphs) < STORY_MIN_PARAGRAPHS or shapes.is_dateline(top) or _content_shared(top, " ".join(paragraphs)):
        return False
    return any(_content_shared(lines[i].text, paragraphs[0]) >= SHARED_WITH_LEAD for i in group[1:]
               if not shapes.is_photo_caption(lines[i].text))


def _content_shared(text: str, lead: str) -> int:
    """How many of a line's content words, in any case (a sentence-case headline's "youth
    ambassador"), the first paragraph has."""
    return _words_in(CONTENT_WORD.findall(text), lead)


def _words_in(words: list[str], lead: str) -> int:
    """How many of `words` (each counted once) a paragraph has: Korean ones on their first three
    syllables (a particle may follow them), Latin ones whole and not the function words a title
    capitalises ("The", "All", "este": any paragraph has them)."""
    lead_text = lead.casefold()
    lead_words = set(LATIN_WORD.findall(lead_text))
    stems = {word[:3] if is_hangul(word[0]) else word.casefold() for word in words} - TITLE_FUNCTION_WORDS
    return sum(stem in lead_text if is_hangul(stem[0]) else stem in lead_words for stem in stems)


def _other_line_over(lines: list[RawLine], upper: int, lower: int, first: int) -> bool:
    """Line `upper` names nothing the first paragraph names, while `lower`, under it, does: the
    upper one is the site's (a menu, another story's title), the lower the headline."""
    lead = lines[first].text
    return _shared_with_lead(lines[upper].text, lead) == 0 and _about_the_lead(lines[lower].text, lead)


WORD_OF_NAME = re.compile(r"[가-힣]{3,}|[A-ZÁÉÍÓÚÑ][\w’'-]{2,}")  # Hangul words of 3 syllables, capitalised Latin
CONTENT_WORD = re.compile(r"[가-힣]{3,}|[^\W\d_가-힣][\w’'-]{3,}")
LATIN_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# function words a capitalised title or a site's line may share with any paragraph (closed classes)
TITLE_FUNCTION_WORDS = frozenset(
    "the all and for with from this that these those our your his her its their have has been will more about into "
    "over than what when which who also only such other were there here after before".split()
    + "los las del para con una por que este esta estos estas tiene tienen sobre entre como desde hasta pero más muy "
      "sus ese esa fue son han hay todo todos también".split())
KOREAN_PARTNER = re.compile(r"(?<![가-힣])한[-–·ㆍ]([가-힣]{2,})")  # Korea's partner in a pair: "한-케냐 협력"
SHARED_WITH_LEAD = 2
BARE_WORDS = re.compile(r"[^\W_]+(?: [^\W_]+)*")
MENU_MIN_WORDS = 4
LINKING = frozenset({"of", "the", "for", "and", "de", "del", "la", "el", "y", "los", "las", "en", "및", "의"})


def _datelines_under(lines: list[RawLine], group: list[int], first: int) -> list[int]:
    """The release's dateline between its headline and its first paragraph ("New York, 26
    September 2013", a place and a dash alone: "Bruselas —", a wire's: "RIAD (ARABIA SAUDI), 9
    Abr. (EUROPA PRESS) -"): the text as written, not the
    page's metadata; a stamp with a clock time ("Thứ Ba, 30/11/2021, 18:19") is the site's."""
    if not group:
        return []
    return [i for i in range(group[-1] + 1, first) if _written_dateline(lines[i].text) or shapes.is_place_dash(lines[i].text)
            or shapes.is_wire_dateline(lines[i].text)]


def _dateline_above(lines: list[RawLine], group: list[int], first: int) -> list[int]:
    """The release's place and date right above its headline ("Brussels, 28 March 2012"), as
    under it, or above its first paragraph when it shows no headline; a date alone there, with
    no place, is the page's metadata."""
    above = group[0] - 1 if group else first - 1
    if above >= 0 and _written_dateline(lines[above].text):
        return [above]
    return []


def _written_dateline(text: str) -> bool:
    """A place and a date written as the release's text; a stamp with a clock time is the site's."""
    return shapes.is_dateline(text.strip()) and not shapes.has_clock_time(text)


def _subtitles_under(lines: list[RawLine], group: list[int], first: int) -> list[int]:
    """The group with the Korean subtitles right under its headline, which alone would pass
    for menu labels; a site's labels sit above the headline."""
    if not group:
        return group
    index = group[-1] + 1
    while index < first and index not in group and (shapes.is_korean_subtitle(lines[index].text)
                                                    or _dashed_subtitle(lines[index].text)):
        group = group + [index]
        index += 1
    return group


def _dashed_subtitle(text: str) -> bool:
    """"- 2024 APEC 페루 의장국": a Korean subtitle set off by a dash, however short."""
    return text.startswith("- ") and any(is_hangul(char) for char in text) and not shapes.has_chrome_shape(text)


def _caption_over_lead(lines: list[RawLine], group: list[int], first: int, chrome: Callable[[str], bool]) -> list[int]:
    """A Korean caption right above the first paragraph, under the article's tools ("믹타 외교장관
    공동성명(영문본)" below the share bar), or a photo's captioning sentence with its credit
    ("<외교부는 … 개최하였다. / 사진제공 = 외교부>"): the photo's, so the article's; a site's
    label sits above the headline, not between its tools and the lead."""
    above = first - 1
    while above > 0 and not lines[above].text.strip():
        above -= 1  # a line of spaces the page left between them
    text = lines[above].text if above >= 0 else ""
    caption = shapes.is_korean_subtitle(text) or shapes.is_photo_caption(text) and CREDITED_SENTENCE.search(text)
    if not group or above <= group[-1] or not caption \
            or not all(chrome(lines[i].text) or not lines[i].text.strip() for i in range(group[-1] + 1, above)):
        return []
    return [above]


CREDITED_SENTENCE = re.compile(r"[.!?。]\s*/\s*\S")  # a sentence, then its credit after a slash


def _continued(lines: list[RawLine], group: list[int], first: int) -> list[int]:
    """The group with the bulleted line a headline ending in a comma goes on in ("… 외교장관회의
    참석," then "- 동아시아 라틴아메리카 협력포럼"), which alone reads as a menu item."""
    continued = []
    for i in group:
        continued.append(i)
        if lines[i].text.rstrip().endswith(",") and i + 1 < first and i + 1 not in group \
                and shapes.is_bulleted(lines[i + 1].text):
            continued.append(i + 1)
    return continued


def _last_copies(lines: list[RawLine], group: list[int]) -> list[int]:
    """The group without a title printed again further down it, perhaps glued to a breadcrumb
    the first time ("HomeTurkey18th MIKTA ..."): the last copy is kept, and goes first as the
    title, even where the page set a subtitle between the two copies; what stands above the
    first copy (a masthead's slogan) is the site's head."""
    later = {i: next((j for j in group[n + 1:] if lines[j].text and lines[i].text.endswith(lines[j].text)), None)
             for n, i in enumerate(group)}
    copies = {i: j for i, j in later.items() if j is not None}
    kept = [i for i in group if i not in copies]
    copies = {i: j for i, j in copies.items()  # a caption's copy is no title, nor are two under a headline
              if not lines[j].text.rstrip().endswith(".") and not shapes.is_photo_caption(lines[j].text)
              and not _headline_over(lines, i, lines[i].text)}
    if not copies:
        return kept
    title = copies[min(copies)]
    return [title] + [i for i in kept if i != title and i > min(copies)]  # above its first copy: the site's head


def _head_over_byline(lines: list[RawLine], first: int, chrome: Callable[[str], bool]) -> list[int] | None:
    """A headline printed again right above the body, under the dated byline, with its subtitle
    under the first copy ("Headline" / "Subtitle" / "Ana Ruiz | 20.01.2026" / "Headline" or
    "Headline - 1", an image's alt text): the first copy and its subtitle are the article's head,
    the copy a reprint."""
    below = first - 1  # the copy, perhaps over a dateline's place ("ANKARA / ISTANBUL")
    while below >= 0 and chrome(lines[below].text) and _without_counter(lines[below].text) == lines[below].text.strip():
        below -= 1
    if below < 1:
        return None
    copy = _without_counter(lines[below].text)
    index = below - 1
    dated = False
    while index >= 0 and chrome(lines[index].text):
        dated = dated or find_date(lines[index].text) is not None
        index -= 1
    if not dated:
        return None
    for at in range(index - 1, max(index - HEAD_SUBTITLES, 0) - 1, -1):  # a subtitle at least: else the page's list title
        if lines[at].text.strip() == copy:
            return list(range(at, index + 1)) if not any(chrome(lines[i].text) for i in range(at, index + 1)) else None
    return None


HEAD_SUBTITLES = 2  # subtitle lines between a headline's first copy and its byline


def _without_counter(text: str) -> str:
    """"Headline - 1", "Headline 2", "Headline - ảnh 1": an image's alt text, the headline and
    the picture's number (with the word for picture, in Vietnamese too: a site's Korean edition)."""
    return re.sub(r"\s+(?:[-–]\s*)?(?:(?:ảnh|photo|foto|사진|imagen)\s*)?\d{1,2}$", "", text.strip())


def _printed_twice(lines: list[RawLine], first: int) -> int | None:
    """A headline-long line printed twice or more in a row above the body (the page's title,
    its sharing title, then the article's), each copy perhaps over its own byline: the last
    copy, which is the headline. A photo's caption is no headline, nor is a line ending with a
    full stop (a caption printed under its image's alt text)."""
    for index in range(1, first):
        text = lines[index].text
        before = index - 1
        while before > 0 and index - before <= PRINTED_APART and shapes.is_chrome(lines[before].text):
            before -= 1  # "Headline" / "Reporter | 2024/09/25" / "Headline" / "Reporter | …"
        if _same_headline(text, lines[before].text) and len(text) >= PRINTED_TWICE_MIN_CHARS and not shapes.is_chrome(text) \
                and not shapes.is_photo_caption(text) and not text.rstrip().endswith("."):
            while index + 1 < first and lines[index + 1].text == text:
                index += 1
            return index
    return None


def _headline_over(lines: list[RawLine], copy: int, text: str) -> bool:
    """A shorter headline-shaped line right above a line printed twice ("Guyana accredits envoys
    of …" / "H.E. …, presenting his Letters of Credence …" twice): the copies are the photo's
    caption, as its alt text and its label, under the headline."""
    if copy == 0:
        return False
    above = lines[copy - 1].text
    return len(above) < len(text) and shapes.words(above) >= HEADLINE_MIN_WORDS and not shapes.is_chrome(above) \
        and not shapes.SENTENCE_END.search(above.strip()) and not _same_headline(text, above)


def _same_headline(text: str, earlier: str) -> bool:
    """Two copies of one headline, the page's title perhaps with its date in brackets
    ("Spain – Meeting between … (06 Jun 22)", then "Spain – Meeting between …") or in title
    case ("… Meets With …", then "… meets with …")."""
    return text.casefold() == earlier.casefold() \
        or earlier.startswith(text) and BRACKETED_DATE.fullmatch(earlier[len(text):]) is not None


def _page_title(text: str, head: list[str]) -> bool:
    """A head line with the separator of a browser's title after it, the site's name after
    that or lost ("Headline | Site", "Headline |"): the page's title element, not the text."""
    found = _TITLE_SEPARATOR.search(text)
    return found is not None and shapes.words(text[found.end():]) <= SITE_NAME_WORDS \
        and any(text[:found.start()].strip().casefold() == line.strip().casefold() for line in head)


_TITLE_SEPARATOR = re.compile(r"\s+[|｜]\s*(?=[^|｜]*$)")
SITE_NAME_WORDS = 6


BRACKETED_DATE = re.compile(r" \((?:\d{1,2}[ ./-][A-Za-z]{3,9}\.?[ ./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})\)")
PRINTED_APART = 2  # chrome lines (a byline, a date) that may stand between two copies of a headline
SHORT_HEADLINE_WORDS = 3  # a short headline over a board's dated fields, longer than their labels
STORY_GOES_ON = 3  # prose lines under a share bar that make it the lead's, not the story's end
LINKS_LOST_PROSE = 2  # or under a related heading, when nothing else follows
ARTICLE_TOOLS_MIN = 2  # tool lines (print, share, scrap) that make a run the article's own toolbar


def _headline_over_dated_tools(lines: list[RawLine], top: int, chrome: Callable[[str], bool]) -> int | None:
    """The headline above the article's tools when they carry its date ("등록 2021.04.16",
    "• 이메일 보내기", "• 프린터") or are its toolbar ("기사 스크랩", "공유", "프린트"): the lines
    found above the body are then its subtitles."""
    index = top - 1
    dated = False
    tools = 0
    short_headline = None  # the nearest line chrome by its shortness alone, of a headline's words
    fields = False  # a board's date field under it ("작성일 / 2022.11.01")
    labelled = False  # a board's field of any kind under it ("부서명 / 정책홍보담당관실")
    while index >= 0 and chrome(lines[index].text):
        text = lines[index].text
        found = shapes.metadata(text) or {}
        dated = dated or shapes.date_only(text) or shapes.is_timestamp(text) or "date" in found  # (its value perhaps lost: "기사입력 :")
        tools += shapes.is_tool(text)
        fields = fields or found.get("date") is not None
        labelled = labelled or bool(found)
        if short_headline is None and shapes.is_short_label(text) and not shapes.has_chrome_shape(text) \
                and shapes.words(text) >= SHORT_HEADLINE_WORDS \
                and (dated and fields or labelled and shapes.is_korean_subtitle(text)
                     or dated and index > 0 and shapes.is_release_number(lines[index - 1].text)):
            short_headline = index  # "한-중앙아 외교장관 양자회담" over "출처 / 외교부 / 작성일 / 2022.11.01",
            # or between the release's number and its date ("NOTA DE PRENSA 066" / "Consultas …" / the date)
        index -= 1
    if (index < 0 or index == top - 1) and short_headline is not None:
        return short_headline
    if index < 0 or index == top - 1 or not (dated or tools >= ARTICLE_TOOLS_MIN):
        return None
    text = lines[index].text
    return index if not shapes.is_prose(text) and not shapes.is_photo_caption(text) and not shapes.is_bulleted(text) else None  # (a menu's item)


def _numbered_copy(text: str, head: set[str]) -> bool:
    """Another head line (`head`: their texts, stripped) followed by a counter: the alt text of
    a photo series ("Title 2", "Title - 1")."""
    stem = _without_counter(text)
    return stem != text.strip() and stem in head


def _body_end(lines: list[RawLine], first: int) -> int:
    """The first share bar or comment-form line after the first prose line, else the end. A
    share bar, a teaser's label ("LEA TAMBIÉN:", one other story's headline under it), a related
    stories' heading whose links the copy lost ("관련기사") or a
    sign-off with the story going on below it (STORY_GOES_ON prose lines before the next such
    line; "AP 뉴스 미닛입니다." opens a bulletin) sits inside the text, not at its end: it is
    left out and the body goes on."""
    ends = [i for i in range(first + 1, len(lines)) if shapes.ends_body(lines[i].text)]
    for number, end in enumerate(ends):
        below = lines[end + 1:ends[number + 1] if number + 1 < len(ends) else len(lines)]
        box = _related_box(lines, end)
        inline = shapes.is_share_bar(lines[end].text) or _inline_label(lines[end].text) or shapes.is_sign_off(lines[end].text) \
            or shapes.is_related_heading(lines[end].text)  # a box the copy emptied, the story going on under it
        prose = sum(shapes.is_prose(line.text) for line in below)
        # (a related heading whose links were lost, with nothing but the story's paragraphs under it
        # to the page's cut: "관련기사" / two paragraphs)
        lost_links = shapes.is_related_heading(lines[end].text) and prose == len(below) >= LINKS_LOST_PROSE
        if not (inline or box) or prose < (1 if box else STORY_GOES_ON) and not lost_links:
            return end
    return len(lines)


def _related_box(lines: list[RawLine], end: int) -> bool:
    """A box of related stories set inside the text: its heading, links each with its date
    ("- Headline2022.03.31"), then the story going on in prose."""
    if not shapes.is_related_heading(lines[end].text):
        return False
    index = end + 1
    while index < len(lines) and shapes.is_dated_link(lines[index].text):
        index += 1
    return end + 1 < index < len(lines) and shapes.is_prose(lines[index].text)


def _inline_label(text: str) -> bool:
    """A label introducing a link inside the text: a few words ending in a colon."""
    return text.rstrip().endswith(":") and shapes.words(text) <= INLINE_LABEL_WORDS


INLINE_LABEL_WORDS = 4


def _tail_start(lines: list[RawLine], first: int, end: int) -> int:
    """Start of the trailing footer run before `end`: two or more footer-shaped lines (a tag
    under its label among them), or one that is chrome even alone (a short last line alone is
    a body line cut by a page limit, and so is a last line that reads as a clause cut short,
    unless it opens in lower case as no paragraph does)."""
    # the publisher's standard statement under its heading ("About UNDP", "외교부 개요")
    end = _closing_block(lines, first, end, STATEMENT_LINES, lambda i: shapes.is_about_heading(lines[i].text))
    # the desk's address under its heading, to the page's foot ("Address for enquiries:" / …)
    end = _closing_block(lines, first, end, CONTACT_BLOCK_LINES, lambda i: shapes.is_contact_heading(lines[i].text)
                         and not any(shapes.is_prose(line.text) for line in lines[i + 1:end]))
    if end == len(lines) and end > first + 2 and _signed(lines[end - 2].text, lines[end - 1].text):
        end -= 1  # the wire or the writer signing under the last paragraph: "… the ministry said." / "Yonhap"
    # the site's other stories, each under its series' tag ("[기획-무역FOCUS] …" / "[기획-ASEAN …] …"),
    # then each its opening cut by the site's limit ("La reforma, … eleva…")
    end = _above_teaser_list(lines, first, end, shapes.is_tagged_headline)
    end = _above_teaser_list(lines, first, end, shapes.is_cut_opening)
    end = _above_dated_list(lines, first, end)
    index = end
    if end == len(lines) and end > first + 1 and shapes.is_cut_clause(lines[end - 1].text):
        return end  # the text cut by the page's length limit ("우리측은 이번 정상"), not a footer's label
    while index > first + 1 and (shapes.is_footer(lines[index - 1].text) or shapes.is_short_label(lines[index - 1].text)
                                 or shapes.is_strong_footer(lines[index - 1].text) or shapes.is_site_notice(lines[index - 1].text)
                                 or _is_author_box(lines, index - 1) or shapes.is_tags_label(lines[index - 2].text)):
        index -= 1
    index = _notice_above(lines, first, index)
    if end - index >= 2 and index > first + 1 and _footer_heading(lines[index - 1].text) \
            and not shapes.is_dateline(lines[index - 1].text):  # (the release's closing place and date stays)
        index -= 1  # the heading over the footer's links: "UNDP Around the world" / "You are at …" / "Go to …"
    if end - index >= 2 or (end - index == 1 and (shapes.is_strong_footer(lines[index].text) or _opens_lower(lines[index].text))):
        return _teaser_above(lines, first, index)
    return end


def _above_teaser_list(lines: list[RawLine], first: int, end: int, is_teaser: Callable[[str], bool]) -> int:
    """`end`, or where a run of TEASER_LIST_MIN lines or more of one teaser shape closing the
    text starts: a list of other stories, never one paragraph of the story."""
    start = end
    while start > first + 1 and is_teaser(lines[start - 1].text):
        start -= 1
    return start if end - start >= TEASER_LIST_MIN else end


def _above_dated_list(lines: list[RawLine], first: int, end: int) -> int:
    """`end`, or where a list closing the page starts whose items are each a date alone over
    one line (the site's other documents: "June 24, 2020" / "Highlights of …"), TEASER_LIST_MIN
    items or more, with its heading and a rule above it ("Department Resources", "-----")."""
    start = end
    while start - 2 > first and shapes.date_only(lines[start - 2].text) and not shapes.date_only(lines[start - 1].text):
        start -= 2
    if (end - start) // 2 < TEASER_LIST_MIN:
        return end
    if start - 1 > first and _footer_heading(lines[start - 1].text):
        start -= 1
    if start - 1 > first and not shapes.has_letters(lines[start - 1].text):
        start -= 1
    return start


def _opens_lower(text: str) -> bool:
    """A short line opening in lower case ("diario"): a tag or a widget's label; the first
    words of a paragraph the page's limit cut would open with a capital."""
    return text.strip()[:1].islower()


def _notice_above(lines: list[RawLine], first: int, footer: int) -> int:
    """A site's notice under the story ("… press Ctrl + Enter", "Read the original article on
    …") with only lines that are no prose between it and the footer (a widget's labels and
    messages: "Last added" / "At least one category must be selected"): the footer starts at it."""
    index = footer
    while index > first + 1 and not shapes.is_prose(lines[index - 1].text) and not shapes.is_site_notice(lines[index - 1].text):
        index -= 1
    return index - 1 if index > first + 1 and shapes.is_site_notice(lines[index - 1].text) else footer


def _closing_block(lines: list[RawLine], first: int, end: int, reach: int, is_heading: Callable[[int], bool]) -> int:
    """Where a block closing the page under its heading starts, its heading within `reach`
    lines above `end` (and below the first paragraph), perhaps its last line, the block cut off
    by the page's length limit; else `end`."""
    return next((i for i in range(max(first + 1, end - reach - 1), end) if is_heading(i)), end)


def _signed(paragraph: str, last: str) -> bool:
    """A page's last line a capitalised name of one to three words, under a paragraph whose
    sentence ended: the story's signature, not the first words of a paragraph the page's length
    limit cut, nor a label of the page's ("Date"), which a quoted page keeps."""
    return SIGNATURE.fullmatch(last.strip()) is not None and shapes.SENTENCE_END.search(paragraph.strip()) is not None \
        and not shapes.has_chrome_shape(last)


SIGNATURE = re.compile(r"[A-Z][\w'’.-]{3,}(?: [A-Z][\w'’.-]+){0,2}")  # "Yonhap", "Alzhanova Raushan"
STATEMENT_LINES = 3  # paragraphs of a publisher's standard statement closing the page
CONTACT_BLOCK_LINES = 8  # lines of a desk's address, phones and name under their heading


def _footer_heading(text: str) -> bool:
    """A heading a few words long, no sentence, no Korean headline: over a footer run it heads
    the footer's links."""
    return shapes.words(text) <= FOOTER_HEADING_WORDS and not shapes.is_prose(text) \
        and not shapes.SENTENCE_END.search(text.strip()) and not shapes.is_korean_subtitle(text)


FOOTER_HEADING_WORDS = 5


def _teaser_above(lines: list[RawLine], first: int, tail: int) -> int:
    """Where the footer starts when a site's teaser stands over it: a heading and a paragraph
    or two under the story, closed by "Read more…" on a line of its own or after the cut
    paragraph ("Spain, a bridge to Latin America" / … / "Read more..."): from the heading on,
    with the tags over it ("Angola")."""
    if shapes.is_cut_teaser(lines[tail].text):
        paragraphs_end = tail + 1
    elif shapes.READ_MORE.match(lines[tail].text.strip()):
        paragraphs_end = tail
    else:
        return tail
    for heading in range(paragraphs_end - 2, max(first, paragraphs_end - 2 - TEASER_PARAGRAPHS), -1):  # below the first line
        text = lines[heading].text
        if shapes.words(text) <= TEASER_HEADING_WORDS and not shapes.SENTENCE_END.search(text.strip()) \
                and all(shapes.is_prose(line.text) for line in lines[heading + 1:tail]):
            while heading > first + 1 and shapes.is_short_label(lines[heading - 1].text):
                heading -= 1
            return heading
    return tail


TEASER_PARAGRAPHS = 3  # paragraphs of a teaser between its heading and "Read more…"
TEASER_HEADING_WORDS = 8


def _without_lead_sentences(lines: list[RawLine], headed: int) -> list[RawLine]:
    """Before a Korean wire story's byline ("(서울=뉴스1) … 기자 ="), under its headline, a
    portal prints a summary and its reading widgets as sentences or as tools ("음성재생 설정");
    the story starts at the byline. Subtitle- and caption-shaped lines there are kept."""
    byline = next((i for i, line in enumerate(lines) if shapes.is_wire_byline(line.text)), None)
    if not headed or byline is None:
        return lines
    return [line for line in lines[:byline] if shapes.is_photo_caption(line.text) or _subtitle(line.text)] + lines[byline:]


def _subtitle(text: str) -> bool:
    """No sentence (a portal's summary), no tool ("기사 듣기 설정") and no other chrome, but for
    a short line, which a subtitle is ("믹타 고위관리회의 개최")."""
    if shapes.SENTENCE_END.search(text.strip()) or shapes.is_tool(text):
        return False
    return not shapes.is_chrome(text) or shapes.is_short_label(text) and not shapes.is_banner(text)


def _is_author_box(lines: list[RawLine], index: int) -> bool:
    """A first-person bio right under a short line (the author's name, perhaps glued to a link)."""
    return index > 0 and shapes.is_author_bio(lines[index].text) and shapes.is_short_label(lines[index - 1].text)


# A paragraph of the page's head or lead printed again this soon after itself is a second
# copy (a caption under its photo and again in the text, a lead repeated under a summary, the
# opening block printed twice). Further down, a repeated paragraph is the text's own (a long
# document checked for naming says a sentence twice, and both must be checked).
REPRINT_LEAD = 8  # the headline group and the first paragraphs
REPRINT_DISTANCE = 10
REPRINT_CUT_MIN = 30  # ... or this many characters of it, cut there
REPRINT_SHARED = 0.8  # ... with this share of its text the same from the start (the credit after it may differ)
REPRINT_SPACING = 10  # ... or the same words with spaces doubled or dropped, up to a tenth of its length


def _kicker_headline_atop(body: list[RawLine], above: list[RawLine]) -> bool:
    """A headline after its kicker ("HE GCCSG: Strategic Dialogue …") opening a text with no
    headline above it is the page's own; inside the text it is another story's."""
    return not above and bool(body) and shapes.is_kicker_headline(body[0].text)


def _without_stray_lines(lines: list[RawLine], above: list[RawLine]) -> list[RawLine]:
    """Body lines minus those of a stray shape inside the text (STRAY_SHAPES), a teaser's
    headline under its label ("También te puede interesar:", when the headline stands alone), a
    picture's title printed twice, the headline as a picture's alt text ("… - ảnh 1"),
    and paragraphs printed again (see REPRINT_DISTANCE) of those kept or of the headline group
    `above` them (itself without copies). Dates alone are left out here too; bound() records
    them."""
    teasers = {index + 1 for index, line in enumerate(lines[:-1])  # "LEA TAMBIÉN:" over one story's headline
               if shapes.is_teaser_label(line.text) and line.text.rstrip().endswith(":")
               and not shapes.SENTENCE_END.search(lines[index + 1].text.strip())}
    credits = {at for index, line in enumerate(lines[:-1]) if shapes.is_credit_label(line.text)
               and shapes.words(lines[index + 1].text) <= CREDIT_VALUE_WORDS and not shapes.SENTENCE_END.search(lines[index + 1].text.strip())
               for at in (index, index + 1)}  # "Photo:" / "Ana Ruiz": a photo's credit, its label and value on two lines
    # a short line printed twice in a row inside the text: over prose, a picture's title (its alt text,
    # then its caption), kept once, the copy nearest the text; else a widget's label, printed by its
    # two states ("언론사 홈 구독" twice); a screenshot's caption is the article's, kept once ("… 홈페이지 캡처")
    pictures = {at for index, line in enumerate(lines[:-1]) if line.text == lines[index + 1].text
                and shapes.words(line.text) <= PICTURE_TITLE_WORDS and not shapes.SENTENCE_END.search(line.text.strip())
                for at in ((index,) if shapes.is_screenshot_caption(line.text) or _prose_under(lines, index + 1)
                           else (index, index + 1))}
    # a caption printed twice in a row, once with its photo's credit ("… 있다© AFP=뉴스1" / "… 있다"): the copy nearer the text
    pictures |= {index for index, line in enumerate(lines[:-1])
                 if _credited_copy(lines[index + 1].text, line.text) or _credited_copy(line.text, lines[index + 1].text)}
    # an image's stub and the agency credited under it ("imagen" / "Reuters", "Foto" / "EFE / Ana Ruiz")
    pictures |= {index + 1 for index, line in enumerate(lines[:-1]) if shapes.is_image_alt(line.text)
                 and _AGENCY_CREDIT.fullmatch(lines[index + 1].text.strip())}
    # a related stories' heading inside the text ("READ MORE") and the headlines under it, up to the text going on
    teasers |= {link for index, line in enumerate(lines) if shapes.is_related_heading(line.text) for link in _links_under(lines, index)}
    # the site's latest stories, each headline under how long ago it was posted ("4 hours ago" / "Crown Prince …")
    posted = [index for index, line in enumerate(lines[:-1]) if shapes.is_time_ago(line.text)]
    if len(posted) >= LISTED_STORIES_MIN:
        teasers |= {index + 1 for index in posted if not shapes.is_prose(lines[index + 1].text)
                    and not shapes.SENTENCE_END.search(lines[index + 1].text.strip())}
    head = {line.text.strip() for line in above}
    kept = [line for index, line in enumerate(lines) if index not in teasers and index not in pictures and index not in credits
            and not _numbered_copy(line.text, head) and not any(stray(line.text) for stray in STRAY_SHAPES)
            or index == 0 and _kicker_headline_atop(lines, above)]
    return _without_reprints(above + kept, len(above))[len(above):]


_AGENCY_CREDIT = re.compile(r"[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)?(?: ?/ ?[A-ZÁÉÍÓÚÑ][\w.-]*(?: [A-ZÁÉÍÓÚÑ][\w.-]*){0,2})?")


def _links_under(lines: list[RawLine], heading: int) -> list[int]:
    """The lines under a related stories' heading that are other stories' headlines: neither
    prose nor a sentence, at most RELATED_LINKS of them."""
    links = []
    for index in range(heading + 1, min(len(lines), heading + 1 + RELATED_LINKS)):
        text = lines[index].text.strip()
        if shapes.is_prose(text) or shapes.SENTENCE_END.search(text):
            break
        links.append(index)
    return links


RELATED_LINKS = 5
LISTED_STORIES_MIN = 2  # time stamps that make a list of other stories, not one story's own stamp


def _prose_under(lines: list[RawLine], index: int) -> bool:
    return index + 1 < len(lines) and shapes.is_prose(lines[index + 1].text)


PICTURE_TITLE_WORDS = 6
CREDIT_VALUE_WORDS = 6
INLINE_CALL_WORDS = 8  # a call to follow or subscribe inside the text is a line of its own, short


def _short_call_to_action(text: str) -> bool:
    return shapes.is_call_to_action(text) and shapes.words(text) <= INLINE_CALL_WORDS


def _no_letter(text: str) -> bool:
    return not shapes.has_letters(text)


# What never belongs to the text, wherever it stands in it: a line without a letter ("?",
# "***"), a bar of category labels between pipes, a date alone (a section's name may be glued
# on: "NACIONALES23/09/2024"), a teaser's label, a share bar, a photo's credit alone ("Foto:
# YONHAP News"), an article's tool ("Versión impresa"), a contact, a time stamp ("18:02 |
# Lima"), a reading aid ("El artículo continúa abajo"), a byline alone ("Escrito por: Laura
# Casillas"), an image's file name, an address alone, a line of hashtags, a file to download or
# a release's attachments, an embedded post's picture link or signature, a related story's link
# marked "☞", a language picker's item, a short call to join or subscribe (any call to follow
# a channel), a box of related stories (its heading and dated links), an image in markdown, a
# wire story's place and agency ("- Nicaragua / EFE"), an HTML attribute left alone ("title="), the
# release's number ("Information for the Press N°:"), a teaser's caption cut short.
STRAY_SHAPES = (
    _no_letter, shapes.is_label_bar, shapes.date_only, shapes.is_teaser_label,
    shapes.is_share_bar, shapes.is_photo_credit, shapes.is_tool, shapes.is_contact, shapes.is_timestamp, shapes.is_stamp_bar, shapes.is_field_line,
    shapes.is_reading_aid, shapes.is_byline, shapes.is_file_name, shapes.is_bare_url, shapes.is_hashtag_line,
    shapes.is_download, shapes.is_embedded_post, shapes.is_pointed_link, shapes.is_labelled_link, shapes.is_language_name,
    _short_call_to_action, shapes.is_channel_call, shapes.is_related_heading, shapes.is_dated_link,
    shapes.is_kicker_headline, shapes.is_markdown_image, shapes.is_place_and_agency, shapes.is_markup_residue,
    shapes.is_link_description, shapes.is_outlet_name, shapes.is_image_alt, shapes.is_site_notice, shapes.is_source_credit,
    shapes.is_release_number, shapes.is_cut_caption, shapes.is_publication_label, shapes.is_transcript_label,
)

SUMMARY_LINES = 5  # the most sentences a portal's machine summary of a story has


def _without_machine_summary(lines: list[RawLine]) -> list[RawLine]:
    """The lines without a portal's machine summary: its notice and the sentences under it,
    up to the next chrome line (the story itself follows, its sentences printed again)."""
    notice = next((i for i, line in enumerate(lines) if shapes.opens_machine_summary(line.text)), None)
    if notice is None:
        return lines
    end = notice + 1
    while end < len(lines) and end <= notice + SUMMARY_LINES and not shapes.is_chrome(lines[end].text):
        end += 1
    return lines[:notice] + lines[end:]


def _without_bracketed_notice(lines: list[RawLine]) -> list[RawLine]:
    """The lines without an agency's note to its subscribers set in angle brackets over a few
    lines ("<이 기사는 … 사용할 수 있습니다." … "엠바고 파기시 … 있습니다.>"): an embargo, not
    the story; one line in brackets is `shapes`' angle hint."""
    for opening, line in enumerate(lines):
        text = line.text.strip()
        if not text.startswith("<") or ">" in text:
            continue
        for closing in range(opening + 1, min(len(lines), opening + NOTICE_LINES)):
            closed = lines[closing].text.strip()
            if "<" in closed:
                break
            if closed.endswith(">"):
                return lines[:opening] + lines[closing + 1:]
    return lines


NOTICE_LINES = 4  # lines a bracketed notice spans at most


def _without_reprints(lines: list[RawLine], fixed: int = 0) -> list[RawLine]:
    """The lines without second copies; a body paragraph printed first cut short (a pull
    quote) and then whole keeps the whole one, in its place. The first `fixed` lines (the
    headline group) are never replaced; a paragraph printed twice in a row keeps its second copy,
    the one nearer the text."""
    kept: list[RawLine] = []
    for previous, line in zip([None, *lines], lines):
        if kept and _after_widget_label(kept[-1].text, line.text) and not shapes.breadcrumb_glued(kept[-1].text, line.text):
            continue  # "view larger image <caption>", then the caption: the same paragraph, anywhere
        originals = kept[max(0, len(kept) - REPRINT_DISTANCE):REPRINT_LEAD]
        glued = next((i for i, earlier in enumerate(kept[:REPRINT_LEAD])
                      if shapes.credit_glued(earlier.text, line.text)
                      or shapes.breadcrumb_glued(earlier.text, line.text)), None)
        copied = [earlier for earlier in originals if _reprint(line.text, earlier.text)
                  and not _deck_quoting(kept, earlier, fixed)]
        if glued is not None:
            kept[glued] = line  # the headline again without the section label and photo credit glued to it
        elif kept[-1:] == [previous] and len(kept) > fixed and (copied == kept[-1:] and _reprint(previous.text, line.text)
                                                                or _bulleted_copy(previous.text, line.text)):
            kept[-1] = line  # printed twice in a row (a caption under its image's alt text, perhaps as a list item
            # "• ▲ …" / "▲ …"): the copy nearer the text
        elif not copied:
            kept.append(line)
        elif all(kept.index(earlier) >= fixed and (len(earlier.text) < len(line.text) and line.text.startswith(
                earlier.text.rstrip(".…")) or _dated_copy(line.text, earlier.text)) for earlier in copied):
            kept = [kept_line for kept_line in kept if kept_line not in copied] + [line]
    return kept


def _bulleted_copy(bulleted: str, text: str) -> bool:
    """`bulleted` is `text` printed as a list item right above it (an image's alt text); a
    summary's bullet quoting a paragraph further down is the summary's own."""
    return shapes.is_bulleted(bulleted) and shapes.strip_bullet(bulleted).strip() == text.strip()


WIDGET_LABEL_WORDS = 3  # "view larger image", "ampliar imagen": a widget's words glued before a copy


def _deck_quoting(kept: list[RawLine], earlier: RawLine, fixed: int) -> bool:
    """The line right under the headline quoting a paragraph found DECK_GAP lines or more below
    it (a summary set in the page's head, not a second copy of the lead): both are the text's."""
    return fixed > 0 and len(kept) > 1 and kept[1] is earlier and len(kept) - 1 >= DECK_GAP \
        and shapes.is_prose(earlier.text) and not shapes.is_photo_caption(earlier.text)


DECK_GAP = 3


def _after_widget_label(earlier: str, text: str) -> bool:
    """`earlier` is `text` with a widget's few words glued before it (the paragraph printed
    twice in a row, its first copy carrying the button's label)."""
    label = earlier[:len(earlier) - len(text)]
    return len(text) >= REPRINT_CUT_MIN and earlier.endswith(text) and 0 < shapes.words(label) <= WIDGET_LABEL_WORDS


def _reprint(text: str, earlier: str) -> bool:
    """`text` is `earlier` again, or begins with most of it (the tail, a credit, written
    otherwise), or is its beginning cut off (by the page's length limit), or `earlier` was (a
    bracketed caption's first copy cut short, then the whole one: "[… 접견하", "[… 접견하고 있다 /
    사진=연합뉴스]", or a teaser cut with an ellipsis: "Seoul, June 13 The ministry said …
    its ..."; a lead's first sentence over it, uncut, is the text's, twice)."""
    text, earlier = _unbylined(text), _unbylined(earlier)
    if text == earlier or len(text) >= REPRINT_CUT_MIN and earlier.startswith(text):
        return True
    if len(earlier) >= REPRINT_CUT_MIN and text.startswith(earlier) and shapes.SENTENCE_END.search(earlier.rstrip()):
        return True  # the lead's first sentences as the page's deck, then the whole paragraph
    if abs(len(text) - len(earlier)) <= len(text) // REPRINT_SPACING and text.split() == earlier.split():
        return True  # its spaces otherwise ("…/뉴스1  Copyright …", then "…/뉴스1 Copyright …")
    if _dated_copy(text, earlier) or _dated_copy(earlier, text):
        return True  # the lead as the page's summary, then under its dateline: "New Zealand …", "Wellington : New Zealand …"
    if _caption_credited(earlier, text) or _caption_credited(text, earlier):
        return True  # ("… Fernandez (right).", then "… (right). (Photo: internet reproduction)", "… 2024. | Photo: …")
    if _credited_copy(earlier, text) or _credited_copy(text, earlier):
        return True  # a caption as the image's alt text, then with its credit: "Felipe VI y … Letizia. WireImage"
    if earlier.rstrip().endswith(("...", "…")):  # a teaser cut with an ellipsis: "Seoul, June 13 The … its ..."
        shown = earlier.rstrip(" .…")
        if len(shown) >= REPRINT_CUT_MIN and text.startswith(shown):
            return True
    shared = len(os.path.commonprefix((text, earlier)))
    return shared >= PRINTED_TWICE_MIN_CHARS and shared >= REPRINT_SHARED * max(len(text), len(earlier))


def _dated_copy(text: str, earlier: str) -> bool:
    """`text` is the paragraph `earlier` under the story's dateline: the text's own copy."""
    return len(earlier) >= REPRINT_CUT_MIN and text != earlier and shapes.after_dateline(text) == earlier


def _caption_credited(caption: str, text: str) -> bool:
    """`text` is the caption again with its photo's credit after it, the caption perhaps
    printed first as a list item (an image's alt text: "• Fruitful day …")."""
    caption, text = shapes.strip_bullet(caption.strip()).strip(), text.strip()
    return len(caption) >= REPRINT_CUT_MIN and text.startswith(caption) and (
        text[:1] == "[" and text.endswith("]") or shapes.is_photo_credit(text[len(caption):].strip(" |")))


def _unbylined(text: str) -> str:
    """A paragraph without a reporter's bracketed byline glued before it ("[황수진 기자]…"),
    which the copy of it printed as a summary lacks."""
    return BYLINE_GLUED.sub("", text)


BYLINE_GLUED = re.compile(r"^\[[^\[\]]{2,20}(?:기자|특파원)\]\s*")


def _credited_copy(caption: str, text: str) -> bool:
    """`text` is the sentence `caption` (however short) with a credit of a few capitalised
    words after it ("… Letizia." / "… Letizia. WireImage", "… (AFP / Getty)"), the photo's
    date in brackets perhaps before it ("… Kamilov. (21 November 2014) FDFA")."""
    rest = text[len(caption):].strip()
    if (dated := _BRACKETED.match(rest)) is not None and find_date(dated.group()):
        rest = rest[dated.end():].strip()
    if not text.startswith(caption) or shapes.words(caption) < CREDITED_CAPTION_WORDS:
        return False
    if COPYRIGHT_CREDIT.fullmatch(rest) is not None:
        return True  # the Korean press's caption, often without its full stop: "… 식히고 있다© AFP=뉴스1"
    return shapes.SENTENCE_END.search(caption.strip()) is not None and CREDIT_WORDS.fullmatch(rest) is not None


CREDITED_CAPTION_WORDS = 3
_BRACKETED = re.compile(r"\([^()]*\)")
COPYRIGHT_CREDIT = re.compile(r"[©ⓒ]\s?[\w=/&.-]+(?: [\w=/&.-]+){0,2}")
CREDIT_WORDS = re.compile(r"[(\[]?[A-Z][\w.&'-]*(?:\s?[/|]?\s?[A-Z][\w.&'-]*){0,3}[)\]]?")


def _record_metadata(lines: list[RawLine], fields: dict[str, str]) -> None:
    """Fields from label/value lines (the value may be on the next line) and date lines."""
    for index, line in enumerate(lines):
        found = shapes.metadata(line.text)
        if found:
            for name, value in found.items():
                if not value and index + 1 < len(lines):
                    value = shapes.strip_bullet(lines[index + 1].text)
                    value = (find_date(value) or value) if name == "date" else value
                if value and (shapes.metadata(value) is None or value == line.text.strip()):  # (a whole-line field)
                    fields.setdefault(name, value)
        elif shapes.date_only(line.text) and (date := find_date(line.text)):
            fields.setdefault("date", date)
        elif (date := shapes.dated_cell(line.text)) is not None:
            fields.setdefault("date", date)
        elif shapes.is_stamp_bar(line.text) and (date := find_date(line.text)):
            fields.setdefault("date", date)  # the story's stamps: "22 de marzo de 2019 | 15:22 | …"


def _suffixed_title_date(head: list[RawLine]) -> str | None:
    """The date in the site's suffix of the page's title above the text ("… Unión Africana -
    Sputnik Mundo, 1920, 16.05.2023")."""
    return next((date for line in head if (suffixed := SITE_SUFFIX.match(line.text.strip()))
                 and (date := find_date(suffixed.string[suffixed.end(1):]))), None)


def _dateline_date(body: list[RawLine]) -> str | None:
    """A date written at the start of the first lines (a dateline), at the end of the
    headline, or in a short closing line."""
    candidates = [line.text[:DATELINE_CHARS] for line in body[:3]]
    if body:
        candidates.append(body[0].text[-DATELINE_CHARS:])  # a headline ending in its date
    if body and not shapes.is_prose(body[-1].text):
        candidates.append(body[-1].text)
    return next(filter(None, map(find_date, candidates)), None)
