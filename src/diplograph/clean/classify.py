"""Say what each raw line is: text, heading, caption, footnote, table row, furniture, furigana …

First every line on its own, then the decisions that need neighbouring lines (furigana after the kanji
they read, footnote continuations, caption titles, headings over two lines, captions set off by blank lines).
"""

from __future__ import annotations

import re
from itertools import pairwise

from . import captions, furigana, headings
from .footnotes import (
    MARKDOWN_START,
    NOTE_START,
    PAREN_START,
    SOURCE_NOTE,
    STAR_START,
    WRAPPED_START,
    superscript_numbers,
)
from .furniture import COLUMN_MARKER, SECTION_HEAD, is_furniture, vertical_runs
from .lines import (
    BLANK,
    CAPTION,
    FIELD,
    FOOTNOTE,
    FURNITURE,
    HEADING,
    ITEM,
    MARKER,
    READING,
    TABLE_LINE,
    TEXT,
    Line,
    body_width,
)
from .tables import (
    SPACED_COLUMNS,
    SPACED_SPLIT,
    bar_row,
    comma_cells,
    comma_row,
    single_spaced_cells,
    single_spaced_row,
    spaced_bar_row,
)

# 'World and Japan' database records: "[文書名] …", "[年月日] 2024年4月10日", "[出典] 外務省".
_RECORD_BANNER = 8  # lines of a database's name and owner above a record's first field
FIELD_LINE = re.compile(r"^\[(?P<key>[^\[\]]{1,8})\]\s*(?P<value>.*)$")
BULLET = re.compile(r"^(?:[・●○◆◇■▪•‣]|[-*](?=\s))\s*\S")
_SENTENCE_END = re.compile(r"(?:[。！？]|(?<=[ぁ-んァ-ヴー一-龥々）」』])[.．])[」』）)]*$")
_CLOSED_UNWRAPPED = re.compile(r"(?:[。！？」』）)】〉]|(?<=[ぁ-んァ-ヴー一-龥々])[.．])$")
_DATE_LINE = re.compile(
    r"^(?:(?:令和|平成|昭和)(?:元|\d{1,2})|\d{4})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\S{0,6}$")
# Markdown pipe tables: "| 日付 | 相手国 |" rows and the "|---|---|" rule under the header.
PIPE_ROW = re.compile(r"^\s*[|│].*[|│]\s*$")
# The rules of a table drawn with box characters: "┌──┬──┐", "├──┼──┤", "└──┴──┘".
BOX_RULE = re.compile(r"^\s*[┌├└┏┣┗][─━┬┼┴┳╋┻┐┤┘┓┫┛\s]*$")
# A wiki table's row ("| 2023年2月9日 || 来 || マルコス大統領 || …", "! 年月日 !! 往来 !! …") and its markup lines
# ("{| class=…", "|-", "|}") and templates ("{{国際関係のスタブ}}").
WIKI_ROW = re.compile(r"^\s*[|!](?![-+}]).*(?:\|\||!!).*(?<![|\s])\s*$")
WIKI_MARKUP = re.compile(r"^\s*(?:\{\||\|-|\|\}|\{\{[^{}]*\}\}\s*$)")
PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MAX_UNNUMBERED = 40
# First characters of lines that may be something other than running text.
_SPECIAL_START = set("#[（(<＜〈《【・●○◆◇■▪•‣-*0123456789第図表資写⁽|｜")
_SUPERSCRIPT_CHARS = re.compile(r"[⁽¹²³⁴⁵⁶⁷⁸⁹⁰]")


def ends_sentence(text: str, wrapped: bool) -> bool:
    """Whether a paragraph whose text ends with ``text`` is complete."""
    text = text.rstrip()
    if wrapped:
        return bool(_SENTENCE_END.search(text))
    return bool(_CLOSED_UNWRAPPED.search(text))


