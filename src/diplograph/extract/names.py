"""Person names in Japanese text: comparison keys, and where a name ends, read with SudachiPy.

Word boundaries decide where a name starts when the reference data does not know it: "尾崎行雄東京市長"
is 尾崎|行雄|東京|市長, "ミルズ米国硫黄島協会議長" is ミルズ|米国|硫黄|島|協会|議長. SudachiPy with its core
dictionary runs offline; the tokenizer is loaded once per process.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_DATA = Path(__file__).with_name("persons.toml")
KATAKANA = r"ァ-ヴー"
# (a middle initial is part of the name: "ジョージ・W・ブッシュ", "ベニグノ・S・アキノ三世")
_INITIAL = re.compile(r"(?<=[・＝=])[A-ZＡ-Ｚ][.．]?(?=[・＝=])")
_KATAKANA_RUN = re.compile(rf"[{KATAKANA}](?:[{KATAKANA}・＝=]|(?<=・)[A-ZＡ-Ｚ][.．]?(?=・))*$")
_KANJI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff々〆ヶ]")
_MAX_BYTES = 40000  # SudachiPy refuses inputs longer than 49149 bytes


@cache
def vocabulary() -> dict:
    """The word lists of ``persons.toml``."""
    with _DATA.open("rb") as fh:
        return tomllib.load(fh)


@cache
def _variants() -> tuple[dict[str, str], list[tuple[str, str]]]:
    """One-character variants as a translation table, and longer ones (ヴァ → バ) longest first."""
    table: dict[str, str] = {}
    strings: list[tuple[str, str]] = []
    for canonical, variants in vocabulary()["names"]["variants"].items():
        for variant in variants:
            if len(variant) == 1:
                table[variant] = canonical
            else:
                strings.append((variant, canonical))
    return table, sorted(strings, key=lambda p: -len(p[0]))


def name_key(name: str) -> str:
    """The form names are compared in: no dots or spaces, one form of each variant character."""
    table, strings = _variants()
    key = re.sub(r"[・＝=\s\u3000.．]", "", _INITIAL.sub("", name))
    for variant, canonical in strings:
        key = key.replace(variant, canonical)
    return key.translate(str.maketrans(table))


def is_katakana(text: str) -> bool:
    return bool(text) and all(("ァ" <= c <= "ヴ") or c in "ー・＝=" for c in text)


def is_kanji(text: str) -> bool:
    return bool(text) and all(_KANJI.match(c) for c in text)


def katakana_run(text: str) -> str:
    """The katakana (with ・) that ``text`` ends with, without a trailing dot."""
    m = _KATAKANA_RUN.search(text)
    return m.group(0).rstrip("・＝=") if m else ""


@dataclass(frozen=True)
class Token:
    surface: str
    start: int
    end: int
    pos: tuple[str, ...]
    oov: bool

    @property
    def person(self) -> bool:
        return len(self.pos) > 2 and self.pos[2] == "人名"

    @property
    def family(self) -> bool:
        return self.person and len(self.pos) > 3 and self.pos[3] in ("姓", "一般")

    @property
    def place(self) -> bool:
        return len(self.pos) > 2 and self.pos[2] == "地名"

    @property
    def noun(self) -> bool:
        return self.pos[0] in ("名詞", "接尾辞") or self.surface in ("・",)


@cache
def _tokenizer():
    from sudachipy import Dictionary, SplitMode

    return Dictionary(dict="core").tokenizer(SplitMode.C)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Sudachi tokens (split mode C) of ``text``, with offsets shifted by ``offset``."""
    tokens: list[Token] = []
    pos = 0
    while pos < len(text):
        chunk = text[pos:pos + _MAX_BYTES // 3]
        for m in _tokenizer().tokenize(chunk):
            tokens.append(Token(m.surface(), offset + pos + m.begin(), offset + pos + m.end(),
                                tuple(m.part_of_speech()), m.is_oov()))
        pos += len(chunk)
    return tokens


def kanji_family(name: str) -> str | None:
    """The family name of a full kanji name ("佐伯勝也" → 佐伯), when the tokenizer reads it as family + given."""
    tokens = tokenize(name)
    if len(tokens) == 2 and tokens[0].family and tokens[1].person and all(is_kanji(c) for c in name):
        return tokens[0].surface
    return None


def kanji_name_before(text: str, end: int, floor: int) -> str | None:
    """A kanji personal name (family name, optionally with given name) ending at ``end``, by word class.

    "尾崎行雄東京市長" → 尾崎行雄 (when ``end`` is before 東京). The run must begin at a word boundary with a
    family-name word.
    """
    start = end
    while start > floor and _KANJI.match(text[start - 1]) and end - start < 8:
        start -= 1
    if end - start < 2:
        return None
    run = text[start:end]
    tokens = tokenize(run)
    for i, tok in enumerate(tokens):
        if tok.family:
            name = run[tok.start:]
            rest = tokens[i + 1:]
            if 2 <= len(name) <= 5 and len(rest) <= 2 and all(
                    (t.person or len(t.surface) <= 2) and not t.place for t in rest):
                return name
    return None
