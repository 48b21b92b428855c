"""Gatherings the document itself dates and places ("2019年8月28日から30日まで、横浜において第7回アフリカ開発会議
（TICAD7）が開催され"): talks held on their occasion ("TICAD7の機会に、…（28日）…とも会談") take their month
and, with no place of their own, the gathering's place."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import timedelta

from ..document import Document
from .dates import DateMention, DateValue, valid_date
from .meeting_parts import MeetingParts, pattern
from .records import Meeting


@dataclass
class Gathering:
    names: list[str]  # as written: the full name and its short name in brackets
    first: DateValue
    last: DateValue
    place: tuple[str | None, str | None, str] | None  # (name as written, IRI, country)
    at: int = -1  # where the text tells it


def find_gatherings(doc: Document, parts: MeetingParts, dates: list[DateMention]) -> list[Gathering]:
    """Gatherings told as held over days the sentence gives, with their names (and place)."""
    text = doc.text
    found: list[Gathering] = []
    starts = [d.start for d in dates]
    for sentence in doc.sentences:
        s, e = sentence.start, sentence.end
        held = [*pattern("gathering_held").finditer(text, s, e), *pattern("gathering_held_before").finditer(text, s, e)]
        for m in held:
            # (the days may open the name's stretch: "8月20日から22日まで横浜で第9回…会議（TICAD 9）が開催され")
            days = [d for d in dates[bisect.bisect_left(starts, s):bisect.bisect_left(starts, m.end("name"))]
                    if d.value.precision == "day"]
            if not days:
                continue
            when = days[-1]
            name, lead_place = m.group("name"), None
            if when.start >= m.start("name"):
                lead = pattern("gathering_lead").match(text, when.end, m.end("name"))
                name = text[lead.end():m.end("name")] if lead else name
                lead_place = lead.group("place") if lead else None
            names = [n for n in (name, m.group("short")) if n]
            # (and the name without what describes it: "…大統領が議長を務める第9回日中韓サミット" → 日中韓サミット)
            names += [core.group(1) for n in names if (core := re.search(r"第[0-9]+回(.{3,})$", n))]
            place = m.group("place") or m.groupdict().get("place_after") or lead_place  # "…が横浜で開催された"
            where = parts.resolve_place(place) if place else None
            found.append(Gathering([n for n in names if len(n) >= 3], when.value, when.end_value or when.value,
                                   where, m.start()))
    return found


def date_by_gatherings(doc: Document, meetings: list[Meeting], gatherings: list[Gathering],
                       parts: MeetingParts) -> None:
    """A meeting told on the occasion of a gathering the document dates: a day outside the gathering's days
    that fits them takes the gathering's month (a bare "28日" counted from another month), and a meeting with
    no place of its own takes the gathering's. Talks told "during the session" (会期中) take its days; talks on
    its days in a text titled for the gathering ("TICAD7　横浜での「首脳会談マラソン」") are held there."""
    text = doc.text
    title = doc.meta.title or ""
    for meeting in meetings:
        if not meeting.evidence:
            continue
        told = " ".join(text[s.start:s.end] for s in meeting.evidence)
        gathering = next((g for g in gatherings if any(re.search(re.escape(n) + r"[）)]?(?:の機会|に際|の際)", told)
                                                          for n in g.names)), None)
        session = bool(pattern("session").search(told))
        during = gathering is None and (session or bool(pattern("its_occasion").search(told)))
        if gathering is None:
            gathering = _gathering_before(doc, meeting, gatherings, not session) if during \
                else _titled_for(doc, meeting, gatherings, title)
        if gathering is None:
            continue
        first, last = gathering.first.as_date(), gathering.last.last_date()
        day = meeting.date
        if during and not session and day.precision == "day" and day.as_date() > last:
            continue  # the story went on past it ("3月22日には東京で…会議が開催され、…その機会に…と会談")
        # (talks "on its occasion" keep a day of their own within its days)
        # (or with only the day in force: "同サミットの機会に、…とも個別に会談を行っています" takes its days)
        if during and (session or not meeting.dated
                       or not (day.precision == "day" and first <= day.as_date() <= last)):
            meeting.date = gathering.first
            meeting.end_date = gathering.last if gathering.last != gathering.first else None
        elif day.precision == "day" and not first <= day.as_date() <= last and meeting.end_date is None:
            fits = [DateValue(y, mo, day.day) for y, mo in {(first.year, first.month), (last.year, last.month)}
                    if valid_date(y, mo, day.day) and first <= DateValue(y, mo, day.day).as_date() <= last]
            if fits:
                meeting.date = fits[0]
        if not first <= meeting.date.as_date() <= last:
            continue
        if meeting.place_country is None and meeting.mode == "InPerson" and gathering.place is not None:
            meeting.place_name, meeting.place, meeting.place_country = gathering.place
        if meeting.conference is None:
            parts.conference(meeting, " ".join(gathering.names))


def date_next_to_gatherings(doc: Document, meetings: list[Meeting], gatherings: list[Gathering]) -> None:
    """Talks told on the day before or after a gathering the document dates ("TICAD 9開幕の前日、横浜において…と会談",
    "日中韓サミットの前日、…ソウルにおいて…と首脳会談"): that day (the day after its opening, or after its close). Read
    from each report before reports merge (a report's sentence, not what joined it)."""
    for meeting in meetings:
        if meeting.evidence:
            _day_next_to(meeting, gatherings, doc.text[meeting.evidence[0].start:meeting.evidence[0].end])


def _day_next_to(meeting: Meeting, gatherings: list[Gathering], told: str) -> None:
    for g in gatherings:
        for name in g.names:
            m = re.search(re.escape(name) + r"[）)]?(?:の)?(?P<when>開幕|開会|閉幕|閉会)?の(?P<side>前日|翌日)", told)
            if m is None:
                continue
            if m.group("side") == "前日":
                day = g.first.as_date() - timedelta(days=1)
            else:
                day = (g.first if m.group("when") in ("開幕", "開会") else g.last).as_date() + timedelta(days=1)
            meeting.date, meeting.end_date = DateValue(day.year, day.month, day.day), None
            return


def _gathering_before(doc: Document, meeting: Meeting, gatherings: list[Gathering], near: bool) -> Gathering | None:
    """The gathering told last before the meeting's first evidence (``near``: in its paragraph or the one
    before, as "その機会に" refers to what was just told)."""
    at = meeting.evidence[0].start
    here = doc.sentence_at(at)
    if here is None:
        return None
    before = [g for g in gatherings if g.at < at and (not near or (
        (s := doc.sentence_at(g.at)) is not None and here.block - 1 <= s.block <= here.block))]
    return before[-1] if before else None


def _titled_for(doc: Document, meeting: Meeting, gatherings: list[Gathering], title: str) -> Gathering | None:
    """The gathering a document (or the meeting's section) is titled for, when the meeting falls on its days."""
    sentence = doc.sentence_at(meeting.evidence[0].start)
    section = " ".join(doc.blocks[sentence.block].section) if sentence is not None else ""
    for g in gatherings:
        if any(n in title or n in section for n in g.names if len(n) >= 4) \
                and g.first.as_date() <= meeting.date.as_date() and meeting.date.last_date() <= g.last.last_date():
            return g
    return None
