"""Extraction quality against the gold annotations, and the scorer itself."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import GOLD, SEEDS

from diplograph.cli import main
from diplograph.evaluation import evaluate
from diplograph.evaluation.meetings import GoldMeeting, score_meetings
from diplograph.evaluation.persons import load_gold as load_person_gold
from diplograph.evaluation.persons import locate
from diplograph.extract.dates import DateValue
from diplograph.extract.records import Extraction, Meeting, Participant, Span, UnlistedPerson

P = "https://w3id.org/diplograph/id/person/"
C = "https://w3id.org/diplograph/id/country/"


def meeting(date: str, *people: tuple[str, str], kind: str = "Summit", mode: str = "Phone") -> Meeting:
    return Meeting(DateValue.parse_iso(date), kind, mode,
                   [Participant(P + slug, None, C + country) for slug, country in people], [Span(0, 1)])


def test_scorer_counts_hits_misses_and_spurious() -> None:
    gold = [
        GoldMeeting("m1", "2025-04-07", "Summit", "Phone", {"jp", "us"}, {"ishiba-shigeru", "donald-trump"}, None),
        GoldMeeting("m2", "2025-05-23", "Summit", "Phone", {"jp", "us"}, {"ishiba-shigeru", "donald-trump"}, None),
        GoldMeeting("m3", "2025-06-01", "Summit", None, {"jp", "us"}, set(), None, optional=True),
    ]
    found = Extraction(meetings=[
        meeting("2025-04-07", ("ishiba-shigeru", "jp"), ("donald-trump", "us")),
        meeting("2025-05-24", ("ishiba-shigeru", "jp"), ("donald-trump", "us")),  # wrong day
        meeting("2025-06-01", ("ishiba-shigeru", "jp"), ("donald-trump", "us")),  # optional: no credit, no blame
    ])
    scores = score_meetings(gold, found)
    assert (scores.meetings.tp, scores.meetings.fp, scores.meetings.fn) == (1, 1, 1)
    assert scores.meetings.precision == 0.5 and scores.meetings.recall == 0.5
    assert scores.participants.tp == 2


def test_scorer_pairs_meetings_of_one_day_by_kind_and_scores_people_the_reference_lacks() -> None:
    gold = [
        GoldMeeting("m1", "2025-01-10", "Summit", "InPerson", {"jp", "my"}, {"ishiba-shigeru"}, None,
                    unresolved=["アンワル・イブラヒム首相"]),
        GoldMeeting("m2", "2025-01-10", "CourtesyCall", "InPerson", {"jp", "my"}, {"ishiba-shigeru"}, None),
    ]
    call = meeting("2025-01-10", ("ishiba-shigeru", "jp"), kind="CourtesyCall", mode="InPerson")
    call.sides.append(C + "my")
    summit = meeting("2025-01-10", ("ishiba-shigeru", "jp"), ("unlisted-1", "my"), mode="InPerson")
    found = Extraction(meetings=[call, summit])
    found.unlisted[P + "unlisted-1"] = UnlistedPerson(P + "unlisted-1", "アンワル・イブラヒム", None, None, C + "my")
    scores = score_meetings(gold, found)
    assert (scores.meetings.tp, scores.kind.tp, scores.kind.fp) == (2, 2, 0)  # not the call for the summit
    assert (scores.participants.tp, scores.participants.fp, scores.participants.fn) == (3, 0, 0)


def test_a_gold_mention_is_found_where_the_clean_text_keeps_a_space_its_context_lacks() -> None:
    gold = load_person_gold({"mentions": [{"at": "3⟦両外相⟧は、日印", "anaphora": True,
                                           "persons": ["kamikawa-yoko", "subrahmanyam-jaishankar"]}]})
    text = "。\n\n3 両外相は、日印特別戦略的グローバル・パートナーシップを確認した。"
    assert locate(gold, text) == []
    assert [text[s.start:s.end] for s in gold[0].spans] == ["両外相"]
    assert locate(load_person_gold({"mentions": [{"at": "4⟦両外相⟧は", "anaphora": True, "persons": []}]}), text)


@pytest.fixture(scope="module")
def results() -> dict:
    return evaluate(GOLD, SEEDS)


def test_clean_bluebook_meets_the_spine_bar(results: dict) -> None:
    """Seed 001 is the clean Bluebook chapter the spine was built on: hold it to a high bar."""
    scores = results["001"]
    assert scores["meetings"].precision >= 0.95, scores["meetings"].extras
    assert scores["meetings"].recall >= 0.85, scores["meetings"].misses
    assert scores["participants"].precision >= 0.95
    assert scores["meeting mode"].precision >= 0.95


def test_eval_command_prints_the_table() -> None:
    result = CliRunner().invoke(main, ["eval"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:5] == ["gold", "measure", "P", "R", "F1"]
    assert any(line.startswith("all") and "meetings" in line for line in lines)
    assert len(lines) > 30  # every gold file, every measure
