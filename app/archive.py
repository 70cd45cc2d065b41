"""The processed tables as one read-only `Archive`, with the event index every filter runs on.

Loading is pure here; `app.ui` caches it keyed on `fingerprint(data_dir)`, the files' sizes and
modification times, so that a rebuilt `data/processed/` shows without restarting the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from etl.event_ids import EVENT_ALIASES
from etl.publish import current_version
from etl.tables import SCHEMAS, read_extra, read_tables

Fingerprint = tuple[tuple[str, int, int], ...]


@dataclass(frozen=True, slots=True)
class Archive:
    """Every contract table plus derived frames; treat all of them as immutable."""

    articles: pl.DataFrame
    events: pl.DataFrame
    event_actors: pl.DataFrame
    actors: pl.DataFrame
    mentions: pl.DataFrame
    rejects: pl.DataFrame
    index: pl.DataFrame
    actor_counts: pl.DataFrame
    event_aliases: pl.DataFrame

    @property
    def is_empty(self) -> bool:
        return self.events.is_empty() and self.articles.is_empty()

    def resolve_event(self, event_id: str) -> tuple[str, str | None]:
        """The event a link's id opens, and the id it was asked for when that id was merged
        into another event (`event_aliases`); an unknown id comes back as it is."""
        if event_id in self.events["event_id"]:
            return event_id, None
        merged = self.event_aliases.filter(pl.col("alias_id") == event_id)["event_id"]
        return (merged[0], event_id) if merged.len() else (event_id, None)

    def actor_names(self) -> dict[str, str]:
        """actor_id → canonical name, for labels and sentences."""
        return dict(zip(self.actors["actor_id"], self.actors["name"], strict=True))


def fingerprint(data_dir: Path) -> Fingerprint:
    """Name, size and mtime of each table file or part: changes whenever the ETL publishes a
    new set (each set is a new version folder, so its files are new files)."""
    folder = current_version(Path(data_dir)) or Path(data_dir)
    paths = [folder / "manifest.json", folder / "event_aliases.parquet"]
    for name in SCHEMAS:
        single, parts = folder / f"{name}.parquet", folder / name
        paths += [single] if single.exists() else sorted(parts.rglob("*.parquet"))
    stamps = []
    for path in paths:
        if path.exists():
            stat = path.stat()
            stamps.append((str(path.relative_to(folder)), stat.st_size, stat.st_mtime_ns))
    return tuple(stamps)


def has_tables(data_dir: Path) -> bool:
    """True once the ETL has written at least the events table, as one file or as parts."""
    folder = current_version(Path(data_dir))
    return folder is not None and (
        (folder / "events.parquet").exists() or (folder / "events").is_dir()
    )


def event_index(tables: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """Events with what the filters need on one row: actor ids, outlets and a search text.

    `date_from`/`date_to` are the span to draw and filter on: a one-sided date is a point.
    """
    events = tables["events"]
    actors_of = (
        tables["event_actors"]
        .join(tables["actors"].select("actor_id", "name"), on="actor_id", how="left")
        .group_by("event_id")
        .agg(
            pl.col("actor_id").unique(maintain_order=True).alias("actor_ids"),
            pl.col("name").drop_nulls().unique(maintain_order=True).str.join(" ").alias("names"),
        )
    )
    reported = (
        tables["mentions"]
        .join(tables["articles"].select("article_id", "outlet"), on="article_id", how="left")
        .group_by("event_id")
        .agg(
            pl.col("outlet").drop_nulls().unique(maintain_order=True).alias("outlets"),
            pl.col("date_text").drop_nulls().first().alias("date_text"),
            pl.col("quote").drop_nulls().str.join(" ").alias("quotes"),
        )
    )
    return (
        events.join(actors_of, on="event_id", how="left")
        .join(reported, on="event_id", how="left")
        .with_columns(
            pl.col("actor_ids").fill_null(pl.lit([], dtype=pl.List(pl.String))),
            pl.col("outlets").fill_null(pl.lit([], dtype=pl.List(pl.String))),
            pl.coalesce("date_start", "date_end").alias("date_from"),
            pl.coalesce("date_end", "date_start").alias("date_to"),
            pl.concat_str(
                ["summary", "location", "names", "quotes"], separator=" ", ignore_nulls=True
            )
            .str.to_lowercase()
            .alias("haystack"),
        )
        .drop("names", "quotes")
    )


def actor_counts(tables: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """Each actor with its number of events, most active first: the actor picker's options."""
    counts = (
        tables["event_actors"].group_by("actor_id").agg(pl.col("event_id").n_unique().alias("n"))
    )
    return (
        tables["actors"]
        .select("actor_id", "name")
        .join(counts, on="actor_id", how="left")
        .with_columns(pl.col("n").fill_null(0).cast(pl.Int64))
        .sort(["n", "name"], descending=[True, False])
    )


def load_archive(data_dir: Path) -> Archive:
    """Read the tables of `data_dir` (missing ones read as empty) and derive the index."""
    tables = read_tables(Path(data_dir))
    return Archive(
        **tables,
        index=event_index(tables),
        actor_counts=actor_counts(tables),
        event_aliases=read_extra(Path(data_dir), "event_aliases", EVENT_ALIASES),
    )
