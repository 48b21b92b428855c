"""IRIs of the ontology, the resources and the standard vocabularies (see ontology/README.md)."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

BASE = "https://w3id.org/diplograph/"

DG = Namespace(BASE + "ontology#")
PERSON = Namespace(BASE + "id/person/")
OFFICE = Namespace(BASE + "id/office/")
HOLDING = Namespace(BASE + "id/holding/")
COUNTRY = Namespace(BASE + "id/country/")
ORGANIZATION = Namespace(BASE + "id/organization/")
PLACE = Namespace(BASE + "id/place/")
MEETING = Namespace(BASE + "id/meeting/")
CONFERENCE = Namespace(BASE + "id/conference/")
AGREEMENT = Namespace(BASE + "id/agreement/")
DOCUMENT = Namespace(BASE + "id/document/")
EVIDENCE = Namespace(BASE + "id/evidence/")
MENTION = Namespace(BASE + "id/mention/")
TOPIC = Namespace(BASE + "id/topic/")
GRAPH = Namespace(BASE + "graph/")

SCHEMA = Namespace("https://schema.org/")
W3CORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
TIME = Namespace("http://www.w3.org/2006/time#")
WD = Namespace("http://www.wikidata.org/entity/")

ONTOLOGY_GRAPH = GRAPH["ontology"]
REFERENCE_GRAPH = GRAPH["reference"]


def document_graph(doc_id: str):
    """The named graph holding what was read from one source document."""
    return GRAPH["document/" + doc_id]


PREFIXES: dict[str, Namespace] = {
    "dg": DG,
    "person": PERSON,
    "office": OFFICE,
    "holding": HOLDING,
    "country": COUNTRY,
    "organization": ORGANIZATION,
    "place": PLACE,
    "meeting": MEETING,
    "conference": CONFERENCE,
    "agreement": AGREEMENT,
    "doc": DOCUMENT,
    "evidence": EVIDENCE,
    "mention": MENTION,
    "topic": TOPIC,
    "schema": SCHEMA,
    "org": W3CORG,
    "prov": PROV,
    "skos": SKOS,
    "oa": OA,
    "time": TIME,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "wd": WD,
}
