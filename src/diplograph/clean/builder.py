"""Text with a map from every character back to its offset in the raw source."""

from __future__ import annotations

from array import array
from dataclasses import dataclass

from .normalize import normalize_text


@dataclass(frozen=True)
class OffsetText:
    """Clean text plus ``offsets[i]`` = raw offset of clean character ``i``.

    ``offsets`` has one extra entry at the end (the raw end), so any clean span ``[s, e)`` maps to the
    raw span ``[raw_start(s), raw_end(e))``. Characters the cleaner added (a space joining two English
    words, the blank line between blocks) map to a nearby raw offset.

    ``skipped`` lists the raw spans the cleaner took out of the running text, with the reason: dropped
    (page furniture, furigana, footnote markers) or moved to a block of their own (a caption, footnote or
    column that interrupted a sentence). ``evidence.raw_quote`` uses it to read a raw span as clean text.
    """

    text: str
    offsets: array
    skipped: tuple[tuple[int, int, str], ...] = ()

    def raw_start(self, start: int) -> int:
        return self.offsets[start]

    def raw_end(self, end: int) -> int:
        """Raw offset just after clean character ``end - 1``."""
        if end <= 0:
            return self.offsets[0]
        return self.offsets[end - 1] + 1

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span covering clean characters ``[start, end)``."""
        return self.raw_start(start), self.raw_end(end)

    def remap(self, through: array, raw_end: int) -> OffsetText:
        """Compose with a second map: ``through[i]`` is the offset in the original of character ``i`` of
        the text this one's offsets point into (used for HTML, whose text is read out of the markup)."""
        last = len(through) - 1

        def at(o: int) -> int:
            return through[o] if o <= last else raw_end

        offsets = array("q", (at(o) for o in self.offsets[:-1]))
        offsets.append(raw_end)
        skipped = tuple((at(s), at(e - 1) + 1, why) for s, e, why in self.skipped if e > s)
        return OffsetText(self.text, offsets, skipped)


class TextBuilder:
    """Accumulates clean text chunk by chunk, recording where each character came from."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._offsets = array("q")
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def append_raw(self, raw: str, start: int, end: int, *, normalize: bool = True) -> None:
        """Append ``raw[start:end]`` (character-normalised), keeping offsets."""
        if end <= start:
            return
        chunk = raw[start:end]
        self._parts.append(normalize_text(chunk) if normalize else chunk)
        self._offsets.extend(range(start, end))
        self._length += end - start

    def append_synthetic(self, text: str, at: int) -> None:
        """Append text that has no raw counterpart (e.g. a joining space), mapped to raw offset ``at``."""
        self._parts.append(text)
        self._offsets.extend([at] * len(text))
        self._length += len(text)

    def last_char(self) -> str:
        """The last character appended so far (empty at the start)."""
        for part in reversed(self._parts):
            if part:
                return part[-1]
        return ""

    def build(self, raw_end: int, skipped: tuple[tuple[int, int, str], ...] = ()) -> OffsetText:
        offsets = array("q", self._offsets)
        offsets.append(raw_end)
        return OffsetText("".join(self._parts), offsets, tuple(sorted(skipped)))
