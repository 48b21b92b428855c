"""What every meeting source needs: kind, mode, countries, participants, place, conference, roles, time."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from ..lexicon import Lexicon
from ..namespaces import COUNTRY, OFFICE, ORGANIZATION
from .dates import DateValue
from .names import vocabulary as person_words
from .records import Meeting, Participant, PersonMention

_VOCABULARY = Path(__file__).with_name("vocabulary.toml")
_MINISTERS = {"HeadOfStateOrGovernment", "ForeignMinister", "DefenceMinister", "EconomicMinister",
              "OtherMinister"}


@cache
def vocabulary() -> dict:
    with _VOCABULARY.open("rb") as fh:
        return tomllib.load(fh)


# What says something took place at a place just named: "山口県長門市で", "…において".
_TOOK_PLACE = re.compile(r"において|におきまして|にて|で(?!は)")


@cache
def pattern(name: str) -> re.Pattern[str]:
    """A regular expression of vocabulary.toml's ``[patterns]``."""
    return re.compile(vocabulary()["patterns"][name])


def is_spoken_record(title: str, text: str) -> bool:
    """Whether a document records speech (Diet minutes, a press conference, a council's 議事要旨): by its title,
    or by a line of its opening that names it minutes."""
    minutes = re.compile(pattern("minutes_head").pattern, re.M)
    return bool(pattern("spoken_record").search(title or "")) or bool(minutes.search(text[:300]))


