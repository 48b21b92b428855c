"""Photo and figure captions.

A photo caption in these documents names an event and ends with a parenthesised date and place:
"日米首脳会談（2月7日、米国・ワシントンD.C.　写真提供：内閣広報室）", sometimes only the month
("（2023年5月）【首相官邸HP】"). PDF text puts captions on their own lines, often in the middle of the
sentence they stand beside; two captions may share a line; a caption's title may stand on the line before
its (date, place) part.
"""

from __future__ import annotations

import re

# The parenthesised (date[, place …]) part.
_DATE_PAREN = r"[（(]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:[、,，\s][^（）()]*)?[）)]"
_CREDIT = r"(?:\s*【[^【】]{1,30}】)?"
TAIL = re.compile(_DATE_PAREN + _CREDIT + r"\s*$")
_ANY_TAIL = re.compile(_DATE_PAREN + _CREDIT)
# A (date) part standing alone on its line: its title is on a line before.
ONLY_TAIL = re.compile(r"^" + _DATE_PAREN + _CREDIT + r"\s*$")
# Figure and table titles: "図表Ⅲ-2-1-1 日米防衛協力のための指針の概要".
FIGURE = re.compile(r"^(?:図表|図|表|資料|写真)\s*[0-9IVXⅠ-Ⅻ][-‐－0-9IVXⅠ-Ⅻ.]*(?:\s+\S.*)?$")
MAX_LENGTH = 160
# A line that says it is a photo's caption: "［写真］日仏首脳会談（…）", "【写真】…", "写真：…".
MARKED = re.compile(r"^(?:[［\[【(（]写真[］\]】)）]|写真[：:])")
# A photo credit inside the (date, place) part: only a caption carries one, wherever it stands.
CREDIT = re.compile(r"写真提供|提供[：:]|【[^【】]*(?:HP|ホームページ)】")


def is_caption_line(norm: str) -> bool:
    """Whether a trimmed, normalised line ends like a photo caption (and is not a sentence)."""
    return len(norm) <= MAX_LENGTH and "。" not in norm and TAIL.search(norm) is not None


def is_title_line(norm: str) -> bool:
    """Whether a line can be the title part of a caption whose date stands on a following line."""
    return 0 < len(norm) <= 80 and "。" not in norm and not norm.endswith(("、", ","))


def split_captions(norm: str) -> list[tuple[int, int]]:
    """Split a line holding several captions ("A（1月1日、東京）B（1月2日、大阪）") into their spans."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for m in _ANY_TAIL.finditer(norm):
        rest = norm[m.end():].strip()
        if rest and _ANY_TAIL.search(rest):
            spans.append((begin, m.end()))
            begin = m.end()
    spans.append((begin, len(norm)))
    return spans
