"""Reference data (ontology/reference/*.ttl) as lookup tables for the extractors."""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from .extract.names import name_key
from .namespaces import DG, SCHEMA, W3CORG
from .paths import reference_dir

_KANA = re.compile(r"[\u30a0-\u30ff]+")


@dataclass(frozen=True)
class Holding:
    iri: str
    office: str
    start: date | None
    end: date | None
    acting: bool = False

    def covers(self, first: date, last: date) -> bool:
        """True if the holding overlaps the period ``[first, last]``."""
        return (self.start is None or self.start <= last) and (self.end is None or first <= self.end)


@dataclass
class PersonRef:
    iri: str
    name_ja: str | None = None
    name_en: str | None = None
    family_ja: str | None = None
    nationality: str | None = None
    aliases: set[str] = field(default_factory=set)
    holdings: list[Holding] = field(default_factory=list)
    wikidata: set[str] = field(default_factory=set)

    def holds(self, office: str, first: date, last: date) -> bool:
        """Whether the person held ``office`` at some time in ``[first, last]``."""
        return any(h.office == office and h.covers(first, last) for h in self.holdings)


@dataclass
class OfficeRef:
    iri: str
    country: str | None
    category: str | None
    label_ja: str | None
    label_en: str | None
    titles: set[str] = field(default_factory=set)


@dataclass
class NamedRef:
    """A country, place or conference with the Japanese names it goes by."""

    iri: str
    names: set[str]
    country: str | None = None
    abbreviation: str | None = None
    start: date | None = None
    end: date | None = None
    series: str | None = None
    names_en: set[str] = field(default_factory=set)  # countries: English names ("議会人ネットJAPAN")


def _ja(graph: Graph, subject: URIRef, *predicates: URIRef) -> list[str]:
    out = []
    for predicate in predicates:
        for value in graph.objects(subject, predicate):
            if isinstance(value, Literal) and (value.language or "").lower().startswith("ja"):
                out.append(str(value))
    return out


def _en(graph: Graph, subject: URIRef, predicate: URIRef) -> str | None:
    for value in graph.objects(subject, predicate):
        if isinstance(value, Literal) and (value.language or "").lower().startswith("en"):
            return str(value)
    return None


def _date(value: object, last: bool = False) -> date | None:
    """A start (or, with ``last``, an end) date from an ``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear`` value.

    "2021-04" as a start is the first of April; as an end, the last day of April.
    """
    if value is None:
        return None
    text = str(value)
    try:
        if len(text) >= 10:
            return date.fromisoformat(text[:10])
        if len(text) == 7:
            year, month = int(text[:4]), int(text[5:7])
            return date(year, month, calendar.monthrange(year, month)[1] if last else 1)
        if len(text) == 4:
            return date(int(text), 12, 31) if last else date(int(text), 1, 1)
    except ValueError:
        return None
    return None


