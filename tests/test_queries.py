"""The catalogue of named queries (queries/*.rq), run on the store built from the seeds.

Expected rows are checked by hand against the seed texts (seed 001 = Diplomatic Bluebook 2026, North
America, which reviews 2025) and the reference data (office holdings, real-world dates).
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import ROOT, SEEDS
from rdflib import Graph

from diplograph.catalogue_queries import (
    TYPES,
    get_query,
    load_catalogue,
    parse_query,
    rows,
    to_term,
)
from diplograph.cli import main
from diplograph.errors import QueryError
from diplograph.namespaces import ONTOLOGY_GRAPH, document_graph
from diplograph.read.decode import from_bytes
from diplograph.store import open_store

ID = "https://w3id.org/diplograph/id/"
XSD = "http://www.w3.org/2001/XMLSchema#"
CATALOGUE = load_catalogue()
REQUIRED_QUESTIONS = {
    "meetings-between-countries", "meetings-between-people", "person-meetings", "office-holder-on-date",
    "office-holders", "counterparts", "agreements", "timeline", "meeting-counts", "evidence",
}


def ask(store_path: Path, name: str, **values: str) -> list[dict[str, object]]:
    """Run a named query; rows as dicts of plain values (IRIs as full strings)."""
    with open_store(store_path, read_only=True) as store:
        columns, data = rows(CATALOGUE[name].run(store, values))
    return [dict(zip(columns, row, strict=True)) for row in data]


def short(iri: object) -> str:
    return str(iri).removeprefix(ID)


# --- the catalogue itself ----------------------------------------------------------------------------


def test_catalogue_has_every_question_of_the_issue() -> None:
    assert set(CATALOGUE) >= REQUIRED_QUESTIONS | {"person-network", "stats", "find"}


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_every_query_has_a_complete_header(name: str) -> None:
    query = CATALOGUE[name]
    assert query.title and query.description
    assert query.examples, f"{name}: no '#+ example:'"
    assert query.examples[0].startswith(f"diplograph query {name}") or name in ("person-network", "stats")
    for param in query.params:
        assert param.type in TYPES and param.description
        # the projection must hold every parameter (pyoxigraph's rule for substitutions)
        select = query.text[query.text.index("SELECT"):query.text.index("WHERE")]
        assert f"?{param.name}" in select, f"{name}: ?{param.name} is not in the SELECT list"
    assert query.bind(query.example_values()) is not None  # the example's values are valid


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_every_example_runs_on_the_seed_graph(store_path: Path, name: str) -> None:
    query = CATALOGUE[name]
    found = ask(store_path, name, **query.example_values())
    if name != "agreements":  # agreements are extracted by a later stage; see the agreement tests below
        assert found, f"{name}: the documented example returns nothing"


def test_header_format(tmp_path: Path) -> None:
    path = tmp_path / "q.rq"
    path.write_text("#+ title: T\n#+ description: first\n#+   second\n"
                    "#+ param: who person (required) the person\n"
                    "#+ param: kind concept (any) a kind\n"
                    "#+ param: since date 2020 start\n"
                    "#+ example: diplograph query q --param who=ishiba-shigeru -p since=2021\n"
                    "SELECT ?who ?kind ?since WHERE { ?m ?kind ?who }\n", encoding="utf-8")
    query = parse_query(path)
    assert query.description == "first second"
    assert [(p.name, p.type, p.required, p.any, p.default) for p in query.params] == [
        ("who", "person", True, False, None), ("kind", "concept", False, True, None),
        ("since", "date", False, False, "2020")]
    assert query.example_values() == {"who": "ishiba-shigeru", "since": "2021"}
    bound = query.bind({"who": "ishiba-shigeru"})
    assert bound == {ox.Variable("who"): ox.NamedNode(ID + "person/ishiba-shigeru"),
                     ox.Variable("since"): ox.Literal("2020", datatype=ox.NamedNode(XSD + "gYear"))}
    with pytest.raises(QueryError, match="missing parameter who"):
        query.bind({})
    with pytest.raises(QueryError, match="no parameter 'nobody'"):
        query.bind({"who": "x", "nobody": "y"})
    with open_store(tmp_path / "empty") as store:  # a parameter must be in the SELECT list
        path.write_text("#+ title: T\n#+ param: x string a what\nSELECT ?y WHERE { ?y ?p ?x }\n", encoding="utf-8")
        with pytest.raises(QueryError, match=r"query q: .*SELECT"):
            parse_query(path).run(store)
    path.write_text("#+ title: T\n#+ param: x colour red what\nSELECT ?x WHERE {}\n", encoding="utf-8")
    with pytest.raises(QueryError, match="unknown type 'colour'"):
        parse_query(path)
    path.write_text("#+ title: T\n#+ param: x date yesterday what\nSELECT ?x WHERE {}\n", encoding="utf-8")
    with pytest.raises(QueryError, match="not a date"):
        parse_query(path)


def test_values_become_rdf_terms() -> None:
    assert to_term("person", "ishiba-shigeru") == ox.NamedNode(ID + "person/ishiba-shigeru")
    assert to_term("person", "person:ishiba-shigeru") == ox.NamedNode(ID + "person/ishiba-shigeru")
    assert to_term("person", f"<{ID}person/x>") == ox.NamedNode(ID + "person/x")
    assert to_term("country", "JP") == ox.NamedNode(ID + "country/jp")
    assert to_term("concept", "Summit") == ox.NamedNode("https://w3id.org/diplograph/ontology#Summit")
    assert to_term("iri", "dg:Summit") == ox.NamedNode("https://w3id.org/diplograph/ontology#Summit")
    assert to_term("iri", "http://www.wikidata.org/entity/Q1") == ox.NamedNode("http://www.wikidata.org/entity/Q1")
    assert to_term("date", "2025-02-07") == ox.Literal("2025-02-07", datatype=ox.NamedNode(XSD + "date"))
    assert to_term("date", "2025-02") == ox.Literal("2025-02", datatype=ox.NamedNode(XSD + "gYearMonth"))
    assert to_term("integer", " 12 ") == ox.Literal("12", datatype=ox.NamedNode(XSD + "integer"))
    assert to_term("string", 'a " } b') == ox.Literal('a " } b')
    for kind, bad in [("date", "2025-02-30"), ("date", "2025-13"), ("date", "07/02/2025"), ("integer", "1e3"),
                      ("iri", "ishiba-shigeru"), ("person", "a b"), ("person", "x> } UNION { ?s ?p ?o"),
                      ("iri", "person:x> ?p ?o"), ("iri", "<http://x/> ?p ?o . <y>")]:
        with pytest.raises(QueryError):
            to_term(kind, bad)


# --- parameters are data, never query text --------------------------------------------------------------


HOSTILE = '") || true || CONTAINS("'  # pasted into the FILTER of find.rq this would match every label
HOSTILE_2 = '"} UNION { ?entity ?p ?label } #'


def test_a_hostile_value_cannot_change_the_query(store_path: Path, tmp_path: Path) -> None:
    find = CATALOGUE["find"]
    text_before = find.path.read_text(encoding="utf-8")
    # On the seeds no label contains these strings, so the answer is empty (a changed query would match all).
    for hostile in (HOSTILE, HOSTILE_2):
        assert ask(store_path, "find", text=hostile) == []
    # Where a label really contains the hostile text, exactly that entity is found, and the value comes back
    # verbatim in the ?text column: it was bound as a literal, never parsed as SPARQL.
    with open_store(tmp_path / "store") as store:
        graph = Graph().parse(data=f"""
            @prefix schema: <https://schema.org/> .
            <{ID}person/tricky> schema:name {json.dumps("Mr " + HOSTILE + " Tricky")}@en .
            <{ID}person/plain> schema:name "Plain Person"@en .
        """, format="turtle")
        store.replace_graph(str(document_graph("test")), graph)
        columns, found = rows(find.run(store, {"text": HOSTILE}))
        everything = rows(find.run(store, {"text": ""}))[1]
    assert [(short(r[0]), r[columns.index("text")]) for r in found] == [("person/tricky", HOSTILE)]
    assert len(everything) == 2  # the empty text matches every label: what the hostile text would have done
    assert find.text == text_before == find.path.read_text(encoding="utf-8")


def test_hostile_iri_values_are_refused_with_one_line() -> None:
    result = CliRunner().invoke(main, ["query", "person-meetings", "-p", "person=x> } UNION { ?s ?p ?o"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: query person-meetings: parameter person:")
    assert len(result.output.strip().splitlines()) == 1


# --- meetings --------------------------------------------------------------------------------------------


ISHIBA_TRUMP_CALLS_2025 = ["2025-04-07", "2025-05-23", "2025-05-29", "2025-06-13"]  # seed 001, lines 169-177
TAKAICHI_TRUMP_CALLS = ["2025-10-25", "2025-11-25", "2026-01-02"]  # seed 001, lines 206, 266, 270


def test_meetings_between_two_countries_in_a_period(store_path: Path) -> None:
    found = ask(store_path, "meetings-between-countries", country1="jp", country2="us", **{"from": "2025-01-01",
                                                                                             "to": "2025-12-31"})
    dates = [r["date"] for r in found]
    assert dates == sorted(dates) and all("2025-01-01" <= d <= "2025-12-31" for d in dates)
    phone_summits = [r["date"] for r in found if r["kind"] == "Summit meeting" and r["mode"] == "Telephone"]
    assert phone_summits == ISHIBA_TRUMP_CALLS_2025 + TAKAICHI_TRUMP_CALLS[:2]
    calls = {r["date"]: r for r in found if r["date"] in ISHIBA_TRUMP_CALLS_2025}
    assert {tuple(sorted(r["participants"].split(" / "))) for r in calls.values()} == {
        ("Donald Trump", "Shigeru Ishiba")}
    kananaskis = [r for r in found if r["date"] == "2025-06-16"]
    assert [(r["place"], r["conference"]) for r in kananaskis] == [("Kananaskis", "51st G7 Summit (Kananaskis)")]
    # a narrower period, and the countries in the other order
    spring = ask(store_path, "meetings-between-countries", country1="us", country2="jp",
                 **{"from": "2025-04", "to": "2025-05"})
    assert [r["date"] for r in spring if r["mode"] == "Telephone"] == ISHIBA_TRUMP_CALLS_2025[:3]
    assert all(r["date"].startswith(("2025-04", "2025-05")) for r in spring)


def test_a_month_precision_date_overlaps_a_period(store_path: Path) -> None:
    # seed 001: Carney met Modi at the G7 summit in June 2025 (the text gives only the month)
    inside = ask(store_path, "meetings-between-countries", country1="ca", country2="in",
                 **{"from": "2025-06-10", "to": "2025-06-20"})
    assert [(r["date"], short(r["meeting"])) for r in inside] == [("2025-06", "meeting/2025-06-ca-in-summit")]
    assert ask(store_path, "meetings-between-countries", country1="ca", country2="in",
               **{"from": "2025-01-01", "to": "2025-05-31"}) == []
    year = ask(store_path, "meetings-between-countries", country1="ca", country2="in", **{"from": "2025", "to": "2025"})
    assert "meeting/2025-06-ca-in-summit" in {short(r["meeting"]) for r in year}
    assert all(r["date"].startswith("2025") for r in year)


def test_meetings_between_two_people(store_path: Path) -> None:
    found = ask(store_path, "meetings-between-people", person1="ishiba-shigeru", person2="donald-trump",
                **{"from": "2025"})
    assert [r["date"] for r in found if r["mode"] == "Telephone"] == ISHIBA_TRUMP_CALLS_2025
    assert {short(r["office1"]) for r in found} == {"office/jp-prime-minister"}
    assert {short(r["office2"]) for r in found} == {"office/us-president"}
    # in person: Washington (7 Feb) and the G7 Kananaskis summit (16 June), seed 001
    assert [(r["date"], r["place"]) for r in found if r["mode"] == "In person"] == [
        ("2025-02-07", "Washington, D.C."), ("2025-06-16", "Kananaskis")]
    takaichi = ask(store_path, "meetings-between-people", person1="donald-trump", person2="takaichi-sanae")
    assert [r["date"] for r in takaichi if r["mode"] == "Telephone"] == TAKAICHI_TRUMP_CALLS


def test_all_meetings_of_a_person(store_path: Path) -> None:
    found = ask(store_path, "person-meetings", person="ishiba-shigeru")
    dates = [r["date"] for r in found]
    assert set(ISHIBA_TRUMP_CALLS_2025) <= set(dates)
    # Ishiba was prime minister from 2024-10-01 to 2025-10-21: every meeting is inside, as prime minister
    assert all("2024-10-01" <= d < "2025-10-21" for d in dates)
    assert {short(r["office"]) for r in found} == {"office/jp-prime-minister"}
    assert any(r["others"] == "Mark Carney" and r["date"] == "2025-05-02" for r in found)  # seed 001, line 357
    in_june = ask(store_path, "person-meetings", person="ishiba-shigeru", **{"from": "2025-06", "to": "2025-06"})
    assert [r["date"] for r in in_june] == ["2025-06-13", "2025-06-16", "2025-06-16"]


def test_counterparts_ranked_by_number_of_meetings(store_path: Path) -> None:
    found = ask(store_path, "counterparts", person="ishiba-shigeru")
    counts = [r["meetings"] for r in found]
    assert counts == sorted(counts, reverse=True)
    top = found[0]
    assert (short(top["counterpart"]), top["name"], top["countries"]) == ("person/donald-trump", "Donald Trump", "us")
    together = ask(store_path, "meetings-between-people", person1="ishiba-shigeru", person2="donald-trump")
    assert top["meetings"] == len({r["meeting"] for r in together}) >= 6
    assert (top["first"], top["last"]) == ("2025-02-07", "2025-06-16")
    carney = next(r for r in found if short(r["counterpart"]) == "person/mark-carney")
    assert carney["countries"] == "ca" and carney["meetings"] >= 2


def test_meeting_counts_by_year_pair_level_and_mode(store_path: Path) -> None:
    found = ask(store_path, "meeting-counts", **{"from": "2025", "to": "2025"})
    assert {r["year"] for r in found} == {"2025"}
    jp_us = {(r["level"], r["mode"]): r["meetings"] for r in found if (r["countryA"], r["countryB"]) == ("jp", "us")}
    # seed 001, line 25: in 2025 "首脳間で計9回（うち電話会談6回）" — nine summits, six of them by phone
    assert jp_us[("Summit meeting", "Telephone")] == 6
    assert jp_us[("Summit meeting", "Telephone")] + jp_us[("Summit meeting", "In person")] == 9
    # the counts add up to the meetings listed by meetings-between-countries
    listed = ask(store_path, "meetings-between-countries", country1="jp", country2="us",
                 **{"from": "2025", "to": "2025"})
    assert sum(jp_us.values()) == len({r["meeting"] for r in listed})
    assert all(r["countryA"] < r["countryB"] for r in found)


def test_timeline_of_a_period(store_path: Path) -> None:
    found = ask(store_path, "timeline", **{"from": "2025-01", "to": "2025-01"})
    dates = [r["date"] for r in found]
    assert dates == sorted(dates) and all(d.startswith("2025-01") or d == "2025" for d in dates)  # overlap
    events = {(r["date"], r["category"], short(r["thing"])) for r in found}
    assert ("2025-01-07", "meeting", "meeting/2025-01-07-jp-us-foreign-ministers") in events
    # reference data: Blinken left the State Department on 20 January 2025, Rubio took over on the 21st
    assert ("2025-01-20", "left office", "holding/antony-blinken--us-secretary-of-state--2021-01-26") in events
    assert ("2025-01-21", "took office", "holding/marco-rubio--us-secretary-of-state--2025-01-21") in events
    assert ("2025-01-20", "took office", "holding/donald-trump--us-president--2025-01-20") in events
    rubio = next(r for r in found if short(r["thing"]).startswith("holding/marco-rubio--us-secretary-of-state"))
    assert rubio["label"] == "Marco Rubio" and "Secretary of State" in rubio["detail"]
    assert {r["category"] for r in ask(store_path, "timeline", **{"from": "2025-06", "to": "2025-06"})} >= {
        "meeting", "conference"}


# --- offices ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("office", "date", "holders"), [
    ("jp-minister-for-foreign-affairs", "2025-01-07", ["iwaya-takeshi"]),
    ("jp-minister-for-foreign-affairs", "2025-10-21", ["motegi-toshimitsu"]),  # the end date is exclusive
    ("jp-minister-for-foreign-affairs", "2025-10", ["iwaya-takeshi", "motegi-toshimitsu"]),  # a month: both
    ("jp-prime-minister", "2025-02-07", ["ishiba-shigeru"]),
    ("us-secretary-of-state", "2025-01-21", ["marco-rubio"]),
    ("us-secretary-of-state", "2023-06-01", ["antony-blinken"]),
])
def test_who_held_an_office_on_a_date(store_path: Path, office: str, date: str, holders: list[str]) -> None:
    found = ask(store_path, "office-holder-on-date", office=office, date=date)
    assert [short(r["person"]).removeprefix("person/") for r in found] == holders


def test_an_offices_holders_over_time(store_path: Path) -> None:
    found = ask(store_path, "office-holders", office="jp-minister-for-foreign-affairs")
    dated = [(short(r["person"]).removeprefix("person/"), r["start"], r["end"]) for r in found if r["start"]]
    # reference data, checked against the cabinet lists: the Ministers for Foreign Affairs since 2019
    assert dated[-6:] == [
        ("motegi-toshimitsu", "2019-09-11", "2021-11-04"),
        ("kishida-fumio", "2021-11-04", "2021-11-10"),
        ("hayashi-yoshimasa", "2021-11-10", "2023-09-13"),
        ("kamikawa-yoko", "2023-09-13", "2024-10-01"),
        ("iwaya-takeshi", "2024-10-01", "2025-10-21"),
        ("motegi-toshimitsu", "2025-10-21", None),
    ]
    starts = [start for _, start, _ in dated]
    assert starts == sorted(starts)
    iwaya = next(r for r in found if short(r["holding"]).startswith("holding/iwaya-takeshi--"))
    assert iwaya["reference"] is True
    assert "2025-01-07" in (iwaya["attestedOn"] or "").split()  # attested by seed 001 (the meeting with Blinken)


# --- agreements ------------------------------------------------------------------------------------------

AGREEMENT_COLUMNS = ["date", "agreement", "title", "titleEn", "kindLabel", "eventLabel", "parties", "signatories",
                     "meeting", "event", "party", "kind", "from", "to"]

SIGNED_TREATY = """
@prefix dg: <https://w3id.org/diplograph/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix agreement: <https://w3id.org/diplograph/id/agreement/> .
@prefix country: <https://w3id.org/diplograph/id/country/> .
@prefix person: <https://w3id.org/diplograph/id/person/> .
agreement:test-treaty a dg:Agreement ;
    schema:name "試験条約"@ja ;
    dg:agreementKind dg:Treaty ;
    dg:party country:jp , country:ca ;
    dg:agreementEvent agreement:test-treaty-signed , agreement:test-treaty-in-force .
