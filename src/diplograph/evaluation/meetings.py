"""Meetings measured against gold: matched on date, countries and at least one participant. Participants are
scored on everyone the gold puts in the meeting: reference-data persons by slug, others by the gold's text."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..extract.names import kanji_family
from ..extract.records import Extraction, Meeting
from ..lexicon import default_lexicon
from ..rdf.iris import local
from .score import Score

_KINDS = {
    "summit": "Summit", "foreign_ministers": "ForeignMinistersMeeting",
    "defence_ministers": "DefenceMinistersMeeting", "two_plus_two": "TwoPlusTwo",
    "economic_two_plus_two": "EconomicTwoPlusTwo", "other_ministerial": "OtherMinisterialMeeting",
    "courtesy_call": "CourtesyCall", "signing_ceremony": "SigningCeremony", "other": "OtherMeeting",
}
_MODES = {"in_person": "InPerson", "phone": "Phone", "video": "Video"}


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
    unresolved: list[str] = field(default_factory=list)  # people given by name or title, no slug


def load_gold(data: dict) -> list[GoldMeeting]:
    """The meetings of one gold file (already parsed)."""
    meetings = []
    for item in data.get("meetings") or []:
        place = item.get("place") or {}
        meetings.append(GoldMeeting(
            id=item["id"], date=str(item["date"]), kind=_KINDS[item["kind"]],
            mode=_MODES.get(item.get("mode") or ""), optional=bool(item.get("optional")),
            countries=set(item.get("countries") or []), participants=set(item.get("participants") or []),
            unresolved=list(item.get("unresolved_participants") or []),
            place_country=place.get("country"),
        ))
    return meetings


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


def _people(found: Meeting, gold: GoldMeeting, extraction: Extraction) -> set[str]:
    """The participants as the gold names them: slugs, and for people the reference data lacks, the gold's
    text for them ("ハーベック副首相兼経済・気候保護大臣") when their name is in it."""
    out = set()
    for p in found.participants:
        unlisted = extraction.unlisted.get(p.person)
        if unlisted is None:
            slug = local(p.person)
            # a person of the reference data the gold gives by text only ("トラス外相": written before the
            # reference data had her office): credited when the text names them
            text = None if slug in gold.participants else _named_in(p.person, gold.unresolved)
            out.add(f"text:{text}" if text else slug)
            continue
        # the whole name, else its family name ("山内健" is the gold's "山内大使", "ホセ・…・アルバレス" its
        # "アルバレス大臣")
        full = unlisted.name or ""
        names = [n for n in (full, kanji_family(full), full.split("・")[-1] if "・" in full else None) if n]
        text = next((t for n in names for t in gold.unresolved if n in t), None)
        out.add(f"text:{text}" if text else f"unlisted:{unlisted.name}")
    return out


def _named_in(person: str, texts: list[str]) -> str | None:
    """The first gold text that names a reference person: their Japanese name, an alias, or a family name of
    two characters or more."""
    ref = default_lexicon().persons.get(person)
    if ref is None:
        return None
    names = [n for n in (ref.name_ja, *ref.aliases, ref.family_ja) if n and len(n) >= 2]
    return next((t for t in texts for n in names if n in t), None)


@dataclass
class MeetingScores:
    meetings: Score = field(default_factory=Score)
    kind: Score = field(default_factory=Score)
    mode: Score = field(default_factory=Score)
    place: Score = field(default_factory=Score)
    participants: Score = field(default_factory=Score)

    def measures(self) -> dict[str, Score]:
        return {"meetings": self.meetings, "meeting kind": self.kind, "meeting mode": self.mode,
                "meeting place": self.place, "participants": self.participants}


def score_meetings(gold: list[GoldMeeting], extraction: Extraction, label: str = "") -> MeetingScores:
    scores = MeetingScores()
    unmatched = list(extraction.meetings)
    for g in sorted(gold, key=lambda g: g.optional):  # required entries first: optional ones take leftovers
        candidates = [m for m in unmatched if _matches(g, m)]  # the same kind and mode first
        found = min(candidates, key=lambda m: (m.kind != g.kind, g.mode not in (None, m.mode)), default=None)
        if found is None:
            if g.optional:
                continue
            scores.meetings.fn += 1
            scores.meetings.misses.append(f"{label}{g.id} {g.date} {g.kind} {sorted(g.participants)}")
            for sub in (scores.kind, scores.mode, scores.place):
                sub.fn += 1
            scores.participants.fn += len(g.participants) + len(g.unresolved)
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
        people = _people(found, g, extraction)
        wanted = g.participants | {f"text:{t}" for t in g.unresolved}
        scores.participants.tp += len(people & wanted)
        scores.participants.fp += len(people - wanted)
        scores.participants.fn += len(wanted - people)
    for m in unmatched:
        scores.meetings.fp += 1
        scores.meetings.extras.append(f"{label}{_describe(m)}")
    return scores


GOLD = ""


def measure(data: dict, extraction: Extraction, label: str = "") -> dict[str, Score]:
    """The meeting measures of one gold file."""
    return score_meetings(load_gold(data), extraction, label).measures()
