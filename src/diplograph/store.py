"""The on-disk Oxigraph store: one named graph per source document, queries over their union."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, URIRef
from rdflib.compare import to_canonical_graph

from .errors import QueryError, StoreError

FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


SKOLEM_BASE = "https://w3id.org/diplograph/.well-known/genid/"


def skolemize(graph: Graph) -> Graph:
    """Replace blank nodes by IRIs named after a canonical hash, so the same graph always stores the same.

    (Blank nodes get fresh random labels in the store each time; the ontology's ``owl:unionOf`` lists
    have them.)
    """
    if not any(isinstance(term, BNode) for triple in graph for term in triple):
        return graph
    canonical = to_canonical_graph(graph)
    out = Graph()
    for triple in canonical:
        out.add(tuple(URIRef(SKOLEM_BASE + str(t)) if isinstance(t, BNode) else t for t in triple))
    return out


def to_oxigraph(graph: Graph) -> list[ox.Triple]:
    """rdflib triples → pyoxigraph triples (through N-Triples, which both speak exactly)."""
    data = skolemize(graph).serialize(format="nt", encoding="utf-8")
    return [q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]


class GraphStore:
    """A pyoxigraph :class:`~pyoxigraph.Store` on disk, opened read-write (or read-only)."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        try:
            if read_only:
                if not self.path.exists():
                    raise StoreError(f"{self.path}: no store here (run 'diplograph build' or 'ingest' first)")
                self.store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.store = ox.Store(str(self.path))
        except OSError as exc:
            message = str(exc)
            if "lock" in message.lower() or "in use" in message.lower():
                raise StoreError(f"{self.path}: store is in use by another diplograph process") from exc
            raise StoreError(f"{self.path}: cannot open store ({message.splitlines()[0]})") from exc

    def close(self) -> None:
        if hasattr(self, "store"):
            if not self.read_only:
                with suppress(OSError):
                    self.store.flush()
            del self.store

    # --- writing ---------------------------------------------------------------------------------

    def replace_graph(self, graph_iri: str, graph: Graph) -> int:
        """Replace named graph ``graph_iri`` by ``graph`` in one transaction; return the triple count."""
        triples = to_oxigraph(graph)
        name = ox.NamedNode(str(graph_iri))
        body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
        update = f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{body}\n}} }}"
        try:
            self.store.update(update)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"{self.path}: could not write graph {graph_iri} ({exc})") from exc
        return len(triples)

    # --- reading ---------------------------------------------------------------------------------

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs())

    def count(self, graph_iri: str | None = None) -> int:
        where = f"GRAPH {ox.NamedNode(graph_iri)} {{ ?s ?p ?o }}" if graph_iri else "GRAPH ?g { ?s ?p ?o }"
        result = self.store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
        return int(next(iter(result))["n"].value)

    def query(self, sparql: str, substitutions: dict | None = None):
        """Run a SPARQL query over the union of all graphs."""
        try:
            return self.store.query(sparql, use_default_graph_as_union=True, substitutions=substitutions)
        except SyntaxError as exc:
            raise QueryError(f"query: {str(exc).splitlines()[0]}") from exc
        except OSError as exc:
            raise QueryError(f"query failed: {exc}") from exc

    def quads(self) -> list[ox.Quad]:
        return list(self.store.quads_for_pattern(None, None, None, None))

    def dump_nquads(self) -> bytes:
        """Every quad as canonical (sorted) N-Quads: equal stores give equal bytes."""
        out = io.BytesIO()
        self.store.dump(out, format=ox.RdfFormat.N_QUADS)
        lines = sorted(line for line in out.getvalue().split(b"\n") if line)
        return b"\n".join(lines) + (b"\n" if lines else b"")

    def dump(self, fmt: str, *, graph_iri: str | None = None) -> bytes:
        out = io.BytesIO()
        kwargs = {"from_graph": ox.NamedNode(graph_iri)} if graph_iri else {}
        self.store.dump(out, format=FORMATS[fmt], **kwargs)
        return out.getvalue()


@contextmanager
def open_store(path: Path, *, read_only: bool = False) -> Iterator[GraphStore]:
    store = GraphStore(path, read_only=read_only)
    try:
        yield store
    finally:
        store.close()