agreement:test-treaty-signed a dg:AgreementEvent ;
    dg:eventType dg:Signed ;
    schema:startDate "2024-03-02"^^xsd:date ;
    dg:signatory person:kamikawa-yoko , person:melanie-joly .
agreement:test-treaty-in-force a dg:AgreementEvent ;
    dg:eventType dg:EnteredIntoForce ;
    schema:startDate "2025-01"^^xsd:gYearMonth .
person:kamikawa-yoko schema:name "Yoko Kamikawa"@en .
person:melanie-joly schema:name "Mélanie Joly"@en .
"""


@pytest.fixture(scope="module")
def agreement_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ontology, the hand-written example of ontology/examples, and a hand-written signed treaty."""
    path = tmp_path_factory.mktemp("agreements") / "store"
    with open_store(path) as store:
        store.replace_graph(str(ONTOLOGY_GRAPH), Graph().parse(ROOT / "ontology" / "diplograph.ttl"))
        store.replace_graph(str(document_graph("example")),
                            Graph().parse(ROOT / "ontology" / "examples" / "meeting-example.ttl"))
        store.replace_graph(str(document_graph("treaty")), Graph().parse(data=SIGNED_TREATY, format="turtle"))
    return path


def test_agreements_by_party_kind_and_period(agreement_store: Path) -> None:
    everything = ask(agreement_store, "agreements")
    assert [(r["date"], short(r["agreement"]), r["eventLabel"]) for r in everything] == [
        ("2024-03-02", "agreement/test-treaty", "Signed"),
        ("2025-01", "agreement/test-treaty", "Entered into force"),
        ("2025-02-07", "agreement/2025-02-07-jp-us-joint-leaders-statement", "Issued"),
    ]
    statement = everything[2]
    assert (statement["title"], statement["titleEn"], statement["kindLabel"], sorted(statement["parties"].split()),
            short(statement["meeting"])) == ("日米首脳共同声明", "United States-Japan Joint Leaders' Statement",
                                             "Joint statement", ["jp", "us"], "meeting/2025-02-07-jp-us-summit")
    signed = everything[0]
    assert (signed["kindLabel"], sorted(signed["parties"].split()), sorted(signed["signatories"].split(" / "))) == (
        "Treaty", ["ca", "jp"], ["Mélanie Joly", "Yoko Kamikawa"])
    # by party
    assert {short(r["agreement"]) for r in ask(agreement_store, "agreements", party="us")} == {
        "agreement/2025-02-07-jp-us-joint-leaders-statement"}
    assert len(ask(agreement_store, "agreements", party="jp")) == 3
    assert ask(agreement_store, "agreements", party="fr") == []
    # by kind
    assert {r["eventLabel"] for r in ask(agreement_store, "agreements", kind="Treaty")} == {
        "Signed", "Entered into force"}
    assert ask(agreement_store, "agreements", kind="dg:Memorandum") == []
    # by period (an event dated by month overlaps the days of that month)
    assert [r["date"] for r in ask(agreement_store, "agreements", **{"from": "2025-01-15", "to": "2025-12-31"})] == [
        "2025-01", "2025-02-07"]
    assert [r["date"] for r in ask(agreement_store, "agreements", party="ca", kind="Treaty",
                                   **{"from": "2024", "to": "2024"})] == ["2024-03-02"]


