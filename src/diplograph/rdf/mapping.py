"""Map a document and what was extracted from it to the triples of its named graph."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from ..document import Document
from ..extract.records import Extraction, Meeting, Span
from ..lexicon import Lexicon
from ..namespaces import DG, DOCUMENT, OA, ORGANIZATION, PREFIXES, SCHEMA
from .iris import evidence_iri, holding_iri, local, meeting_iri, text_place_iri

_CONTEXT = 32  # characters of prefix/suffix in a text-quote selector

_MODE_SCHEMA = {"InPerson": SCHEMA.OfflineEventAttendanceMode, "Phone": SCHEMA.OnlineEventAttendanceMode,
                "Video": SCHEMA.OnlineEventAttendanceMode}


def new_graph() -> Graph:
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph


class DocumentMapper:
    """Builds the named graph of one document."""

    def __init__(self, doc: Document, lexicon: Lexicon) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.graph = new_graph()
        self.iri = DOCUMENT[doc.id]

    def map(self, extraction: Extraction) -> Graph:
        self._document()
        for person in extraction.unlisted.values():
            self._unlisted(person)
        self._attestations(extraction)
        self._meetings(extraction.meetings)
        return self.graph

    # --- the source document ------------------------------------------------------------------

    def _document(self) -> None:
        g, doc, meta = self.graph, self.doc, self.doc.meta
        g.add((self.iri, RDF.type, DG.SourceDocument))
        g.add((self.iri, SCHEMA.name, Literal(meta.title, lang="ja")))
        if meta.title_en:
            g.add((self.iri, SCHEMA.name, Literal(meta.title_en, lang="en")))
        g.add((self.iri, DG.sourceKind, DG[meta.kind]))
        g.add((self.iri, DG.fileName, Literal(doc.source.name.rsplit("/", 1)[-1])))
        g.add((self.iri, DG.sha256, Literal(doc.source.sha256)))
        g.add((self.iri, SCHEMA.encodingFormat, Literal(doc.source.media_type)))
        g.add((self.iri, SCHEMA.inLanguage, Literal(meta.language)))
        if meta.publisher:
            publisher = ORGANIZATION[_publisher_slug(meta.publisher_en or meta.publisher)]
            g.add((self.iri, SCHEMA.publisher, publisher))
            g.add((publisher, RDF.type, DG.Organization))
            g.add((publisher, SCHEMA.name, Literal(meta.publisher, lang="ja")))
            if meta.publisher_en:
                g.add((publisher, SCHEMA.name, Literal(meta.publisher_en, lang="en")))
        if meta.date:
            g.add((self.iri, SCHEMA.datePublished, Literal(meta.date, datatype=XSD.date)))
        elif meta.published:
            g.add((self.iri, SCHEMA.datePublished, Literal(str(meta.published), datatype=XSD.gYear)))
        if meta.period:
            g.add((self.iri, DG.periodCovered, Literal(meta.period)))
            g.add((self.iri, SCHEMA.temporalCoverage, Literal(meta.period)))

    # --- evidence -------------------------------------------------------------------------------

    def evidence(self, subject: URIRef, span: Span) -> None:
        g, doc = self.graph, self.doc
        raw_start, raw_end = doc.raw_span(span.start, span.end)
        node = evidence_iri(doc.id, raw_start, raw_end)
        quote, position = URIRef(f"{node}/quote"), URIRef(f"{node}/position")
        g.add((subject, DG.evidence, node))
        g.add((subject, PROV.wasDerivedFrom, self.iri))
        if (node, RDF.type, DG.Evidence) in g:
            return
        raw = doc.raw
        g.add((node, RDF.type, DG.Evidence))
        g.add((node, OA.hasSource, self.iri))
        g.add((node, OA.hasSelector, quote))
        g.add((node, OA.hasSelector, position))
        g.add((node, DG.cleanQuote, Literal(doc.quote(span.start, span.end), lang="ja")))
        g.add((quote, RDF.type, OA.TextQuoteSelector))
        g.add((quote, OA.exact, Literal(raw[raw_start:raw_end])))
        g.add((quote, OA.prefix, Literal(raw[max(0, raw_start - _CONTEXT):raw_start])))
        g.add((quote, OA.suffix, Literal(raw[raw_end:raw_end + _CONTEXT])))
        g.add((position, RDF.type, OA.TextPositionSelector))
        g.add((position, OA.start, Literal(raw_start, datatype=XSD.integer)))
        g.add((position, OA.end, Literal(raw_end, datatype=XSD.integer)))

    # --- people and offices ------------------------------------------------------------------

    def _unlisted(self, person) -> None:
        g = self.graph
        iri = URIRef(person.iri)
        g.add((iri, RDF.type, DG.Person))
        g.add((iri, SCHEMA.name, Literal(person.name, lang="ja")))
        g.add((iri, RDFS.label, Literal(person.name, lang="ja")))
        g.add((iri, RDFS.comment, Literal("Not in the reference data: made from the text.", lang="en")))
        if person.country:
            g.add((iri, SCHEMA.nationality, URIRef(person.country)))

    def _attestations(self, extraction: Extraction) -> None:
        seen: set[tuple[str, str]] = set()
        for att in extraction.attestations:
            holding = self._holding_for(att.person, att.office, att.date)
            key = (str(holding), att.date.iso())
            if key in seen:
                continue
            seen.add(key)
            g = self.graph
            if (holding, RDF.type, DG.OfficeHolding) not in g and holding_iri(att.person, att.office, "attested") \
                    == holding:
                g.add((holding, RDF.type, DG.OfficeHolding))
                g.add((holding, DG.holder, URIRef(att.person)))
                g.add((holding, DG.office, URIRef(att.office)))
                g.add((URIRef(att.person), DG.holds, URIRef(att.office)))
            g.add((holding, DG.attestedOn, att.date.literal()))
            self.evidence(holding, att.evidence)

    def _holding_for(self, person: str, office: str, date) -> URIRef:
        ref = self.lexicon.persons.get(person)
        if ref:
            for h in ref.holdings:
                if h.office == office and h.covers(date.as_date(), date.last_date()):
                    return URIRef(h.iri)
        return holding_iri(person, office, "attested")

    # --- meetings -----------------------------------------------------------------------------

    def _meetings(self, meetings: list[Meeting]) -> None:
        used: dict[URIRef, int] = {}
        for meeting in meetings:
            iri = meeting_iri(meeting.date.iso(), meeting.countries, meeting.kind, meeting.mode)
            if iri in used:  # a second, different meeting of the same kind on the same day
                used[iri] += 1
                iri = URIRef(f"{iri}-{used[iri]}")
            else:
                used[iri] = 1
            self._meeting(iri, meeting)

    def _meeting(self, iri: URIRef, meeting: Meeting) -> None:
        g = self.graph
        g.add((iri, RDF.type, DG.Meeting))
        g.add((iri, DG.meetingKind, DG[meeting.kind]))
        g.add((iri, DG.attendanceMode, DG[meeting.mode]))
        g.add((iri, SCHEMA.eventAttendanceMode, _MODE_SCHEMA[meeting.mode]))
        g.add((iri, SCHEMA.startDate, meeting.date.literal()))
        if meeting.end_date:
            g.add((iri, SCHEMA.endDate, meeting.end_date.literal()))
        g.add((iri, RDFS.label, Literal(self._label(meeting), lang="ja")))
        g.add((iri, SCHEMA.name, Literal(self._label(meeting), lang="ja")))
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
        location = self._location(meeting)
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
            self.evidence(iri, span)

    def _location(self, meeting: Meeting) -> URIRef | None:
        if meeting.place:
            return URIRef(meeting.place)
        if meeting.place_name:
            node = text_place_iri(meeting.place_name, meeting.place_country)
            self.graph.add((node, RDF.type, DG.Place))
            self.graph.add((node, SCHEMA.name, Literal(meeting.place_name, lang="ja")))
            if meeting.place_country:
                self.graph.add((node, DG.country, URIRef(meeting.place_country)))
            return node
        if meeting.place_country:
            return URIRef(meeting.place_country)
        return None

    def _label(self, meeting: Meeting) -> str:
        names = []
        for p in meeting.participants:
            ref = self.lexicon.persons.get(p.person)
            names.append(ref.name_ja if ref and ref.name_ja else local(p.person))
        kind = self.lexicon.graph.value(DG[meeting.kind], RDFS.label) if self.lexicon else None
        return f"{meeting.date.iso()} {'・'.join(names)} {kind or meeting.kind}"


def _publisher_slug(name: str) -> str:
    return "-".join(w for w in "".join(c if c.isalnum() else " " for c in name.lower()).split()) or "publisher"

