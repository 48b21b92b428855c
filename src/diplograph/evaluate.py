"""Measure extraction against gold annotations (tests/gold/*.yaml): precision, recall and F1."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .extract.records import Extraction, Meeting
from .lexicon import Lexicon, default_lexicon
from .pipeline import extract_document, load_document
from .rdf.iris import local
from .read.decode import read_path

_KINDS = {
    "summit": "Summit", "foreign_ministers": "ForeignMinistersMeeting",
    "defence_ministers": "DefenceMinistersMeeting", "two_plus_two": "TwoPlusTwo",
    "economic_two_plus_two": "EconomicTwoPlusTwo", "other_ministerial": "OtherMinisterialMeeting",
    "courtesy_call": "CourtesyCall", "signing_ceremony": "SigningCeremony", "other": "OtherMeeting",
}
_MODES = {"in_person": "InPerson", "phone": "Phone", "video": "Video"}


@dataclass
class Score:
    """Counts of one measure; ``tp`` matched, ``fp`` extracted but wrong, ``fn`` missed."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses += other.misses
        self.extras += other.extras


@dataclass
class GoldMeeting:
    id: str
    date: str
    kind: str
    mode: str | None
    countries: set[str]
    participants: set[str]
    place_country: str | None
    optional: bool = False


def load_gold(path: Path) -> tuple[str, list[GoldMeeting]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    meetings = []
    for item in data.get("meetings") or []:
        place = item.get("place") or {}
        meetings.append(GoldMeeting(
            id=item["id"], date=str(item["date"]), kind=_KINDS[item["kind"]],
            mode=_MODES.get(item.get("mode") or ""), optional=bool(item.get("optional")),
            countries=set(item.get("countries") or []), participants=set(item.get("participants") or []),
            place_country=place.get("country"),
        ))
    return data["document"], meetings


def _describe(m: Meeting) -> str:
    people = ",".join(sorted(local(p.person) for p in m.participants))
    return f"{m.date.iso()} {m.kind} {m.mode} [{people}]"


def _matches(gold: GoldMeeting, found: Meeting) -> bool:
    if gold.date != found.date.iso():
        return False
    countries = {local(c) for c in found.countries}
    people = {local(p.person) for p in found.participants}
    if countries != gold.countries:
        return False
    return not gold.participants or bool(gold.participants & people)


@dataclass
class MeetingScores:
    meetings: Score = field(default_factory=Score)
    kind: Score = field(default_factory=Score)
    mode: Score = field(default_factory=Score)
    place: Score = field(default_factory=Score)
    participants: Score = field(default_factory=Score)

    def add(self, other: MeetingScores) -> None:
        for name in ("meetings", "kind", "mode", "place", "participants"):
            getattr(self, name).add(getattr(other, name))


def score_meetings(gold: list[GoldMeeting], extraction: Extraction, label: str = "") -> MeetingScores:
    scores = MeetingScores()
    unmatched = list(extraction.meetings)
    for g in gold:
        found = next((m for m in unmatched if _matches(g, m)), None)
        if found is None:
            if g.optional:
                continue
            scores.meetings.fn += 1
            scores.meetings.misses.append(f"{label}{g.id} {g.date} {g.kind} {sorted(g.participants)}")
            for sub in (scores.kind, scores.mode, scores.place):
                sub.fn += 1
            scores.participants.fn += len(g.participants)
            continue
        unmatched.remove(found)
        if g.optional:
            continue  # neither credited nor blamed
        scores.meetings.tp += 1
        for sub, ok in ((scores.kind, g.kind == found.kind), (scores.mode, g.mode in (None, found.mode))):
            if ok:
                sub.tp += 1
            else:
                sub.fp += 1
                sub.fn += 1
                sub.extras.append(f"{label}{g.id}: {_describe(found)}")
        found_country = local(found.place_country) if found.place_country else None
        if g.place_country == found_country:
            if g.place_country:
                scores.place.tp += 1
        else:
            scores.place.fp += found_country is not None
            scores.place.fn += g.place_country is not None
            scores.place.extras.append(f"{label}{g.id}: place {found_country} (gold {g.place_country})")
        people = {local(p.person) for p in found.participants}
        scores.participants.tp += len(people & g.participants)
        scores.participants.fp += len(people - g.participants)
        scores.participants.fn += len(g.participants - people)
    for m in unmatched:
        scores.meetings.fp += 1
        scores.meetings.extras.append(f"{label}{_describe(m)}")
    return scores


def evaluate(gold_dir: Path, seeds: Path, lexicon: Lexicon | None = None) -> dict[str, MeetingScores]:
    """Scores per gold file, and their sum under the key ``"all"``."""
    lexicon = lexicon or default_lexicon()
    results: dict[str, MeetingScores] = {}
    total = MeetingScores()
    for path in sorted(gold_dir.glob("*.yaml")):
        file_name, gold = load_gold(path)
        source_path = seeds / file_name
        doc = load_document(read_path(source_path), source_path)
        scores = score_meetings(gold, extract_document(doc, lexicon), label=f"{path.stem}:")
        results[path.stem] = scores
        total.add(scores)
    results["all"] = total
    return results
