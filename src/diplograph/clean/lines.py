"""Raw lines with what layout repair needs to know about them, and the document's layout style.

Two styles occur. *Wrapped* text (extracted from a PDF) keeps the printed lines: paragraphs run over
many short lines, and blank lines come from page and column breaks rather than between paragraphs.
*Unwrapped* text (web pages, markdown, text files) has one paragraph a line, blank lines between.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from .normalize import normalize_text

# Line kinds, set by ``classify``.
BLANK = "blank"
TEXT = "text"
HEADING = "heading"
CAPTION = "caption"
FOOTNOTE = "footnote"
TABLE_LINE = "table"
ITEM = "item"
FIELD = "field"
FURNITURE = "furniture"
READING = "reading"  # a furigana line
MARKER = "marker"  # "コラム" / "COLUMN"


@dataclass(slots=True)
class Line:
    index: int
    start: int  # raw offset of the line
    text: str  # raw text, without the newline
    norm: str  # normalised ``raw[lead:trail]``, character for character
    key: str  # ``norm`` trimmed: what classification looks at
    lead: int  # raw offset of the first non-space character
    trail: int  # raw offset after the last non-space character
    kind: str = TEXT
    level: int = 0  # heading level
    text_start: int = 0  # where a heading's text starts within ``norm`` (after markdown "#")
    keep_space: int = -1  # index in ``norm`` of the space after a heading's number
    number: int = 0  # footnote number
    group: int = -1  # caption group: lines with the same group form one caption
    suppressed: bool = False  # a blank line that sits inside a word (around furigana)

    @property
    def indented(self) -> bool:
        """Starts with an ideographic space: a new paragraph in wrapped text."""
        stripped = self.text.lstrip(" ")
        return stripped.startswith("\u3000")

    @property
    def width(self) -> int:
        """Display width: full-width characters count two."""
        return 2 * len(self.key) - len(self.key.encode("ascii", "ignore"))


def split_lines(raw: str, norm: str | None = None) -> list[Line]:
    """The lines of ``raw``, each with its offsets and normalised text (``norm`` is ``raw`` normalised)."""
    if norm is None:
        norm = normalize_text(raw)
    lines = []
    pos = 0
    for i, text in enumerate(raw.split("\n")):
        stripped = text.strip()
        if stripped:
            lead = pos + len(text) - len(text.lstrip())
            trail = pos + len(text.rstrip())
            line_norm = norm[lead:trail]
            key = line_norm.strip()
            lines.append(Line(i, pos, text, line_norm, key, lead, trail, TEXT if key else BLANK))
        else:
            lines.append(Line(i, pos, text, "", "", pos, pos, BLANK))
        pos += len(text) + 1
    return lines


def is_wrapped(lines: list[Line]) -> bool:
    """Whether the text keeps printed lines (paragraphs over several short lines)."""
    filled = [line for line in lines if line.kind != BLANK]
    if len(filled) < 4:
        return False
    lengths = sorted(len(line.key) for line in filled)
    if lengths[len(lengths) // 2] >= 60:
        return False
    # printed lines run to the width of the column and stop anywhere, the text going on in the next line;
    # a press release's short lines (headings, "日時：…", list items) are units of their own
    width = lengths[int(len(lengths) * 0.9)]
    cut = sum(1 for a, b in pairwise(lines) if a.kind != BLANK and b.kind != BLANK
              and len(a.key) >= max(15, 0.8 * width) and not a.key.endswith(("。", "」", "）", ")")))
    return cut > 0.35 * len(filled)


def body_width(lines: list[Line]) -> int:
    """The most common display width of text lines: the width of the body column."""
    widths = Counter(line.width for line in lines if line.kind == TEXT and len(line.key) >= 8)
    if not widths:
        return 0
    best = max(widths.values())
    return max(w for w, n in widths.items() if n == best)
