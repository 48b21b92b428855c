"""Infer a document's metadata when no catalogue lists it: header fields, running heads, dates near the top."""

from __future__ import annotations

import re

from .document import Metadata
from .read.decode import RawSource

_FIELD = re.compile(r"^\[(?P<key>[^\]]+)\]\s*(?P<value>.*)$", re.M)
_KINDS = [
    ("外交青書", "DiplomaticBluebook"),
    ("防衛白書", "DefenseWhitePaper"),
    ("通商白書", "TradeWhitePaper"),
    ("ファクトシート", "FactSheetRecord"),
    ("報道発表", "PressRelease"),
    ("会談", "PressRelease"),
]
_BLUEBOOK = re.compile(r"外交青書\s*(\d{4})")
_YEAR = re.compile(r"(\d{4})\s*年")


def infer_metadata(source: RawSource) -> Metadata:
    """Best-effort metadata from the text itself."""
    text = source.text
    head = text[:3000]
    fields = {m.group("key"): m.group("value").strip() for m in _FIELD.finditer(head)}
    title = fields.get("文書名") or next((line.strip().lstrip("#").strip() for line in text.splitlines()
                                          if line.strip()), source.name)[:120]
    kind = next((k for word, k in _KINDS if word in head), "OtherSource")
    date = None
    m = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", fields.get("年月日", ""))
    if m:
        date = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    period = None
    published = None
    bluebook = _BLUEBOOK.search(text)
    if bluebook:
        published = int(bluebook.group(1))
        period = str(published - 1)
    elif date:
        period = date[:4]
    else:
        year = _YEAR.search(head)
        if year:
            period = year.group(1)
    return Metadata(title=title, kind=kind, publisher=fields.get("出典"), published=published, date=date,
                    period=period)
