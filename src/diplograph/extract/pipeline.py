"""Run the extractors over a document in reading order and merge what they find."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..clean import Block, split_sentences
from ..document import Document
from ..lexicon import Lexicon
from ..metadata import era_year
from .agreements import AgreementExtractor
from .captions import caption_meeting
from .dates import DateMention, DateReader, DateValue
from .gatherings import date_by_gatherings, date_next_to_gatherings, find_gatherings
from .listed import listed_meetings, roster_meeting
from .matrix_meetings import matrix_meetings
from .meeting_parts import MeetingParts, is_spoken_record, pattern
from .meetings import TIMELINE_ENTRY, Context, MeetingExtractor, marks_subject
from .merge import merge_meetings
from .notices import notice_meetings
from .people import read_people
from .records import Extraction, Meeting, Participant, PersonMention
from .sides import complete_sides
from .table_columns import month_columns, table_columns, tables
from .table_meetings import (
    header_row_meeting,
    home_office,
    listed_visit_meetings,
    page_pair,
    place_by_direction,
    programme_meetings,
    row_meeting,
)
from .topics import TopicFinder
from .trips import find_trips, place_from_same_day, place_from_trips

_SUBJECT_REACH = 6  # paragraphs back in which a passage's subject is looked for
# A title naming the fiscal year a report reviews: "令和4年度 外務省政策評価書", "2023年度 防衛交流の実績"
_FISCAL_YEAR = re.compile(r"(?:(?P<era>令和|平成)\s*(?P<number>元|\d{1,2})|(?P<year>\d{4}))\s*年度")
# A post's time stamp: "午後8:15 · 2024年7月11日" (not a release's dateline with its hour)
_DAY = r"(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})"
_STAMP = re.compile(rf"\s*(?:午前|午後)?\d{{1,2}}:\d{{2}}\s*[·・･|｜]\s*{_DAY}\s*")


def _fiscal_year(m: re.Match[str]) -> int:
    """The first calendar year of the fiscal year a title names ("令和4年度" → 2022)."""
    return int(m.group("year")) if m.group("year") else era_year(m.group("era"), m.group("number"))


def _date_at(dates: list[DateMention], offset: int) -> DateMention | None:
    """The date in force at ``offset``: the last narrative date mentioned before it (not one that only dates
    a noun, as in "2022年1月に立ち上がった経済版「2+2」")."""
    current = None
    for d in dates:
        if d.start >= offset:
            break
        if d.narrative and not d.modifies and not (d.relative and d.value.precision == "year"):
            current = d  # ("本年ASEAN議長国を務める": a year named in passing)
    return current


def _story_dates(doc: Document, dates: list[DateMention], datelines: bool = True) -> list[DateMention]:
    """The dates that carry the story on: not those of photo captions standing between paragraphs, nor a
    release's dateline (a paragraph that is only a date: the day it was published, not a day it tells)."""
    captions = [(b.start, b.end) for b in doc.blocks if b.kind == "caption"]
    lines = [(b.start, b.end) for b in doc.blocks[:5] if _dateline(doc, b, dates)]
    if len(lines) != 1 or any(_dateline(doc, b, dates) for b in doc.blocks[5:]):
        lines = []  # several date lines head the parts of a schedule ("■12月15日（月）"): they date the story
    told = [d for d in dates if d.value.precision == "day" and d.narrative and not d.relative
            and not any(s <= d.start < e for s, e in lines + captions)]
    # a dateline dates the story only if the body gives no day (documents' events keep it: "本日発出"); a post's
    # time stamp at its end ("午前6:05 · 2024年7月11日") never does
    stamps = [(b.start, b.end) for b in doc.blocks if _STAMP.fullmatch(doc.text, b.start, b.end)]
    aside = captions + stamps + (lines if told and datelines else [])
    return [d for d in dates if not any(s <= d.start < e for s, e in aside)]


def _masthead(doc: Document, block: Block) -> bool:
    """A first line that names the publication and its day, no event: "東都新聞　2016年11月22日（火）　夕刊　2面"."""
    told = doc.text[block.start:block.end]
    return len(told) <= 60 and not re.search(r"[。．]", told) and not pattern("head").search(told) \
        and bool(pattern("masthead").search(told))


def _dateline(doc: Document, block: Block, dates: list[DateMention]) -> bool:
    inside = _within(dates, block.start, block.end)
    return len(inside) == 1 and not doc.text[block.start:inside[0].start].strip() and \
        not doc.text[inside[0].end:block.end].strip(" 　（）()月火水木金土日曜")


