"""The cross-check users will make: the Bluebook states its own tallies ("首脳間で計9回（うち電話会談6回）"). A
SPARQL count of the meetings the store holds for the chapter, by pair of countries, level and mode over the
tally's period, is compared with every tally the seeds state (tests/gold/*.yaml ``tallies``).

Where the count differs from the tally, the difference must be the one the gold records by reading
(``tally_checks``: what the chapter tells and what it counts without telling), and the test names those
meetings, rather than the extractor being bent to the number.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from conftest import GOLD, SEEDS

from diplograph.catalogue import find_entry
from diplograph.store import open_store

_LEVELS = {"首脳会談": "summit", "外相会談": "foreign_ministers"}
_KINDS = {"summit": "Summit", "foreign_ministers": "ForeignMinistersMeeting"}
_PAIRS = {"日米": ["jp", "us"], "日加": ["ca", "jp"]}
_TALLY = re.compile(r"^(?P<pair>..)：(?P<body>.*)（(?P<y1>\d{4})年(?P<m1>\d{1,2})月[–-]"
                    r"(?:(?P<y2>\d{4})年)?(?P<m2>\d{1,2})月末?）$")
_ITEM = re.compile(r"(?P<level>首脳会談|外相会談)(?P<n>\d+)回(?:（うち電話(?P<phone>\d+)回）)?")

COUNT = """
PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX country: <https://w3id.org/diplograph/id/country/>
SELECT ?mode (COUNT(DISTINCT ?m) AS ?n) WHERE {
  GRAPH <%(graph)s> {
    ?m a dg:Meeting ; dg:meetingKind dg:%(kind)s ; dg:attendanceMode ?mode ; schema:startDate ?date ;
       dg:involvesCountry country:%(a)s, country:%(b)s .
    FILTER NOT EXISTS { ?m dg:involvesCountry ?c FILTER (?c NOT IN (country:%(a)s, country:%(b)s)) }
    FILTER (STR(?date) >= "%(start)s" && STR(?date) <= "%(end)s~")
  }
} GROUP BY ?mode
"""
LIST = COUNT.replace("SELECT ?mode (COUNT(DISTINCT ?m) AS ?n)", "SELECT ?m ?date ?mode").replace(
    "} GROUP BY ?mode", "}")


def parse_tally(text: str) -> list[dict]:
    """"日米：首脳会談9回（うち電話6回）、外相会談6回（うち電話1回）（2025年1月–12月末）" → one row per level."""
    m = _TALLY.match(text)
    if not m or m.group("pair") not in _PAIRS:
        return []
    y1, m1 = int(m.group("y1")), int(m.group("m1"))
    y2, m2 = int(m.group("y2") or y1), int(m.group("m2"))
    rows = []
    for item in _ITEM.finditer(m.group("body")):
        rows.append({"pair": _PAIRS[m.group("pair")], "kind": _LEVELS[item.group("level")],
                     "total": int(item.group("n")), "phone": int(item.group("phone") or 0),
                     "start": f"{y1:04d}-{m1:02d}", "end": f"{y2:04d}-{m2:02d}", "text": text})
    return rows


def tallies() -> list[tuple[str, dict, dict]]:
    out = []
    for path in sorted(GOLD.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        checks = {(tuple(c["pair"]), c["kind"]): c for c in data.get("tally_checks") or []}
        for text in data.get("tallies") or []:
            for row in parse_tally(text):
                out.append((data["document"], row, checks.get((tuple(row["pair"]), row["kind"]))))
    return out


def test_the_seeds_state_tallies() -> None:
    found = tallies()
    assert len(found) >= 8, "the two Bluebook chapters state two levels for two pairs each"
    assert all(check is not None for _, _, check in found), "every tally has its check by reading"


@pytest.mark.parametrize("document,tally,check", tallies(),
                         ids=lambda x: x if isinstance(x, str) else None)
def test_count_against_tally(store_path: Path, document: str, tally: dict, check: dict) -> None:
    entry = find_entry(SEEDS / document)
    assert entry is not None
    graph = f"https://w3id.org/diplograph/graph/document/{entry.id}"
    args = {"graph": graph, "kind": _KINDS[tally["kind"]], "a": tally["pair"][0], "b": tally["pair"][1],
            "start": tally["start"], "end": tally["end"]}
    with open_store(store_path, read_only=True) as store:
        counts = {row["mode"].value.rsplit("#", 1)[1]: int(row["n"].value) for row in store.query(COUNT % args)}
        listed = sorted((row["date"].value, row["mode"].value.rsplit("#", 1)[1], row["m"].value)
                        for row in store.query(LIST % args))
    total, phone = sum(counts.values()), counts.get("Phone", 0)
    told = "\n".join(f"  {d} {mode} {iri}" for d, mode, iri in listed)
    where = f"{document} {tally['text']} ({tally['kind']})"
    # 1. the store holds what the chapter tells (by reading): the extractor is right, not bent to the tally
    assert (total, phone) == (check["described"]["total"], check["described"]["phone"]), \
        f"{where}: the store holds {total} ({phone} by phone), the chapter tells {check['described']}:\n{told}"
    # 2. where the tally differs from what the chapter tells, the gold names what it counts without telling
    differs = (tally["total"], tally["phone"]) != (total, phone)
    assert differs == bool(check["counted_not_described"]), (
        f"{where}: tally {tally['total']} ({tally['phone']} by phone), told {total} ({phone} by phone)"
        + ("; the gold explains a difference that is not there" if not differs else "; unexplained"))
    if differs:
        print(f"{where}: tally {tally['total']} ({tally['phone']} by phone) against {total} told "
              f"({phone} by phone):\n{told}\ncounted but not told: {check['counted_not_described']}")
