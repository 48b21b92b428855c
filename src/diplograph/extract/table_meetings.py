"""Meetings in table rows: "2022/5/4 | 日米防衛相会談/ワシントン | 岸防衛大臣 オースティン米国防長官 | …", and rows
read by their header ("日付 | 相手国 | 相手方 | 形式": the other side is the office the table is about)."""

from __future__ import annotations

import re

from ..clean import Block
from .dates import DateMention
from .meeting_parts import MeetingParts, pattern, vocabulary
from .records import Meeting, PersonMention, Span

_PLACE_SEP = re.compile(r"\s*[/／]\s*")


def cell_spans(text: str, block: Block) -> list[tuple[int, int]]:
    """The clean-text spans of a row's cells."""
    spans = []
    pos = block.start
    for cell in block.cells(text):
        spans.append((pos, pos + len(cell)))
        pos += len(cell) + 1
    return spans


def _not_held(text: str, block: Block) -> bool:
    """A row that says its meeting did not take place ("延期（先方の国内事情による）", "中止", "予定") in a short
    cell (not inside a long summary of what was said)."""
    return any(e - s <= 30 and pattern("row_not_held").search(text, s, e) for s, e in cell_spans(text, block))


def row_meeting(parts: MeetingParts, text: str, block: Block, dates: list[DateMention],
                mentions: list[PersonMention]) -> Meeting | None:
    """A row whose cells hold a date and a meeting name (the other short cells name the attendees)."""
    cells = cell_spans(text, block)
    date_cell = meeting_cell = None
    for s, e in cells:
        content = re.sub(r"\s+", "", text[s:e])
        in_cell = [d for d in dates if s <= d.start < e]
        if date_cell is None and in_cell and len(content) <= 16:
            date_cell = in_cell[0]
        elif meeting_cell is None and date_cell is not None and re.search(pattern("head").pattern, content) \
                and len(content) <= 40:
            meeting_cell = (s, e)
    if date_cell is None or meeting_cell is None or _not_held(text, block):
        return None
    name = text[meeting_cell[0]:meeting_cell[1]]
    title, where = ([*_PLACE_SEP.split(name, maxsplit=1), ""])[:2]
    title = title.replace(" ", "")
    kind = parts.kind(title)
    countries = parts.compound_countries(title)
    if len(countries) > 3 or (parts.is_conference(title) and not countries):
        return None
    after = [(s, e) for s, e in cells if s >= meeting_cell[1]]
    attendees = after[0] if after else (meeting_cell[1], meeting_cell[1])
    # who met: the cell after the meeting's, the meeting's own, or a cell of visitors before it ("年月 | 要人名 |
    # 主な行事等": "2019年1月 | 河野外務大臣 | マニラ訪問、ロクシン外務長官との外相会談")
    people = [x for x in mentions if x.person and (attendees[0] <= x.span.start < attendees[1]
                                                    or block.start <= x.span.start < meeting_cell[1])]
    meeting = Meeting(date=date_cell.value, end_date=date_cell.end_value, kind=kind or "OtherMeeting",
                      mode=parts.mode(title), participants=parts.participants(people, kind, countries or None),
                      evidence=[Span(block.start, attendees[1])], label=title)
    parts.complete(meeting, countries, date_cell.value)
    unplaced = any(p.country is None for p in meeting.participants)  # the page's or section's country, later
    if len(meeting.countries) < 2 and not (len(meeting.countries) == 1 and unplaced):
        return None
    if kind is None:
        meeting.kind = parts.kind_from_people(meeting.participants) if meeting.participants else "OtherMeeting"
    if where:
        parts.place(meeting, where.strip())
    elif meeting.mode == "InPerson":  # "茂木外務大臣（ブラジリア、ヴィエイラ外相と外相会談）": a place the row names
        parts.place(meeting, text[block.start:block.end])
    parts.conference(meeting, name)
    parts.roles(meeting, name)
    return meeting


def _role_cell(cells: list[tuple[int, int]], roles: dict[str, int], role: str) -> tuple[int, int] | None:
    """The span of the cell holding ``role`` ("date", "name", …) in a row, if the row has it."""
    i = roles.get(role)
    return cells[i] if i is not None and i < len(cells) else None


def _columns(header: tuple[str, ...]) -> dict[str, int]:
    """Which column holds what, from the header's words (the first column that fits each role)."""
    roles: dict[str, int] = {}
    for role, words in vocabulary()["table_columns"].items():
        for i, title in enumerate(header):
            if i not in roles.values() and any(w in title.replace(" ", "") for w in words):
                roles.setdefault(role, i)
    return roles


def home_office(parts: MeetingParts, titles: list[str]) -> str | None:
    """The office a table is about, from the headings or the document's title ("経済産業大臣の主な二国間会談")."""
    for title in titles:
        m = pattern("table_about").search(title)
        if m:
            office = next((t for t in parts.titles_by_length if m.group("office").endswith(t)), None)
            if office:
                return office
    return None


def page_pair(parts: MeetingParts, titles: list[str]) -> list[str]:
    """The two (or three) countries a page or section is about, from the nearest title that names them as a
    compound ("日韓関係（最近の要人往来・会談）", "2　日・モンゴル関係")."""
    for title in titles:
        found = parts.compound_countries(title)
        if 2 <= len(found) <= 3:
            return found
    return []


