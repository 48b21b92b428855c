"""Read stage: find source files and decode them into raw text (plain text, markdown, CSV, HTML, JSON, RSS,
calendars, SQL dumps, XML exports, PDF)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from .decode import RawSource, decode_bytes, from_bytes, read_path
from .sources import iter_sources

if TYPE_CHECKING:
    from .html import HtmlText

__all__ = ["RawSource", "decode_bytes", "from_bytes", "iter_sources", "layout_of", "quoter_of", "read_path"]


@lru_cache(maxsize=4)
def layout_of(source: RawSource) -> HtmlText | None:
    """The layout text of a source read through markup or structure (an HTML page, a JSON export, a feed), with
    the offset in ``source.text`` of each character; None for a source that is text already. Read once per source:
    the check for Japanese, the metadata and the cleaner all ask for it."""
    if source.media_type == "text/html":
        from .html import extract

        return extract(source.text)
    if source.media_type == "application/json":
        from .feeds import extract_json

        return extract_json(source.text, source.name)
    if source.media_type == "application/rss+xml":
        from .feeds import extract_feed

        return extract_feed(source.text, source.name)
    if source.media_type == "text/calendar":
        from .calendar import extract_calendar

        return extract_calendar(source.text, source.name)
    if source.media_type == "application/sql":
        from .sqldump import extract_sql_dump

        return extract_sql_dump(source.text, source.name)
    if source.media_type == "application/xml":
        from .xmldata import extract_xml_data

        return extract_xml_data(source.text, source.name)
    return None


def quoter_of(media_type: str) -> Callable[[str, int, int], str] | None:
    """How an export of ``media_type`` reads a raw span as text (for checking evidence against its source); None
    for a source read as text or markup."""
    from .calendar import calendar_quote
    from .feeds import json_quote, xml_quote
    from .sqldump import sql_quote
    from .xmldata import xml_data_quote

    return {"application/json": json_quote, "application/rss+xml": xml_quote, "text/calendar": calendar_quote,
            "application/sql": sql_quote, "application/xml": xml_data_quote}.get(media_type)
