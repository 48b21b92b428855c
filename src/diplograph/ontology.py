"""The ontology and reference data as graphs, ready for the store."""

from __future__ import annotations

from functools import cache

from rdflib import Graph

from .lexicon import load_reference_graph
from .paths import ontology_dir
from .rdf.materialise import Materialiser


@cache
def ontology_graph() -> Graph:
    graph = Graph()
    graph.parse(ontology_dir() / "diplograph.ttl", format="turtle")
    return graph


@cache
def materialiser() -> Materialiser:
    return Materialiser(ontology_graph())


def reference_graph() -> Graph:
    """The reference data with the standard super-types and super-properties stated."""
    return materialiser().apply(load_reference_graph())
