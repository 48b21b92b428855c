"""Agreements measured against gold: matched on their name, then their events on type and date.

A found agreement matches a gold one when one of its names equals one of the gold names (title or short
titles) once normalised (quotes, spaces, dashes, a leading 同), or when one name contains the other and the
shorter one is specific (not a bare kind such as 共同声明) and at least five characters long. Optional gold
agreements are neither credited nor blamed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..extract.agreement_names import normalize
from ..extract.meeting_parts import vocabulary
from ..extract.records import Agreement, Extraction
from ..namespaces import COUNTRY
from ..rdf.iris import local
from .score import Score

GOLD = ""

_KINDS = {
    "joint_statement": "JointStatement", "treaty": "Treaty", "intergovernmental_agreement":
    "IntergovernmentalAgreement", "memorandum": "Memorandum", "framework": "Framework", "action_plan": "ActionPlan",
    "fact_sheet": "FactSheet", "implementing_arrangement": "ImplementingArrangement", "other_document": "OtherDocument",
}
_EVENTS = {"signed": "Signed", "issued": "Issued", "agreed_in_principle": "AgreedInPrinciple",
           "entered_into_force": "EnteredIntoForce", "under_negotiation": "UnderNegotiation"}


@dataclass
class GoldAgreement:
    id: str
    names: list[str]
    kind: str
    parties: set[str]
    events: list[tuple[str, str | None]]  # (type, ISO date or None)
    optional: bool = False


@dataclass
class AgreementScores:
    agreements: Score = field(default_factory=Score)
    events: Score = field(default_factory=Score)
    kind: Score = field(default_factory=Score)
    parties: Score = field(default_factory=Score)

    def measures(self) -> dict[str, Score]:
        return {"agreements": self.agreements, "agreement events": self.events, "agreement kind": self.kind,
                "agreement parties": self.parties}


def load_gold(data: dict) -> list[GoldAgreement]:
    out = []
    for item in data.get("agreements") or []:
        out.append(GoldAgreement(
            id=item["id"], names=[item["title"], *(item.get("short_titles") or [])], kind=_KINDS[item["kind"]],
            parties=set(item.get("parties") or []), optional=bool(item.get("optional")),
            events=[(_EVENTS[e["type"]], str(e["date"]) if e.get("date") else None) for e in item["events"]]))
    return out


def names_match(found: list[str], gold: list[str]) -> bool:
    """Equal normalised names, or one containing the other when the shorter is specific enough."""
    generic = re.compile(vocabulary()["agreements"]["generic"])
    fs = {normalize(n) for n in found}
    gs = {normalize(n) for n in gold}
    if fs & gs:
        return True
    for f in fs:
        for g in gs:
            short, long = sorted((f, g), key=len)
            if len(short) >= 5 and not generic.search(short) and short in long:
                return True
    return False


def _describe(a: Agreement) -> str:
    events = ", ".join(f"{e.type} {e.date.iso() if e.date else None}" for e in a.events)
    return f"{a.title} [{events}]"


def score_agreements(gold: list[GoldAgreement], extraction: Extraction, label: str = "") -> AgreementScores:
    scores = AgreementScores()
    unmatched = list(extraction.agreements)
    for g in gold:
        found = next((a for a in unmatched if names_match([a.title, *a.names], g.names)), None)
        if found is None:
            if not g.optional:
                scores.agreements.fn += 1
                scores.agreements.misses.append(f"{label}{g.id} {g.names[0]}")
                scores.events.fn += len(g.events)
                scores.kind.fn += 1
            continue
        unmatched.remove(found)
        if g.optional:
            continue
        scores.agreements.tp += 1
        ok = found.kind == g.kind
        scores.kind.tp += ok
        scores.kind.fp += not ok
        scores.kind.fn += not ok
        if not ok:
            scores.kind.extras.append(f"{label}{g.id}: {found.kind} (gold {g.kind})")
        parties = {local(p) for p in found.parties if p.startswith(str(COUNTRY))}  # (the EU: party_organizations)
        scores.parties.tp += len(parties & g.parties)
        scores.parties.fp += len(parties - g.parties)
        scores.parties.fn += len(g.parties - parties)
        events = [(e.type, e.date.iso() if e.date else None) for e in found.events]
        for event in g.events:
            if event in events:
                events.remove(event)
                scores.events.tp += 1
            else:
                scores.events.fn += 1
                scores.events.misses.append(f"{label}{g.id} {event}")
        for event in events:
            scores.events.fp += 1
            scores.events.extras.append(f"{label}{g.id} {event}")
    for a in unmatched:
        scores.agreements.fp += 1
        scores.agreements.extras.append(f"{label}{_describe(a)}")
        scores.events.fp += len(a.events)
    return scores


def measure(data: dict, extraction: Extraction, label: str = "") -> dict[str, Score]:
    """The agreement measures of one gold file."""
    return score_agreements(load_gold(data), extraction, label).measures()
