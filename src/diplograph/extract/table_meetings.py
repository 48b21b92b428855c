"""Meetings in table rows: "2022/5/4 | 日米防衛相会談/ワシントン | 岸防衛大臣 オースティン米国防長官 | …", and rows
read by their header ("日付 | 相手国 | 相手方 | 形式": the other side is the office the table is about)."""

from __future__ import annotations

import re

from ..clean import Block
from .dates import DateMention, DateValue
from .meeting_parts import MeetingParts, pattern, vocabulary
from .records import Meeting, PersonMention, Span
from .table_columns import header_columns

_PLACE_SEP = re.compile(r"\s*[/／]\s*")


def _not_held(text: str, block: Block) -> bool:
    """A row that says its meeting did not take place ("延期（先方の国内事情による）", "中止", "予定") in a short
    cell (not inside a long summary of what was said)."""
    return any(e - s <= 30 and pattern("row_not_held").search(text, s, e)
               and not pattern("row_visit_cancelled").search(text, s, e) for s, e in block.cell_spans(text))


def _names_document(text: str, cells: list[tuple[int, int]], name: tuple[int, int] | None) -> bool:
    """Whether a row's name cell names a document and no short cell names talks ("日・南アフリカ重要鉱物協力覚書 |
    協議開始" in a register of documents with what happened to each; not "…協定 | 第1回交渉会合")."""
    if name is None:
        return False
    bare = re.sub(r"[（(][^）)]*[）)]", "", text[name[0]:name[1]]).strip()
    head = pattern("head")
    return bool(re.search(f"{vocabulary()['agreements']['kind_word']}$", bare)) and not any(
        (m := head.search(text, s, e)) and e - s <= 20 and not re.match(r"開始|中|予定", text[m.end():e])
        for s, e in cells if (s, e) != name) and not head.search(bare)


def row_meeting(parts: MeetingParts, text: str, block: Block, dates: list[DateMention],
                mentions: list[PersonMention]) -> Meeting | None:
    """A row whose cells hold a date and a meeting name (the other short cells name the attendees)."""
    cells = block.cell_spans(text)
    date_cell = meeting_cell = None
    for s, e in cells:
        content = re.sub(r"\s+", "", text[s:e])
        in_cell = [d for d in dates if s <= d.start < e]
        # (a cell of a date, or of a date and its place: "平成30年（2018年）7月17日　東京")
        if date_cell is None and in_cell and (len(content) <= 16 or (in_cell[0].start == s and len(content) <= 24)):
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
    # ("ボルソナーロ大統領（G20大阪サミット出席、安倍総理大臣と首脳会談）": talks on a gathering's margins)
    with_someone = re.search(r"と[^、。,（）()]{0,6}(?:首脳会談|外相会談|会談)", title)
    if len(countries) > 3 or (parts.is_conference(title) and not countries and not with_someone):
        return None
    after = [(s, e) for s, e in cells if s >= meeting_cell[1]]
    attendees = after[0] if after else (meeting_cell[1], meeting_cell[1])
    # who met: the cell after the meeting's, the meeting's own, or a cell of visitors before it ("年月 | 要人名 |
    # 主な行事等": "2019年1月 | 河野外務大臣 | マニラ訪問、ロクシン外務長官との外相会談")
    before = [(s, e) for s, e in cells if e <= meeting_cell[0]] + [meeting_cell]
    people = [x for x in mentions if x.person and any(s <= x.span.start < e for s, e in [attendees, *before])]
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


def cell_person(text: str, block: Block, found: list[PersonMention]) -> PersonMention | None:
    """The person of a row whose name and title stand in cells of their own ("国・地域名 | 要人名 | 役職":
    "ドイツ | アンゲラ・メルケル | 首相"), as a mention over the name's cell, unless one was read there."""
    roles = header_columns(block.header)
    if not {"person", "title"} <= roles.keys():
        return None
    cells = block.cell_spans(text)
    name_span, title_span = _role_cell(cells, roles, "person"), _role_cell(cells, roles, "title")
    if name_span is None or title_span is None or any(name_span[0] <= x.span.start < name_span[1] for x in found):
        return None
    name, title = text[slice(*name_span)].strip(), text[slice(*title_span)].strip()
    if not re.fullmatch(r"[一-龥々]{2,5}|[ァ-ヴー]+(?:[・＝=][ァ-ヴー]+)*", name) or not title:
        return None
    head, _, also = title.partition("兼")  # "副首相兼外務大臣"
    country = _role_cell(cells, roles, "country")
    return PersonMention(Span(*name_span), name, head, prefix=text[slice(*country)].strip() if country else "",
                         also="兼" + also if also else "")


