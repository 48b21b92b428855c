"""LaTeX sources (a thesis appendix, a paper's table of visits) → layout text that the cleaner reads, with every
character's offset in the source.

A ``tabular`` (or ``longtable``, ``tabularx``) becomes a tab-separated table, a row per ``\\\\``, a cell per ``&``; a
row that is one ``\\multicolumn`` is a line of its own ("2023年（令和5年）"); rules (``\\toprule``, ``\\hline``) go.
Sectioning commands become headings, ``\\caption`` a line, ``\\item`` a bullet; the text of formatting commands
(``\\textbf{…}``) stays, that of references, labels and table notes' marks (``\\tnote{a}``) goes; comments go.
"""

from __future__ import annotations

import re
from array import array

from ..errors import InputError
from .html import JAPANESE_TEXT, HtmlText

_COMMAND = re.compile(r"\\(?:[A-Za-z@]+\*?|.)?", re.S)
_TABULAR = ("tabular", "tabular*", "tabularx", "longtable", "array")
_SECTION = {"\\part", "\\chapter", "\\section", "\\subsection", "\\subsubsection", "\\paragraph", "\\subparagraph",
            "\\part*", "\\chapter*", "\\section*", "\\subsection*", "\\subsubsection*", "\\paragraph*"}
_KEEP = {"\\textbf", "\\textit", "\\emph", "\\textrm", "\\textsf", "\\texttt", "\\textsc", "\\underline", "\\mbox",
         "\\text", "\\textup", "\\textmd", "\\fbox", "\\makebox", "\\caption", "\\title", "\\author", "\\date"}
# commands whose arguments are not text, with how many brace groups they take (their [options] are skipped too)
_DROP = {"\\label": 1, "\\ref": 1, "\\pageref": 1, "\\eqref": 1, "\\cite": 1, "\\citep": 1, "\\citet": 1,
         "\\tnote": 1, "\\vspace": 1, "\\vspace*": 1, "\\hspace": 1, "\\hspace*": 1, "\\includegraphics": 1,
         "\\usepackage": 1, "\\documentclass": 1, "\\newcommand": 2, "\\renewcommand": 2, "\\setlength": 2,
         "\\addtolength": 2, "\\footnotemark": 0, "\\bibliographystyle": 1, "\\bibliography": 1, "\\input": 1,
         "\\include": 1, "\\cline": 1, "\\cmidrule": 1, "\\url": 1, "\\pagestyle": 1, "\\thispagestyle": 1,
         "\\setcounter": 2, "\\rowcolor": 1, "\\cellcolor": 1, "\\color": 1, "\\newenvironment": 3,
         "\\renewenvironment": 3}
_SPACE = {"\\quad": "　", "\\qquad": "　　", "\\ ": " ", "~": " ", "\\,": "", "\\;": "", "\\!": "", "\\:": "",
          "\\@": "", "\\/": "", "\\-": ""}
_LITERAL = {"\\%": "%", "\\&": "&", "\\_": "_", "\\#": "#", "\\$": "$", "\\{": "{", "\\}": "}",
            "\\textbackslash": "\\", "\\ldots": "…", "\\dots": "…", "\\LaTeX": "LaTeX", "\\TeX": "TeX"}


def looks_like_latex(text: str) -> bool:
    """Whether decoded text is a LaTeX source: it begins an environment or a section, or declares a document."""
    head = text[:20_000]
    return bool(re.search(r"^\s*\\(?:documentclass|begin\{|section\*?\{|chapter\*?\{|subsection\*?\{)", head, re.M))


