"""Furigana (ruby): readings printed over kanji, which text extraction puts into the running text.

Two forms occur: a line of a few hiragana right after a line ending in the kanji it reads (PDF text:
"島嶼" / "しょ" / "国との…"), and inline forms (``恫喝<sup>どっかつ</sup>``, ``会議^{キョンジュ}``,
``李強りきやう 國務院``, HTML ``<rt>``).
"""

from __future__ import annotations

import re

_HIRAGANA_LINE = re.compile(r"^[ぁ-ゖー]{1,4}$")
_ENDS_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff々〆]$")
_PARTICLE_ENDS = "はがをにでとのもへやかたてだしるいよねれりんっ"
_READING_END = "".join(chr(c) for c in range(0x3041, 0x3097) if chr(c) not in _PARTICLE_ENDS)
INLINE = re.compile(
    r"<sup>[^<>]{1,12}</sup>"  # 恫喝<sup>どっかつ</sup>
    r"|\^\{[^{}]{1,12}\}"  # 会議^{キョンジュ}
    r"|<rt>[^<>]{0,12}</rt>|<rp>[^<>]{0,2}</rp>"  # HTML ruby kept as text
    # 李強りきやう 國務院: kanji, their reading in hiragana, a space, more kanji. A reading does not end in
    # a particle or an inflection, which keeps "日本では 米国" intact.
    rf"|(?<=[\u4e00-\u9fff])[ぁ-ゖ]{{1,7}}[{_READING_END}][ \u3000](?=[\u4e00-\u9fff])"
    # 肖千（シャオ・チエン）中国外交部アジア司長, 趙顕（チョ・ヒョン）長官: a name's reading in katakana, in brackets
    r"|(?<=[\u4e00-\u9fff])[（(][ァ-ヴー]{1,8}(?:・[ァ-ヴー]{1,8})+[）)](?=[\u4e00-\u9fffァ-ヴ])"
)


def is_reading_line(previous: str, line: str) -> bool:
    """Whether ``line`` (trimmed) is a furigana line reading the kanji that ``previous`` ends with."""
    return bool(_HIRAGANA_LINE.match(line)) and bool(_ENDS_KANJI.search(previous))


def inline_readings(text: str) -> list[tuple[int, int]]:
    """Spans of inline furigana in ``text`` (to be dropped)."""
    if "<" not in text and "^" not in text and " " not in text and "\u3000" not in text and "・" not in text:
        return []
    return [m.span() for m in INLINE.finditer(text)]
