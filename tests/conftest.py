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


PAYLOAD = (
    "\n\n# Heading\n\n[link](http://evil.example/x) ![px](http://evil.example/pixel.png) $x^2$ "
    "<script>alert(1)</script><img src=http://evil.example/i.png> **bold** :red[red] "
    "www.evil.example\n\n"
)
"""Markdown (a heading after blank lines, a link, a remote image, KaTeX, a colour directive, an
autolink), HTML and script: what a hostile article may carry in any field."""
ID_PAYLOAD = "<b>[x](http://evil.example/id)</b>$y$"
LEFT_ALONE = {"event_type", "granularity", "date_basis", "modality", "role", "kind",
              "published_basis", "language", "time_of_day", "time_precision"}  # fmt: skip


@pytest.fixture(scope="session")
def hostile_dir(sample_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample archive with markup, script and Markdown in every text an article or an actor
    gives (titles, outlets, ids, names, sentences, quotes, summaries, places) and URLs that are
    no web address."""
    import polars as pl

    from etl.tables import read_tables

    def hostile(column: str, dtype: pl.DataType) -> pl.Expr:
        if column in LEFT_ALONE:
            return pl.col(column)
        if column.endswith("_id"):
            return pl.col(column) + ID_PAYLOAD
        if column == "url":
            return pl.lit("javascript:alert(1)//http://evil.example/")
        if dtype == pl.List(pl.String):
            return pl.col(column).list.eval(pl.element() + PAYLOAD)
        return pl.col(column) + PAYLOAD

    tables = {
        name: table.with_columns(
            hostile(c, t).alias(c)
            for c, t in table.schema.items()
            if t in (pl.String, pl.List(pl.String))
        )
        for name, table in read_tables(sample_dir).items()
    }
    return write_tables(tables, tmp_path_factory.mktemp("hostile") / "processed")