class _Reader:
    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.chars: list[str] = []
        self.at: list[int] = []

    def put(self, text: str, at: int) -> None:
        self.chars.extend(text)
        self.at.extend([at] * len(text))

    def group_end(self, start: int) -> int:
        """The offset after the brace group opening at ``start`` (a group left open ends with its line)."""
        depth, i = 0, start
        while i < len(self.raw):
            ch = self.raw[i]
            if ch == "\\":
                i += 2
                continue
            depth += {"{": 1, "}": -1}.get(ch, 0)
            i += 1
            if depth == 0:
                return i
        line_end = self.raw.find("\n", start)
        return len(self.raw) if line_end < 0 else line_end

    def skip_args(self, i: int, groups: int = 0) -> int:
        """After optional ``[…]`` (and ``(lr)``) and up to ``groups`` brace groups, and the spaces before them."""
        while True:
            j = i
            while j < len(self.raw) and self.raw[j] in " \t":
                j += 1
            if j < len(self.raw) and self.raw[j] in "[(":
                close = self.raw.find("]" if self.raw[j] == "[" else ")", j)
                if close < 0 or "\n\n" in self.raw[j:close]:
                    return j  # (a bracket that opens no argument)
                i = close + 1
            elif groups and j < len(self.raw) and self.raw[j] == "{":
                i = self.group_end(j)
                groups -= 1
            else:
                return j

    def group_text(self, start: int, *, in_table: bool = False) -> int:
        """Read the brace group opening at ``start`` as text (if one opens there); the offset after it."""
        if self.raw[start:start + 1] != "{":
            return start
        close = self.group_end(start)
        self.text(start + 1, close - 1, in_table=in_table)
        return close

    def text(self, start: int, end: int, *, in_table: bool = False) -> None:
        """Read ``raw[start:end]`` as text."""
        raw, i = self.raw, start
        while i < end:
            ch = raw[i]
            if ch == "%":
                nl = raw.find("\n", i, end)
                i = end if nl < 0 else nl
                continue
            if ch in "{}":
                i += 1
                continue
            if ch == "~":
                self.put(" ", i)
                i += 1
                continue
            if ch == "$":
                close = raw.find("$", i + 1, end)
                if close > i:
                    self.text(i + 1, close)
                    i = close + 1
                    continue
            if ch != "\\":
                self.put(ch, i)
                i += 1
                continue
            m = _COMMAND.match(raw, i)
            name = m.group() if m else "\\"
            after = m.end() if m else i + 1
            if name == "\\\\":
                self.put("\n", i)
                i = self.skip_args(after)
            elif name in _SPACE or name in _LITERAL:
                self.put(_SPACE.get(name, _LITERAL.get(name, "")), i)
                i = after
            elif name in ("\\begin", "\\end"):
                group = self.group_end(after) if raw[after:after + 1] == "{" else after
                env = raw[after + 1:group - 1]
                if name == "\\begin" and env in _TABULAR:
                    close = raw.find(f"\\end{{{env}}}", group)
                    close = end if close < 0 or close > end else close
                    self.table(self.skip_args(group, 2 if env in ("tabular*", "tabularx") else 1), close)
                    i = close + len(f"\\end{{{env}}}")
                else:
                    self.put("\n", i)
                    i = self.skip_args(group)
            elif name in _SECTION:
                self.put("\n\n## ", i)
                body = self.skip_args(after)
                close = self.group_end(body) if raw[body:body + 1] == "{" else body
                self.text(body + 1, close - (raw[close - 1:close] == "}"))
                self.put("\n\n", max(close - 1, i))
                i = max(close, after)
            elif name == "\\item":
                self.put("\n・", i)
                i = after
                j = i
                while j < end and raw[j] in " \t":
                    j += 1
                close = raw.find("]", j, end) if j < end and raw[j] == "[" else -1
                if close > j:  # "\item[a] …": the note's mark
                    self.text(j + 1, close)
                    self.put(" ", close)
                    i = close + 1
            elif name == "\\multicolumn" or name == "\\multirow":
                span = re.match(r"\s*\{\s*(\d+)", raw[after:after + 12])
                # (after the span and the column's format)
                close = self.group_text(self.skip_args(after, 2), in_table=in_table)
                if in_table and name == "\\multicolumn" and span:  # (the columns it spans stay, empty)
                    self.put("\t" * (int(span.group(1)) - 1), close - 1)
                i = close
            elif name in _DROP:
                i = self.skip_args(after, _DROP[name])
            elif name == "\\href":  # (the link's text, not its address)
                i = self.group_text(self.skip_args(after, 1), in_table=in_table)
            elif name in _KEEP:
                j = self.skip_args(after)
                if name == "\\caption" and raw[j:j + 1] == "{":
                    self.put("\n\n", i)
                i = self.group_text(j, in_table=in_table)
                if name == "\\caption" and i > j:
                    self.put("\n\n", i - 1)
            else:
                i = after  # (a declaration, "\small", "\centering", "\toprule": nothing to read)

    def table(self, start: int, end: int) -> None:
        """A tabular's rows as tab-separated lines."""
        self.put("\n\n", start)
        for row_start, row_end in _split(self.raw, start, end, "\\\\"):
            row_start = self.skip_args(row_start)  # (a row separator's space, "\\[2pt]")
            cells = _split(self.raw, row_start, max(row_start, row_end), "&")
            mark = len(self.chars)
            for n, (s, e) in enumerate(cells):
                if n:
                    self.put("\t", s - 1)
                self.text(s, e, in_table=True)
            piece = "".join(self.chars[mark:])
            if not piece.strip("\t \n　"):  # (a rule, "\addlinespace": no row)
                del self.chars[mark:], self.at[mark:]
                continue
            self._tidy_row(mark)
            self.put("\n", e)
        self.put("\n", end)

    def _tidy_row(self, mark: int) -> None:
        """A row's cells without their spaces at either end, and no line break inside."""
        out_chars: list[str] = []
        out_at: list[int] = []
        cell: list[tuple[str, int]] = []

        def flush() -> None:
            text = "".join(c for c, _ in cell)
            lead = len(text) - len(text.lstrip(" \n　"))
            kept = cell[lead:len(text.rstrip(" \n　"))]
            out_chars.extend(" " if c == "\n" else c for c, _ in kept)
            out_at.extend(a for _, a in kept)

        for ch, at in zip(self.chars[mark:], self.at[mark:], strict=True):
            if ch == "\t":
                flush()
                cell = []
                out_chars.append("\t")
                out_at.append(at)
            else:
                cell.append((ch, at))
        flush()
        del self.chars[mark:], self.at[mark:]
        self.chars.extend(out_chars)
        self.at.extend(out_at)


