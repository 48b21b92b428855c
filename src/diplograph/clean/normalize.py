"""Character normalisation that keeps Japanese punctuation intact.

Full-width ASCII letters, digits and the symbols that occur inside names and numbers become half-width;
Japanese punctuation (、。「」（）：) stays full-width; half-width katakana become full-width; the Kangxi
radicals and compatibility forms that PDF text extraction produces (``⽇⽶`` for ``日米``) become the
ideographs; a few variant and simplified forms seen in OCR output (``國``, ``务``) become the standard
Japanese form. Every output character comes from exactly one input character (``str.translate`` with a
one-to-one table), so offsets into the raw text stay exact.
"""

from __future__ import annotations

import re
import unicodedata

# Full-width forms that are Japanese punctuation rather than parts of words and numbers.
_KEEP_FULLWIDTH = set("（）、。「」『』：；！？〔〕［］｛｝〈〉《》【】－＜＞～")
_SPACES = "\u3000\u00a0\u2002\u2003\u2009\u200a\u202f\ufffd"
# CJK Radicals Supplement characters that extraction from some PDF fonts yields instead of the ideograph.
_RADICALS_SUPPLEMENT = {
    "⺟": "母", "⺠": "民", "⻁": "虎", "⻄": "西", "⻑": "長", "⻘": "青", "⻝": "食", "⻣": "骨",
    "⻤": "鬼", "⻩": "黄", "⻫": "斉", "⻭": "歯", "⻯": "竜", "⻲": "亀", "⻨": "麦", "⻌": "辶",
}
# Old, variant and simplified forms that OCR and Chinese-locale fonts put into Japanese text.
_VARIANTS = {"國": "国", "务": "務", "乘": "乗", "樂": "楽", "铸": "鋳", "兩": "両"}
_OTHER = {
    "\u2212": "－",  # minus sign used as a dash in titles
    "\u2027": "・",  # hyphenation point: how some PDFs encode the katakana middle dot
    "\uff65": "・",  # half-width middle dot
    "\u00ad": " ",  # soft hyphen
}


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xFF01, 0xFF5F):
        ch = chr(code)
        if ch not in _KEEP_FULLWIDTH:
            table[code] = chr(code - 0xFEE0)
    for code in range(0xFF61, 0xFFA0):  # half-width katakana and marks
        out = unicodedata.normalize("NFKC", chr(code))
        if len(out) == 1:
            table[code] = out
    for code in range(0x2F00, 0x2FD6):  # Kangxi radicals
        out = unicodedata.normalize("NFKC", chr(code))
        if len(out) == 1:
            table[code] = out
    for code in range(0xF900, 0xFB00):  # CJK compatibility ideographs
        out = unicodedata.normalize("NFKC", chr(code))
        if len(out) == 1:
            table[code] = out
    for mapping in (_RADICALS_SUPPLEMENT, _VARIANTS, _OTHER):
        for src, dst in mapping.items():
            table[ord(src)] = dst
    for ch in _SPACES:
        table[ord(ch)] = " "
    return table


TABLE: dict[int, str] = _build_table()


def _character_class(codes: list[int]) -> str:
    parts = []
    start = prev = codes[0]
    for code in [*codes[1:], -1]:
        if code == prev + 1:
            prev = code
            continue
        first, last = re.escape(chr(start)), re.escape(chr(prev))
        parts.append(first if start == prev else f"{first}-{last}")
        start = prev = code
    return "[" + "".join(parts) + "]"


# Finding the few characters to change with a regular expression is ten times faster than str.translate.
_CHANGED = re.compile(_character_class(sorted(TABLE)))


def _replace(m: re.Match[str]) -> str:
    return TABLE[ord(m.group())]


def normalize_char(ch: str) -> str:
    """Return the normalised form of one character (always exactly one character)."""
    return TABLE.get(ord(ch), ch)


def normalize_text(text: str) -> str:
    """Normalise every character of ``text``; the result has the same length as ``text``."""
    return _CHANGED.sub(_replace, text)


KANJI_DIGITS = "一二三四五六七八九十"


def kanji_number(text: str | None) -> str | None:
    """"二十一" → "21", "十五" → "15", "三" → "3" (the numerals dates are written in); text of other characters
    as it is; None for digits that make no number ("二三", two or three)."""
    if not text or any(c not in KANJI_DIGITS for c in text):
        return text
    digits = {c: i for i, c in enumerate(KANJI_DIGITS[:-1], start=1)}
    tens, _, ones = text.rpartition("十")
    if "十" not in text:
        return str(digits[text]) if len(text) == 1 else None
    return str((digits.get(tens, 1) if tens else 1) * 10 + (digits[ones] if ones else 0))