def test_agreements_on_the_seed_graph(store_path: Path) -> None:
    with open_store(store_path, read_only=True) as store:
        columns, found = rows(CATALOGUE["agreements"].run(store, {}))
        extracted = int(next(iter(store.query(
            "PREFIX dg: <https://w3id.org/diplograph/ontology#> SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { "
            "?a a dg:Agreement ; dg:party ?p ; dg:agreementKind ?k ; dg:agreementEvent ?e . "
            "?e dg:eventType ?t ; <https://schema.org/startDate> ?d }")))["n"].value)
    assert columns == AGREEMENT_COLUMNS
    assert len({r[1] for r in found}) == extracted  # every dated agreement with a party is listed
    assert len({(r[1], r[columns.index("event")]) for r in found}) == len(found)  # one row per event
    for row in found:
        record = dict(zip(columns, row, strict=True))
        assert record["kindLabel"] and record["eventLabel"] and record["date"]


def test_agreements_signed_at_the_2023_defence_ministers_meeting(store_path: Path) -> None:
    # seed 003, line 167: at the Japan-US defence ministers' meeting of 12 January 2023 in Washington, Hamada
    # and Austin signed 「研究、開発、試験及び評価プロジェクトに関する了解書」 and 「サプライチェーン協力の強化に向けた
    # 防衛装備品等の供給の安定化に係る取決め」
    if not ask(store_path, "agreements"):
        pytest.skip("no agreements extracted yet")
    found = ask(store_path, "agreements", party="us", **{"from": "2023-01-12", "to": "2023-01-12"})
    signed = {r["title"]: r for r in found if r["eventLabel"] == "Signed"}
    for part in ("試験及び評価プロジェクトに関する了解書", "防衛装備品等の供給の安定化に係る取決め"):
        row = next(r for title, r in signed.items() if part in title)
        assert sorted(row["signatories"].split(" / ")) == ["Lloyd Austin", "Yasukazu Hamada"]
        assert sorted(row["parties"].split()) == ["jp", "us"]
        assert short(row["meeting"]).startswith("meeting/2023-01-12-jp-us-defence-ministers")
    memoranda = ask(store_path, "agreements", party="jp", kind="Memorandum", **{"from": "2023-01", "to": "2023-01"})
    assert any("試験及び評価プロジェクトに関する了解書" in r["title"] for r in memoranda)
    # seed 000, line 104: the Japan-US joint statement issued at the summit of 13 January 2023
    statement = ask(store_path, "agreements", kind="JointStatement", **{"from": "2023-01-13", "to": "2023-01-13"})
    assert [(r["title"], r["eventLabel"], short(r["meeting"])) for r in statement] == [
        ("日米共同声明", "Issued", "meeting/2023-01-13-jp-us-summit")]


