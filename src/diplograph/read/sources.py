"""Expand command-line paths (files, folders, globs, ``-``) into source files."""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError

SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf", ".json", ".csv", ".tsv", ".xml",
            ".rss", ".atom", ".ics", ".sql", ".tex"}


def _in_folder(folder: Path) -> list[Path]:
    """Document files under ``folder``, recursively, skipping hidden files and folders (``.git``)."""
    found = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder).parts
        if any(part.startswith(".") for part in relative):
            continue
        if path.is_file() and path.suffix.lower() in SUFFIXES:
            found.append(path)
    return sorted(found)


def iter_sources(paths: Iterable[str]) -> Iterator[Path | str]:
    """Yield each file to read once: folders recursively (document files only), globs expanded (a folder
    a glob matches is read like a folder), ``-`` (standard input) as is."""
    seen: set[Path] = set()

    def once(items: Iterable[Path]) -> Iterator[Path]:
        for item in items:
            key = item.resolve()
            if key not in seen:
                seen.add(key)
                yield item

    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            yield from once(_in_folder(path))
        elif path.is_file():
            yield from once([path])
        elif any(ch in raw for ch in "*?["):
            matches = sorted(Path(p) for p in glob.glob(raw, recursive=True))
            files: list[Path] = []
            for match in matches:
                if match.is_dir():
                    files.extend(_in_folder(match))
                elif match.is_file():
                    files.append(match)
            if not files:
                raise InputError(raw, "no file matches this pattern")
            yield from once(files)
        else:
            raise InputError(raw, "no such file or folder")
