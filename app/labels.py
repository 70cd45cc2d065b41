"""How an event reads in a list: its date at the precision it is known and its actors' names,
shared by every page that lists events, quotes or reports."""

from __future__ import annotations

import polars as pl

from app.archive import Archive


def with_actor_names(archive: Archive, events: pl.DataFrame) -> pl.DataFrame:
    """Adds `actors`, the names of each event's actors joined with commas."""
    names = (
        events.select("event_id", "actor_ids")
        .explode("actor_ids")
        .join(
            archive.actors.select("actor_id", "name"),
            left_on="actor_ids",
            right_on="actor_id",
            how="left",
        )
        .group_by("event_id", maintain_order=True)
        .agg(pl.col("name").drop_nulls().str.join(", ").alias("actors"))
    )
    return events.join(names, on="event_id", how="left", maintain_order="left")


def date_label() -> pl.Expr:
    """An event's date at the precision it is known: "16 Apr 2023", "Apr 2023", "2023"."""
    start, end = pl.col("date_from"), pl.col("date_to")
    day = start.dt.strftime("%-d %b %Y")
    return (
        pl.when(start.is_null())
        .then(pl.lit("date unknown"))
        .when(pl.col("granularity") == "year")
        .then(start.dt.strftime("%Y"))
        .when(pl.col("granularity") == "quarter")
        .then(
            pl.concat_str(pl.lit("Q"), start.dt.quarter().cast(pl.String), start.dt.strftime(" %Y"))
        )
        .when(pl.col("granularity") == "month")
        .then(start.dt.strftime("%b %Y"))
        .when(pl.col("granularity") == "week")
        .then(pl.concat_str(pl.lit("week of "), day))
        .when(start == end)
        .then(day)
        .otherwise(pl.concat_str(day, pl.lit(" – "), end.dt.strftime("%-d %b %Y")))
    )
