"""Meetings of one document: the event, its participations, place, conference and evidence."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from ..extract.records import Meeting
from ..namespaces import DG, SCHEMA
from ..ontology import ontology_graph
from .iris import local, meeting_iri, text_place_iri

if TYPE_CHECKING:
    from .mapping import DocumentMapper

_MODE_SCHEMA = {"InPerson": SCHEMA.OfflineEventAttendanceMode, "Phone": SCHEMA.OnlineEventAttendanceMode,
                "Video": SCHEMA.OnlineEventAttendanceMode}


def map_meetings(mapper: DocumentMapper, meetings: list[Meeting]) -> None:
    used: dict[URIRef, int] = {}
    for meeting in meetings:
        iri = meeting_iri(meeting.date.iso(), meeting.countries, meeting.kind, meeting.mode)
        if iri in used:  # a second, different meeting of the same kind on the same day
            used[iri] += 1
            iri = URIRef(f"{iri}-{used[iri]}")
        else:
            used[iri] = 1
        _meeting(mapper, iri, meeting)

def _meeting(mapper: DocumentMapper, iri: URIRef, meeting: Meeting) -> None:
    g = mapper.graph
    g.add((iri, RDF.type, DG.Meeting))
    g.add((iri, DG.meetingKind, DG[meeting.kind]))
    g.add((iri, DG.attendanceMode, DG[meeting.mode]))
    g.add((iri, SCHEMA.eventAttendanceMode, _MODE_SCHEMA[meeting.mode]))
    g.add((iri, SCHEMA.startDate, meeting.date.literal()))
    if meeting.end_date:
        g.add((iri, SCHEMA.endDate, meeting.end_date.literal()))
    g.add((iri, RDFS.label, Literal(_label(mapper, meeting), lang="ja")))
    g.add((iri, SCHEMA.name, Literal(_label(mapper, meeting), lang="ja")))
    for country in meeting.countries:
        g.add((iri, DG.involvesCountry, URIRef(country)))
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
    """"2025-02-07 石破茂・ドナルド・トランプ 首脳会談": date, who, kind."""
    names = []
    for p in meeting.participants:
        ref = mapper.lexicon.persons.get(p.person)
        name = ref.name_ja if ref and ref.name_ja else mapper.graph.value(URIRef(p.person), SCHEMA.name)
        names.append(str(name or local(p.person)))
    return f"{meeting.date.iso()} {'・'.join(names)} {_kind_label(meeting.kind)}"


@cache
def _kind_label(kind: str) -> str:
    for label in ontology_graph().objects(DG[kind], SKOS.prefLabel):
        if getattr(label, "language", None) == "ja":
            return str(label)
    return kind
