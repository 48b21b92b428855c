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
        self.plan = re.compile(vocab["patterns"]["plan"])
        self.visit = re.compile(vocab["patterns"]["visit"])
        self.place_names = sorted(
            ((name, iri) for iri, ref in lexicon.places.items() for name in ref.names),
            key=lambda kv: len(kv[0]), reverse=True)
        self.country_names = lexicon.country_names()

    # --- sentences -------------------------------------------------------------------------------

    def from_sentence(self, doc: Document, start: int, end: int, dates: list[DateMention],
                      mentions: list[PersonMention], fallback: DateValue | None) -> Meeting | None:
        text = doc.text
        m = self.event.search(text, start, end)
        if not m:
            return None
        after = text[m.end():min(end, m.end() + 8)]
        if self.plan.search(after) or self.plan.search(m.group(0)):
            return None
        phrase = text[max(start, m.start("head") - 16):m.end()]
        kind = self._kind(phrase)
        mode = self._mode(phrase)
        before = [d for d in dates if start <= d.start < m.start("head")]
        when = before[-1] if before else None
        date, end_date = (when.value, when.end_value) if when else (fallback, None)
        if date is None:
            return None
        people = [x for x in mentions if start <= x.span.start < m.end() and x.person]
        participants = self._participants(people, kind)
        if not participants:
            return None
        if kind is None:
            kind = self._kind_from_people(participants)
        meeting = Meeting(date=date, end_date=end_date, kind=kind, mode=mode, participants=participants,
                          evidence=[Span(start, end)])
        self._place(meeting, text[start:m.start("head")])
        self._conference(meeting, text[start:m.start("head")])
        self._roles(meeting, text[start:m.start("head")], people)
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
        m = None
        for m in self.visit.finditer(clause):
            pass
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
        participants = self._participants(people, kind)
        if not participants:
            participants = self._leaders_from_compound(title, dates[0].value, kind)
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

    def _leaders_from_compound(self, title: str, when: DateValue, kind: str | None) -> list[Participant]:
        """"日米首脳会談" names no person: take the holders of the matching offices on that date."""
        wanted = self.kind_category.get(kind or "")
        if not wanted or len(wanted) != 1:
            return []
        compound = re.match(r"^.*?([日米加中韓豪印比英仏独伊露]{2,3})(?:首脳|外相|防衛相)", title)
        if not compound:
            return []
        by_abbr = {ref.abbreviation: iri for iri, ref in self.lexicon.countries.items() if ref.abbreviation}
        participants = []
        for char in compound.group(1):
            country = by_abbr.get(char)
            holders = [
                (person, office)
                for office, ref in self.lexicon.offices.items()
                if ref.country == country and self._category(office) == wanted[0]
                for person in self.lexicon.holders(office, when.as_date(), when.last_date())
            ]
            if len(holders) != 1:
                return []
            person, office = holders[0]
            participants.append(Participant(person.iri, office, country))
        return participants
