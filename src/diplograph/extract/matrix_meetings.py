"""Meetings in a calendar matrix: a row per country, a column per month, a cell per meeting with its day
("米国 | 会談(21日)※1 | 会談(15日)※2 | … | 電話(9日)"), held by the office the page is about."""

from __future__ import annotations

import itertools
import re

from ..clean import Block
from .dates import DateValue
from .meeting_parts import MeetingParts, pattern
from .records import Meeting, Span

# "会談(21日)※1", "TV会談(8日)", "電話（14日）": what, the day, the mark of a note
_ITEM = re.compile(r"(?P<what>[^\s()（）※、,／/]{1,10}?)\s*[（(]\s*(?P<day>\d{1,2})\s*日\s*[）)]"
                   r"\s*(?P<mark>※\s*\d{1,2})?")
_WAYS = re.compile(r"会談|電話|テレビ|TV|ビデオ|オンライン|会議|会合|立ち話|表敬|懇談")


def matrix_meetings(parts: MeetingParts, text: str, block: Block, months: dict[int, tuple[int, bool]], year: int,
                    home: str | None, notes: dict[str, str]) -> list[Meeting]:
    """The meetings of one row of the matrix; ``notes``: the text of each note by its mark ("※1" → "ワシントン
    D.C.（日米豪印外相会合の機会）"), which gives the place and the gathering."""
    cells = block.cell_spans(text)
    if not months or not cells or parts.japan is None:
        return []
    label = text[cells[0][0]:cells[0][1]]
    compound = parts.compound_countries(label.strip() + "関係")  # (a compound alone: "日中韓")
    countries = compound if parts.japan in compound else parts.named_countries(label)[:1]
    if not countries or len(set(countries) | {parts.japan}) > 3 or not (home or parts.japan in compound):
        return []
    # a matrix over the turn of a year ("11月 | 12月 | 1月 | 2月"): the months before a drop are the year before
    # the last column's
    order = sorted(months)
    steps = [0, *(int(months[a][0] > months[b][0]) for a, b in itertools.pairwise(order))]
    drops = list(itertools.accumulate(steps))
    years = {i: year - (drops[-1] - drops[k]) for k, i in enumerate(order)}
    out = []
    for i, (month, planned) in months.items():
        if planned or i >= len(cells):
            continue
        start, end = cells[i]
        for m in _ITEM.finditer(text, start, end):
            what = m.group("what")
            if not _WAYS.search(what) or pattern("row_not_held").search(what):
                continue
            try:
                when = DateValue(years[i], month, int(m.group("day")))
                when.as_date()
            except ValueError:
                continue
            meeting = Meeting(date=when, end_date=None, kind="OtherMeeting", mode=parts.mode(what, what),
                              participants=[], evidence=[Span(*cells[0]), Span(m.start(), m.end())], label=what)
            holder = parts.home_holder(home, when) if home else None
            if holder is not None:
                meeting.participants.append(holder)
                meeting.kind = parts.kind_from_people([holder])
                if meeting.kind == "OtherMeeting":
                    meeting.kind = "OtherMinisterialMeeting"
            parts.complete(meeting, list(dict.fromkeys([parts.japan, *countries])), when)
            if len(meeting.countries) < 2:
                continue
            note = notes.get(re.sub(r"\s", "", m.group("mark") or ""), "")
            if note and meeting.mode == "InPerson":
                parts.place(meeting, note)
            parts.conference(meeting, note)
            out.append(meeting)
    return out
