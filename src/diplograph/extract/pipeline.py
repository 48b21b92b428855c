"""Run the extractors over a document in reading order and merge what they find."""

from __future__ import annotations

from ..document import Document
from ..lexicon import Lexicon
from .dates import DateMention, DateReader, DateValue
from .meetings import MeetingExtractor
from .mentions import MentionFinder
from .records import Attestation, Extraction, Meeting


def _date_at(dates: list[DateMention], offset: int) -> DateValue | None:
    """The date in force at ``offset``: the last date mentioned before it."""
    current = None
    for d in dates:
        if d.start >= offset:
            break
        if d.narrative:
            current = d.value
    return current


def extract(doc: Document, lexicon: Lexicon) -> Extraction:
    """Everything the extractors read from ``doc``."""
    finder = MentionFinder(lexicon)
    meetings = MeetingExtractor(lexicon)
    reader = DateReader(doc.meta.context_year)
    out = Extraction()
    dates: list[DateMention] = []
    for block in doc.blocks:
        reader.new_paragraph()
        dates.extend(reader.read(doc.text, block.start, block.end))
    context = DateValue(doc.meta.context_year) if doc.meta.context_year else None
    for block in doc.blocks:
        for mention in finder.find(doc.text, block.start, block.end):
            when = _date_at(dates, mention.span.start) or context
            finder.resolve(mention, when)
            if mention.person is None and mention.note is None and mention.office:
                unlisted = finder.unlisted(mention)
                out.unlisted.setdefault(unlisted.iri, unlisted)
                mention.person = unlisted.iri
            out.mentions.append(mention)
            if mention.person and mention.office and when and when.precision == "day" and not mention.former:
                out.attestations.append(Attestation(mention.person, mention.office, when, mention.span))
    found: list[Meeting] = []
    for sentence in doc.sentences:
        block = doc.blocks[sentence.block]
        in_sentence = [d for d in dates if sentence.start <= d.start < sentence.end]
        people = [x for x in out.mentions if sentence.start <= x.span.start < sentence.end]
        if block.kind == "caption":
            meeting = meetings.from_caption(doc, sentence.start, sentence.end, in_sentence, people)
            found.extend([meeting] if meeting else [])
        elif block.kind == "paragraph":
            found.extend(meetings.from_sentence(doc, sentence.start, sentence.end, in_sentence, people,
                                                _date_at(dates, sentence.start)))
    out.meetings = merge_meetings(found)
    return out


def _compatible_dates(a: DateValue, b: DateValue) -> bool:
    """Equal, or one is less precise and contains the other ("2月" and "2月7日")."""
    if a.precision == b.precision:
        return a == b
    return a.as_date() <= b.last_date() and b.as_date() <= a.last_date()


def _same(a: Meeting, b: Meeting) -> bool:
    if not _compatible_dates(a.date, b.date) or a.mode != b.mode:
        return False
    if a.kind != b.kind and "OtherMeeting" not in (a.kind, b.kind):
        return False
    people_a = {p.person for p in a.participants}
    people_b = {p.person for p in b.participants}
    return people_a <= people_b or people_b <= people_a


def merge_meetings(meetings: list[Meeting]) -> list[Meeting]:
    """One meeting per event: reports with the same date, kind, mode and people merge with all evidence."""
    merged: list[Meeting] = []
    for meeting in meetings:
        for kept in merged:
            if _same(kept, meeting):
                _absorb(kept, meeting)
                break
        else:
            merged.append(meeting)
    return merged


def _absorb(kept: Meeting, other: Meeting) -> None:
    if other.date.precision == "day" and kept.date.precision != "day":
        kept.date, kept.end_date = other.date, other.end_date
    kept.evidence.extend(s for s in other.evidence if s not in kept.evidence)
    present = {p.person: p for p in kept.participants}
    for p in other.participants:
        if p.person not in present:
            kept.participants.append(p)
        elif present[p.person].role is None:
            present[p.person].role = p.role
    if kept.kind == "OtherMeeting":
        kept.kind = other.kind
    for attr in ("place", "place_name", "place_country", "conference", "end_date", "start_time", "duration"):
        if getattr(kept, attr) is None:
            setattr(kept, attr, getattr(other, attr))
