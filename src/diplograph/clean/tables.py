"""Tab-separated tables: rows with their header, list fragments in cells, rows repeated at page breaks.

A table printed over several pages repeats its header on each page and often the key cells of the row
that the page break cut ("2023/1/11 … 日米安全保障協議委員会 (「2+2」) …" and again "… (I2+2J) …" with OCR
variants); the repeated row then carries the rest of the cut cell. Such a row is not a new row: its list
items continue the row before. Cells holding HTML list fragments (``<ul><li>…</li></ul>``, ``<p>``,
``<br>``) become items of their row.
"""

from __future__ import annotations

import difflib
import itertools
import re
import unicodedata
from dataclasses import dataclass, field

from .normalize import normalize_text

_MARKUP = re.compile(
    r"</?(?:ul|ol|li|p|br|div|span|dl|dt|dd|table|thead|tbody|tfoot|tr|td|th|caption)\b[^<>]*>", re.I)
_HAS_MARKUP = re.compile(r"<(?:ul|ol|li|p|br|div|table|tr|td)\b", re.I)
_HEADER_CELL_MAX = 12
# Columns aligned with spaces: a line has two or more ASCII spaces, or two or more ideographic spaces, in a row
SPACED_COLUMNS = re.compile(r"(?: {2,}|　{2,}|　 +| +　)[　 ]*")
# ... and in such a line one ideographic space separates columns too ("番号　開催日").
SPACED_SPLIT = re.compile(r"(?: {2,}|　)[　 ]*")
_SIMILAR = 0.85


@dataclass
class Cell:
    start: int  # raw offsets of the cell's text, trimmed
    end: int
    text: str  # normalised text
    items: list[tuple[int, int]] = field(default_factory=list)  # raw spans of list items in the cell

    @property
    def plain(self) -> bool:
        return not self.items and not _HAS_MARKUP.search(self.text)


@dataclass
class Row:
    """A data row: its cells, the header in force, and the list items of its cells."""

    line: int  # index of the line it came from
    cells: list[Cell]
    header: tuple[str, ...]
    items: list[tuple[int, int]] = field(default_factory=list)


def _parts(line_text: str) -> list[tuple[int, str]]:
    """The cells of a line as (offset in the line, raw text): tab-separated, or a Markdown pipe row, a row with
    bars, commas or runs of spaces between its cells."""
    stripped = line_text.strip()
    if "\t" not in line_text and stripped[:1] in ("|", "!") and ("||" in stripped or "!!" in stripped) \
            and not stripped.endswith(("|", "｜", "│")):
        lead = line_text.index(stripped[0]) + 1  # a wiki table's row: "| a || b", "! a !! b"
        return [(lead + at, part) for at, part in _split_at(line_text[lead:], _WIKI_SEP)]
    if "\t" not in line_text and stripped.startswith(("|", "｜", "│")) and stripped.endswith(("|", "｜", "│")):
        bars = [i for i, ch in enumerate(line_text) if ch in "|｜│"]  # (│: a table drawn with box characters)
        return [(a + 1, line_text[a + 1:b]) for a, b in itertools.pairwise(bars)]
    if "\t" not in line_text and bar_row(stripped):  # "パラオ共和国｜…大統領｜7月16日（火）…｜首脳会談"
        return _split_at(line_text, _BAR)
    if "\t" not in line_text and spaced_bar_row(stripped):  # "文書名 | 署名者"
        return _split_at(line_text, _BAR)
    if "\t" not in line_text and comma_row(stripped):  # "2022/1/13,オーストラリア,ペイン外相,電話,…"
        return comma_cells(line_text)
    if "\t" not in line_text and (SPACED_COLUMNS.search(stripped) or single_spaced_row(stripped)):
        return [(at, part) for at, part in _split_at(line_text, SPACED_SPLIT) if part.strip()]  # aligned with spaces
    return _split_at(line_text, _TAB)


_BAR, _COMMA, _TAB = re.compile("[|｜]"), re.compile(","), re.compile("\t")
_WIKI_SEP = re.compile(r"\|\||!!")
_SPACED_BAR = re.compile(r"\S[ 　]+[|｜][ 　]+\S")


