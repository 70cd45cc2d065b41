"""Small tables derived from the contract tables, written beside them so the app scans, not loads.

`event_index` is one row per event with what every filter needs (actor ids, outlets, a search
text, the span to draw), sorted by date so that a date filter skips whole row groups; the counts
are what the sidebar shows before any filter. A pure function of the tables: the ETL and the
synthetic bench write its result, and the app computes it itself for a set written without it.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

INDEX_COLUMNS = pl.Schema(
    {
        "actor_ids": pl.List(pl.String),
        "n_event_actors": pl.Int64,
        "article_ids": pl.List(pl.String),
        "n_mentions": pl.Int64,
        "outlets": pl.List(pl.String),
        "date_text": pl.String,
        "date_from": pl.Date,
        "date_to": pl.Date,
        "haystack": pl.String,
    }
)
"""The columns `event_index` adds to the events' own: with the articles that report each event
and its rows in `event_actors` and `mentions` counted, a page counts and finds what a selection
touches without scanning those tables."""

ACTOR_COUNTS = pl.Schema({"actor_id": pl.String, "name": pl.String, "n": pl.Int64})
TYPE_COUNTS = pl.Schema({"event_type": pl.String, "n": pl.Int64})
OUTLET_COUNTS = pl.Schema({"outlet": pl.String, "n": pl.Int64})

TOTALS = pl.Schema(
    {
        "n_events": pl.Int64,
        "n_actors": pl.Int64,
        "n_articles": pl.Int64,
        "n_outlets": pl.Int64,
        "first_day": pl.Date,
        "last_day": pl.Date,
    }
)
"""One row: the Overview's figures for the whole archive."""

COUNTS: dict[str, pl.Schema] = {
    "actor_counts": ACTOR_COUNTS,
    "type_counts": TYPE_COUNTS,
    "outlet_counts": OUTLET_COUNTS,
    "totals": TOTALS,
}
"""The small summaries, read whole by the app."""

NAMES = ("event_index", *COUNTS)
"""The summaries every set the app opens without recomputing holds (an older set lacks
`ACTIVITY`: the app then scans for what those answer)."""

ACTOR_MONTH = pl.Schema(
    {
        "actor_id": pl.String,
        "event_type": pl.String,
        "month": pl.Date,
        "n": pl.Int64,
        "first_day": pl.Date,
        "last_day": pl.Date,
    }
)
"""Events per actor, type and month (`month` null for undated events), with the first
`date_from` and last `date_to` among them: the Timeline's lanes and counts per month and an
actor's activity, over the whole archive or its types, without exploding every event's actors."""

ACTOR_PAIRS = pl.Schema(
    {"source": pl.String, "target": pl.String, "event_type": pl.String, "n": pl.Int64}
)
"""Events each pair of actors shares (`source` < `target`), per type: the Actors page's network
over the whole archive or its types, without joining every event's actors to each other."""

ACTIVITY: dict[str, pl.Schema] = {"actor_month": ACTOR_MONTH, "actor_pairs": ACTOR_PAIRS}