class MeetingParts:
    """Reads the parts of a meeting from its phrase and context, with the reference data."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        vocab = vocabulary()
        self.kinds = sorted(vocab["kind"].items(), key=lambda kv: len(kv[0]), reverse=True)
        self.modes = sorted(vocab["mode"].items(), key=lambda kv: len(kv[0]), reverse=True)
        self.cell_modes = list(vocab["cell_mode"].items())
        self.kind_category: dict[str, list[str]] = vocab["kind_category"]
        self.title_categories = list(vocab["title_category"].items())
        self.visit_words = {w: str(COUNTRY[c]) for w, c in vocab["visit_words"].items()}
        self.leader_office = {str(COUNTRY[c]): str(OFFICE[o]) for c, o in vocab["leader_office"].items()}
        # ("cn,jp,kr" → China's premier: who attends a summit of that format)
        self.format_leader_office = {
            tuple(sorted(str(COUNTRY[c]) for c in key.split(","))):
                {str(COUNTRY[c]): str(OFFICE[o]) for c, o in by.items()}
            for key, by in vocab.get("format_leader_office", {}).items()}
        self.by_abbreviation = {ref.abbreviation: iri for iri, ref in lexicon.countries.items()
                                if ref.abbreviation and iri.startswith(str(COUNTRY))}
        # a party of a meeting is a country, or an organisation that meets as one (the EU at 日EU首脳協議)
        parties = {str(ORGANIZATION[o]) for o in vocab.get("party_organizations", [])}
        self.country_names = {n: iri for n, iri in lexicon.country_names().items()
                              if iri.startswith(str(COUNTRY)) or iri in parties}
        self.place_names = sorted(((name, iri) for iri, ref in lexicon.places.items() for name in ref.names),
                                  key=lambda kv: len(kv[0]), reverse=True)
        # a country by its ISO 3166-1 code, as a database export's column gives it ("BR"): the code is its IRI's
        self.country_codes = {iri.rsplit("/", 1)[1].upper(): iri for iri in self.country_names.values()
                              if iri.startswith(str(COUNTRY)) and len(iri.rsplit("/", 1)[1]) == 2}
        self._countries_by_length = sorted(((n, iri) for n, iri in self.country_names.items() if len(n) >= 2),
                                           key=lambda kv: len(kv[0]), reverse=True)
        names = "|".join(re.escape(n) for n, _ in self._countries_by_length) or "(?!)"
        self._country_name = re.compile(f"(?:{names})")
        # "韓国・釜山", "米国（ロサンゼルス、…）", "インドのムンバイ": a city written with its country
        self._country_city = re.compile(
            rf"(?P<country>{names})(?:・|の|（|\()(?P<city>[ァ-ヴー一-龥]{{2,12}})(?:[）)、,]|$)")
        countries_en = sorted(((n, iri) for iri, ref in lexicon.countries.items() if iri.startswith(str(COUNTRY))
                               for n in ref.names_en if len(n) >= 4), key=lambda kv: len(kv[0]), reverse=True)
        # (one pattern for all, built once: a pattern per name was compiled anew whenever re's cache let it go)
        self._country_by_en = {n.lower(): iri for n, iri in reversed(countries_en)}
        self._countries_en = re.compile(rf"(?<![A-Za-z])(?:{'|'.join(re.escape(n) for n, _ in countries_en)})"
                                        rf"(?![A-Za-z])", re.IGNORECASE) if countries_en else None
        self.japan = self.country_names.get("日本")  # the home side of a Japanese ministry's page
        self.envoy_titles = set(person_words()["titles"]["envoy"])
        self.titles_by_length = sorted(lexicon.by_title, key=len, reverse=True)
        self.full_titles: dict[str, str] = {}  # person → the fullest title the document gives them
        self.conference_names = []
        for iri, ref in lexicon.conferences.items():
            names = set(ref.names)
            series = lexicon.series.get(ref.series or "")
            if series:
                names |= series.names
            self.conference_names.append((iri, ref, sorted(names, key=len, reverse=True)))

    # --- kind and mode ----------------------------------------------------------------------------

    def kind(self, phrase: str) -> str | None:
        plain = re.sub(r"テレビ|電話|オンライン|ビデオ", "", phrase)  # "外相テレビ会談" is a 外相会談 by video
        for word, kind in self.kinds:
            if word in phrase or word in plain:
                return kind
        return None

    def mode(self, phrase: str, cell: str = "") -> str:
        """The mode ``phrase`` tells, else the one a table's form ``cell`` tells in a word ("電話"), else in person."""
        for word, mode in self.modes:
            if word in phrase or word in cell:
                return mode
        return next((mode for word, mode in self.cell_modes if word in cell), "InPerson")

    def category(self, office: str | None) -> str | None:
        return self.lexicon.category(office or "")

    def category_of(self, participant: Participant) -> str | None:
        """The category of the participant's office; for an office the reference data lacks, the one its
        title tells ("外相" → ForeignMinister)."""
        category = self.category(participant.office)
        # a title the reference data lacks, or a second title that carries the portfolio ("副首相兼国防大臣")
        if participant.title and (category is None or "兼" in participant.title):
            category = next((c for pat, c in self.title_categories if re.search(pat, participant.title)), category)
        return category

    def kind_from_people(self, participants: list[Participant]) -> str:
        """By rank: all heads → summit, all foreign (defence) ministers → their talks, any minister → other
        ministerial, else other."""
        categories = {self.category_of(p) for p in participants}
        for kind in ("Summit", "ForeignMinistersMeeting", "DefenceMinistersMeeting"):
            if categories == set(self.kind_category[kind]):
                return kind
        if categories & {None, "OtherOfficial"} and categories - {None, "OtherOfficial"} <= {"HeadOfStateOrGovernment"}:
            # a leader with a party secretary, a parliament's speaker or a state premier: no ministers' talks
            return "OtherMeeting"
        if categories & _MINISTERS:
            return "OtherMinisterialMeeting"
        return "OtherMeeting"

    # --- countries --------------------------------------------------------------------------------

    def compound_countries(self, phrase: str) -> list[str]:
        """The countries of the last country compound in ``phrase`` ("日米韓首脳会合", "日・カナダ関係")."""
        found: list[tuple[int, list[str]]] = []
        region = pattern("region_abbreviation")
        for m in pattern("compound").finditer(phrase):
            if any(region.match(phrase, i) for i in range(m.start("compound"), m.end("compound"))):
                continue  # "日中米": not when 中米 is Central America
            codes = [self.by_abbreviation.get(ch) for ch in m.group("compound")]
            if all(codes) and len(set(codes)) == len(codes):
                found.append((m.start(), [c for c in codes if c]))
        for m in pattern("dot_compound").finditer(phrase):
            name = m.group("name") or m.group("name2")
            if region.match(name):
                continue  # "日・中米統合機構": Japan and a region
            first = self.by_abbreviation.get(m.group("abbr") or m.group("abbr2"))
            country = self.by_abbreviation.get(name[0]) if len(name) >= 1 and name[0] in self.by_abbreviation \
                and len(name) > 1 and name[1] not in "国本" else None
            at = m.start("name") if m.group("name") else m.start("name2")  # (the name may run on: アラブ首長国連邦)
            country = next((iri for n, iri in sorted(self.country_names.items(), key=lambda kv: -len(kv[0]))
                            if len(n) >= 2 and phrase.startswith(n, at)), country)
            if first and country and first != country:
                found.append((m.start(), [first, country]))
        return max(found)[1] if found else []

    def named_countries(self, phrase: str) -> list[str]:
        """Countries named in full in ``phrase``, in order ("豪州の米国公式訪問" → au, us)."""
        out: list[str] = []
        for m in self._country_name.finditer(phrase):
            if phrase.startswith("太平洋", m.end()) or phrase.startswith("洋", m.end()):
                continue  # "インド太平洋" is not India
            iri = self.country_names[m.group()]
            if iri not in out:
                out.append(iri)
        return out

    def countries_of_body(self, name: str) -> list[str]:
        """Countries a body's name names, in Japanese or in Latin letters ("日本政府", "議会人ネットJAPAN")."""
        found = self.named_countries(name)
        if not found and self._countries_en is not None and (m := self._countries_en.search(name)):
            found = [self._country_by_en[m.group().lower()]]
        return found[:1]

    def country_of_place(self, text: str) -> str | None:
        where = self.resolve_place(text)
        if where is not None:
            return where[2]
        for name, iri in self._countries_by_length:
            if name in text:
                return iri
        return None

    # --- participants -----------------------------------------------------------------------------

    def participants(self, people: list[PersonMention], kind: str | None,
                     countries: list[str] | None = None) -> list[Participant]:
        """One participant per person; restricted to ``countries`` when the phrase names them, and to the
        office categories of ``kind`` when that still leaves two sides."""
        seen: dict[str, Participant] = {}
        for x in people:
            if x.person and x.person not in seen and (not countries or x.country in (*countries, None)):
                title = x.prefix + (x.title or "") + x.also
                seen[x.person] = Participant(x.person, x.office, x.country,
                                             title=max(title, self.full_titles.get(x.person, ""), key=len))
        out = list(seen.values())
        wanted = self.kind_category.get(kind or "")
        if wanted:  # others named in the sentence are bystanders; people of unknown office may be principals
            fitting = [p for p in out if self.category_of(p) in wanted]
            if len({p.country for p in fitting}) >= 2:
                return fitting
            # (but the one person named for a foreign side is that side's principal: "ムハンマド・サウジアラビア皇太子
            # | 首脳会談"; Japan's is completed from the reference data)
            sides = {p.country for p in out if self.category_of(p) in wanted or self.category_of(p) is None}
            out = [p for p in out if self.category_of(p) in wanted or self.category_of(p) is None
                   or (p.country not in (None, self.japan) and p.country not in sides
                       and sum(q.country == p.country for q in out) == 1)]
        return out

    def complete(self, meeting: Meeting, countries: list[str], when: DateValue) -> None:
        """Countries a phrase names ("日米首脳会談") but no named participant represents: add the holder of
        the office the kind implies when exactly one person held it, else keep the country as a side."""
        wanted = self.kind_category.get(meeting.kind, [])
        present = {p.country for p in meeting.participants}
        missing = [c for c in countries if c not in present]
        unknown = [p for p in meeting.participants if p.country is None]
        # "ラミー外務・英連邦・開発大臣と日英外相会談": he is the UK side (but two visitors of "日比「2+2」", one of
        # them unplaced, are no Japanese side: Japan's is completed below)
        if len(missing) == 1 and len(unknown) == 1 and missing[0] != self.japan:
            unknown[0].country = missing[0]
            present.add(missing[0])
        leaders = {**self.leader_office, **self.format_leader_office.get(tuple(sorted(countries)), {})}
        for country in countries:
            if country in present:
                continue
            added = False
            for category in wanted:
                offices = [office for office, ref in self.lexicon.offices.items()
                           if ref.country == country and self.category(office) == category]
                if category == "HeadOfStateOrGovernment" and leaders.get(country) in offices:
                    offices = [leaders[country]]
                holders = {(person.iri, office) for office in offices
                           for person in self.lexicon.holders(office, when.as_date(), when.last_date())}
                if len(holders) == 1:
                    person, office = holders.pop()
                    meeting.participants.append(Participant(person, office, country))
                    added = True
            if not added and country not in meeting.sides:
                meeting.sides.append(country)

    def title_in(self, phrase: str) -> str | None:
        """The longest office title ``phrase`` names ("総理表敬" → 総理, "日韓財務大臣会談" → 財務大臣)."""
        return next((t for t in self.titles_by_length if t in phrase), None)

    def title_ending(self, phrase: str) -> str | None:
        """The longest office title ``phrase`` ends with ("岸田総理大臣" → 総理大臣)."""
        return next((t for t in self.titles_by_length if phrase.endswith(t)), None)

    def home_holder(self, title: str, when: DateValue) -> Participant | None:
        """The holder of the office a page or table is about ("外務大臣"): the one holder of that title, else
        Japan's (a Japanese ministry's page)."""
        return self.holder(title, when) or self.holder(title, when, self.japan)

    def holder(self, title: str, when: DateValue, country: str | None = None) -> Participant | None:
        """The one person holding the office called ``title`` (a bare title: "経済産業大臣") at ``when`` (in
        ``country`` when given)."""
        offices = {o for o in self.lexicon.by_title.get(title, set())
                   if country is None or self.lexicon.offices[o].country == country}
        people = {(person.iri, office) for office in offices
                  for person in self.lexicon.holders(office, when.as_date(), when.last_date())}
        if len(people) != 1:
            return None
        person, office = people.pop()
        return Participant(person, office, self.lexicon.offices[office].country)

    # --- place, conference, roles, time -----------------------------------------------------------

    def place(self, meeting: Meeting, clause: str) -> None:
        """The place from "…を訪問した", "…において", a city or country named, or a one-word visit (訪日); not
        from a conference's name ("G7カナナスキス・サミットの際に")."""
        for _, _, names in self.conference_names:
            for name in names:
                if len(name) > 3 and name in clause:
                    clause = clause.replace(name, "＿" * len(name))
        visits = list(pattern("visit").finditer(clause))
        venues = list(pattern("venue").finditer(clause))
        # the phrase nearest the meeting first ("パリを訪問して…会談を行い、同日、ワルシャワでは…とも会談")
        targets = [m.group("place") for m in sorted(visits[-1:] + venues[-1:], key=lambda m: -m.start())]
        # a place in brackets after the meeting's name: "日韓首脳会談（東京）", "（バンコク、APEC首脳会議の際）"
        targets += [re.split(r"[、,]", m.group(1))[0] for m in re.finditer(r"[（(]([^（）()]{2,30})[）)]\s*$", clause)]
        # a known place first (in the visit or venue phrase, then anywhere), then a country or a city with
        # its country ("韓国・釜山")
        found = [self.place_in(t) for t in targets] + [self.place_in(clause, anywhere=True)] + \
            [self.resolve_place(t) for t in targets] + [self.municipality(clause, venue=True)]
        if not any(found[:len(targets)]) and re.search(r"(?:来日|訪日)中の", clause) and self.japan:
            found.insert(0, (None, None, self.japan))  # "来日中のシンガポールの…大臣と…会談": in Japan
        where = next((w for w in found if w is not None), None)
        if where is not None:
            meeting.place_name, meeting.place, meeting.place_country = where
            return
        for word, country in self.visit_words.items():
            if word in clause:
                meeting.place_country = country
                return

    def place_in(self, text: str, anywhere: bool = False) -> tuple[str, str, str] | None:
        """A known place named in ``text`` as a place, not as part of a document's or a gathering's name
        ("パリ協定", "広島アコード") or a person's ("シドニー・キャマラガー・ドーブ"): (name, IRI, country).
        ``anywhere``: ``text`` is a whole clause, not a place phrase; a ministry named there ("外務省と…") is
        the body, not its building."""
        tail, before, body = pattern("place_tail"), pattern("place_before"), pattern("body_venue")
        for name, iri in self.place_names:
            if anywhere and body.search(name):
                continue
            at = text.find(name)
            while at >= 0:
                if tail.match(text, at + len(name)) and not before.search(text, max(0, at - 1), at):
                    return name, iri, self.lexicon.places[iri].country
                at = text.find(name, at + 1)
        return None

    def resolve_place(self, target: str) -> tuple[str | None, str | None, str] | None:
        """Where a visit or venue phrase points: a known place ("ジャカルタ"), a country ("インドネシア"), or a
        city the reference data lacks written with its country ("韓国・釜山", "米国（ロサンゼルス、…）",
        "インドのムンバイ"): (name as written or None, place IRI or None, country)."""
        known = self.place_in(target)
        if known is not None:
            return known
        target = target.strip()
        for name, iri in self._countries_by_length:
            if target.endswith(name):
                return None, None, iri
        for m in self._country_city.finditer(target):
            if not m.group("city").endswith(("国", "政府", "側", "大統領", "首相", "大使館")):
                single = target.endswith(m.group("city")) and "（" not in m.group() and "(" not in m.group()
                return (m.group("city") if single else None), None, self.country_names[m.group("country")]
        if (town := self.municipality(target)) and target.endswith(town[0]):
            return town
        lead = self._country_name.match(target)  # "米国カリフォルニア州ウッドサイド": a place in that country
        if lead and re.match(r"[ァ-ヴー一-龥]{2,}(?:州|省|県|市)", target[lead.end():]):
            return None, None, self.country_names[lead.group()]
        return None

    def municipality(self, text: str, venue: bool = False) -> tuple[str, None, str] | None:
        """A Japanese town written with its prefecture ("山口県長門市") that the gazetteer may lack: (name, None,
        Japan); ``venue``: only where the text says something took place there ("山口県長門市で", "…において"), not a
        town named for another reason ("石川県輪島市の被災地への支援")."""
        found = pattern("jp_municipality").finditer(text)
        m = next((x for x in found if not venue or _TOOK_PLACE.match(text, x.end())), None)
        if m is None or not self.japan:
            return None
        return re.sub(r"[（(][ぁ-ん]+[）)]", "", m.group()), None, self.japan

    def conference(self, meeting: Meeting, clause: str) -> None:
        """The multilateral conference named in the clause whose dates overlap the meeting's."""
        first, last = meeting.date.as_date(), (meeting.end_date or meeting.date).last_date()
        for iri, ref, names in self.conference_names:
            if ref.start and ref.end and not (ref.start <= last and first <= ref.end):
                continue
            if not (ref.start and ref.end) and meeting.date.precision == "year":
                continue
            if any(name in clause for name in names):
                meeting.conference = iri
                return

    def is_conference(self, noun: str) -> bool:
        """Whether ``noun`` names a multilateral gathering (G7, APEC, the Quad …)."""
        if pattern("multilateral").search(noun):
            return True
        return any(name in noun for _, _, names in self.conference_names for name in names if len(name) > 3)

    def roles(self, meeting: Meeting, clause: str) -> None:
        """Host and visitor when the meeting is in one side's country; caller and callee when the text says
        who asked for the call."""
        countries = {p.country for p in meeting.participants}
        if meeting.mode == "InPerson":
            if meeting.place_country and meeting.place_country in countries and len(countries) >= 2:
                for p in meeting.participants:
                    p.role = "Host" if p.country == meeting.place_country else "Visitor"
            return
        m = pattern("caller").search(clause)
        if not m:
            return
        who = m.group("who")
        caller = next((c for c in countries if c and any(
            who.endswith(n) for n, iri in {**self.country_names, **self.by_abbreviation}.items() if iri == c)), None)
        if caller is None:
            caller = next((p.country for p in meeting.participants
                           if (ref := self.lexicon.persons.get(p.person)) and ref.name_ja
                           and any(part and part in who for part in (ref.family_ja, ref.name_ja))), None)
        if caller:
            for p in meeting.participants:
                p.role = "Caller" if p.country == caller else "Callee"

    def time(self, meeting: Meeting, clause: str) -> None:
        """"午後10時15分頃から約20分間" → start 22:15, duration PT20M."""
        m = pattern("time").search(clause)
        if not m:
            return
        hour = int(m.group("h")) + (12 if m.group("ampm") == "午後" and int(m.group("h")) < 12 else 0)
        minute = 30 if m.group("half") else int(m.group("m") or 0)
        if hour < 24 and minute < 60:
            meeting.start_time = f"{hour:02d}:{minute:02d}:00"
        hours, minutes = int(m.group("dh") or 0), int(m.group("dm") or 0)
        if hours or minutes:
            meeting.duration = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
