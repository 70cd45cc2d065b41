"""The data contract (../shared/CONTRACT.md) as code: table schemas, stable ids, atomic writing.

Everything that reads or writes the Parquet tables goes through these schemas, so that the ETL,
the evaluator and the dashboard agree on one shape.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path

import polars as pl

from etl.publish import current_version, publish

CONTRACT_VERSION = "1.0"

ARTICLES = pl.Schema(
    {
        "article_id": pl.String,
        "source_path": pl.String,
        "title": pl.String,
        "url": pl.String,
        "outlet": pl.String,
        "dateline": pl.String,
        "published": pl.Date,
        "published_basis": pl.String,
        "language": pl.String,
        "text": pl.String,
    }
)

EVENTS = pl.Schema(
    {
        "event_id": pl.String,
        "event_type": pl.String,
        "date_start": pl.Date,
        "date_end": pl.Date,
        "granularity": pl.String,
        "date_basis": pl.String,
        "location": pl.String,
        "country": pl.String,
        "lat": pl.Float64,
        "lon": pl.Float64,
        "modality": pl.String,
        "summary": pl.String,
        "n_articles": pl.Int64,
        "confidence": pl.Float64,
    }
)

EVENT_EXTRAS = pl.Schema(
    {
        "date_article_id": pl.String,
        "time_of_day": pl.String,
        "time_precision": pl.String,
        "block": pl.String,
    }
)
"""Columns of `events` beyond the contract: the article that fixed the date, the clock time
(`HH:MM`) with its precision (`hour`, `minute`) where the text gave one, and the merge block
the event was made in (`2023-04/meeting`, `etl.blocks`), by which an append finds what it keeps."""

ARTICLE_EXTRAS = pl.Schema({"extraction_notice": pl.String})
"""Columns of `articles` beyond the contract: why an article that was stored gave no events by
design (a language other than Indonesian and Malay); null otherwise."""

EVENT_ACTORS = pl.Schema({"event_id": pl.String, "actor_id": pl.String, "role": pl.String})

ACTORS = pl.Schema(
    {
        "actor_id": pl.String,
        "name": pl.String,
        "kind": pl.String,
        "country": pl.String,
        "titles": pl.List(pl.String),
        "aliases": pl.List(pl.String),
    }
)

MENTIONS = pl.Schema(
    {
        "event_id": pl.String,
        "article_id": pl.String,
        "sentence": pl.String,
        "char_start": pl.Int64,
        "char_end": pl.Int64,
        "trigger": pl.String,
        "date_text": pl.String,
        "quote": pl.String,
    }
)

REJECTS = pl.Schema({"source_path": pl.String, "reason": pl.String})

SCHEMAS: dict[str, pl.Schema] = {
    "articles": ARTICLES,
    "events": EVENTS,
    "event_actors": EVENT_ACTORS,
    "actors": ACTORS,
    "mentions": MENTIONS,
    "rejects": REJECTS,
}

EVENT_TYPES = ("meeting", "visit", "statement")
GRANULARITIES = ("day", "week", "month", "quarter", "year", "unknown")
DATE_BASES = ("explicit", "relative", "inferred", "none")
MODALITIES = ("asserted", "planned", "negated")
ROLES = ("participant", "host", "visitor", "speaker", "target")
ACTOR_KINDS = ("person", "country", "organization", "media", "other")
PUBLISHED_BASES = ("given", "inferred", "unknown")


def empty(table: str) -> pl.DataFrame:
    """An empty frame of a contract table, so that no-data paths keep the columns and types."""
    return pl.DataFrame(schema=SCHEMAS[table])


def frame(table: str, rows: Iterable[Mapping[str, object]]) -> pl.DataFrame:
    """Rows (dicts) to a frame with the table's exact schema: the one way tables are built."""
    return pl.DataFrame(list(rows), schema=SCHEMAS[table], orient="row")


def conform(table: str, df: pl.DataFrame) -> pl.DataFrame:
    """Cast a frame to the table's schema, contract columns first, extra columns kept after them;
    a missing contract column fails loudly. A frame already in that shape is returned as it is
    (the merge conforms thousands of small block frames)."""
    schema = SCHEMAS[table]
    if list(df.schema.items())[: len(schema)] == list(schema.items()):
        return df
    missing = [c for c in schema if c not in df.columns]
    if missing:
        raise ValueError(f"table {table!r} lacks columns {missing}")
    extra = [c for c in df.columns if c not in schema]
    return df.select([pl.col(name).cast(dtype) for name, dtype in schema.items()] + extra)


