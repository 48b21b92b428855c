"""Meetings told in sentences: talks, calls, courtesy calls, signings, visits, in narrative and press-release
phrasing ("…と電話会談を行ったところ，概要は以下のとおりです", "…を表敬した", "2022年10月の日加外相会談では")."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from ..document import Document
from ..lexicon import Lexicon
from .dates import DateMention, DateValue
from .meeting_parts import MeetingParts, pattern
from .merge import VISIT
from .records import Meeting, Participant, PersonMention, Span
from .sides import HOME_KINDS

_TOPIC = re.compile(r"(?P<topic>[^、。,]{2,40}?)(?:について|に関して)は[、,]")
_OCCASION = re.compile(r"(?:訪米|訪日|訪問|訪加|訪中|訪韓|滞在|出張)(?:に際し|の際|中に)")


_GATHERING_OCCASION = re.compile(r"(?:会合|会議)(?:の際|の機会|に際し)")
_OCCASION_CLAUSE = re.compile(r"が[^、。「」]{1,40}?[たる](?:際|折|機会|とき)[にはも]*、")


def marks_subject(text: str, mention: PersonMention) -> bool:
    """Whether a mention is the subject of what follows: marked with は, the subject of an occasion clause
    ("菅総理大臣が…を訪問した際、…と会談"), or the speaker of a transcript ("【茂木外務大臣】第一に、…")."""
    end = mention.span.end
    return text[end:end + 1] == "は" or bool(_OCCASION_CLAUSE.match(text, end)) \
        or (text[mention.span.start - 1:mention.span.start] == "【" and text[end:end + 1] == "】")


# A timeline's entry (年表): a day, a dash, then what happened ("6月27日 – …首脳会談を行う。").
TIMELINE_ENTRY = re.compile(r"[ 　]*(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?\s*[–—―－\-]\s")
# A chronology's line: a day, then what happened ("11日　モディ・インド首相訪日。…").
_CHRONOLOGY_LINE = re.compile(r"[ 　]*\d{1,2}(?:\s*[～~〜\-－]\s*\d{1,2})?\s*日[ 　]+\S")


@dataclass
class Anchor:
    """Where a sentence tells a meeting: the phrase, its head noun and how it is told (``form``)."""

    form: str  # event, relative, nominal, headline, exchange, attend, visit, receive, signing
    start: int
    head: int
    end: int
    noun: str
    date: DateMention | None = None
    entry: bool = False  # a chronology's entry: the day, then the meeting ("同日、…とも会談。")
    visited: str | None = None  # visits: the place or country visited as written


@dataclass
class Context:
    """What the text before a sentence tells about it."""

    fallback: DateMention | None = None  # the date in force
    subject: PersonMention | None = None  # the person the passage is about
    carried: bool = False  # the subject was named in an earlier paragraph
    section_countries: list[str] = field(default_factory=list)
    page_countries: list[str] = field(default_factory=list)  # the pair the document's title names ("日米関係年表")
    own_section: list[str] = field(default_factory=list)  # Japan and the country of a country's section
    block_end: int = 0  # where the sentence's paragraph ends ("なお，本件電話会談は米側の求めにより…")
    topic_countries: list[str] = field(default_factory=list)  # named by the sentence's own topic ("日本政府は")
    home: str | None = None  # the office title a page is about ("茂木外務大臣の動静" → 外務大臣)
    visitor: PersonMention | None = None  # whose visit a page reports ("シコルスキ…外務大臣の訪日（結果）")
    schedule: bool = False  # the page is someone's day by day ("総理の動静", "総理の一日")
    principal: PersonMention | None = None  # the head of the delegation a report is about ("団長　逢沢一郎君")


@dataclass
class _When:
    value: DateValue
    end_value: DateValue | None
    start: int  # where the date is written (-1 for a date carried from before)
    end: int
    listed: bool = False  # one of several dates a clause lists
    until: int = -1  # where the next date of the list starts
    relative: bool = False  # written relative to another ("翌21日"): the sentence's place still holds


class MeetingExtractor:
    """Finds meetings in sentences with the patterns of vocabulary.toml and the reference data."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.parts = MeetingParts(lexicon)
        p = {name: pattern(name).pattern for name in ("head", "verb", "bridge", "timeline_verb")}
        self.event = re.compile(rf"(?P<noun>[^、。,「」]{{0,14}}?)(?P<head>{p['head']}){p['bridge']}(?:{p['verb']})")
        # a timeline's entry tells the past in the present tense ("6月27日 – …と日越首脳会談を行う。")
        self.timeline_event = re.compile(
            rf"(?P<noun>[^、。,「」]{{0,14}}?)(?P<head>{p['head']}){p['bridge']}(?:{p['timeline_verb']})")
        self.titles = re.compile("|".join(map(re.escape, self.parts.titles_by_length))
                                 or "(?!)")

    # --- anchors ----------------------------------------------------------------------------------

    def anchors(self, text: str, start: int, end: int, dates: list[DateMention]) -> list[Anchor]:
        """The meetings a sentence tells, in order, without overlaps; visits and signings only when the
        sentence tells no talks."""
        found: list[Anchor] = []
        for m in self.event.finditer(text, start, end):
            found.append(Anchor("event", m.start(), m.start("head"), m.end(), m.group("noun") + m.group("head")))
        if TIMELINE_ENTRY.match(text, text.rfind("\n", 0, start) + 1):
            for m in self.timeline_event.finditer(text, start, end):
                found.append(Anchor("event", m.start(), m.start("head"), m.end(), m.group("noun") + m.group("head")))
        for m in pattern("quoted_meeting").finditer(text, start, end):  # "「日加エネルギー政策対話」を開催"
            found.append(Anchor("event", m.start(), m.start("head"), m.end(), m.group("noun") + m.group("head")))
        for form in ("relative", "exchange", "attend", "done_with"):
            for m in pattern(form).finditer(text, start, end):
                found.append(Anchor(form, m.start(), m.start("head"), m.end(), m.group("noun") + m.group("head")))
        nominal, entry = pattern("nominal"), pattern("entry")
        for d in dates:
            m = nominal.match(text, d.end, end)
            if m:
                found.append(Anchor("nominal", d.start, m.start("head"), m.end(),
                                    m.group("noun") + m.group("head"), date=d))
            elif text[start:d.start].strip(" 　・-*●○") == "" and (m := entry.match(text, d.end, end)):
                found.append(Anchor("nominal", d.start, m.start("head"), m.end(),  # a chronology line
                                    m.group("noun") + m.group("head"), date=d, entry=True))
        m = pattern("headline").search(text, start, end)
        if m and m.group("head") == "戦略対話" and not any(d.value.precision == "day" for d in dates) \
                and not re.match(r"[\s　]*\d{1,2}(?:時|:\d{2})", text[text.rfind("\n", 0, start) + 1:start + 8]):
            m = None  # (a dialogue named on a line of its own is a meeting on a day or at a time of a schedule)
        if m and not found:  # "…と日ウクライナ首脳会談。": a sentence that names the meeting and ends
            found.append(Anchor("headline", m.start(), m.start("head"), m.end(), m.group("noun") + m.group("head")))
        elif not found and (_CHRONOLOGY_LINE.match(text, text.rfind("\n", 0, start) + 1)
                            or text[start - 1:start] == "/") \
                and (m := pattern("entry").match(text, start, end)):  # (or a digest's item after ／)
            # a chronology's line of several events: "11日　モディ・インド首相訪日。日印首脳会談（東京）、…署名"
            noun = m.group("noun") + m.group("head")
            found.append(Anchor("headline", m.start("noun"), m.start("head"), m.end(), noun))
        found.sort(key=lambda a: (a.head, -(a.end - a.start)))
        kept: list[Anchor] = []
        for a in found:
            if kept and a.head < kept[-1].end:
                continue
            if self._not_an_event(text, a, start, end):
                continue
            kept.append(a)
        # "5月24日の首脳会合の際に、…と首脳会談を行った": a gathering named as the occasion of talks told after it is
        # their occasion (and its day theirs), not talks of its own
        kept = [a for a in kept if not (a.form == "nominal" and _GATHERING_OCCASION.search(text, a.head, a.end)
                                        and any(b.head >= a.end for b in kept))]
        pair = pattern("pair_signing").search(text, start, end)
        if pair and not any(d.narrative and d.start < pair.start() for d in dates):
            pair = None  # (a signing by two people is an event of its own only on a day its sentence gives)
        if pair and kept and all(pair.end() <= a.start or pair.start() >= a.end for a in kept):
            a = Anchor("signing", pair.start(), pair.start(), pair.end(), "")
            if not self._not_an_event(text, a, start, end):
                kept = sorted([*kept, a], key=lambda x: x.head)
        if kept:
            return kept
        if pattern("summary").search(text, start, end):
            return []  # "…を訪問し、同国政府関係者との会談を行った": the visit's talks are told below
        for form in ("receive", "visit_event", "signing", "pair_signing"):
            m = pattern(form).search(text, start, end) if form != "pair_signing" else pair
            if m:
                noun = m.groupdict().get("noun") or ""
                visited = (m.groupdict().get("place") or m.groupdict().get("word")) if form == "visit_event" else None
                a = Anchor(form.removesuffix("_event").removeprefix("pair_"), m.start(), m.start(), m.end(), noun,
                           visited=visited)
                return [] if self._not_an_event(text, a, start, end) else [a]
        return []

    def _not_an_event(self, text: str, a: Anchor, start: int, end: int) -> bool:
        # (the sentence before is not read: "…開催に向けて調整を進めることで一致した。翌20日、…を表敬した")
        phrase = text[max(a.start - 24, start):a.end] if a.form != "nominal" else text[a.start:a.end]
        # a visit is a plan if its sentence ends as one ("…を訪問し、…と戦略対話を行う予定です"), and no
        # bilateral meeting if it was to attend a gathering ("…を訪問し、G20首脳会議に出席しました")
        after = text[a.end:end] if a.form == "visit" else text[a.end:min(end, a.end + 8)]
        if a.form != "visit":  # (a clause after the comma is another's: "…会談を行い、翌年1月に予定される…訪問")
            after = "" if text[a.end - 1:a.end] in "、，," else re.split(r"[、，,]", after, maxsplit=1)[0]
        if a.form == "visit" and pattern("attend_gathering").search(after):
            return True
        head = re.match(pattern("head").pattern, text[a.head:a.end])
        weak = a.form == "event" and head and pattern("weak_head").fullmatch(head.group()) \
            and text[a.head + len(head.group()):a.end].startswith("し")
        # (a polite continuative verb, "…と会談いたしまして、…したいと考えております。", "…を表敬するとともに、…会談する
        # 予定でございます。": the sentence's end tells; not "…と会談し、…開催する方向で調整することで一致した")
        going_on = a.form == "event" and (text[a.end - 3:a.end] == "まして" or text.startswith("とともに", a.end))
        return bool(weak or pattern("plan").search(after) or pattern("plan").search(phrase)
                    or (going_on and pattern("plan_end").search(text, a.end, end))
                    or pattern("referred_back").match(text, a.end)
                    or pattern("tally").search(phrase) or pattern("generic").search(a.noun)
                    or pattern("summary").search(phrase))

    # --- sentences --------------------------------------------------------------------------------

    def from_sentence(self, doc: Document, start: int, end: int, dates: list[DateMention],
                      mentions: list[PersonMention], ctx: Context) -> list[Meeting]:
        """Every meeting a sentence tells (a sentence may tell several: "…と会談を行い、…とも意見交換を行い")."""
        text = doc.text
        meetings: list[Meeting] = []
        clause_start = start
        subject = self._subject(text, start, end, mentions)
        topic = _TOPIC.search(text, start, end)
        anchors = self.anchors(text, start, end, dates)
        for i, a in enumerate(anchors):
            tail_end = anchors[i + 1].start if i + 1 < len(anchors) else end
            found = self._from_anchor(doc, a, start, end, clause_start, tail_end, dates, mentions,
                                      subject, ctx, topic.group("topic") if topic else "")
            meetings.extend(m for meeting in found for m in self._by_bracket(text, clause_start, a.head, meeting,
                                                                                dates, mentions))
            clause_start = a.end
        return meetings

    def _by_bracket(self, text: str, start: int, stop: int, meeting: Meeting, dates: list[DateMention],
                    mentions: list[PersonMention]) -> list[Meeting]:
        """A meeting with several counterparts, each given in brackets with its own day after its country
        ("ドイツ（4月30日、メルケル首相）、英国（5月1日、キャメロン首相）…の各国首脳と会談した"): one meeting each."""
        told = []
        for b in re.finditer(r"[（(]([^（）()]{2,40})[）)]", text[start:stop]):
            s, e = start + b.start(), start + b.end()
            day = next((d for d in dates if s <= d.start < e and d.value.precision == "day"), None)
            met = [x for x in mentions if s <= x.span.start < e and x.person]
            if day is not None and len(met) == 1:
                told.append((day, met[0]))
        if len(told) < 2 or len(told) < len([p for p in meeting.participants if p.country != self.parts.japan]):
            return [meeting]
        out = []
        for day, x in told:
            one = replace(meeting, date=day.value, end_date=None, evidence=list(meeting.evidence), sides=[],
                          participants=[p for p in meeting.participants if p.person == x.person
                                        or (p.country == self.parts.japan and p.country != x.country)])
            if len(one.countries) >= 2:
                out.append(one)
        return out or [meeting]

    def _subject(self, text: str, start: int, end: int, mentions: list[PersonMention]) -> PersonMention | None:
        """The person the sentence is about: the first one marked with は (or an occasion clause's), else the
        first marked with が ("林外務大臣がトラス外相と会談し、翌14日には…とも会談した": both clauses are his)."""
        inside = [x for x in mentions if start <= x.span.start < end and x.person]
        return next((x for x in inside if marks_subject(text, x)), None) \
            or next((x for x in inside if text.startswith("が", x.span.end)), None)

    def _from_anchor(self, doc: Document, a: Anchor, start: int, end: int, clause_start: int, tail_end: int,
                     dates: list[DateMention], mentions: list[PersonMention], subject: PersonMention | None,
                     ctx: Context, topic: str) -> list[Meeting]:
        text = doc.text
        runs = self._dates(text, a, start, clause_start, dates, ctx, mentions)
        if not runs:
            return []
        if subject is not None and subject.span.start >= a.end:
            subject = None  # the subject of a later clause ("…長官と会談を行い、会談後、両大臣は…"): not of this one
        # (not whom a participant accompanied: "メルツ氏に同行して来日したワーデフール外相と会談")
        people = [x for x in mentions if clause_start <= x.span.start < a.end and x.person
                  and not pattern("accompanied").match(text, x.span.end)]
        if a.form in ("nominal", "relative"):  # a meeting named in passing: only who its phrase names
            people = [x for x in mentions if a.start <= x.span.start < a.end and x.person]  # (and its brackets)
            subject = None
            if a.form == "relative":  # (or names just before: "AとBとの間で行われた会談において")
                people = self._between(text, a.start, [x for x in mentions if clause_start <= x.span.start < a.start
                                                       and x.person]) + people
        if a.form == "done_with":  # "趙長官から、9月23日に…上川前外務大臣と行った日韓外相会談に触れつつ"
            partner = [x for x in mentions if x.span.end == a.start - 1 and x.person]
            day = [d for d in dates if clause_start <= d.start < a.start and d.value.precision == "day"]
            if not partner or not day:
                return []
            people = partner + [x for x in mentions if start <= x.span.start < day[0].start and x.person
                                and text[x.span.end:x.span.end + 2].startswith(("から", "は", "が"))][-1:]
            subject = None
        if a.form == "headline":  # "モディ首相が訪米し、ワシントンでトランプ大統領と会談。": who the sentence names
            people = [x for x in mentions if start <= x.span.start < a.end and x.person]
            subject = None
        if a.form == "exchange" and not self._partner_before(text, a, people):
            return []
        if a.form == "visit":  # a visit by an office holder
            visitor = self._visitor(text, start, a, mentions)
            people, subject = ([visitor], None) if visitor and visitor.office else ([], None)
            if not people:
                return []
        tail = pattern("attendees_after").search(text, a.end, tail_end)
        if tail:  # "…が開催され、日本側は…が出席した", "…を開催し、A、B、Cの間で…", "…を開催し、AとBが…を議論した"
            people += [x for x in mentions if a.end <= x.span.start < tail.end() and x.person]
        own_subject = any(text.startswith(("が", "は"), x.span.end) for x in people if x.span.start >= clause_start)
        if subject is not None and subject.span.start < clause_start and subject not in people and not (
                own_subject and text.startswith("が", subject.span.end)):
            # (a が-subject carries only into a clause without one: "AとBが…に署名し、翌10日にはCとDが電話会談")
            people.insert(0, subject)
            # ("高市首相とメルツ氏は、…電話会談を行い、同年11月には…会談した": both of a pair are the subject)
            pair = next((x for x in mentions if x.person and x.span.end + 1 == subject.span.start
                         and text[x.span.end] == "と" and x not in people), None)
            if pair is not None:
                people.insert(0, pair)
        if a.form == "receive" and subject is None:
            subject = self._visitor(text, start, a, mentions)
            if subject is not None and subject not in people:
                people.insert(0, subject)
        if a.form in ("receive", "signing") and not people:
            return []
        window = text[max(clause_start, a.head - 24):a.end]  # (not the clause of the meeting before)
        kind = self.parts.kind(window) or (self.parts.kind(a.noun) if a.form in ("nominal", "headline") else None) \
            or self.parts.kind(topic)
        if a.form == "signing":
            kind = "SigningCeremony"
        mode = self.parts.mode(window)
        countries = self._named_countries(a)
        named = [x.span.start for x in people if clause_start <= x.span.start < a.end]
        separately = bool(named) and bool(pattern("separately").search(text, max(clause_start, min(named) - 8), a.end))
        meetings = []
        leads = [x for _, own in runs for x in own]
        # the passage's subject stands in for a side the sentence leaves out, unless it has a topic of its own
        # that is not a person ("…議会人ネットJAPANは、…議員及び…大使を受け入れた")
        topic_at = self._own_topic(text, start, a.start, mentions)
        if topic_at is not None:  # "日本政府は、…を受け入れた": the topic's country takes part
            ctx = replace(ctx, topic_countries=self.parts.countries_of_body(text[start:topic_at]))
        # (a headline that names only the partner, "東京で安倍総理大臣と首脳会談", after "トランプ大統領が…訪日。" in
        # the same paragraph: the paragraph's subject met them)
        partner_only = (a.form == "headline" or a.entry) and bool(people) and not ctx.carried \
            and all(text.startswith("と", x.span.end) for x in people)
        passage = ctx if (a.form not in ("visit", "nominal", "relative", "headline") or partner_only) \
            and topic_at is None else Context()
        for when, own in runs:
            others = [x for x in people if x not in leads]
            # partners named after their day follow who met them: "安倍総理大臣は、28日にはA及びBと、…"
            group = others + own if own and when.start >= 0 and own[0].span.start > when.start else own + others
            # a subject of its own: marked with は, or with が ("17日に安倍総理大臣がビスカラ大統領と会談した")
            named = subject is not None or any(text.startswith(("が", "も"), x.span.end) for x in group)
            for cast in self._casts(group, own, separately, passage, countries, own_subject=named):
                meeting = self._meeting(doc, a, when, cast, kind, mode, countries, clause_start, end, ctx, text,
                                        start, mentions, topic)
                if meeting is not None:
                    meetings.append(meeting)
        each = pattern("each_visited").search(text, clause_start, a.head)
        ours = [x for x in people if x.country == self.parts.japan]
        if each and runs and len(ours) == 1 and len(ours) == len(people):
            # "…がヨルダン、エジプト及びイラクを訪問し、各国の外相とそれぞれ会談": one talk in each country visited
            visited = [c for c in self.parts.named_countries(each.group("list")) if c != self.parts.japan]
            if len(visited) >= 2:
                meetings = []
                for country in visited:
                    meeting = Meeting(date=runs[0][0].value, end_date=None, kind=kind or "OtherMeeting", mode=mode,
                                      participants=self.parts.participants(ours, kind), sides=[country],
                                      evidence=[Span(start, end)], label=a.noun, place_country=country)
                    if kind is None:
                        meeting.kind = self.parts.kind_from_people(meeting.participants)
                    meetings.append(meeting)
        return meetings

    @staticmethod
    def _listed(a: Anchor, people: list[PersonMention]) -> bool:
        """Whether the anchor is a list's line naming one meeting with one person ("4月2日　…外務大臣との会談",
        "…との電話会談（4月8日）"), not a meeting named in a sentence's passing."""
        return (a.entry or a.form == "headline") and len({x.person for x in people if x.person}) == 1

    def _unplaced(self, people: list[PersonMention]) -> bool:
        """Whether someone met is named with a title but no country the text or the reference data gives
        ("スハイル・アル・マズルーイ エネルギー・インフラ大臣"), and is not an international organisation's."""
        return any(x.person and x.country is None and x.title and not x.former
                   and not pattern("org_official").search(x.prefix + x.title) for x in people)

    def _own_topic(self, text: str, start: int, stop: int, mentions: list[PersonMention]) -> int | None:
        """Where the sentence's own topic ends ("Xは、") before ``stop``, when it is not a person, a date or a
        place ("10日には", "ロサンゼルスでは")."""
        for m in pattern("topic").finditer(text, start, stop):
            if not any(x.span.start <= m.start() < x.span.end + 1 for x in mentions):
                return m.start()
        return None

    def _partner_before(self, text: str, a: Anchor, people: list[PersonMention]) -> bool:
        """An exchange of views counts when a named person stands right before its "と"."""
        ats = [i for i in range(a.start, a.head) if text[i] == "と"]
        return any(x.span.end == at or (x.span.end < at and text[x.span.end:at] in ("）", ")"))
                   for x in people for at in ats)

    @staticmethod
    def _between(text: str, at: int, before: list[PersonMention]) -> list[PersonMention]:
        """The two people of "AとBとの間で" ending at ``at`` ("…との間で行われた会談において"), or none."""
        tail = text[before[-1].span.end:at] if before else ""
        if len(before) < 2 or not re.fullmatch(r"との間で(?:[^、。,]{0,12}?(?:で|において))?", tail):
            return []
        first, second = before[-2:]
        return [first, second] if text[first.span.end:second.span.start] == "と" else []

    def _visitor(self, text: str, start: int, a: Anchor, mentions: list[PersonMention]) -> PersonMention | None:
        before = [x for x in mentions if start <= x.span.start < a.start and x.person
                  and text[x.span.end:x.span.end + 1] in ("は", "が")]
        return before[-1] if before else None

    def _named_countries(self, a: Anchor) -> list[str]:
        if a.form == "nominal" and a.noun.endswith("公式訪問"):
            named = self.parts.named_countries(a.noun)
            if len(named) >= 2:
                return named
        # (not a Japanese body named for a country: "日本ウズベキスタン友好議員連盟の幹部と懇談")
        return self.parts.compound_countries(pattern("friendship_body").sub("", a.noun))

    def _casts(self, group: list[PersonMention], own: list[PersonMention], separately: bool, ctx: Context,
               countries: list[str], own_subject: bool = True) -> list[list[PersonMention]]:
        """Who met: everyone named, or one meeting per counterpart when the text says they met one by one."""
        sides = {x.country for x in group if x.country}
        if ctx.carried and ctx.subject is not None and ctx.subject.country != self.parts.japan \
                and not any(x.country == ctx.subject.country for x in group):
            # a foreign leader the paragraph before was about is not who "…との間では、…首脳会談を行い" (with a
            # third country) leaves out: in a Japanese text that is Japan's side
            ctx = replace(ctx, subject=None)
        if len(sides) == 1 and ctx.subject is not None and ctx.subject.country not in sides and not countries \
                and not own_subject:
            group = [ctx.subject, *group]  # counterparts named, the other side is who the passage is about
        elif not sides and group and not own_subject and ctx.subject is not None and ctx.subject.country \
                and ctx.subject not in group and not countries:
            group = [ctx.subject, *group]  # "（2）インドネシア … 来日した…大臣と会談を行いました": the page's minister
        if not separately or not group:
            return [group]
        if ctx.subject is not None and ctx.subject not in group and len(sides) >= 2 and not own_subject:
            group = [ctx.subject, *group]  # "翌21日には、A大統領及びB大統領とそれぞれ首脳会談を行った": the passage's
        lead = group[0]
        counterparts = [x for x in group if x.country and x.country != lead.country]
        if len(counterparts) < 2:
            return [group]
        # "安倍総理大臣がロウハニ大統領と、岸田大臣がジュベイル外相と、それぞれ会談": each counterpart met the one of
        # the lead's side named before them, when that side is named between the counterparts
        ours = sorted((x for x in group if x.country == lead.country), key=lambda x: x.span.start)
        paired = any(x.span.start > min(c.span.start for c in counterparts) for x in ours)
        seen: list[str] = []
        casts = []
        for x in counterparts:
            if x.person not in seen:
                seen.append(x.person)
                before = [y for y in ours if y.span.start < x.span.start]
                casts.append([before[-1] if paired and before else lead, x])
        return casts

    def _meeting(self, doc: Document, a: Anchor, when: _When, people: list[PersonMention], kind: str | None,
                 mode: str, countries: list[str], clause_start: int, end: int, ctx: Context, text: str,
                 start: int, mentions: list[PersonMention], topic: str) -> Meeting | None:
        participants = self.parts.participants(people, kind, countries or None)
        self._bare_counterparts(text, a, clause_start, participants, when.value, mentions)
        meeting = Meeting(date=when.value, end_date=when.end_value, kind=kind or "OtherMeeting", mode=mode,
                          dated=when.start >= 0,
                          participants=participants, evidence=[Span(start, end)],
                          label=VISIT if a.form == "visit" else a.noun)
        if countries:
            if len(countries) > 3:
                return None
            self.parts.complete(meeting, countries, when.value)
            japan = self.parts.japan
            title = self.parts.title_in(a.noun)
            if japan in meeting.sides and title:  # "日韓財務大臣会談": Japan's holder of the office it is named for
                holder = self.parts.holder(title, when.value, japan)
                if holder is not None:
                    meeting.participants.append(holder)
                    meeting.sides.remove(japan)
        if a.form == "visit":
            visited = self.parts.visit_words.get(a.visited or "") or self.parts.country_of_place(a.visited or "")
            if visited and visited not in meeting.countries:
                meeting.sides.append(visited)
        compact = re.split(r"[のにでをはがと際]", a.noun)[-1]
        if (self.parts.is_conference(compact) or pattern("multilateral").search(topic)) and not countries:
            return None
        if not meeting.participants and ctx.home and (
                named := self.parts.named_countries(pattern("friendship_body").sub("", a.noun))):
            # a schedule's line ("17:30　ベトナム外務大臣と会談"): the office the page is about meets that country
            holder = self.parts.home_holder(ctx.home, when.value)
            if holder is not None:
                meeting.participants.append(holder)
                meeting.sides += [c for c in named if c != holder.country][:1]
        elif (ctx.home or ctx.principal) and (ctx.schedule or self._listed(a, people)) and (
                len(meeting.countries) == 1 or (not meeting.countries and self._unplaced(people))) and not any(
                marks_subject(text, x) or text.startswith("が", x.span.end) for x in people) \
                and self._own_topic(text, start, a.start, mentions) is None:  # ("…議会人ネットJAPANは、…")
            # a schedule's line with a counterpart and no subject ("…ウォン・オーストラリア外相の表敬を受ける。",
            # "…マッタレッラ・イタリア大統領を表敬。"), or an item of a list of the talks of the office the page is
            # about ("上川外務大臣の主な会談": "・ブリンケン米国務長官との電話会談（4月8日）"): that office's holder
            holder = self.parts.home_holder(ctx.home, when.value) if ctx.home else None
            if holder is None and ctx.principal is not None:  # (a delegation's programme: its head)
                holder = Participant.of(ctx.principal)
            wanted = self.parts.kind_category.get(kind or "")
            if holder is not None and holder.country not in meeting.countries \
                    and (not wanted or self.parts.category_of(holder) in wanted):
                meeting.participants.append(holder)
        if not meeting.participants and not meeting.countries:  # a meeting of bodies: its sentence or section
            named = self.parts.compound_countries(text[start:end])  # says between which countries
            sides = named if 2 <= len(named) <= 3 else ctx.section_countries
            if pattern("multilateral").search(text[start:end]):
                return None
            sides = sides or ctx.page_countries  # ("平成27年4月27日　「2+2」（ニューヨーク）。" in "日米関係年表")
            if len(sides) >= 2 and kind == "TwoPlusTwo":  # "日・インドネシア間の「2＋2」は…": the ministers of the day
                self.parts.complete(meeting, list(sides), when.value)
            elif len(sides) >= 2 and pattern("weak_head").search(a.noun[-5:]):
                meeting.sides = list(sides)
            elif kind in HOME_KINDS and ctx.own_section and not set(
                    self.parts.named_countries(text[start:a.end])) - set(ctx.own_section):
                # "9月5日には、…の機会に首脳会談を行い" in a country's section: its holders and Japan's
                self.parts.complete(meeting, list(ctx.own_section), when.value)
            elif kind in HOME_KINDS and ctx.visitor is not None and ctx.visitor.country != self.parts.japan \
                    and a.form not in ("nominal", "relative") and not self.parts.named_countries(text[start:a.end]):
                # "（1）16日午前，総理大臣官邸において首脳会談が行われました．" in a report of a leader's visit to Japan
                # ("プーチン・ロシア大統領の訪日（結果概要）"): the visitor and Japan's holder
                visiting = Participant.of(ctx.visitor)
                if self.parts.category_of(visiting) not in self.parts.kind_category.get(kind, []):
                    return None
                meeting.participants.append(visiting)
                self.parts.complete(meeting, [visiting.country, self.parts.japan], when.value)
            else:
                return None
        if len(meeting.countries) <= 1 and ctx.visitor is not None and ctx.visitor.country not in meeting.countries \
                and (meeting.countries or self._unplaced(people)) \
                and a.form in ("headline", "nominal"):  # a visit's programme: "・石破総理大臣への表敬（…）"
            meeting.participants.append(Participant.of(ctx.visitor))
        if len(meeting.countries) == 1:  # the other side is a body, not a person: "日本政府は", "韓国の議員団が"
            groups = [c for name in ("delegation", "envoy_body") for m in pattern(name).finditer(text, start, a.end)
                      for c in self.parts.countries_of_body(m.group("who"))]
            meeting.sides += [c for c in ctx.topic_countries + groups if c not in meeting.countries][:1]
        envoy = any(p.title in self.parts.envoy_titles for p in meeting.participants)  # "山根大使と…大臣"
        home = meeting.kind in HOME_KINDS  # "ニュシ大統領とは…首脳会談が行われた": Japan's talks
        # "…モディ首相と広島で首脳会談を行い": a foreign leader met by the one the passage is about, Japan's
        # (or who came to Japan for them: "ナジブ首相が訪日し、16日に首脳会談を行った"; not for talks with others,
        # "…が来日し、21日に各国首脳と首脳会談を行った")
        visitor = pattern("japan_visitor")
        partner = home and len(meeting.countries) == 1 and self.parts.japan not in meeting.countries \
            and any(text.startswith("と", x.span.end) or ((came := visitor.match(text, x.span.end))
                                                          and "と" not in text[came.end():a.head]) for x in people)
        if len(meeting.countries) < 2 and not partner and not ((len(meeting.countries) == 1 or envoy or home)
                                                               and self._unplaced(people)):
            return None  # (a counterpart of unknown country is placed later, see sides.complete_sides)
        if kind is None or (kind == "OtherMeeting" and meeting.participants):  # by the rank of the principals
            meeting.kind = self.parts.kind_from_people(meeting.participants) if meeting.participants \
                else "OtherMeeting"
        context = text[start:a.end]
        if meeting.mode == "InPerson":
            self.parts.place(meeting, self._place_text(text, a, when, start, end))
        if meeting.place_country is None and meeting.mode == "InPerson" and any(
                x.prefix.startswith("駐日") for x in people):  # an ambassador to Japan meets in Japan
            meeting.place_country = self.parts.japan
        if meeting.place_country is None and (a.form == "receive" or pattern("received_call").search(
                text[a.head:a.end])) and people:  # the receiver's country: "…の表敬を受けた"
            meeting.place_country = ctx.topic_countries[0] if ctx.topic_countries else people[0].country
        if meeting.place_country is None and meeting.mode == "InPerson" and meeting.kind == "CourtesyCall":
            # "…は、同日、マルコス大統領を表敬した": a call is paid where the one called on is
            callee = next((x for x in people if x.country and text.startswith(("を表敬", "への表敬"), x.span.end)),
                          None)
            if callee is not None:
                meeting.place_country = callee.country
        if meeting.place_country is None and a.form == "nominal" and len(countries) == 2 \
                and a.noun.endswith("公式訪問"):
            meeting.place_country = countries[1]
        self.parts.conference(meeting, context)
        self.parts.roles(meeting, text[start:end] if meeting.mode == "InPerson" else text[start:ctx.block_end])
        self.parts.time(meeting, context)
        return meeting

    def _place_text(self, text: str, a: Anchor, when: _When, start: int, end: int) -> str:
        """Where to look for the place: the stretch of its own date when a clause lists several; from its
        date on when a sentence tells more than one thing; the whole sentence for an attended meeting."""
        if when.listed and when.end <= a.end:
            return text[when.end:when.until]
        if a.form == "attend":
            return text[start:end]
        if when.start > start and not when.relative:
            return text[when.start:a.end]
        return text[start:a.end]

    def _bare_counterparts(self, text: str, a: Anchor, clause_start: int, participants: list[Participant],
                           when: DateValue, mentions: list[PersonMention]) -> None:
        """A counterpart given by title alone ("…経済産業大臣と面会"): the holder on that date."""
        for m in self.titles.finditer(text, clause_start, a.head):
            if text[m.end():m.end() + 1] != "と" or any(x.span.start <= m.start() < x.span.end for x in mentions) \
                    or m.group().startswith(("駐日", "在日")):
                continue  # (an envoy to Japan is known only with the country: "中央アジア諸国の駐日大使と懇談")
            before = text[m.start() - 1:m.start()] if m.start() > clause_start else ""
            if before and re.match(r"[一-龥ァ-ヴー]", before):
                continue
            person = self.parts.holder(m.group(), when)
            if person and person.person not in {p.person for p in participants}:
                participants.append(person)

    # --- dates ------------------------------------------------------------------------------------

    def _dates(self, text: str, a: Anchor, start: int, clause_start: int, dates: list[DateMention],
               ctx: Context, mentions: list[PersonMention]) -> list[tuple[_When, list[PersonMention]]]:
        """The date(s) of the meeting: its own date, the dates a clause lists ("2023年2月及び12月に会合"), the
        last date of the sentence, or the date in force (a trip's month when it dates a span)."""
        if a.date is not None:
            return [(_When(a.date.value, a.date.end_value, a.date.start, a.date.end, relative=a.date.relative), [])]
        stop = a.end
        if a.form == "exchange":  # "Xと11月の2+2の成果について意見交換": dates after the partner are topics
            stop = text.find("と", a.start, a.head) if "と" in text[a.start:a.head] else a.end
        occasions = [d for d in dates if clause_start <= d.start < stop and d.value.precision in ("month", "day")
                     and pattern("gathering_after").match(text, d.end)]
        if len(occasions) >= 2 and pattern("on_occasions").search(text, occasions[-1].end, a.head + 1):
            # "6月のG8…サミット、9月のG20…、10月のAPEC首脳会議の際にも会談", "6月17日にG8…サミットの際に、9月5日に
            # G20…の際にそれぞれ会談": one talk at each gathering
            return [(_When(d.value, d.end_value, d.start, d.end, True,
                           occasions[i + 1].start if i + 1 < len(occasions) else a.end, d.relative), [])
                    for i, d in enumerate(occasions)]
        window = [d for d in dates if clause_start <= d.start < stop and d.narrative
                  and (a.form in ("relative", "done_with") or not d.modifies
                       or pattern("occasion_date").match(text, d.end, stop))]
        if not window and len(occasions) == 1 and (m := pattern("gathering_after").match(text, occasions[0].end)) \
                and pattern("on_occasions").match(text, m.end()):
            window = occasions  # "6月のG7エルマウ・サミットの際には、…首脳会談が行われた": the gathering's month
        if not window:
            window = [d for d in dates if start <= d.start < clause_start and d.narrative][-1:]
        if window:
            runs = self._runs(text, window)
            months = [r for r in runs if any(d.value.precision != "year" for d in r)]
            runs = months or runs
            subjects = [x.span.end for x in mentions if clause_start <= x.span.start < a.end and marks_subject(text, x)]
            after = [r for r in runs if subjects and r[0].start > max(subjects)]
            if len(after) >= 2:  # "TICAD7（8月28日から30日）の際には、安倍総理大臣は、28日に…と、翌29日には…と会談"
                runs = after
            if len(runs) >= 3 and runs[0][-1].value.precision == "month" and all(
                    r[0].value.precision == "day" and r[0].value.month == runs[0][-1].value.month for r in runs[1:]):
                runs = runs[1:]  # "10月には、…トカエフ大統領と21日に、…と23日に": the month only dates the days
            leads = self._leads(text, runs, clause_start, mentions)
            if leads:  # each run's stretch (up to the next run) holds its place
                return [(_When(d.value, d.end_value, d.start, d.end, True,
                               runs[i + 1][0].start if i + 1 < len(runs) else a.end, d.relative), lead)
                        for i, (run, lead) in enumerate(zip(runs, leads, strict=True)) for d in run]
            run = runs[-1]
            listed = len(run) > 1
            return [(_When(d.value, d.end_value, d.start, d.end, listed,
                           run[i + 1].start if i + 1 < len(run) else a.end, d.relative), [])
                    for i, d in enumerate(run)]
        if ctx.fallback is None:
            return []
        d = ctx.fallback
        value, end_value = d.value, d.end_value
        occasion = _OCCASION.search(text, start, a.end)
        same_month = end_value is None or (end_value.year, end_value.month) == (value.year, value.month)
        if value.precision == "day" and (end_value is not None or occasion) and same_month:
            value, end_value = DateValue(value.year, value.month), None  # a trip's month, not its first day
        return [(_When(value, end_value, -1, -1), [])]

    def _runs(self, text: str, window: list[DateMention]) -> list[list[DateMention]]:
        """Dates written as a list ("4月、8月、12月に") form one run; others stand alone. Consecutive days
        ("7月27日及び28日") are one span."""
        glue = pattern("date_glue")
        runs: list[list[DateMention]] = [[window[0]]]
        for prev, d in itertools.pairwise(window):
            anchored = text.startswith(("同月", "同日", "翌", "前日", "前月"), d.start)  # counts from the date before
            if glue.match(text[prev.end:d.start]) and not anchored:
                runs[-1].append(d)
            else:
                runs.append([d])
        return [self._span(run) for run in runs]

    def _span(self, run: list[DateMention]) -> list[DateMention]:
        days = [d.value for d in run]
        if len(run) > 1 and all(v.precision == "day" for v in days) and all(
                (b.as_date() - a.as_date()).days == 1 for a, b in itertools.pairwise(days)):
            first = run[0]
            return [DateMention(first.start, run[-1].end, first.value, days[-1], first.relative)]
        return run

    def _leads(self, text: str, runs: list[list[DateMention]], clause_start: int,
               mentions: list[PersonMention]) -> list[list[PersonMention]] | None:
        """Several runs each after its own topic ("Aは3度（5月・9月・12月）、Bは2度（7月・9月）…と面会") or each in
        brackets after its person ("ケニアのケニヤッタ大統領（28日）、ルワンダのカガメ大統領（29日）…とも会談"), or
        each before the partners named after it (see ``_partners_after``): the people of each run, or None when the
        runs are not distributed that way."""
        if len(runs) < 2:
            return None
        leads = []
        floor = clause_start
        for run in runs:
            own = [x for x in mentions if floor <= x.span.start < run[0].start and x.person
                   and (text[x.span.end:x.span.end + 1] == "は"
                        or (x.span.end + 1 == run[0].start and text[x.span.end] in "（("))]
            if not own:
                return self._partners_after(text, runs, mentions) or self._partners_before(text, runs, clause_start,
                                                                                           mentions)
            leads.append([own[-1]])
            floor = run[-1].end
        return leads

    @staticmethod
    def _partners_before(text: str, runs: list[list[DateMention]], clause_start: int,
                         mentions: list[PersonMention]) -> list[list[PersonMention]] | None:
        """"訪日したトカエフ大統領と21日に、ジェエンベコフ大統領と23日に、安倍総理大臣がそれぞれ首脳会談": the
        partner named with と just before each run."""
        leads, floor = [], clause_start
        for run in runs:
            own = [x for x in mentions if floor <= x.span.start < run[0].start and x.person
                   and re.fullmatch(r"と[、,]?", text[x.span.end:run[0].start])]
            if not own:
                return None
            leads.append(own[-1:])
            floor = run[-1].end
        return leads

    @staticmethod
    def _partners_after(text: str, runs: list[list[DateMention]], mentions: list[PersonMention]
                        ) -> list[list[PersonMention]] | None:
        """"8月28日にベルリンでショルツ首相と、翌29日にパリでマクロン大統領と、それぞれ首脳会談": the partners
        named after each run (before the next), the last marked with と ("28日にはA、B及びCと、29日にはDと")."""
        leads = []
        for i, run in enumerate(runs):
            ceiling = runs[i + 1][0].start if i + 1 < len(runs) else len(text)
            own = [x for x in mentions if run[-1].end <= x.span.start < ceiling and x.person]
            marked = [j for j, x in enumerate(own) if text.startswith("と", x.span.end)]
            if not marked and own and re.search(r"と[、,]?$", text[own[-1].span.end:ceiling].strip()):
                marked = [len(own) - 1]  # "6日にはA及びB仏外相と、" (B a name not read): the list ends with と
            if not marked:
                return None
            leads.append(own[:marked[0] + 1])
        return leads
