"""The notebooks in notebooks/: kept without outputs in the repo, and executed here (nbclient, a real
Jupyter kernel) against the store built from the seeds, so they never rot."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from conftest import ROOT
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_there_are_the_three_notebooks() -> None:
    assert [p.stem for p in NOTEBOOKS] == ["01-tour", "02-network", "03-people-and-offices"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_outputs_are_cleared_in_the_repo(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path.name}: clear the outputs"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_executes_on_the_seed_store(path: Path, store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPLOGRAPH_STORE", str(store_path))  # the kernel inherits the environment
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(notebook, timeout=180, kernel_name="python3", allow_errors=False,
                            resources={"metadata": {"path": str(path.parent)}})
    try:
        client.execute()
    except CellExecutionError as exc:  # the failing cell and its traceback, not nbclient's internals
        pytest.fail(f"{path.name}: {exc}", pytrace=False)
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if o.output_type == "display_data" and "image/png" in o.get("data", {})]
    assert len(images) == 1, f"{path.name}: expected its one figure"
    text = "\n".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert f"store: {store_path}" in text
    expected = {
        "01-tour": ["meetings-between-countries", "Shigeru Ishiba", "2025-04-07", "Takeshi Iwaya"],
        "02-network": ["Donald Trump", "connected components"],
        "03-people-and-offices": ["Takeshi Iwaya", "Marco Rubio", "took office"],
    }[path.stem]
    for needle in expected:
        assert needle in text, f"{path.name}: {needle!r} not in the outputs"
