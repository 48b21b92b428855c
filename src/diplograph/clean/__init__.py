"""Clean stage: repair layout, normalise characters and split text, keeping offsets to the raw file."""

from .builder import OffsetText, TextBuilder
from .layout import Block, clean_layout
from .normalize import normalize_char
from .sentences import split_sentences

__all__ = ["Block", "OffsetText", "TextBuilder", "clean_layout", "normalize_char", "split_sentences"]
