"""Meetings of one document: the event, its participations, place, conference, topics and evidence."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from ..extract.records import Meeting
from ..namespaces import DG, ORGANIZATION, SCHEMA
from ..ontology import ontology_graph
from .iris import digest, local, meeting_iri, text_place_iri

if TYPE_CHECKING:
    from .mapping import DocumentMapper

# Kinds of which two countries hold at most one a day (in one mode): their IRI needs no participants.
_ONE_A_DAY = {"Summit", "ForeignMinistersMeeting", "DefenceMinistersMeeting", "TwoPlusTwo", "EconomicTwoPlusTwo"}
_MODE_SCHEMA = {"InPerson": SCHEMA.OfflineEventAttendanceMode, "Phone": SCHEMA.OnlineEventAttendanceMode,
                "Video": SCHEMA.OnlineEventAttendanceMode}


def meeting_iris(meetings: list[Meeting]) -> dict[int, URIRef]:
    """The IRI of each meeting (by ``id``): date, countries, kind and mode; meetings of one document that
    share these get the slugs of the participants that tell them apart (deterministic, order-free)."""
    groups: dict[URIRef, list[Meeting]] = {}
    for m in meetings:
        base = meeting_iri(m.date.iso(), m.countries, m.kind, m.mode)
        if m.kind not in _ONE_A_DAY:  # several such meetings may fall on one day: say who met
            who = sorted(local(p.person) for p in m.participants)
            base = URIRef(f"{base}-{'-'.join(who)}" if who else f"{base}-{digest(m.label, size=6)}")
        groups.setdefault(base, []).append(m)
    out: dict[int, URIRef] = {}
    for base, group in groups.items():
        if len(group) == 1:
            out[id(group[0])] = base
            continue
        common = set.intersection(*({local(p.person) for p in m.participants} for m in group))
        used: set[URIRef] = set()
        for m in sorted(group, key=lambda m: (sorted(local(p.person) for p in m.participants), m.label)):
            own = sorted({local(p.person) for p in m.participants} - common)
            iri = URIRef(f"{base}-{'-'.join(own)}") if own else URIRef(f"{base}-{digest(m.label, size=6)}")
            n = 2
            while iri in used:
                iri, n = URIRef(f"{base}-{n}"), n + 1
            used.add(iri)
            out[id(m)] = iri
    return out


def map_meetings(mapper: DocumentMapper, meetings: list[Meeting]) -> dict[int, URIRef]:
    """Add every meeting to the document's graph; return the IRI given to each (by ``id``)."""
    iris = meeting_iris(meetings)
    for meeting in meetings:
        _meeting(mapper, iris[id(meeting)], meeting)
    return iris


def _meeting(mapper: DocumentMapper, iri: URIRef, meeting: Meeting) -> None:
    g = mapper.graph
    g.add((iri, RDF.type, DG.Meeting))
    g.add((iri, DG.meetingKind, DG[meeting.kind]))
    g.add((iri, DG.attendanceMode, DG[meeting.mode]))
    g.add((iri, SCHEMA.eventAttendanceMode, _MODE_SCHEMA[meeting.mode]))
    g.add((iri, SCHEMA.startDate, meeting.date.literal()))
    if meeting.end_date:
        g.add((iri, SCHEMA.endDate, meeting.end_date.literal()))
    label = _label(mapper, meeting)
    g.add((iri, RDFS.label, Literal(label, lang="ja")))
    g.add((iri, SCHEMA.name, Literal(label, lang="ja")))
    for country in meeting.countries:  # (the EU meets as a party, an organisation among the countries)
        party = DG.involvesOrganization if country.startswith(str(ORGANIZATION)) else DG.involvesCountry
        g.add((iri, party, URIRef(country)))  # (dg:involvesParty, their super-property, is materialised)
    for p in meeting.participants:
        node = URIRef(f"{iri}/participation/{local(p.person)}")
        g.add((iri, DG.participation, node))
        g.add((iri, SCHEMA.attendee, URIRef(p.person)))
        g.add((node, RDF.type, DG.Participation))
        g.add((node, DG.participant, URIRef(p.person)))
        if p.office:
            g.add((node, DG.officeHeld, URIRef(p.office)))
        if p.country:
            g.add((node, DG.represents, URIRef(p.country)))
        if p.role:
            g.add((node, DG.role, DG[p.role]))
    location = _location(mapper, meeting)
    if location is not None:
        g.add((iri, SCHEMA.location, location))
    if meeting.conference:
        g.add((iri, DG.partOfConference, URIRef(meeting.conference)))
        g.add((iri, SCHEMA.superEvent, URIRef(meeting.conference)))
    if meeting.start_time:
        g.add((iri, DG.startTime, Literal(meeting.start_time, datatype=XSD.time)))
    if meeting.duration:
        g.add((iri, DG.duration, Literal(meeting.duration, datatype=XSD.duration)))
    for topic in meeting.topics:
        g.add((iri, DG.topic, URIRef(topic)))
    for span in meeting.evidence:
        mapper.evidence(iri, span)


def _location(mapper: DocumentMapper, meeting: Meeting) -> URIRef | None:
    if meeting.place:
        return URIRef(meeting.place)
    if meeting.place_name:
        node = text_place_iri(meeting.place_name, meeting.place_country)
        mapper.graph.add((node, RDF.type, DG.Place))
        mapper.graph.add((node, SCHEMA.name, Literal(meeting.place_name, lang="ja")))
        if meeting.place_country:
            mapper.graph.add((node, DG.country, URIRef(meeting.place_country)))
        return node
    if meeting.place_country:
        return URIRef(meeting.place_country)
    return None


def _label(mapper: DocumentMapper, meeting: Meeting) -> str:
    """"2025-02-07 石破茂・ドナルド・トランプ 首脳会談": date, who (or which countries), kind."""
    names = []
    for p in meeting.participants:
        ref = mapper.lexicon.persons.get(p.person)
        name = ref.name_ja if ref and ref.name_ja else mapper.graph.value(URIRef(p.person), SCHEMA.name)
        names.append(str(name or local(p.person)))
    if not names:
        names = [_country_name(mapper, c) for c in meeting.countries]
    return f"{meeting.date.iso()} {'・'.join(names)} {_kind_label(meeting.kind)}"


def _country_name(mapper: DocumentMapper, country: str) -> str:
    ref = mapper.lexicon.countries.get(country)
    names = sorted(ref.names, key=len) if ref else []
    return next((n for n in names if len(n) > 1), local(country))


@cache
def _kind_label(kind: str) -> str:
    for label in ontology_graph().objects(DG[kind], SKOS.prefLabel):
        if getattr(label, "language", None) == "ja":
            return str(label)
    return kind
