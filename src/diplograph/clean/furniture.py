"""Page furniture: running heads, page numbers, vertical margin text and column markers.

The patterns live in ``data/running_heads.txt``; they are matched against a whole trimmed, normalised line.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

# "コラム" / "COLUMN": the label of a boxed column; the column's text stands before or after it.
COLUMN_MARKER = re.compile(r"^(コラム|COLUMN|Column)$")
# A section running head ("第3節 北米") is furniture when it interrupts a sentence, a heading otherwise.
SECTION_HEAD = re.compile(r"^第\s*\d{1,2}\s*[章節部]\s*\S.{0,20}$")
# Minimum number of consecutive one-character lines read as text set vertically in the margin.
VERTICAL_RUN = 5


@cache
def _patterns() -> re.Pattern[str]:
    text = resources.files(__package__).joinpath("data/running_heads.txt").read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines()]
    alternatives = [f"(?:{line})" for line in lines if line and not line.startswith("#")]
    return re.compile("|".join(alternatives))


def is_furniture(norm: str) -> bool:
    """Whether a trimmed, normalised line is a running head or a page number."""
    squeezed = re.sub(r"\s{2,}", " ", norm)  # "外交青書 2018          95": a page's width of spaces
    return len(squeezed) <= 60 and _patterns().match(squeezed) is not None


def vertical_runs(stripped: list[str]) -> set[int]:
    """Indices of lines that belong to a run of one-character lines (text set vertically)."""
    found: set[int] = set()
    run: list[int] = []
    for i, s in enumerate([*stripped, ""]):
        if len(s) == 1:
            run.append(i)
            continue
        # (or a chapter's number set vertically in the margin, a running head: "第" / "２" / "章")
        if len(run) >= VERTICAL_RUN or (len(run) > 1 and is_furniture("".join(stripped[k] for k in run))):
            found.update(run)
        run = []
    return found