def _split_at(line_text: str, separator: re.Pattern[str]) -> list[tuple[int, str]]:
    """The parts of a line between the matches of ``separator``, each with its offset in the line."""
    out, pos = [], 0
    for m in separator.finditer(line_text):
        out.append((pos, line_text[pos:m.start()]))
        pos = m.end()
    out.append((pos, line_text[pos:]))
    return out


def comma_row(line: str) -> bool:
    """A row of comma-separated values copied from a spreadsheet ("日付,相手国,相手,形式,備考"): four or more cells
    (commas inside double quotes do not separate: "同上, 約30分"), two or more with text (the classifier asks for
    three such rows in a row)."""
    if line.count(",") < 3:  # (cheap test first: every line of every text comes here)
        return False
    cells = [part for _, part in comma_cells(line)]
    return len(cells) >= 4 and sum(1 for c in cells if c.strip()) >= 2


def comma_cells(line: str) -> list[tuple[int, str]]:
    """The cells of a comma-separated row, each with its offset in the line (a quoted cell keeps its quotes)."""
    out, start, quoted = [], 0, False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            out.append((start, line[start:i]))
            start = i + 1
    out.append((start, line[start:]))
    return out


def spaced_bar_row(line: str) -> bool:
    """A row of cells with a bar and spaces between them ("文書名 | 署名者"; the classifier asks for two such
    rows in a row)."""
    return bool(_SPACED_BAR.search(line)) and not line.startswith(("|", "｜")) and "。" not in line


def single_spaced_row(line: str) -> bool:
    """A row of three or more short cells with one ideographic space between them ("キャサリン・タイ通商代表　米国　対面
    　令和6年5月17日（金）9時00分～9時40分"; the classifier asks for three such rows in a row, of as many cells)."""
    if line.count("　") < 2 or "\t" in line:  # (cheap test first)
        return False
    cells = [c for c in SPACED_SPLIT.split(line.strip()) if c]
    return len(cells) >= 3 and all(len(c) <= 30 and "。" not in c and "．" not in c for c in cells[:-1]) \
        and len(cells[-1]) <= 60 and not cells[-1].endswith(("。", "．"))


def single_spaced_cells(line: str) -> int:
    """How many cells a row with one ideographic space between its cells has."""
    return len([c for c in SPACED_SPLIT.split(line.strip()) if c])


def bar_row(line: str) -> bool:
    """A row whose cells are separated by bars without bars at its ends ("国｜相手｜日時｜形式")."""
    return line.count("|") + line.count("｜") >= 2 and not line.startswith(("|", "｜")) and "。" not in line \
        and "||" not in line


def _cells(line_text: str, line_start: int) -> list[Cell]:
    cells = []
    for pos, part in _parts(line_text):
        lead = len(part) - len(part.lstrip())
        trail = len(part.rstrip())
        start, end = line_start + pos + lead, line_start + pos + max(lead, trail)
        text = normalize_text(part.strip())
        cell = Cell(start, end, text)
        if _HAS_MARKUP.search(text):
            cell.items = _list_items(part, line_start + pos)
            cell.text = ""
        cells.append(cell)
    while cells and not cells[-1].text and not cells[-1].items:
        cells.pop()
    return cells


def _list_items(part: str, offset: int) -> list[tuple[int, int]]:
    """Raw spans of the texts between list markup tags."""
    items = []
    begin = 0
    for m in [*_MARKUP.finditer(part), None]:
        stop = m.start() if m else len(part)
        chunk = part[begin:stop]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            items.append((offset + begin + lead, offset + begin + len(chunk.rstrip())))
        if m:
            begin = m.end()
    return items


def starts_with_markup(text: str) -> bool:
    """Whether a line (without tabs) is list markup: the rest of a table cell cut by a page break."""
    return bool(_HAS_MARKUP.match(text))


def _key(text: str) -> str:
    """Text for comparing cells despite OCR variants: no spaces, brackets or voicing marks."""
    decomposed = unicodedata.normalize("NFD", normalize_text(text))
    return "".join(ch for ch in decomposed if ch.isalnum())


