"""Shared fixtures: the sample archive (the seed articles through the real ETL), an empty one,
and a small synthetic one, each built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.synthetic import write_synthetic
from etl.pipeline import build
from etl.tables import write_tables

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The two seed articles of ../shared."""
    return SEEDS


@pytest.fixture(scope="session")
def sample_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed articles run through the ETL: the data a fresh clone shows."""
    out = tmp_path_factory.mktemp("sample") / "processed"
    build([SEEDS], out)
    return out


@pytest.fixture(scope="session")
def empty_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive whose tables exist but hold no row."""
    return write_tables({}, tmp_path_factory.mktemp("empty") / "processed")


@pytest.fixture(scope="session")
def synthetic_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few thousand synthetic events, enough to exercise aggregation and lanes."""
    return write_synthetic(3000, tmp_path_factory.mktemp("synthetic") / "processed")
