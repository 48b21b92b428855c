"""JSON exports (a press-release feed, an API's answer) and RSS/Atom feeds → layout text that the cleaner reads,
with every character's offset in the source.

Only string values are read, in the order they stand in the file; keys, numbers, booleans and strings without
Japanese (identifiers, URLs) are left out. Each object that holds text starts a part of its own (a blank line
before it). A value under a title key (``title``, ``headline``, ``subject``, ``name``, 件名, 見出し, タイトル) becomes a
heading ("## …"), one under a date key (``date``, ``published``, 日付, …) a line of its own, and other values
paragraphs: their ``\\n`` are line breaks and any HTML markup inside them (``<p>``, ``<br>``) is read as layout.
Escapes (``\\n``, ``\\"``, ``\\u65e5``) are decoded, each character keeping the offset of its escape.
"""

from __future__ import annotations

import html
import json
import re

from ..errors import InputError
from .html import JAPANESE_TEXT, HtmlText, LayoutWriter

_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"', re.S)
_KEY_END = re.compile(r"\s*:")
_TITLE_KEYS = re.compile(r"^(?:title|headline|subject|name|heading|件名|見出し|タイトル|表題)$", re.I)
_DATE_KEYS = re.compile(
    r"^(?:date|published|pubdate|published_at|datetime|issued|created|updated|日付|年月日|発表日|掲載日)$", re.I)
_DATE_VALUE = re.compile(r"^\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|(?:令和|平成|昭和)[元\d]{1,2}年)")
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "", "f": "", "n": "\n", "r": "\n", "t": "\t"}
# (HTML tags only: "日本<EU>関係" keeps its word)
_TAG = re.compile(r"<(/?)(p|div|br|li|tr|td|th|h[1-6]|ul|ol|table|section|span|a|b|i|em|strong|small|sup|sub|font"
                  r"|img|hr)\b[^<>]*>", re.I)
_BREAKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "section"}


def looks_like_json(text: str) -> bool:
    """Whether decoded text is a JSON document (an object or an array at the top)."""
    return text.lstrip("\ufeff \t\r\n")[:1] in ("{", "[")


def _decoded(raw: str, start: int, end: int) -> tuple[str, list[int]]:
    """The characters of the JSON string body ``raw[start:end]`` and the raw offset of each."""
    chars: list[str] = []
    offsets: list[int] = []
    i = start
    while i < end:
        ch = raw[i]
        if ch != "\\":
            chars.append(ch)
            offsets.append(i)
            i += 1
            continue
        code = raw[i + 1] if i + 1 < end else ""
        if code == "u" and i + 6 <= end:
            value = int(raw[i + 2:i + 6], 16)
            width = 6
            low = int(raw[i + 8:i + 12], 16) if raw.startswith("\\u", i + 6) and i + 12 <= end else -1
            if 0xD800 <= value < 0xDC00 and 0xDC00 <= low < 0xE000:
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                width = 12
            elif 0xD800 <= value < 0xE000:
                value = 0xFFFD  # a lone surrogate: no character (UTF-8 cannot write it)
            chars.append(chr(value))
            offsets.append(i)
            i += width
            continue
        out = _ESCAPES.get(code, code)
        for c in out:
            chars.append(c)
            offsets.append(i)
        i += 2
    return "".join(chars), offsets


def _without_markup(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """HTML tags inside a value read as layout: a block tag is a line break, others are dropped."""
    if "<" not in text:
        return text, offsets
    out: list[str] = []
    at: list[int] = []
    pos = 0
    for m in _TAG.finditer(text):
        out.append(text[pos:m.start()])
        at.extend(offsets[pos:m.start()])
        if m.group(2).lower() in _BREAKS:
            out.append("\n")
            at.append(offsets[m.start()])
        pos = m.end()
    out.append(text[pos:])
    at.extend(offsets[pos:])
    return "".join(out), at


def json_quote(raw: str, start: int, end: int) -> str:
    """``raw[start:end]`` of a JSON source read as text: escapes decoded, markup and the JSON between strings
    (``","body":"``) taken out."""
    pieces = []
    pos = start
    for m in _STRING.finditer(raw, max(0, raw.rfind("\n", 0, start))):
        if m.start() >= end:
            break
        if m.end() <= start or _KEY_END.match(raw, m.end()):
            continue  # (before the span, or a key)
        body_start, body_end = max(m.start(1), start), min(m.end(1), end)
        if body_start < body_end:
            value, at = _decoded(raw, body_start, body_end)
            pieces.append(_without_markup(value, at)[0])
        pos = m.end()
    return " ".join(pieces) if pieces else raw[pos:end]


def extract_json(raw: str, name: str = "<json>") -> HtmlText:
    """Read a JSON document: its layout text with offsets into ``raw``, its first title and date."""
    try:
        json.loads(raw.lstrip("\ufeff"))  # (a byte-order mark is no structure; offsets still count it)
    except ValueError as exc:
        raise InputError(name, f"not valid JSON ({exc.args[0].split(':')[0]})") from None
    out = LayoutWriter()
    put = out.put
    title = date = None
    stack: list[int] = []  # the containers open where a string stands, by their order of opening
    opened = 0
    part_of: int | None = None  # the object whose values the current part holds
    pos = 0
    key: str | None = None
    for m in _STRING.finditer(raw):
        for ch in raw[pos:m.start()]:  # (between strings: only structure)
            if ch in "{[":
                opened += 1
                stack.append(opened if ch == "{" else -opened)
            elif ch in "}]" and stack:
                stack.pop()
        pos = m.end()
        if _KEY_END.match(raw, m.end()):
            key = json.loads(m.group())
            continue
        value, at = _decoded(raw, m.start(1), m.end(1))
        value, at = _without_markup(value, at)
        if not value.strip() or (not JAPANESE_TEXT.search(value) and not _DATE_VALUE.match(value)):
            key = None
            continue
        owner = next((c for c in reversed(stack) if c > 0), 0)  # the innermost object (not an array)
        if out.parts:
            put("\n\n" if owner != part_of else "\n", [m.start()] * (2 if owner != part_of else 1))
        part_of = owner
        field = key or ""
        if _TITLE_KEYS.match(field):
            put("## ", [m.start()] * 3)
            value = value.replace("\n", " ")
            title = title or value.strip()
        elif _DATE_KEYS.match(field) or (_DATE_VALUE.match(value) and len(value) <= 40):
            date = date or value.strip()
        put(value, at)
        key = None
    return out.build(len(raw), title, date)


# --- RSS and Atom feeds ------------------------------------------------------------------------------------

_XML_TOKEN = re.compile(r"<!\[CDATA\[(?P<cdata>.*?)\]\]>|<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^>]*>"
                        r"|<(?P<close>/)?(?P<tag>[A-Za-z][\w:.-]*)[^<>]*?(?P<empty>/)?>", re.S)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});")
