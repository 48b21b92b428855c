"""Records written one field a line (a database's detail view, ``psql``'s expanded display, a catalogue's or a
photo archive's metadata export, a treaty database's 【件名】… record) → the rows of a table, with every character's
offset in the source.

Two or more records in a run (separated by rules, blank lines or ``-[ RECORD 2 ]-``) that share most of their
field names become a tab-separated table: a header of the field names, a row per record. A field is a line
"name: value", "name | value" or "【name】value"; a value may run on over indented lines. The rest of the text is
left as it stands: a text with no such run of records has no layout of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .html import HtmlText, LayoutWriter

_FIELD = re.compile(
    r"[ \t　]*(?:【(?P<bracketed>[^】\n]{1,14})】[ \t　]*"
    r"|(?P<name>[^\s：:|【】「」（）()、。,，．]{1,16})[ \t　]*(?:[：:](?!//)|\|)[ \t　]?)(?P<value>[^\n]*)")
# another field on the same line, after a slash: "日時：5月1日／場所：東京"
_NEXT_FIELD = re.compile(r"[ \t　]*[／/][ \t　]*(?P<name>[^\s：:／/|【】「」（）()、。,，．]{1,16})[ \t　]*[：:](?!//)"
                         r"[ \t　]?")
_FIELD_START = re.compile(r"^[ \t　]*(?:【[^】\n]{1,14}】|[^\s：:|【】「」（）()、。,，．]{1,16}[ \t　]*(?:[：:]|\|))",
                          re.M)
_SEPARATOR = re.compile(r"[ \t　]*(?:[-=─━＝－_*~・]{3,}|-\[ RECORD \d+ \]-*|\(\d+ rows?\))[ \t　]*")
_MOST = 0.5  # the share of field names a record must share with the run's first to be a row of its table
_MIN_FIELDS = 3


@dataclass
class _Record:
    start: int  # where its first line starts
    end: int
    fields: list[tuple[str, str, list[int]]] = field(default_factory=list)  # name, value, offsets of the value

    def names(self) -> set[str]:
        return {name for name, _, _ in self.fields}


def _records(raw: str) -> list[_Record]:
    """Every run of field lines (with the indented lines that continue a value)."""
    out: list[_Record] = []
    current: _Record | None = None
    for m in re.finditer(r"[^\n]*", raw):
        line = m.group()
        if not m.group() and m.start() > 0 and raw[m.start() - 1] != "\n":
            continue  # (the empty match after a line's end)
        f = _FIELD.fullmatch(line)
        name = f and (f.group("bracketed") or f.group("name"))
        # (not a time, "午前10:30 首脳会談", nor a line of something else)
        if f and name and not name.isdigit() and not (name[-1].isdigit() and f.group("value")[:1].isdigit()) \
                and not _SEPARATOR.fullmatch(line):
            if current is None:
                current = _Record(m.start(), m.end())
                out.append(current)
            current.fields.extend(_fields(name.strip(), f.group("value").rstrip(), m.start() + f.start("value")))
            current.end = m.end()
            continue
        # (a value running on over an indented line; not a paragraph indented as Japanese text is, with its 。)
        if current is not None and current.fields and line[:1] in (" ", "\t", "　") and line.strip() \
                and not _SEPARATOR.fullmatch(line) and not (line[:1] == "　" and "。" in line):
            name, value, offsets = current.fields[-1]
            lead = len(line) - len(line.lstrip(" \t　"))
            body = line.strip(" \t　")
            start = m.start() + lead
            current.fields[-1] = (name, value + " " + body,
                                  [*offsets, offsets[-1] if offsets else m.start(), *range(start, start + len(body))])
            current.end = m.end()
            continue
        current = None
    # (a record names each field once, and most values are short: not the turns of a dialogue, "記者：…／大臣：…")
    return [r for r in out if len(r.names()) >= _MIN_FIELDS and len(r.names()) >= 0.8 * len(r.fields)
            and sorted(len(v) for _, v, _ in r.fields)[len(r.fields) // 2] <= 40]


def _fields(name: str, value: str, start: int) -> list[tuple[str, str, list[int]]]:
    """A field line's fields: more than one when it holds several ("日時：5月1日／場所：東京")."""
    out = []
    pos, current_name = 0, name
    for m in _NEXT_FIELD.finditer(value):
        piece = value[pos:m.start()].rstrip()
        out.append((current_name, piece, list(range(start + pos, start + pos + len(piece)))))
        current_name, pos = m.group("name"), m.end()
    piece = value[pos:]
    out.append((current_name, piece, list(range(start + pos, start + pos + len(piece)))))
    return out


def _runs(raw: str, records: list[_Record]) -> list[list[_Record]]:
    """Records that follow each other with only rules or blank lines between and share most field names."""
    runs: list[list[_Record]] = []
    for record in records:
        run = runs[-1] if runs else None
        between = raw[run[-1].end:record.start] if run else ""
        if run and all(not line.strip() or _SEPARATOR.fullmatch(line) for line in between.split("\n")) \
                and len(record.names() & run[0].names()) >= _MOST * len(record.names() | run[0].names()):
            run.append(record)
        else:
            runs.append([record])
    return [run for run in runs if len(run) >= 2]


def records_layout(raw: str, name: str = "<text>") -> HtmlText | None:
    """The text with each run of records made a table; None for a text with no such run (``name``, the file's,
    as every reader is given it: a text is never refused here)."""
    if len(_FIELD_START.findall(raw, 0, 1_000_000)) + len(_NEXT_FIELD.findall(raw, 0, 1_000_000)) < 2 * _MIN_FIELDS:
        return None  # (too few fields for two records: most texts, at the cost of two searches)
    runs = _runs(raw, _records(raw))
    if not runs:
        return None
    out = LayoutWriter()
    pos = 0
    for run in runs:
        out.put(raw[pos:run[0].start], range(pos, run[0].start))
        names = list(dict.fromkeys(name for record in run for name, _, _ in record.fields))
        # (the header is read where the first record starts, before its first value: a row's span holds its own
        # characters only)
        head = run[0].start
        out.put("\n", [head])
        out.put("\t".join(names), [head] * (sum(map(len, names)) + len(names) - 1))
        for record in run:
            values = {}
            for name, value, at in record.fields:
                values.setdefault(name, (value.replace("\t", " "), at))
            first = record.fields[0][2][0] if record.fields[0][2] else record.start
            out.put("\n", [first])
            for i, name in enumerate(names):
                if i:
                    out.put("\t", [first])
                if name in values:
                    out.put(*values[name])
        out.put("\n", [run[-1].end])
        pos = run[-1].end
    out.put(raw[pos:], range(pos, len(raw)))
    return out.build(len(raw))
