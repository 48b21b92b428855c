"""Meetings told as a notice: a heading that names the meeting ("1　第12回日豪外務・防衛閣僚協議（「2+2」）") over
numbered fields ("（1）日時・場所：令和7年9月5日（金）14時00分～15時40分、東京", "（2）出席者：日本側 …")."""

from __future__ import annotations

from ..document import Document
from .dates import DateMention
from .meeting_parts import MeetingParts, pattern
from .records import Meeting, PersonMention, Span


def notice_meetings(doc: Document, parts: MeetingParts, dates: list[DateMention],
                    mentions: list[PersonMention]) -> list[Meeting]:
    """One meeting per heading that names a meeting between two or three countries and has a date field."""
    text = doc.text
    found = []
    for i, heading in enumerate(doc.blocks):
        if heading.kind != "heading":
            continue
        title = text[heading.start:heading.end]
        countries = parts.compound_countries(title)
        if not pattern("head").search(title) or not 2 <= len(countries) <= 3:
            continue
        body = []
        for block in doc.blocks[i + 1:]:
            if block.kind == "heading" and block.level <= heading.level:
                break
            body.append(block)
        when_block = next((b for b in body if pattern("field_date").match(text, b.start, b.end)), None)
        if when_block is None:
            continue
        when = next((d for d in dates if when_block.start <= d.start < when_block.end), None)
        if when is None:
            continue
        people_blocks = [b for b in body if pattern("field_people").match(text, b.start, b.end)]
        people = [x for x in mentions if x.person and any(b.start <= x.span.start < b.end for b in people_blocks)]
        kind = parts.kind(title)
        meeting = Meeting(date=when.value, end_date=when.end_value, kind=kind or "OtherMeeting", mode=parts.mode(title),
                          participants=parts.participants(people, kind, countries),
                          evidence=[Span(heading.start, heading.end), Span(when_block.start, when_block.end)],
                          label=title)
        parts.complete(meeting, countries, when.value)
        if kind is None:
            meeting.kind = parts.kind_from_people(meeting.participants) if meeting.participants else "OtherMeeting"
        where = " ".join(text[b.start:b.end] for b in body if pattern("field_place").match(text, b.start, b.end))
        if meeting.mode == "InPerson":
            parts.place(meeting, where or text[when.end:when_block.end])
        parts.time(meeting, text[when_block.start:when_block.end].replace("～", "から"))
        parts.conference(meeting, title)
        parts.roles(meeting, "")
        found.append(meeting)
    return found