_XML_TITLE = {"title"}
_XML_DATE = {"pubdate", "dc:date", "published", "updated", "date", "lastbuilddate"}
_XML_ITEM = {"item", "entry"}


def looks_like_feed(text: str) -> bool:
    """Whether decoded text is an RSS or Atom feed (XML with a channel of items or a feed of entries)."""
    head = text[:4096].lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def unescaped(raw: str, start: int, end: int) -> tuple[str, list[int]]:
    """XML text ``raw[start:end]`` with its entities decoded (&lt; → <), each character at its raw offset."""
    chars: list[str] = []
    at: list[int] = []
    pos = start
    for m in _ENTITY.finditer(raw, start, end):
        chars.extend(raw[pos:m.start()])
        at.extend(range(pos, m.start()))
        value = html.unescape(m.group())
        chars.extend(value)
        at.extend([m.start()] * len(value))
        pos = m.end()
    chars.extend(raw[pos:end])
    at.extend(range(pos, end))
    return "".join(chars), at


def xml_quote(raw: str, start: int, end: int) -> str:
    """``raw[start:end]`` of a feed read as text: CDATA markers and markup taken out, entities decoded."""
    text = re.sub(r"<!\[CDATA\[|\]\]>", "", raw[start:end])
    text = re.sub(r"<[^<>]*>", " ", html.unescape(re.sub(r"<[^<>]*>", " ", text)))
    return text


def extract_feed(raw: str, name: str = "<feed>") -> HtmlText:
    """Read an RSS or Atom feed: each item a part of its own, its title a heading, its date a line, its text
    (in CDATA or escaped HTML) paragraphs; offsets into ``raw``."""
    out = LayoutWriter()
    put = out.put
    title = date = None
    stack: list[str] = []
    pending: list[tuple[str, list[int]]] = []  # the text of the element open now

    def flush(tag: str, new_part: bool) -> None:
        nonlocal title, date
        value = "".join(t for t, _ in pending)
        at = [o for _, o2 in pending for o in o2]
        pending.clear()
        value, at = _without_markup(value, at)
        if not value.strip() or (not JAPANESE_TEXT.search(value) and tag not in _XML_DATE):
            return
        if out.parts:
            put("\n\n" if new_part else "\n", [at[0]] * (2 if new_part else 1))
        if tag in _XML_TITLE:
            put("## ", [at[0]] * 3)
            value = value.replace("\n", " ")
            title = title or value.strip()
        elif tag in _XML_DATE:
            date = date or value.strip()
        put(value, at)

    starting = True  # the next text starts a part (a new item)
    pos = 0
    for m in _XML_TOKEN.finditer(raw):
        if m.start() > pos and stack:
            pending.append(unescaped(raw, pos, m.start()))
        pos = m.end()
        if m.group("cdata") is not None:
            pending.append((m.group("cdata"), list(range(m.start("cdata"), m.end("cdata")))))
            continue
        tag = (m.group("tag") or "").lower()
        if not tag or m.group("empty"):
            continue
        if m.group("close"):
            if pending:
                before = len(out.parts)
                flush(tag, starting)
                starting = starting and len(out.parts) == before
            if stack and stack[-1] == tag:
                stack.pop()
            continue
        if pending:  # (text before a child element: its parent's)
            flush(stack[-1] if stack else "", starting)
        if tag in _XML_ITEM:
            starting = True
        stack.append(tag)
    if not out.parts:
        raise InputError(name, "a feed with no Japanese text in its items")
    return out.build(len(raw), title, date)

