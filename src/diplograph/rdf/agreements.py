"""Agreements of one document: the document, its kind, parties, topics and dated events, with evidence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from ..extract.agreement_merge import key
from ..extract.records import Agreement, AgreementEvent
from ..namespaces import DG, SCHEMA
from .iris import agreement_iri, kind_slug

if TYPE_CHECKING:
    from .mapping import DocumentMapper


def map_agreements(mapper: DocumentMapper, agreements: list[Agreement], meetings: dict[int, URIRef]) -> None:
    """Add every agreement; ``meetings`` gives the IRI of each meeting (by ``id``) for ``dg:atMeeting``."""
    for agreement in agreements:
        _agreement(mapper, agreement, meetings)


def _agreement(mapper: DocumentMapper, agreement: Agreement, meetings: dict[int, URIRef]) -> None:
    g = mapper.graph
    first = next((e.date.iso() for e in agreement.events if e.date), None)
    iri = agreement_iri(key(agreement), agreement.kind, first, agreement.parties)
    g.add((iri, RDF.type, DG.Agreement))
    g.add((iri, SCHEMA.name, Literal(agreement.title, lang="ja")))
    g.add((iri, RDFS.label, Literal(agreement.title, lang="ja")))
    for name in agreement.names:
        if name != agreement.title:
            g.add((iri, SCHEMA.alternateName, Literal(name, lang="ja")))
    g.add((iri, DG.agreementKind, DG[agreement.kind]))
    for party in agreement.parties:
        g.add((iri, DG.party, URIRef(party)))
    for topic in agreement.topics:
        g.add((iri, DG.topic, URIRef(topic)))
    for span in agreement.evidence:
        mapper.evidence(iri, span)
    for event in agreement.events:
        _event(mapper, iri, event, meetings)


def _event(mapper: DocumentMapper, agreement: URIRef, event: AgreementEvent, meetings: dict[int, URIRef]) -> None:
    g = mapper.graph
    when = event.date.iso() if event.date else "undated"
    node = URIRef(f"{agreement}/event/{kind_slug(event.type)}-{when}")
    g.add((agreement, DG.agreementEvent, node))
    g.add((node, RDF.type, DG.AgreementEvent))
    g.add((node, DG.eventType, DG[event.type]))
    if event.date:
        g.add((node, SCHEMA.startDate, event.date.literal()))
    for party in event.parties:
        g.add((node, DG.party, URIRef(party)))
    for person in event.signatories:
        g.add((node, DG.signatory, URIRef(person)))
    if event.meeting is not None and id(event.meeting) in meetings:
        g.add((node, DG.atMeeting, meetings[id(event.meeting)]))
    for span in event.evidence:
        mapper.evidence(node, span)
