"""The ontology, the shapes and the interoperability contract, checked on the graph built from the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import OWL, RDF

from diplograph.namespaces import DG
from diplograph.paths import ontology_dir
from diplograph.store import open_store
from diplograph.validate import validate_store

PREFIXES = """
PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX org: <http://www.w3.org/ns/org#>
"""


def declared_terms() -> set[str]:
    graph = Graph().parse(ontology_dir() / "diplograph.ttl", format="turtle")
    return {str(s) for s in graph.subjects(RDF.type, None) if str(s).startswith(str(DG))}


def test_ontology_declares_labels_in_both_languages() -> None:
    graph = Graph().parse(ontology_dir() / "diplograph.ttl", format="turtle")
    terms = [s for s in set(graph.subjects(RDF.type, None)) if str(s).startswith(str(DG))]
    assert len(terms) > 80
    for term in terms:
        languages = {lit.language for lit in graph.objects(term, None) if getattr(lit, "language", None)}
        assert {"ja", "en"} <= languages, f"{term} lacks a Japanese or English label"


def test_every_dg_term_in_the_store_is_declared(store_path: Path) -> None:
    declared = declared_terms()
    query = PREFIXES + """SELECT DISTINCT ?t WHERE {
      { ?s ?t ?o } UNION { ?s a ?t } UNION { ?s ?p ?t }
      FILTER (isIRI(?t) && STRSTARTS(STR(?t), "https://w3id.org/diplograph/ontology#")) }"""
    with open_store(store_path, read_only=True) as store:
        used = {row["t"].value for row in store.query(query)}
    assert used, "no dg: term used?"
    assert used - declared == set(), f"undeclared terms: {sorted(used - declared)}"


def test_every_class_and_property_is_aligned_or_says_why() -> None:
    graph = Graph().parse(ontology_dir() / "diplograph.ttl", format="turtle")
    from rdflib.namespace import RDFS

    for cls in graph.subjects(RDF.type, OWL.Class):
        if str(cls).startswith(str(DG)):
            assert graph.value(cls, RDFS.subClassOf) is not None, f"{cls} is not aligned"


ASK_NONE = {
    "meeting without schema:Event type": "?m a dg:Meeting FILTER NOT EXISTS { ?m a schema:Event }",
    "meeting without typed start date": """?m a dg:Meeting FILTER NOT EXISTS { ?m schema:startDate ?d
        FILTER (DATATYPE(?d) IN (xsd:date, xsd:gYearMonth, xsd:gYear)) }""",
    "participant not stated as schema:attendee": """?m dg:participation/dg:participant ?p
        FILTER NOT EXISTS { ?m schema:attendee ?p }""",
    "meeting without attendance mode": "?m a dg:Meeting FILTER NOT EXISTS { ?m schema:eventAttendanceMode ?x }",
    "location that is not a named schema:Place": """?m schema:location ?l
        FILTER NOT EXISTS { ?l a schema:Place ; schema:name ?n }""",
    "meeting at a conference without schema:superEvent": """?m dg:partOfConference ?c
        FILTER NOT EXISTS { ?m schema:superEvent ?c . ?c a schema:Event }""",
    "person without schema:Person or Japanese name": """?p a dg:Person
        FILTER NOT EXISTS { ?p a schema:Person ; schema:name ?n FILTER (LANG(?n) = "ja") }""",
    "document not a CreativeWork and Entity": """?d a dg:SourceDocument
        FILTER NOT EXISTS { ?d a schema:CreativeWork, prov:Entity }""",
    "extracted meeting not derived from a document": """?m a dg:Meeting
        FILTER NOT EXISTS { ?m prov:wasDerivedFrom ?d . ?d a dg:SourceDocument }""",
    "holding attested in a text but not derived from it": """GRAPH ?g { ?h dg:attestedOn ?date }
        FILTER (STRSTARTS(STR(?g), "https://w3id.org/diplograph/graph/document/"))
        FILTER NOT EXISTS { ?h prov:wasDerivedFrom ?d . ?d a dg:SourceDocument }""",
    "holding without W3C ORG membership": """?h a dg:OfficeHolding
        FILTER NOT EXISTS { ?h a org:Membership ; org:member ?p }""",
    "country or organisation of a meeting not also stated as dg:involvesParty": """
        ?m dg:involvesCountry|dg:involvesOrganization ?c FILTER NOT EXISTS { ?m dg:involvesParty ?c }""",
    "sameAs that is not a Wikidata entity": """?x owl:sameAs ?y
        FILTER (!STRSTARTS(STR(?y), "http://www.wikidata.org/entity/Q"))""",
}


@pytest.mark.parametrize("name", sorted(ASK_NONE))
def test_interoperability_contract(store_path: Path, name: str) -> None:
    with open_store(store_path, read_only=True) as store:
        rows = list(store.query(PREFIXES + f"SELECT * WHERE {{ {ASK_NONE[name]} }} LIMIT 5"))
    assert not rows, f"{name}: {[str(r[0]) for r in rows]}"


def test_contract_checks_are_not_vacuous(store_path: Path) -> None:
    with open_store(store_path, read_only=True) as store:
        count = PREFIXES + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { %s }"
        for pattern, floor in [("?x a dg:Meeting", 40), ("?x a dg:Person ; owl:sameAs ?w", 50),
                               ("?x dg:partOfConference ?c", 3), ("?x schema:location ?l", 20),
                               ("?x dg:attestedOn ?d", 20)]:
            n = int(next(iter(store.query(count % pattern)))["n"].value)
            assert n >= floor, f"{pattern}: only {n}"


def test_shapes_reject_broken_data(store_copy: Path) -> None:
    graph = "https://w3id.org/diplograph/graph/document/bluebook-2026-north-america"
    meeting = "https://w3id.org/diplograph/id/meeting/2025-02-07-jp-us-summit"
    with open_store(store_copy) as store:
        assert validate_store(store).conforms
        store.store.update(PREFIXES + f"""
            DELETE {{ GRAPH <{graph}> {{ <{meeting}> dg:meetingKind ?k }} }}
            WHERE {{ GRAPH <{graph}> {{ <{meeting}> dg:meetingKind ?k }} }} ;
            INSERT DATA {{ GRAPH <{graph}> {{
              <{meeting}> schema:endDate "2025-01-01"^^xsd:date .
              <https://w3id.org/diplograph/id/person/ishiba-shigeru> owl:sameAs <http://dbpedia.org/resource/X> .
            }} }}""")
        report = validate_store(store)
    assert not report.conforms
    text = "\n".join(report.messages)
    assert meeting in text
    assert "dg:meetingKind" in text or "kind" in text.lower()
    assert any("sameAs" in m or "wikidata" in m.lower() for m in report.messages)
    assert any(meeting in m and ("end" in m.lower()) for m in report.messages), "end-before-start not caught"