_DAY_NOTE = re.compile(r"[（(](?P<day>\d{1,2})日(?:[、,](?P<place>[^）)]{1,12}))?[）)]")


def programme_meetings(parts: MeetingParts, text: str, block: Block, dates: list[DateMention],
                       mentions: list[PersonMention], japan_hosts: bool) -> list[Meeting]:
    """A visitor's programme in one cell, several meetings with their days ("外相会談（15日）、総理表敬（16日）",
    "首脳会談、夕食会（27日、大阪）": a day after the last item is every item's); the Japanese side is the office
    each item names (総理, 外務大臣) or the kind implies (外相会談); ``japan_hosts``: the page lists visits to
    Japan, so the talks are held there. A Japanese visitor's programme abroad names the counterparts in its items
    ("安倍総理大臣 | フランス、米国 | マクロン大統領との首脳会談（23日、パリ）、トランプ大統領との首脳会談（26日）")."""
    roles = header_columns(block.header)
    cells = block.cell_spans(text)
    date_span = _role_cell(cells, roles, "date")
    programme = _role_cell(cells, roles, "programme") or _role_cell(cells, roles, "name")
    who = [span for role in ("person", "country") if (span := _role_cell(cells, roles, role))]
    if date_span is None or programme is None or not who:
        return []
    when = next((d for d in dates if date_span[0] <= d.start < date_span[1]), None)
    visitors = [x for x in mentions if x.person and any(s <= x.span.start < e for s, e in who)]
    if when is None or not visitors or parts.japan is None:
        return []
    outbound = visitors[0].country == parts.japan
    if outbound:
        visitors = visitors[:1]
        country_cell = _role_cell(cells, roles, "country")
        visited = parts.named_countries(text[slice(*country_cell)]) if country_cell else []
    items = _programme_items(text, *programme)
    notes = [_DAY_NOTE.search(text, s, e) for s, e in items]
    if not any(notes) and (len(items) < 2 or outbound):
        return []  # one meeting, or a trip abroad with no days: read as any row
    out = []
    for i, (s, e) in enumerate(items):
        item = text[s:e]
        bare = re.sub(r"[（(][^）)]*[）)]", "", item)  # "公式訪問（G20大阪サミット出席に先立ち）" names no talks
        if not re.search(pattern("head").pattern, bare) or pattern("row_not_held").search(item) \
                or pattern("multilateral").search(bare) or re.search(r"出席|参列", bare):
            continue
        # the day of the item, else of the next item in the same sentence that has one
        note = next((n for n, (_, ne) in zip(notes[i:], items[i:], strict=True) if n
                     and "。" not in text[e:ne]), None) if not notes[i] else notes[i]
        day = _day_in(when, int(note.group("day"))) if note else None
        kind = parts.kind(bare)
        meeting = Meeting(date=day or when.value, end_date=None if day else when.end_value, kind=kind or "OtherMeeting",
                          mode=parts.mode(bare), participants=parts.participants(visitors, None),
                          evidence=[Span(visitors[0].span.start, visitors[0].span.end), Span(s, e)],
                          label=bare.strip())
        office = None if outbound else parts.title_in(bare)  # "総理表敬", "防衛大臣との会談"
        holder = parts.holder(office, meeting.date, parts.japan) if office else None
        met = [x for x in mentions if x.person and s <= x.span.start < e and x.country != parts.japan] \
            if outbound else []
        if outbound and met:  # "マクロン大統領との首脳会談（23日、パリ）"
            meeting.participants.extend(parts.participants(met, kind))
        elif holder is not None:
            meeting.participants.append(holder)
        elif kind:  # "日米印首脳会合": every country of the compound, else Japan's side
            compound = parts.compound_countries(bare)
            parts.complete(meeting, compound if parts.japan in compound else [parts.japan], meeting.date)
        if outbound and len(meeting.countries) < 2 and len(visited) == 1 and visited[0] not in meeting.countries:
            meeting.sides.append(visited[0])  # "プラユット首相表敬（12日）" on a trip to one country: that country's
        unplaced = outbound and any(p.country is None for p in meeting.participants)  # (the place's, later)
        if len(meeting.countries) < 2 and not unplaced:
            continue
        if kind is None:
            meeting.kind = parts.kind_from_people(meeting.participants)
        if meeting.mode == "InPerson":
            if note and note.group("place"):
                parts.place(meeting, note.group("place"))
            elif japan_hosts and not outbound:
                meeting.place_country = parts.japan
            elif outbound and len(visited) == 1:  # the one country the visit went to
                meeting.place_country = visited[0]
        parts.conference(meeting, text[slice(*programme)])
        parts.roles(meeting, bare)
        out.append(meeting)
    return out


