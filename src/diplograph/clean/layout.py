"""Layout repair: raw lines → blocks (headings, paragraphs, captions, table rows, items, footnotes).

The raw text is read line by line (``lines``), each line classified (``classify``), columns found
(``columns``), and the lines assembled into blocks: lines broken mid-sentence are joined, and whatever
interrupts a sentence (a photo caption, a footnote, a boxed column) is lifted out and placed after the
paragraph. Page furniture and furigana are dropped. Every clean character keeps the offset of the raw
character it came from (``builder``); blocks are separated by a blank line in the clean text.
"""

from __future__ import annotations

import bisect
import gc
from dataclasses import dataclass, field, replace

from .assemble import Assembler, Unit, text_of
from .builder import OffsetText, TextBuilder
from .classify import classify
from .columns import Region, column_regions
from .footnotes import MARKDOWN_MARKER, glued_marker
from .lines import (
    CAPTION,
    FOOTNOTE,
    FURNITURE,
    HEADING,
    ITEM,
    MARKER,
    READING,
    TABLE_LINE,
    TEXT,
    Line,
    body_width,
    is_wrapped,
    split_lines,
)
from .normalize import normalize_text

BLOCK_KINDS = ("heading", "paragraph", "caption", "table_row", "item", "footnote")


@dataclass
class Block:
    """A unit of layout in the clean text.

    ``kind`` is heading, paragraph, caption, table_row, item or footnote. ``section`` holds the titles of
    the enclosing headings (a heading's own title last). A table row's cells are tab-separated in the
    clean text and ``header`` names its columns; an item that stood in a table cell has the row's block
    index as ``parent`` and the cell's index as ``cell``.
    """

    kind: str
    start: int
    end: int
    level: int = 0
    section: tuple[str, ...] = field(default_factory=tuple)
    header: tuple[str, ...] = field(default_factory=tuple)
    parent: int | None = None
    cell: int | None = None  # for an item that stood in a table cell: the cell's index in its row
    # a table row's leading empty cells that a merged cell of the rows above fills: (cell index, clean span)
    merged: tuple[tuple[int, int, int], ...] = ()

    def cells(self, text: str) -> list[str]:
        """The cells of a table row (the whole text for other blocks)."""
        return text[self.start:self.end].split("\t")

    def cell_spans(self, text: str, *, merged: bool = True) -> list[tuple[int, int]]:
        """The clean-text spans of a row's cells; with ``merged``, an empty cell a merged cell above fills
        is that cell's span in the row above."""
        spans = _cell_spans(text[self.start:self.end], self.start)
        if merged:
            for i, s, e in self.merged:
                spans[i] = (s, e)
        return spans

    def merged_spans(self) -> list[tuple[int, int]]:
        """The spans outside the row its merged cells take from the rows above."""
        return [(s, e) for _, s, e in self.merged]


def _find_markers(lines: list[Line], regions: list[Region]) -> dict[int, list[tuple[int, int]]]:
    """Footnote markers glued to words, searched for in numbering order, separately in each column."""
    scopes: list[list[Line]] = [[]] + [[] for _ in regions]
    starts = [r.start for r in regions]
    for line in lines:
        n = bisect.bisect_right(starts, line.index) - 1
        if n >= 0 and line.index < regions[n].end:
            scopes[n + 1].append(line)
        else:
            scopes[0].append(line)
    found: dict[int, list[tuple[int, int]]] = {}
    for scope in scopes:
        numbers = sorted({line.number for line in scope if line.kind == FOOTNOTE and line.number})
        if not numbers:
            continue
        text_lines = [line for line in scope if line.kind in (TEXT, ITEM, HEADING)]
        starts = []
        total = 0
        for line in text_lines:
            starts.append(total)
            total += len(line.norm)
        joined = "".join(line.norm for line in text_lines)
        pos = 0
        for number in numbers:
            span = glued_marker(joined, number, pos)
            if span is None:
                continue
            k = bisect.bisect_right(starts, span[0]) - 1
            last = bisect.bisect_right(starts, span[1] - 1) - 1  # a marker the line cut: "（SICA）＊" / "1外相"
            for j in range(k, last + 1):
                line = text_lines[j]
                lo, hi = max(span[0], starts[j]), min(span[1], starts[j] + len(line.norm))
                s = line.lead + lo - starts[j]
                if j == k and span[0] > starts[k] and joined[span[0] - 1] == " ":
                    s -= 1  # "フェスティバル 2期間": the space before the marker goes with it
                found.setdefault(line.index, []).append((s, line.lead + hi - starts[j]))
            pos = span[1]
    return found


