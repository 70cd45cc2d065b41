"""The selection on a time axis: a bucket size for its span, events counted per period, and
the undated events that are kept but not placed; shared by the pages and the figures."""

from __future__ import annotations

from datetime import date

import polars as pl

from app.selection_queries import Frame, count

DAY_MS = 86_400_000


def period_for(first: date | None, last: date | None) -> str:
    """A bucket size that keeps a time axis to about a hundred bars."""
    if first is None or last is None:
        return "1w"
    days = (last - first).days
    if days <= 120:
        return "1d"
    if days <= 3 * 365:
        return "1w"
    return "1mo"


def events_per_period(events: Frame, every: str) -> pl.DataFrame:
    """Events per period and type, for the compact timelines; undated events are left out."""
    return (
        events.lazy()
        .filter(pl.col("date_from").is_not_null())
        .group_by(pl.col("date_from").dt.truncate(every).alias("period"), "event_type")
        .len("n")
        .sort("period", "event_type")
        .collect()
    )


def date_span(events: Frame) -> tuple[date | None, date | None]:
    """The first and last day of the events' spans."""
    span = events.lazy().select(pl.col("date_from").min(), pl.col("date_to").max()).collect()
    return span["date_from"][0], span["date_to"][0]


def undated_count(events: Frame) -> int:
    """Events whose date could not be resolved: kept, but not placed on a time axis."""
    return count(events.lazy().filter(pl.col("date_from").is_null()))
