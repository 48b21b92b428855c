"""SQL dumps (a research database's ``mysqldump`` or ``pg_dump``) → layout text that the cleaner reads, with every
character's offset in the source.

Each table's rows become a tab-separated table under a header of its column names (from the ``INSERT``'s column
list, else the table's ``CREATE TABLE``): ``INSERT … VALUES (…), (…);`` as well as ``COPY … FROM stdin;`` blocks. A
``NULL`` is an empty cell; quotes and escapes are undone. Comments written in Japanese are paragraphs, for they say
what the rows are ("-- 経済産業大臣の二国間会談"); a comment that explains a column's codes ("-- mode F=対面, T=電話")
is a legend, and a cell holding one of those codes reads as its meaning, as a reader of the dump would take it.
"""

from __future__ import annotations

import re

from ..errors import InputError
from .html import JAPANESE_TEXT, HtmlText, LayoutWriter

_KEYWORD = re.compile(r"(?:CREATE|DROP|INSERT|SET|USE|LOCK|UNLOCK|BEGIN|START|COMMIT|COPY|ALTER|SELECT)\b|/\*", re.I)
# a table's name, maybe quoted and qualified by its schema: `db`.`m`, public."会談", [dbo].[kaidan]
_PART = r"(?:`[^`]+`|\"[^\"]+\"|\[[^\]]+\]|[^\s.(`\"\[]+)"
_TABLE = rf"(?P<table>(?:{_PART}\.)*{_PART})"
_INSERT = re.compile(rf"^\s*INSERT\s+(?:IGNORE\s+)?INTO\s+{_TABLE}\s*(?:\((?P<columns>[^()]*)\))?\s*VALUES\s*",
                     re.I | re.M)
_COPY = re.compile(rf"^COPY\s+{_TABLE}\s*(?:\((?P<columns>[^()]*)\))?\s+FROM\s+stdin;[^\n]*\n", re.I | re.M)
_CREATE = re.compile(rf"^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?{_TABLE}\s*\(", re.I | re.M)
# a column's line: its name quoted (`key`, "会談日", [id]) or bare, then its type
_COLUMN = re.compile(r"^\s*(?:`(?P<bq>[^`]+)`|\"(?P<dq>[^\"]+)\"|\[(?P<sq>[^\]]+)\]|(?P<bare>[^\s`\"\[\],()]+))"
                     r"\s+\w", re.M)
_NOT_COLUMN = re.compile(r"(?:PRIMARY|KEY|UNIQUE|INDEX|CONSTRAINT|FOREIGN|CHECK|FULLTEXT)\b", re.I)
_COMMENT = re.compile(r"^[ \t]*(?:--|#)[ \t]?(?P<body>[^\n]*)", re.M)
# a legend's entry: "F=対面", "'実施' = 実施済み", "held=実施（…）"
_LEGEND_ENTRY = re.compile(r"'?(?P<code>[A-Za-z0-9_]+)'?\s*[=＝:：]\s*(?P<meaning>[^,，、;；\s]+)")
_LEGEND = re.compile(r"^(?P<column>[A-Za-z_]\w*)\s*[:：]?\s+(?=\S+\s*[=＝])")


def looks_like_sql_dump(text: str) -> bool:
    """Whether decoded text is an SQL dump: its first line that is not a comment is a statement, and it inserts or
    copies rows."""
    for line in text.lstrip("\ufeff").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(("--", "#")):
            continue
        if not _KEYWORD.match(stripped):
            return False
        return bool(_INSERT.search(text) or _COPY.search(text))
    return False


def _names(raw: str, start: int, end: int) -> list[tuple[str, int]]:
    """The column names of a column list ("`id`, `date`") with the offset of each."""
    out = []
    for m in re.finditer(r"[`\"\[]?([^\s`\"\[\],]+)[`\"\]]?", raw[start:end]):
        out.append((m.group(1), start + m.start(1)))
    return out