def read_dates(doc: Document) -> list[DateMention]:
    """Every date of the document, in order; items under a dated table row inherit its year."""
    today = DateValue.parse_iso(doc.meta.date) if doc.meta.date else None
    spoken = is_spoken_record(doc.meta.title or "", doc.text)
    fiscal = _FISCAL_YEAR.search(doc.meta.title or "")
    reader = DateReader(doc.meta.context_year, today, spoken=spoken, fiscal=_fiscal_year(fiscal) if fiscal else None)
    dates: list[DateMention] = []
    row_date: dict[int, DateValue] = {}
    section_year: int | None = None  # "2023年1月 米シンクタンクで…": a dated heading dates its paragraphs
    datelines = 0
    for index, block in enumerate(doc.blocks):
        row = row_date.get(block.parent) if block.parent is not None else None
        year = row.year if row else section_year if block.kind != "heading" else None
        before = doc.blocks[index - 1] if index else None
        reader.new_paragraph(year, row, note=before is not None and bool(  # under "（参考2）日・ベルギー首脳会談"
            re.fullmatch(r"\s*[（(]参考[^）)]{0,3}[）)][^。]{1,40}", doc.text[before.start:before.end])))
        if _STAMP.fullmatch(doc.text, block.start, block.end):  # (a post's time stamp moves no story on)
            saved = reader.last, reader.last_month, reader.last_day
            found = reader.read(doc.text, block.start, block.end)
            reader.last, reader.last_month, reader.last_day = saved
        else:
            found = reader.read(doc.text, block.start, block.end)
        if block.kind == "table_row" and found:
            row_date[index] = found[0].value
        if block.kind == "heading":
            # (not the date a page was made or updated: "外務省 総合外交政策局 作成（令和7年1月）")
            months = [d for d in found if d.value.month and not d.relative and not re.search(
                r"作成|更新|現在|時点", doc.text[max(block.start, d.start - 4):min(block.end, d.end + 4)])]
            section_year = months[0].value.year if months else None
        if block.kind in ("heading", "item", "paragraph", "table_row") and found \
                and all(d.value.precision == "year" and d.value.year == found[0].value.year for d in found) \
                and not re.sub(r"[\s（）()]", "", _without(doc.text, block.start, block.end, found)):
            # a list of visits by year: "2022年" over its items (a line alone), a table's row "2023年（令和5年）"
            section_year = found[0].value.year
        if block.kind in ("paragraph", "heading") and len(found) == 1 and not found[0].relative \
                and found[0].value.precision == "day" and _DATELINE_REST.fullmatch(re.sub(
                    r"\s|[（(][月火水木金土日](?:曜日?)?[）)]", "", _without(doc.text, block.start, block.end, found))):
            # a dateline over each entry of a list ("令和2年11月10日" over a statement, "ホワイトハウス　2021年4月16日"
            # over a readout): from the second on, its year is its entry's and its day the entry's 本日 (the first
            # may be the page's own date)
            datelines += 1
            if datelines > 1 or reader.today is None:
                section_year = found[0].value.year
                reader.today = found[0].value
        dates.extend(found)
    return dates


def extract(doc: Document, lexicon: Lexicon) -> Extraction:
    """Everything the extractors read from ``doc``."""
    out = Extraction()
    dates = read_dates(doc)
    people = read_people(doc, lexicon, dates)
    out.mentions, out.unlisted, out.attestations = people.mentions, people.unlisted, people.attestations
    agreements = AgreementExtractor(MeetingParts(lexicon))
    day_columns = _day_columns(doc, dates)
    columns = table_columns(doc.blocks, doc.text, dates, out.mentions, agreements.parts)
    out.meetings = find_meetings(doc, lexicon, dates, out.mentions, people.speakers, day_columns, columns)
    story = _story_dates(doc, dates, datelines=False)
    noted = _noted_dates(doc, dates, story)

    def fallback(at: int) -> DateMention | None:
        index = doc.block_index(at)
        return noted.get(index) or _column_day(day_columns, doc, index, at) or _date_at(story, at)
    out.agreements = agreements.extract(doc, dates, out.mentions, out.meetings, fallback, columns)
    TopicFinder(lexicon).tag(doc, out.meetings, out.agreements)
    return out


