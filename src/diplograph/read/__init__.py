"""Read stage: find source files and decode them into raw text (plain text, markdown, HTML, PDF)."""

from .decode import RawSource, decode_bytes, from_bytes, read_path
from .sources import iter_sources

__all__ = ["RawSource", "decode_bytes", "from_bytes", "iter_sources", "read_path"]