def _markdown_markers(lines: list[Line], found: dict[int, list[tuple[int, int]]]) -> None:
    """Markdown's footnote references ("である[^1]。") are markers wherever they stand."""
    for line in lines:
        if line.kind in (TEXT, ITEM, HEADING, CAPTION, TABLE_LINE) and "[^" in line.norm:
            spans = [(line.lead + m.start(), line.lead + m.end()) for m in MARKDOWN_MARKER.finditer(line.norm)]
            if spans:
                found[line.index] = sorted(found.get(line.index, []) + spans)


def _emit(norm: str, units: list[Unit],
          skipped: list[tuple[int, int, str]]) -> tuple[OffsetText, list[Block]]:
    builder = TextBuilder()
    blocks: list[Block] = []
    stack: list[tuple[int, str]] = []
    index_of: dict[int, int] = {}
    row_cells: dict[int, list[tuple[int, int]]] = {}  # a table row's cell spans, merged cells filled
    for unit in units:
        if not unit.pieces:
            continue
        first = unit.pieces[0]
        if blocks:
            builder.append_synthetic("\n\n", first[1] if isinstance(first[0], str) else first[0])
        start = len(builder)
        for piece in unit.pieces:
            if isinstance(piece[0], str):
                builder.append_synthetic(piece[0], piece[1])
            else:
                builder.append_raw(norm, piece[0], piece[1], normalize=False)
        if unit.kind == "heading" and unit.in_stack:
            stack = [(lv, t) for lv, t in stack if lv < unit.level]
            stack.append((unit.level, text_of(norm, unit.pieces)))
        section = tuple(t for _, t in stack)
        if unit.column and not (unit.kind == "heading" and unit.in_stack):
            section = (*section, unit.column)
        if unit.kind != "paragraph":
            spans = [p for p in unit.pieces if not isinstance(p[0], str)]
            skipped.append((min(p[0] for p in spans), max(p[1] for p in spans), unit.kind))
        parent = index_of.get(id(unit.parent)) if unit.parent is not None else None
        index_of[id(unit)] = len(blocks)
        block = Block(unit.kind, start, len(builder), unit.level, section, unit.header, parent, unit.cell)
        if unit.kind == "table_row":
            cells = _cell_spans(text_of(norm, unit.pieces), start)
            if unit.above is not None:
                block, cells = _fill_merged(block, cells, row_cells.get(id(unit.above), []))
            row_cells[id(unit)] = cells
        blocks.append(block)
    return builder.build(len(norm), tuple(skipped)), blocks


def _cell_spans(row: str, start: int) -> list[tuple[int, int]]:
    """The spans of a row's tab-separated cells, the row starting at ``start``."""
    spans = []
    pos = start
    for cell in row.split("\t"):
        spans.append((pos, pos + len(cell)))
        pos += len(cell) + 1
    return spans


def _fill_merged(block: Block, cells: list[tuple[int, int]],
                 above: list[tuple[int, int]]) -> tuple[Block, list[tuple[int, int]]]:
    """A row whose first cells are empty continues merged cells of the row above (a Markdown or PDF
    table prints a cell spanning rows once): those cells are the ones above."""
    merged = []
    filled = list(cells)
    for i, (s, e) in enumerate(cells):
        if e > s or i >= len(above):
            break
        if above[i][1] > above[i][0]:
            merged.append((i, *above[i]))
            filled[i] = above[i]
    return (replace(block, merged=tuple(merged)) if merged else block), filled


def clean_layout(raw: str, *, wrapped: bool | None = None) -> tuple[OffsetText, list[Block]]:
    """Turn raw text into clean text (blocks separated by blank lines) and the list of its blocks.

    ``wrapped`` says whether the text keeps printed lines (text from a PDF) or has a paragraph a line
    (a web page); by default it is guessed from the text.
    """
    collecting = gc.isenabled()
    gc.disable()  # millions of small objects and no cycles: the cyclic collector would only slow it down
    try:
        return _clean_layout(raw, wrapped)
    finally:
        if collecting:
            gc.enable()


def _clean_layout(raw: str, wrapped: bool | None) -> tuple[OffsetText, list[Block]]:
    norm = normalize_text(raw)
    lines = split_lines(raw, norm)
    if wrapped is None:
        wrapped = is_wrapped(lines)
    classify(lines, wrapped)
    regions = column_regions(lines, body_width(lines)) if wrapped else []
    markers = _find_markers(lines, regions) if wrapped else {}
    _markdown_markers(lines, markers)
    assembler = Assembler(raw, norm, lines, wrapped, markers, regions)
    units = assembler.run(0, len(lines))
    skipped = assembler.skipped + [(s, e, "marker") for spans in markers.values() for s, e in spans]
    skipped += [(line.lead, line.trail, line.kind) for line in lines
                if line.kind in (FURNITURE, READING, MARKER)]
    return _emit(norm, units, skipped)
