"""The filtered selection: what the filters may name, the index rows they select, and the
archive's summaries that stand for them when the filters are types alone.

`select_events` applies the filter state once, as a lazy frame over `Archive.index`; the other
query modules take it (or any frame of index rows, lazy or not, a `Frame`) and collect only
what a page shows. Nothing here imports Streamlit.
"""

from __future__ import annotations

import polars as pl

from app.archive import Archive
from app.filters import FilterState, Vocabulary
from app.vocabulary import known_types
from etl.tables import MODALITIES

Frame = pl.DataFrame | pl.LazyFrame


def vocabulary(archive: Archive) -> Vocabulary:
    """What a link may name in this archive."""
    return Vocabulary(
        actors=frozenset(archive.actors["actor_id"]),
        types=frozenset(known_types()) | frozenset(archive.type_counts["event_type"]),
        outlets=frozenset(archive.outlet_counts["outlet"]),
        modalities=frozenset(MODALITIES),
    )


def select_events(archive: Archive, state: FilterState) -> pl.LazyFrame:
    """The index rows (events plus actor ids, outlets, date text) the filters select, as a plan:
    the dates and types are pushed down to the scan, which skips row groups outside them."""
    if state.is_empty:
        return archive.index
    return archive.index.filter(state.expression())


def count(events: Frame) -> int:
    """How many rows a frame holds, without reading its columns."""
    return int(events.lazy().select(pl.len()).collect().item())


def held(events: pl.LazyFrame, limit: int) -> pl.LazyFrame:
    """The selection read into memory when it is at most `limit` rows (without the search text,
    which only the filter needs), so that a page's several questions do not each scan the
    files again; a larger selection stays a plan over the files. One bounded read decides and
    holds at once: counting first read the files, and the filter ran, twice."""
    head = events.drop("haystack", strict=False).head(limit + 1).collect()
    return events if head.height > limit else head.lazy()


def of_events(archive: Archive, table: pl.LazyFrame, events: Frame) -> pl.LazyFrame:
    """The rows of `table` (mentions, event actors, events) about the selected events: the
    whole table when the selection is the whole index, which spares a join per row."""
    if events is archive.index:
        return table
    return table.join(events.lazy().select("event_id"), on="event_id", how="semi")


def _types_only(archive: Archive, state: FilterState) -> list[str] | None:
    """The types the filters keep when they filter on types alone (every type when on nothing),
    so that the activity summaries answer for the selection; None when they filter on more."""
    if FilterState(types=state.types) != state:
        return None
    return list(state.types) or archive.type_counts["event_type"].to_list()


def actor_months(archive: Archive, state: FilterState) -> pl.LazyFrame | None:
    """`actor_month` rows of the selected types, when the set holds it and the filters are
    types alone; None otherwise: the pages then scan the selection."""
    types = _types_only(archive, state)
    if archive.actor_month is None or types is None:
        return None
    return archive.actor_month.filter(pl.col("event_type").is_in(types))


def shared_events(archive: Archive, state: FilterState) -> pl.LazyFrame | None:
    """`actor_pairs` rows of the selected types, under the conditions of `actor_months`."""
    types = _types_only(archive, state)
    if archive.actor_pairs is None or types is None:
        return None
    return archive.actor_pairs.filter(pl.col("event_type").is_in(types))
