"""The Map's question: events per place and type at the place's coordinates; and the cap on
the points any figure sends, which the map meets first."""

from __future__ import annotations

import polars as pl

from app.selection_queries import Frame

MAX_POINTS = 60_000
"""No figure sends more points than this to the browser."""


def map_points(events: Frame, limit: int = MAX_POINTS) -> pl.DataFrame:
    """Events per place and type, at the place's coordinates, the `limit` busiest; events
    without a place are left out."""
    return (
        events.lazy()
        .filter(pl.col("lat").is_not_null() & pl.col("lon").is_not_null())
        .group_by("location", "lat", "lon", "event_type")
        .len("n")
        .with_columns(pl.col("location").fill_null("unnamed place"))
        .sort("n", "location", "event_type", descending=[True, False, False])
        .head(limit)
        .collect()
    )