def _programme_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a programme's items, split at 、 and 。 but not inside brackets ("首脳会談（27日、大阪）")."""
    return [(start + i.start(), start + i.end())
            for i in re.finditer(r"(?:[^、。,（(]|[（(][^）)]*[）)])+", text[start:end])]


def _day_in(when: DateMention, day: int) -> DateValue | None:
    """A day of a row's span ("5月30日～6月1日" and 1日 → 6月1日)."""
    first, last = when.value, when.end_value or when.value
    if first.month is None:
        return None
    if first.day and day < first.day and last.month and last.month != first.month:
        return DateValue(last.year, last.month, day)
    return DateValue(first.year, first.month, day)


def home_office(parts: MeetingParts, titles: list[str]) -> str | None:
    """The office a table is about, from the headings or the document's title ("経済産業大臣の主な二国間会談")."""
    for title in titles:
        pos = 0  # (every start: "…首脳会議の機会における岸田総理大臣の二国間会談": the office is the second)
        while m := pattern("table_about").search(title, pos):
            if office := parts.title_ending(m.group("office")):
                return office
            pos = m.start() + 1
        if (m := pattern("schedule_of").match(title)) and (office := parts.title_ending(m.group("office"))):
            return office  # "首相動静（2月19日）"
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
                       titled: str | None = None, heading_day: DateMention | None = None,
                       roles: dict[str, int] | None = None) -> Meeting | None:
    """A row of a table whose header names a date column and who was met (a person or a country column):
    the row's meeting, with the holder of ``home`` (the office the table is about) as the other side; with
    neither, the countries the meeting's name or else the page (``pair``: "日韓関係") names; ``titled``: the kind of
    talks the table's title lists ("主な防衛相会談"), held by Japan's holder of that office."""
    roles = header_columns(block.header) if roles is None else roles
    named = bool({"form", "name"} & roles.keys())  # (else the table's title names the kind: "日米・日豪「2+2」")
    # a table of who was met, by time, under a heading that gives the day ("## 5月18日" / "| 時刻 | 相手 | 所要時間 |"),
    # on a page of one office's talks
    by_heading = "date" not in roles and heading_day is not None and "person" in roles and bool(home or titled)
    if ("date" not in roles and not by_heading) or not (named or by_heading
                                                        or (titled and {"person", "country"} & roles.keys())):
        return None
    cells = block.cell_spans(text)
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
    when = next((d for d in dates if date_span and date_span[0] <= d.start < date_span[1]), None) \
        if not by_heading else heading_day
    what = content("name") + " " + content("form")
    # (a form column of modes only, "対面" / "電話", in a table of one office's talks: "外務大臣の主な会談一覧", or
    # one whose rows name both sides: "日付 | 日本側 | 相手国 | 相手方 | 形式")
    own = cell("own")
    both_sides = own is not None and any(x.person and own[0] <= x.span.start < own[1] for x in mentions)
    if when is None or (named and not re.search(pattern("head").pattern, what) and not (home or titled or both_sides)) \
            or _not_held(text, block) or _names_document(text, cells, cell("name")):
        return None
    note = content("name")
    long_note = len(note) > 30  # a note column rather than the meeting's name
    spans = [span for role in ("person", "country", "own") if (span := cell(role))]
    if not spans and long_note:
        spans = [cell("name")]  # it names who met: "| 外相電話会談 | 河野大臣・康長官。第2回米朝首脳会談を前に…"
    people = [x for x in mentions if x.person and any(s <= x.span.start < e for s, e in spans)]
    named = [x.span for x in mentions if any(s <= x.span.start < e for s, e in spans)]
    # countries the cells name outside the names of people ("タイ通商代表" is not Thailand)
    countries = [c for role in ("country", "person") if (span := cell(role))
                 for c in parts.named_countries("".join("＿" if any(n.start <= i < n.end for n in named) else text[i]
                                                        for i in range(*span)))]
    if (code := parts.country_codes.get(content("country").strip())) and code not in countries:
        countries.insert(0, code)  # (an export's country code: "BR")
    # (not a pair a long note names in passing: "第2回米朝首脳会談を前に北朝鮮への対応を協議"; nor talks it plans:
    # "9日（火）午後，約25分．両大臣は，日加環境政策対話を来年東京で開催することで一致")
    lead_clause = re.split(r"[、。,，．]", note, maxsplit=1)[0]
    told = lead_clause + " " + content("form") if long_note else what
    kind = parts.kind(told)
    titled_kind = titled if kind is None and not home else None  # a row of a table of defence ministers' talks
    meeting = Meeting(date=when.value, end_date=when.end_value, kind=kind or titled_kind or "OtherMeeting",
                      mode=parts.mode(what, " ".join(content(role) for role in ("form", "mode", "place"))),
                      participants=parts.participants(people, kind), evidence=[Span(block.start, block.end)],
                      label=what.strip())
    minister = False
    unknown = [p for p in meeting.participants if p.country is None]
    if len(set(countries)) == 1 and len(unknown) == 1:  # "オマーン | バドル国防担当大臣": the row's country is his
        unknown[0].country = countries[0]
    compound = parts.compound_countries(told)
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
            # (an office the reference data lists no holder of, "環境大臣": ministers' talks all the same)
            minister = any(c.endswith("Minister") for pat, c in parts.title_categories if re.search(pat, home))
    elif titled and parts.japan and parts.japan not in meeting.countries and (countries or people):
        # a table of a kind of talks ("主な防衛相会談"): Japan's holder of the office those talks are held by
        parts.complete(meeting, [parts.japan], when.value)
    elif kind is None:
        _peer_side(parts, meeting, when.value)
    meeting.sides = [c for c in meeting.sides if c not in {p.country for p in meeting.participants}]
    if not 2 <= len(meeting.countries) <= 3:
        return None
    if kind is None and titled_kind is None:
        meeting.kind = parts.kind_from_people(meeting.participants) if meeting.participants else "OtherMeeting"
        if meeting.kind == "OtherMeeting" and minister:
            meeting.kind = "OtherMinisterialMeeting"
    if meeting.mode == "InPerson":
        slashed = _PLACE_SEP.split(content("name"), maxsplit=1)  # "日米防衛相会談/ワシントン" (a 会議/場所 column)
        where = content("place") or (slashed[1] if len(slashed) == 2 else "") \
            or " ".join(re.findall(r"[（(]([^）)]+)[）)]", what))
        if where.strip(" －-"):
            parts.place(meeting, where.strip())
        if meeting.place_name is None and long_note:
            _note_place(parts, meeting, note)
    parts.conference(meeting, what)
    parts.roles(meeting, what)
    return meeting


