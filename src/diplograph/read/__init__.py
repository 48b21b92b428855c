"""Read stage: find source files and decode them into raw text (plain text, markdown, CSV, HTML, JSON, RSS,
calendars, PDF)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .decode import RawSource, decode_bytes, from_bytes, read_path
from .sources import iter_sources

if TYPE_CHECKING:
    from .html import HtmlText

__all__ = ["RawSource", "decode_bytes", "from_bytes", "iter_sources", "layout_of", "read_path"]


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
    return None
