"""Read stage: find source files and decode them into raw text."""

from .decode import RawSource, decode_bytes, read_path
from .sources import iter_sources

__all__ = ["RawSource", "decode_bytes", "iter_sources", "read_path"]
