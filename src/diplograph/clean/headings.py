"""Headings: markdown, the section numbering of white papers and Bluebook chapters, bracketed titles.

``match`` returns the heading's level and where its text starts (after markdown's "#"s) and, for a
numbered heading, where the space after the number stands (kept when spaces are cleaned).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MARKDOWN = re.compile(r"^(#{1,6})\s+(\S.*?)\s*#*\s*$")
# "1 概観", "(1) 米国情勢", "（1）米国情勢", "ア 政治", "(ア) 米国の国内情勢", "第3節 北米", "2．日米通商分野"
NUMBERED = re.compile(
    r"^(?P<label>\d{1,2}(?=[ \t])|\d{1,2}[．.](?=[^\d\s.,])|[（(]\d{1,2}[）)]|[ア-ン](?=[ \t])"
    r"|[（(][ア-ン][）)]"
    r"|第\s*\d{1,2}\s*[章節部]|[①-⑳])(?P<space>[ \t]*)(?P<title>\S.{0,40})$"
)
# "〈米国とカナダの外交政策〉", "＜1962 年米国通商拡大法 232 条を巡る動き＞", "【概要】"
BRACKETED = re.compile(r"^([〈《【＜<])[^〈《【＜<〉》】＞>]{2,60}([〉》】＞>])$")
BRACKET_OPEN = re.compile(r"^[〈《【＜<]")
_CLOSERS = {"〈": "〉", "《": "》", "【": "】", "＜": "＞", "<": ">"}
# A PDF heading set in a tabbed box: "\t 1\t\t 1\t 概観"
TABBED = re.compile(r"^\t\s*(\d{1,2})\t+\s*\1\t\s*(\S.{0,40})$")
# Words a heading's title never starts with: the number was a count ("1 月、企業による…").
_NOT_TITLE = re.compile(r"^(?:[年月日時分回人件か国条項号倍億万千円%％](?:[、。,.\s\d]|$)|[.,、。）)])")
# A sentence closed with a full stop written "．" ("（3）トゥガデ大臣は，翌20日，…を表敬しました．") is no heading.
_SENTENCE_END = re.compile(r"[ぁ-んァ-ヴー一-龥々）」][.．]$")
# A title in spaced characters: "日 印", "日 米".
_LETTER_SPACED = re.compile(r"[一-龥ァ-ヴ](?:[ \t　][一-龥ァ-ヴ]){1,5}")
# A numbered field of a notice, not a heading: "（1）日時・場所：令和7年9月5日", "（2）出席者：日本側 …".
_FIELD = re.compile(r"^[^：:]{1,12}[：:]\s*\S")
BRACKETED_LEVEL = 8
UNNUMBERED_LEVEL = 9


@dataclass(frozen=True)
class HeadingMatch:
    level: int
    text_start: int  # index in the line where the heading text starts
    keep_space: int = -1  # index of the space after the number, or -1


def closing_bracket(opening: str) -> str:
    return _CLOSERS.get(opening, "")


def _level(label: str) -> int:
    """Bluebook order: 第N部 > 第N章 > 第N節 > 1 > (1) > ア > (ア) > ①."""
    if label.startswith("第"):
        return {"部": 1, "章": 2, "節": 3}[label[-1]]
    if label[0].isdigit():
        return 4
    if label[0] in "（(":
        return 5 if label[1].isdigit() else 7
    if "①" <= label[0] <= "⑳":
        return 8
    return 6


_DAY_TITLE = re.compile(r"^[^\s。、]{1,20}(?:動静|日程|の一日|の動き)\s*[（(][^）)]{1,20}日[^）)]{0,6}[）)]$")


def match(norm: str) -> HeadingMatch | None:
    """The heading a trimmed, normalised line is, or None."""
    m = MARKDOWN.match(norm)
    if m:
        numbered = NUMBERED.match(m.group(2))
        space = m.start(2) + numbered.start("space") if numbered and numbered.group("space") else -1
        return HeadingMatch(len(m.group(1)), m.start(2), space)
    if "。" in norm or len(norm) > 60 or norm.endswith(("、", ",")) or _SENTENCE_END.search(norm):
        return None
    if _DAY_TITLE.match(norm):  # "首相動静（2月19日）": a schedule's day, not a photo's caption
        return HeadingMatch(2, 0)
    m = NUMBERED.match(norm)
    # "3．日　印": a title set in spaced characters is no count ("1 日、…")
    title_ok = m and (not _NOT_TITLE.match(m.group("title")) or _LETTER_SPACED.fullmatch(m.group("title")))
    if m and title_ok and not _FIELD.search(m.group("title")):
        space = m.start("space") if m.group("space") else -1
        return HeadingMatch(_level(m.group("label")), 0, space)
    if BRACKETED.match(norm) and closing_bracket(norm[0]) == norm[-1]:
        return HeadingMatch(BRACKETED_LEVEL, 0)
    return None