def classify(lines: list[Line], wrapped: bool) -> None:
    """Set ``kind`` (and heading level, footnote number, caption group) on every line."""
    first_field = _record_start(lines)
    vertical = vertical_runs([line.key for line in lines])
    for line in lines:
        if line.kind == BLANK:
            continue
        _classify_line(line, wrapped, line.index in vertical, first_field)
    _readings(lines)
    if wrapped:
        _numbered_headings(lines)
        _interrupting_heads(lines)
        _cut_headings(lines)
    _footnote_continuations(lines, wrapped)
    _paren_footnotes(lines)
    _multiline_headings(lines)
    _marked_captions(lines)
    _chronology(lines)
    _comma_tables(lines)
    if wrapped:
        _wrapped_captions(lines)
    _caption_groups(lines, wrapped, body_width(lines) if wrapped else 0)
    if wrapped:
        _wrapped_subheadings(lines)
    else:
        _unnumbered_headings(lines)


# A chronology's line: " 7日　安倍総理大臣、…と電話会談", "10～11日　G7外相会合（広島）", and a 年表's with the year
# ("昭和35年（1960年）1月19日　…", "2015年4月28日　…", "2019/10/7　…").
_DAY_ITEM = re.compile(
    r"^(?:(?:(?:明治|大正|昭和|平成|令和)(?:\d{1,2}|元)\s*(?:[（(]\d{4}[）)])?\s*年\s*(?:[（(]\d{4}年?[）)])?"
    r"|\d{4}\s*年)\s*\d{1,2}\s*月\s*|\d{1,2}\s*月\s*)?"
    r"\d{1,2}(?:\s*[～~〜\-－]\s*\d{1,2})?\s*日(?:\s*[（(][月火水木金土日][）)])?[\s　]+\S"
    r"|^\d{4}/\d{1,2}/\d{1,2}[\s　]+\S"
    # ... and a timeline's or chat log's time stamp: "07:58　石破首相、…", "[10:02] 高橋: …"
    r"|^\[?\d{1,2}[:：]\d{2}(?:\s*[～~〜\-－]\s*\d{1,2}[:：]\d{2})?\]?[\s　]+\S")


def _chronology(lines: list[Line]) -> None:
    """A chronology (主要日誌: a day, then what happened, one line each) is a list of items, not a paragraph;
    an indented line under a day's item is another event of that day."""
    days = [line for line in lines if line.kind == TEXT and _DAY_ITEM.match(line.key)]
    if len(days) < 3:
        return
    previous: Line | None = None
    for line in lines:
        if line.kind == TEXT and (_DAY_ITEM.match(line.key) or re.fullmatch(r"\d{1,2}\s*月", line.key)):
            line.kind = ITEM  # (a month's line on its own: "8月")
        elif line.kind == TEXT and previous is not None and previous.kind == ITEM and line.indented \
                and not ends_sentence(line.key, False):
            line.kind = ITEM  # "　　　安倍総理大臣、朴槿恵韓国大統領と電話会談" (the same day)
        if line.kind != BLANK:
            previous = line


def _comma_tables(lines: list[Line]) -> None:
    """Lines in a row with the same number of separators, each a row of cells: a table exported as
    comma-separated values (three or more rows: "2022/1/13,オーストラリア,ペイン外相,電話,…"), or a two-column
    table with a spaced bar between its cells (two or more rows: "文書名 | 署名者"), not a paragraph."""
    for row_of, count, least in ((comma_row, lambda t: len(comma_cells(t)), 3),
                                 (spaced_bar_row, lambda t: t.count("|"), 2),
                                 (single_spaced_row, single_spaced_cells, 3)):
        run: list[Line] = []
        width = 0  # the separators of the run's first row
        for line in [*lines, None]:
            if line is not None and line.kind == BLANK:
                continue
            row = line is not None and line.kind == TEXT and row_of(line.text.strip())
            if row and (not run or count(line.text) == width):
                width = width if run else count(line.text)
                run.append(line)
                continue
            if len(run) >= least:
                for done in run:
                    done.kind = TABLE_LINE
            run, width = ([line], count(line.text)) if row else ([], 0)


