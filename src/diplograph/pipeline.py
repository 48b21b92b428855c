"""The whole pipeline in one place: read → clean → extract → map to RDF → store."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .catalogue import find_entry
from .document import Document, Metadata, build_document, slugify_id
from .errors import DiplographError, InputError
from .extract.pipeline import extract
from .extract.records import Extraction
from .lexicon import Lexicon, default_lexicon
from .metadata import infer_metadata
from .namespaces import ONTOLOGY_GRAPH, REFERENCE_GRAPH, document_graph
from .ontology import materialiser, ontology_graph, reference_graph
from .rdf.mapping import DocumentMapper
from .rdf.reconcile import reconcile_meetings
from .read.decode import RawSource, from_bytes, read_path
from .read.sources import iter_sources
from .store import GraphStore


@dataclass
class DocumentResult:
    doc_id: str
    source: str
    triples: int
    meetings: int
    persons: int


@dataclass
class IngestReport:
    documents: list[DocumentResult] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def load_document(source: RawSource, path: Path | None, year: int | None = None) -> Document:
    """Clean a decoded source, with catalogue metadata if a catalogue lists it, else inferred metadata;
    ``year`` is the year the text covers, given by the user ("12日（水）" in a weekly digest): it replaces the
    inferred one."""
    entry = find_entry(path) if path else None
    if entry:
        return build_document(source, entry.meta, entry.id)
    meta: Metadata = infer_metadata(source)
    if year is not None:  # the user's word on the year a text covers outweighs the guess from its opening
        meta = replace(meta, period=str(year))
    return build_document(source, meta, slugify_id(source.name))


def extract_document(doc: Document, lexicon: Lexicon | None = None) -> Extraction:
    return extract(doc, lexicon or default_lexicon())


def document_to_graph(doc: Document, extraction: Extraction, lexicon: Lexicon | None = None):
    graph = DocumentMapper(doc, lexicon or default_lexicon()).map(extraction)
    return materialiser().apply(graph)


def install_vocabularies(store: GraphStore) -> None:
    """Put the ontology and the reference data in their own graphs (replacing older versions)."""
    store.replace_graph(str(ONTOLOGY_GRAPH), ontology_graph())
    store.replace_graph(str(REFERENCE_GRAPH), reference_graph())


def _read(item: Path | str) -> tuple[RawSource, Path | None]:
    if item == "-":
        return from_bytes(sys.stdin.buffer.read(), "<stdin>"), None
    path = Path(item)
    return read_path(path), path


def ingest(paths: Iterable[str], store: GraphStore,
           progress: Callable[[Iterable], Iterable] | None = None, year: int | None = None) -> IngestReport:
    """Read, extract and store each source; a bad file is reported and skipped, the others go through.
    ``year``: the year covered by documents that do not say (see :func:`load_document`)."""
    report = IngestReport()
    install_vocabularies(store)
    items: list[Path | str] = []
    for raw in paths:
        try:
            items.extend(iter_sources([raw]))
        except InputError as exc:
            report.failures.append(str(exc))
    lexicon = default_lexicon()
    for item in (progress(items) if progress else items):
        try:
            source, path = _read(item)
            doc = load_document(source, path, year)
            extraction = extract_document(doc, lexicon)
            graph = document_to_graph(doc, extraction, lexicon)
            triples = store.replace_graph(str(document_graph(doc.id)), graph)
        except DiplographError as exc:
            report.failures.append(str(exc))
            continue
        persons = {m.person for m in extraction.mentions if m.person}
        report.documents.append(DocumentResult(doc.id, source.name, triples, len(extraction.meetings),
                                               len(persons)))
    reconcile_meetings(store)  # the same meeting told by several documents: one IRI
    return report
