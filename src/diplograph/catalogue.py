"""The catalogue of known source documents (``seeds/catalogue.toml`` and any catalogue beside a file)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from .document import Metadata
from .errors import InputError

CATALOGUE_NAME = "catalogue.toml"


@dataclass(frozen=True)
class Entry:
    file: str
    id: str
    meta: Metadata


def load_catalogue(path: Path) -> dict[str, Entry]:
    """Entries of one catalogue file, keyed by file name."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(str(path), f"bad catalogue: {exc}") from exc
    entries: dict[str, Entry] = {}
    for item in data.get("document", []):
        try:
            meta = Metadata(
                title=item["title"],
                kind=item.get("kind", "OtherSource"),
                title_en=item.get("title_en"),
                publisher=item.get("publisher"),
                publisher_en=item.get("publisher_en"),
                published=item.get("published"),
                date=item.get("date"),
                period=str(item["period"]) if "period" in item else None,
                language=item.get("language", "ja"),
                note=item.get("note"),
            )
            entries[item["file"]] = Entry(item["file"], item["id"], meta)
        except KeyError as exc:
            raise InputError(str(path), f"catalogue entry lacks {exc.args[0]!r}") from exc
    return entries


def find_entry(path: Path) -> Entry | None:
    """The catalogue entry for ``path`` from a ``catalogue.toml`` in its folder, if any."""
    catalogue = path.parent / CATALOGUE_NAME
    if not catalogue.is_file():
        return None
    return load_catalogue(catalogue).get(path.name)