def _cut_headings(lines: list[Line]) -> None:
    """A numbered line whose sentence goes on in the next line ("（2）同年5月29日に東京で行われた日印首脳会談" over
    "において、…") is the start of a paragraph, not a heading: headings are not followed by a particle."""
    for before, line, after in zip(lines, lines[1:], lines[2:], strict=False):
        # (inside a paragraph's run of lines: a running head stands after a blank line)
        if line.kind == HEADING and not line.key.startswith("#") and before.kind == TEXT and after.kind == TEXT \
                and re.match(r"[ぁ-ん]", after.key) and not re.match(r"[ぁ-ん]+$", after.key):
            line.kind = TEXT


def _interrupting_heads(lines: list[Line]) -> None:
    """A chapter or section head ("第2章　地球儀を俯瞰する外交", "第4節　中南米") printed at the top of a page
    in the middle of a sentence is a running head: the text before it is unfinished and goes on after it
    without a new paragraph (footnotes and page furniture may stand between)."""
    last_text: Line | None = None
    pending: list[Line] = []
    for line in lines:
        if line.kind in (BLANK, FURNITURE, FOOTNOTE, READING):
            continue
        if line.kind == HEADING and SECTION_HEAD.match(line.key):
            pending.append(line)
            continue
        if line.kind == TEXT and pending and last_text is not None and not line.indented \
                and not ends_sentence(last_text.key, True):
            for head in pending:
                head.kind = FURNITURE
        pending = []
        last_text = line if line.kind == TEXT else None


def _marked_captions(lines: list[Line]) -> None:
    """A line marked as a photo's caption ("［写真］日仏首脳会談（5月2日，フランス・パリ") is one, with the lines
    that close its bracket ("写真提供：内閣広報室）"), wherever it stands."""
    for i, line in enumerate(lines):
        if line.kind not in (TEXT, CAPTION) or not captions.MARKED.match(line.key) or line.group >= 0:
            continue
        group = [line]
        depth = _open_brackets(line.key)
        j = i + 1
        while depth > 0 and j < len(lines) and len(group) < 3 and lines[j].kind in (TEXT, CAPTION):
            depth += _open_brackets(lines[j].key)
            group.append(lines[j])
            j += 1
        if depth > 0:
            continue
        for member in group:
            member.kind, member.group = CAPTION, line.index


def _open_brackets(text: str) -> int:
    """How many round brackets ``text`` opens and leaves open (negative: closes ones opened before)."""
    return text.count("（") + text.count("(") - text.count("）") - text.count(")")


def _numbered_headings(lines: list[Line]) -> None:
    """"１　概観" over an indented paragraph is a numbered heading, not a footnote: a footnote's text is longer
    or explains a term ("3 FOMC：Federal Open Market Committee") and no paragraph starts under it."""
    following = [line for line in lines if line.kind != BLANK]
    full = body_width(lines)  # (a narrow column's full line: 20 characters in a two-column page)
    for line, after in pairwise(following):
        # (a paragraph under it: indented, or a full line of text — a footnote's short note is not followed by one)
        body = after.kind == TEXT and (after.indented or len(after.key) >= 30
                                       or (full >= 30 and after.width >= 0.8 * full))
        if line.kind != FOOTNOTE or not (body or after.kind == HEADING):
            continue
        h = headings.match(line.key)
        if h and len(line.key) <= 16 and not re.search(r"[：:、。,，（(]", line.key):
            line.kind, line.level, line.text_start, line.keep_space = HEADING, h.level, h.text_start, h.keep_space


