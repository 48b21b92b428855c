"""Shared fixtures: the seed corpus built once into an on-disk store for the whole session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from diplograph.export import export_all
from diplograph.network import write_network_page
from diplograph.pipeline import ingest
from diplograph.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage"]


@pytest.fixture(scope="session")
def chromium() -> str:
    """Path of a headless Chromium; tests that need it skip without it, except in CI, where they fail."""
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("CI must have Chromium (Debian package chromium): .ci/run installs it")
        pytest.skip("no Chromium on this machine (apt-get install chromium fonts-noto-cjk)")
    return found


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding ``store/`` (built from seeds/) and ``out/`` (exports and network page)."""
    base = tmp_path_factory.mktemp("built")
    with open_store(base / "store") as store:
        report = ingest([str(SEEDS)], store)
        assert not report.failures, report.failures
        export_all(store, base / "out")
        write_network_page(store, base / "out" / "network.html")
    return base


@pytest.fixture(scope="session")
def store_path(built: Path) -> Path:
    return built / "store"


@pytest.fixture()
def store_copy(built: Path, tmp_path: Path) -> Path:
    """A private copy of the built store that a test may change."""
    target = tmp_path / "store"
    shutil.copytree(built / "store", target)
    return target
