"""Expand command-line paths (files, folders, globs, ``-``) into source files."""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError

SUFFIXES = {".txt", ".md", ".markdown", ".text"}


def iter_sources(paths: Iterable[str]) -> Iterator[Path | str]:
    """Yield each file to read: folders recursively (text files only), globs expanded, ``-`` as is."""
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            yield from found
        elif path.is_file():
            yield path
        elif any(ch in raw for ch in "*?["):
            matches = sorted(Path(p) for p in glob.glob(raw, recursive=True) if Path(p).is_file())
            if not matches:
                raise InputError(raw, "no file matches this pattern")
            yield from matches
        else:
            raise InputError(raw, "no such file or folder")
