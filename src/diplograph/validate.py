"""SHACL validation of the stored graph against ontology/shapes.ttl."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from .export import union_graph
from .ontology import ontology_graph
from .paths import ontology_dir
from .store import GraphStore


@dataclass
class ValidationReport:
    conforms: bool
    violations: int
    text: str


def validate_graph(data: Graph) -> ValidationReport:
    from pyshacl import validate  # heavy import, only when validating

    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    conforms, report_graph, text = validate(
        data, shacl_graph=shapes, ont_graph=ontology_graph(), inference="none", advanced=True,
        allow_warnings=True,
    )
    from rdflib.namespace import SH

    violations = len(set(report_graph.subjects(SH.resultSeverity, SH.Violation)))
    return ValidationReport(bool(conforms), violations, text)


def validate_store(store: GraphStore) -> ValidationReport:
    return validate_graph(union_graph(store))