def event_index(tables: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    """Events with what the filters need on one row: actor ids, outlets and a search text.

    `date_from`/`date_to` are the span to draw and filter on: a one-sided date is a point.
    """
    actors_of = (
        tables["event_actors"]
        .join(tables["actors"].select("actor_id", "name"), on="actor_id", how="left")
        .group_by("event_id")
        .agg(
            pl.col("actor_id").unique(maintain_order=True).alias("actor_ids"),
            pl.len().alias("n_event_actors"),
            pl.col("name").drop_nulls().unique(maintain_order=True).str.join(" ").alias("names"),
        )
    )
    reported = (
        tables["mentions"]
        .join(tables["articles"].select("article_id", "outlet"), on="article_id", how="left")
        .group_by("event_id")
        .agg(
            pl.col("article_id").unique(maintain_order=True).alias("article_ids"),
            pl.len().alias("n_mentions"),
            pl.col("outlet").drop_nulls().unique(maintain_order=True).alias("outlets"),
            pl.col("date_text").drop_nulls().first().alias("date_text"),
            pl.col("quote").drop_nulls().str.join(" ").alias("quotes"),
        )
    )
    return (
        tables["events"]
        .join(actors_of, on="event_id", how="left")
        .join(reported, on="event_id", how="left")
        .with_columns(
            pl.col("actor_ids", "article_ids", "outlets").fill_null(
                pl.lit([], dtype=pl.List(pl.String))
            ),
            pl.col("n_event_actors", "n_mentions").fill_null(0),
            pl.coalesce("date_start", "date_end").alias("date_from"),
            pl.coalesce("date_end", "date_start").alias("date_to"),
            pl.concat_str(
                ["summary", "location", "names", "quotes"], separator=" ", ignore_nulls=True
            )
            .str.to_lowercase()
            .alias("haystack"),
        )
        .drop("names", "quotes")
        .cast(dict(INDEX_COLUMNS))
        .sort("date_from", "event_id", nulls_last=True)
    )


def actor_counts(tables: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    """Each actor with its number of events, most active first: the actor picker's options."""
    counts = (
        tables["event_actors"].group_by("actor_id").agg(pl.col("event_id").n_unique().alias("n"))
    )
    return (
        tables["actors"]
        .select("actor_id", "name")
        .join(counts, on="actor_id", how="left")
        .with_columns(pl.col("n").fill_null(0))
        .cast(dict(ACTOR_COUNTS))
        .sort(["n", "name"], descending=[True, False])
    )


def type_counts(tables: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    """Events of each type in the whole archive, most frequent first: the type pills' counts."""
    return (
        tables["events"]
        .group_by("event_type")
        .len("n")
        .cast(dict(TYPE_COUNTS))
        .sort(["n", "event_type"], descending=[True, False])
    )


def outlet_counts(tables: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    """Articles of each named outlet, busiest first: the outlet filter's options."""
    return (
        tables["articles"]
        .filter(pl.col("outlet").is_not_null())
        .group_by("outlet")
        .len("n")
        .cast(dict(OUTLET_COUNTS))
        .sort(["n", "outlet"], descending=[True, False])
    )


def totals(index: pl.LazyFrame) -> pl.LazyFrame:
    """Events, their actors, reporting articles and outlets, and the days they span, of a frame
    of index rows (the app asks it of a selection too)."""
    return index.select(
        pl.len().alias("n_events"),
        pl.col("actor_ids").explode().drop_nulls().n_unique().alias("n_actors"),
        pl.col("article_ids").explode().drop_nulls().n_unique().alias("n_articles"),
        pl.col("outlets").explode().drop_nulls().n_unique().alias("n_outlets"),
        pl.col("date_from").min().alias("first_day"),
        pl.col("date_to").max().alias("last_day"),
    ).cast(dict(TOTALS))


def actor_month(index: pl.LazyFrame) -> pl.LazyFrame:
    """Index rows counted per actor, type and month of `date_from` (null when undated)."""
    return (
        index.select("event_type", "date_from", "date_to", pl.col("actor_ids").alias("actor_id"))
        .explode("actor_id")
        .filter(pl.col("actor_id").is_not_null())
        .group_by("actor_id", "event_type", pl.col("date_from").dt.truncate("1mo").alias("month"))
        .agg(
            pl.len().alias("n"),
            pl.col("date_from").min().alias("first_day"),
            pl.col("date_to").max().alias("last_day"),
        )
        .cast(dict(ACTOR_MONTH))
        .sort("actor_id", "event_type", "month", nulls_last=True)
    )


def actor_pairs(index: pl.LazyFrame) -> pl.LazyFrame:
    """Index rows counted per pair of their actors and type."""
    ends = index.select("event_id", "event_type", pl.col("actor_ids").alias("source")).explode(
        "source"
    )
    return (
        ends.join(ends.select("event_id", target="source"), on="event_id")
        .filter(pl.col("source") < pl.col("target"))
        .group_by("source", "target", "event_type")
        .len("n")
        .cast(dict(ACTOR_PAIRS))
        .sort("source", "target", "event_type")
    )


def summaries(tables: Mapping[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """Every summary of a set of contract tables, by table name."""
    index = event_index(tables)
    made, month, pairs = pl.collect_all(
        [totals(index.lazy()), actor_month(index.lazy()), actor_pairs(index.lazy())]
    )
    return {
        "event_index": index,
        "actor_counts": actor_counts(tables),
        "type_counts": type_counts(tables),
        "outlet_counts": outlet_counts(tables),
        "totals": made,
        "actor_month": month,
        "actor_pairs": pairs,
    }