def _split(raw: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """``raw[start:end]`` split at ``separator`` outside braces and not escaped."""
    out, depth, i, piece = [], 0, start, start
    while i < end:
        ch = raw[i]
        if ch == "%":
            nl = raw.find("\n", i, end)
            i = end if nl < 0 else nl
            continue
        if raw.startswith(separator, i) and depth == 0:
            out.append((piece, i))
            i += len(separator)
            piece = i
            continue
        if ch == "\\":
            i += 2
            continue
        depth += {"{": 1, "}": -1}.get(ch, 0)
        i += 1
    out.append((piece, end))
    return out


def extract_latex(raw: str, name: str = "<latex>") -> HtmlText:
    """Read a LaTeX source: its text, headings and tables."""
    reader = _Reader(raw)
    reader.text(0, len(raw))
    chars, at = reader.chars, reader.at
    # no more than one blank line in a row, none at the start
    text_chars: list[str] = []
    offsets = array("q")
    newlines = 0
    for ch, where in zip(chars, at, strict=True):
        if ch == "\n":
            newlines += 1
            if newlines > 2 or not text_chars:
                continue
        else:
            newlines = 0
        text_chars.append(ch)
        offsets.append(where)
    text = "".join(text_chars)
    if not JAPANESE_TEXT.search(text):
        raise InputError(name, "a LaTeX source with no Japanese text")
    offsets.append(len(raw))
    return HtmlText(text, offsets, None, None)