# --- evidence --------------------------------------------------------------------------------------------


def _decoded(file_name: str) -> str:
    path = SEEDS / file_name
    return from_bytes(path.read_bytes(), str(path)).text


def test_evidence_for_a_meeting_points_at_the_sentence(store_path: Path) -> None:
    found = ask(store_path, "evidence", entity="meeting:2025-04-07-jp-us-summit-phone")
    assert len(found) == 1
    row = found[0]
    assert row["quote"] == "4月7日、石破総理大臣は、トランプ大統領と電話会談を行った。"  # seed 001, line 169
    assert (row["file"], short(row["document"]), row["link"]) == (
        "001_d94cf36aca80494a.txt", "document/bluebook-2026-north-america", None)  # the meeting's own evidence
    assert _decoded(row["file"])[row["start"]:row["end"]] == row["exact"]


def test_evidence_for_a_person_covers_meetings_and_holdings(store_path: Path) -> None:
    found = ask(store_path, "evidence", entity=f"{ID}person/ishiba-shigeru")
    about = {short(r["about"]) for r in found}
    assert {f"meeting/{d}-jp-us-summit-phone" for d in ISHIBA_TRUMP_CALLS_2025} <= about
    assert "holding/ishiba-shigeru--jp-prime-minister--2024-10-01" in about
    assert {r["link"].removeprefix("https://") for r in found} == {"schema.org/attendee",
                                                                   "w3id.org/diplograph/ontology#holder"}
    for row in found:
        assert _decoded(row["file"])[row["start"]:row["end"]] == row["exact"]
    with open_store(store_path, read_only=True) as store:  # every "about" involves Ishiba
        for thing in about:
            assert store.query(f"ASK {{ <{ID}{thing}> (<https://schema.org/attendee>|"
                               f"<https://w3id.org/diplograph/ontology#holder>) <{ID}person/ishiba-shigeru> }}")


