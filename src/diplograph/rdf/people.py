"""People and offices of one document: persons the reference data lacks, and holdings the text attests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from ..extract.dates import DateValue
from ..extract.records import Extraction, UnlistedPerson
from ..namespaces import DG, SCHEMA
from .iris import holding_iri

if TYPE_CHECKING:
    from .mapping import DocumentMapper


def map_people(mapper: DocumentMapper, extraction: Extraction) -> None:
    for person in extraction.unlisted.values():
        _unlisted(mapper, person)
    _attestations(mapper, extraction)


def _unlisted(mapper: DocumentMapper, person: UnlistedPerson) -> None:
    g = mapper.graph
    iri = URIRef(person.iri)
    g.add((iri, RDF.type, DG.Person))
    g.add((iri, SCHEMA.name, Literal(person.name, lang="ja")))
    g.add((iri, RDFS.label, Literal(person.name, lang="ja")))
    g.add((iri, RDFS.comment, Literal("Not in the reference data: made from the text.", lang="en")))
    if person.country:
        g.add((iri, SCHEMA.nationality, URIRef(person.country)))


def _attestations(mapper: DocumentMapper, extraction: Extraction) -> None:
    seen: set[tuple[str, str]] = set()
    g = mapper.graph
    for att in extraction.attestations:
        holding = _holding_for(mapper, att.person, att.office, att.date)
        key = (str(holding), att.date.iso())
        if key in seen:
            continue
        seen.add(key)
        if (holding, RDF.type, DG.OfficeHolding) not in g and \
                holding == holding_iri(att.person, att.office, "attested"):
            g.add((holding, RDF.type, DG.OfficeHolding))
            g.add((holding, DG.holder, URIRef(att.person)))
            g.add((holding, DG.office, URIRef(att.office)))
            g.add((URIRef(att.person), DG.holds, URIRef(att.office)))
        g.add((holding, DG.attestedOn, att.date.literal()))
        mapper.evidence(holding, att.evidence)


def _holding_for(mapper: DocumentMapper, person: str, office: str, date: DateValue) -> URIRef:
    """The reference holding that covers ``date``, else one made from the text."""
    ref = mapper.lexicon.persons.get(person)
    if ref:
        for h in ref.holdings:
            if h.office == office and h.covers(date.as_date(), date.last_date()):
                return URIRef(h.iri)
    return holding_iri(person, office, "attested")
