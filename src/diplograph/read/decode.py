"""Decode a source file's bytes into text, detecting the encodings Japanese documents use."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

MAX_BYTES = 64 * 1024 * 1024
_CANDIDATES = ("utf-8", "cp932", "euc_jp")
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


@dataclass(frozen=True)
class RawSource:
    """One source as read from disk or stdin: its name, its bytes' digest and its decoded text."""

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
    if _is_binary(data):
        raise InputError(name, "binary file, not text")
    for encoding in _CANDIDATES:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise InputError(name, "undecodable bytes (not UTF-8, UTF-16, Shift_JIS/CP932 or EUC-JP)")


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
    text, encoding = decode_bytes(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return RawSource(name=name, text=text, encoding=encoding, sha256=hashlib.sha256(data).hexdigest())
