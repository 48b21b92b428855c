"""XML data exports (a treaty database's records, a meetings register) → layout text that the cleaner reads, with
every character's offset in the source.

The records are the repeated elements under one parent (``<条約一覧><条約>…</条約><条約>…</条約>``): they become the
rows of a tab-separated table whose columns are what the records hold, each named as the export names it — an
element's text by its tag (``名称``), an attribute by its element's tag and its own name (``<署名 日付="…">`` →
``署名日付``, ``<signed date="…">`` → ``signed_date``), so that a header reads like a register's ("名称 | 略称 |
署名日付 | 署名場所 | 発効日付"). Comments written in Japanese are paragraphs before the table. XML with no
repeated records (a document marked up in XML) is read like a web page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import InputError
from .feeds import unescaped
from .html import JAPANESE_TEXT, HtmlText, LayoutWriter

_TOKEN = re.compile(
    r"<!--(?P<comment>.*?)-->|<!\[CDATA\[(?P<cdata>.*?)\]\]>|<\?.*?\?>|<!DOCTYPE[^>]*>"
    r"|<(?P<close>/)?(?P<tag>[^\s/>!?]+)(?P<attrs>(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*(?P<empty>/)?>",
    re.S)
_ATTR = re.compile(r"([^\s=/>]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")


@dataclass
class _Element:
    tag: str
    at: int  # where the tag's name is written
    attributes: list[tuple[str, int, str, list[int]]] = field(default_factory=list)  # name, at, value, offsets
    text: list[tuple[str, list[int]]] = field(default_factory=list)
    children: list[_Element] = field(default_factory=list)


def looks_like_xml_data(text: str) -> bool:
    """Whether decoded text is XML that is neither a web page nor a feed."""
    head = text.lstrip("\ufeff \t\r\n")[:4096].lower()
    return head.startswith("<?xml") and "<html" not in head and not any(
        w in head for w in ("<rss", "<feed", "<rdf:rdf"))


def _parse(raw: str) -> tuple[_Element, list[tuple[str, int]]]:
    """The document's element tree (under a synthetic root) and its comments."""
    root = _Element("", 0)
    stack = [root]
    comments: list[tuple[str, int]] = []
    pos = 0
    for m in _TOKEN.finditer(raw):
        if m.start() > pos and raw[pos:m.start()].strip():
            stack[-1].text.append(unescaped(raw, pos, m.start()))
        pos = m.end()
        if m.group("comment") is not None:
            comments.append((m.group("comment"), m.start("comment")))
        elif m.group("cdata") is not None:
            stack[-1].text.append((m.group("cdata"), list(range(m.start("cdata"), m.end("cdata")))))
        elif m.group("tag") and m.group("close"):
            for depth in range(len(stack) - 1, 0, -1):  # (an unclosed element ends with its parent)
                if stack[depth].tag == m.group("tag"):
                    del stack[depth:]
                    break
        elif m.group("tag"):
            element = _Element(m.group("tag"), m.start("tag"))
            base = m.start("attrs")
            for a in _ATTR.finditer(m.group("attrs") or ""):
                group = 2 if a.group(2) is not None else 3
                value, at = unescaped(raw, base + a.start(group), base + a.end(group))
                element.attributes.append((a.group(1), base + a.start(1), value, at))
            stack[-1].children.append(element)
            if not m.group("empty"):
                stack.append(element)
    return root, comments


def _records(element: _Element) -> tuple[_Element, list[_Element]]:
    """The longest run of two or more same-tag children that are records (fields, not mixed text: a paragraph's
    ``<em>`` elements are none), anywhere in the tree, and their parent."""
    best: tuple[_Element, list[_Element]] = (element, [])
    stack = [element]
    while stack:
        node = stack.pop()
        tags: dict[str, list[_Element]] = {}
        for child in node.children:
            if (child.children or child.attributes) and _is_record(child):
                tags.setdefault(child.tag, []).append(child)
        run = max(tags.values(), key=len, default=[])
        if len(run) >= 2 and len(run) > len(best[1]):
            best = (node, run)
        stack.extend(node.children)
    return best


def _is_record(element: _Element) -> bool:
    """Whether an element holds fields only: no text of its own beside its children, none of them mixed."""
    if element.children and any(t.strip() for t, _ in element.text):
        return False
    return all(_is_record(child) or not child.children for child in element.children)


def _cells(record: _Element) -> dict[str, tuple[str, list[int]]]:
    """A record's values by column, with the offset of each character."""
    out: dict[str, tuple[str, list[int]]] = {}

    def put(name: str, value: str, offsets: list[int]) -> None:
        flat = re.sub(r"[\t\r\n]", " ", value)
        text = flat.strip()
        if not text:
            return
        lead = len(flat) - len(flat.lstrip())
        same = re.compile(re.escape(name) + r"\d*")  # (the second 署名 is 署名2, whatever 署名日付 there is)
        key = name if name not in out else f"{name}{sum(same.fullmatch(k) is not None for k in out) + 1}"
        out[key] = (text, offsets[lead:lead + len(text)])

    for name, _, value, offsets in record.attributes:
        put(name, value, offsets)

    def walk(element: _Element) -> None:
        for name, _, value, offsets in element.attributes:
            # ("署名" + "日付" → "署名日付"; "signed" + "date" → "signed_date")
            put(element.tag + ("_" if element.tag[-1:].isascii() else "") + name, value, offsets)
        if element.text:
            put(element.tag, "".join(t for t, _ in element.text), [x for _, o in element.text for x in o])
        for child in element.children:
            walk(child)

    for child in record.children:
        walk(child)
    return out


def extract_xml_data(raw: str, name: str = "<xml>") -> HtmlText:
    """Read an XML export: its Japanese comments as paragraphs, its records as a tab-separated table."""
    out = LayoutWriter()
    root, comments = _parse(raw)
    for body, at in comments:
        if JAPANESE_TEXT.search(body):
            text, where = unescaped(raw, at, at + len(body))
            lead = len(text) - len(text.lstrip())
            out.new_part(where[lead])
            out.put(text.strip(), where[lead:lead + len(text.strip())])
    parent, records = _records(root)
    if records:
        rows = [_cells(r) for r in records]
        columns = list(dict.fromkeys(key for row in rows for key in row))
        # (the header is read where the records' parent opens: a row's span holds its own characters only)
        out.new_part(parent.at)
        for i, key in enumerate(columns):
            out.put(("\t" if i else "") + key, [parent.at] * (len(key) + (1 if i else 0)))
        for record, row in zip(records, rows, strict=True):
            out.put("\n", [record.at])
            for i, key in enumerate(columns):
                if i:
                    out.put("\t", [record.at])
                if key in row:
                    out.put(*row[key])
    else:
        from .html import extract  # (XML with no records, a document marked up: read like a page)

        return extract(raw)
    if not JAPANESE_TEXT.search(out.text()):
        raise InputError(name, "an XML export with no Japanese text in its records or comments")
    return out.build(len(raw))

