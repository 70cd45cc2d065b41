"""The processed tables as one read-only `Archive`: the large ones scanned, the small ones read.

The large tables and the event index are lazy frames over the Parquet files (one file or a folder
of hive parts), so that memory and the first page do not grow with the archive: each query
collects only what it shows. The summaries (`etl.summaries`) come from the set itself, or are
computed here for a set written without them. `app.ui` caches the archive keyed on
`fingerprint(data_dir)`, so that a rebuilt `data/processed/` shows without restarting the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from etl.event_ids import EVENT_ALIASES
from etl.publish import current_version
from etl.summaries import ACTIVITY, COUNTS, INDEX_COLUMNS, NAMES, summaries
from etl.tables import SCHEMAS, empty, read_extra

Fingerprint = tuple[tuple[str, int, int], ...]


LAZY = ("articles", "events", "event_actors", "mentions")
"""The tables that grow with the archive: scanned, never read whole."""


@dataclass(frozen=True, slots=True)
class Archive:
    """The contract tables and their summaries; treat all of them as immutable.

    The growing tables, `index` and the activity summaries are lazy (`pl.LazyFrame`): a query
    filters and collects. `actors`, `rejects`, the counts and `event_aliases` are small and
    read whole.
    """

    articles: pl.LazyFrame
    events: pl.LazyFrame
    event_actors: pl.LazyFrame
    mentions: pl.LazyFrame
    index: pl.LazyFrame
    actors: pl.DataFrame
    rejects: pl.DataFrame
    actor_counts: pl.DataFrame
    type_counts: pl.DataFrame
    outlet_counts: pl.DataFrame
    totals: pl.DataFrame
    event_aliases: pl.DataFrame
    n_events: int
    n_articles: int
    actor_month: pl.LazyFrame | None = None
    actor_pairs: pl.LazyFrame | None = None
    """The activity summaries (`etl.summaries.ACTIVITY`), None for a set written before them."""

    @property
    def is_empty(self) -> bool:
        return self.n_events == 0 and self.n_articles == 0

    def resolve_event(self, event_id: str) -> tuple[str, str | None]:
        """The event a link's id opens, and the id it was asked for when that id was merged
        into another event (`event_aliases`); an unknown id comes back as it is."""
        known = self.events.filter(pl.col("event_id") == event_id).select(pl.len()).collect()
        if known.item():
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
    paths += [folder / f"{name}.parquet" for name in (*NAMES, *ACTIVITY)]
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


def scan_table(folder: Path | None, name: str) -> pl.LazyFrame:
    """A contract table as a lazy frame over `folder/<name>.parquet` or the hive parts of
    `folder/<name>/`, contract columns cast to their types and extra columns kept after them;
    an absent table scans as empty."""
    single, parts = (folder or Path()) / f"{name}.parquet", (folder or Path()) / name
    if folder is not None and single.is_file():
        scanned = pl.scan_parquet(single)
    elif folder is not None and parts.is_dir() and any(parts.rglob("*.parquet")):
        scanned = pl.scan_parquet(parts / "**" / "*.parquet", hive_partitioning=True)
    else:
        return empty(name).lazy()
    schema = SCHEMAS[name]
    columns = scanned.collect_schema().names()
    missing = [c for c in schema if c not in columns]
    if missing:
        raise ValueError(f"table {name!r} lacks columns {missing}")
    extra = [pl.col(c) for c in columns if c not in schema]
    return scanned.select([pl.col(c).cast(t) for c, t in schema.items()] + extra)


def _has_summaries(folder: Path | None) -> bool:
    """True when the set holds every summary, its index with every column the app reads."""
    if folder is None or not all((folder / f"{n}.parquet").is_file() for n in NAMES):
        return False
    columns = pl.scan_parquet(folder / "event_index.parquet").collect_schema().names()
    return all(c in columns for c in INDEX_COLUMNS)


def _rows(frame: pl.LazyFrame) -> int:
    return int(frame.select(pl.len()).collect().item())


def load_archive(data_dir: Path) -> Archive:
    """Scan the tables of `data_dir` (missing ones scan as empty) and read its summaries; a set
    written without summaries has them computed here, from its tables read once."""
    folder = current_version(Path(data_dir))
    scanned = {name: scan_table(folder, name) for name in SCHEMAS}
    if _has_summaries(folder):
        index = pl.scan_parquet(folder / "event_index.parquet")
        counts = {name: pl.read_parquet(folder / f"{name}.parquet") for name in COUNTS}
        activity = {name: _scan_summary(folder, name) for name in ACTIVITY}
    else:
        tables = {name: frame.collect() for name, frame in scanned.items()}
        derived = summaries(tables)
        scanned = {name: table.lazy() for name, table in tables.items()}
        index = derived["event_index"].lazy()
        counts = {name: derived[name] for name in COUNTS}
        activity = {name: derived[name].lazy() for name in ACTIVITY}
    counts = {name: table.cast(dict(COUNTS[name])) for name, table in counts.items()}
    return Archive(
        **{name: scanned[name] for name in LAZY},
        index=index,
        actors=scanned["actors"].collect(),
        rejects=scanned["rejects"].collect(),
        **counts,
        event_aliases=read_extra(Path(data_dir), "event_aliases", EVENT_ALIASES),
        n_events=_rows(scanned["events"]),
        n_articles=_rows(scanned["articles"]),
        **activity,
    )


def _scan_summary(folder: Path, name: str) -> pl.LazyFrame | None:
    """An activity summary as a lazy frame, or None when the set was written before it."""
    path = folder / f"{name}.parquet"
    if not path.is_file():
        return None
    return pl.scan_parquet(path).select([pl.col(c).cast(t) for c, t in ACTIVITY[name].items()])
