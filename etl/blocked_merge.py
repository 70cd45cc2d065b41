"""The cross-article merge as a map over blocks (`etl.blocks`), the same code in one process and
on Dask, so that both give the same tables by construction.

A run names the actors across the corpus (small: one entry per distinct name), routes every
report to its block, groups consecutive small blocks into one task (`batch_blocks`: a task's
frames are built once for all its blocks), merges each block alone inside the task where it was
sent (a `Mapper`: this process, or a Dask worker that keeps the merged blocks), gathers only
each event's claims on the previous set's ids to resolve them once, and has each task write its
blocks' rows as Parquet parts straight into the version folder being published. An append
re-merges only the blocks whose reports changed and carries the others' rows over from the
previous set.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol

import polars as pl

from etl import tables
from etl.actors import Actor, slug
from etl.blocks import UNDATED_MONTH, BlockKey, route
from etl.event_ids import Claim, PreviousIds, claim, resolve
from etl.merge import (
    ArticleExtraction,
    Cluster,
    Report,
    actors_table,
    block_tables,
    canonical_names,
    cluster_reports,
    day_votes,
    identities,
    probe_votes,
    reports_of,
)

BLOCKS = pl.Schema(
    {
        "block": pl.String,
        "fingerprint": pl.String,
        "events": pl.Int64,
        "event_actors": pl.Int64,
        "mentions": pl.Int64,
    }
)
"""Extra table: each block of the set, a hash of everything its rows were made from, its rows."""

PACKAGE = Path(__file__).resolve().parent
MERGE_CODE = ("blocks.py", "blocked_merge.py", "event_ids.py", "merge.py")

BATCH_REPORTS = 1000
"""Reports per merge task (a larger block is a task alone): most blocks hold a handful of
reports, and a task's fixed cost (its frames built, conformed and renamed) is then paid once for
many of them, while a large corpus still gives a cluster many tasks."""


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


def batch_blocks(sizes: Sequence[int | None], limit: int = BATCH_REPORTS) -> list[list[int]]:
    """The merge's tasks, as the positions of the blocks each one merges: consecutive blocks
    (given in key order by their report counts, None for a block an append carries over, which
    no task spans) until the next would take the task over `limit` reports; a block of `limit`
    reports or more is a task alone."""
    tasks: list[list[int]] = []
    task: list[int] = []
    held = 0
    for i, size in enumerate(sizes):
        if size is None or (task and held + size > limit):
            if task:
                tasks.append(task)
            task, held = [], 0
        if size is not None:
            task.append(i)
            held += size
    if task:
        tasks.append(task)
    return tasks


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


def _date_votes(
    reports: list[Report], probes: list[Report], undated: frozenset[str]
) -> tuple[list[tuple[str, date]], list[tuple[int, tuple[int, int], date | None]]]:
    """One task: the dates a block's events imply for undated articles."""
    clusters = cluster_reports(reports)
    return day_votes(clusters, undated), probe_votes(clusters, probes)


def _route_all(
    extractions: Iterable[ArticleExtraction], names: dict[str, Actor]
) -> dict[BlockKey, list[Report]]:
    blocks: dict[BlockKey, list[Report]] = {}
    for index, extraction in enumerate(extractions):
        keys = route(extraction.events, extraction.article.published)
        for key, report in zip(keys, reports_of(extraction, names, index), strict=True):
            blocks.setdefault(key, []).append(report)
    return dict(sorted(blocks.items()))


def _unresolved(report: Report, undated: frozenset[str]) -> bool:
    """A report whose date is written but could not be resolved, in an article with no date."""
    when = report.event.date
    return report.article_id in undated and when.start is None and when.text is not None


def implied_publication_dates(
    extractions: list[ArticleExtraction], mapper: Mapper | None = None
) -> dict[str, date]:
    """Publication dates of undated articles, read off the happenings they share with dated
    ones, block by block: an undated report in an undated article (kept in its `undated`
    block) is probed against the dated blocks of its type, earliest event first."""
    mapper = mapper or LocalMapper()
    undated = frozenset(e.article.article_id for e in extractions if e.article.published is None)
    if not undated:
        return {}
    blocks = _route_all(extractions, canonical_names(extractions))
    probes: dict[str, list[Report]] = {}
    for key, reports in blocks.items():
        if key.month == UNDATED_MONTH:
            probes.setdefault(key.event_type, []).extend(
                r for r in reports if _unresolved(r, undated)
            )
    wanted = [
        key
        for key, reports in blocks.items()
        if key.month != UNDATED_MONTH
        and (probes.get(key.event_type) or any(_unresolved(r, undated) for r in reports))
    ]
    sent = mapper.put([blocks[key] for key in wanted])
    found = mapper.gather(
        mapper.map(
            _date_votes,
            sent,
            [probes.get(key.event_type, []) for key in wanted],
            [undated] * len(wanted),
        )
    )
    votes: dict[str, list[date]] = {}
    earliest: dict[tuple[str, int], tuple[tuple[int, int], date | None]] = {}
    for key, (in_block, probed) in zip(wanted, found, strict=True):
        for article, anchor in in_block:
            votes.setdefault(article, []).append(anchor)
        for i, position, anchor in probed:
            known = earliest.get((key.event_type, i))
            if known is None or position < known[0]:
                earliest[(key.event_type, i)] = (position, anchor)
    for (event_type, i), (_, anchor) in earliest.items():
        if anchor is not None:
            votes.setdefault(probes[event_type][i].article_id, []).append(anchor)
    return {
        article: max(set(v), key=lambda d: (v.count(d), -d.toordinal()))
        for article, v in votes.items()
    }


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