def _record_start(lines: list[Line]) -> int:
    """The first field line of a database record ([文書名] …, [年月日] …) opening the text, or -1.

    A record's fields follow a short banner; bracketed lines further down are something else (a
    Markdown footnote "[^1]: …", a numbered reference list "[1] …").
    """
    fields = [line for line in lines[:60] if _is_field(line.key)]
    if len(fields) < 2:
        return -1
    banner = sum(1 for line in lines[:fields[0].index] if line.kind != BLANK)
    return fields[0].index if banner <= _RECORD_BANNER else -1


def _is_field(key: str) -> bool:
    match = FIELD_LINE.match(key)
    # (not a footnote "[^1]", a reference "[1]", nor a chat log's time stamp "[21:47] 佐藤: …")
    return bool(match) and not match["key"].startswith("^") \
        and not re.fullmatch(r"[\d:：/.\-～~〜 ]+", match["key"])


def _classify_line(line: Line, wrapped: bool, vertical: bool, first_field: int) -> None:
    key, raw = line.key, line.text
    if len(key) > 60 and "。" in key and "\t" not in raw and key[0] not in _SPECIAL_START and first_field < 0:
        line.kind = TEXT  # a long sentence line: the common case, decided at once
        return
    if vertical:
        line.kind = FURNITURE
    elif first_field >= 0 and line.index < first_field:
        line.kind = FURNITURE  # the database's banner above the record
    elif first_field >= 0 and _is_field(key):
        line.kind = FIELD
    elif COLUMN_MARKER.match(key):
        line.kind = MARKER
    elif is_furniture(key):
        line.kind = FURNITURE
    elif "\t" in raw and _tabbed(line, wrapped):
        pass
    elif not wrapped and _spaced_row(raw):
        line.kind = TABLE_LINE  # columns aligned with spaces: "1　　2024/4/18　　第6回日・…次官級戦略対話　　対面"
    elif PIPE_RULE.match(key):
        line.kind = FURNITURE  # the rule under a Markdown table's header: "|---|:--:|"
    elif BOX_RULE.match(key):
        line.kind = FURNITURE
    elif WIKI_MARKUP.match(key):
        line.kind = FURNITURE  # a wiki table's markup, a template
    elif PIPE_ROW.match(key) or bar_row(key) or WIKI_ROW.match(key):
        line.kind = TABLE_LINE
    elif (wrapped and (m := WRAPPED_START.match(raw))) or (m := NOTE_START.match(key)) \
            or (m := STAR_START.match(key)) or (m := MARKDOWN_START.match(key)):
        line.kind, line.number = FOOTNOTE, int(m.group(1))
    elif (h := headings.match(key)) and not (wrapped and _has_comma(key) and not key.startswith("#")):
        line.kind, line.level, line.text_start, line.keep_space = HEADING, h.level, h.text_start, h.keep_space
    elif captions.FIGURE.match(key) or (captions.is_caption_line(key) and not _bulleted(key)):
        line.kind = CAPTION
    elif BULLET.match(key) and not key.startswith("**"):
        line.kind = ITEM
    else:
        line.kind = TEXT


def _has_comma(key: str) -> bool:
    """Whether a line has a comma outside brackets (a sentence's, not a heading's "（8日，北京）")."""
    return "、" in key or bool(re.search(r"[,，]", re.sub(r"[（(][^）)]*[）)]", "", key)))


def _bulleted(key: str) -> bool:
    """A list's item led by a bullet ("・…との会談（4月2日、東京）"): no photo caption, however it ends."""
    return bool(BULLET.match(key)) and key[:1] in "・●○◆◇■□▪-*"


_LIST_LABEL = re.compile(r"[（(]?[0-9０-９]{1,2}[）).．]?|[①-⑳]|[ア-ン][．.]?")  # "（１）　概要　　…" is no row


