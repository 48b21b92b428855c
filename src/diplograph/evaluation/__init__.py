"""Measure extraction against gold annotations: precision, recall and F1.

Each measure module of this package scores one kind of fact. It names the folder of its gold files
(``GOLD``, relative to the gold folder; ``""`` for the top) and provides
``measure(data, extraction, label) -> dict[str, Score]``. Every gold file names its ``document``.
"""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import yaml

from ..extract.records import Extraction
from ..lexicon import Lexicon, default_lexicon
from ..pipeline import extract_document, load_document
from ..read.decode import read_path
from .score import Score

__all__ = ["MEASURES", "Score", "evaluate"]

MEASURES = ("meetings", "persons", "agreements")


def evaluate(gold_dir: Path, documents: Path, lexicon: Lexicon | None = None) -> dict[str, dict[str, Score]]:
    """Scores per gold file (keyed by the file's stem) and their sum (key ``"all"``), by measure."""
    lexicon = lexicon or default_lexicon()
    extractions: dict[str, Extraction] = {}
    docs: dict[str, object] = {}
    results: dict[str, dict[str, Score]] = {}
    total: dict[str, Score] = {}
    for name in MEASURES:
        module = importlib.import_module(f".{name}", __name__)
        for path in sorted((gold_dir / module.GOLD).glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            if data["document"] not in extractions:
                source_path = documents / data["document"]
                if not source_path.exists():  # a gold folder may keep its documents next to the gold files
                    source_path = path.parent / data["document"]
                # the year the gold says the text covers, as a user gives it with `ingest --year`
                doc = load_document(read_path(source_path), source_path, data.get("year_context"))
                extractions[data["document"]] = extract_document(doc, lexicon)
                docs[data["document"]] = doc
            extra = {"document": docs[data["document"]]} \
                if "document" in inspect.signature(module.measure).parameters else {}
            measures = module.measure(data, extractions[data["document"]], label=f"{path.stem}:", **extra)
            results.setdefault(path.stem, {}).update(measures)
            for measure, score in measures.items():
                total.setdefault(measure, Score()).add(score)
    results["all"] = total
    return results
