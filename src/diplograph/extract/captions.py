"""Meetings in photo captions: "日米外相会談（7月1日、米国・ワシントンD.C.）",
"日米首脳会談（2023年5月）【首相官邸HP】"."""

from __future__ import annotations

import re

from .dates import DateMention
from .meeting_parts import MeetingParts
from .records import Meeting, PersonMention, Span

_CAPTION = re.compile(r"^(?P<title>.*?)\s*[（(]\s*(?P<inner>[^）)]*)[）)]\s*(?:【[^】]*】)?\s*$")
_MEETING = re.compile(r"会談|表敬|会合|協議|面会|面談|懇談|署名式")
_CREDIT = re.compile(r"写真提供.*$")


def caption_meeting(parts: MeetingParts, text: str, start: int, end: int, dates: list[DateMention],
                    mentions: list[PersonMention]) -> Meeting | None:
    """The meeting a caption shows, when it names the meeting, its date and two sides."""
    caption = text[start:end]
    m = _CAPTION.match(caption)
    if not m or not dates:
        return None
    title = m.group("title")
    if not _MEETING.search(title):
        return None
    kind = parts.kind(title)
    mode = parts.mode(title)
    when = dates[0]
    people = [x for x in mentions if start <= x.span.start < start + len(title) and x.person]
    countries = parts.compound_countries(title)
    if len(countries) > 3 or (parts.is_conference(title) and not countries):
        return None
    meeting = Meeting(date=when.value, end_date=when.end_value, kind=kind or "OtherMeeting", mode=mode,
                      participants=parts.participants(people, kind, countries or None),
                      evidence=[Span(start, end)], label=title)
    parts.complete(meeting, countries, when.value)
    if len(meeting.countries) < 2:
        return None
    if kind is None:
        meeting.kind = parts.kind_from_people(meeting.participants) if meeting.participants else "OtherMeeting"
    inner = _CREDIT.sub("", m.group("inner"))
    where = re.split(r"[、,]", inner, maxsplit=1)
    if len(where) == 2:
        parts.place(meeting, where[1].strip())
    parts.conference(meeting, title)
    parts.roles(meeting, caption)
    return meeting
