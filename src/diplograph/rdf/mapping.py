"""Map a document and what was extracted from it to the triples of its named graph."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

from ..document import Document
from ..extract.records import Extraction, Span
from ..lexicon import Lexicon
from ..namespaces import DG, DOCUMENT, OA, ORGANIZATION, PREFIXES, SCHEMA
from .agreements import map_agreements
from .iris import evidence_iri
from .meetings import map_meetings
from .people import map_people

_CONTEXT = 32  # characters of prefix/suffix in a text-quote selector


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
        """The document's named graph: the document, its people, meetings and agreements, with evidence."""
        self._document()
        map_people(self, extraction)
        meetings = map_meetings(self, extraction.meetings)
        map_agreements(self, extraction.agreements, meetings)
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


def _publisher_slug(name: str) -> str:
    return "-".join(w for w in "".join(c if c.isalnum() else " " for c in name.lower()).split()) or "publisher"

