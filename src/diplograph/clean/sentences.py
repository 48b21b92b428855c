"""Split Japanese text into sentences at 。！？ outside brackets."""

from __future__ import annotations

_OPEN = "「『（(〈《【〔［"
_CLOSE = "」』）)〉》】〕］"
_ENDS = "。！？"
# An opening bracket left unclosed for this long is a typo, not a quotation spanning sentences.
_MAX_QUOTE = 300


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text[start:end]``, trimmed of spaces."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    depth = 0
    opened = 0
    begin = start
    i = start
    while i < end:
        ch = text[i]
        if ch in _OPEN:
            if depth == 0:
                opened = i
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch in _ENDS and (depth == 0 or i - opened > _MAX_QUOTE):
            depth = 0
            stop = i + 1
            while stop < end and text[stop] in _CLOSE:
                stop += 1
            spans.append((begin, stop))
            begin = stop
            i = stop
            continue
        i += 1
    if begin < end:
        spans.append((begin, end))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed
