"""The held-out sets once their blind figure was taken (see each folder's README): development data, held to
floors just under their current figures so that a change that breaks what was fixed shows (heldout21 and
heldout37 were measured but not analysed, heldout28, heldout33, heldout34, heldout36, heldout38, heldout39–41,
heldout42–47, heldout48–53, heldout54–56, heldout57–59 and heldout60–62 only in part: their floors guard against
regressions). A blind set still being written or not yet measured is never listed here."""

from __future__ import annotations

import subprocess
import sys
from functools import cache

import pytest
from conftest import ROOT

from diplograph.evaluation import evaluate

# set: (meetings P, meetings R, agreements P, agreements R) floors
FLOORS = {
    "heldout2": (0.95, 0.95, 0.90, 0.95),
    "heldout3": (0.95, 0.90, 0.95, 0.85),
    "heldout4": (0.95, 0.80, 0.90, 0.85),
    "heldout5": (0.95, 0.85, 0.90, 0.85),
    "heldout6": (0.95, 0.95, 0.90, 0.90),
    "heldout7": (0.88, 0.85, 0.85, 0.95),
    "heldout8": (0.90, 0.82, 0.95, 0.75),
    "heldout9": (0.95, 0.95, 0.85, 0.75),
    "heldout10": (0.95, 0.88, 0.78, 0.78),
    "heldout11": (0.85, 0.75, 0.80, 0.78),
    "heldout12": (0.90, 0.88, 0.85, 0.72),
    "heldout13": (0.85, 0.72, 0.95, 0.62),
    "heldout14": (0.95, 0.88, 0.85, 0.85),
    "heldout15": (0.95, 0.80, 0.90, 0.62),
    "heldout16": (0.90, 0.86, 0.90, 0.80),
    "heldout17": (0.95, 0.92, 0.95, 0.85),
    "heldout18": (0.78, 0.60, 0.90, 0.70),
    "heldout19": (0.95, 0.82, 0.90, 0.70),
    "heldout20": (0.84, 0.64, 0.95, 0.80),
    "heldout21": (0.86, 0.85, 0.95, 0.84),
    "heldout22": (0.83, 0.65, 0.80, 0.75),
    "heldout23": (0.90, 0.76, 0.80, 0.60),
    "heldout24": (0.90, 0.92, 0.85, 0.80),
    "heldout25": (0.95, 0.80, 0.90, 0.82),
    "heldout26": (0.88, 0.84, 0.80, 0.80),
    "heldout27": (0.95, 0.76, 0.90, 0.60),
    "heldout28": (0.85, 0.68, 0.72, 0.68),
    "heldout29": (0.84, 0.84, 0.95, 0.87),
    "heldout30": (0.92, 0.85, 0.90, 0.74),
    "heldout31": (0.92, 0.81, 0.79, 0.83),
    "heldout32": (0.89, 0.87, 0.91, 0.82),
    # session 6's round 7, measured and analysed in part: floors guard against regressions
    "heldout33": (0.88, 0.57, 0.60, 0.57),
    "heldout34": (0.70, 0.60, 0.87, 0.82),
    "heldout35": (0.84, 0.84, 0.94, 0.79),
    # session 6's final blind round (round 8), analysed in part in session 7
    "heldout36": (0.94, 0.78, 0.86, 0.88),
    "heldout37": (0.91, 0.85, 0.93, 0.82),
    "heldout38": (0.88, 0.79, 0.92, 0.75),
    # session 7's round 9, measured twice blind, then analysed in part (a box table, a roster, lettered headings)
    "heldout39": (0.90, 0.90, 0.77, 0.60),
    "heldout40": (0.83, 0.65, 0.74, 0.55),
    "heldout41": (0.87, 0.63, 0.78, 0.53),
    "heldout42": (0.88, 0.82, 0.95, 0.80),
    "heldout43": (0.78, 0.78, 0.85, 0.85),
    "heldout44": (0.85, 0.74, 0.95, 0.80),
    "heldout45": (0.88, 0.80, 0.45, 0.45),
    "heldout46": (0.92, 0.84, 0.85, 0.75),
    "heldout47": (0.90, 0.78, 0.78, 0.65),
    # session 9's round 12 (styles named in the briefs) and round 13 (styles the helpers chose), measured blind,
    # then analysed in part
    "heldout48": (0.90, 0.86, 0.80, 0.85),
    "heldout49": (0.88, 0.74, 0.80, 0.65),
    "heldout50": (0.95, 0.84, 0.85, 0.70),
    "heldout51": (0.68, 0.51, 0.78, 0.88),
    "heldout52": (0.86, 0.72, 0.87, 0.63),
    "heldout53": (0.86, 0.77, 0.92, 0.66),
    "heldout54": (0.78, 0.60, 0.87, 0.84),
    "heldout55": (0.88, 0.60, 0.88, 0.64),
    "heldout56": (0.91, 0.81, 0.98, 0.84),
    "heldout57": (0.89, 0.78, 0.89, 0.81),
    "heldout58": (0.79, 0.79, 0.71, 0.71),
    "heldout59": (0.88, 0.84, 0.84, 0.73),
    "heldout60": (0.95, 0.90, 0.87, 0.88),
    "heldout61": (0.90, 0.91, 0.85, 0.82),
    "heldout62": (0.87, 0.79, 0.75, 0.79),
}


@cache
def scores(name: str) -> dict:
    folder = ROOT / "tests" / name
    return evaluate(folder, folder / "documents")["all"]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_development_held_out_sets_keep_their_figures(name: str) -> None:
    meetings, agreements = scores(name)["meetings"], scores(name)["agreements"]
    mp, mr, ap, ar = FLOORS[name]
    assert meetings.precision >= mp and meetings.recall >= mr, (meetings.misses, meetings.extras)
    assert agreements.precision >= ap and agreements.recall >= ar, (agreements.misses, agreements.extras)


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "tests").glob("heldout*") if p.is_dir()))
def test_held_out_gold_passes_its_checks(name: str) -> None:
    result = subprocess.run([sys.executable, str(ROOT / "tests" / "check_gold.py"), str(ROOT / "tests" / name)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
