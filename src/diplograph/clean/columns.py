"""Boxed columns (コラム) in PDF text.

In a Bluebook PDF a column is a box of wider lines that the text extraction drops into the middle of a
sentence of the body text; its title and the label "コラム" / "COLUMN" come after it. The column is lifted
out like a caption: it becomes its own section, and the sentence it interrupted is joined again.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lines import BLANK, CAPTION, FOOTNOTE, FURNITURE, MARKER, READING, TEXT, Line

_WIDE = 1.15  # a line wider than this times the body width is not body text
_NARROW = 0.5  # a line narrower than this tells nothing (the end of a paragraph, a word left over)
_BODY_RUN = 3  # this many body-width lines in a row end the walk back


@dataclass(frozen=True)
class Region:
    start: int  # first line of the column's text
    end: int  # line after its label
    title: tuple[int, ...]  # lines of the column's title


def _title_lines(lines: list[Line], marker: int) -> tuple[int, ...]:
    """The title lines standing just before a column's label."""
    title: list[int] = []
    j = marker - 1
    while j >= 0 and lines[j].kind == BLANK and not lines[j].suppressed:
        j -= 1
    while j >= 0 and len(title) < 4:
        line = lines[j]
        if line.kind == READING or (line.kind == BLANK and line.suppressed):
            j -= 1
            continue
        if line.kind != TEXT or "。" in line.key or len(line.key) > 40:
            break
        title.insert(0, j)
        j -= 1
    return tuple(title)


def column_regions(lines: list[Line], width: int) -> list[Region]:
    """The columns of wrapped text, found from their labels by walking back over the wide lines."""
    regions: list[Region] = []
    if width <= 0:
        return regions
    i = 0
    while i < len(lines):
        if lines[i].kind != MARKER:
            i += 1
            continue
        end = i + 1
        while end < len(lines) and lines[end].kind == MARKER:
            end += 1
        title = _title_lines(lines, i)
        start, narrow = None, 0
        for k in range((title[0] if title else i) - 1, -1, -1):
            line = lines[k]
            if line.kind in (BLANK, FURNITURE, READING, CAPTION, FOOTNOTE, MARKER):
                continue
            if line.kind != TEXT or (regions and k < regions[-1].end):
                break
            if line.width > _WIDE * width:
                start, narrow = k, 0
            elif line.width >= _NARROW * width:
                narrow += 1
                if narrow >= _BODY_RUN:
                    break
        if start is not None:
            regions.append(Region(start, end, title))
        i = end
    return regions