def _bare(name: str) -> str:
    """A table's own name, unquoted, without its schema (`db`.`m` → m)."""
    last = re.findall(r"`([^`]+)`|\"([^\"]+)\"|\[([^\]]+)\]|([^\s.`\"\[]+)", name)[-1]
    return next(part for part in last if part).lower()


def _created_columns(raw: str) -> dict[str, list[tuple[str, int]]]:
    """Each table's columns as its CREATE TABLE declares them, with the offset of each name."""
    out: dict[str, list[tuple[str, int]]] = {}
    for m in _CREATE.finditer(raw):
        depth, i = 1, m.end()
        while i < len(raw) and depth:
            depth += {"(": 1, ")": -1}.get(raw[i], 0)
            i += 1
        columns = []
        for line in re.finditer(r"[^\n]+", raw[m.end():i - 1]):
            c = _COLUMN.match(line.group())
            if c is None or (c.group("bare") and _NOT_COLUMN.match(c.group("bare"))):
                continue  # (a key or a constraint; a quoted name, `key`, is a column)
            group = next(g for g in ("bq", "dq", "sq", "bare") if c.group(g))
            columns.append((c.group(group), m.end() + line.start() + c.start(group)))
        out[_bare(m.group("table"))] = columns
    return out


def _values(raw: str, start: int) -> tuple[list[list[tuple[str, list[int]]]], int]:
    """The tuples of a VALUES list from ``start``: each value's characters with their offsets; and where the list
    ends (after its semicolon)."""
    rows: list[list[tuple[str, list[int]]]] = []
    i, n = start, len(raw)
    while i < n:
        while i < n and raw[i] in " \t\n,":
            i += 1
        if i >= n or raw[i] != "(":
            break
        i += 1
        row: list[tuple[str, list[int]]] = []
        while i < n:
            while i < n and raw[i] in " \t\n":
                i += 1
            if (i < n and raw[i] in "'\"") or raw.startswith(("N'", "E'"), i):
                i += raw[i] in "NE"
                quote, i = raw[i], i + 1
                chars: list[str] = []
                at: list[int] = []
                while i < n:
                    ch = raw[i]
                    if ch == "\\" and i + 1 < n:
                        chars.append({"n": " ", "r": " ", "t": " ", "0": ""}.get(raw[i + 1], raw[i + 1]))
                        at.append(i)
                        i += 2
                        continue
                    if ch == quote:
                        if raw.startswith(quote * 2, i):
                            chars.append(quote)
                            at.append(i)
                            i += 2
                            continue
                        i += 1
                        break
                    chars.append(" " if ch in "\n\t" else ch)
                    at.append(i)
                    i += 1
                row.append(("".join(chars), at))
            else:  # a number, NULL, or a function's call ("NOW()", "STR_TO_DATE('…', '%Y')")
                j, depth = i, 0
                while j < n and not (depth == 0 and raw[j] in ",)"):
                    if raw[j] in "'\"":
                        close = raw.find(raw[j], j + 1)
                        j = n if close < 0 else close
                    depth += {"(": 1, ")": -1}.get(raw[j], 0)
                    j += 1
                token = raw[i:j].strip()
                row.append(("" if token.upper() == "NULL" else token, list(range(i, i + len(token)))))
                i = j
            while i < n and raw[i] in " \t\n":
                i += 1
            if i < n and raw[i] == ",":
                i += 1
                continue
            i += 1  # the closing bracket
            break
        rows.append(row)
    semicolon = raw.find(";", i)
    return rows, (semicolon + 1 if semicolon >= 0 else n)


def _copied(raw: str, start: int) -> tuple[list[list[tuple[str, list[int]]]], int]:
    """The rows of a COPY block (tab-separated, ``\\N`` for NULL, ended by ``\\.``) and where it ends."""
    rows = []
    i = start
    while i < len(raw):
        end = raw.find("\n", i)
        end = len(raw) if end < 0 else end
        line = raw[i:end]
        if line.rstrip() == "\\.":
            return rows, end + 1
        row, pos = [], i
        for cell in line.split("\t"):
            row.append(("", []) if cell == "\\N" else _unescaped_copy(cell, pos))
            pos += len(cell) + 1
        rows.append(row)
        i = end + 1
    return rows, len(raw)