def find_meetings(doc: Document, lexicon: Lexicon, dates: list[DateMention],
                  mentions: list[PersonMention], speakers: dict[int, PersonMention] | None = None,
                  day_columns: dict[int, dict[int, DateMention]] | None = None,
                  columns: dict[int, dict[str, int]] | None = None) -> list[Meeting]:
    """Meetings of every block: sentences, captions and table rows, merged into one per event; ``speakers``:
    who speaks in each block of a record of speech (the subject their sentences leave out); ``day_columns``: the
    days of the columns of a week's grid (see ``_day_columns``); ``columns``: the roles of each table row's columns
    (see ``table_columns``). Both are computed here when not given."""
    speakers = speakers or {}
    extractor = MeetingExtractor(lexicon)
    parts = extractor.parts
    for x in mentions:  # "アルバレス大臣" is the "スペイン外務・欧州連合・協力大臣" named in full before
        title = x.prefix + (x.title or "") + x.also
        if x.person and x.title and len(title) > len(parts.full_titles.get(x.person, "")):
            parts.full_titles[x.person] = title
    story = _story_dates(doc, dates)
    page_office = home_office(parts, [doc.meta.title or ""])  # "茂木外務大臣の動静", "総理の一日"
    schedule = bool(pattern("schedule_page").search(doc.meta.title or ""))
    page_countries = page_pair(parts, [doc.meta.title or ""])  # "日米関係年表"
    page_visitor = _visitor_of_page(doc, mentions)  # "シコルスキ・ポーランド共和国副首相兼外務大臣の訪日（結果）"
    # the head of a delegation whose report it is ("団長　逢沢一郎君", "逢沢団長"): who met those its programme names
    principal = next((x for x in mentions if x.person and x.country == parts.japan and (
        x.title == "団長" or doc.text.rfind("団長", max(0, x.span.start - 4), x.span.start) >= 0)), None)
    lead_dates = _field_dates(doc, dates)  # "…を表敬訪問されました" dated by the "1　日時" field after it
    lead_dates = {**_dated_below(doc, dates), **lead_dates}  # "** 日・ケニア首脳会談" over "<2013-06-01 土 09:00>"
    lead_dates = {**_noted_dates(doc, dates, story), **lead_dates}  # "（※1）会談後、…" dated by the row of ※1
    if day_columns is None:  # a week's schedule, a column a day: "時間帯 | 2/24（火） | 2/25（水）"
        day_columns = _day_columns(doc, dates)
    datelines = [i for i, b in enumerate(doc.blocks) if _dateline(doc, b, dates)]
    dateline_set = set(datelines)
    # the first block that tells a day: a release's headline stands before it (and after a newspaper's masthead,
    # "東都新聞　2016年11月22日（火）　夕刊　2面")
    body_starts = next((i for i, b in enumerate(doc.blocks) if i not in dateline_set and any(
        d.value.precision == "day" for d in _within(dates, b.start, b.end)) and not (i == 0 and _masthead(doc, b))),
        len(doc.blocks))
    # several lines of a day alone head the parts of a schedule, or a table's rows one cell a line ("1月10日" /
    # "日英首脳会談（メイ首相、ロンドン）"): what stands under them is no headline
    headlines_end = min(body_starts, datelines[0]) if len(datelines) >= 2 else body_starts
    text = doc.text
    lead = _lead_subject(doc, body_starts, mentions, parts)
    # the short lines over a release's body ("取扱注意" / "令和7年7月1日" / "岩屋外務大臣の主要国外相との会談等…"):
    # a title that names the office its tables are about, when the first line is not it
    headlines = [told for b in doc.blocks[:min(body_starts, 8)] if b.kind in ("paragraph", "heading")
                 and len(told := text[b.start:b.end].strip()) <= 60 and "。" not in told]
    found: list[Meeting] = []
    homes: dict[tuple[str, ...], tuple] = {}  # a table's office, countries and kind of talks, by section and title
    led: str | None = None  # the office of the paragraph leading into the table (see _lead_in_office)
    lead_day: DateMention | None = None  # the day that paragraph tells (see _lead_day)
    subjects: list[tuple[int, PersonMention | None]] = []  # per prose block: its last は-subject
    headings = {re.sub(r"\s", "", text[b.start:b.end]) for b in doc.blocks if b.kind == "heading"}
    by_block: dict[int, list[tuple[int, int]]] = {}
    for sentence in doc.sentences:
        by_block.setdefault(sentence.block, []).append((sentence.start, sentence.end))
    table_title = ""  # the caption right over a table ("表1　日米・日豪「2+2」（西暦表記）")
    direction = ""  # in a country page's list of visits: 往 (from Japan), 来 (to Japan), 第三国 (elsewhere)
    named = [c for c in parts.named_countries(doc.meta.title or "") if c != parts.japan]
    page_country = named[0] if len(named) == 1 else None
    def titles_over(block: Block, table_title: str) -> list[str]:
        """What stands over a table row, nearest first: the table's title, its headings, the page's title lines."""
        return [t for t in (table_title, *reversed(block.section), doc.meta.title or "", *headlines) if t]

    if columns is None:
        columns = table_columns(doc.blocks, text, dates, mentions, parts)
    not_held = _cancelled_marks(doc)
    matrix = month_columns(doc.blocks, text)
    notes: dict[str, str] | None = None  # (read at the first matrix row)
    heading_day: DateMention | None = None  # the day of the last heading, for a table without a date column
    tolds = [_before_note(text[b.start:b.end]) for b in doc.blocks]  # each block's text before a note it carries
    next_told = [len(doc.blocks)] * (len(doc.blocks) + 1)  # the next block that is not a note, for each block
    for i in range(len(doc.blocks) - 1, 0, -1):
        next_told[i - 1] = i if tolds[i] else next_told[i]
    for index, block in enumerate(doc.blocks):
        spans = by_block.get(index, [])
        if block.kind == "table_row" and not (index and doc.blocks[index - 1].kind == "table_row"):
            # a table's first row: the office and the day of the paragraph leading into it, if any
            led = _lead_in_office(doc, index, mentions, parts)
            lead_day = _lead_day(doc, dates, index) if led else None
        if block.kind != "table_row":
            # a table's title: a caption, or a short line right above it ("■シート1：首脳会談"; a note after it,
            # "（注）日本側は、…", is no title and leaves the title as it was)
            told = tolds[index]
            after = doc.blocks[next_told[index]] if next_told[index] < len(doc.blocks) else None
            above = after is not None and after.kind == "table_row" \
                and block.parent is None  # (not a row's cell cut off as an item of its own)
            short = block.kind in ("item", "paragraph") and above and 0 < len(told) <= 40 and "。" not in told
            if block.kind == "caption" or short or told:
                table_title = text[block.start:block.end] if block.kind == "caption" else told if short else ""
            heading_day = _heading_day(doc, dates, block) if block.kind == "heading" else heading_day
        if block.kind == "caption":
            for s, e in spans:
                m = caption_meeting(parts, text, s, e, _within(dates, s, e), _within(mentions, s, e))
                found.extend([m] if m else [])
            continue
        if (block.kind == "heading" and not pattern("meeting_heading").match(text, block.start, block.end)) \
                or _is_title(doc, block) or (index < headlines_end and _headline(doc, block)):
            continue  # a title sums up what the body tells, undated (not an item's own heading with its day)
        if block.kind == "item" and _contents_line(doc, block, headings):
            continue  # "2026年3月6日 山内大使によるドゥアレ保健長官表敬": a list of the page's articles by posting date
        if block.kind == "item":
            heading = re.match(r"(往|来|第三国)", text[block.start:block.end])
            if heading and text[block.start:block.end].strip().endswith(("）", ")", "会談")):
                direction = heading.group(1)  # "来（フィリピンから日本）": the items under it are visits to Japan
                continue
            visits = listed_visit_meetings(parts, text, block, _within(dates, block.start, block.end),
                                           _within(mentions, block.start, block.end), direction, page_country)
            if visits:
                found.extend(visits)
                continue
            if lead is not None and (met := roster_meeting(parts, text, block.start, block.end,
                                                           _date_at(story, block.start),
                                                           _within(mentions, block.start, block.end), lead)):
                found.append(met)
                continue
        if block.kind == "table_row" and any(mark.search(text, block.start, block.end) for mark in not_held):
            continue  # "外相会談※2" under "※2 先方の日程の都合により取りやめとなりました。"
        if block.kind == "table_row" and index in matrix:
            held = _date_at(story, block.start)
            year = held.value.year if held else doc.meta.context_year
            home = home_office(parts, titles_over(block, table_title))
            if year is not None:
                notes = notes if notes is not None else _notes(doc)
                found.extend(matrix_meetings(parts, text, block, matrix[index], year, home, notes))
            continue
        if block.kind == "table_row":
            in_row = _in_row(dates, block), _in_row(mentions, block)
            key = (*block.section, table_title)
            if key not in homes:
                titles = titles_over(block, table_title)
                titled = next((k for t in titles if (k := parts.kind(t)) and k != "OtherMeeting"), None)
                to_japan = any(re.search(r"訪日|来日", t) for t in [*block.section, doc.meta.title or ""])
                office = home_office(parts, titles) or led
                homes[key] = office, page_pair(parts, titles), titled, to_japan
            home, pair, titled, to_japan = homes[key]
            programme = programme_meetings(parts, text, block, *in_row, to_japan)
            if programme:
                found.extend(programme)
                continue
            m = header_row_meeting(parts, text, block, *in_row, home, pair, titled, heading_day or lead_day,
                                   columns.get(index)) \
                or row_meeting(parts, text, block, *in_row)
            if m is not None:
                found.append(m)
                continue
            spans = [span for s, e in block.cell_spans(text, merged=False) for span in split_sentences(text, s, e)]
            row_day = _row_date(block, text, in_row[0], columns.get(index, {}))
        section = _section_countries(parts, block, text)
        last_subject = None
        for s, e in spans:
            subject = last_subject or speakers.get(index) or _earlier_subject(subjects) \
                or (lead if lead is not None and not any(x is not None and x.person != lead.person
                                                         for _, x in subjects) else None)
            ctx = Context(fallback=lead_dates.get(index) or _column_day(day_columns, doc, index, s)
                          or (row_day if block.kind == "table_row" else None) or _date_at(story, s),
                          subject=subject,
                          carried=last_subject is None and subject is not None,
                          section_countries=section, own_section=_own_section(parts, block),
                          page_countries=page_countries,
                          block_end=max(block.end, e), home=page_office,
                          schedule=schedule,
                          visitor=page_visitor, principal=principal)
            own_dates, own_mentions = _within(dates, s, e), _within(mentions, s, e)
            found.extend(extractor.from_sentence(doc, s, e, own_dates, own_mentions, ctx))
            named_subject = _last_subject(text, own_mentions)
            if pattern("listed_partners").search(text, s, e):
                leads = [named_subject, subject, *(x for _, x in reversed(subjects))]
                found.extend(listed_meetings(doc, parts, (s, e), index, own_dates[0] if own_dates else ctx.fallback,
                                             leads, mentions))
            last_subject = named_subject or last_subject
        subjects.append((index, last_subject))
    gatherings = find_gatherings(doc, parts, dates)
    date_next_to_gatherings(doc, found, gatherings)
    meetings = merge_meetings(found + notice_meetings(doc, parts, dates, mentions))
    # sides the sections give: the talks' country guides the trip's place, and reports that now agree merge
    meetings = merge_meetings(complete_sides(doc, meetings, parts, by_place=False))
    date_by_gatherings(doc, meetings, gatherings, parts)
    place_from_trips(doc, meetings, find_trips(doc, parts, dates, mentions), parts)
    place_from_same_day(meetings, parts)
    meetings = merge_meetings(complete_sides(doc, meetings, parts))
    place_by_direction(text, meetings, parts.japan)
    _attendees_after(doc, meetings, dates, mentions, parts)
    for meeting in meetings:  # a courtesy call on a governor or mayor: no call on a state's leaders
        if meeting.kind == "CourtesyCall" and any(pattern("local_head").search(p.title or "")
                                                  for p in meeting.participants):
            meeting.kind = "OtherMeeting"
    return meetings