def _spaced_row(raw: str) -> bool:
    """A line of a table whose columns are aligned with runs of spaces (no tabs, no sentence in it)."""
    cells = [c for c in SPACED_SPLIT.split(raw.strip()) if c]
    # (the last column may hold a long list: "主な日程": "マクロン大統領との首脳会談（23日、パリ）、…", or a note of
    # sentences: "バンコク（…の際）。河野大臣・康長官。輸出管理の運用見直し等")
    return len(cells) >= 3 and not any("。" in c for c in cells[:-1]) and all(len(c) <= 30 for c in cells[:-1]) \
        and len(cells[-1]) <= 300 and ("。" not in cells[-1] or (len(cells) == 3 and len(cells[0]) <= 12
                                                               and not _LIST_LABEL.fullmatch(cells[0]))) \
        and bool(SPACED_COLUMNS.search(raw.strip()))


def _tabbed(line: Line, wrapped: bool) -> bool:
    """Classify a line holding tabs; False if the tabs mean nothing (then it is read as text)."""
    raw = line.text
    if m := headings.TABBED.match(raw):
        line.kind, line.level = HEADING, 4
        line.text_start = m.start(2) - (line.lead - line.start)
        return True
    # (a footnote "3\tFOMC：…", not a numbered table row "1\t2019/1/10\t英国\tメイ首相\t対面")
    if wrapped and (m := WRAPPED_START.match(raw)) and len([c for c in raw.split("\t") if c.strip()]) < 4:
        line.kind, line.number = FOOTNOTE, int(m.group(1))
        return True
    if SOURCE_NOTE.match(raw):
        line.kind = FOOTNOTE
        return True
    cells = [c for c in raw.split("\t") if c.strip()]
    # (also a row of one short cell and the empty ones after it: a year over a table's rows, "2023年（令和5年）\t\t";
    # not a sentence a stray tab ends)
    if len(cells) >= 2 or raw.startswith("\t") or (raw.rstrip(" ").endswith("\t") and len(cells) == 1
                                                    and len(cells[0]) <= 30 and "。" not in cells[0]):
        line.kind = TABLE_LINE
        return True
    return False


def _previous(lines: list[Line], i: int) -> Line | None:
    """The nearest line before ``i`` that is not blank and not a furigana line."""
    for j in range(i - 1, -1, -1):
        if lines[j].kind not in (BLANK, READING):
            return lines[j]
    return None


def _readings(lines: list[Line]) -> None:
    """Mark furigana lines, and the blank lines around them, which sit inside a word."""
    for i, line in enumerate(lines):
        if line.kind != TEXT or len(line.key) > 4:
            continue
        before = _previous(lines, i)
        if before is None or before.kind not in (TEXT, FOOTNOTE, CAPTION, ITEM):
            continue
        if not furigana.is_reading_line(before.key, line.key):
            continue
        line.kind = READING
        for j in range(i - 1, before.index, -1):
            if lines[j].kind == BLANK:
                lines[j].suppressed = True
        for j in range(i + 1, len(lines)):
            if lines[j].kind != BLANK:
                break
            lines[j].suppressed = True


def _footnote_continuations(lines: list[Line], wrapped: bool) -> None:
    """In PDF text a footnote runs over the lines after its number, up to a blank line."""
    if not wrapped:
        return
    current = None
    for line in lines:
        if line.kind == FOOTNOTE:
            current = line
        elif line.kind == READING or (line.kind == BLANK and line.suppressed):
            continue
        elif line.kind == BLANK:
            current = None
        elif current is not None and line.kind == TEXT:
            line.kind, line.number = FOOTNOTE, current.number
            line.group = current.index
        else:
            current = None


def _paren_footnotes(lines: list[Line]) -> None:
    """"(1) …" is a footnote if the text before has its superscript marker ⁽¹⁾ not yet used."""
    waiting: set[int] = set()
    for line in lines:
        if line.kind in (BLANK, FURNITURE):
            continue
        m = PAREN_START.match(line.key)
        if m and int(m.group(1)) in waiting:
            line.kind, line.number = FOOTNOTE, int(m.group(1))
            waiting.discard(line.number)
            continue
        if _SUPERSCRIPT_CHARS.search(line.key):
            waiting.update(superscript_numbers(line.key))


