"""Gatherings the document itself dates and places ("2019年8月28日から30日まで、横浜において第7回アフリカ開発会議
（TICAD7）が開催され"): talks held on their occasion ("TICAD7の機会に、…（28日）…とも会談") take their month
and, with no place of their own, the gathering's place."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

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


def find_gatherings(doc: Document, parts: MeetingParts, dates: list[DateMention]) -> list[Gathering]:
    """Gatherings told as held over days the sentence gives, with their names (and place)."""
    text = doc.text
    found: list[Gathering] = []
    starts = [d.start for d in dates]
    for sentence in doc.sentences:
        s, e = sentence.start, sentence.end
        held = [*pattern("gathering_held").finditer(text, s, e), *pattern("gathering_held_before").finditer(text, s, e)]
        for m in held:
            days = [d for d in dates[bisect.bisect_left(starts, s):bisect.bisect_left(starts, m.start())]
                    if d.value.precision == "day"]
            if not days:
                continue
            when = days[-1]
            names = [n for n in (m.group("name"), m.group("short")) if n]
            names += [n.removeprefix("第").lstrip("0123456789回") for n in names if n.startswith("第")]
            where = parts.resolve_place(m.group("place")) if m.group("place") else None
            found.append(Gathering([n for n in names if len(n) >= 3], when.value, when.end_value or when.value,
                                   where))
    return found


def date_by_gatherings(doc: Document, meetings: list[Meeting], gatherings: list[Gathering]) -> None:
    """A meeting told on the occasion of a gathering the document dates: a day outside the gathering's days
    that fits them takes the gathering's month (a bare "28日" counted from another month), and a meeting with
    no place of its own takes the gathering's."""
    text = doc.text
    for meeting in meetings:
        told = " ".join(text[s.start:s.end] for s in meeting.evidence)
        gathering = next((g for g in gatherings if any(re.search(re.escape(n) + r"[）)]?(?:の機会|に際|の際)", told)
                                                          for n in g.names)), None)
        if gathering is None:
            continue
        first, last = gathering.first.as_date(), gathering.last.last_date()
        day = meeting.date
        if day.precision == "day" and not first <= day.as_date() <= last and meeting.end_date is None:
            fits = [DateValue(y, mo, day.day) for y, mo in {(first.year, first.month), (last.year, last.month)}
                    if valid_date(y, mo, day.day) and first <= DateValue(y, mo, day.day).as_date() <= last]
            if fits:
                meeting.date = fits[0]
        if meeting.place_country is None and meeting.mode == "InPerson" and gathering.place is not None \
                and first <= meeting.date.as_date() <= last:
            meeting.place_name, meeting.place, meeting.place_country = gathering.place

