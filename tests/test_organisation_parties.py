"""The EU meets Japan as a party of its own: Japan–EU summits, talks with the High Representative. Such
meetings involve the organisation (dg:involvesOrganization org:eu), its office holders represent it, the
graph conforms to the shapes and the catalogue's country queries find them; heads of other bodies (NATO, the
IAEA) make no bilateral meeting."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from pyshacl import validate
from rdflib import Graph, URIRef

from diplograph.catalogue_queries import load_catalogue, rows
from diplograph.cli import main
from diplograph.document import Metadata, build_document
from diplograph.namespaces import DG, ORGANIZATION
from diplograph.ontology import ontology_graph, reference_graph
from diplograph.pipeline import document_to_graph, extract_document
from diplograph.rdf.iris import local
from diplograph.read.decode import from_bytes
from diplograph.store import open_store

SUMMIT = """日EU定期首脳協議
令和5年7月13日

1　7月13日午前10時から約1時間40分、ブリュッセルにおいて、岸田文雄内閣総理大臣は、シャルル・ミシェル欧州理事会議長\
及びウルズラ・フォン・デア・ライエン欧州委員会委員長との間で、第29回日EU定期首脳協議を行いました。
2　双方は、本年7月3日に東京で第1回日EUデジタル・パートナーシップ閣僚会合が開催されたことを歓迎しました。
3　岸田総理は、協議に先立ち、フォン・デア・ライエン委員長と短時間懇談しました。
4　同日、林外務大臣は、ストルテンベルグNATO事務総長と会談しました。
"""
CALL = """日EU外相電話会談
令和7年2月20日

2月20日、岩屋外務大臣は、カヤ・カラスEU外務・安全保障政策上級代表兼欧州委員会副委員長と約30分間電話会談を行いました。
"""


def graph_of(text: str, name: str, day: str) -> tuple[Graph, object]:
    source = from_bytes(text.encode("utf-8"), f"{name}.txt")
    doc = build_document(source, Metadata(title=name, kind="PressRelease", date=day, period=day[:4]), name)
    extraction = extract_document(doc)
    return document_to_graph(doc, extraction), extraction


def described(extraction: object) -> list[tuple]:
    return [(m.date.iso(), m.kind, m.mode, tuple(sorted(local(c) for c in m.countries)),
             tuple(sorted(local(p.person) for p in m.participants))) for m in extraction.meetings]


@pytest.fixture(scope="module")
def summit() -> tuple[Graph, object]:
    return graph_of(SUMMIT, "eu-summit", "2023-07-13")


def test_a_japan_eu_summit_is_a_summit_with_the_eu_as_a_party(summit: tuple) -> None:
    _, extraction = summit
    # the talk before the summit is dated by the summit's day (not by the meeting whose holding was welcomed)
    # and is the same encounter; the NATO Secretary General's talk is no bilateral meeting (not Norway's)
    assert described(extraction) == [
        ("2023-07-13", "Summit", "InPerson", ("eu", "jp"), ("charles-michel", "kishida-fumio", "ursula-von-der-leyen")),
    ]
    (meeting,) = extraction.meetings
    assert len(meeting.evidence) == 2
    michel = next(p for m in extraction.meetings for p in m.participants if local(p.person) == "charles-michel")
    assert (local(michel.office), local(michel.country)) == ("eu-president-of-the-european-council", "eu")


def test_the_high_representative_is_the_eus_foreign_minister() -> None:
    _, extraction = graph_of(CALL, "eu-call", "2025-02-20")
    assert described(extraction) == [
        ("2025-02-20", "ForeignMinistersMeeting", "Phone", ("eu", "jp"), ("iwaya-takeshi", "kaja-kallas"))]


def test_the_graph_says_involves_organization_and_conforms(summit: tuple) -> None:
    graph, _ = summit
    eu = URIRef(ORGANIZATION["eu"])
    meetings = set(graph.subjects(DG.involvesOrganization, eu))
    assert len(meetings) == 1
    assert not set(graph.objects(None, DG.involvesCountry)) & {eu}  # the EU is not put among the countries
    assert {p for m in meetings for p in graph.objects(m, DG.participation / DG.represents)} >= {eu}
    shapes = Graph().parse(Path(__file__).resolve().parent.parent / "ontology" / "shapes.ttl")
    conforms, _, text = validate(graph + reference_graph() + ontology_graph(), shacl_graph=shapes,
                                 inference="none", allow_warnings=True)
    assert conforms, text


def test_the_country_queries_find_meetings_with_the_eu(tmp_path: Path) -> None:
    (tmp_path / "summit.txt").write_text(SUMMIT, encoding="utf-8")
    store = tmp_path / "store"
    result = CliRunner().invoke(main, ["ingest", "--store", str(store), "--silent", str(tmp_path / "summit.txt")],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    with open_store(store, read_only=True) as opened:
        columns, data = rows(load_catalogue()["meetings-between-countries"].run(
            opened, {"country1": "jp", "country2": "organization:eu", "from": "2023", "to": "2023"}))
        found = [dict(zip(columns, row, strict=True)) for row in data]
        columns, data = rows(load_catalogue()["meeting-counts"].run(opened, {"from": "2023", "to": "2023"}))
        counts = [dict(zip(columns, row, strict=True)) for row in data]
    assert [(r["date"], r["kind"], r["place"]) for r in found] == [("2023-07-13", "Summit meeting", "Brussels")]
    assert [(r["countryA"], r["countryB"], r["level"], r["meetings"]) for r in counts] == [
        ("jp", "eu", "Summit meeting", 1)]
