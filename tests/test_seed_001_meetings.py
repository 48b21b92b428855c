"""Done-when of the spine: the store built from the seeds answers, in SPARQL, the US-section meetings of
seed 001 with the right dates and participants, checked against the gold annotations in tests/gold/001.yaml."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
import yaml
from conftest import GOLD

from diplograph.store import open_store

QUERY = """
PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?meeting ?date ?kind ?mode ?person WHERE {
  GRAPH <https://w3id.org/diplograph/graph/document/bluebook-2026-north-america> {
    ?meeting a dg:Meeting ; schema:startDate ?date ; dg:meetingKind ?kind ; dg:attendanceMode ?mode ;
             dg:involvesCountry <https://w3id.org/diplograph/id/country/us> ;
             dg:participation/dg:participant ?person .
  }
}
"""
KINDS = {"summit": "Summit", "foreign_ministers": "ForeignMinistersMeeting", "courtesy_call": "CourtesyCall",
         "other_ministerial": "OtherMinisterialMeeting", "other": "OtherMeeting"}
MODES = {"in_person": "InPerson", "phone": "Phone", "video": "Video"}


def gold_us_meetings() -> list[dict]:
    data = yaml.safe_load((GOLD / "001.yaml").read_text(encoding="utf-8"))
    return [m for m in data["meetings"] if m["countries"] == ["jp", "us"] and not m.get("optional")]


@pytest.fixture(scope="module")
def stored(store_path: Path) -> dict[str, dict]:
    meetings: dict[str, dict] = defaultdict(lambda: {"people": set()})
    with open_store(store_path, read_only=True) as store:
        for row in store.query(QUERY):
            entry = meetings[row["meeting"].value]
            entry["date"] = row["date"].value
            entry["kind"] = row["kind"].value.rsplit("#", 1)[1]
            entry["mode"] = row["mode"].value.rsplit("#", 1)[1]
            entry["people"].add(row["person"].value.rsplit("/", 1)[1])
    return dict(meetings)


def test_gold_has_the_us_section() -> None:
    assert len(gold_us_meetings()) > 10


@pytest.mark.parametrize("gold", gold_us_meetings(), ids=lambda m: f"{m['id']}-{m['date']}")
def test_every_gold_meeting_is_stored_with_date_and_participants(stored: dict, gold: dict) -> None:
    matches = [m for m in stored.values() if m["date"] == gold["date"] and m["people"] == set(gold["participants"])]
    assert len(matches) == 1, f"{gold['id']}: expected one stored meeting, found {matches}"
    found = matches[0]
    if gold["kind"] in KINDS and gold["kind"] != "other":
        assert found["kind"] == KINDS[gold["kind"]]
    if gold.get("mode"):
        assert found["mode"] == MODES[gold["mode"]]


def test_no_stored_us_meeting_is_outside_the_gold(stored: dict) -> None:
    data = yaml.safe_load((GOLD / "001.yaml").read_text(encoding="utf-8"))
    gold = {(m["date"], frozenset(m["participants"])) for m in data["meetings"]}
    extra = [(m["date"], sorted(m["people"])) for m in stored.values()
             if (m["date"], frozenset(m["people"])) not in gold]
    assert not extra, f"meetings the gold does not have: {extra}"
