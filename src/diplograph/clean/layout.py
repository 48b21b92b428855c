"""Layout repair: raw lines → blocks (headings, paragraphs, captions, table rows) of clean text.

Works on the raw text line by line; every clean character keeps its raw offset (see ``builder``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .builder import OffsetText, TextBuilder

_SENTENCE_END = "。．！？」』）)〉"
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*\S)\s*$")
# Bluebook numbering: "2 米国", "(1) 米国情勢", "ア 政治", "(ア) 米国の国内情勢", "〈…〉".
_NUMBERED_HEADING = re.compile(
    r"^(?:[0-9０-９]{1,2}|[（(][0-9０-９]{1,2}[）)]|[ア-ン]|[（(][ア-ン][）)]|第[0-9０-９一二三四五六七八九十]+[章節部])"
    r"[ \u3000\t]+\S.{0,40}$"
)
_BRACKET_HEADING = re.compile(r"^[〈《【][^〉》】]{2,60}[〉》】]$")
# A caption ends with a parenthesised date and place: "(2月7日、米国・ワシントンD.C. 写真提供：…)".
_CAPTION_TAIL = re.compile(r"[（(]\s*(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日[^）)]*[）)]\s*$")


@dataclass
class Line:
    start: int
    end: int  # exclusive, before the newline
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


@dataclass
class Block:
    """A unit of layout in the clean text: ``kind`` is heading, paragraph, caption or table_row."""

    kind: str
    start: int
    end: int
    level: int = 0
    section: tuple[str, ...] = field(default_factory=tuple)


def split_lines(raw: str) -> list[Line]:
    lines = []
    pos = 0
    for text in raw.split("\n"):
        lines.append(Line(pos, pos + len(text), text))
        pos += len(text) + 1
    return lines


def _classify(line: Line) -> str:
    s = line.stripped
    if not s:
        return "blank"
    if "\t" in line.text.strip(" \u3000"):
        return "table_row"
    if _MD_HEADING.match(s) or _BRACKET_HEADING.match(s):
        return "heading"
    if _NUMBERED_HEADING.match(s) and "。" not in s:
        return "heading"
    if _CAPTION_TAIL.search(s) and "。" not in s and len(s) <= 160:
        return "caption"
    return "text"


def _group(lines: list[Line]) -> list[tuple[str, list[Line]]]:
    """Group consecutive lines into raw blocks; a caption may be a title line plus a (date, place) line."""
    groups: list[tuple[str, list[Line]]] = []
    current: list[Line] = []
    for line in lines:
        kind = _classify(line)
        if kind == "blank":
            if current:
                groups.append(("text", current))
                current = []
            continue
        if kind in ("heading", "table_row"):
            if current:
                groups.append(("text", current))
                current = []
            groups.append((kind, [line]))
            continue
        if kind == "caption":
            # The caption's title may stand on the line before its (date, place) line.
            title = current if current and len(current) == 1 and _caption_title(current[0]) else []
            if current and not title:
                groups.append(("text", current))
            groups.append(("caption", [*title, line]))
            current = []
            continue
        current.append(line)
    if current:
        groups.append(("text", current))
    return groups


def _caption_title(line: Line) -> bool:
    s = line.stripped
    return len(s) <= 80 and not s.endswith("。") and "、" not in s[:-1]


def _ends_sentence(text: str) -> bool:
    return bool(text) and text.rstrip()[-1:] in _SENTENCE_END


def _merge_broken(groups: list[tuple[str, list[Line]]]) -> list[tuple[str, list[Line]]]:
    """Join a paragraph broken mid-sentence with its continuation, lifting captions found between them."""
    out: list[tuple[str, list[Line]]] = []
    pending: list[tuple[str, list[Line]]] = []  # captions met while a paragraph is open
    open_para: tuple[str, list[Line]] | None = None
    for kind, lines in groups:
        if kind == "caption" and open_para is not None:
            pending.append((kind, lines))
            continue
        if kind == "text" and open_para is not None:
            open_para[1].extend(lines)
            if _ends_sentence(lines[-1].stripped):
                out.append(open_para)
                out.extend(pending)
                open_para, pending = None, []
            continue
        if open_para is not None:
            out.append(open_para)
            out.extend(pending)
            open_para, pending = None, []
        if kind == "text" and not _ends_sentence(lines[-1].stripped):
            open_para = (kind, list(lines))
            continue
        out.append((kind, lines))
    if open_para is not None:
        out.append(open_para)
        out.extend(pending)
    return out


def _heading_level(text: str) -> int:
    m = _MD_HEADING.match(text)
    if m:
        return len(m.group(1))
    if _BRACKET_HEADING.match(text):
        return 6
    if re.match(r"^第\S+[部]", text):
        return 1
    if re.match(r"^第\S+[章]", text):
        return 2
    if re.match(r"^第\S+[節]", text):
        return 3
    if re.match(r"^[0-9０-９]", text):
        return 3
    if re.match(r"^[（(][0-9０-９]", text):
        return 4
    if re.match(r"^[ア-ン]", text):
        return 5
    return 6


def _needs_space(prev: str, nxt: str) -> bool:
    return bool(prev) and bool(nxt) and prev[-1].isascii() and prev[-1].isalnum() and nxt[0].isascii() \
        and nxt[0].isalnum()


def clean_layout(raw: str) -> tuple[OffsetText, list[Block]]:
    """Turn raw text into clean text (blocks separated by blank lines) and the list of its blocks."""
    builder = TextBuilder()
    blocks: list[Block] = []
    section: list[tuple[int, str]] = []
    for kind, lines in _merge_broken(_group(split_lines(raw))):
        if blocks:
            builder.append_synthetic("\n\n", lines[0].start)
        start = len(builder)
        prev_text = ""
        for i, line in enumerate(lines):
            s = line.text
            lstrip = len(s) - len(s.lstrip(" \u3000"))
            rstrip = len(s.rstrip(" \u3000"))
            if kind == "heading":
                m = _MD_HEADING.match(s.strip())
                if m:
                    lstrip = s.index(m.group(2))
            if kind == "table_row":
                lstrip, rstrip = len(s) - len(s.lstrip()), len(s.rstrip())
            piece = s[lstrip:rstrip]
            if i and kind != "caption" and _needs_space(prev_text, piece):
                builder.append_synthetic(" ", line.start)
            elif i and kind == "caption":
                builder.append_synthetic(" ", line.start)
            builder.append_raw(raw, line.start + lstrip, line.start + rstrip)
            prev_text = piece
        level = 0
        if kind == "heading":
            title = lines[0].stripped
            level = _heading_level(title)
            section = [(lv, t) for lv, t in section if lv < level]
            section.append((level, _MD_HEADING.sub(r"\2", title)))
        kind_out = "paragraph" if kind == "text" else kind
        blocks.append(Block(kind_out, start, len(builder), level, tuple(t for _, t in section)))
    return builder.build(len(raw)), blocks
