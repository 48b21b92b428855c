"""One event, one meeting: reports of the same meeting (a paragraph, a caption, a table row, a summary) merge."""

from __future__ import annotations

import re

from .dates import DateValue
from .records import Meeting

VISIT = "訪問"  # the label of a meeting known only as a visit ("…がカナダを訪問し")


def contains(a: DateValue, b: DateValue) -> bool:
    """Whether the less precise ``a`` covers ``b`` ("2月" covers "2月7日")."""
    return a.as_date() <= b.as_date() and b.last_date() <= a.last_date()


def _people(m: Meeting) -> set[str]:
    return {p.person for p in m.participants}


def same_event(a: Meeting, b: Meeting) -> bool:
    """Same countries, mode and kind (or one kind unknown) and one cast inside the other; a signing joins talks of
    another kind it shares a person with (a visit is folded into the talks held during it separately, see
    ``_fold_visits``)."""
    if a.countries != b.countries or a.mode != b.mode or VISIT in (a.label, b.label):
        return False
    if "SigningCeremony" in (a.kind, b.kind) and a.kind != b.kind:
        # a signing at talks the text tells ("会談に引き続き、…大使とルトノ外務大臣との間で…署名", "同会合の冒頭、
        # …が…に署名した") is part of them: one who signed took part in the talks
        return bool(_people(a) & _people(b))
    if a.kind != b.kind and "OtherMeeting" not in (a.kind, b.kind):
        return False
    if a.counterparts != b.counterparts and (a.counterparts or b.counterparts):
        return False  # met different counterparts given by title only ("経済・開発・観光大臣", "財務大臣")
    pa, pb = _people(a), _people(b)
    # a heading's talks of no known kind ("（2）日中経済貿易大臣会談（5月17日）") are the talks its item tells
    if any(not p1 and m.kind == "OtherMeeting" and _head(m) == "会談" and p2
           and n.kind in ("OtherMeeting", "OtherMinisterialMeeting")
           for p1, p2, m, n in ((pa, pb, a, b), (pb, pa, b, a))):
        return True
    if not pa or not pb:  # a report without names joins only a meeting of its own kind (or the same noun)
        if a.kind != b.kind:
            return False
        return a.kind != "OtherMeeting" or _head(a) == _head(b)
    return pa <= pb or pb <= pa


def _head(m: Meeting) -> str:
    """The meeting noun's last two characters, without a bracket after it ("次官級協議（テレビ会議）" → 協議)."""
    return re.sub(r"\s*[（(][^（）()]*[）)]$", "", m.label.strip())[-2:]


def merge_meetings(meetings: list[Meeting]) -> list[Meeting]:
    """Reports with the same date merge first; then a report dated less precisely ("2023年1月の日米首脳会談")
    joins the one meeting it can be, if there is exactly one."""
    merged: list[Meeting] = []
    position = {id(m): i for i, m in enumerate(meetings)}
    # (signings last: one joins the talks it shares most people with, the first told on a tie)
    for meeting in sorted(meetings, key=lambda m: m.kind == "SigningCeremony"):
        same = [k for k in merged if k.date == meeting.date and same_event(k, meeting)]
        kept = max(same, key=lambda k: len(_people(k) & _people(meeting))) if same else None
        if kept is not None:
            absorb(kept, meeting)
        else:
            merged.append(meeting)
    merged.sort(key=lambda m: position[id(m)])
    out: list[Meeting] = []
    for meeting in sorted(merged, key=lambda m: -len(m.date.iso())):
        candidates = [k for k in out if k.date != meeting.date and contains(meeting.date, k.date)
                      and same_event(k, meeting)]
        if len(candidates) == 1:
            absorb(candidates[0], meeting)
        else:
            out.append(meeting)
    order = {id(m): i for i, m in enumerate(merged)}
    return sorted(_fold_visits(out), key=lambda m: order[id(m)])


def _fold_visits(meetings: list[Meeting]) -> list[Meeting]:
    """A visit during which the text tells talks is told by those talks: its evidence joins them."""
    talks = [m for m in meetings if m.label != VISIT]
    kept = list(talks)
    for visit in (m for m in meetings if m.label == VISIT):
        first, last = visit.date.as_date(), (visit.end_date or visit.date).last_date()
        during = [t for t in talks if set(visit.countries) <= set(t.countries) and _people(visit) & _people(t)
                  and t.date.as_date() <= last and first <= (t.end_date or t.date).last_date()]
        for talk in during:
            talk.evidence.extend(s for s in visit.evidence if s not in talk.evidence)
            if talk.place_country is None and talk.mode == visit.mode:
                talk.place_name, talk.place, talk.place_country = visit.place_name, visit.place, visit.place_country
        if not during:
            kept.append(visit)
    return kept


def absorb(kept: Meeting, other: Meeting) -> None:
    """Fold ``other`` into ``kept``: evidence, participants, and what ``kept`` lacks."""
    if len(other.date.iso()) > len(kept.date.iso()):
        kept.date, kept.end_date = other.date, other.end_date
    kept.evidence.extend(s for s in other.evidence if s not in kept.evidence)
    kept.dated = kept.dated or other.dated
    present = {p.person: p for p in kept.participants}
    for p in other.participants:
        if p.person not in present:
            kept.participants.append(p)
        elif present[p.person].role is None:
            present[p.person].role = p.role
    if kept.kind in ("OtherMeeting", "SigningCeremony") and other.kind != "OtherMeeting":
        kept.kind = other.kind  # a known kind wins; the talks a signing was part of name the meeting
    for side in other.sides:
        if side not in kept.sides and side not in {p.country for p in kept.participants}:
            kept.sides.append(side)
    kept.sides = [s for s in kept.sides if s not in {p.country for p in kept.participants}]
    for attr in ("place", "place_name", "place_country", "conference", "end_date", "start_time", "duration"):
        if getattr(kept, attr) is None:
            setattr(kept, attr, getattr(other, attr))
    for topic in other.topics:
        if topic not in kept.topics:
            kept.topics.append(topic)
