"""The Statements page's question: the quotes of the selected statements, with their speakers,
searchable."""

from __future__ import annotations

import polars as pl

from app.archive import Archive
from app.labels import date_label
from app.selection_queries import Frame
from app.text import safe_url_expr


def statements(archive: Archive, events: Frame, search: str = "", limit: int = 500) -> pl.DataFrame:
    """Quotes of the selected statement events: speaker, date, outlet, quote and sentence.

    Without a search, the first `limit` quotes come from the `limit` latest statements (every
    event is reported by at least one sentence), so only their reports are read; the articles'
    outlets and addresses, and the dates in words, are made for the quotes shown only.
    """
    said = (
        events.lazy()
        .filter(pl.col("event_type") == "statement")
        .select("event_id", "date_from", "date_to", "granularity")
    )
    if search:
        about = said.select("event_id")
        reports = archive.mentions.join(about, on="event_id", how="semi")
        roles = archive.event_actors.join(about, on="event_id", how="semi")
    else:
        latest = said.sort(["date_from", "event_id"], descending=[True, False], nulls_last=True)
        said = latest.head(limit).collect().lazy()
        listed = pl.col("event_id").is_in(said.collect()["event_id"].implode())
        reports, roles = archive.mentions.filter(listed), archive.event_actors.filter(listed)
    speakers = (
        roles.sort(pl.col("role") != "speaker", maintain_order=True)
        .group_by("event_id")
        .agg(pl.col("actor_id").first())
        .join(archive.actors.lazy().select("actor_id", "name"), on="actor_id", how="left")
        .select("event_id", pl.col("name").fill_null(pl.col("actor_id")).alias("speaker"))
    )
    quotes = (
        reports.join(said, on="event_id", how="inner")
        .join(speakers, on="event_id", how="left")
        .with_columns(pl.coalesce("quote", "sentence").alias("quote"))
    )
    if search:
        needle = search.lower()
        quotes = quotes.filter(
            pl.concat_str(["quote", "sentence", "speaker"], separator=" ", ignore_nulls=True)
            .str.to_lowercase()
            .str.contains(needle, literal=True)
        )
    shown = (
        quotes.sort(
            ["date_from", "event_id", "article_id", "char_start"],
            descending=[True, False, False, False],
            nulls_last=True,
        )
        .head(limit)
        .collect()
    )
    sources = (
        archive.articles.filter(pl.col("article_id").is_in(shown["article_id"].implode()))
        .select("article_id", "outlet", safe_url_expr(pl.col("url")).alias("url"))
        .collect()
    )
    return (
        shown.join(sources, on="article_id", how="left", maintain_order="left")
        .with_columns(date_label().alias("date"))
        .select("speaker", "date", "outlet", "quote", "sentence", "url", "event_id")
    )
