"""Deterministic IRIs: the same fact read twice gets the same IRI."""

from __future__ import annotations

import hashlib
import re

from rdflib import URIRef

from ..namespaces import AGREEMENT, EVIDENCE, HOLDING, MEETING, PLACE


def local(iri: str) -> str:
    """The last path segment of an IRI."""
    return re.split(r"[/#]", str(iri).rstrip("/"))[-1]


def digest(*parts: str, size: int = 10) -> str:
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:size]


def kind_slug(kind: str) -> str:
    """``ForeignMinistersMeeting`` → ``foreign-ministers``; ``TwoPlusTwo`` → ``two-plus-two``."""
    name = kind.removesuffix("Meeting") or kind
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


def meeting_iri(date: str, countries: list[str], kind: str, mode: str) -> URIRef:
    codes = "-".join(local(c) for c in sorted(countries)) or "unknown"
    suffix = "" if mode == "InPerson" else "-" + mode.lower()
    return MEETING[f"{date}-{codes}-{kind_slug(kind)}{suffix}"]


def evidence_iri(doc_id: str, start: int, end: int) -> URIRef:
    return EVIDENCE[f"{doc_id}/{start}-{end}"]


def holding_iri(person: str, office: str, start: str) -> URIRef:
    return HOLDING[f"{local(person)}--{local(office)}--{start}"]


def text_place_iri(name: str, country: str | None) -> URIRef:
    return PLACE[f"text-{digest(name, country or '')}"]


def agreement_iri(key: str, kind: str, date: str | None = None, parties: list[str] | None = None) -> URIRef:
    """``agreement:{kind}-{digest}`` of the agreement's key (its shortest specific name without the country
    compound, so short and long names of one document from any source give one IRI); a document named only
    by its kind ("共同声明") gets its date and parties in the IRI instead."""
    slug = kind_slug(kind)
    if "|" in key:
        codes = "-".join(local(p) for p in sorted(parties or [])) or "unknown"
        return AGREEMENT[f"{date or 'undated'}-{codes}-{slug}-{digest(key.split('|')[0], size=6)}"]
    return AGREEMENT[f"{slug}-{digest(key)}"]