def test_evidence_for_an_office_and_a_country(store_path: Path) -> None:
    office = {short(r["about"]) for r in ask(store_path, "evidence", entity="office:jp-prime-minister")}
    assert "holding/ishiba-shigeru--jp-prime-minister--2024-10-01" in office
    assert "meeting/2025-04-07-jp-us-summit-phone" in office  # Ishiba took part as prime minister
    country = {short(r["about"]) for r in ask(store_path, "evidence", entity="country:ca")}
    assert "meeting/2025-05-02-ca-jp-summit-phone" in country
    assert ask(store_path, "evidence", entity=f"{ID}person/nobody-at-all") == []


# --- the other queries and the command line ----------------------------------------------------------------


def test_find_gives_iris_for_names(store_path: Path) -> None:
    assert [short(r["entity"]) for r in ask(store_path, "find", text="blinken") if "Person" in str(r["type"])] == [
        "person/antony-blinken"]
    assert "person/ishiba-shigeru" in {short(r["entity"]) for r in ask(store_path, "find", text="石破")}


def test_cli_query_help() -> None:
    result = CliRunner().invoke(main, ["query", "--help"])
    assert result.exit_code == 0
    for option in ("--list", "--param", "--format", "--show", "--store"):
        assert option in result.output


def test_cli_lists_the_catalogue() -> None:
    result = CliRunner().invoke(main, ["query", "--list"])
    assert result.exit_code == 0, result.output
    for name in REQUIRED_QUESTIONS:
        assert name in result.output
    assert "person [from=0001] [to=9999]" in result.output


