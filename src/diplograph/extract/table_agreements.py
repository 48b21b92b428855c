"""Agreements in a register of documents: a table whose rows each name a document, with what happened to it in a
cell of its own ("日・ミャンマー投資協定 | 署名 | 2013-12-14") or a date under a column for each event ("名称 |
署名日 | 発効日"). The sentences of such rows tell nothing on their own: the name is in one cell, the event in
another."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..clean import Block
from .agreement_names import Named
from .dates import DateMention, DateValue
from .meeting_parts import vocabulary
from .table_columns import latin_words, tables

_ON_SIGNING_DAY = re.compile(r"署名(?:の)?(?:日|当日)(?:に|と同日に?|から)")
_SHORT = 14  # an event cell is short ("署名", "交渉中", "発効（予定）" is not one)


@dataclass
class TabledEvent:
    """One row's event: what happened, on which day, and the name of the document it happened to."""

    named: Named
    kind: str
    when: DateValue | None
    index: int  # the row's block index


def event_columns(header: tuple[str, ...], events: list[tuple[str, str]]) -> dict[int, list[str]]:
    """The columns of a register that hold the day of an event, with the events each may be ("署名日", "発効日",
    "署名日・発出日", "signed_on", "entry_into_force")."""
    latin = vocabulary()["table_event_columns_latin"]
    # (the whole title says an event's day: "署名日", "署名日・発出日", "発効"; not "作成・取得者")
    dated = "(?:" + "|".join(re.escape(w) for w, _ in events) + ")(?:日|年月日|日付|年月|時期)?"
    whole = re.compile(rf"{dated}(?:[・／/]{dated})*")
    out: dict[int, list[str]] = {}
    for i, title in enumerate(header):
        bare = re.sub(r"\s", "", title)
        kinds = list(dict.fromkeys(k for word, k in events if word in bare)) if whole.fullmatch(bare) else []
        if not kinds:
            kinds = [k for k, ws in latin.items() if latin_words(title) & set(ws)]
        if kinds:
            out[i] = kinds
    return out


Names = Callable[[int, int], list[Named]]  # the document names in a span of the text


def tabled_events(blocks: list[Block], text: str, dates: list[DateMention], roles: dict[int, dict[str, int]],
                  names: Names, events: list[tuple[str, str]]) -> list[TabledEvent]:
    """Each event a register's rows give: ``names(start, end)`` finds document names in a cell, ``events`` are the
    event words with their kinds (longest first), ``roles`` the columns' roles by block index."""
    out: list[TabledEvent] = []
    for table in tables(blocks):
        by_column = event_columns(blocks[table[0]].header, events)
        for index in table:
            block = blocks[index]
            cells = block.cell_spans(text)
            named, name_cell = _document_cell(text, cells, names)
            if named is None:
                continue
            row_dates = [d for d in dates if block.start <= d.start < block.end
                         and not (name_cell[0] <= d.start < name_cell[1])]

            def day_in(cell: tuple[int, int], row_dates: list[DateMention] = row_dates) -> DateValue | None:
                return next((d.value for d in row_dates if cell[0] <= d.start < cell[1]), None)

            told = _told_event(text, cells, name_cell, events, day_in)  # "署名", "交渉中" in a cell of its own
            if told == "":
                continue  # "発効（予定）": not yet
            dated = []
            same_day = []  # "署名日に発効": on the day of the signing
            for column, kinds in by_column.items():
                if column >= len(cells) or cells[column] == name_cell:
                    continue
                if when := day_in(cells[column]):
                    dated.append((told if told in kinds else kinds[0], when))
                elif _ON_SIGNING_DAY.search(text, *cells[column]):
                    same_day.append(kinds[0])
            signed = next((when for kind, when in dated if kind == "Signed"), None)
            dated.extend((kind, signed) for kind in same_day if signed is not None)
            if told and told not in [k for k, _ in dated]:
                date_column = roles.get(index, {}).get("date")
                when = day_in(cells[date_column]) if date_column is not None and date_column < len(cells) \
                    else None
                if date_column is None and not by_column and len({d.value for d in row_dates}) == 1:
                    when = row_dates[0].value
                dated.insert(0, (told, when))
            out.extend(TabledEvent(named, kind, when, index) for kind, when in dated)
    return out


def _told_event(text: str, cells: list[tuple[int, int]], name_cell: tuple[int, int], events: list[tuple[str, str]],
                day_in: Callable[[tuple[int, int]], DateValue | None]) -> str | None:
    """The event a short cell of the row names ("署名", "交渉中"); "" for one not yet ("発効（予定）")."""
    for cell in cells:
        content = re.sub(r"\s", "", text[cell[0]:cell[1]])
        if cell == name_cell or not content or len(content) > _SHORT or day_in(cell):
            continue
        kind = next((k for word, k in events if content.startswith(word)), None)
        if kind is not None:
            return "" if re.search(r"予定|見込み|未定", content) else kind
    return None


def _document_cell(text: str, cells: list[tuple[int, int]], names: Names) -> tuple[Named | None, tuple[int, int]]:
    """The cell that is a document's name (the name fills most of it), and the name."""
    for cell in cells:
        content = text[cell[0]:cell[1]].strip()
        if not content:
            continue
        for named in names(*cell):
            if len(named.name) >= 0.6 * len(re.sub(r"[（(][^）)]*[）)]", "", content)):
                return named, cell
    return None, (0, 0)