def _attendees_after(doc: Document, meetings: list[Meeting], dates: list[DateMention],
                     mentions: list[PersonMention], parts: MeetingParts) -> None:
    """A meeting named without its people whose line goes on to say who attended ("第1回日米経済対話（東京）．麻生副総理
    兼財務大臣とペンス副大統領が出席．", "日米貿易交渉閣僚協議（東京）．茂木大臣とライトハイザー代表．"): those people,
    up to the line's next date or meeting."""
    text = doc.text
    for meeting in meetings:
        if meeting.participants or len(meeting.sides) < 2 or not meeting.evidence:
            continue
        span = meeting.evidence[0]
        block = doc.block_at(span.start)
        stop = next((d.start for d in dates if span.end <= d.start < block.end), block.end)
        rest = text[span.end:stop]
        named = [x for x in mentions if x.person and span.end <= x.span.start < stop]
        # (or a list of names that is the next sentence's subject: "「2+2」（ニューヨーク）。岸田外務大臣、…、
        # カーター国防長官が新たな…を了承")
        subject_list = bool(named) and text.startswith("が", named[-1].span.end) \
            and _only_names(text, span.end, named[-1].span.end, named)
        told = bool(pattern("attended").search(rest)) or _only_names(text, span.end, stop, named) or subject_list
        if (len(rest) > 80 and not subject_list) or not named or pattern("head").search(rest) or not told:
            continue
        for x in named:
            if (x.country in meeting.sides or x.country is None) \
                    and x.person not in {p.person for p in meeting.participants}:
                meeting.participants.append(Participant(x.person, x.office, x.country or None, title=x.title))
        meeting.sides = [c for c in meeting.sides if c not in {p.country for p in meeting.participants}]
        if meeting.participants and meeting.kind == "OtherMeeting":
            meeting.kind = parts.kind_from_people(meeting.participants)