def header_row_meeting(parts: MeetingParts, text: str, block: Block, dates: list[DateMention],
                       mentions: list[PersonMention], home: str | None, pair: list[str] | None = None,
                       titled: str | None = None) -> Meeting | None:
    """A row of a table whose header names a date column and who was met (a person or a country column):
    the row's meeting, with the holder of ``home`` (the office the table is about) as the other side; with
    neither, the countries the meeting's name or else the page (``pair``: "日韓関係") names; ``titled``: the kind of
    talks the table's title lists ("主な防衛相会談"), held by Japan's holder of that office."""
    roles = _columns(block.header)
    if "date" not in roles or not ({"form", "name"} & roles.keys()):
        return None
    cells = cell_spans(text, block)
    if not ({"person", "country"} & roles.keys()):  # who met only in the meeting's name: "日・タイ局長級協議"
        named = _role_cell(cells, roles, "name")
        if named is None:
            return None
        if not 2 <= len(parts.compound_countries(text[named[0]:named[1]])) <= 3:
            if not pair:
                return None
            return _paired_row(parts, text, block, cells, roles, dates, mentions, pair)

    def cell(role: str) -> tuple[int, int] | None:
        return _role_cell(cells, roles, role)

    def content(role: str) -> str:
        span = cell(role)
        return text[span[0]:span[1]] if span else ""

    date_span = cell("date")
    when = next((d for d in dates if date_span and date_span[0] <= d.start < date_span[1]), None)
    what = content("name") + " " + content("form")
    if when is None or not re.search(pattern("head").pattern, what) or _not_held(text, block):
        return None
    spans = [span for role in ("person", "country", "own") if (span := cell(role))]
    people = [x for x in mentions if x.person and any(s <= x.span.start < e for s, e in spans)]
    named = [x.span for x in mentions if any(s <= x.span.start < e for s, e in spans)]
    # countries the cells name outside the names of people ("タイ通商代表" is not Thailand)
    countries = [c for role in ("country", "person") if (span := cell(role))
                 for c in parts.named_countries("".join("＿" if any(n.start <= i < n.end for n in named) else text[i]
                                                        for i in range(*span)))]
    kind = parts.kind(what)
    titled_kind = titled if kind is None and not home else None  # a row of a table of defence ministers' talks
    meeting = Meeting(date=when.value, end_date=when.end_value, kind=kind or titled_kind or "OtherMeeting",
                      mode=parts.mode(what, content("form") + " " + content("mode")),
                      participants=parts.participants(people, kind), evidence=[Span(block.start, block.end)],
                      label=what.strip())
    unknown = [p for p in meeting.participants if p.country is None]
    if len(set(countries)) == 1 and len(unknown) == 1:  # "オマーン | バドル国防担当大臣": the row's country is his
        unknown[0].country = countries[0]
    compound = parts.compound_countries(what)
    if compound and kind:
        parts.complete(meeting, compound, when.value)  # "日印首脳会談": the leaders of the day
    for country in countries + compound:
        if country not in meeting.countries:
            meeting.sides.append(country)
    if home and parts.japan not in meeting.countries:  # the office the table is about is the other side
        holder = parts.home_holder(home, when.value)
        if holder is not None:
            meeting.participants.insert(0, holder)
        elif parts.japan:
            meeting.sides.append(parts.japan)
    elif titled and parts.japan and parts.japan not in meeting.countries and (countries or people):
        # a table of a kind of talks ("主な防衛相会談"): Japan's holder of the office those talks are held by
        parts.complete(meeting, [parts.japan], when.value)
    meeting.sides = [c for c in meeting.sides if c not in {p.country for p in meeting.participants}]
    if not 2 <= len(meeting.countries) <= 3:
        return None
    if kind is None and titled_kind is None:
        meeting.kind = parts.kind_from_people(meeting.participants) if meeting.participants else "OtherMeeting"
    if meeting.mode == "InPerson":
        slashed = _PLACE_SEP.split(content("name"), maxsplit=1)  # "日米防衛相会談/ワシントン" (a 会議/場所 column)
        where = content("place") or (slashed[1] if len(slashed) == 2 else "") \
            or " ".join(re.findall(r"[（(]([^）)]+)[）)]", what))
        if where.strip(" －-"):
            parts.place(meeting, where.strip())
    parts.conference(meeting, what)
    parts.roles(meeting, what)
    return meeting


def _paired_row(parts: MeetingParts, text: str, block: Block, cells: list[tuple[int, int]], roles: dict[str, int],
                dates: list[DateMention], mentions: list[PersonMention], pair: list[str]) -> Meeting | None:
    """A row of a page about two countries ("日韓関係"): "2025年9月30日 | 釜山 | 石破総理大臣の訪韓。首脳会談、夕食会"
    is their leaders' meeting on that day, with the people it names."""
    def content(role: str) -> tuple[int, int]:
        return _role_cell(cells, roles, role) or (block.start, block.start)

    date_span, name_span = content("date"), content("name")
    when = next((d for d in dates if date_span[0] <= d.start < date_span[1]), None)
    what = text[name_span[0]:name_span[1]]
    head = re.search(pattern("head").pattern, what)
    kind = parts.kind(what)
    if when is None or head is None or kind is None or _not_held(text, block) or pattern("plan").search(what):
        return None
    row = text[block.start:block.end]
    people = [x for x in mentions if x.person and block.start <= x.span.start < block.end and x.country in pair]
    meeting = Meeting(date=when.value, end_date=when.end_value, kind=kind, mode=parts.mode(row),
                      participants=parts.participants(people, kind, pair), evidence=[Span(block.start, block.end)],
                      label=what[:head.end()])
    parts.complete(meeting, pair, when.value)
    if meeting.mode == "InPerson":
        where = text[slice(*content("place"))]
        if where.strip(" －-"):
            parts.place(meeting, where.strip())
    parts.conference(meeting, what)
    parts.roles(meeting, row)
    return meeting if len(meeting.countries) >= 2 else None
