"""Spaces that PDF text extraction and proportional fonts put between characters.

Japanese runs without spaces; spaces between a kanji and a digit ("2022 年 8 月"), around Latin words
("ワシントン DC で"), next to Japanese punctuation, and between characters spaced out for emphasis
("経 済 産 業 大 臣"), and one cutting a word of a sentence ("外相会 談を行いました") are artefacts and go. A
space between two Japanese words ("岸田内閣総理大臣
バイデン米大統領" in a table cell) separates them and stays, as does one between two Latin words.
"""

from __future__ import annotations

import re

_RUN = re.compile(r" +")
_CJK_PUNCT = set("、。，．「」『』（）【】〈〉《》〔〕［］｛｝・：；！？―…‥〜～※")
_ASCII_SYMBOLS = set("%()+/")
_SENTENCE_PUNCT = re.compile("[、。，．,.]")
# The end of a word after a space inside it: one kanji, then kana or punctuation ("談を", "臣の", "果）"); not
# two ("会談　国境をまたぐ": a headline's two parts).
_WORD_END = re.compile(r"[一-龥々](?=[ぁ-ん、。，．,.）」])")


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return 0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x9FFF or ch in "々〆ー"


def _token_length(text: str, index: int, step: int) -> int:
    """Length of the run of non-space characters starting at ``index`` and going in direction ``step``."""
    n = 0
    while 0 <= index < len(text) and text[index] != " ":
        n += 1
        index += step
    return n


def _drop(text: str, a: int, b: int, prose: bool = False) -> bool:
    """Whether the space run ``text[a:b]`` should go entirely."""
    if a == 0 or b == len(text):
        return True
    p, n = text[a - 1], text[b]
    if p in _CJK_PUNCT or n in _CJK_PUNCT:
        return True
    p_cjk, n_cjk = _is_cjk(p), _is_cjk(n)
    if p_cjk and n_cjk:
        # (in a sentence, a word cut by a space: "外相会 談を行いました", "外務大 臣の訪問")
        return _token_length(text, a - 1, -1) == 1 or _token_length(text, b, 1) == 1 \
            or (prose and b - a == 1 and bool(_WORD_END.match(text, b)))
    if p_cjk or n_cjk:
        other, index, step = (n, b, 1) if p_cjk else (p, a - 1, -1)
        if other.isdigit() or other in _ASCII_SYMBOLS:
            return True
        if other.isascii() and other.isalpha():
            return _token_length(text, index, step) >= 2
        return False
    return (p.isdigit() and n == "+") or (p == "+" and n.isdigit())


def dropped_spaces(text: str, keep: int = -1) -> list[tuple[int, int]]:
    """Spans of ``text`` (normalised, so ideographic spaces are plain spaces) to drop.

    A run of spaces either goes entirely or shrinks to one space. The space at index ``keep`` (the one
    after a heading's number, "ア 政治") is never dropped.
    """
    spans: list[tuple[int, int]] = []
    prose = bool(_SENTENCE_PUNCT.search(text))
    for m in _RUN.finditer(text):
        a, b = m.span()
        if a <= keep < b:
            if b - a > 1:
                spans.append((a + 1, b))
            continue
        if _drop(text, a, b, prose):
            spans.append((a, b))
        elif b - a > 1:
            spans.append((a + 1, b))
    return spans
