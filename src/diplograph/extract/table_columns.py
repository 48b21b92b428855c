"""Which column of a table holds what: from the header's words, and where the header says nothing (no header
row, or words not seen before: "No. | 国・機関 | 先方 | 形式"), from what the column's cells hold in most rows
(days, people, countries, ways of meeting)."""

from __future__ import annotations

import bisect
import re

from ..clean import Block
from .dates import DateMention
from .meeting_parts import MeetingParts, vocabulary
from .records import PersonMention

_MOST = 0.6  # the share of a table's rows whose cell must hold a thing for its column to hold it
_LATIN_WORD = re.compile(r"[a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # "meetingDate" → "meeting Date"
_FORM_WORDS = re.compile(r"対面|電話|テレビ|ビデオ|オンライン|書面|立ち話|会談|表敬|懇談|会合")


def header_columns(header: tuple[str, ...]) -> dict[str, int]:
    """Which column holds what, from the header's words (the first column that fits each role)."""
    roles: dict[str, int] = {}
    latin = vocabulary()["table_columns_latin"]
    words_of = [latin_words(title) for title in header]
    for role, words in vocabulary()["table_columns"].items():
        for i, title in enumerate(header):
            taken = [r for r, j in roles.items() if j == i]
            # (a column may hold a place and the way of meeting: "場所・形式")
            if (not taken or (role == "place" and set(taken) <= {"form", "mode"})) \
                    and (any(w in title.replace(" ", "") for w in words) or words_of[i] & set(latin.get(role, ()))):
                roles.setdefault(role, i)
    return roles


def latin_words(title: str) -> set[str]:
    """The words of a column name in Latin letters ("kaidan_date" → kaidan, date; "meetingDate" → meeting, date)."""
    return set(_LATIN_WORD.findall(_CAMEL.sub(" ", title).lower()))


def tables(blocks: list[Block]) -> list[list[int]]:
    """The tables of a document: for each, the block indices of its rows (same header and section, in a run; a
    cell's list items may stand between them)."""
    out: list[list[int]] = []
    table: list[int] = []
    for index, block in enumerate(blocks):
        if block.kind == "table_row" and table and _same_table(blocks[table[-1]], block):
            table.append(index)
            continue
        if block.kind == "item" and block.parent is not None:
            continue  # a cell's list item stands between rows of its table
        if table:
            out.append(table)
        table = [index] if block.kind == "table_row" else []
    return [*out, table] if table else out


def table_columns(blocks: list[Block], text: str, dates: list[DateMention], mentions: list[PersonMention],
                  parts: MeetingParts) -> dict[int, dict[str, int]]:
    """The roles of each table row's columns, by block index: the header's, completed from the cells of the
    table's rows for the roles of who met and when that the header does not give."""
    out: dict[int, dict[str, int]] = {}
    for table in tables(blocks):
        out.update(dict.fromkeys(table, _inferred(blocks, table, text, dates, mentions, parts)))
    return out


def _same_table(a: Block, b: Block) -> bool:
    return a.header == b.header and a.section == b.section


def _inferred(blocks: list[Block], table: list[int], text: str, dates: list[DateMention],
              mentions: list[PersonMention], parts: MeetingParts) -> dict[str, int]:
    roles = header_columns(blocks[table[0]].header)
    if "date" in roles and {"person", "country"} & roles.keys():
        return roles
    rows = [blocks[i].cell_spans(text) for i in table]
    width = max(len(cells) for cells in rows)
    if len(rows) < 2 or width < 2:
        return roles  # (one row tells nothing of its columns)
    date_starts = [d.start for d in dates]
    person_starts = [x.span.start for x in mentions if x.person or x.title]
    tests = {
        # (a day alone, or opening a note: "9日（火）午前，約30分．議長から…")
        "date": lambda s, e, content: _any_in(date_starts, s, e if len(content) <= 24 else min(e, s + 3)),
        "person": lambda s, e, content: len(content) <= 40 and _any_in(person_starts, s, e),
        "country": lambda s, e, content: content in parts.country_names or content in parts.country_codes,
        "form": lambda s, e, content: len(content) <= 12 and bool(_FORM_WORDS.search(content)),
    }
    for role, fits in tests.items():
        if role in roles:
            continue
        for column in range(width):
            if column in roles.values() and not (role == "date" and roles.get("name") == column):
                continue
            cells = [cells[column] for cells in rows if column < len(cells)]
            hits = sum(fits(s, e, re.sub(r"\s", "", text[s:e])) for s, e in cells)
            if hits >= _MOST * len(rows):
                roles[role] = column
                break
    return roles


def _any_in(starts: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


_MONTH_LABEL = re.compile(r"(?P<month>\d{1,2})月(?P<note>[（(][^）)]*[）)])?")


def month_columns(blocks: list[Block], text: str) -> dict[int, dict[int, tuple[int, bool]]]:
    """The rows of a calendar matrix (a row per country, a column per month: "国／枠組 | 1月 | 2月 | … | 7月（予定）"),
    by block index: for each month column, its month and whether the column holds plans (the label row maps to
    nothing)."""
    out: dict[int, dict[int, tuple[int, bool]]] = {}
    for table in tables(blocks):
        out.update(_months(blocks, table, text))
    return out


def _months(blocks: list[Block], table: list[int], text: str) -> dict[int, dict[int, tuple[int, bool]]]:
    header = blocks[table[0]].header
    rows = table
    if not header:  # the label row read as the table's first row
        header, rows = tuple(blocks[table[0]].cells(text)), table[1:]
    months = {i: (int(m.group("month")), bool(m.group("note") and re.search(r"予定", m.group("note"))))
              for i, label in enumerate(header) if (m := _MONTH_LABEL.fullmatch(re.sub(r"\s", "", label)))
              and 1 <= int(m.group("month")) <= 12}
    if len(months) < 3:
        return {}
    return {**{i: {} for i in table}, **dict.fromkeys(rows, months)}
