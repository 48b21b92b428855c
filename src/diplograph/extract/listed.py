"""Meetings with counterparts listed after the sentence that tells them: "サンティアゴにおいて，以下の閣僚と
それぞれ会談を行いました．（1）アウロラ・ウィリアムズ鉱業大臣 …（2）財務大臣 …" — one meeting per item."""

from __future__ import annotations

import re

from ..document import Document
from .dates import DateMention
from .meeting_parts import MeetingParts, pattern
from .records import Meeting, Participant, PersonMention, Span
from .sides import section_country

_ITEM = re.compile(r"^\s*(?:[（(][0-9]{1,2}[）)]|[①-⑳]|[・●○■◆-])\s*")


def listed_meetings(doc: Document, parts: MeetingParts, sentence: tuple[int, int], block_index: int,
                    when: DateMention | None, leads: list[PersonMention | None],
                    mentions: list[PersonMention]) -> list[Meeting]:
    """The meetings of a sentence that announces a list of counterparts, read from the items that follow;
    ``leads``: who the passage is about, nearest first (the first not of the section's country leads)."""
    text = doc.text
    s, e = sentence
    m = pattern("listed_partners").search(text, s, e)
    if m is None or when is None:
        return []
    block = doc.blocks[block_index]
    home = section_country(parts, block.section)
    candidates = [x for x in leads if x is not None and x.person and x.country and x.country != home]
    # the ministry's own minister leads, when the passage names one
    lead = next((x for x in candidates if x.country == parts.japan), candidates[0] if candidates else None)
    pairs_only = bool(re.search(r"とおり|通り", m.group()))
    kind_word = parts.kind(text[m.start():e])
    told_mode = parts.mode(text[s:e])
    # the other side of a document about one pair ("第1回日独政府間協議（概要）"), for counterparts of no country
    titled = [c for c in parts.compound_countries(doc.meta.title or "") if c != parts.japan]
    out = []
    for item in doc.blocks[block_index + 1:]:
        if item.section[:len(block.section)] != block.section:
            break  # the next section: "2．ペルー共和国" after the items of "1．チリ共和国"
        first = text[item.start:item.end].split("\n")[0]
        if item.kind not in ("item", "heading") and not _ITEM.match(first):
            continue
        name_end = item.start + len(re.split(r"[：:。．]", first, maxsplit=1)[0])
        people = [x for x in mentions if item.start <= x.span.start < name_end and x.person]
        if not people and not (parts.title_in(text[item.start:name_end])
                               or pattern("minister_title").search(text[item.start:name_end])):
            continue  # (a photo's caption among the items, "ASEM12首脳会合開会式", names no one met)
        # the country the item names, else its section's ("2．ペルー共和国" over "（1）財務大臣"; not a trip's day
        # heading "10月18日（木）ベルギー（ブリュッセル）" over "マルク・ルッテ・オランダ首相との日・オランダ首脳会談")
        named = [c for c in parts.named_countries(text[item.start:name_end]) if c != parts.japan]
        country = (named[0] if named else None) or section_country(parts, item.section) or (
            titled[0] if len(titled) == 1 else None)
        if people and all(x.country for x in people):
            country = None  # (who is named brings their country)
        # (an item that names both sides, "・林外務大臣とベアボック外務大臣（飯倉公館）", needs no lead; a list
        # announced as pairs, "以下のとおり会談", has only such items)
        paired = len(people) == 2 and people[0].country == parts.japan and people[1].country != parts.japan \
            and text.startswith("と", people[0].span.end) and not _ITEM.sub("", text[item.start:people[0].span.start])
        if (pairs_only and not paired) or (lead is None and not paired):
            continue
        participants = [] if paired else [Participant.of(lead)]
        participants += [Participant(x.person, x.office, x.country or country, title=x.prefix + (x.title or ""))
                         for x in people if paired or x.person != lead.person]
        item_mode = parts.mode(text[item.start:item.end])
        mode = item_mode if item_mode != "InPerson" else told_mode  # "（テレビ会議形式）"
        meeting = Meeting(date=when.value, end_date=None, kind=kind_word or "OtherMeeting", mode=mode,
                          participants=participants, evidence=[Span(s, e), Span(item.start, name_end)],
                          label=text[item.start:name_end])
        if not people:  # "（3）財務大臣": a counterpart given by title only keeps this meeting apart from others
            meeting.counterparts.append(_ITEM.sub("", text[item.start:name_end]).strip())
        if country and country not in meeting.countries:
            meeting.sides.append(country)
        if len(meeting.countries) < 2:
            continue
        if kind_word is None:
            meeting.kind = parts.kind_from_people(meeting.participants)
            if meeting.kind == "OtherMeeting" and pattern("minister_title").search(text[item.start:name_end]):
                meeting.kind = "OtherMinisterialMeeting"  # "（3）財務大臣": a minister not named
        if mode == "InPerson":
            parts.place(meeting, text[s:m.start()])
            if paired and meeting.place_name is None:
                parts.place(meeting, text[item.start:item.end])
        parts.roles(meeting, "")
        out.append(meeting)
    return out


_ROSTER = re.compile(r"^\s*[・●○■◆\-]?\s*(?P<country>[^\s　（(、。]{2,16})[\s　]+(?P<who>[^\s　（(、。][^（(、。]*?)"
                     r"\s*(?:[（(](?P<note>[^）)]*)[）)])?\s*$")


def roster_meeting(parts: MeetingParts, text: str, block_start: int, block_end: int, when: DateMention | None,
                   mentions: list[PersonMention], lead: PersonMention | None) -> Meeting | None:
    """A report's item that names only a country and a person met ("●エジプト　シーシ大統領（約30分）") under a lead
    that tells the talks ("…首脳との間で二国間会談等を行いました。各会談の概要は以下のとおりです"): the lead's subject
    met that person on the day in force (the item's day heading)."""
    line = text[block_start:block_end].split("\n")[0]
    m = _ROSTER.match(line)
    if m is None or when is None or lead is None or when.value.precision != "day":
        return None
    country = parts.country_names.get(m.group("country"))
    at = block_start + m.start("who")
    people = [x for x in mentions if at <= x.span.start < block_start + m.end("who") and x.person]
    if country is None or len(people) != 1 or country == lead.country \
            or text[people[0].span.end:block_start + m.end("who")].strip(" 　氏"):
        return None  # (the item names the person and nothing else: not "・中国　王毅外相の演説を聴取")
    note = m.group("note") or ""
    who = people[0]
    participants = [Participant.of(lead),
                    Participant(who.person, who.office, who.country or country, title=who.prefix + (who.title or ""))]
    meeting = Meeting(date=when.value, end_date=None, kind=parts.kind(note) or "OtherMeeting",
                      mode=parts.mode(note), participants=participants,
                      evidence=[Span(block_start, block_start + len(line))], label=line.strip(), dated=False)
    if country not in meeting.countries:
        meeting.sides.append(country)
    if parts.kind(note) is None:
        meeting.kind = parts.kind_from_people(meeting.participants)
    parts.place(meeting, note)
    parts.roles(meeting, "")
    return meeting
