"""The cross-article merge as a map over blocks (`etl.blocks`), the same code in one process and
on Dask, so that both give the same tables by construction: a run's plan.

A run names the actors across the corpus (small: one entry per distinct name), routes every
report to its block, groups consecutive small blocks into one task (`batch_blocks`: a task's
frames are built once for all its blocks), merges each block alone inside the task where it was
sent (`etl.block_tasks`, run by a `Mapper`: this process, or a Dask worker that keeps the merged
blocks), gathers only each event's claims on the previous set's ids to resolve them once, and
has each task write its blocks' rows as Parquet parts straight into the version folder being
published. An append re-merges only the blocks whose reports changed and carries the others'
rows over from the previous set (`etl.carried_blocks`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from etl import tables
from etl.actors import Actor, slug
from etl.block_tasks import (
    BlockInput,
    LocalMapper,
    Mapper,
    WrittenBatch,
    batch_claims,
    merge_blocks,
    rows_of_batch,
    write_batch,
)
from etl.blocks import BlockKey, route
from etl.carried_blocks import (
    CarriedBlock,
    _carried_ids,
    _carried_rows,
    _previous_marks,
    _write_carried,
    fingerprint,
    merge_code,
)
from etl.event_ids import PreviousIds, resolve
from etl.merge import ArticleExtraction, Report, actors_table, canonical_names, reports_of

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

BATCH_REPORTS = 1000
"""Reports per merge task (a larger block is a task alone): most blocks hold a handful of
reports, and a task's fixed cost (its frames built, conformed and renamed) is then paid once for
many of them, while a large corpus still gives a cluster many tasks."""


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


def _route_all(
    extractions: Iterable[ArticleExtraction], names: dict[str, Actor]
) -> dict[BlockKey, list[Report]]:
    blocks: dict[BlockKey, list[Report]] = {}
    for index, extraction in enumerate(extractions):
        keys = route(extraction.events, extraction.article.published)
        for key, report in zip(keys, reports_of(extraction, names, index), strict=True):
            blocks.setdefault(key, []).append(report)
    return dict(sorted(blocks.items()))


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
