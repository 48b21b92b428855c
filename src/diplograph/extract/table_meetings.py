"""Meetings in table rows: "2022/5/4 | 日米防衛相会談/ワシントン | 岸防衛大臣 オースティン米国防長官 | …"."""

from __future__ import annotations

import re

from ..clean import Block
from .dates import DateMention
from .meeting_parts import MeetingParts, pattern
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
    if date_cell is None or meeting_cell is None:
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
    people = [x for x in mentions if attendees[0] <= x.span.start < attendees[1] and x.person]
    meeting = Meeting(date=date_cell.value, end_date=date_cell.end_value, kind=kind or "OtherMeeting",
                      mode=parts.mode(title), participants=parts.participants(people, kind, countries or None),
                      evidence=[Span(block.start, attendees[1])], label=title)
    parts.complete(meeting, countries, date_cell.value)
    if len(meeting.countries) < 2:
        return None
    if kind is None:
        meeting.kind = parts.kind_from_people(meeting.participants) if meeting.participants else "OtherMeeting"
    if where:
        parts.place(meeting, where.strip())
    parts.conference(meeting, name)
    parts.roles(meeting, name)
    return meeting
