"""The network page: self-contained (no CDN), drawn by a real headless Chromium, hostile labels inert."""

from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path

import networkx as nx
import pytest
from conftest import CHROMIUM_FLAGS

from diplograph.network import render_html


def dump_dom(chromium: str, page: Path, tmp_path: Path) -> str:
    result = subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=8000",
         "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_page_loads_nothing_from_the_network(built: Path) -> None:
    page = (built / "out" / "network.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page), "external resource in the page"
    assert "vis.Network" in page or "new vis" in page  # vis-network is inlined


def page_nodes(page: str) -> list[dict]:
    match = re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", page, re.S)
    assert match, "no node data in the page"
    return json.loads(match.group(1))


def test_page_names_people_from_the_seeds(built: Path) -> None:
    nodes = page_nodes((built / "out" / "network.html").read_text(encoding="utf-8"))
    labels = {n["label"] for n in nodes}
    assert {"石破茂", "高市早苗", "岩屋毅", "茂木敏充", "ドナルド・トランプ", "マルコ・ルビオ"} <= labels
    assert all(n["id"].startswith("https://w3id.org/diplograph/id/person/") for n in nodes)


@pytest.mark.browser
def test_chromium_draws_the_network(chromium: str, built: Path, tmp_path: Path) -> None:
    dom = dump_dom(chromium, built / "out" / "network.html", tmp_path)
    assert "<canvas" in dom, "vis-network did not draw"
    summary = re.search(r"(\d+) persons, (\d+) pairs who met", dom)
    assert summary and int(summary.group(1)) >= 10 and int(summary.group(2)) >= 10


@pytest.mark.browser
def test_chromium_screenshot_is_not_blank(chromium: str, built: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    result = subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=8000",
         "--window-size=1200,900", f"--screenshot={shot}", (built / "out" / "network.html").as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG")
    assert len(data) > 20_000  # a drawn network, not an empty white page


@pytest.mark.browser
def test_hostile_labels_stay_text(chromium: str, tmp_path: Path) -> None:
    graph = nx.Graph()
    evil = '<img src=x onerror="document.title=\'pwned\'">'
    graph.add_node("a", label=evil, country="<script>document.title='pwned2'</script>")
    graph.add_node("b", label="石破茂", country="country:jp")
    graph.add_edge("a", "b", weight=1, meetings=[evil])
    page = tmp_path / "evil.html"
    page.write_text(render_html(graph, title=evil), encoding="utf-8")
    dom = dump_dom(chromium, page, tmp_path)
    title = html.unescape(re.search(r"<title>(.*?)</title>", dom, re.S).group(1))
    assert title == evil, "the title was changed by injected script"
    assert '<img src="x"' not in dom, "an injected element was created"
    assert "<script>document.title" not in dom
