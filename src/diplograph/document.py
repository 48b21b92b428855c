"""The document model: identity, metadata, clean text with offsets, blocks and sentences."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .clean import Block, OffsetText, clean_layout, split_sentences
from .read.decode import RawSource


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

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None


def slugify_id(name: str) -> str:
    """A stable document id from a file name: ASCII letters, digits and hyphens."""
    stem = Path(name).stem
    ascii_stem = unicodedata.normalize("NFKC", stem).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_stem).strip("-").lower()
    return slug or "document"


def build_document(source: RawSource, meta: Metadata, doc_id: str) -> Document:
    """Clean a raw source and split it into blocks and sentences."""
    clean, blocks = clean_layout(source.text)
    sentences = []
    for index, block in enumerate(blocks):
        if block.kind == "paragraph":
            spans = split_sentences(clean.text, block.start, block.end)
        else:
            spans = [(block.start, block.end)]
        sentences.extend(Sentence(s, e, index) for s, e in spans)
    return Document(doc_id, meta, source, clean, blocks, sentences)