class Lexicon:
    """Persons, offices, countries, places and conferences of the reference data, indexed by name."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.persons: dict[str, PersonRef] = {}
        self.offices: dict[str, OfficeRef] = {}
        self.countries: dict[str, NamedRef] = {}
        self.places: dict[str, NamedRef] = {}
        self.conferences: dict[str, NamedRef] = {}
        self.series: dict[str, NamedRef] = {}
        self.by_name: dict[str, set[str]] = defaultdict(set)
        self.by_key: dict[str, set[str]] = defaultdict(set)  # name_key(alias) → persons
        self.by_title: dict[str, set[str]] = defaultdict(set)
        self._load()

    def _load(self) -> None:
        g = self.graph
        for office in g.subjects(RDF.type, DG.Office):
            ref = OfficeRef(
                iri=str(office),
                # (a post in an organisation stands for it as a country's office would: only the EU's posts are in
                # the reference data, and only the EU meets as a party, see party_organizations)
                country=_str(g.value(office, DG.country) or g.value(office, W3CORG.postIn)),
                category=_str(g.value(office, DG.officeCategory)),
                label_ja=next(iter(_ja(g, office, RDFS.label)), None),
                label_en=_en(g, office, RDFS.label),
                titles=set(_ja(g, office, SKOS.prefLabel, SKOS.altLabel)),
            )
            self.offices[ref.iri] = ref
            for title in ref.titles:
                self.by_title[title].add(ref.iri)
        for person in g.subjects(RDF.type, DG.Person):
            names = _ja(g, person, SCHEMA.name)
            family = _ja(g, person, SCHEMA.familyName)
            ref = PersonRef(
                iri=str(person),
                name_ja=names[0] if names else None,
                name_en=_en(g, person, SCHEMA.name),
                family_ja=family[0] if family else None,
                nationality=_str(g.value(person, SCHEMA.nationality)),
                # (a family name of one kana, "レ", would be read inside any katakana run: not a name alone;
                # one kanji, "林", is)
                aliases=set(names + [f for f in family if len(f) >= 2 or not _KANA.fullmatch(f)]
                            + _ja(g, person, SKOS.altLabel)),
            )
            given = set(_ja(g, person, SCHEMA.givenName))
            for alt in _ja(g, person, SKOS.altLabel):  # "ヨハン・ワーデフール": the family name spelt another way
                first, *_, last = alt.split("・") if "・" in alt else ("", "")
                if first in given and len(last) >= 2:
                    ref.aliases.add(last)
            for name in list(ref.aliases):
                if "・" in name:  # katakana names are also written without the dot
                    ref.aliases.add(name.replace("・", ""))
            ref.aliases = {a for a in ref.aliases if not a.isascii() and " " not in a}  # no readings in kana
            ref.wikidata = {str(o) for o in g.objects(person, OWL.sameAs)}
            self.persons[ref.iri] = ref
            for alias in ref.aliases:
                self.by_name[alias].add(ref.iri)
                self.by_key[name_key(alias)].add(ref.iri)
        for holding in g.subjects(RDF.type, DG.OfficeHolding):
            person = _str(g.value(holding, DG.holder))
            office = _str(g.value(holding, DG.office))
            if person in self.persons and office:
                self.persons[person].holdings.append(Holding(
                    iri=str(holding), office=office,
                    start=_date(g.value(holding, SCHEMA.startDate)),
                    end=_date(g.value(holding, SCHEMA.endDate), last=True),
                    acting=str(g.value(holding, DG.acting)).lower() == "true",
                ))
        for country in set(g.subjects(RDF.type, DG.Country)) | set(g.subjects(RDF.type, DG.Organization)):
            names = set(_ja(g, country, SCHEMA.name, RDFS.label, SKOS.prefLabel, SKOS.altLabel))
            abbr = next(iter(_ja(g, country, DG.abbreviation)), None)
            english = {str(v) for p in (SCHEMA.name, RDFS.label, SKOS.prefLabel, SKOS.altLabel)
                       for v in g.objects(country, p) if isinstance(v, Literal) and (v.language or "").startswith("en")}
            self.countries[str(country)] = NamedRef(str(country), names, abbreviation=abbr, names_en=english)
        for place in g.subjects(RDF.type, DG.Place):
            names = set(_ja(g, place, SCHEMA.name, SKOS.prefLabel, SKOS.altLabel))
            self.places[str(place)] = NamedRef(str(place), names, country=_str(g.value(place, DG.country)))
        for conf in g.subjects(RDF.type, DG.Conference):
            names = set(_ja(g, conf, SCHEMA.name, SKOS.prefLabel, SKOS.altLabel))
            self.conferences[str(conf)] = NamedRef(
                str(conf), names, start=_date(g.value(conf, SCHEMA.startDate)),
                end=_date(g.value(conf, SCHEMA.endDate)), series=_str(g.value(conf, DG.series)),
                country=_str(g.value(g.value(conf, SCHEMA.location), DG.country)) if g.value(
                    conf, SCHEMA.location) else None)
        for concept in g.subjects(SKOS.inScheme, None):
            scheme = str(g.value(concept, SKOS.inScheme))
            if "conference-series" in scheme:
                names = set(_ja(g, concept, SKOS.prefLabel, SKOS.altLabel))
                self.series[str(concept)] = NamedRef(str(concept), names)

    def named(self, name: str) -> set[str]:
        """Persons one of whose names or aliases is ``name`` (compared by :func:`name_key`)."""
        return set(self.by_name.get(name, set())) | self.by_key.get(name_key(name), set())

    def category(self, office: str) -> str | None:
        """The local name of the office's category (``HeadOfStateOrGovernment``), if any."""
        ref = self.offices.get(office)
        return ref.category.rsplit("#", 1)[-1] if ref and ref.category else None

    @cached_property
    def held_offices(self) -> set[str]:
        """Offices some person of the reference data holds or held (the others are listed without holders)."""
        return {h.office for ref in self.persons.values() for h in ref.holdings}

    def holders(self, office: str, first: date, last: date) -> list[PersonRef]:
        """Persons who held ``office`` at some time in ``[first, last]``."""
        return [p for p in self.persons.values() if p.holds(office, first, last)]

    def country_names(self) -> dict[str, str]:
        """Every Japanese name or abbreviation of a country → the country's IRI."""
        out: dict[str, str] = {}
        for ref in self.countries.values():
            for name in ref.names:
                out.setdefault(name, ref.iri)
        return out


def _str(value: object) -> str | None:
    return str(value) if value is not None else None


def reference_files(folder: Path | None = None) -> list[Path]:
    return sorted((folder or reference_dir()).glob("*.ttl"))


def load_reference_graph(folder: Path | None = None) -> Graph:
    graph = Graph()
    for path in reference_files(folder):
        graph.parse(path, format="turtle")
    return graph


@cache
def default_lexicon() -> Lexicon:
    """The lexicon of the project's reference data (loaded once per process)."""
    return Lexicon(load_reference_graph())
