"""What lets an append carry untouched blocks over: a fingerprint of everything a block's rows
are made from (its reports and the merge's own code), and the rows and event ids of the blocks
whose fingerprint is unchanged, read from the previous set and linked or written into the new
version folder."""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from etl import tables
from etl.blocks import BlockKey
from etl.merge import Report

PACKAGE = Path(__file__).resolve().parent
MERGE_CODE = (
    "blocks.py",
    "blocked_merge.py",
    "block_tasks.py",
    "carried_blocks.py",
    "event_ids.py",
    "merge.py",
    "publication_dates.py",
)


def merge_code() -> str:
    """A hash of the merge's own code: a changed rule re-merges every block."""
    digest = hashlib.sha256()
    for name in MERGE_CODE:
        digest.update((PACKAGE / name).read_bytes())
    return digest.hexdigest()[:16]


def fingerprint(key: BlockKey, reports: list[Report], code: str) -> str:
    """A hash of everything a block's rows are made from: its reports in order (each event as
    extracted, its actors under their corpus-wide names, its article and that article's date)
    and the merge code. Events are records of plain values (no sets), so their repr is exact."""
    digest = hashlib.sha256(f"{code}\x1f{key.label()}".encode())
    for r in reports:
        digest.update(repr((r.article_id, r.published, r.actors, r.event)).encode())
    return digest.hexdigest()[:24]


@dataclass(slots=True)
class CarriedBlock:
    """A block an append did not touch: its rows come from the previous set as they were."""

    key: BlockKey
    fingerprint: str
    counts: dict[str, int]


def _carried_rows(
    previous: Path | None, keys: list[BlockKey]
) -> dict[BlockKey, dict[str, pl.DataFrame]]:
    """The rows of the blocks an append carries over, read from the previous set (one file per
    table, or parts)."""
    if not keys:
        return {}
    assert previous is not None
    labels = [k.label() for k in keys]
    if not (previous / "events.parquet").is_file():
        return {
            k: {
                name: pl.read_parquet(previous / name / k.path() / "part-0.parquet")
                for name in tables.PARTITIONED
            }
            for k in keys
        }
    events = pl.read_parquet(previous / "events.parquet").filter(pl.col("block").is_in(labels))
    blocks = events.select("event_id", "block")
    found = {
        "events": events,
        "event_actors": _with_block(pl.read_parquet(previous / "event_actors.parquet"), blocks),
        "mentions": _with_block(pl.read_parquet(previous / "mentions.parquet"), blocks),
    }
    split = {
        name: df.partition_by("block", as_dict=True, maintain_order=True)
        for name, df in found.items()
    }
    return {
        k: {
            name: tables.conform(
                name,
                parts[(k.label(),)] if (k.label(),) in parts else found[name].clear(),
            ).drop([] if name == "events" else ["block"])
            for name, parts in split.items()
        }
        for k in keys
    }


def _write_carried(
    previous: Path | None, folder: Path, carried: dict[BlockKey, dict[str, pl.DataFrame]]
) -> None:
    """The carried blocks' parts in `folder`: the previous set's part files linked, or written
    from the rows cut out of its single files."""
    for key, frames in carried.items():
        for name, df in frames.items():
            target = folder / name / key.path()
            target.mkdir(parents=True, exist_ok=True)
            assert previous is not None
            source = previous / name / key.path() / "part-0.parquet"
            if source.is_file():
                _link_or_copy(source, target / "part-0.parquet")
            else:
                df.write_parquet(target / "part-0.parquet")


def _with_block(df: pl.DataFrame, blocks: pl.DataFrame) -> pl.DataFrame:
    return df.join(blocks, on="event_id", how="inner", maintain_order="left")


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _previous_marks(blocks: pl.DataFrame) -> dict[str, tuple[str, dict[str, int]]]:
    return {
        row["block"]: (
            row["fingerprint"],
            {n: row[n] for n in ("events", "event_actors", "mentions")},
        )
        for row in blocks.iter_rows(named=True)
    }


def _carried_ids(folder: Path, carried: list[CarriedBlock]) -> frozenset[str]:
    """The event ids of the carried blocks, from the previous set (parts or one file)."""
    if not carried:
        return frozenset()
    labels = [c.key.label() for c in carried]
    single = folder / "events.parquet"
    if single.is_file():
        events = pl.scan_parquet(single)
    else:
        files = [folder / "events" / c.key.path() / "part-0.parquet" for c in carried]
        events = pl.scan_parquet([f for f in files if f.is_file()], hive_partitioning=False)
    found = events.filter(pl.col("block").is_in(labels)).select("event_id").collect()
    return frozenset(found["event_id"])