def _unescaped_copy(cell: str, at: int) -> tuple[str, list[int]]:
    """A COPY cell's characters with its backslash escapes undone (\\n, \\t a space, \\\\ a backslash), each
    character at its raw offset."""
    chars: list[str] = []
    offsets: list[int] = []
    i = 0
    while i < len(cell):
        if cell[i] == "\\" and i + 1 < len(cell):
            chars.append({"n": " ", "r": " ", "t": " "}.get(cell[i + 1], cell[i + 1]))
            offsets.append(at + i)
            i += 2
            continue
        chars.append(cell[i])
        offsets.append(at + i)
        i += 1
    return "".join(chars), offsets


def _legends(comments: list[tuple[str, int]]) -> dict[str, dict[str, str]]:
    """Codes explained in comments, by column name ("mode F=対面, T=電話" → {"mode": {"F": "対面", …}})."""
    out: dict[str, dict[str, str]] = {}
    for body, _ in comments:
        text = re.sub(r"^(?:凡例|legend)\s*[:：]\s*", "", body.strip(), flags=re.I)
        m = _LEGEND.match(text)
        if m is None:
            continue
        entries = {e.group("code"): re.sub(r"[（(][^）)]*[）)]?$", "", e.group("meaning"))
                   for e in _LEGEND_ENTRY.finditer(text, m.end())}
        if entries:
            out.setdefault(m.group("column").lower(), {}).update(entries)
    return out


def extract_sql_dump(raw: str, name: str = "<sql dump>") -> HtmlText:
    """Read an SQL dump: its Japanese comments as paragraphs, each table's rows as a tab-separated table."""
    out = LayoutWriter()
    comments = [(m.group("body"), m.start("body")) for m in _COMMENT.finditer(raw)]
    legends = _legends(comments)
    created = _created_columns(raw)
    statements = sorted([(m.start(), m, _values) for m in _INSERT.finditer(raw)]
                        + [(m.start(), m, _copied) for m in _COPY.finditer(raw)], key=lambda t: t[0])
    pending = [c for c in comments if JAPANESE_TEXT.search(c[0])]
    last_header: list[str] | None = None
    for start, m, read in statements:
        while pending and pending[0][1] < start:  # the comments before the rows: what they are
            _put_comment(out, *pending.pop(0))
            last_header = None
        table = _bare(m.group("table"))
        columns = _names(raw, m.start("columns"), m.end("columns")) if m.group("columns") else created.get(table, [])
        rows, _ = read(raw, m.end())
        if not rows:
            continue
        header = [c for c, _ in columns]
        if header != last_header:  # (a dump of one INSERT per row: one table under one header)
            out.new_part(start)
            for i, (column, at) in enumerate(columns):
                out.put(("\t" if i else "") + column, ([at] if i else []) + list(range(at, at + len(column))))
            last_header = header
        codes = [legends.get(c.lower(), {}) for c in header]
        for row in rows:
            out.put("\n", [row[0][1][0] if row and row[0][1] else start])
            for i, (value, at) in enumerate(row):
                meaning = codes[i].get(value) if i < len(codes) and value.isascii() else None
                if i:
                    out.put("\t", [at[0] if at else start])
                if meaning:
                    out.put(meaning, [at[0]] * len(meaning))
                else:
                    out.put(value, at)
    for body, at in pending:
        _put_comment(out, body, at)
    if not JAPANESE_TEXT.search(out.text()):
        raise InputError(name, "an SQL dump with no Japanese text in its rows or comments")
    return out.build(len(raw))


def _put_comment(out: LayoutWriter, body: str, at: int) -> None:
    """A comment as a paragraph of its own, without the spaces around it."""
    out.new_part(at)
    out.put(body.strip(), range(at + len(body) - len(body.lstrip()), at + len(body.rstrip())))

