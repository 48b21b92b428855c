"""Lists of the documents signed at a meeting ("（別添）署名・交換文書", "## 署名・交換された文書"): items that
each name one document and say nothing else (no verb), their signatories on the item's line or the next."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document
from .agreement_names import words

_SENTENCE_END = re.compile(r"[。．]\s*$")


@dataclass
class ListedDocument:
    """One item of a list of signed documents."""

    intro: int  # the block index of the heading or sentence the list starts with
    name: tuple[int, int]  # the span naming the document (the item without its number, or a table cell)
    signers: tuple[int, int] | None  # the span naming who signed it, when given
    first: bool = False  # the list's first item (a heading there may be the release's next part instead)


def _style(number: str) -> str:
    """The numbering style of a list item's number: "（2）" and "（7）" share one, "5." another."""
    return re.sub(r"[①-⑳]", "①", re.sub(r"[0-9]+", "N", number.strip()))


def _number(number: str) -> int | None:
    """The number of a list item ("（3）", "③", "3."), or None for a bullet."""
    if m := re.search(r"[0-9]+", number):
        return int(m.group())
    circled = re.search(r"[①-⑳]", number)
    return ord(circled.group()) - ord("①") + 1 if circled else None


def _intro(text: str) -> bool:
    return bool(words("signed_list").search(text))


def _name_cell(doc: Document, index: int) -> tuple[int, int]:
    """The cell of a table row that names the document: the one under a header naming documents, or the first."""
    block = doc.blocks[index]
    spans = block.cell_spans(doc.text, merged=False)
    column = next((i for i, h in enumerate(block.header) if "文書" in h or "名称" in h), 0)
    return spans[min(column, len(spans) - 1)]


def signed_documents(doc: Document) -> list[ListedDocument]:
    """Every item of every list of signed documents in ``doc``."""
    text, blocks = doc.text, doc.blocks
    out: list[ListedDocument] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind in ("caption", "table_row") or not _intro(text[block.start:block.end]):
            i += 1
            continue
        intro, j = i, i + 1
        if j < len(blocks) and blocks[j].kind == "paragraph" and _intro(text[blocks[j].start:blocks[j].end]) \
                and _SENTENCE_END.search(text[blocks[j].start:blocks[j].end]):
            j += 1  # "## 署名・交換された文書" / "…以下の文書の署名・交換が行われました。"
        items: list[ListedDocument] = []
        style: str | None = None  # how the items are numbered: they share it ("①", "（N）", "N.", "・")
        number: int | None = None  # the last item's number: the next one has the next ("4" after "3")
        while j < len(blocks):
            b = blocks[j]
            body = text[b.start:b.end]
            if b.kind == "table_row":
                if b.header and text[b.start:b.end].split("\t") == list(b.header):
                    j += 1
                    continue  # the header row itself
                cell = _name_cell(doc, j)
                signers = next(((s, e) for k, (s, e) in enumerate(b.cell_spans(text, merged=False))
                                if (s, e) != cell and k < len(b.header)
                                and ("署名者" in b.header[k] or "交換者" in b.header[k])), None)
                items.append(ListedDocument(intro, cell, signers, not items))
            elif words("signers").match(body) and items and items[-1].signers is None:
                items[-1].signers = (b.start, b.end)
            elif b.kind in ("item", "heading", "paragraph") and not _SENTENCE_END.search(body) \
                    and (lead := words("list_item").match(body)) and (lead.end() > lead.start() or b.kind == "item") \
                    and (style is None or _style(lead.group()) == style) \
                    and (number is None or _number(lead.group()) in (None, number + 1)):
                style, number = _style(lead.group()), _number(lead.group())
                name_end = b.end
                bracket = re.search(r"[（(](?:署名者|交換者)[:：][^）)]*[）)]\s*$", body)
                signers = None
                if bracket:
                    name_end, signers = b.start + bracket.start(), (b.start + bracket.start(), b.end)
                items.append(ListedDocument(intro, (b.start + lead.end(), name_end), signers, not items))
            else:
                break
            j += 1
        out.extend(items)
        i = j if items else i + 1
    return out
