"""One meeting, one IRI across documents: the same meeting told in two documents' graphs is renamed to one
IRI in both, so its evidence from every document hangs on one node.

Reports are the same meeting when they have the same countries, kind and mode, one's participants contain the
other's, and their dates are equal, or one (a month, "2023年1月の日米首脳会談") covers exactly one more precise
report. The IRI kept is the most precise report's (then the smallest). Each document graph keeps its own
statements (a month-precise start date stays next to the day-precise one of the other document). The result
depends only on the set of documents in the store, not on the order they were ingested in.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pyoxigraph as ox

from ..extract.dates import DateValue
from ..extract.merge import contains
from ..store import GraphStore

_QUERY = """
PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?g ?m ?date ?kind ?mode
       (GROUP_CONCAT(DISTINCT STR(?c); separator=" ") AS ?countries)
       (GROUP_CONCAT(DISTINCT STR(?p); separator=" ") AS ?people)
WHERE {
  GRAPH ?g {
    ?m a dg:Meeting ; schema:startDate ?date ; dg:meetingKind ?kind ; dg:attendanceMode ?mode .
    OPTIONAL { ?m dg:involvesParty ?c }
    OPTIONAL { ?m dg:participation/dg:participant ?p }
  }
  FILTER (STRSTARTS(STR(?g), "https://w3id.org/diplograph/graph/document/"))
}
GROUP BY ?g ?m ?date ?kind ?mode
"""


@dataclass
class _Report:
    graph: str
    iri: str
    date: DateValue
    kind: str
    mode: str
    countries: frozenset[str]
    people: frozenset[str]


def _reports(store: GraphStore) -> list[_Report]:
    out = []
    for row in store.store.query(_QUERY):
        try:
            date = DateValue.parse_iso(row["date"].value)
        except ValueError:
            continue
        out.append(_Report(row["g"].value, row["m"].value, date, row["kind"].value, row["mode"].value,
                           frozenset(_words(row["countries"])), frozenset(_words(row["people"]))))
    return out


def _words(term) -> list[str]:
    return (term.value or "").split() if term is not None else []


def _alike(a: _Report, b: _Report) -> bool:
    if (a.countries, a.kind, a.mode) != (b.countries, b.kind, b.mode):
        return False
    if not a.people or not b.people:
        return a.kind.endswith(("Summit", "TwoPlusTwo", "ForeignMinistersMeeting", "DefenceMinistersMeeting"))
    return a.people <= b.people or b.people <= a.people


def renames(store: GraphStore) -> dict[tuple[str, str], str]:
    """(graph, meeting IRI) → the IRI the meeting should have, for reports to rename."""
    reports = sorted(_reports(store), key=lambda r: (-len(r.date.iso()), r.iri, r.graph))
    canonical: dict[tuple[str, str], str] = {}
    kept: list[_Report] = []  # one report per meeting, most precise first
    for r in reports:
        same = [k for k in kept if k.graph != r.graph and _alike(k, r)
                and (k.date == r.date or (k.date != r.date and contains(r.date, k.date)))]
        exact = [k for k in same if k.date == r.date]
        target = exact[0] if exact else (same[0] if len(same) == 1 else None)
        if target is None:
            kept.append(r)
            continue
        iri = canonical.get((target.graph, target.iri), target.iri)
        if iri != r.iri:
            canonical[(r.graph, r.iri)] = iri
    return canonical


def reconcile_meetings(store: GraphStore) -> int:
    """Rename the meetings the store's documents share to one IRI each; return how many were renamed."""
    todo = renames(store)
    by_graph: dict[str, dict[str, str]] = defaultdict(dict)
    for (graph, old), new in todo.items():
        by_graph[graph][old] = new
    for graph, names in by_graph.items():
        g = ox.NamedNode(graph)
        quads = list(store.store.quads_for_pattern(None, None, None, g))
        for quad in quads:
            new = ox.Quad(_rename(quad.subject, names), quad.predicate, _rename(quad.object, names), g)
            if new != quad:
                store.store.remove(quad)
                store.store.add(new)
    return len(todo)


def _rename(term, names: dict[str, str]):
    if not isinstance(term, ox.NamedNode):
        return term
    value = term.value
    for old, new in names.items():
        if value == old or value.startswith(old + "/"):
            return ox.NamedNode(new + value[len(old):])
    return term
