"""Linked-data export: the whole store in the standard RDF formats."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Dataset, Graph

from .namespaces import PREFIXES
from .paths import ontology_dir
from .store import GraphStore

EXPORT_FORMATS = {
    "turtle": ".ttl",
    "ntriples": ".nt",
    "nquads": ".nq",
    "trig": ".trig",
    "jsonld": ".jsonld",
    "rdfxml": ".rdf",
}
QUAD_FORMATS = {"nquads", "trig"}


def jsonld_context() -> dict:
    return json.loads((ontology_dir() / "context.jsonld").read_text(encoding="utf-8"))


def export_bytes(store: GraphStore, fmt: str, union: Graph | None = None) -> bytes:
    """The store in ``fmt``: quad formats keep the named graphs, triple formats give their union."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    if fmt == "nquads":
        return store.dump_nquads()
    if fmt == "trig":
        return store.dump("trig")
    union = union if union is not None else union_graph(store)
    if fmt == "jsonld":
        context = jsonld_context()
        return union.serialize(format="json-ld", context=context.get("@context", context), indent=1,
                               encoding="utf-8")
    if fmt == "turtle":
        return union.serialize(format="turtle", encoding="utf-8")
    if fmt == "ntriples":
        lines = sorted(set(union.serialize(format="nt", encoding="utf-8").splitlines()))
        return b"\n".join(line for line in lines if line) + b"\n"
    return union.serialize(format="xml", encoding="utf-8")


def union_graph(store: GraphStore) -> Graph:
    """All named graphs merged into one rdflib graph, with the project's prefixes bound."""
    dataset = Dataset()
    dataset.parse(data=store.dump_nquads(), format="nquads")
    union = Graph()
    for prefix, ns in PREFIXES.items():
        union.bind(prefix, ns, override=True)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def export_all(store: GraphStore, folder: Path, stem: str = "diplograph") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    union = union_graph(store)
    for fmt, suffix in EXPORT_FORMATS.items():
        path = folder / f"{stem}{suffix}"
        write_atomic(path, export_bytes(store, fmt, union))
        written.append(path)
    return written


def write_atomic(path: Path, data: bytes) -> None:
    """Write through a temporary file so a failure never leaves half a file."""
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
