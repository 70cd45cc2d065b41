"""The Articles page's questions: the articles that report the selection, one article's row,
and the events it produced with the sentences that report them."""

from __future__ import annotations

import polars as pl

from app.archive import Archive
from app.event_queries import index_rows
from app.labels import date_label, with_actor_names
from app.selection_queries import Frame


def articles_for(archive: Archive, events: Frame, limit: int = 300) -> pl.DataFrame:
    """Articles that report the selected events, most recent first, with how many of them each
    reports (the index lists each event's articles, so `mentions` is not read; for the whole
    index, the latest articles are looked up in `mentions` instead of every article counted)."""
    if events is archive.index:
        return _latest_reporting(archive, limit)
    counts = (
        events.lazy()
        .select(pl.col("article_ids").explode().drop_nulls().alias("article_id"))
        .group_by("article_id")
        .len("n_events")
        .collect()
    )
    return (
        archive.articles.select("article_id", "title", "outlet", "published")
        .filter(pl.col("article_id").is_in(counts["article_id"].implode()))
        .sort(["published", "article_id"], descending=[True, False], nulls_last=True)
        .head(limit)
        .collect()
        .join(counts, on="article_id", how="left", maintain_order="left")
    )


def _latest_reporting(archive: Archive, limit: int) -> pl.DataFrame:
    """`articles_for` the whole archive: the latest articles, twice as many as asked and more
    while too few of them report an event, with their events counted in `mentions`."""
    listed = archive.articles.select("article_id", "title", "outlet", "published")
    order = {"descending": [True, False], "nulls_last": True}
    wanted = 2 * limit
    while True:
        latest = listed.sort(["published", "article_id"], **order).head(wanted).collect()
        counts = (
            archive.mentions.filter(pl.col("article_id").is_in(latest["article_id"].implode()))
            .group_by("article_id")
            .agg(pl.col("event_id").n_unique().cast(pl.UInt32).alias("n_events"))
            .collect()
        )
        if counts.height >= limit or latest.height < wanted:
            return latest.join(counts, on="article_id", how="inner", maintain_order="left").head(
                limit
            )
        wanted *= 4


def article(archive: Archive, article_id: str) -> dict[str, object] | None:
    """One article's row."""
    rows = archive.articles.filter(pl.col("article_id") == article_id).head(1).collect()
    return rows.row(0, named=True) if rows.height else None


def article_events(archive: Archive, article_id: str) -> pl.DataFrame:
    """The events an article produced, with the sentence and trigger of each report."""
    reports = archive.mentions.filter(pl.col("article_id") == article_id).collect()
    events = index_rows(archive, reports["event_id"].unique())
    return (
        reports.join(with_actor_names(archive, events), on="event_id", how="inner")
        .with_columns(date_label().alias("date"))
        .sort("char_start", "event_id")
        .select(
            "event_id",
            "event_type",
            "date",
            "actors",
            "summary",
            "trigger",
            "date_text",
            "char_start",
            "char_end",
            "sentence",
        )
    )


def article_event_list(produced: pl.DataFrame) -> pl.DataFrame:
    """One row per event an article produced (from `article_events`, one row per report), with
    how many of the article's sentences report it: the list under the article."""
    return (
        produced.group_by("event_id", maintain_order=True)
        .agg(
            pl.col("event_type", "date", "actors", "summary").first(),
            pl.len().alias("reports"),
            pl.col("trigger").unique(maintain_order=True).str.join("; ").alias("triggers"),
            pl.col("sentence").first(),
        )
        .select("event_id", "event_type", "date", "actors", "summary", "triggers", "reports",
                "sentence")
    )  # fmt: skip
