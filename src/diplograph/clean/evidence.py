"""Reading a raw span as clean text: how evidence quotes (raw, verbatim) match their clean quotes.

An evidence span covers ``raw[start:end]`` verbatim (``oa:exact``). Its clean quote leaves out what the
cleaner took out of the running text inside that span: line breaks and spaces, markup, inline furigana and
superscript markers (recognised here), and the spans the cleaner recorded in ``OffsetText.skipped`` (page
furniture, furigana lines, footnote markers, and captions, footnotes or columns moved out of the sentence
they interrupted). ``raw_quote`` applies all of that; the result equals ``normalize_quote`` of the clean
quote.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from .footnotes import SUPERSCRIPT
from .furigana import INLINE
from .normalize import normalize_text

_MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>|<!--.*?-->|\*\*|\[\[(?:[^\[\]|]*\|)?|\]\]|'{2,3}"
                     r"|[\[［](?:編集|ソースを編集|edit)[\]］][ \t]*$", re.S | re.M)
_HEADING_MARKS = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.M)
_WHITESPACE = re.compile(r"\s+")


def normalize_quote(text: str) -> str:
    """A quote's canonical form: characters normalised, whitespace removed."""
    return _WHITESPACE.sub("", normalize_text(text))


def _strip_inline(text: str, *, markup: bool) -> str:
    text = INLINE.sub(" ", text)
    text = SUPERSCRIPT.sub("", text)
    text = _HEADING_MARKS.sub("", text)
    text = _MARKUP.sub(" ", text)
    if markup:
        text = html.unescape(text)
    return text


def raw_quote(raw: str, start: int, end: int, skipped: Sequence[tuple[int, int, str]] = (), *,
              markup: bool = False) -> str:
    """``raw[start:end]`` read as clean text (see the module doc), in the form of ``normalize_quote``.

    ``skipped`` spans lying wholly inside the quote (and not the whole quote) are taken out;
    ``markup`` says the raw text is HTML (entities are decoded).
    """
    pieces = []
    pos = start
    for s, e, _why in skipped:
        if s < start or e > end or (s == start and e == end) or e <= s:
            continue
        if s < pos:
            pos = max(pos, e)
            continue
        pieces.append(raw[pos:s])
        pos = e
    pieces.append(raw[pos:end])
    text = " ".join(_strip_inline(piece, markup=markup) for piece in pieces)
    return normalize_quote(text)


def skipped_within(start: int, end: int,
                   skipped: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The recorded spans that ``raw_quote`` takes out of ``[start, end)``."""
    return [(s, e, why) for s, e, why in skipped if start <= s and e <= end and (s, e) != (start, end)]