@dataclass(slots=True)
class MergePlan:
    """The corpus merged and its ids resolved, waiting to be written into a version folder."""

    mapper: Mapper
    merged: list[Any]
    ids: list[list[str]]
    carried: list[CarriedBlock]
    previous_folder: Path | None
    names: dict[str, Actor]
    aliases: pl.DataFrame

    def write(self, folder: Path, layout: str) -> dict[str, pl.DataFrame]:
        """Every block's rows: with `layout` `parts`, written into `folder` by the block tasks
        (the carried blocks' parts linked from the previous set); with `files`, gathered here
        and returned to be written as one file per table. Returns those tables and the ones
        made from the blocks (`actors`, `event_aliases`, `blocks`)."""
        carried = _carried_rows(self.previous_folder, [c.key for c in self.carried])
        if layout == "parts":
            done = self.mapper.gather(
                self.mapper.map(write_batch, self.merged, self.ids, [str(folder)] * len(self.ids))
            )
            _write_carried(self.previous_folder, folder, carried)
            made: dict[str, pl.DataFrame] = {}
        else:
            done = self.mapper.gather(self.mapper.map(rows_of_batch, self.merged, self.ids))
            made = _in_block_order(done, carried)
        used: set[str] = set().union(*(w.used for w in done))
        by_id = {slug(a.name): a.name for a in self.names.values()}
        for frames in carried.values():
            used |= {by_id[i] for i in frames["event_actors"]["actor_id"] if i in by_id}
        rows = [block for w in done for block in w.blocks]
        rows += [(c.key, c.fingerprint, c.counts) for c in self.carried]
        blocks = pl.DataFrame(
            [
                (key.label(), mark, counts["events"], counts["event_actors"], counts["mentions"])
                for key, mark, counts in sorted(rows, key=lambda r: r[0])
            ],
            schema=BLOCKS,
            orient="row",
        )
        return {
            **made,
            "actors": actors_table(self.names, used),
            "event_aliases": self.aliases,
            "blocks": blocks,
        }


def _in_block_order(
    done: list[WrittenBatch], carried: dict[BlockKey, dict[str, pl.DataFrame]]
) -> dict[str, pl.DataFrame]:
    """One frame per table, blocks in key order (the order of a parts set's paths): a task's
    blocks are consecutive with no carried block among them, so each task's rows are one
    piece."""
    by_key = {w.blocks[0][0]: w.frames for w in done} | carried
    ordered = [by_key[k] for k in sorted(by_key)]
    return {
        name: pl.concat([f[name] for f in ordered]) if ordered else _EMPTY[name]
        for name in tables.PARTITIONED
    }


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


def merge_corpus(
    extractions: list[ArticleExtraction],
    previous: PreviousIds | None = None,
    mapper: Mapper | None = None,
    carry: tuple[Path, pl.DataFrame] | None = None,
    batch_reports: int | None = None,
) -> MergePlan:
    """The corpus routed into blocks, merged in tasks of up to `batch_reports` reports
    (`BATCH_REPORTS`) where `mapper` runs them, and every event's id resolved; `carry` (the
    previous version folder and its `blocks` table, for an append) lets the blocks whose
    fingerprint is unchanged keep their rows."""
    mapper = mapper or LocalMapper()
    previous = previous or PreviousIds()
    names = canonical_names(extractions)
    blocks = _route_all(extractions, names)
    code = merge_code()
    marks = {key: fingerprint(key, reports, code) for key, reports in blocks.items()}
    before = _previous_marks(carry[1]) if carry is not None else {}
    carried = [
        CarriedBlock(key, marks[key], before[key.label()][1])
        for key in blocks
        if before.get(key.label(), ("", {}))[0] == marks[key]
    ]
    kept = {c.key for c in carried}
    keys = list(blocks)
    sizes = [None if key in kept else len(blocks[key]) for key in keys]
    tasks = batch_blocks(sizes, batch_reports or BATCH_REPORTS)
    batches = [[keys[i] for i in task] for task in tasks]
    inputs = [
        [
            BlockInput(
                key,
                blocks[key],
                previous.restricted(
                    (r.article_id, r.event.sentence.start, r.event.trigger, key.event_type)
                    for r in blocks[key]
                ),
                marks[key],
            )
            for key in batch
        ]
        for batch in batches
    ]
    del blocks
    merged = mapper.map(merge_blocks, mapper.put(inputs))
    del inputs
    claims = mapper.gather(mapper.map(batch_claims, merged))
    kept_ids = _carried_ids(carry[0], carried) if carry is not None else frozenset()
    flat = [c for batch in claims for c in batch]
    ids, aliases = resolve(flat, previous, kept_ids)
    per_batch, at = [], 0
    for batch in claims:
        per_batch.append(ids[at : at + len(batch)])
        at += len(batch)
    return MergePlan(
        mapper,
        merged,
        per_batch,
        carried,
        carry[0] if carry is not None else None,
        names,
        aliases,
    )


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


_EMPTY = {
    "events": pl.DataFrame(schema={**tables.EVENTS, **tables.EVENT_EXTRAS}),
    "event_actors": tables.empty("event_actors"),
    "mentions": tables.empty("mentions"),
}


def merge_frames(
    extractions: list[ArticleExtraction],
    previous: PreviousIds | None = None,
    batch_reports: int | None = None,
) -> dict[str, pl.DataFrame]:
    """The blocked merge in this process, its tables as frames (no folder): `events`,
    `event_actors`, `actors`, `mentions` and `event_aliases`."""
    plan = merge_corpus(extractions, previous, batch_reports=batch_reports)
    done = [rows_of_batch(m, ids) for m, ids in zip(plan.merged, plan.ids, strict=True)]
    used: set[str] = set().union(*(w.used for w in done))
    return {
        **_in_block_order(done, {}),
        "actors": actors_table(plan.names, used),
        "event_aliases": plan.aliases,
    }
