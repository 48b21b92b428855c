"""HTML pages → layout text that the cleaner reads, with every character's offset in the HTML source.

The page's title and body become text in the unwrapped style the cleaner knows: headings as markdown
("# 見出し"), one paragraph or list item ("・ …") per line with blank lines between, table rows as
tab-separated lines. Navigation, headers and footers, scripts, styles, forms and ruby readings are dropped.
When the page marks its main content (``<main>``, ``<article>``, ``role="main"``), only that is read.
Parsing uses the standard library's ``html.parser`` (tolerant of the broken markup ministries publish).
"""

from __future__ import annotations

import html
import re
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser

_SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg", "form",
         "button", "iframe", "select", "rt", "rp", "object", "map", "canvas", "head"}
_BLOCK = {"p", "div", "section", "article", "main", "blockquote", "pre", "figure", "figcaption",
          "address", "dl", "dt", "dd", "ul", "ol", "table", "caption", "hr", "center", "body", "details",
          "summary"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base", "source"}
_MAIN = re.compile(r"<(?:main\b|article\b|[^>]*\brole\s*=\s*[\"']?main\b)", re.I)
_DATE_LINE = re.compile(
    r"^\s*((?:令和|平成|昭和)\s*(?:元|\d{1,2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})\s*(?:[（(][^）)]{1,3}[）)])?\s*$"
)
_WS = re.compile(r"\s+")
# Kana and kanji: a value or an item of an export (JSON, feed, calendar) is read only if it holds some
JAPANESE_TEXT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def _cjk(ch: str) -> bool:
    code = ord(ch)
    return 0x3000 <= code <= 0x30FF or 0x3400 <= code <= 0x9FFF or 0xFF00 <= code <= 0xFFEF


@dataclass(frozen=True)
class HtmlText:
    """Layout text read out of a page, ``offsets[i]`` = offset in the HTML of ``text[i]``."""

    text: str
    offsets: array  # one entry per character, plus the length of the HTML at the end
    title: str | None
    date: str | None


class LayoutWriter:
    """Layout text being written by a reader of some structure (a calendar, a feed, a dump), each character with
    the offset in the source it was read from."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offsets = array("q")

    def put(self, text: str, at: Iterable[int]) -> None:
        """Write ``text``, its characters read from offsets ``at`` (one each)."""
        self.parts.append(text)
        self.offsets.extend(at)

    def new_part(self, at: int) -> None:
        """A blank line before what comes next, unless nothing has been written yet."""
        if self.parts:
            self.put("\n\n", (at, at))

    def text(self) -> str:
        return "".join(self.parts)

    def build(self, end: int, title: str | None = None, date: str | None = None) -> HtmlText:
        """The layout text written, for a source of ``end`` characters."""
        self.offsets.append(end)
        return HtmlText(self.text(), self.offsets, title, date)


class _Reader(HTMLParser):
    def __init__(self, raw: str, main_only: bool) -> None:
        super().__init__(convert_charrefs=False)
        self.raw = raw
        self.main_only = main_only
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", raw)]
        self.parts: list[str] = []
        self.offsets = array("q")
        self.skip = 0
        self.main = 0
        self.cell = 0  # depth inside table cells: block structure flattens to spaces there
        self.first_cell = True
        self.pending_break = 0  # newlines owed before the next text
        self.pending_space: tuple[int, bool] | None = None  # (raw offset, had a newline)
        self.last = ""
        self.title: list[str] = []
        self.in_title = False
        self.in_head = False
        self.pre = 0

    # --- positions and output ----------------------------------------------------------------------

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _emit(self, text: str, offsets: list[int] | range) -> None:
        if not text:
            return
        if self.pending_break and self.parts:
            at = offsets[0]
            self._put("\n" * self.pending_break, [at] * self.pending_break)
            self.pending_space = None
        elif self.pending_space is not None and self.parts:
            at, newline = self.pending_space
            if not (newline and _cjk(self.last) and _cjk(text[0])) and self.last not in "\n\t ":
                self._put(" ", [at])
        self.pending_break = 0
        self.pending_space = None
        self._put(text, offsets)

    def _put(self, text: str, offsets: list[int] | range) -> None:
        self.parts.append(text)
        self.offsets.extend(offsets)
        self.last = text[-1]

    def _synthetic(self, text: str, at: int) -> None:
        self._emit(text, [at] * len(text))

    def _break(self, lines: int) -> None:
        if self.cell:
            self.pending_space = (self._pos(), False)
            return
        self.pending_break = max(self.pending_break, lines)

    @property
    def _reading(self) -> bool:
        return self.skip == 0 and (self.main > 0 or not self.main_only)

    # --- parser events ------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag == "head":
            self.in_head = True
        elif tag == "body" and self.in_head:  # a page that leaves </head> out
            self.in_head = False
            self.skip = max(0, self.skip - 1)
        if tag in _SKIP:
            if tag not in _VOID:
                self.skip += 1
            return
        is_main = tag in ("main", "article") or any(k == "role" and v == "main" for k, v in attrs)
        if is_main:
            self.main += 1
        if not self._reading:
            return
        if tag in _HEADINGS and not self.cell:
            self._break(2)
            self._synthetic("#" * _HEADINGS[tag] + " ", self._pos())
        elif tag == "li" and not self.cell:
            self._break(2)
            self._synthetic("・ ", self._pos())
        elif tag == "br":
            self._break(1)
        elif tag == "tr":
            self.pending_break = max(self.pending_break, 1)
            self.first_cell = True
        elif tag in ("td", "th"):
            if not self.first_cell:
                self._synthetic("\t", self._pos())
            self.first_cell = False
            self.cell += 1
        elif tag == "table":
            self.pending_break = max(self.pending_break, 2)
        elif tag in _BLOCK:
            self._break(2)
        if tag == "pre":
            self.pre += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "head":
            if not self.in_head:
                return
            self.in_head = False
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in ("main", "article"):
            self.main = max(0, self.main - 1)
        if not self._reading and tag not in ("td", "th"):
            return
        if tag in ("td", "th"):
            self.cell = max(0, self.cell - 1)
        elif tag == "table":
            self.pending_break = max(self.pending_break, 2)
        elif tag in _HEADINGS or tag == "li" or tag in _BLOCK:
            self._break(2)
        if tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and self._reading:
            self._break(1)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if not self._reading or not data:
            return
        start = self._pos()
        if self.pre:
            self._emit(data, range(start, start + len(data)))
            return
        pos = 0
        for m in _WS.finditer(data):
            if m.start() > pos:
                self._emit(data[pos:m.start()], range(start + pos, start + m.start()))
            self.pending_space = (start + m.start(), "\n" in m.group())
            pos = m.end()
        if pos < len(data):
            self._emit(data[pos:], range(start + pos, start + len(data)))

    def _entity(self, text: str) -> None:
        if self.in_title:
            self.title.append(text)
        if self._reading:
            self._emit(text, [self._pos()] * len(text))

    def handle_entityref(self, name: str) -> None:
        self._entity(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self._entity(html.unescape(f"&#{name};"))


def extract_page(raw: str, name: str = "<page>") -> HtmlText:
    """Read a web page (see ``extract``; ``name``, the file's, as every reader is given it: a page is never
    refused here)."""
    return extract(raw)


def extract(raw: str) -> HtmlText:
    """Read an HTML page: its layout text with offsets into ``raw``, its title and its date line."""
    reader = _Reader(raw, main_only=bool(_MAIN.search(raw)))
    reader.feed(raw)
    reader.close()
    text = "".join(reader.parts)
    offsets = array("q", reader.offsets)
    offsets.append(len(raw))
    title = _WS.sub(" ", "".join(reader.title)).strip() or None
    date = None
    for line in text.split("\n")[:40]:
        m = _DATE_LINE.match(line)
        if m:
            date = m.group(1)
            break
    return HtmlText(text, offsets, title, date)


def looks_like_html(text: str) -> bool:
    """Whether decoded text is an HTML page."""
    head = text[:1024].lstrip("\ufeff \t\r\n").lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:4096].lower()
