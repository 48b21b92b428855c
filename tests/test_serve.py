"""``diplograph serve``: a real Oxigraph server process on a store built in a temp dir, queried with
SPARQLWrapper (a standard SPARQL 1.1 Protocol client) over loopback, then stopped with SIGINT."""

from __future__ import annotations

import json
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from SPARQLWrapper import JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from diplograph.cli import main
from diplograph.serve import port_available

pytestmark = pytest.mark.server

DG = "https://w3id.org/diplograph/ontology#"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(store: Path, port: int, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "diplograph", "serve", "--store", str(store), "--port", str(port),
                             *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_url(process: subprocess.Popen, timeout: float = 30.0) -> str:
    """The endpoint URL that serve prints once the server accepts connections."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.startswith("SPARQL endpoint: "):
            return line.split(": ", 1)[1].strip()
        if not line and process.poll() is not None:
            pytest.fail(f"serve exited with {process.returncode}: {process.stderr.read()}")
    pytest.fail("serve did not print its URL")


def stop(process: subprocess.Popen) -> tuple[int, str, str]:
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=15)
    return process.returncode, out, err


@pytest.fixture(scope="module")
def served_store(tmp_path_factory: pytest.TempPathFactory, built: Path) -> Path:
    """A store of its own in a temp dir (a copy of the one built from the seeds)."""
    target = tmp_path_factory.mktemp("served") / "store"
    shutil.copytree(built / "store", target)
    return target


@pytest.fixture(scope="module")
def endpoint(served_store: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    process = start(served_store, free_port())
    try:
        yield wait_for_url(process), process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.communicate(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate()


def sparql(url: str, query: str) -> dict:
    client = SPARQLWrapper(url)
    client.setQuery(query)
    client.setReturnFormat(JSON)
    return client.queryAndConvert()


def test_serve_prints_a_loopback_url(endpoint) -> None:
    url, _ = endpoint
    assert url.startswith("http://127.0.0.1:") and url.endswith("/query")


def test_a_standard_client_queries_the_union_of_all_graphs(endpoint) -> None:
    url, _ = endpoint
    result = sparql(url, f"""
        PREFIX dg: <{DG}>
        PREFIX schema: <https://schema.org/>
        SELECT ?date WHERE {{
          ?m a dg:Meeting ; dg:attendanceMode dg:Phone ; schema:startDate ?date ;
             schema:attendee <https://w3id.org/diplograph/id/person/ishiba-shigeru>,
                             <https://w3id.org/diplograph/id/person/donald-trump> .
          # the participants' names live in the reference graph, the meetings in a document graph
          <https://w3id.org/diplograph/id/person/donald-trump> schema:name "Donald Trump"@en .
        }} ORDER BY ?date""")
    assert [b["date"]["value"] for b in result["results"]["bindings"]] == [
        "2025-04-07", "2025-05-23", "2025-05-29", "2025-06-13"]
    graphs = sparql(url, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert graphs["results"]["bindings"][0]["n"]["value"] == "7"
    ask = sparql(url, f"ASK {{ ?m a <{DG}Meeting> }}")
    assert ask["boolean"] is True


def test_the_named_queries_run_on_the_endpoint_too(endpoint) -> None:
    url, _ = endpoint
    from diplograph.catalogue_queries import load_catalogue

    text = load_catalogue()["person-network"].text
    result = sparql(url, text)
    assert len(result["results"]["bindings"]) > 20


def test_updates_are_refused(endpoint) -> None:
    url, _ = endpoint
    base = url.removesuffix("/query")
    client = SPARQLWrapper(url, updateEndpoint=base + "/update")
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }")
    with pytest.raises((SPARQLWrapperException, urllib.error.HTTPError)):
        client.query()
    request = urllib.request.Request(base + "/update", method="POST", data=b"update=DROP+ALL",
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 403
    still = sparql(url, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?m a <{DG}Meeting> }}")
    assert int(still["results"]["bindings"][0]["n"]["value"]) > 0


def test_the_query_page_is_served_without_the_internet(endpoint) -> None:
    url, _ = endpoint
    with urllib.request.urlopen(url.removesuffix("/query") + "/", timeout=10) as response:
        page = response.read().decode("utf-8")
    assert response.status == 200 and "Yasgui" in page
    assert not re.search(r"""(src|href)=["']https?://""", page)  # scripts and styles come from the server
    with urllib.request.urlopen(url.removesuffix("/query") + "/yasgui.min.js", timeout=10) as script:
        assert script.status == 200 and len(script.read()) > 100_000


def test_sigint_stops_server_and_child_cleanly(served_store: Path) -> None:
    process = start(served_store, free_port())
    url = wait_for_url(process)
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    assert json.loads(urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=10).read())["boolean"] is True
    status, out, err = stop(process)
    assert status == 0, err
    assert "stopped" in out
    assert "Traceback" not in err
    time.sleep(0.2)
    assert port_available("127.0.0.1", port)  # the Oxigraph child is gone too


def test_a_port_in_use_is_reported_clearly(served_store: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "diplograph", "serve", "--store", str(served_store),
                                 "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip() == (f"Error: port {port} on 127.0.0.1 is already in use "
                                     "(stop what uses it, or choose another with --port)")


def test_serve_without_a_store_says_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--store", str(tmp_path / "nothing"), "--port", str(free_port())])
    assert result.exit_code == 1
    assert "no store here" in result.output


def test_serve_help() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--store", "7878", "127.0.0.1"):
        assert option in result.output
