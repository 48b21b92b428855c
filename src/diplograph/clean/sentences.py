"""Split Japanese text into sentences at 。！？ (and a full stop written ．, "." after Japanese, and a digest's ／
between items) outside brackets."""

from __future__ import annotations

import re

_OPEN = "「『（(〈《【〔［"
_CLOSE = "」』）)〉》】〕］"
_ENDS = "。！？"
# "．" (normalised to ".") ends a sentence after Japanese text, not in "D.C." or "1.5" or a day written
# "H25（2013）.10.4"
_PERIOD = r"(?<=[ぁ-んァ-ヴー一-龥々）」』])\.(?![A-Za-z.])(?!(?<=\d[）)]\.)\d)"
# "／" between Japanese words separates the items of a digest's line ("…と首脳会談（約25分）／…と首脳会談"),
# not "2022/5/4" or "and/or"
_SLASH = (r"/(?:(?<=[）」』]/)|(?<=会談/)|(?<=表敬/)|(?<=会合/)|(?<=懇談/)|(?<=協議/)|(?<=署名/)|(?<=発出/)|(?<=出席/)"
          r"|(?<=訪問/)|(?<=立ち話/)|(?<=会見/)|(?<=会議/)|(?<=食会/))"
          r"(?=[ぁ-んァ-ヴー一-龥々「『（])")  # (after an item's event: not "東京/大阪"; the slash first, for speed)
_TOKEN = re.compile(f"[{re.escape(_OPEN + _CLOSE + _ENDS)}]|{_PERIOD}|{_SLASH}")
_END_ONLY = re.compile(f"[{_ENDS}]|{_PERIOD}|{_SLASH}")
_BRACKET = re.compile(f"[{re.escape(_OPEN)}]")
# An opening bracket left unclosed for this long is a typo, not a quotation spanning sentences.
_MAX_QUOTE = 300


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text[start:end]``, trimmed of spaces."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    if not _END_ONLY.search(text, start, end):
        pass  # one sentence
    elif not _BRACKET.search(text, start, end):
        for m in _END_ONLY.finditer(text, start, end):
            stop = m.end()
            while stop < end and text[stop] in _CLOSE:
                stop += 1
            if stop > begin:
                spans.append((begin, stop))
                begin = stop
    else:
        depth = 0
        opened = 0
        for m in _TOKEN.finditer(text, start, end):
            i = m.start()
            if i < begin:
                continue  # a closing bracket already taken into the sentence before
            ch = text[i]
            if ch in _OPEN:
                if depth == 0:
                    opened = i
                depth += 1
            elif ch in _CLOSE:
                depth = max(0, depth - 1)
            elif depth == 0 or i - opened > _MAX_QUOTE:
                depth = 0
                stop = i + 1
                while stop < end and text[stop] in _CLOSE:
                    stop += 1
                spans.append((begin, stop))
                begin = stop
    if begin < end:
        spans.append((begin, end))
    trimmed = []
    for s, e in spans:
        s, e = _trim(text, s, e)
        if e > s:
            trimmed.append((s, e))
    return trimmed