def _peer_side(parts: MeetingParts, meeting: Meeting, when: DateValue) -> None:
    """Japan's side of a row that names only the other side's leader or minister, in a table that names no
    office of its own ("防衛交流の実績": "電話会談 | マールズ豪副首相兼国防大臣"): Japan's holder of the same office."""
    if parts.japan is None or not meeting.participants or parts.japan in {p.country for p in meeting.participants}:
        return
    peer = parts.kind_from_people(meeting.participants)
    if peer in ("Summit", "ForeignMinistersMeeting", "DefenceMinistersMeeting"):
        meeting.kind = peer
        parts.complete(meeting, [parts.japan], when)


def _note_place(parts: MeetingParts, meeting: Meeting, note: str) -> None:
    """The city a note column starts with: "バンコク（ASEAN関連外相会議の際）。河野大臣・康長官。…"."""
    lead = re.match(r"\s*([^（(、。,，\s]{2,12})(?:[（(]|[。．]|$)", note)
    if lead and parts.place_in(lead.group(1), anywhere=True):
        parts.place(meeting, lead.group(1))


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
        elif len(what) > 30:
            _note_place(parts, meeting, what)
    parts.conference(meeting, what)
    parts.roles(meeting, row)
    return meeting if len(meeting.countries) >= 2 else None