def _only_names(text: str, start: int, stop: int, named: list[PersonMention]) -> bool:
    """Whether ``text[start:stop]`` is only names joined by と, 及び or 、 ("．茂木大臣とライトハイザー代表．")."""
    rest = list(text[start:stop])
    for x in named:
        rest[x.span.start - start:x.span.end - start] = [""] * (x.span.end - x.span.start)
    # (a name and title not read as a person, "ライトハイザー代表", may remain)
    return bool(re.fullmatch(r"[ァ-ヴー・一-龥々]{0,12}", re.sub(r"[\s．。.、,と及び並]", "", "".join(rest))))


# what a dateline may hold besides its date: who issued it ("ホワイトハウス", "国務省報道官"), no words of a sentence,
# no brackets and no talks (a chronology's line, "2019年4月26日　日米首脳会談（ワシントン）", is no dateline)
_DATELINE_REST = re.compile(r"(?!.*(?:会談|会合|会議|協議|表敬|訪問|署名))[^ぁ-ん。、，．,.:：（）()「」]{0,12}")


def _without(text: str, start: int, end: int, found: list[DateMention]) -> str:
    """``text[start:end]`` without the dates found in it."""
    kept, pos = [], start
    for d in found:
        kept.append(text[pos:d.start])
        pos = d.end
    return "".join(kept) + text[pos:end]


def _row_date(block: Block, text: str, dates: list[DateMention], roles: dict[str, int]) -> DateMention | None:
    """The day a table row is of, for a cell that tells something without its own date: its date column's
    ("平成30年7月17日　東京" under 署名, not the later 効力発生 day); None in a table without one."""
    cells = block.cell_spans(text)
    column = roles.get("date")
    if column is None or column >= len(cells):
        return None
    s, e = cells[column]
    return next((d for d in dates if s <= d.start < e), None)


