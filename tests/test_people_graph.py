"""People in the graph: persons and offices made from the text, attested holdings, unresolved mentions
with their note, one IRI per person across documents, and the offices resolved persons hold."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from diplograph.document import Metadata, build_document
from diplograph.extract.dates import DateValue
from diplograph.lexicon import default_lexicon
from diplograph.namespaces import DG, OA, SCHEMA
from diplograph.ontology import ontology_graph, reference_graph
from diplograph.pipeline import document_to_graph, extract_document
from diplograph.read.decode import from_bytes
from diplograph.store import open_store

PERSON = "https://w3id.org/diplograph/id/person/"
OFFICE = "https://w3id.org/diplograph/id/office/"

PRESS = """報道発表
令和7年3月4日

1　3月4日、岩屋外務大臣は、東京でアンドリ・ラコトベ・マダガスカル大統領と会談した。
同大統領からは、日本との協力への期待が示された。

2　会談には、米側からジョンソン氏が同席した。同氏は、拉致問題について発言した。
"""
NOTICE = """お知らせ
令和7年3月9日

3月9日、アンドリ・ラコトベ・マダガスカル大統領は大阪を訪問した。岩屋外務大臣は同日、同大統領と昼食を共にした。
"""


def graph_of(text: str, name: str, day: str) -> tuple[Graph, object]:
    source = from_bytes(text.encode("utf-8"), name)
    doc = build_document(source, Metadata(title=name, kind="PressRelease", date=day, period=day[:4]), name)
    extraction = extract_document(doc)
    return document_to_graph(doc, extraction), extraction


@pytest.fixture(scope="module")
def press() -> tuple[Graph, object]:
    return graph_of(PRESS, "press", "2025-03-04")


def test_a_person_outside_the_reference_data_with_the_office_the_text_gives(press: tuple) -> None:
    graph, extraction = press
    (person,) = [p for p in extraction.unlisted.values() if "ラコトベ" in p.name]
    iri = URIRef(person.iri)
    assert (iri, RDF.type, DG.Person) in graph
    assert (iri, SCHEMA.name, Literal("アンドリ・ラコトベ", lang="ja")) in graph
    assert graph.value(iri, DG.evidence) is not None
    office = graph.value(iri, DG.holds)
    assert str(office).startswith(OFFICE + "mg-text-")
    assert (office, RDF.type, DG.Office) in graph
    assert str(graph.value(office, RDFS.label)) == "マダガスカル大統領"
    assert graph.value(office, DG.officeCategory) == DG.HeadOfStateOrGovernment
    holding = graph.value(predicate=DG.holder, object=iri)
    assert str(holding).endswith("--attested")
    assert str(graph.value(holding, DG.attestedOn)) == "2025-03-04"
    assert graph.value(holding, DG.evidence) is not None


def test_an_ambiguous_mention_stays_unresolved_with_a_note(press: tuple) -> None:
    graph, extraction = press
    mentions = list(graph.subjects(RDF.type, DG.Mention))
    labels = {str(graph.value(m, RDFS.label)): m for m in mentions}
    assert set(labels) == {"ジョンソン氏", "同氏"}, labels
    johnson = labels["ジョンソン氏"]
    assert "ambiguous" in str(graph.value(johnson, SKOS.note))
    candidates = {str(c).removeprefix(PERSON) for c in graph.objects(johnson, DG.candidate)}
    assert {"boris-johnson", "mike-johnson"} <= candidates
    evidence = graph.value(johnson, DG.evidence)
    assert (johnson, OA.hasTarget, evidence) in graph
    quotes = {str(graph.value(s, OA.exact)) for s in graph.objects(evidence, OA.hasSelector)}
    assert "ジョンソン氏" in quotes
    assert not any(m.person for m in extraction.mentions if m.name in ("ジョンソン", "同氏"))


def test_the_people_graph_conforms_to_the_shapes(press: tuple) -> None:
    graph, _ = press
    data = graph + reference_graph() + ontology_graph()
    shapes = Graph().parse(Path(__file__).resolve().parent.parent / "ontology" / "shapes.ttl")
    conforms, _, text = validate(data, shacl_graph=shapes, inference="none", allow_warnings=True)
    assert conforms, text


def test_one_iri_per_person_across_documents(press: tuple) -> None:
    """Reference persons by their slug; persons made from the text by name and country (so the same name
    in another document is the same person; another spelling is not: add such persons to the reference
    data)."""
    _, first = press
    _, second = graph_of(NOTICE, "notice", "2025-03-09")

    def persons(extraction: object, needle: str) -> set[str]:
        return {m.person for m in extraction.mentions if m.person and needle in (m.name or "")}
    assert persons(first, "ラコトベ") == persons(second, "ラコトベ")
    assert persons(first, "岩屋") == persons(second, "岩屋") == {PERSON + "iwaya-takeshi"}
    anaphors = {m.person for m in second.mentions if m.name == "同大統領"}
    assert anaphors == persons(second, "ラコトベ")


# --- the graph built from the seeds ------------------------------------------------------------------

QUERY_PREFIXES = """PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX oa: <http://www.w3.org/ns/oa#>
"""


def test_every_attested_holding_covers_its_date(store_path: Path) -> None:
    """A resolved person in the graph holds, on the date of the text, the office the text gives."""
    lexicon = default_lexicon()
    query = """SELECT ?h ?d WHERE { GRAPH ?g { ?h dg:attestedOn ?d }
               FILTER (STRSTARTS(STR(?g), "https://w3id.org/diplograph/graph/document/")) }"""
    with open_store(store_path, read_only=True) as store:
        found = [(r["h"].value, r["d"].value) for r in store.query(QUERY_PREFIXES + query)]
    assert len(found) > 100
    holdings = {h.iri: h for p in lexicon.persons.values() for h in p.holdings}
    for iri, day in found:
        if iri.endswith("--attested"):
            continue  # a holding made from the text
        h = holdings[iri]
        d = date.fromisoformat(day)
        assert h.covers(d, d), f"{iri} attested on {day}"


def test_blinken_misprint_and_old_character_form_in_the_seeds(store_path: Path) -> None:
    """"プリンケン国務長官" (001) and "プリンケン米國務長官" (003, raw 國) are Blinken as Secretary of State."""
    query = """SELECT ?d ?exact WHERE {
        GRAPH ?g { ?h dg:attestedOn ?d ; dg:evidence ?e }
        FILTER (?h = <https://w3id.org/diplograph/id/holding/antony-blinken--us-secretary-of-state--2021-01-26>)
        ?e oa:hasSelector ?q . ?q oa:exact ?exact }"""
    with open_store(store_path, read_only=True) as store:
        found = {(r["d"].value, r["exact"].value) for r in store.query(QUERY_PREFIXES + query)}
    assert ("2025-01-07", "プリンケン国務長官") in found
    assert ("2023-01-11", "プリンケン米國務長官") in found


def test_persons_made_from_the_text_are_not_reference_persons(store_path: Path) -> None:
    """A person made from the text is no one of the reference data; a namesake there is of another country
    ("ミルズ米国硫黄島協会議長" is not Ghana's president John Atta Mills)."""
    lexicon = default_lexicon()
    query = """SELECT ?p ?n ?c WHERE { ?p a dg:Person ; schema:name ?n OPTIONAL { ?p schema:nationality ?c }
               FILTER (STRSTARTS(STR(?p), "https://w3id.org/diplograph/id/person/unlisted-")) }"""
    with open_store(store_path, read_only=True) as store:
        found = [(r["n"].value, r["c"].value if r["c"] else None) for r in store.query(QUERY_PREFIXES + query)]
    assert {"ミルズ", "バイス", "尾崎行雄"} <= {name for name, _ in found}, \
        "the seeds name persons the reference data lacks"
    for name, country in found:
        namesakes = lexicon.named(name)
        assert country is not None or not namesakes, f"{name} is a reference person, yet was made from the text"
        assert all(lexicon.persons[p].nationality != country for p in namesakes), \
            f"{name} of {country} is a reference person, yet was made from the text"


def test_participants_hold_their_office_on_the_meeting_date(store_path: Path) -> None:
    """The office a participation records is one the participant held on the meeting's date."""
    lexicon = default_lexicon()
    query = """SELECT ?date ?p ?o WHERE { ?m a dg:Meeting ; schema:startDate ?date ; dg:participation ?x .
               ?x dg:participant ?p ; dg:officeHeld ?o }"""
    with open_store(store_path, read_only=True) as store:
        found = [(r["date"].value, r["p"].value, r["o"].value) for r in store.query(QUERY_PREFIXES + query)]
    assert found
    for day, person, office in found:
        if person not in lexicon.persons or office not in lexicon.offices:
            continue
        when = DateValue.parse_iso(day)
        assert lexicon.persons[person].holds(office, when.as_date(), when.last_date()), (day, person, office)
