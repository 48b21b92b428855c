"""SHACL validation of the stored graph against ontology/shapes.ttl.

Core constraints run in pyshacl over the union graph. SHACL-SPARQL constraints (``sh:sparql``) run in
Oxigraph, one focus node at a time with ``$this`` bound: pyshacl evaluates them with rdflib's SPARQL
engine, which takes minutes on the seed graph where Oxigraph takes well under a second.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SH

from .export import union_graph
from .paths import ontology_dir
from .store import GraphStore


@dataclass
class ValidationReport:
    conforms: bool
    violations: int
    text: str
    messages: list[str] = field(default_factory=list)


def load_shapes() -> Graph:
    return Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")


def _core_shapes(shapes: Graph) -> Graph:
    core = Graph()
    for triple in shapes:
        if triple[1] != SH.sparql:
            core.add(triple)
    return core


def _validate_core(data: Graph, shapes: Graph) -> tuple[int, list[str], str]:
    from pyshacl import validate  # heavy import, only when validating

    _, report, text = validate(data, shacl_graph=_core_shapes(shapes), inference="none", advanced=True,
                               allow_warnings=True)
    messages = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        if report.value(result, SH.resultSeverity) != SH.Violation:
            continue
        messages.append(f"{report.value(result, SH.focusNode)}: {report.value(result, SH.resultMessage)}")
    return len(messages), messages, text


def _prefix_block(shapes: Graph, constraint) -> str:
    lines = []
    for declaration_holder in shapes.objects(constraint, SH.prefixes):
        for declaration in shapes.objects(declaration_holder, SH.declare):
            prefix = shapes.value(declaration, SH.prefix)
            namespace = shapes.value(declaration, SH.namespace)
            if prefix is not None and namespace is not None:
                lines.append(f"PREFIX {prefix}: <{namespace}>")
    return "\n".join(lines)


def _focus_nodes(store: GraphStore, target_class: URIRef) -> list[ox.NamedNode]:
    query = f"SELECT DISTINCT ?x WHERE {{ ?x a/<{RDFS.subClassOf}>* <{target_class}> }}"
    return [row["x"] for row in store.query(query) if isinstance(row["x"], ox.NamedNode)]


def _validate_sparql(store: GraphStore, shapes: Graph) -> tuple[int, list[str]]:
    count, messages = 0, []
    for shape, constraint in shapes.subject_objects(SH.sparql):
        severity = shapes.value(shape, SH.severity) or SH.Violation
        select = shapes.value(constraint, SH.select)
        if select is None:
            continue
        query = _prefix_block(shapes, constraint) + "\n" + str(select)
        message = str(shapes.value(constraint, SH.message) or shapes.value(shape, SH.message) or shape)
        this = ox.Variable("this")
        for target in shapes.objects(shape, SH.targetClass):
            for node in _focus_nodes(store, target):
                for row in store.query(query, substitutions={this: node}):
                    value = row["value"]  # None when the query has no ?value
                    text = message.replace("{?value}", value.value if value is not None else "")
                    if severity == SH.Violation:
                        count += 1
                        messages.append(f"{node.value}: {text}")
    return count, messages


def validate_store(store: GraphStore) -> ValidationReport:
    shapes = load_shapes()
    core_count, core_messages, core_text = _validate_core(union_graph(store), shapes)
    sparql_count, sparql_messages = _validate_sparql(store, shapes)
    messages = core_messages + sparql_messages
    text = core_text + ("\n" + "\n".join(sparql_messages) if sparql_messages else "")
    return ValidationReport(not messages, core_count + sparql_count, text, messages)