def _in_row(found: list, block: Block) -> list:
    """What was found in a table row, with what its merged cells take from the rows above."""
    return [x for s, e in block.merged_spans() for x in _within(found, s, e)] + _within(found, block.start, block.end)


def _contents_line(doc: Document, block: Block, headings: set[str]) -> bool:
    """Whether a list item is a date and the heading of an article further down (a news page's contents)."""
    line = re.sub(r"\s", "", doc.text[block.start:block.end])
    rest = re.sub(r"^[・●\-]?(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[/.]\d{1,2}[/.]\d{1,2})", "", line)
    return rest != line and rest in headings


def _before_note(text: str) -> str:
    """A block's text before a note it carries ("（注）日本側は、…", "※…"): empty for a note."""
    return re.split(r"[（(]注[0-9０-９]*[）)]|※|注[：:]", text)[0].strip()


# The label of a note whose mark is the bare ※: "（注3）※は…中止となったもの。"
_BARE_NOTE = re.compile(r"\s*(?:[（(]注\s*\d{0,2}[）)])?\s*(?P<mark>※)(?!\s*\d)")


def _note_mark(text: str) -> re.Match[str] | None:
    """The mark a note starts with ("※1", "（注2）", or a bare ※ under its label), if the text is a note."""
    return _BARE_NOTE.match(text) or pattern("note_mark").match(text)


def _notes(doc: Document) -> dict[str, str]:
    """The text of each note by its mark ("※1" → "ワシントンD.C.（日米豪印外相会合の機会）")."""
    out = {}
    for block in doc.blocks:
        told = doc.text[block.start:block.end]
        if m := _note_mark(told):
            out.setdefault(re.sub(r"\s", "", m.group("mark")), told[m.end():])
    return out


def _cancelled_marks(doc: Document) -> list[re.Pattern[str]]:
    """The marks whose notes say that what they mark did not take place ("※2　先方の日程の都合により取りやめと
    なりました。", "（注3）※は…日程中止となったもの。")."""
    marks = []
    for block in doc.blocks:
        told = doc.text[block.start:block.end]
        m = _note_mark(told)
        if m and re.search(r"取りやめ|取り止め|中止|延期|見送", told[m.end():]) and len(told) <= 120:
            mark = re.sub(r"\s", "", m.group("mark"))
            bare = mark == "※"  # (a bare ※ is not "※1")
            marks.append(re.compile(re.escape(mark) + (r"(?!\s*[\d０-９])" if bare else r"(?!\d)")))
    return marks


def _lead_in_office(doc: Document, index: int, mentions: list[PersonMention], parts: MeetingParts) -> str | None:
    """The office of the one who held the talks a table lists, from the paragraph that leads into it
    ("齋藤大臣は以下のとおり二国間会談を行いました。" over "（相手）　（国・地域）　（形式）　（日時）")."""
    before = doc.blocks[index - 1] if index else None
    if before is None or before.kind != "paragraph":
        return None
    told = doc.text[before.start:before.end]
    if not re.search(r"以下の(?:とおり|通り)", told) or not pattern("head").search(told):
        return None
    subject = _last_subject(doc.text, _within(mentions, before.start, before.end))
    if subject is None or subject.country != parts.japan:
        return None
    return parts.title_ending(parts.full_titles.get(subject.person, "") or subject.title or "")


def _lead_day(doc: Document, dates: list[DateMention], index: int) -> DateMention | None:
    """The one day the paragraph leading into a table tells ("…以下のとおり各国首脳と個別に会談を行いました（いずれも
    28日，…）"): the day of its rows when they have no date column."""
    before = doc.blocks[index - 1]
    days = [d for d in _within(dates, before.start, before.end) if d.value.precision == "day"]
    return days[0] if days and len({d.value for d in days}) == 1 and not days[0].end_value else None


def _heading_day(doc: Document, dates: list[DateMention], block: Block) -> DateMention | None:
    """The day a heading names ("## 5月18日（木曜日）"): the day of the table under it that has no date column."""
    days = [d for d in _within(dates, block.start, block.end) if d.value.precision == "day"]
    return days[0] if days else None


def _is_title(doc: Document, block: Block) -> bool:
    """Whether a block is the document's title line (a press release's headline)."""
    title = (doc.meta.title or "").replace(" ", "").replace("　", "")
    return bool(title) and doc.text[block.start:block.end].replace(" ", "") == title


