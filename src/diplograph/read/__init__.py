"""Read stage: find source files and decode them into raw text (plain text, markdown, CSV, HTML, JSON, RSS,
calendars, SQL dumps, XML exports, LaTeX, PDF)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, partial
from importlib import import_module

from .decode import RawSource, decode_bytes, from_bytes, read_path
from .html import HtmlText
from .sources import iter_sources

__all__ = ["RawSource", "decode_bytes", "from_bytes", "iter_sources", "layout_of", "layout_quote", "quote_of",
           "read_path"]


@lru_cache(maxsize=4)
def layout_of(source: RawSource) -> HtmlText | None:
    """The layout text of a source read through markup or structure (an HTML page, a JSON export, a feed, a text
    of records one field a line), with the offset in ``source.text`` of each character; None for a source that is
    text already. Read once per source:
    the check for Japanese, the metadata and the cleaner all ask for it."""
    reader = _READERS.get(source.media_type)
    if reader is None:
        return None
    module, function = reader
    return getattr(import_module(f".{module}", __name__), function)(source.text, source.name)


# The reader of each media type read through its markup or structure: (module, function), imported when needed.
_READERS = {"text/html": ("html", "extract_page"), "application/json": ("feeds", "extract_json"),
            "application/rss+xml": ("feeds", "extract_feed"), "text/calendar": ("calendar", "extract_calendar"),
            "application/sql": ("sqldump", "extract_sql_dump"), "application/xml": ("xmldata", "extract_xml_data"),
            "text/x-tex": ("latex", "extract_latex"),
            # (text: records one field a line read as a table, else None: the text as it is)
            "text/plain": ("records", "records_layout"), "text/markdown": ("records", "records_layout")}


def quote_of(source: RawSource) -> Callable[[int, int], str] | None:
    """How a source read through its structure quotes a raw span as text (for checking evidence against the
    source): a JSON export or a feed by its raw characters, any other layout (a calendar, a dump, an XML export,
    records) by the characters its reader made of them; None for a source read as text or as a web page."""
    from .feeds import json_quote, xml_quote

    if source.media_type == "application/json":
        return partial(json_quote, source.text)
    if source.media_type == "application/rss+xml":
        return partial(xml_quote, source.text)
    page = layout_of(source) if source.media_type != "text/html" else None
    return partial(layout_quote, page) if page is not None else None


def layout_quote(page: HtmlText, start: int, end: int) -> str:
    """The characters of layout text ``page`` read from raw offsets ``[start, end)``, in reading order."""
    return "".join(ch for ch, at in zip(page.text, page.offsets, strict=False) if start <= at < end)
