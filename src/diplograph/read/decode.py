"""Decode a source file's bytes into text, detecting the encodings and formats Japanese documents come in.

Text (plain or markdown) and HTML are decoded from UTF-8 (with or without BOM), UTF-16, Shift_JIS/CP932
or EUC-JP; a PDF is read through its text layer (``pdf``). What cannot be a document is refused with an
:class:`InputError` naming the file and the reason: an empty file, a binary file or image, undecodable
bytes, a file over the size limit, and a file with no Japanese text (the extractors read Japanese only,
so such a file would add nothing to the graph; it is an error rather than a warning so that nothing of it
reaches the store and the exit code shows it).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

MAX_BYTES = 64 * 1024 * 1024
MIN_JAPANESE = 10  # characters of kana or kanji a document needs
_CANDIDATES = ("utf-8", "cp932", "euc_jp")
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0", "old Office document"),
)
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_TAGS = re.compile(r"<[^<>]*>")
MEDIA_TYPES = {".html": "text/html", ".htm": "text/html", ".xhtml": "text/html", ".md": "text/markdown",
               ".markdown": "text/markdown", ".pdf": "application/pdf", ".json": "application/json",
               ".csv": "text/csv", ".tsv": "text/tab-separated-values",  # (read as text: its rows are tables)
               ".ics": "text/calendar", ".sql": "application/sql", ".tex": "text/x-tex"}

# Exports read through their structure (``layout_of``), each character keeping its offset in the source.
EXPORTS = ("application/json", "application/rss+xml", "text/calendar", "application/sql", "application/xml",
           "text/x-tex")


@dataclass(frozen=True)
class RawSource:
    """One source as read from disk or stdin: its name, its bytes' digest and its decoded text.

    ``text`` is what offsets point into: the decoded file (HTML with its markup), or for a PDF the text
    of its text layer.
    """

    name: str
    text: str
    encoding: str
    sha256: str
    media_type: str = "text/plain"


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zero = sample[0::2].count(0) / (len(sample) / 2)
    odd_zero = sample[1::2].count(0) / (len(sample) / 2)
    # Japanese UTF-16 has few NULs, but ASCII-heavy UTF-16 has many in one lane only.
    if odd_zero > 0.3 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def _is_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control > len(sample) * 0.02


def _magic(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise :class:`InputError` if the bytes are not text."""
    if not data.strip():
        raise InputError(name, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff"), encoding
            except UnicodeDecodeError as exc:
                raise InputError(name, f"not valid {encoding} despite its byte-order mark") from exc
    utf16 = _looks_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    what = _magic(data)
    if what or _is_binary(data):
        raise InputError(name, f"binary file ({what}), not text" if what else "binary file, not text")
    for encoding in _CANDIDATES:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise InputError(name, "undecodable bytes (not UTF-8, UTF-16, Shift_JIS/CP932 or EUC-JP)")


def _media_type(name: str, text: str) -> str:
    from .calendar import looks_like_calendar
    from .feeds import looks_like_feed, looks_like_json
    from .html import looks_like_html
    from .latex import looks_like_latex
    from .sqldump import looks_like_sql_dump
    from .xmldata import looks_like_xml_data

    suffix = Path(name).suffix.lower()
    if looks_like_calendar(text):  # (a calendar export saved under any name: "…_schedule.txt")
        return "text/calendar"
    if looks_like_sql_dump(text):  # (a database dump saved under any name)
        return "application/sql"
    if suffix in (".tex", ".txt", "") and looks_like_latex(text):
        return "text/x-tex"
    if suffix == ".json" and not looks_like_json(text):
        return "text/plain"
    if looks_like_xml_data(text):  # (records exported from a database, under any name)
        return "application/xml"
    if suffix in (".xml", ".rss", ".atom"):  # a feed of items, or other XML read like a page (its markup dropped)
        return "application/rss+xml" if looks_like_feed(text) else "text/html"
    if suffix in MEDIA_TYPES and suffix != ".pdf":
        return MEDIA_TYPES[suffix]
    if looks_like_html(text):
        return "text/html"
    return "application/rss+xml" if text.lstrip("\ufeff \t\r\n").startswith("<") and looks_like_feed(text) \
        else "text/plain"


def _check_japanese(source: RawSource) -> None:
    text, name, media_type = source.text, source.name, source.media_type
    if media_type in EXPORTS:
        from . import layout_of

        text = layout_of(source).text  # (Japanese may be written as \u escapes or entities)
    sample = _TAGS.sub(" ", text[:400_000]) if media_type == "text/html" else text
    found = 0
    for _ in _JAPANESE.finditer(sample, 0, 200_000):
        found += 1
        if found >= MIN_JAPANESE:
            return
    if found < MIN_JAPANESE:
        raise InputError(name, "no Japanese text (diplograph reads Japanese documents)")


def read_path(path: Path, *, max_bytes: int = MAX_BYTES) -> RawSource:
    """Read and decode one file."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(name, f"too large ({size / 1e6:.0f} MB; the limit is {max_bytes / 1e6:.0f} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(name, exc.strerror or "cannot be read") from exc
    return from_bytes(data, name)


def from_bytes(data: bytes, name: str) -> RawSource:
    """Decode bytes that came from ``name`` (a path, or ``<stdin>``)."""
    digest = hashlib.sha256(data).hexdigest()
    if data.lstrip()[:5] == b"%PDF-" or (Path(name).suffix.lower() == ".pdf" and data.strip()):
        from .pdf import extract_text

        text = extract_text(data, name)
        source = RawSource(name=name, text=text, encoding="pdf", sha256=digest, media_type="application/pdf")
    else:
        text, encoding = decode_bytes(data, name)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        source = RawSource(name=name, text=text, encoding=encoding, sha256=digest,
                           media_type=_media_type(name, text))
    _check_japanese(source)
    return source