def _noted_dates(doc: Document, dates: list[DateMention], story: list[DateMention]) -> dict[int, DateMention]:
    """Notes under a table or text ("（※1）会談後、両首脳は…を発出しました") tell of what their mark stands by: the
    date in force at the first place the mark appears (a table row's date) dates the note."""
    out: dict[int, DateMention] = {}
    text = doc.text
    for index, block in enumerate(doc.blocks):
        m = pattern("note_mark").match(text, block.start, block.end)
        if m is None:
            continue
        mark = re.sub(r"\s", "", m.group("mark"))
        at = text.find(mark, 0, block.start)
        if at < 0 and mark.startswith(("（", "(")):
            at = text.find(mark.strip("（）()"), 0, block.start)
        if at < 0:
            continue
        holder = next((b for b in doc.blocks if b.start <= at < b.end), None)
        own = [d for d in _within(dates, holder.start, at) if d.value.precision == "day"] if holder else []
        when = own[-1] if own else _date_at(story, at)
        if when is not None:  # (as if written where the note starts: it is the note's own date)
            out[index] = replace(when, start=block.start, end=block.start)
    return out


def _day_columns(doc: Document, dates: list[DateMention]) -> dict[int, dict[int, DateMention]]:
    """For the rows of a table whose columns are days (a week's schedule: "時間帯 | 2/24（火） | 2/25（水）"), the
    day of each column, by row block index."""
    out: dict[int, dict[int, DateMention]] = {}
    text = doc.text
    for table in tables(doc.blocks):
        first = doc.blocks[table[0]]
        days: dict[int, DateMention] = {}
        if first.header:
            reader = DateReader(doc.meta.context_year)
            for column, title in enumerate(first.header):
                found = reader.read(title)
                if len(found) == 1 and found[0].value.precision == "day":
                    days[column] = DateMention(first.start, first.start, found[0].value)
            rows = table
        else:
            for column, (s, e) in enumerate(first.cell_spans(text, merged=False)):
                if (day := _lone_day(text, s, e, dates)) is not None:
                    days[column] = day
            rows = table[1:]
        width = len(first.header) or len(first.cell_spans(text, merged=False))
        if len(days) >= 2 and len(days) >= 0.5 * (width - 1):
            out.update(dict.fromkeys(rows, days))
    return out


def _column_day(day_columns: dict[int, dict[int, DateMention]], doc: Document, index: int,
                offset: int) -> DateMention | None:
    """The day of the column that ``offset`` (in row ``index``, or in an item of a cell) stands in, as if written
    there (an empty span at ``offset``)."""
    block = doc.blocks[index] if 0 <= index < len(doc.blocks) else None
    day = None
    if block is not None and block.kind == "item" and block.parent is not None and block.cell is not None:
        day = day_columns.get(block.parent, {}).get(block.cell)
    elif block is not None and (days := day_columns.get(index)):
        column = next((n for n, (s, e) in enumerate(block.cell_spans(doc.text, merged=False)) if s <= offset <= e),
                      None)
        day = days.get(column) if column is not None else None
    return DateMention(offset, offset, day.value) if day is not None else None


def _dated_below(doc: Document, dates: list[DateMention]) -> dict[int, DateMention]:
    """Headings (or short lines without a full stop) with no date of their own over a line of their day alone (a
    title over its dateline, an outline's heading over its time stamp "<2013-06-01 土 09:00-09:25>"), with that
    day."""
    out: dict[int, DateMention] = {}
    blocks = doc.blocks
    for i, block in enumerate(blocks[:-1]):
        below = blocks[i + 1]
        title = block.kind == "heading" or (block.kind == "paragraph" and block.end - block.start <= 40
                                            and not re.search(r"[。．]", doc.text[block.start:block.end]))
        if not title or _within(dates, block.start, block.end) or (i and _day_alone(doc, blocks[i - 1], dates)):
            continue  # (a day over each line, "１月10日" over "日英首脳会談（…）": the line's day is the one above)
        if (found := _day_alone(doc, below, dates) or _opening_day(doc, below, dates)) is not None:
            out[i] = found
    return out


def _opening_day(doc: Document, block: Block, dates: list[DateMention]) -> DateMention | None:
    """The day a paragraph opens with ("　11月19日、瀬戸口晃大使は、…を表敬し"): the day of the item's title above it
    (on a page that lists items by their posting day, "■ 2015年11月24日掲載")."""
    inside = _within(dates, block.start, block.end)
    if block.kind != "paragraph" or not inside:
        return None
    first = inside[0]
    opens = not doc.text[block.start:first.start].strip(" 　") and doc.text.startswith(("、", ",", "，"), first.end)
    return first if opens and first.value.precision == "day" and not first.relative and first.narrative else None


def _day_alone(doc: Document, block: Block, dates: list[DateMention]) -> DateMention | None:
    """The day a block holds alone (with its weekday or hours at most), told as such (not 同日)."""
    day = _lone_day(doc.text, block.start, block.end, dates)
    return day if day is not None and not day.relative else None


def _lone_day(text: str, start: int, end: int, dates: list[DateMention]) -> DateMention | None:
    """The one day ``text[start:end]`` holds, with its weekday or hours at most (a dateline, a time stamp, a
    column's heading "2/24（火）")."""
    found = _within(dates, start, end)
    if len(found) == 1 and found[0].value.precision == "day" \
            and _STAMP_REST.fullmatch(_without(text, start, end, found)):
        return found[0]
    return None


