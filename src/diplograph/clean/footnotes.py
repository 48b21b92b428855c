"""Footnotes and the markers that refer to them.

Footnotes are kept as "footnote" blocks; their markers are taken out of the sentence they are glued to:
superscripts (``（FOMC）⁽²⁾``) always, and plain digits glued to a word (``（CPTPP）1の推進``,
``た。13``) when a footnote with that number exists, searched for in numbering order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

# "1\t Comprehensive …" (PDF text), "2　 全米桜祭りの…" (a column's footnote)
WRAPPED_START = re.compile(r"^\s{0,2}(\d{1,2})(?:\t|\u3000)\s*\S")
# "(1) Real Clear Politics 世論調査平均", "(注1) 1990年12月26日以前は…"
PAREN_START = re.compile(r"^[（(](\d{1,2})[）)]\s*\S")
NOTE_START = re.compile(r"^[（(]注\s*(\d{1,2})[）)]")
# "＊1　SICA：中米8か国で…" (the Bluebook's footnotes, marked "（TICAD）＊1を通じて" in the text)
STAR_START = re.compile(r"^\s{0,2}[*＊※]\s*(\d{1,2})(?:\s|\u3000)+\S")
# A source note under a figure, set off by a tab: "\t（「通商白書2023」（経済産業省）…を加工して作成）"
SOURCE_NOTE = re.compile(r"^\t\s*[（(].*(?:作成|出典|資料|参照)[^（）()]*[）)]\s*$")
# Markdown: "[^1]: ２０１４年９月の…" and its reference "である[^1]。"
MARKDOWN_START = re.compile(r"^\[\^(\d{1,3})\]:\s*\S")
MARKDOWN_MARKER = re.compile(r"\[\^\w{1,8}\](?!:)")
SUPERSCRIPT = re.compile(r"⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾|(?<=\S)[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?=\S|$)")
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# Characters after a number that show it counts something and is no footnote marker.
_UNITS = "年月日時分秒週回人件か国条項号倍割億万千円本枚台基次位歳代目名社機隻州度点番等級階層巻％%.,:/"
# A marker follows a closing bracket or a full stop ("（FOMC）3は", "た。13", "2.0」14の"), or a katakana
# word and a space ("フェスティバル 2期間"); or it follows a word in kana or kanji when a particle comes
# after it ("分野7の", "祭り1の") and the word does not pair with numbers ("1対1で"). Not Latin letters: "G7".
_STRONG = r"(?<=[）」』】〉。])|(?<=[\u30a0-\u30ff] )"
_WEAK_BEFORE = r"(?<=[\u3041-\u30ff\u4e00-\u9fff々])(?<![対第約計各毎全同上下前後比率数])"
_PARTICLE = "のにはをがとでもや、"


def superscript_numbers(text: str) -> Iterable[int]:
    """Numbers of the superscript markers in ``text``."""
    for m in SUPERSCRIPT.finditer(text):
        digits = m.group().strip("⁽⁾").translate(_SUPERSCRIPT_DIGITS)
        if digits.isdigit():
            yield int(digits)


def glued_marker(text: str, number: int, start: int = 0) -> tuple[int, int] | None:
    """Span of the first marker ``number`` glued to a word in ``text`` at or after ``start``."""
    m = _marker_pattern(number).search(text, start)
    return m.span() if m else None


@cache
def _marker_pattern(number: int) -> re.Pattern[str]:
    strong = rf"(?:{_STRONG})(?<![\d.,]){number}(?![\d{re.escape(_UNITS)}])"
    weak = rf"{_WEAK_BEFORE}(?<![\d.,]){number}(?=[{_PARTICLE}])"
    star = rf"[*＊※]{number}(?!\d)"
    return re.compile(f"{star}|{strong}|{weak}")
