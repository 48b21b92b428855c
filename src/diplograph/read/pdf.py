"""PDF files: their text layer, read with pdfminer.six (layout analysis puts columns in reading order).

The text comes out as printed lines (wrapped text), pages separated by a blank line; the cleaner then
repairs it like any PDF-extracted text. Fonts that map glyphs to Kangxi radicals (``⽇⽶``) are fixed by the
cleaner's character normalisation.
"""

from __future__ import annotations

import io
import logging

from ..errors import InputError

logging.getLogger("pdfminer").setLevel(logging.ERROR)


def extract_text(data: bytes, name: str) -> str:
    """The text of a PDF's pages; :class:`InputError` if it cannot be read or has no text layer."""
    try:
        from pdfminer.high_level import extract_text as pdfminer_text
        from pdfminer.layout import LAParams
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise InputError(name, "PDF support needs the package pdfminer.six") from exc
    try:
        text = pdfminer_text(io.BytesIO(data), laparams=LAParams())
    except Exception as exc:  # pdfminer raises many kinds of errors on broken or encrypted files
        reason = "encrypted" if "encrypt" in type(exc).__name__.lower() or "password" in str(exc).lower() \
            else "damaged or unsupported"
        raise InputError(name, f"unreadable PDF ({reason}: {type(exc).__name__})") from exc
    text = text.replace("\r\n", "\n").replace("\x0c", "\n\n")
    if not text.strip():
        raise InputError(name, "PDF without a text layer (scanned images?); run OCR first")
    return text