def _multiline_headings(lines: list[Line]) -> None:
    """A bracketed heading broken over lines: "〈基本的価値や原則を共有する…連" / "携の重要性〉"."""
    for i, line in enumerate(lines):
        if line.kind != TEXT or not headings.BRACKET_OPEN.match(line.key):
            continue
        closer = headings.closing_bracket(line.key[0])
        if closer in line.key:
            continue
        group = [line]
        for nxt in lines[i + 1:i + 3]:
            if nxt.kind != TEXT or "。" in nxt.key:
                break
            group.append(nxt)
            if nxt.key.endswith(closer):
                for member in group:
                    member.kind, member.level, member.group = HEADING, headings.BRACKETED_LEVEL, line.index
                break


def _wrapped_captions(lines: list[Line]) -> None:
    """A photo caption whose (date, place, credit) part itself wraps over lines of a PDF's column, in the
    middle of a sentence: "…大統領" / "安倍総理大臣の中央アジア歴訪（１０月２７" / "日、…アスタナ　写真提供：内" /
    "閣広報室）" / "と、２６日には…". Only with a photo credit, which no sentence carries."""
    for i, line in enumerate(lines):
        if line.kind != TEXT or not line.key.endswith(("）", ")")) or captions.TAIL.search(line.key):
            continue
        for first in range(i - 1, max(i - 4, -1), -1):
            group = lines[first:i + 1]
            if any(g.kind != TEXT for g in group):
                break
            joined = "".join(g.key for g in group)
            tail = captions.TAIL.search(joined)
            if tail is None or not captions.CREDIT.search(joined[tail.start():]) or "。" in joined \
                    or len(joined) > captions.MAX_LENGTH:
                continue
            if tail.start() < len(group[0].key):  # the (date …) part opens on the caption's first line
                for member in group:
                    member.kind, member.group = CAPTION, i
            break


def _interrupting(lines: list[Line], at: int, width: int) -> bool:
    """Whether a caption line stands inside a sentence cut short before it ("…ハモンド外相と日英外相会" /
    "日英外務・防衛閣僚会合（１月２１日、英国・ロンドン）" / "談を行い、…"): the line right before it is short of the
    column's width and of a sentence's end, the caption has its title on its own line, and the line right after it
    goes on without an indent."""
    if at == 0 or at + 1 >= len(lines):
        return False
    cut, after = lines[at - 1], lines[at + 1]
    return width > 0 and cut.kind == TEXT and after.kind == TEXT and not after.indented \
        and not captions.ONLY_TAIL.match(lines[at].key) \
        and cut.width < 0.8 * width and lines[at].width < 0.9 * width \
        and not cut.key.endswith(("。", "．", "」", "）", ")"))


