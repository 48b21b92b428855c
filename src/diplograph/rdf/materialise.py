"""Add the standard super-types and super-properties the ontology declares, so consumers need no reasoner."""

from __future__ import annotations

from collections import defaultdict

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS


def _closure(pairs: list[tuple[URIRef, URIRef]]) -> dict[URIRef, set[URIRef]]:
    direct: dict[URIRef, set[URIRef]] = defaultdict(set)
    for sub, sup in pairs:
        if sub != sup:
            direct[sub].add(sup)
    closed: dict[URIRef, set[URIRef]] = {}
    for start in list(direct):
        seen: set[URIRef] = set()
        stack = list(direct[start])
        while stack:
            node = stack.pop()
            if node in seen or node == start:
                continue
            seen.add(node)
            stack.extend(direct.get(node, ()))
        closed[start] = seen
    return closed


class Materialiser:
    """Holds the ontology's subclass and subproperty closures and applies them to data graphs."""

    def __init__(self, ontology: Graph) -> None:
        self.classes = _closure([
            (s, o) for s, o in ontology.subject_objects(RDFS.subClassOf)
            if isinstance(s, URIRef) and isinstance(o, URIRef)
        ])
        self.properties = _closure([
            (s, o) for s, o in ontology.subject_objects(RDFS.subPropertyOf)
            if isinstance(s, URIRef) and isinstance(o, URIRef)
        ])

    def apply(self, graph: Graph) -> Graph:
        """Add the implied triples to ``graph`` in place and return it."""
        added = []
        for s, p, o in graph:
            if p == RDF.type:
                added.extend((s, RDF.type, sup) for sup in self.classes.get(o, ()))
            for sup in self.properties.get(p, ()):
                added.append((s, sup, o))
        for triple in added:
            graph.add(triple)
        return graph
