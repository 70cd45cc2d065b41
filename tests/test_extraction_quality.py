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


def dev2_half(half: str, folder: Path) -> tuple[Path, Path]:
    """The study half (odd lines) or the check half (even lines) of dev2, articles and gold alike
    (`../shared/gold/README.md`): a change that lifts only the study half fits those articles."""
    first = 0 if half == "study" else 1
    paths = []
    for name in ("dev2.jsonl", "dev2.gold.jsonl"):
        lines = (GOLD / name).read_text(encoding="utf-8").splitlines(keepends=True)
        path = folder / name.replace("dev2", f"dev2-{half}")
        path.write_text("".join(lines[first::2]), encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


def measured(inputs: Path, gold: Path, out: Path, same: Path | None = None) -> dict[str, float]:
    build([inputs], out, workers=1)
    result = evaluate(gold, out, same)
    figures = {key: result["overall"][key] for key in ("f1", "strict_f1", "date_accuracy")}
    if result["merge"] is not None:
        figures["merge_recall"] = result["merge"]["recall"]
    return figures


def assert_holds(name: str, figures: dict[str, float]) -> None:
    floor = {key: value - BASELINE["margin"] for key, value in BASELINE[name].items()}
    below = {
        key: (round(figures[key], 3), value) for key, value in floor.items() if figures[key] < value
    }
    assert not below, f"{name}: figures fell below the last measured ones minus the margin: {below}"


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
    assert_holds(name, measured(inputs, gold, tmp_path / name, same))


@pytest.mark.parametrize("half", ["study", "check"])
def test_dev2_halves_hold_their_last_measured_figures(tmp_path: Path, half: str) -> None:
    inputs, gold = dev2_half(half, tmp_path)
    assert_holds(f"dev2_{half}", measured(inputs, gold, tmp_path / "out"))
