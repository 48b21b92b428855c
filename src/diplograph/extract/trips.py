"""Where talks took place when their own sentence does not say: the trip told before them ("西村経済産業大臣は、
9月7日から11日にかけて、米国を訪問し…") or another meeting of the same person on the same day."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from ..document import Document
from .dates import DateMention
from .meeting_parts import MeetingParts, pattern
from .records import Meeting, PersonMention

_PROSE = ("paragraph", "item")


@dataclass
class Trip:
    """Someone (or, when the text leaves the subject implicit, someone of the passage) went somewhere."""

    start: int  # where the trip is told
    section: tuple[str, ...]
    first: date
    last: date
    traveller: str | None  # person IRI
    place: tuple[str | None, str | None, str]  # name as written, place IRI, country


def find_trips(doc: Document, parts: MeetingParts, dates: list[DateMention],
               mentions: list[PersonMention]) -> list[Trip]:
    """The trips the prose of ``doc`` tells, dated by the dates of their sentence (or the date in force)."""
    text = doc.text
    words = "|".join(map(re.escape, parts.visit_words))
    one_word = re.compile(rf"(?P<word>{words})(?:し|した|中|の際|に際し)")
    trips: list[Trip] = []
    for sentence in doc.sentences:
        block = doc.blocks[sentence.block]
        if block.kind not in _PROSE:
            continue
        s, e = sentence.start, sentence.end
        for m in [*pattern("trip").finditer(text, s, e), *one_word.finditer(text, s, e)]:
            word = m.groupdict().get("word")
            places = [(None, None, parts.visit_words[word])] if word else \
                [parts.resolve_place(part) for part in _destinations(m.group("place"))]
            if not places or None in places:
                continue
            # its own date, even one in passing ("2025年3月のルーラ大統領国賓訪日の際の首脳会談")
            own = [d for d in dates if s <= d.start < m.start() and not d.modifies]
            carried = [d for d in dates if d.start < s and d.narrative and not d.modifies]
            when = own[-1] if own else (carried[-1] if carried else None)
            if when is None:
                continue
            first = when.value.as_date()
            last = (when.end_value or when.value).last_date()
            before = [x for x in mentions if s <= x.span.start < m.start() and x.person
                      and text[x.span.end:x.span.end + 1] in ("は", "が")]
            trips.extend(Trip(m.start(), block.section, first, last, before[-1].person if before else None,
                              where) for where in places)
    trips.extend(_day_headers(doc, parts, dates))
    trips.extend(_arrivals(doc, parts, dates))
    return sorted(trips, key=lambda t: t.start)


_ARRIVAL_LINE = 40  # longest schedule line telling a move, in characters
_STAY = timedelta(days=7)  # an arrival holds until the next one told, at most this long


def _arrivals(doc: Document, parts: MeetingParts, dates: list[DateMention]) -> list[Trip]:
    """A line saying where the traveller of a day-by-day page arrived: there from then on, that day."""
    text = doc.text
    starts = [d.start for d in dates]
    out = []
    for block in doc.blocks:
        if block.kind not in _PROSE or block.end - block.start > _ARRIVAL_LINE:
            continue  # (a schedule's line, not a sentence of a report: "…会場に移動した")
        m = pattern("arrival").search(text, block.start, block.end)
        where = parts.resolve_place(m.group("place")) if m else None
        if where is None:
            continue
        before = [d for d in dates[:bisect.bisect_left(starts, block.end)] if d.narrative and not d.modifies]
        if not before or before[-1].value.precision != "day":
            continue
        day = (before[-1].end_value or before[-1].value) if before[-1].start < block.start else before[-1].value
        # (there until the next move: the page's next arrival, told later, is the later trip)
        # (and beyond its day's heading: "（3）11月5日（水）" under the page is still in キャンベラ)
        section = block.section[:-1] if block.section and re.search(r"\d日", block.section[-1]) else block.section
        out.append(Trip(block.start, section, day.as_date(), day.last_date() + _STAY, None, where))
    return out


def _day_headers(doc: Document, parts: MeetingParts, dates: list[DateMention]) -> list[Trip]:
    """A line that gives a day and a place only (a schedule's day heading) puts its traveller there that day:
    a trip of whoever the meetings under it name, to that place."""
    text = doc.text
    starts = [d.start for d in dates]
    out = []
    for block in doc.blocks:
        if block.kind == "table_row" or block.end - block.start > 48:
            continue
        line = text[block.start:block.end].strip()
        m = pattern("day_header").match(line)
        if m is None:
            continue
        at = block.start + (len(text[block.start:block.end]) - len(text[block.start:block.end].lstrip()))
        day = next((d for d in dates[bisect.bisect_left(starts, at):] if d.start < at + m.end("date")
                    and d.value.precision == "day"), None)
        where = parts.resolve_place(m.group("place"))
        if day is None or where is None:
            continue
        out.append(Trip(block.start, block.section, day.value.as_date(), (day.end_value or day.value).last_date(),
                        None, where))
    return out


def _destinations(phrase: str) -> list[str]:
    """The places a visit lists ("インドネシア（ジャカルタ）及びオーストラリア（シドニー、キャンベラ）"), split
    outside brackets; a country given with several cities is the country only."""
    parts = [p for p in re.split(r"及び|並びに|、|,|と(?![^（(]*[）)])", re.sub(
        r"[（(][^）)]*[）)]", lambda m: m.group().replace("、", "\0").replace(",", "\0"), phrase)) if p]
    out = []
    for part in parts:
        if "\0" in part:  # "オーストラリア（シドニー\0キャンベラ）": two cities, so only the country is sure
            part = re.sub(r"[（(][^）)]*[）)]", "", part)
        out.append(part)
    return out


def place_from_trips(doc: Document, meetings: list[Meeting], trips: list[Trip], parts: MeetingParts) -> None:
    """Give an in-person meeting with no place of its own the place of the latest trip told before it in its
    section or an enclosing one (a lead paragraph over numbered items), or anywhere before it when the
    document tells only that trip of the traveller (a trip report's overview section), when the meeting falls
    within the trip and the traveller (or the trip's country) takes part."""
    trips_of = Counter(t.traveller for t in trips)
    for meeting in meetings:
        if meeting.mode != "InPerson" or not meeting.evidence or meeting.place_name:
            continue  # (a country known without a city may take the city of a trip to that country)
        told = [(span.start, doc.block_at(span.start).section)
                for span in meeting.evidence]
        first, last = meeting.date.as_date(), (meeting.end_date or meeting.date).last_date()
        people = {p.person for p in meeting.participants}
        fitting = [t for t in trips if any(t.start <= at and (section[:len(t.section)] == t.section or (
                       t.traveller and trips_of[t.traveller] == 1)) for at, section in told)
                   and first <= t.last and t.first <= last
                   and (t.traveller in people if t.traveller else t.place[2] in meeting.countries
                        or any(p.country is None for p in meeting.participants))]
        fitting = [t for t in fitting if t.place[2] in meeting.countries] or fitting  # the country of the talks
        if meeting.place_country:
            fitting = [t for t in fitting if t.place[2] == meeting.place_country and t.place[0]]
        if len({t.place[2] for t in fitting if t.start == fitting[-1].start}) > 1:
            continue  # one trip to several countries, none of them the talks': which one is not known
        if fitting:
            meeting.place_name, meeting.place, meeting.place_country = fitting[-1].place
            parts.roles(meeting, "")


def place_from_same_day(meetings: list[Meeting], parts: MeetingParts) -> None:
    """An in-person meeting with no place, on a day when one of its people met others in person at a known
    place (and nowhere else), was held at that place."""
    for meeting in meetings:
        if meeting.mode != "InPerson" or meeting.place_country or meeting.date.precision != "day":
            continue
        people = {p.person for p in meeting.participants}
        places = {(m.place_name, m.place, m.place_country) for m in meetings
                  if m is not meeting and m.mode == "InPerson" and m.place_country and m.date == meeting.date
                  and m.end_date is None and people & {p.person for p in m.participants}}
        if len({country for _, _, country in places}) == 1:
            ordered = sorted(places, key=lambda p: (p[1] is None, str(p)))  # a known place first
            meeting.place_name, meeting.place, meeting.place_country = ordered[0]
            parts.roles(meeting, "")
