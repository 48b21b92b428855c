"""Clean stage: repair layout, normalise characters and split text, keeping offsets to the raw file.

``clean_layout`` is the entry point; the modules each do one job: ``lines`` (raw lines and the layout
style), ``classify`` (what each line is), ``furniture``, ``furigana``, ``captions``, ``footnotes``,
``headings``, ``tables``, ``columns``, ``spacing``, ``normalize`` (characters), ``layout`` (assembling
blocks), ``builder`` (clean text with offsets), ``sentences`` and ``evidence`` (raw quotes read as clean
text).
"""

from .builder import OffsetText, TextBuilder
from .evidence import normalize_quote, raw_quote
from .layout import BLOCK_KINDS, Block, clean_layout
from .normalize import normalize_char, normalize_text
from .sentences import split_sentences

__all__ = ["BLOCK_KINDS", "Block", "OffsetText", "TextBuilder", "clean_layout", "normalize_char",
           "normalize_quote", "normalize_text", "raw_quote", "split_sentences"]
