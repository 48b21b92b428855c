"""Assembly: classified lines → units of clean text (paragraphs, headings, captions, rows, items, notes).

Lines broken in mid-sentence are joined (across blank lines and page breaks when the paragraph is open);
whatever interrupts a sentence (a photo caption, a footnote, a table, a boxed column) is lifted out and
placed after the paragraph; page furniture, furigana and markers are left out. A unit is a list of raw
spans (and a few synthetic characters), so every clean character keeps its raw offset. The raw spans the
assembly drops or moves are recorded in ``skipped``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from . import captions, furigana, headings, tables
from .classify import FIELD_LINE, ends_sentence
from .columns import Region
from .footnotes import NOTE_START, PAREN_START, SUPERSCRIPT, WRAPPED_START
from .lines import (
    BLANK,
    CAPTION,
    FIELD,
    FOOTNOTE,
    FURNITURE,
    HEADING,
    ITEM,
    MARKER,
    READING,
    TABLE_LINE,
    TEXT,
    Line,
)
from .spacing import dropped_spaces

_BOLD = re.compile(r"\*\*")
_WIKI = re.compile(r"\[\[(?:[^\[\]|]*\|)?|\]\]|'{2,3}")
# a wiki section heading's edit link: "2019年[編集]", "概要[ソースを編集]"
_EDIT_LINK = re.compile(r"\s*[\[［](?:編集|ソースを編集|edit)[\]］]\s*$")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_LINE_BULLET = re.compile(r"^(?:[・●○◆◇■▪•‣]|[-*](?=\s))\s*")
_CELL_BULLET = re.compile(r"^[・●○◆◇■□▪•‣－-]\s*")
_SHORT_LINE = 40
_TIME = r"\d{1,2}(?:時(?:\d{1,2}分|半)?|:\d{2})"
_SCHEDULE_LINE = re.compile(rf"{_TIME}\s*(?:[～~〜\-－]\s*{_TIME})?[\s　]|【[^】]{{1,16}}】")
_QUOTED_LINES = 5  # a quoted cell runs on over at most this many lines
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_INTERESTING = re.compile(r"[ <*^\[\]［'⁽¹²³⁴⁵⁶⁷⁸⁹⁰]")  # searched in normalised text: no ideographic spaces
_SUPERSCRIPT_CHARS = re.compile(r"[⁽¹²³⁴⁵⁶⁷⁸⁹⁰]")


Piece = tuple[int, int] | tuple[str, int]  # a raw span, or synthetic text and the raw offset it maps to


@dataclass
class Unit:
    """A block being assembled: its raw pieces and what the layout knows about it."""

    kind: str
    pieces: list[Piece] = field(default_factory=list)
    level: int = 0
    header: tuple[str, ...] = ()
    parent: Unit | None = None
    above: Unit | None = None  # the table row whose merged cells a row with empty first cells continues
    column: str | None = None  # the title of the boxed column the unit stands in
    cell: int | None = None  # the table cell (by index) a list item stood in
    in_stack: bool = True  # a heading that opens a section of the body text
    last: str = ""  # the last two characters so far (normalised): "す．" ends a sentence, "1." does not
    lines: int = 0  # how many lines went into it
    length: int = 0  # how many raw characters went into it
    comma: bool = False  # whether it holds a comma (then it is no label)


def _opens_quote(text: str) -> bool:
    """Whether a tab-separated row's last cell opens a quote it does not close (a spreadsheet export's cell
    holding line breaks)."""
    last = text.rsplit("\t", 1)[-1].lstrip()
    return "\t" in text and last.startswith('"') and last.count('"') % 2 == 1


def _subtract(keep: list[tuple[int, int]], drops: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Intervals of ``keep`` outside every interval of ``drops`` (both sorted)."""
    if not drops:
        return keep
    out = []
    drops = sorted(drops)
    for a, b in keep:
        pos = a
        for s, e in drops:
            if e <= pos or s >= b:
                continue
            if s > pos:
                out.append((pos, s))
            pos = max(pos, e)
        if pos < b:
            out.append((pos, b))
    return out