def similar(a: str, b: str) -> bool:
    """Whether two cell texts are the same up to OCR variants (プリンケン/ブリンケン, 「2+2」/I2+2J)."""
    ka, kb = _key(a), _key(b)
    if ka == kb:
        return True
    if not ka or not kb:
        return False
    digits_a, digits_b = re.sub(r"\D", "", ka), re.sub(r"\D", "", kb)
    if digits_a and digits_b and digits_a != digits_b:
        return False  # (another day or number, "2023-03-21" and "2023-05-21": another row, not an OCR variant)
    return difflib.SequenceMatcher(None, ka, kb, autojunk=False).ratio() >= _SIMILAR


def _header_like(cells: list[Cell]) -> bool:
    texts = [c.text for c in cells if c.text or c.items]
    return bool(texts) and all(c.plain and len(c.text) <= _HEADER_CELL_MAX for c in cells) \
        and not any(ch.isdigit() for t in texts for ch in t)


def _texts(cells: list[Cell]) -> list[str]:
    return [c.text for c in cells]


def _same_row(a: list[str], b: list[str]) -> bool:
    return len(a) == len(b) and all(similar(x, y) for x, y in zip(a, b, strict=True))


def merge_header(main: list[str], sub: list[str]) -> tuple[str, ...]:
    """Combine a header with the sub-header row under it ("出席対象者" over "日本側" and "米側")."""
    width = max(len(main), len(sub))
    main = main + [""] * (width - len(main))
    sub = sub + [""] * (width - len(sub))
    out = []
    above = ""
    for top, below in zip(main, sub, strict=True):
        above = top or above
        if below:
            out.append(f"{top or above} {below}".strip())
        else:
            out.append(top)
    return tuple(out)


def _key_and_rest(cells: list[Cell]) -> tuple[list[str], list[Cell]]:
    """The cells that identify a row (all but the last filled one) and the rest."""
    filled = [i for i, c in enumerate(cells) if c.text or c.items]
    if len(filled) < 2:
        return [], cells
    last = filled[-1]
    return [c.text for c in cells[:last]], cells[last:]


def parse_table(lines: list[tuple[int, int, str]]) -> list[Row]:
    """Rows of a table given its lines as ``(line index, raw start, text)``."""
    rows: list[Row] = []
    main: list[str] | None = None
    sub: list[str] | None = None
    header: tuple[str, ...] = ()
    seen_headers: list[list[str]] = []
    header_rows: list[Row] = []
    for index, start, text in lines:
        cells = _cells(text, start)
        if not cells:
            continue
        texts = _texts(cells)
        # (a short row with empty first cells under data rows continues merged cells: no sub-header)
        if _header_like(cells) and not (rows and rows[-1].header == header and not texts[0]):
            if any(_same_row(texts, h) for h in seen_headers):
                continue  # the header repeated after a page break
            seen_headers.append(texts)
            header_rows.append(Row(index, cells, ()))
            if main is None:
                main = texts
            elif not texts[0]:
                sub = texts  # a sub-header under a spanning header cell
            else:
                main, sub = texts, None
            header = merge_header(main or [], sub or [])
            continue
        row = Row(index, cells, header, [])
        for cell in cells:
            row.items.extend(cell.items)
        previous = rows[-1] if rows else None
        if previous is not None and _continues(previous, row):
            _absorb(previous, row)
            continue
        rows.append(row)
    return rows or header_rows  # a table of short cells only: its lines are its rows


def _continues(previous: Row, row: Row) -> bool:
    """Whether ``row`` repeats ``previous``'s key cells (or has none) and so continues it."""
    if not any(c.text for c in row.cells):
        return True  # only list items: the rest of the cell above
    key, _ = _key_and_rest(row.cells)
    before, _ = _key_and_rest(previous.cells)
    return bool(key) and _same_row(key, before)


def _absorb(previous: Row, row: Row) -> None:
    """Add the items (and any text in the last cell) of a continuing row to the row it continues."""
    _, rest = _key_and_rest(row.cells)
    _, earlier = _key_and_rest(previous.cells)
    earlier_texts = {_key(c.text) for c in earlier if c.text}
    for cell in rest:
        if cell.text and _key(cell.text) not in earlier_texts:
            previous.items.append((cell.start, cell.end))
    if not any(c.text for c in row.cells):
        previous.items.extend(row.items)
        return
    for span in row.items:
        previous.items.append(span)
