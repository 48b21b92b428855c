"""The command line, run as a user runs it: real store on disk, real files, exit codes and messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from diplograph.cli import main

COMMANDS = ["build", "ingest", "sparql", "export", "stats", "validate"]


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_useful_help(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.output
    assert len(result.output.splitlines()) >= 5
    assert "--store" in result.output
    # The first line of the docstring is shown in the group's help.
    assert command in run("--help").output


def test_sparql_table_lists_meetings(store_path: Path) -> None:
    query = ("PREFIX dg: <https://w3id.org/diplograph/ontology#> PREFIX schema: <https://schema.org/> "
             "SELECT ?m ?d WHERE { ?m a dg:Meeting ; schema:startDate ?d } ORDER BY ?d")
    result = run("sparql", "--store", str(store_path), query)
    assert result.exit_code == 0, result.output
    assert "meeting:2025-02-07-jp-us-summit" in result.output
    assert "2025-02-07" in result.output


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_sparql_machine_formats(store_path: Path, fmt: str) -> None:
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/diplograph/ontology#Meeting> }"
    result = run("sparql", "--store", str(store_path), "--format", fmt, query)
    assert result.exit_code == 0, result.output
    if fmt == "json":
        data = json.loads(result.output)
        assert int(data["results"]["bindings"][0]["n"]["value"]) > 10
    else:
        header, value = result.output.strip().splitlines()[:2]
        assert header.lstrip("?") == "n"
        assert int(value.split("^^")[0].strip('"')) > 10


def test_sparql_reads_query_file_and_stdin(store_path: Path, tmp_path: Path) -> None:
    query = "ASK { ?s a <https://w3id.org/diplograph/ontology#Meeting> }"
    path = tmp_path / "q.rq"
    path.write_text(query, encoding="utf-8")
    assert run("sparql", "--store", str(store_path), str(path)).output.strip() == "true"
    assert run("sparql", "--store", str(store_path), "-", input=query).output.strip() == "true"


def test_bad_query_is_one_line_error(store_path: Path) -> None:
    result = run("sparql", "--store", str(store_path), "SELECT WHERE {")
    assert result.exit_code == 1
    assert result.output.startswith("Error: query:")
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_missing_store_is_one_line_error(tmp_path: Path) -> None:
    result = run("sparql", "--store", str(tmp_path / "nowhere"), "ASK {}")
    assert result.exit_code == 1
    assert "no store here" in result.output


def test_store_in_use_is_reported(store_copy: Path) -> None:
    from diplograph.store import open_store

    with open_store(store_copy):
        result = run("ingest", "--store", str(store_copy), "--silent", str(Path(__file__)))
    assert result.exit_code == 1
    assert "in use" in result.output


@pytest.mark.parametrize("fmt,rdflib_format", [("turtle", "turtle"), ("ntriples", "nt"), ("rdfxml", "xml"),
                                               ("jsonld", "json-ld")])
def test_export_parses_back_isomorphic(store_path: Path, tmp_path: Path, fmt: str, rdflib_format: str) -> None:
    out = tmp_path / f"graph.{fmt}"
    result = run("export", "--store", str(store_path), "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    reference = Graph().parse(_union_nt(store_path, tmp_path), format="nt")
    exported = Graph().parse(out, format=rdflib_format)
    assert len(exported) == len(reference) > 1000
    assert isomorphic(exported, reference)


@pytest.mark.parametrize("fmt,rdflib_format", [("nquads", "nquads"), ("trig", "trig")])
def test_quad_exports_keep_named_graphs(store_path: Path, tmp_path: Path, fmt: str, rdflib_format: str) -> None:
    out = tmp_path / f"graph.{fmt}"
    assert run("export", "--store", str(store_path), "--format", fmt, "-o", str(out)).exit_code == 0
    dataset = Dataset()
    dataset.parse(out, format=rdflib_format)
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert "https://w3id.org/diplograph/graph/ontology" in names
    assert "https://w3id.org/diplograph/graph/reference" in names
    assert "https://w3id.org/diplograph/graph/document/bluebook-2026-north-america" in names


def _union_nt(store_path: Path, tmp_path: Path) -> Path:
    """The store's union graph as N-Triples, read with pyoxigraph directly (independent of export code)."""
    import pyoxigraph as ox

    store = ox.Store.read_only(str(store_path))
    lines = {f"{q.subject} {q.predicate} {q.object} ." for q in store.quads_for_pattern(None, None, None, None)}
    path = tmp_path / "union.nt"
    path.write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
    return path


def test_stats_counts_things(store_path: Path) -> None:
    result = run("stats", "--store", str(store_path))
    assert result.exit_code == 0, result.output
    assert "graph/document/bluebook-2026-north-america" in result.output
    assert "dg:Meeting" in result.output


def test_validate_passes_on_seed_graph(store_path: Path) -> None:
    result = run("validate", "--store", str(store_path))
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_ingest_reports_bad_files_and_keeps_good_ones(tmp_path: Path) -> None:
    good = tmp_path / "press.txt"
    good.write_text("令和7年2月7日\n\n2月7日、石破総理大臣は、トランプ大統領と電話会談を行った。\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    store = tmp_path / "store"
    result = run("ingest", "--store", str(store), "--silent", str(tmp_path / "press.txt"), str(empty),
                 str(binary), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert any("empty.txt: empty file" in e for e in errors)
    assert any("image.txt: binary file" in e for e in errors)
    assert any("missing.txt: no such file" in e for e in errors)
    ask = ("ASK { GRAPH <https://w3id.org/diplograph/graph/document/press> "
           "{ ?m a <https://w3id.org/diplograph/ontology#Meeting> } }")
    assert run("sparql", "--store", str(store), ask).output.strip() == "true"


def test_ingest_year_dates_a_text_that_never_writes_its_year(tmp_path: Path) -> None:
    digest = tmp_path / "weekly.txt"
    digest.write_text("外交ウィークリー（11月10日～16日）\n\n12日（水），高市総理大臣は，"
                      "マルコス大統領と約20分間電話会談を行いました．\n", encoding="utf-8")
    dates = ("SELECT ?d WHERE { GRAPH ?g { ?m a <https://w3id.org/diplograph/ontology#Meeting> ; "
             "<https://schema.org/startDate> ?d } }")
    without, with_year = tmp_path / "a", tmp_path / "b"
    assert run("ingest", "--store", str(without), "--silent", str(digest)).exit_code == 0
    assert "2025-11-12" not in run("sparql", "--store", str(without), "--format", "csv", dates).output
    assert run("ingest", "--store", str(with_year), "--silent", "--year", "2025", str(digest)).exit_code == 0
    assert run("sparql", "--store", str(with_year), "--format", "csv", dates).output.split() == ["d", "2025-11-12"]


def test_python_m_entry_point() -> None:
    result = subprocess.run([sys.executable, "-m", "diplograph", "--version"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "diplograph" in result.stdout