class Assembler:
    """Assembles classified lines into units (blocks to be), lifting out what interrupts sentences."""

    def __init__(self, raw: str, norm: str, lines: list[Line], wrapped: bool,
                 markers: dict[int, list[tuple[int, int]]], regions: list[Region]) -> None:
        self.raw = raw
        self.norm = norm  # ``raw`` character-normalised (same length)
        self.lines = lines
        self.wrapped = wrapped
        self.markers = markers
        self.regions = {r.start: r for r in regions}
        self.title_lines = {i for r in regions for i in r.title}
        self.skipped: list[tuple[int, int, str]] = []  # raw spans dropped or moved (OffsetText.skipped)
        self.starts = [line.start for line in lines]

    # --- characters of a line ------------------------------------------------------------------------

    def pieces(self, line: Line, a: int = -1, b: int = -1, *, keep_space: int = -1,
               bullet: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
        """Raw spans of a line's content in ``[a, b)`` without furigana, markers, markup and stray spaces."""
        raw, norm = self.raw, self.norm
        a = line.lead if a < 0 else a
        b = line.trail if b < 0 else b
        while a < b and norm[a].isspace():
            a += 1
        while b > a and norm[b - 1].isspace():
            b -= 1
        if a >= b:
            return []
        seg = norm[a:b]
        marks = self.markers.get(line.index)
        if not marks and bullet is None and not _INTERESTING.search(seg):
            return [(a, b)]
        drops: list[tuple[int, int]] = [(s, e) for s, e in marks or () if a <= s < b]
        raw_seg = raw[a:b]
        for s, e in furigana.inline_readings(raw_seg):
            drops.append((a + s, a + e))
        if _SUPERSCRIPT_CHARS.search(seg):
            drops.extend((a + m.start(), a + m.end()) for m in SUPERSCRIPT.finditer(seg))
        if "**" in seg:
            drops.extend((a + m.start(), a + m.end()) for m in _BOLD.finditer(seg))
        if "<" in seg:
            drops.extend((a + m.start(), a + m.end()) for m in _TAG.finditer(seg))
        if "[[" in seg or "]]" in seg or "''" in seg:  # wiki markup: links ("[[財務省 (日本)|財務省]]"), bold
            drops.extend((a + m.start(), a + m.end()) for m in _WIKI.finditer(seg))
        if "集" in seg or "edit" in seg:
            drops.extend((a + m.start(), a + m.end()) for m in _EDIT_LINK.finditer(seg))
        if bullet is not None and (m := bullet.match(seg)):
            drops.append((a, a + m.end()))
        kept = _subtract([(a, b)], drops)
        text = "".join(norm[s:e] for s, e in kept)
        if " " not in text:
            return kept
        positions = [p for s, e in kept for p in range(s, e)]
        keep_index = positions.index(keep_space) if keep_space in positions else -1
        space_drops = [(positions[s], positions[e - 1] + 1) for s, e in dropped_spaces(text, keep_index)]
        return _subtract(kept, space_drops)

    def append(self, unit: Unit, spans: list[tuple[int, int]]) -> None:
        """Add a line's spans to a unit, with a space between two Latin words."""
        if not spans:
            return
        first = self.norm[spans[0][0]]
        # a space between two Latin words, not inside a number or an acronym the line cut ("1|1日", "AP|EC")
        last = unit.last[-1:]
        latin = last.isascii() and last.isalpha() and first.isascii() and first.isalpha() \
            and not (last.isupper() and first.isupper())
        if unit.pieces and latin:
            unit.pieces.append((" ", spans[0][0]))
        unit.pieces.extend(spans)
        end = spans[-1][1]
        unit.last = self.norm[max(spans[-1][0], end - 2):end]
        unit.lines += 1
        unit.length += sum(e - s for s, e in spans)
        # (a comma inside brackets, "日英首脳会談（メイ首相、ロンドン）", is a table cell's, not an open sentence's)
        unit.comma = unit.comma or any("、" in _BRACKETED.sub("", self.norm[s:e]) for s, e in spans)

    def is_open(self, unit: Unit) -> bool:
        """Whether a paragraph stops in mid-sentence (and the next text line continues it)."""
        if not unit.last or ends_sentence(unit.last, self.wrapped):
            return False
        # one short line on its own without a comma (a byline, a label) is complete in text with a
        # paragraph a line
        return self.wrapped or unit.lines > 1 or unit.length > _SHORT_LINE or unit.comma

    def number_space(self, line: Line) -> int:
        """The offset of the space after a list number a line of text that keeps no printed lines starts with
        ("4　日本国…": kept, as after a heading's number, so that "4 日本国" is not read as a 4th day), or -1."""
        lead = line.lead + len(line.norm) - len(line.norm.lstrip())
        m = None if self.wrapped else _SPACED_NUMBER.match(self.norm, lead, line.trail)
        return m.end() - 1 if m else -1

    def numbered(self, unit: Unit) -> bool:
        """Whether a paragraph of text that keeps no printed lines is one line that starts with a list
        number and is no field ("4　日本国…覚書"): an indented line under it ("　　署名者：…") is a unit of its own."""
        if self.wrapped or unit.lines != 1 or not unit.pieces or not isinstance(unit.pieces[0][0], int):
            return False
        start = unit.pieces[0][0]
        told = text_of(self.norm, unit.pieces)
        if re.search("[:：]", told):
            return False  # a field goes on under its label: "（2）出席者：日本側 …" / "　　　豪州側 …"
        if told.rstrip().endswith(("、", "，", ",")):
            return False  # a sentence cut at a comma goes on: "・19日にはA外相と、20日にはB外相と、" / "　それぞれ会談"
        # (read in the line, which keeps the space the pieces drop: "4 日本国")
        return unit.kind == "item" or bool(_LIST_NUMBER.match(self.norm, start))

    # --- assembly ------------------------------------------------------------------------------------

    def run(self, lo: int, hi: int, column: str | None = None) -> list[Unit]:
        """The units of lines ``[lo, hi)`` in reading order (``column``: the column they stand in)."""
        lines = self.lines
        out: list[Unit] = []
        pending: list[Unit] = []
        para: Unit | None = None

        def close() -> None:
            nonlocal para, pending
            if para is not None:
                out.append(para)
                para = None
            out.extend(pending)
            pending = []

        def place(units: list[Unit]) -> None:
            (pending if para is not None else out).extend(units)

        i = lo
        while i < hi:
            line = lines[i]
            kind = line.kind
            if column is None and i in self.regions:
                region = self.regions[i]
                place(self.column(region))
                i = region.end
                continue
            if kind in (BLANK, FURNITURE, READING, MARKER) or (column is not None and i in self.title_lines):
                if kind == BLANK and not self.wrapped and para is not None and para.lines == 1 \
                        and para.length <= _HEADLINE and _COMPLETE.search(text_of(self.norm, para.pieces)[-8:]):
                    close()  # a line set off by a blank line is a unit of its own, full stop or not (a headline)
                elif kind == BLANK and not self.wrapped and para is not None and para.kind == "item":
                    close()  # a list ends at a blank line ("- 2025年10月31日 日中首脳会談…" / "" / "（注）…")
                i += 1
                continue
            if kind == TEXT:
                # "（2）出席者：…"; a schedule's line led by its time ("12時30分　タミーム首長表敬"), or a day in
                # brackets ("【1月10日（土）】サウジアラビア（リヤド）")
                enumerated = not self.wrapped and bool(_ENUMERATED.match(line.key) or _SCHEDULE_LINE.match(line.key))
                if para is not None and ((self.wrapped and line.indented) or not self.is_open(para) or enumerated
                                         or (line.indented and self.numbered(para))):
                    close()
                if para is None:
                    para = Unit("paragraph", column=column)
                    self.append(para, self.pieces(line, keep_space=self.number_space(line)))
                else:
                    self.append(para, self.pieces(line))
                if not self.is_open(para):
                    close()
                i += 1
            elif kind == ITEM:
                close()
                para = Unit("item", column=column)
                self.append(para, self.pieces(line, bullet=_LINE_BULLET))
                if not self.is_open(para):
                    close()
                i += 1
            elif kind == HEADING:
                group, i = self.group(i)
                marked = group[0].key.startswith("#")  # a Markdown heading is never a running head
                if para is not None and self.wrapped and not marked:
                    if self.isolated(group):  # set apart inside a sentence: a running head or a margin index
                        self.skipped.extend((g.lead, g.trail, "margin heading") for g in group)
                        continue
                    for member in group:  # a line of the sentence that looks like a heading
                        self.append(para, self.pieces(member))
                    if not self.is_open(para):
                        close()
                    continue
                close()
                out.append(self.heading(group, column))
            elif kind == CAPTION:
                group, i = self.group(i)
                place(self.captions(group, column))
            elif kind == FOOTNOTE:
                group, i = self.footnote_lines(i, hi)
                place([self.footnote(group, column)])
            elif kind == TABLE_LINE:
                units, i = self.table(i, hi, column)
                place(units)
            elif kind == FIELD:
                unit = self.field(line)
                if unit is not None:
                    close()
                    out.append(unit)
                self.skipped.append((line.lead, line.trail, "field"))
                i += 1
            else:
                i += 1
        close()
        return out

    def group(self, i: int) -> tuple[list[Line], int]:
        """The lines of the caption or heading starting at line ``i``, and the index after them."""
        lines = self.lines
        first = lines[i]
        if first.group < 0:
            return [first], i + 1
        members = [first]
        j = i + 1
        stop = i + 1
        while j < len(lines) and j < i + 6:
            line = lines[j]
            if line.group == first.group and line.kind == first.kind:
                members.append(line)
                stop = j + 1
            elif line.kind not in (BLANK, READING):
                break
            j += 1
        return members, stop

    def isolated(self, group: list[Line]) -> bool:
        """Whether a blank line (or furniture) stands before a group of lines."""
        before = group[0].index - 1
        return before < 0 or self.lines[before].kind in (BLANK, FURNITURE, READING, MARKER)

    def heading(self, group: list[Line], column: str | None, *, in_stack: bool = True) -> Unit:
        unit = Unit("heading", level=group[0].level or headings.UNNUMBERED_LEVEL, column=column,
                     in_stack=in_stack)
        for line in group:
            if m := headings.TABBED.match(line.text):
                number = (line.start + m.start(1), line.start + m.end(1))
                unit.pieces.extend([number, (" ", number[1])])
                self.skipped.append((number[1], line.start + m.start(2), "repeated number"))
                unit.pieces.extend(self.pieces(line, line.start + m.start(2)))
                unit.last = self.norm[max(line.start, line.trail - 2):line.trail]
                continue
            offset = line.lead + len(line.norm) - len(line.norm.lstrip())
            keep = offset + line.keep_space if line.keep_space >= 0 else -1
            self.append(unit, self.pieces(line, offset + line.text_start, keep_space=keep))
        return unit

    def captions(self, group: list[Line], column: str | None) -> list[Unit]:
        if len(group) == 1:
            line = group[0]
            offset = line.lead + len(line.norm) - len(line.norm.lstrip())
            units = []
            figure = captions.FIGURE.match(line.key)
            keep = offset + line.key.find(" ") if figure and " " in line.key else -1
            for s, e in captions.split_captions(line.key):
                unit = Unit("caption", column=column)
                self.append(unit, self.pieces(line, offset + s, offset + e, keep_space=keep))
                units.append(unit)
            return units
        unit = Unit("caption", column=column)
        for line in group:
            self.append(unit, self.pieces(line))
        return [unit]

    def footnote_lines(self, i: int, hi: int) -> tuple[list[Line], int]:
        lines = self.lines
        members = [lines[i]]
        j = i + 1
        stop = j
        while j < hi:
            line = lines[j]
            if line.kind == FOOTNOTE and line.group == i:
                members.append(line)
                stop = j + 1
            elif not (line.kind == READING or (line.kind == BLANK and line.suppressed)):
                break
            j += 1
        return members, stop

    def footnote(self, group: list[Line], column: str | None) -> Unit:
        unit = Unit("footnote", column=column)
        first = group[0]
        m = WRAPPED_START.match(first.text) if first.number else None
        if m:
            number = (first.start + m.start(1), first.start + m.end(1))
            unit.pieces.extend([number, (" ", number[1])])
            unit.last = " "
            rest = first.start + m.end(1)
            self.append(unit, self.pieces(first, rest))
        else:
            label = PAREN_START.match(first.key) or NOTE_START.match(first.key)
            offset = first.lead + len(first.norm) - len(first.norm.lstrip())
            keep = offset + label.end(1) + 1 if label else -1
            self.append(unit, self.pieces(first, keep_space=keep))
        for line in group[1:]:
            self.append(unit, self.pieces(line))
        return unit

    def field(self, line: Line) -> Unit | None:
        m = FIELD_LINE.match(line.key)
        if not m or m.group("key") != "文書名" or not m.group("value"):
            return None
        offset = line.lead + len(line.norm) - len(line.norm.lstrip())
        unit = Unit("heading", level=1)
        self.append(unit, self.pieces(line, offset + m.start("value")))
        return unit

    def table(self, i: int, hi: int, column: str | None) -> tuple[list[Unit], int]:
        lines = self.lines
        members: list[tuple[int, int, str]] = []
        # a spreadsheet's quoted cell that runs on over lines ("\"外相会談（1日）" / "…総理表敬（2日）\""): the
        # lines after the row's, by the row's line index
        continued: dict[int, list[int]] = {}
        open_cell = False
        j = i
        while j < hi:
            line = lines[j]
            if open_cell and line.kind != BLANK and len(continued.get(members[-1][0], ())) < _QUOTED_LINES:
                continued.setdefault(members[-1][0], []).append(j)
                open_cell = line.text.count('"') % 2 == 0
                j += 1
                continue
            rest_of_cell = members and line.kind == TEXT and tables.starts_with_markup(line.key)
            if line.kind == TABLE_LINE or rest_of_cell:
                members.append((j, line.start, line.text))
                open_cell = _opens_quote(line.text)
                j += 1
                continue
            if line.kind in (BLANK, FURNITURE):
                k = j
                while k < hi and lines[k].kind in (BLANK, FURNITURE):
                    k += 1
                if k < hi and lines[k].kind == TABLE_LINE:
                    j = k
                    continue
            break
        units: list[Unit] = []
        above: Unit | None = None
        for row in tables.parse_table(members):
            line = lines[row.line]
            unit = Unit("table_row", header=row.header, column=column)
            filled = [c for c in row.cells if c.text]
            if filled and not row.cells[0].text and above is not None and above.header == row.header:
                unit.above = above
            if filled:
                above = unit
                last = row.cells.index(filled[-1])
                for n, cell in enumerate(row.cells[:last + 1]):
                    if n:
                        unit.pieces.append(("\t", cell.start))
                    if cell.text:
                        unit.pieces.extend(self.pieces(line, cell.start, cell.end))
                    elif cell.items:
                        self.skipped.append((cell.start, cell.end, "list"))
                for k in continued.get(row.line, ()):
                    unit.pieces.append((" ", lines[k].start))
                    unit.pieces.extend(self.pieces(lines[k]))
                units.append(unit)
            seen: set[str] = set()
            for s, e in row.items:
                item_line = self.lines[bisect.bisect_right(self.starts, s) - 1]
                spans = self.pieces(item_line, s, e, bullet=_CELL_BULLET)
                text = "".join("".join(self.norm[a:b] for a, b in spans).split())
                if not text or text in seen:
                    continue
                seen.add(text)
                cell_index = next((n for n, c in enumerate(row.cells) if (s, e) in c.items), None)
                item = Unit("item", parent=unit if filled else None, column=column, cell=cell_index)
                self.append(item, spans)
                units.append(item)
        return units, j

    def column(self, region: Region) -> list[Unit]:
        """The blocks of a boxed column: its title as a heading, then its text, captions and notes."""
        title_lines = [self.lines[i] for i in region.title]
        title = None
        units: list[Unit] = []
        if title_lines:
            heading = self.heading(title_lines, None, in_stack=False)
            title = text_of(self.norm, heading.pieces)
            heading.column = title
            units.append(heading)
        units.extend(self.run(region.start, region.end, column=title or "コラム"))
        last = self.lines[region.end - 1]
        self.skipped.append((self.lines[region.start].lead, last.trail, "column"))
        return units


# Longest line set off by blank lines that is a unit of its own without a full stop (a release's headline).
_HEADLINE = 90
# ... when it ends as a predicate or a title does ("…に署名しました", "…について（結果）"), not mid-word.
_COMPLETE = re.compile(r"(?:ました|ます|です|した|する|れた|について|[）)】」』])\s*$")
# A line that starts an item of its own in text with a paragraph a line: "（2）出席者：…", "② …", "3. …".
_SPACED_NUMBER = re.compile(r"\d{1,2} (?=[^\s\d])(?!(?:日|月|年)(?:[、,（(\s]|$))")
_LIST_NUMBER = re.compile(r"(?:[（(]\d{1,2}[）)]|[①-⑳]|\d{1,2}(?:[．.](?!\d)|[ 　]))")
_ENUMERATED = re.compile(r"^(?:[（(]\d{1,2}[）)]|[①-⑳]|\d{1,2}[．.](?!\d))")


def text_of(norm: str, pieces: list[Piece]) -> str:
    """The clean text of a unit's pieces."""
    return "".join(p[0] if isinstance(p[0], str) else norm[p[0]:p[1]] for p in pieces)
