"""Meetings: summits, minister talks, calls and courtesy calls, from sentences and photo captions."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from ..document import Document
from ..lexicon import Lexicon
from ..namespaces import COUNTRY
from .dates import DateMention, DateValue
from .records import Meeting, Participant, PersonMention, Span

_VOCABULARY = Path(__file__).with_name("vocabulary.toml")
_CAPTION = re.compile(r"^(?P<title>.*?)\s*[（(]\s*(?P<inner>[^）)]*)[）)]\s*$")
_VISITS = {"訪日": "jp", "来日": "jp", "訪米": "us", "訪加": "ca", "訪中": "cn", "訪韓": "kr", "訪印": "in",
           "訪豪": "au"}


@cache
def vocabulary() -> dict:
    with _VOCABULARY.open("rb") as fh:
        return tomllib.load(fh)


class MeetingExtractor:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        vocab = vocabulary()
        self.kinds = sorted(vocab["kind"].items(), key=lambda kv: len(kv[0]), reverse=True)
        self.modes = sorted(vocab["mode"].items(), key=lambda kv: len(kv[0]), reverse=True)
        self.kind_category = vocab["kind_category"]
        self.event = re.compile(vocab["patterns"]["event"])
        self.event_relative = re.compile(vocab["patterns"]["event_relative"])
        self.event_exchange = re.compile(vocab["patterns"]["event_exchange"])
        self.tally = re.compile(vocab["patterns"]["tally"])
        self.compound = re.compile(vocab["patterns"]["compound"])
        self.by_abbreviation = {ref.abbreviation: iri for iri, ref in lexicon.countries.items()
                                if ref.abbreviation}
        self.plan = re.compile(vocab["patterns"]["plan"])
        self.visit = re.compile(vocab["patterns"]["visit"])
        self.place_names = sorted(
            ((name, iri) for iri, ref in lexicon.places.items() for name in ref.names),
            key=lambda kv: len(kv[0]), reverse=True)
        self.country_names = lexicon.country_names()

    # --- sentences -------------------------------------------------------------------------------

    def events(self, text: str, start: int, end: int) -> list[re.Match[str]]:
        """The meeting events told in ``text[start:end]``, in order, without overlaps."""
        found = [m for pattern in (self.event, self.event_relative, self.event_exchange)
                 for m in pattern.finditer(text, start, end)]
        found.sort(key=lambda m: m.start("head"))
        kept: list[re.Match[str]] = []
        for m in found:
            if kept and m.start("head") < kept[-1].end():
                continue
            after = text[m.end():min(end, m.end() + 8)]
            if self.plan.search(after) or self.plan.search(m.group(0)) or self.tally.search(m.group(0)):
                continue
            kept.append(m)
        return kept

    def from_sentence(self, doc: Document, start: int, end: int, dates: list[DateMention],
                      mentions: list[PersonMention], fallback: DateValue | None) -> list[Meeting]:
        """Every meeting a sentence tells; a sentence may tell several ("…と会談を行い、…とも意見交換を行い")."""
        text = doc.text
        meetings = []
        clause_start = start
        subject = self._subject(text, start, end, mentions)
        for m in self.events(text, start, end):
            meeting = self._from_event(text, start, end, clause_start, m, dates, mentions, fallback, subject)
            if meeting:
                meetings.append(meeting)
            clause_start = m.end()
        return meetings

    def _subject(self, text: str, start: int, end: int, mentions: list[PersonMention]) -> PersonMention | None:
        """The person the sentence is about: the first one marked with は."""
        for x in mentions:
            if start <= x.span.start < end and x.person and text[x.span.end:x.span.end + 1] == "は":
                return x
        return None

    def _from_event(self, text: str, start: int, end: int, clause_start: int, m: re.Match[str],
                    dates: list[DateMention], mentions: list[PersonMention], fallback: DateValue | None,
                    subject: PersonMention | None) -> Meeting | None:
        phrase = text[max(start, m.start("head") - 16):m.end()]
        kind = self._kind(phrase)
        mode = self._mode(phrase)
        before = [d for d in dates if start <= d.start < m.start("head") and d.narrative]
        when = before[-1] if before else None
        date, end_date = (when.value, when.end_value) if when else (fallback, None)
        if date is None:
            return None
        people = [x for x in mentions if clause_start <= x.span.start < m.end() and x.person]
        if subject is not None and subject.span.start < clause_start and subject not in people:
            people.insert(0, subject)
        participants = self._participants(people, kind)
        participants = self._complete_from_compound(phrase, date, kind, participants)
        if len({p.country for p in participants}) < 2:
            return None  # a meeting needs two sides; one named side is a narrative about that side
        if kind is None:
            kind = self._kind_from_people(participants)
        meeting = Meeting(date=date, end_date=end_date, kind=kind, mode=mode, participants=participants,
                          evidence=[Span(start, end)])
        context = text[start:m.start("head")]
        self._place(meeting, context)
        self._conference(meeting, context)
        self._roles(meeting, context, people)
        return meeting

    def _kind(self, phrase: str) -> str | None:
        for word, kind in self.kinds:
            if word in phrase:
                return kind
        return None

    def _mode(self, phrase: str) -> str:
        for word, mode in self.modes:
            if word in phrase:
                return mode
        return "InPerson"

    def _category(self, office: str | None) -> str | None:
        ref = self.lexicon.offices.get(office or "")
        return ref.category.rsplit("#", 1)[-1] if ref and ref.category else None

    def _participants(self, people: list[PersonMention], kind: str | None) -> list[Participant]:
        seen: dict[str, Participant] = {}
        for x in people:
            if x.person not in seen:
                seen[x.person] = Participant(x.person, x.office, x.country)
        participants = list(seen.values())
        wanted = self.kind_category.get(kind or "")
        if wanted:
            fitting = [p for p in participants if self._category(p.office) in wanted]
            if len({p.country for p in fitting}) >= 2:
                participants = fitting
        return participants

    def _kind_from_people(self, participants: list[Participant]) -> str:
        categories = {self._category(p.office) for p in participants}
        if categories == {"HeadOfStateOrGovernment"}:
            return "Summit"
        if categories == {"ForeignMinister"}:
            return "ForeignMinistersMeeting"
        if categories == {"DefenceMinister"}:
            return "DefenceMinistersMeeting"
        if categories and categories <= {"HeadOfStateOrGovernment", "ForeignMinister", "DefenceMinister",
                                         "EconomicMinister", "OtherMinister"}:
            return "OtherMinisterialMeeting"
        return "OtherMeeting"

    def _place(self, meeting: Meeting, clause: str) -> None:
        visits = list(self.visit.finditer(clause))
        m = visits[-1] if visits else None  # the visit nearest the meeting
        target = m.group("place") if m else clause
        for name, iri in self.place_names:
            if name in target:
                meeting.place_name = name
                meeting.place = iri
                meeting.place_country = self.lexicon.places[iri].country
                return
        if m:
            for name, iri in self.country_names.items():
                if target.endswith(name):
                    meeting.place_country = iri
                    return
        for word, code in _VISITS.items():
            if word in clause:
                meeting.place_country = str(COUNTRY[code])
                return

    def _conference(self, meeting: Meeting, clause: str) -> None:
        first, last = meeting.date.as_date(), (meeting.end_date or meeting.date).last_date()
        for iri, ref in self.lexicon.conferences.items():
            if ref.start and ref.end and not (ref.start <= last and first <= ref.end):
                continue
            if any(name in clause for name in ref.names):
                meeting.conference = iri
                return

    def _roles(self, meeting: Meeting, clause: str, people: list[PersonMention]) -> None:
        if meeting.mode != "InPerson" or not meeting.place_country:
            return
        countries = {p.country for p in meeting.participants}
        if meeting.place_country not in countries or len(countries) < 2:
            return
        for p in meeting.participants:
            p.role = "Host" if p.country == meeting.place_country else "Visitor"

    # --- captions ---------------------------------------------------------------------------------

    def from_caption(self, doc: Document, start: int, end: int, dates: list[DateMention],
                     mentions: list[PersonMention]) -> Meeting | None:
        """A photo caption such as "日米外相会談（7月1日、米国・ワシントンD.C.）"."""
        text = doc.text[start:end]
        m = _CAPTION.match(text)
        if not m or not dates:
            return None
        title = m.group("title")
        if not re.search(r"会談|表敬", title):
            return None
        kind = self._kind(title) or None
        mode = self._mode(title)
        people = [x for x in mentions if start <= x.span.start < start + len(title) and x.person]
        participants = self._complete_from_compound(title, dates[0].value, kind,
                                                    self._participants(people, kind))
        if not participants:
            return None
        meeting = Meeting(date=dates[0].value, end_date=dates[0].end_value, kind=kind or
                          self._kind_from_people(participants), mode=mode, participants=participants,
                          evidence=[Span(start, end)])
        inner = m.group("inner")
        place = re.split(r"[、,]", inner, maxsplit=1)
        if len(place) == 2:
            self._place(meeting, place[1].split("写真")[0].strip())
        return meeting

    def _complete_from_compound(self, phrase: str, when: DateValue, kind: str | None,
                                participants: list[Participant]) -> list[Participant]:
        """"日米首脳会談" with a country left unnamed: add who held the matching office on that date."""
        wanted = self.kind_category.get(kind or "")
        m = self.compound.search(phrase)
        if not wanted or len(wanted) != 1 or not m:
            return participants
        present = {p.country for p in participants}
        added = list(participants)
        for char in m.group("compound"):
            country = self.by_abbreviation.get(char)
            if country is None or country in present:
                continue
            holders = {
                (person.iri, office)
                for office, ref in self.lexicon.offices.items()
                if ref.country == country and self._category(office) == wanted[0]
                for person in self.lexicon.holders(office, when.as_date(), when.last_date())
            }
            if len(holders) != 1:
                continue  # nobody, or several (e.g. a change of office that month): do not guess
            person, office = holders.pop()
            added.append(Participant(person, office, country))
        return added