def test_cli_runs_a_query_in_every_format(store_path: Path) -> None:
    args = ["query", "--store", str(store_path), "meetings-between-people", "-p", "person1=ishiba-shigeru",
            "--param", "person2=person:donald-trump", "-p", "from=2025-04", "-p", "to=2025-06-13"]
    table = CliRunner().invoke(main, [*args, "--format", "table"])
    assert table.exit_code == 0, table.output
    assert "meeting:2025-05-29-jp-us-summit-phone" in table.output and "(4 rows)" in table.output
    as_json = json.loads(CliRunner().invoke(main, [*args, "--format", "json"]).output)
    assert [b["date"]["value"] for b in as_json["results"]["bindings"]] == ISHIBA_TRUMP_CALLS_2025
    csv_lines = CliRunner().invoke(main, [*args, "--format", "csv"]).output.splitlines()
    assert csv_lines[0].startswith("date,meeting,kind") and len(csv_lines) == 5


def test_cli_show_and_errors(store_path: Path) -> None:
    shown = CliRunner().invoke(main, ["query", "office-holder-on-date", "--show"])
    assert shown.exit_code == 0 and "parameters:" in shown.output and "SELECT" in shown.output
    for args, message in [
        (["query", "no-such-query"], "Error: no query named 'no-such-query'"),
        (["query", "timeline", "-p", "from=2025"], "Error: query timeline: missing parameter to"),
        (["query", "timeline", "-p", "from=2025", "-p", "to=last week"], "is not a date"),
        (["query", "office-holders", "-p", "office"], "write NAME=VALUE"),
    ]:
        result = CliRunner().invoke(main, ["query", "--store", str(store_path), *args[1:]])
        assert result.exit_code in (1, 2), result.output
        assert message in result.output


def test_catalogue_lookup_by_file_name() -> None:
    assert get_query("stats.rq").name == "stats"
