"""What the downloads hold: the view as one flat table of a fixed schema, and the contract
tables restricted to the selection, with their row counts."""

from __future__ import annotations

import polars as pl

from app.archive import Archive
from app.selection_queries import Frame, count, of_events

VIEW_SCHEMA = pl.Schema(
    {
        "event_id": pl.String,
        "date_start": pl.Date,
        "date_end": pl.Date,
        "precision": pl.String,
        "event_type": pl.String,
        "modality": pl.String,
        "actors": pl.List(pl.String),
        "place": pl.String,
        "country": pl.String,
        "outlets": pl.List(pl.String),
        "source_urls": pl.List(pl.String),
        "first_sentence": pl.String,
    }
)
"""The one flat table of a view that every export writes, whatever the format."""


def view_table(archive: Archive, events: Frame) -> pl.DataFrame:
    """The selected events as one flat table: dates with their precision, actor names, place,
    outlets, the articles' addresses and the first sentence that reports each event."""
    events = events.lazy()
    reports = (
        of_events(archive, archive.mentions, events)
        .join(archive.articles.select("article_id", "url", "published"), on="article_id")
        .sort("published", "article_id", "char_start", nulls_last=True)
        .group_by("event_id")
        .agg(
            pl.col("url").drop_nulls().unique(maintain_order=True).alias("source_urls"),
            pl.col("sentence").first().alias("first_sentence"),
        )
    )
    names = (
        events.select("event_id", "actor_ids")
        .explode("actor_ids")
        .join(
            archive.actors.lazy().select("actor_id", "name"),
            left_on="actor_ids",
            right_on="actor_id",
            maintain_order="left",
        )
        .group_by("event_id")
        .agg(pl.col("name").alias("actors"))
    )
    return (
        events.join(names, on="event_id", how="left")
        .join(reports, on="event_id", how="left")
        .sort("date_from", "event_id", nulls_last=True)
        .select(
            "event_id",
            "date_start",
            "date_end",
            pl.col("granularity").alias("precision"),
            "event_type",
            "modality",
            pl.col("actors").fill_null(pl.lit([], pl.List(pl.String))),
            pl.col("location").alias("place"),
            "country",
            "outlets",
            pl.col("source_urls").fill_null(pl.lit([], pl.List(pl.String))),
            "first_sentence",
        )
        .cast(dict(VIEW_SCHEMA))
        .collect()
    )


def table_counts(archive: Archive, events: Frame) -> dict[str, int]:
    """The rows of each table of `filtered_tables`, from the index rows alone (each counts its
    rows in `event_actors` and `mentions` and lists its actors and articles); for the whole
    index, from the tables' own row counts and the archive's totals."""
    if events is archive.index:
        return {
            "events": archive.n_events,
            "event_actors": count(archive.event_actors),
            "actors": archive.actor_counts.filter(pl.col("n") > 0).height,
            "mentions": count(archive.mentions),
            "articles": int(archive.totals["n_articles"][0]),
        }
    totals = (
        events.lazy()
        .select(
            pl.len().alias("events"),
            pl.col("n_event_actors").sum().alias("event_actors"),
            pl.col("actor_ids").explode().drop_nulls().unique().implode().alias("actor_ids"),
            pl.col("n_mentions").sum().alias("mentions"),
            pl.col("article_ids").explode().drop_nulls().n_unique().alias("articles"),
        )
        .collect()
        .row(0, named=True)
    )
    actors = archive.actors.filter(pl.col("actor_id").is_in(totals.pop("actor_ids"))).height
    order = ("events", "event_actors", "actors", "mentions", "articles")
    return {name: int(totals.get(name, actors)) for name in order}


def filtered_tables(archive: Archive, events: Frame) -> dict[str, pl.LazyFrame]:
    """The contract tables restricted to the selected events, for download: plans, collected
    (or counted) only when asked."""
    mentions = of_events(archive, archive.mentions, events)
    event_actors = of_events(archive, archive.event_actors, events)
    return {
        "events": of_events(archive, archive.events, events),
        "event_actors": event_actors,
        "actors": archive.actors.lazy().join(
            event_actors.select("actor_id"), on="actor_id", how="semi"
        ),
        "mentions": mentions,
        "articles": archive.articles.join(
            mentions.select("article_id"), on="article_id", how="semi"
        ),
    }