def stable_id(prefix: str, *parts: object) -> str:
    """A short id that depends only on its parts, so a rebuilt table keeps the ids a link names."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:12]}"


def file_sha256(path: Path) -> str:
    """Content hash of an input file, recorded in the manifest."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


PARTITIONED = ("events", "event_actors", "mentions")
"""The tables the merge's blocks may write as hive parts (`etl.blocked_merge`)."""


def write_tables(
    tables: Mapping[str, pl.DataFrame],
    out_dir: Path,
    inputs: Iterable[Path] = (),
    parts: Callable[[Path], Mapping[str, pl.DataFrame]] | None = None,
) -> Path:
    """Write every table and the manifest as a new version and publish it (`etl.publish`):
    a crash or a kill at any moment leaves the previous complete set, or the new one, readable.
    Tables beyond the contract's (`event_aliases`, `extractions`) are written as they are.

    `parts(folder)`, when given, first writes into the version folder what it writes as hive
    parts (`events/month=2023-04/type=meeting/part-0.parquet`) and returns the tables to write
    as files; the manifest lists the parts."""

    def write(folder: Path) -> None:
        frames = {**tables, **(parts(folder) if parts is not None else {})}
        counts: dict[str, int] = {}
        listed: dict[str, list[str]] = {}
        for name in PARTITIONED:
            files = sorted((folder / name).rglob("*.parquet")) if (folder / name).is_dir() else []
            if files:
                listed[name] = [str(p.relative_to(folder)) for p in files]
                counts[name] = (
                    pl.scan_parquet(files, hive_partitioning=False)
                    .select(pl.len())
                    .collect()
                    .item()
                )
        for name in [*SCHEMAS, *(n for n in frames if n not in SCHEMAS)]:
            if name in counts:
                continue
            df = conform(name, frames.get(name, empty(name))) if name in SCHEMAS else frames[name]
            try:
                df.write_parquet(folder / f"{name}.parquet")
            except pl.exceptions.PolarsError as error:
                raise OSError(f"writing {name}.parquet failed: {error}") from error
            counts[name] = df.height
        manifest = {
            "contract_version": CONTRACT_VERSION,
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "inputs": [{"path": str(p), "sha256": file_sha256(Path(p))} for p in inputs],
            "row_counts": counts,
            "layout": "parts" if listed else "files",
            "parts": listed,
        }
        (folder / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False))

    publish(Path(out_dir), write)
    return Path(out_dir)


def read_tables(out_dir: Path) -> dict[str, pl.DataFrame]:
    """Read every contract table from a processed folder, as `DIR/<table>.parquet` or a folder
    `DIR/<table>/` of hive-partitioned parts; a missing table reads as empty. When `DIR` itself
    is missing (a run killed while moving an old-layout folder aside), the newest complete
    version beside it is read."""
    folder = current_version(Path(out_dir))
    result = {}
    for name in SCHEMAS:
        result[name] = read_table(folder, name) if folder is not None else empty(name)
    return result


def read_table(folder: Path, name: str) -> pl.DataFrame:
    """One table of one version folder, as a file or as hive parts; empty when it has none."""
    single, parts = folder / f"{name}.parquet", folder / name
    if single.is_file():
        return conform(name, pl.read_parquet(single))
    files = sorted(parts.rglob("*.parquet")) if parts.is_dir() else []
    if files:
        df = pl.read_parquet(files, hive_partitioning=True)
        return conform(name, df.drop(_hive_keys(parts, files) - set(SCHEMAS[name])))
    return empty(name)


def _hive_keys(parts: Path, files: list[Path]) -> set[str]:
    """The partition columns the paths add (`month` of `month=2023-04/`), which are the
    layout's, not the table's: both layouts read back as the same frame."""
    return {
        segment.split("=", 1)[0]
        for f in files
        for segment in f.relative_to(parts).parts[:-1]
        if "=" in segment
    }


def read_extra(out_dir: Path, name: str, schema: pl.Schema) -> pl.DataFrame:
    """An extra table of a processed folder, empty when that set has none (an older set)."""
    folder = current_version(Path(out_dir))
    path = (folder or Path(out_dir)) / f"{name}.parquet"
    if not path.exists():
        return pl.DataFrame(schema=schema)
    return pl.read_parquet(path).select([pl.col(c).cast(t) for c, t in schema.items()])
