"""Measure extraction against gold annotations (tests/gold/*.yaml): precision, recall and F1.

Each measure module scores one kind of fact; :func:`evaluate` runs them all over every gold file.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from ..lexicon import Lexicon, default_lexicon
from ..pipeline import extract_document, load_document
from ..read.decode import read_path
from .meetings import load_gold as load_meeting_gold
from .meetings import score_meetings
from .score import Score

__all__ = ["Score", "evaluate"]


def evaluate(gold_dir: Path, documents: Path, lexicon: Lexicon | None = None) -> dict[str, dict[str, Score]]:
    """Scores per gold file (keyed by the file's stem) and their sum (key ``"all"``), by measure."""
    lexicon = lexicon or default_lexicon()
    results: dict[str, dict[str, Score]] = {}
    total: dict[str, Score] = {}
    for path in sorted(gold_dir.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        source_path = documents / data["document"]
        doc = load_document(read_path(source_path), source_path)
        extraction = extract_document(doc, lexicon)
        measures = score_meetings(load_meeting_gold(data), extraction, label=f"{path.stem}:").measures()
        results[path.stem] = measures
        for name, score in measures.items():
            total.setdefault(name, Score()).add(score)
    results["all"] = total
    return results
