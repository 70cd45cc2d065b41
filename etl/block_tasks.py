"""The merge's tasks, as a `Mapper` runs them where it sends them (this process, or a Dask worker
that keeps the merged blocks): a group of blocks merged, each alone, into events under
placeholder ids; their claims on the previous set's ids, gathered to resolve them once; and
their rows under the resolved ids, brought back or written as the blocks' Parquet parts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import polars as pl

from etl import tables
from etl.blocks import BlockKey
from etl.event_ids import Claim, PreviousIds, claim
from etl.merge import Cluster, Report, block_tables, cluster_reports, identities


class Mapper(Protocol):
    """Where block tasks run: `put` sends items where tasks will read them, `map` runs a task
    per item (its arguments zipped from the columns) and keeps the results there, `gather`
    brings results back."""

    def put(self, items: list[Any]) -> list[Any]: ...

    def map(self, fn: Callable[..., Any], *columns: Sequence[Any]) -> list[Any]: ...

    def gather(self, handles: list[Any]) -> list[Any]: ...


class LocalMapper:
    """Every task in this process, one after the other."""

    def put(self, items: list[Any]) -> list[Any]:
        return items

    def map(self, fn: Callable[..., Any], *columns: Sequence[Any]) -> list[Any]:
        return [fn(*args) for args in zip(*columns, strict=True)]

    def gather(self, handles: list[Any]) -> list[Any]:
        return handles


@dataclass(slots=True)
class BlockInput:
    """What one block task gets: its reports in corpus order, the previous set's ids of those
    reports, and the block's fingerprint."""

    key: BlockKey
    reports: list[Report]
    previous: PreviousIds
    fingerprint: str


@dataclass(slots=True)
class MergedBatch:
    """A task's blocks merged, kept where they were merged until their ids are known: each
    event's claim on the old ids (block after block), and the rows as frames (compact, unlike
    the reports they were made from) under placeholder ids (`#0`, `#1`, … in event order), each
    row labelled with its `block`."""

    keys: list[BlockKey]
    fingerprints: list[str]
    claims: list[Claim]
    frames: dict[str, pl.DataFrame]
    used: frozenset[str]


@dataclass(frozen=True, slots=True)
class WrittenBatch:
    """What a task gives back: each of its blocks with its fingerprint and rows per table, the
    actors used, and (when the rows are not written as parts) the rows themselves."""

    blocks: list[tuple[BlockKey, str, dict[str, int]]]
    used: frozenset[str]
    frames: dict[str, pl.DataFrame] = field(default_factory=dict)


def merge_blocks(batch: list[BlockInput]) -> MergedBatch:
    """One task: each block's reports merged into events (each block alone), their claims, and
    the rows of all of them."""
    clusters: list[Cluster] = []
    labels: list[str] = []
    claims: list[Claim] = []
    for block in batch:
        found = cluster_reports(block.reports)
        claims += [claim(identity, block.previous) for identity in identities(found)]
        clusters += found
        labels += [block.key.label()] * len(found)
    placeholders = [f"#{i}" for i in range(len(clusters))]
    frames, used = block_tables(clusters, placeholders, labels)
    frames = {name: tables.conform(name, df) for name, df in frames.items()}
    keys = [block.key for block in batch]
    return MergedBatch(keys, [b.fingerprint for b in batch], claims, frames, frozenset(used))


def batch_claims(merged: MergedBatch) -> list[Claim]:
    """One task: each event's claims on old ids (small; gathered to resolve ids corpus-wide)."""
    return merged.claims


def _named(merged: MergedBatch, ids: list[str]) -> tuple[dict[str, pl.DataFrame], list[dict]]:
    """The task's rows under the ids resolved for them, still labelled by block, and each
    block's rows per table."""
    placeholders = [f"#{i}" for i in range(len(ids))]
    named = pl.col("event_id").replace_strict(placeholders, ids, return_dtype=pl.String)
    frames = {name: df.with_columns(named) for name, df in merged.frames.items()}
    per_table = {name: dict(df.group_by("block").len().iter_rows()) for name, df in frames.items()}
    counts = [{name: per_table[name].get(key.label(), 0) for name in frames} for key in merged.keys]
    return frames, counts


def rows_of_batch(merged: MergedBatch, ids: list[str]) -> WrittenBatch:
    """One task: its blocks' rows under the ids resolved for them, brought back (the `files`
    layout)."""
    frames, counts = _named(merged, ids)
    kept = {name: df if name == "events" else df.drop("block") for name, df in frames.items()}
    blocks = list(zip(merged.keys, merged.fingerprints, counts, strict=True))
    return WrittenBatch(blocks, merged.used, kept)


def write_batch(merged: MergedBatch, ids: list[str], folder: str) -> WrittenBatch:
    """One task: each of its blocks' rows written as that block's parts of the version folder
    `folder` (a shared file system on a real cluster); only their counts come back."""
    frames, counts = _named(merged, ids)
    for name, df in frames.items():
        keep = name == "events"
        split = df.partition_by("block", as_dict=True, maintain_order=True, include_key=keep)
        none = df.clear() if keep else df.clear().drop("block")
        for key in merged.keys:
            target = Path(folder) / name / key.path()
            target.mkdir(parents=True, exist_ok=True)
            split.get((key.label(),), none).write_parquet(target / "part-0.parquet")
    blocks = list(zip(merged.keys, merged.fingerprints, counts, strict=True))
    return WrittenBatch(blocks, merged.used)
