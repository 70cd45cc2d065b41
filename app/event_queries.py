"""Events looked up by id: the index rows of a few events, and one event's details (its actors
with roles and every sentence that reports it) for the details panel."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from app.archive import Archive
from app.labels import date_label


@dataclass(frozen=True, slots=True)
class EventDetails:
    """Everything the app knows about one event, for the details panel."""

    event: dict[str, object]
    actors: pl.DataFrame
    reports: pl.DataFrame


def event_details(archive: Archive, event_id: str) -> EventDetails | None:
    """The event, its actors with roles, and every sentence that reports it with its article."""
    one = pl.col("event_id") == event_id
    rows, actors, reports = pl.collect_all(
        [
            index_rows(archive, pl.Series([event_id]))
            .lazy()
            .with_columns(date_label().alias("date_label"))
            .head(1),
            archive.event_actors.filter(one)
            .join(archive.actors.lazy(), on="actor_id", how="left", maintain_order="left")
            .select("actor_id", pl.col("name").fill_null(pl.col("actor_id")), "role", "aliases"),
            archive.mentions.filter(one)
            .join(
                archive.articles.select("article_id", "title", "url", "outlet", "published"),
                on="article_id",
                how="left",
            )
            .sort("published", "article_id", "char_start", nulls_last=True),
        ]
    )
    if rows.is_empty():
        return None
    return EventDetails(rows.row(0, named=True), actors, reports)


def index_rows(archive: Archive, event_ids: pl.Series) -> pl.DataFrame:
    """The index rows of a few events: their positions found in the `event_id` column alone,
    then each row read by its position, so that the other columns (lists, the search text) are
    read for those rows only and not for every row group their dates span."""
    found = (
        archive.index.select("event_id")
        .with_row_index("row")
        .filter(pl.col("event_id").is_in(event_ids.implode()))
        .collect()
    )
    if found.height > MAX_ROWS_BY_POSITION:
        return archive.index.filter(pl.col("event_id").is_in(event_ids.implode())).collect()
    if found.is_empty():
        return archive.index.clear().collect()
    return pl.concat([archive.index.slice(row, 1) for row in found["row"]]).collect()


MAX_ROWS_BY_POSITION = 16
"""Each row read by position reads its row group's pages: past this many, one filtered scan."""
