"""Character normalisation that keeps Japanese punctuation intact.

Full-width ASCII letters, digits and the symbols that occur inside names and numbers become half-width;
Japanese punctuation (、。「」（）・：) stays full-width; half-width katakana become full-width.
Every output character comes from exactly one input character, so offsets stay exact.
"""

from __future__ import annotations

import unicodedata

# Full-width forms that are part of words and numbers rather than Japanese punctuation.
_KEEP_FULLWIDTH = set("（）、。「」『』：；！？〔〕［］｛｝〈〉《》【】")
_SPACES = {"\u3000": " ", "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\t": "\t"}


def normalize_char(ch: str) -> str:
    """Return the normalised form of one character (always exactly one character)."""
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:
        if ch in _KEEP_FULLWIDTH:
            return ch
        return chr(code - 0xFEE0)
    if 0xFF61 <= code <= 0xFF9F:  # half-width katakana
        out = unicodedata.normalize("NFKC", ch)
        return out if len(out) == 1 else ch
    if ch in _SPACES:
        return _SPACES[ch]
    if ch == "\u2212":  # minus sign used as a hyphen in titles
        return "－"
    return ch
