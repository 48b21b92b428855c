"""The document model: identity, metadata, clean text with offsets, blocks and sentences."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from .clean import Block, OffsetText, clean_layout, split_sentences
from .clean.evidence import normalize_quote, raw_quote
from .read.decode import RawSource

# Blocks whose text is split into sentences; the others (headings, captions, table rows) are one each.
_PROSE = ("paragraph", "item", "footnote")


@dataclass(frozen=True)
class Metadata:
    """What is known about a source document (from the catalogue, header fields or inference)."""

    title: str
    kind: str = "OtherSource"
    title_en: str | None = None
    publisher: str | None = None
    publisher_en: str | None = None
    published: int | None = None
    date: str | None = None
    period: str | None = None
    language: str = "ja"
    note: str | None = None

    @property
    def context_year(self) -> int | None:
        """The year that partial dates (``2月7日``) default to: the first year of the period covered."""
        if self.period:
            m = re.match(r"(\d{4})", self.period)
            if m:
                return int(m.group(1))
        if self.date:
            return int(self.date[:4])
        return self.published


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    block: int


@dataclass(frozen=True)
class Evidence:
    """A clean span and the raw span it came from: ``exact`` is the raw text verbatim (``oa:exact``)."""

    start: int  # clean offsets
    end: int
    raw_start: int
    raw_end: int
    exact: str
    quote: str  # the clean text (``dg:cleanQuote``)


@dataclass
class Document:
    """A read and cleaned source document."""

    id: str
    meta: Metadata
    source: RawSource
    clean: OffsetText
    blocks: list[Block]
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.clean.text

    @property
    def raw(self) -> str:
        return self.source.text

    def quote(self, start: int, end: int) -> str:
        return self.clean.text[start:end]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        return self.clean.raw_span(start, end)

    def evidence(self, start: int, end: int) -> Evidence:
        """The raw span, verbatim raw text and clean text of clean span ``[start, end)``."""
        raw_start, raw_end = self.raw_span(start, end)
        return Evidence(start, end, raw_start, raw_end, self.raw[raw_start:raw_end], self.quote(start, end))

    def evidence_matches(self, start: int, end: int) -> bool:
        """Whether the raw span of ``[start, end)``, read as clean text, is its clean text."""
        raw_start, raw_end = self.raw_span(start, end)
        from .read import quote_of

        if (quoter := quote_of(self.source)) is not None:  # (a JSON export, a feed, a calendar, a dump)
            return normalize_quote(quoter(raw_start, raw_end)) == normalize_quote(self.quote(start, end))
        markup = self.source.media_type == "text/html"
        return raw_quote(self.raw, raw_start, raw_end, self.clean.skipped, markup=markup) == \
            normalize_quote(self.quote(start, end))

    def sentence_at(self, offset: int) -> Sentence | None:
        starts = getattr(self, "_starts", None)
        if starts is None or len(starts) != len(self.sentences):
            starts = [s.start for s in self.sentences]
            self._starts = starts
        i = bisect_right(starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def block_index(self, offset: int) -> int:
        """The index of the last block starting at or before ``offset`` (-1 before the first)."""
        starts = getattr(self, "_block_starts", None)
        if starts is None or len(starts) != len(self.blocks):
            starts = [b.start for b in self.blocks]
            self._block_starts = starts
        return bisect_right(starts, offset) - 1

    def block_at(self, offset: int) -> Block:
        """The block ``offset`` stands in (or the one before the gap it stands in; the first block before it)."""
        return self.blocks[max(self.block_index(offset), 0)]

    def block_sentences(self, index: int) -> list[Sentence]:
        """The sentences of block ``index``."""
        return [s for s in self.sentences if s.block == index]


def slugify_id(name: str) -> str:
    """A stable document id from a file name: ASCII letters, digits and hyphens."""
    stem = Path(name).stem
    ascii_stem = unicodedata.normalize("NFKC", stem).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_stem).strip("-").lower()
    return slug or "document"


def clean_source(source: RawSource) -> tuple[OffsetText, list[Block]]:
    """Clean a source in whatever format it came: offsets always point into ``source.text``."""
    from .read import layout_of

    page = layout_of(source)
    if page is not None:
        # (a text whose records were made a table may still keep printed lines elsewhere)
        clean, blocks = clean_layout(page.text, wrapped=None if source.media_type in (
            "text/plain", "text/markdown", "text/x-tex") else False)
        return clean.remap(page.offsets, len(source.text)), blocks
    return clean_layout(source.text, wrapped=True if source.media_type == "application/pdf" else None)


def build_document(source: RawSource, meta: Metadata, doc_id: str) -> Document:
    """Clean a raw source and split it into blocks and sentences."""
    clean, blocks = clean_source(source)
    text = clean.text
    sentences = []
    for index, block in enumerate(blocks):
        prose = block.kind in _PROSE
        spans = split_sentences(text, block.start, block.end) if prose else [_trimmed(text, block)]
        sentences.extend(Sentence(s, e, index) for s, e in spans if e > s)
    return Document(doc_id, meta, source, clean, blocks, sentences)


def _trimmed(text: str, block: Block) -> tuple[int, int]:
    start, end = block.start, block.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
