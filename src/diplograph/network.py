"""Relationship networks: query results → NetworkX graph → a self-contained interactive HTML page."""

from __future__ import annotations

import html
import re
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from .paths import queries_dir
from .results import compact
from .store import GraphStore

# Distinguishable colours (Okabe–Ito, colour-blind safe), then greys.
_PALETTE = ["#E69F00", "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#F0E442", "#000000",
            "#999999", "#666666"]


def meeting_network(store: GraphStore) -> nx.Graph:
    """Persons as nodes, an edge for each pair that met, weighted by the number of their meetings."""
    query = (queries_dir() / "person-network.rq").read_text(encoding="utf-8")
    graph = nx.Graph()
    for row in store.query(query):
        a, b = row["a"].value, row["b"].value
        for node, name, country in ((a, row["aName"], row["aCountry"]), (b, row["bName"], row["bCountry"])):
            if node not in graph:
                graph.add_node(node, label=name.value if name else compact(row["a" if node == a else "b"]),
                               country=_country_name(store, country))
        meeting = f"{row['date'].value} {compact(row['kind']).removeprefix('dg:')}" \
                  f" ({compact(row['mode']).removeprefix('dg:')})"
        if graph.has_edge(a, b):
            graph[a][b]["weight"] += 1
            graph[a][b]["meetings"].append(meeting)
        else:
            graph.add_edge(a, b, weight=1, meetings=[meeting])
    return graph


def _country_name(store: GraphStore, country: object) -> str:
    """The Japanese name of a country IRI (its prefLabel, e.g. 米国), or its compact IRI."""
    if country is None:
        return ""
    # The bound variable must be in the SELECT list for pyoxigraph's substitutions.
    query = ("SELECT ?c ?n WHERE { ?c <http://www.w3.org/2004/02/skos/core#prefLabel> ?n "
             'FILTER (LANG(?n) = "ja") } LIMIT 1')
    for row in store.query(query, substitutions={ox.Variable("c"): country}):
        return row["n"].value
    return compact(country)


def _strip_external(page: str) -> str:
    """Remove every tag that would load something from the network (pyvis links Bootstrap from a CDN)."""
    page = re.sub(r"<script[^>]+src=[\"']https?://[^>]*>\s*</script>", "", page)
    page = re.sub(r"<link[^>]+href=[\"']https?://[^>]*>", "", page)
    return page


def render_html(graph: nx.Graph, title: str = "diplograph — who met whom") -> str:
    """A standalone HTML page (vis-network inlined, no CDN) drawing ``graph``."""
    from pyvis.network import Network  # heavy import, only when drawing

    net = Network(height="800px", width="100%", cdn_resources="in_line", notebook=False)
    countries = sorted({d.get("country", "") for _, d in graph.nodes(data=True)})
    colour = {c: _PALETTE[i % len(_PALETTE)] for i, c in enumerate(countries)}
    for node, data in graph.nodes(data=True):
        label = data.get("label") or node
        degree = graph.degree(node, weight="weight")
        # Titles are plain text: vis-network shows them as text unless they contain HTML elements.
        net.add_node(node, label=label, title=f"{label}\n{data.get('country', '')}\n{degree} meeting links",
                     color=colour[data.get("country", "")], value=max(1, degree))
    for a, b, data in graph.edges(data=True):
        net.add_edge(a, b, value=data["weight"], title="\n".join(data["meetings"]))
    net.toggle_physics(True)
    net.set_options('{"physics": {"stabilization": {"iterations": 200}}, '
                    '"interaction": {"hover": true, "tooltipDelay": 100}}')
    page = net.generate_html()
    page = _strip_external(page)
    legend = "".join(
        f'<span style="color:{colour[c]}">&#9679; {html.escape(c or "unknown")}</span> ' for c in countries)
    header = (f"<h1 style='font-family:sans-serif;font-size:1.2em'>{html.escape(title)}</h1>"
              f"<p id='legend' style='font-family:sans-serif'>{legend}</p>"
              f"<p id='summary' style='font-family:sans-serif'>{graph.number_of_nodes()} persons, "
              f"{graph.number_of_edges()} pairs who met</p>")
    page = page.replace("<body>", "<body>\n" + header, 1)
    page = page.replace("<head>", '<head>\n<meta charset="utf-8">\n<title>' + html.escape(title) + "</title>", 1)
    # Physics off once stable, so large graphs stop moving and the page stays responsive.
    page = page.replace("</body>", "<script>if (typeof network !== 'undefined') {network.once("
                                   "'stabilizationIterationsDone', function () {network.setOptions("
                                   "{physics: false});});}</script>\n</body>", 1)
    return page


def write_network_page(store: GraphStore, path: Path) -> nx.Graph:
    from .export import write_atomic

    graph = meeting_network(store)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, render_html(graph).encode("utf-8"))
    return graph
