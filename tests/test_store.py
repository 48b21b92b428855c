"""The on-disk store: deterministic re-ingestion, per-document graphs, atomic replacement."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import SEEDS

from diplograph.namespaces import document_graph
from diplograph.pipeline import ingest
from diplograph.store import GraphStore, open_store

DOC_001 = "bluebook-2026-north-america"


def test_ingesting_everything_twice_is_byte_identical(store_copy: Path, built: Path) -> None:
    with open_store(built / "store", read_only=True) as original:
        before = original.dump_nquads()
    with open_store(store_copy) as store:
        report = ingest([str(SEEDS)], store)
        assert not report.failures
        after = store.dump_nquads()
    assert before == after
    assert len(before) > 100_000


def test_one_named_graph_per_document_plus_vocabularies(store_path: Path) -> None:
    with open_store(store_path, read_only=True) as store:
        graphs = store.graphs()
    documents = [g for g in graphs if "/graph/document/" in g]
    assert len(documents) == 5
    assert "https://w3id.org/diplograph/graph/ontology" in graphs
    assert "https://w3id.org/diplograph/graph/reference" in graphs


def test_reingesting_a_changed_document_replaces_only_its_graph(store_copy: Path, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for f in SEEDS.iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    path = folder / "001_d94cf36aca80494a.txt"
    text = path.read_text(encoding="utf-8")
    # Remove the 2026-01-02 phone call from the document; the rest stays.
    changed = "\n".join(line for line in text.splitlines() if not line.startswith("2026年1月2日、高市総理大臣は"))
    assert changed != text
    path.write_text(changed, encoding="utf-8")
    with open_store(store_copy) as store:
        others = {g: store.count(g) for g in store.graphs() if DOC_001 not in g}
        ask = (f"ASK {{ GRAPH <{document_graph(DOC_001)}> {{ ?m <https://schema.org/startDate> "
               '"2026-01-02"^^<http://www.w3.org/2001/XMLSchema#date> } }')
        assert bool(store.query(ask))
        report = ingest([str(path)], store)
        assert not report.failures
        assert not bool(store.query(ask)), "facts of the old version must be gone"
        assert {g: store.count(g) for g in store.graphs() if DOC_001 not in g} == others


def test_killed_writer_leaves_previous_or_new_state(tmp_path: Path) -> None:
    """Kill a writer in the middle of replacing a large graph: the graph is whole, old or new, never half."""
    big = tmp_path / "big.txt"
    text = (SEEDS / "001_d94cf36aca80494a.txt").read_text(encoding="utf-8")
    big.write_text(text * 8, encoding="utf-8")
    store_dir = tmp_path / "store"
    with open_store(store_dir) as store:
        ingest([str(big)], store)
        complete = store.count(str(document_graph("big")))
    assert complete > 5000
    big.write_text(text * 8 + "\n追記。\n", encoding="utf-8")  # a new version with another sha256
    code = ("import sys; from diplograph.pipeline import ingest; from diplograph.store import open_store\n"
            f"with open_store({str(store_dir)!r}) as s:\n    ingest([{str(big)!r}], s)\n")
    proc = subprocess.Popen([sys.executable, "-c", code])
    time.sleep(2.5)  # long enough to be writing, usually; both outcomes are checked below
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with open_store(store_dir) as store:
        count = store.count(str(document_graph("big")))
    assert count == complete  # old or new version: the two have the same number of triples
    with open_store(store_dir) as store:
        shas = list(store.query(
            "SELECT ?h WHERE { ?d <https://w3id.org/diplograph/ontology#sha256> ?h }"))
    assert len(shas) == 1, "exactly one version of the document is stored"


def test_store_error_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    try:
        GraphStore(blocker)
    except Exception as exc:
        assert type(exc).__name__ == "StoreError"
        assert "\n" not in str(exc)
        assert str(blocker) in str(exc)
    else:
        raise AssertionError("opening a store on a file must fail")