def _caption_groups(lines: list[Line], wrapped: bool, width: int = 0) -> None:
    """Attach caption titles standing on lines before their (date, place) line; drop false captions."""
    n = len(lines)
    for i, line in enumerate(lines):
        if line.kind != CAPTION or line.group >= 0:
            continue
        group = [line]
        j = i - 1
        if wrapped and _interrupting(lines, i, width):
            line.kind, line.group = CAPTION, line.index  # alone, inside the sentence it cuts
            continue
        if not captions.FIGURE.match(line.key):
            # (not a paragraph's first line, indented, of a full width: "　7月24日に就任した…首脳会談を実施し、…")
            while j >= 0 and len(group) < 3 and lines[j].kind == TEXT \
                    and captions.is_title_line(lines[j].key) and not (lines[j].indented and len(lines[j].key) > 40):
                group.insert(0, lines[j])
                j -= 1
            if len(group) == 1 and captions.ONLY_TAIL.match(line.key) and j >= 1 and lines[j].kind == BLANK \
                    and lines[j - 1].kind == TEXT and captions.is_title_line(lines[j - 1].key):
                group.insert(0, lines[j - 1])  # "日米首脳会談" / "" / "（11月16日、…）"
                j -= 2
        if wrapped and j >= 0 and lines[j].kind in (TEXT, ITEM) and not captions.CREDIT.search(line.key):
            line.kind = TEXT  # glued to a paragraph: a line of it that happens to end with a date
            continue
        if sum(len(g.key) for g in group) > captions.MAX_LENGTH:
            group = [line]
        for member in group:
            member.kind, member.group = CAPTION, line.index
    # Unwrapped text sets photo captions apart by several blank lines.
    blanks = 0
    for i, line in enumerate(lines):
        if line.kind == BLANK:
            blanks += 0 if line.suppressed else 1
            continue
        if not wrapped and blanks >= 3 and line.kind == TEXT and captions.is_title_line(line.key) \
                and len(line.key) <= 120:
            line.kind, line.group = CAPTION, i
            if i + 1 < n and lines[i + 1].kind in (TEXT, CAPTION) and len(lines[i + 1].key) <= 60 \
                    and "。" not in lines[i + 1].key:
                lines[i + 1].kind, lines[i + 1].group = CAPTION, i
        blanks = 0


def _next_filled(lines: list[Line], i: int) -> Line | None:
    for j in range(i + 1, len(lines)):
        if lines[j].kind not in (BLANK, READING, FURNITURE):
            return lines[j]
    return None


def _wrapped_subheadings(lines: list[Line]) -> None:
    """PDF subheadings without a number ("2022 年 5月　「半導体協力基本原則」を公表"): one or two lines
    without a full stop, after a complete paragraph, before an indented paragraph."""
    n = len(lines)
    for i, line in enumerate(lines):
        if line.kind != TEXT or line.indented or (i > 0 and lines[i - 1].kind != BLANK):
            continue
        before = _previous(lines, i)
        if before is not None and before.kind == TEXT and not ends_sentence(before.key, True):
            continue
        group = [line]
        j = i + 1
        if j < n and lines[j].kind == TEXT and not lines[j].indented:
            group.append(lines[j])
            j += 1
        if any("。" in g.key for g in group) or sum(len(g.key) for g in group) > 70:
            continue
        nxt = lines[j] if j < n else None
        if nxt is not None and nxt.kind == BLANK:
            nxt = _next_filled(lines, j)
        if nxt is None or not (nxt.kind == TEXT and nxt.indented):
            continue
        for member in group:
            member.kind, member.level, member.group = HEADING, headings.UNNUMBERED_LEVEL, line.index


def _unnumbered_headings(lines: list[Line]) -> None:
    """Short lines set apart by blank lines, after a complete paragraph: "防衛・安全保障協力"."""
    previous_heading = False
    for i, line in enumerate(lines):
        if line.kind == BLANK:
            continue
        is_candidate = (
            line.kind == TEXT and len(line.key) <= _MAX_UNNUMBERED and "。" not in line.key
            and not line.key.endswith(("、", ",")) and not _DATE_LINE.match(line.key)
            and not "\u3041" <= line.key[-1] <= "\u3096"  # a sentence cut at a page break
            and (i == 0 or lines[i - 1].kind == BLANK)
            and (i + 1 == len(lines) or lines[i + 1].kind == BLANK)
        )
        if is_candidate and not previous_heading:
            before = _previous(lines, i)
            after = _next_filled(lines, i)
            closed = before is None or before.kind != TEXT or ends_sentence(before.key, False)
            if closed and after is not None and after.kind in (TEXT, ITEM):
                line.kind, line.level = HEADING, headings.UNNUMBERED_LEVEL
                previous_heading = True
                continue
        previous_heading = line.kind == HEADING and line.level == headings.UNNUMBERED_LEVEL
