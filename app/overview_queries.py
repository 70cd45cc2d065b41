"""The Overview's questions: the headline counts of the selection and its latest events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import polars as pl

from app.archive import Archive
from app.labels import date_label, with_actor_names
from app.selection_queries import Frame
from etl.summaries import totals


def _type_counts(events: Frame) -> pl.LazyFrame:
    counts = events.lazy().group_by("event_type").len("n")
    return counts.sort(["n", "event_type"], descending=[True, False])


def type_counts(events: Frame) -> dict[str, int]:
    """Number of events of each type, most frequent first."""
    counts = _type_counts(events).collect()
    return dict(zip(counts["event_type"], counts["n"], strict=True))


@dataclass(frozen=True, slots=True)
class Headline:
    """The Overview's figures for the selected events."""

    n_events: int
    by_type: dict[str, int]
    n_actors: int
    n_articles: int
    n_outlets: int
    first_day: date | None
    last_day: date | None


def headline(archive: Archive, events: Frame) -> Headline:
    """Counts of events, actors, reporting articles and outlets, and the dates they span; read
    from the index rows alone (each lists its reporting articles and their outlets), or from
    the archive's totals when the selection is the whole index."""
    if events is archive.index:
        by_type = archive.type_counts
        stats = archive.totals
    else:
        stats, by_type = pl.collect_all([totals(events.lazy()), _type_counts(events)])
    return Headline(
        **stats.row(0, named=True),
        by_type=dict(zip(by_type["event_type"], by_type["n"], strict=True)),
    )


def latest_events(archive: Archive, events: Frame, n: int = 10) -> pl.DataFrame:
    """The most recent dated events, as rows to list."""
    dated = events.lazy().filter(pl.col("date_from").is_not_null())
    cut = dated.select(pl.col("date_from").top_k(n).min()).collect().item()
    dated = dated.clear() if cut is None else dated.filter(pl.col("date_from") >= cut)
    latest = (
        dated.top_k(n, by=["date_from", "event_id"])
        .sort(["date_from", "event_id"], descending=True)
        .collect()
    )
    return with_actor_names(archive, latest).select(
        date_label().alias("date"),
        "event_type",
        "summary",
        "actors",
        pl.col("outlets").list.join(", ").alias("outlets"),
        "event_id",
    )