# what a line of a day alone may hold besides it: its weekday, its hours, brackets
_STAMP_REST = re.compile(r"[\s<>\[\]［］（）()月火水木金土日曜\d:：～〜\-–－時分午前後頃]*")


def _field_dates(doc: Document, dates: list[DateMention]) -> dict[int, DateMention]:
    """The paragraphs before a notice's date field ("1　日時" over "令和7年7月17日（木）午後3時…"), with that date:
    they tell the event the fields describe."""
    out: dict[int, DateMention] = {}
    blocks = doc.blocks
    for i, block in enumerate(blocks[:-1]):
        if block.kind != "heading" or not pattern("field_heading").match(doc.text, block.start, block.end):
            continue
        value = blocks[i + 1]
        when = next((d for d in _within(dates, value.start, value.end) if not d.relative), None)
        if when is None:
            continue
        j = i - 1
        while j >= 0 and blocks[j].kind == "paragraph" and j not in out:
            out[j] = when
            j -= 1
        break  # the first date field dates the lead
    return out


def _visitor_of_page(doc: Document, mentions: list[PersonMention]) -> PersonMention | None:
    """The visitor a report of a visit is about: the person its title or first block names before の訪日."""
    first = doc.blocks[0] if doc.blocks else None
    if first is None or not pattern("visit_report").search(doc.text, first.start, first.end):
        return None
    named = [x for x in mentions if first.start <= x.span.start < first.end and x.person and x.country]
    return named[0] if len(named) == 1 else None


def _headline(doc: Document, block: Block) -> bool:
    """A release's headline: a paragraph with no full stop ("…と協力覚書に署名しました")."""
    return block.kind == "paragraph" and not doc.text[block.start:block.end].rstrip().endswith(("。", "．", "."))


def _offset(x: DateMention | PersonMention) -> int:
    return x.start if isinstance(x, DateMention) else x.span.start


def _within(items: list, start: int, end: int) -> list:
    """The dates or mentions in ``[start, end)``; ``items`` are in text order (they are read block by block)."""
    return items[bisect.bisect_left(items, start, key=_offset):bisect.bisect_left(items, end, key=_offset)]


def _last_subject(text: str, mentions: list[PersonMention]) -> PersonMention | None:
    """The last person named (or by a bare title, "首相は記者団に", not referred back to: 両外相, 同大統領) as the
    topic (は) of a sentence, or as the visitor of one ("トランプ大統領が令和初の国賓として訪日。東京で安倍総理大臣と
    首脳会談")."""
    marked = [x for x in mentions if x.person and (x.antecedent is None or not text.startswith(
        ("同", "両"), x.span.start)) and (
        marks_subject(text, x) or (text.startswith("が", x.span.end)
                                   and (pattern("visitor_subject").match(text, x.span.end)
                                        # (a timeline's entry: "11月18日 – 石破首相が…と会談を行う。同日、…とも会談。")
                                        or TIMELINE_ENTRY.match(text, text.rfind("\n", 0, x.span.start) + 1))))]
    return marked[-1] if marked else None


def _lead_subject(doc: Document, body_starts: int, mentions: list[PersonMention], parts) -> PersonMention | None:
    """The Japanese office holder a report's lead is about ("齋藤健経済産業大臣は、…米国及びカナダを訪問しました。
    概要は以下のとおりです。"): the one who met the people its items name, however far down, when no one else is the
    subject in between."""
    if body_starts >= len(doc.blocks):
        return None
    block = doc.blocks[body_starts]
    told = doc.text[block.start:block.end]
    if not pattern("report_lead").search(told):
        return None
    subject = _last_subject(doc.text, _within(mentions, block.start, block.end))
    return subject if subject is not None and subject.country == parts.japan else None


def _earlier_subject(subjects: list[tuple[int, PersonMention | None]]) -> PersonMention | None:
    for _, subject in reversed(subjects[-_SUBJECT_REACH:]):
        if subject is not None:
            return subject
    return None


def _section_countries(parts, block: Block, text: str = "") -> list[str]:
    """The two countries a section heading is about ("(2) 日・カナダ関係", "2.日米通商分野"), if any; for a table's
    row, those a cell of its own names first ("| 1月 | 日中韓FTA | 第6回交渉会合 | ソウル |")."""
    if block.kind == "table_row" and text:
        for s, e in block.cell_spans(text, merged=False):
            countries = parts.compound_countries(text[s:e])
            if 2 <= len(countries) <= 3:
                return countries
    for title in reversed(block.section):
        countries = parts.compound_countries(title)
        if 2 <= len(countries) <= 3:
            return countries
    return []


def _own_section(parts, block: Block) -> list[str]:
    """Japan and the country whose own section of Japan's report a block stands in ("10　インド")."""
    for title in reversed(block.section):
        name = re.sub(r"^[\s\d０-９（）()．.、]+|(?:との)?関係$", "", title.strip())
        country = parts.country_names.get(name)
        if country and parts.japan and country != parts.japan:
            return [parts.japan, country]
    return []