def place_by_direction(text: str, meetings: list[Meeting], japan: str | None) -> None:
    """Rows of a table of visits with a direction column ("往 / 来"): talks on a visit to Japan (来) were held in
    Japan, on a visit from Japan (往) in the other side's country, when the row names no place."""
    for meeting in meetings:
        if meeting.place_country is not None or meeting.mode != "InPerson" or japan not in meeting.countries:
            continue
        row = text[meeting.evidence[0].start:meeting.evidence[0].end]
        cells = [c.strip() for c in row.split("\t")]
        others = [c for c in meeting.countries if c != japan]
        if "来" in cells:
            meeting.place_country = japan
        elif "往" in cells and len(others) == 1:
            meeting.place_country = others[0]


# "2月8日～12日　マルコス大統領（公式訪問、首脳会談、天皇陛下御会見）": who visited, then the programme (no sentence)
_VISIT_ITEM = re.compile(r"[\s　]*(?P<who>[^（(\s　。][^（(。がはを]*?)[\s　]*[（(](?P<programme>[^。]+)[）)][\s　]*$")


def listed_visit_meetings(parts: MeetingParts, text: str, block: Block, dates: list[DateMention],
                          mentions: list[PersonMention], direction: str, country: str | None) -> list[Meeting]:
    """An item of a country page's list of visits: "2月8日～12日　マルコス大統領（公式訪問、首脳会談、天皇陛下御会見）"
    under "来（フィリピンから日本）" (or "往", or "第三国等における会談"): each talk the programme names, between the
    visitor and the other side's holder of the office the talk implies, held in Japan (来), in ``country`` (往) or
    where the programme says ("米国・ワシントンDC")."""
    when = dates[0] if dates and not text[block.start:dates[0].start].strip(" 　・") else None
    m = _VISIT_ITEM.match(text, when.end, block.end) if when else None
    if when is None or m is None or parts.japan is None:
        return []
    visitors = [x for x in mentions if x.person and m.start("who") <= x.span.start < m.end("who")]
    if not visitors:
        return []
    items = _programme_items(text, m.start("programme"), m.end("programme"))
    where = next((text[s:e] for s, e in items[::-1] if parts.resolve_place(text[s:e].strip())), None)
    out = []
    for s, e in items:
        item = text[s:e]
        compound = parts.compound_countries(item)
        margins = bool(re.search(r"の(?:際|機会)", item))
        if not re.search(pattern("head").pattern, item) or pattern("row_not_held").search(item) \
                or re.search(r"出席|参列", item) or (pattern("multilateral").search(item) and not margins
                                                    and len(compound) < 2):
            continue
        kind = parts.kind(item)
        met = [x for x in mentions if x.person and s <= x.span.start < e]  # "マルコス大統領表敬"
        meeting = Meeting(date=when.value, end_date=when.end_value, kind=kind or "OtherMeeting",
                          mode=parts.mode(item), participants=parts.participants(visitors + met, None),
                          evidence=[Span(block.start, block.end)], label=item.strip())
        sides = [c for c in compound if c not in meeting.countries]
        other = country if parts.japan in meeting.countries else parts.japan
        parts.complete(meeting, sides or ([other] if other and other not in meeting.countries else []), when.value)
        if len(meeting.countries) < 2:
            continue
        if kind is None:
            meeting.kind = parts.kind_from_people(meeting.participants)
        if meeting.mode == "InPerson":
            if where:
                parts.place(meeting, where)
            elif direction == "来":
                meeting.place_country = parts.japan
            elif direction == "往" and country:
                meeting.place_country = country
        parts.conference(meeting, m.group("programme"))
        parts.roles(meeting, item)
        out.append(meeting)
    return out
