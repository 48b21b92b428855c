"""People and offices of one document: persons and offices made from the text, the holdings the text
attests, and the mentions left unresolved.

- A person the reference data lacks becomes a ``dg:Person`` (``person:unlisted-…``, one IRI per name and
  country) with the evidence of its first mention.
- An office the reference data lacks ("米国硫黄島協会議長") becomes a ``dg:Office`` made from the text
  (``office:{cc}-text-…``, ``zz`` when the country is unknown), with its title as label.
- "The text says X held office O on date D": the reference holding covering D gets ``dg:attestedOn D``
  and the evidence; without one, a holding ``holding:{person}--{office}--attested`` is made.
- A mention that could not be resolved (several persons fit, or an anaphor without antecedent) becomes a
  ``dg:Mention`` with its text, the candidates, a ``skos:note`` saying why, and its evidence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from ..extract.dates import DateValue
from ..extract.names import vocabulary
from ..extract.records import Extraction, PersonMention, Span, UnlistedPerson
from ..namespaces import COUNTRY, DG, MENTION, OA, SCHEMA
from .iris import holding_iri

if TYPE_CHECKING:
    from .mapping import DocumentMapper


def map_people(mapper: DocumentMapper, extraction: Extraction) -> None:
    first = _first_mentions(extraction)
    for person in extraction.unlisted.values():
        _unlisted(mapper, person, first.get(person.iri))
    _text_offices(mapper, extraction)
    _attestations(mapper, extraction)
    _unresolved(mapper, extraction)


def _first_mentions(extraction: Extraction) -> dict[str, Span]:
    first: dict[str, Span] = {}
    for m in extraction.mentions:
        if m.person and m.antecedent is None:
            first.setdefault(m.person, m.span)
    return first


def _unlisted(mapper: DocumentMapper, person: UnlistedPerson, span: Span | None) -> None:
    g = mapper.graph
    iri = URIRef(person.iri)
    g.add((iri, RDF.type, DG.Person))
    g.add((iri, SCHEMA.name, Literal(person.name, lang="ja")))
    g.add((iri, RDFS.label, Literal(person.name, lang="ja")))
    g.add((iri, RDFS.comment, Literal("Not in the reference data: made from the text.", lang="en")))
    if person.country:
        g.add((iri, SCHEMA.nationality, URIRef(person.country)))
    if span is not None:
        mapper.evidence(iri, span)


def _text_offices(mapper: DocumentMapper, extraction: Extraction) -> None:
    """Offices the reference data lacks, with the title the text gives them."""
    g = mapper.graph
    done: set[str] = set()
    for m in extraction.mentions:
        if not m.office or m.office in mapper.lexicon.offices or m.office in done or m.antecedent is not None:
            continue
        done.add(m.office)
        office, label = URIRef(m.office), _office_label(m, extraction)
        g.add((office, RDF.type, DG.Office))
        g.add((office, RDFS.label, Literal(label, lang="ja")))
        g.add((office, SKOS.prefLabel, Literal(label, lang="ja")))
        g.add((office, DG.officeCategory, DG[_category(label)]))
        code = m.office.rsplit("/", 1)[-1].split("-", 1)[0]
        if code != "zz":
            g.add((office, DG.country, COUNTRY[code]))
        g.add((office, RDFS.comment, Literal("Not in the reference data: an office made from the title the text "
                                             "gives.", lang="en")))
        mapper.evidence(office, m.span)


def _office_label(m: PersonMention, extraction: Extraction) -> str:
    person = extraction.unlisted.get(m.person or "")
    if person and person.office == m.office and person.office_title:
        return person.office_title
    return (m.prefix or "") + (m.title or "")


def _category(label: str) -> str:
    for ending, category in sorted(vocabulary()["office_categories"].items(), key=lambda kv: -len(kv[0])):
        if label.endswith(ending):
            return category
    return "OtherOfficial"


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


def _unresolved(mapper: DocumentMapper, extraction: Extraction) -> None:
    """A ``dg:Mention`` for every mention left unresolved, saying why (never a guess)."""
    g, lexicon = mapper.graph, mapper.lexicon
    for m in extraction.mentions:
        if m.person or not m.note:
            continue
        raw_start, raw_end = mapper.doc.raw_span(m.span.start, m.span.end)
        node = MENTION[f"{mapper.doc.id}/{raw_start}-{raw_end}"]
        g.add((node, RDF.type, DG.Mention))
        g.add((node, RDFS.label, Literal(mapper.doc.quote(m.span.start, m.span.end), lang="ja")))
        g.add((node, SKOS.note, Literal(m.note, lang="en")))
        g.add((node, OA.motivatedBy, OA.identifying))
        for person in sorted(lexicon.named(m.name)) if m.antecedent is None else []:
            g.add((node, DG.candidate, URIRef(person)))
        mapper.evidence(node, m.span)
        for evidence in g.objects(node, DG.evidence):
            g.add((node, OA.hasTarget, evidence))
