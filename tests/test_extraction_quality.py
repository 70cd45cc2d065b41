"""A guard against regressions: the ETL on the gold sets of ../shared, scored by etl.evaluate.

The figures are the last measured ones (tests/data/extraction_baseline.json), not the targets:
a change that lowers one by more than the margin fails here and must say why in its commit.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl.evaluate import evaluate
from etl.pipeline import build

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO.parent / "shared" / "gold"
BASELINE = json.loads((REPO / "tests" / "data" / "extraction_baseline.json").read_text())


def measured(inputs: Path, gold: Path, out: Path, same: Path | None = None) -> dict[str, float]:
    build([inputs], out, workers=1)
    result = evaluate(gold, out, same)
    figures = {key: result["overall"][key] for key in ("f1", "strict_f1", "date_accuracy")}
    if result["merge"] is not None:
        figures["merge_recall"] = result["merge"]["recall"]
    return figures


@pytest.mark.parametrize(
    ("name", "inputs", "gold", "same"),
    [
        ("dev", GOLD / "dev.jsonl", GOLD / "dev.gold.jsonl", None),
        (
            "seeds",
            REPO.parent / "shared" / "seeds",
            GOLD / "seeds.gold.jsonl",
            GOLD / "seeds.same_events.json",
        ),
    ],
)
def test_extraction_holds_its_last_measured_figures(
    tmp_path: Path, name: str, inputs: Path, gold: Path, same: Path | None
) -> None:
    figures = measured(inputs, gold, tmp_path / name, same)
    floor = {key: value - BASELINE["margin"] for key, value in BASELINE[name].items()}
    below = {
        key: (round(figures[key], 3), value) for key, value in floor.items() if figures[key] < value
    }
    assert not below, f"{name}: figures fell below the last measured ones minus the margin: {below}"
