"""Where the project's data files live (ontology, reference data, seeds, queries)."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def project_root() -> Path:
    """The checkout holding ``ontology/`` (overridable with ``DIPLOGRAPH_HOME``)."""
    env = os.environ.get("DIPLOGRAPH_HOME")
    if env:
        return Path(env)
    for candidate in (_PACKAGE.parent.parent, Path.cwd()):
        if (candidate / "ontology" / "diplograph.ttl").is_file():
            return candidate
    return _PACKAGE.parent.parent


def ontology_dir() -> Path:
    return project_root() / "ontology"


def reference_dir() -> Path:
    return ontology_dir() / "reference"


def seeds_dir() -> Path:
    return project_root() / "seeds"


def queries_dir() -> Path:
    return project_root() / "queries"


def default_store() -> Path:
    """``DIPLOGRAPH_STORE`` or ``./diplograph-store``."""
    return Path(os.environ.get("DIPLOGRAPH_STORE", "diplograph-store"))
