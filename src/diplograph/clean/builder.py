"""Text with a map from every character back to its offset in the raw source."""

from __future__ import annotations

from array import array
from dataclasses import dataclass

from .normalize import normalize_char


@dataclass(frozen=True)
class OffsetText:
    """Clean text plus ``offsets[i]`` = raw offset of clean character ``i``.

    ``offsets`` has one extra entry at the end (the raw end), so any clean span ``[s, e)`` maps to the
    raw span ``[raw_start(s), raw_end(e))``.
    """

    text: str
    offsets: array

    def raw_start(self, start: int) -> int:
        return self.offsets[start]

    def raw_end(self, end: int) -> int:
        """Raw offset just after clean character ``end - 1``."""
        if end <= 0:
            return self.offsets[0]
        return self.offsets[end - 1] + 1

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        return self.raw_start(start), self.raw_end(end)


class TextBuilder:
    """Accumulates clean text chunk by chunk, recording where each character came from."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._offsets = array("q")
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def append_raw(self, raw: str, start: int, end: int, *, normalize: bool = True) -> None:
        """Append ``raw[start:end]`` character by character (normalised), keeping offsets."""
        chunk = raw[start:end]
        if normalize:
            chunk = "".join(normalize_char(c) for c in chunk)
        self._parts.append(chunk)
        self._offsets.extend(range(start, end))
        self._length += end - start

    def append_synthetic(self, text: str, at: int) -> None:
        """Append text that has no raw counterpart (e.g. a joining space), mapped to raw offset ``at``."""
        self._parts.append(text)
        self._offsets.extend([at] * len(text))
        self._length += len(text)

    def build(self, raw_end: int) -> OffsetText:
        offsets = array("q", self._offsets)
        offsets.append(raw_end)
        return OffsetText("".join(self._parts), offsets)
