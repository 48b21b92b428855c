"""Calendar exports (iCalendar, RFC 5545: a minister's schedule shared from a groupware calendar) → layout text
that the cleaner reads, with every character's offset in the source.

The calendar's name (``X-WR-CALNAME``) is the title and its description (``X-WR-CALDESC``) the first paragraph.
Each event confirmed (not ``STATUS:CANCELLED`` nor ``TENTATIVE``: what was called off or only pencilled in is no
record of a meeting) becomes a part of its own: a line with its day and its summary, as a chronology writes an
entry ("2024年4月3日　日・ベルギー外相会談（ラビブ外務大臣）"), then its place and its description. Folded lines are
unfolded and escapes (``\\n``, ``\\,``) decoded, each character keeping its offset; a day written in UTC (``…Z``)
is the day in the calendar's time zone (``X-WR-TIMEZONE``, else its first ``VTIMEZONE``, else Japan's).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from ..errors import InputError
from .html import JAPANESE_TEXT, HtmlText, LayoutWriter

_LINE = re.compile(r'(?P<name>[A-Z][A-Z0-9-]*)(?P<params>(?:;(?:[^:\r\n";]|"[^"\r\n]*")*)*):', re.M)
_FOLD = re.compile(r"\r?\n[ \t]")
_ESCAPE = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\"}
_STAMP = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})\d{0,2}(Z)?)?")


def looks_like_calendar(text: str) -> bool:
    """Whether decoded text is an iCalendar export."""
    return text.lstrip("\ufeff \t\r\n").startswith("BEGIN:VCALENDAR")


def _properties(raw: str) -> list[tuple[str, str, str, list[int]]]:
    """Every content line as (name, parameters, value, raw offset of each value character), unfolded and
    unescaped."""
    out = []
    lines = [m.start() for m in re.finditer(r"^", raw, re.M)]
    for start, end in zip(lines, [*lines[1:], len(raw) + 1], strict=True):
        if raw[start:start + 1] in (" ", "\t") or start >= len(raw):
            continue  # (a folded line's rest, read with the line it continues)
        m = _LINE.match(raw, start)
        if m is None:
            continue
        stop = end
        while stop < len(raw) and raw[stop:stop + 1] in (" ", "\t"):  # the folded lines after it
            stop = raw.find("\n", stop) + 1 or len(raw) + 1
        chars: list[str] = []
        at: list[int] = []
        i, limit = m.end(), min(stop, len(raw))
        while i < limit:
            fold = _FOLD.match(raw, i)
            if fold:
                i = fold.end()
                continue
            ch = raw[i]
            if ch in "\r\n":
                i += 1
                continue
            nxt = _FOLD.match(raw, i + 1)  # (a fold may fall between the backslash and its letter)
            j = nxt.end() if nxt else i + 1
            if ch == "\\" and j < limit and raw[j] in _ESCAPE:
                chars.append(_ESCAPE[raw[j]])
                at.append(i)
                i = j + 1
                continue
            chars.append(ch)
            at.append(i)
            i += 1
        out.append((m.group("name"), m.group("params"), "".join(chars), at))
    return out


def _day(value: str, zone: str | None) -> tuple[str, str] | None:
    """The day (and time) of a DTSTART value as a Japanese text writes them, in the calendar's zone for UTC."""
    m = _STAMP.match(value)
    if m is None:
        return None
    year, month, day, hour, minute, utc = m.groups()
    try:
        datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0))
    except ValueError:
        return None  # ("20240230": no day)
    if hour is not None and utc and zone:
        try:
            from zoneinfo import ZoneInfo

            local = datetime(int(year), int(month), int(day), int(hour), int(minute), tzinfo=UTC) \
                .astimezone(ZoneInfo(zone))
            year, month, day, hour, minute = (f"{v:02d}" for v in (local.year, local.month, local.day, local.hour,
                                                                   local.minute))
        except (ImportError, KeyError, ValueError, OSError):
            pass  # (no time zone database: the day in UTC)
    return f"{int(year)}年{int(month)}月{int(day)}日", f"{int(hour)}:{minute}" if hour is not None else ""


def extract_calendar(raw: str, name: str = "<calendar>") -> HtmlText:
    """Read an iCalendar export: title and description, then each confirmed event as a dated entry."""
    out = LayoutWriter()
    props = _properties(raw)
    title = next((v.strip() for n, _, v, _ in props if n == "X-WR-CALNAME" and v.strip()), None)
    # the calendar's zone: its own, else that of its first time zone component, else Japan's (a Japanese ministry's
    # calendar exported in UTC)
    zone = next((v.strip() for n, _, v, _ in props if n == "X-WR-TIMEZONE"), None) \
        or next((v.strip() for n, _, v, _ in props if n == "TZID"), None) or "Asia/Tokyo"
    for key in ("X-WR-CALNAME", "X-WR-CALDESC"):
        found = next(((v, at) for n, _, v, at in props if n == key and v.strip()), None)
        if found:
            out.new_part(found[1][0])
            out.put(*found)
    event: dict[str, tuple[str, str, list[int]]] | None = None
    depth = 0  # components inside the event (an alarm's DESCRIPTION is not the event's)
    for prop, params, value, at in props:
        if prop == "BEGIN" and value.strip() == "VEVENT":
            event, depth = {}, 0
        elif prop == "END" and value.strip() == "VEVENT" and event is not None:
            _put_event(event, zone, out)
            event = None
        elif event is not None and prop in ("BEGIN", "END"):
            depth += 1 if prop == "BEGIN" else -1
        elif event is not None and depth == 0 and prop not in event:
            event[prop] = (params, value, at)
    if not JAPANESE_TEXT.search(out.text()):
        raise InputError(name, "a calendar with no Japanese text in its events")
    return out.build(len(raw), title)


def _put_event(event: dict[str, tuple[str, str, list[int]]], zone: str | None, out: LayoutWriter) -> None:
    status = event.get("STATUS", ("", "", []))[1].strip().upper()
    summary = event.get("SUMMARY")
    start = event.get("DTSTART")
    if status in ("CANCELLED", "TENTATIVE") or summary is None or start is None or not summary[1].strip():
        return
    params, value, _ = start
    tz = re.search(r'TZID="?([^;:"]+)', params)
    told = _day(value.strip(), zone if not tz else tz.group(1))
    if told is None:
        return
    day, time = told
    # (the day is read out of the DTSTART line but written before the summary: it takes the summary's offset, so
    # that a span from the day into the summary is the summary's lines whatever order the properties stand in)
    anchor = summary[2][0]
    line = day + (f"（{time}）" if time else "") + "　"
    out.new_part(anchor)
    out.put(line, [anchor] * len(line))
    out.put(summary[1].replace("\n", " "), summary[2])
    for key, label in (("LOCATION", "場所："), ("DESCRIPTION", "")):
        if key in event and event[key][1].strip():
            _, text, where = event[key]
            out.put("\n", [where[0]])
            out.put(label, [where[0]] * len(label))
            out.put(text, where)

