"""The Actors page's questions: an actor's profile and activity, the actors ranked by events,
and the network of who met or visited whom."""

from __future__ import annotations

import polars as pl

from app.archive import Archive
from app.periods import date_span, events_per_period, period_for
from app.selection_queries import Frame


def actor_profile(archive: Archive, actor_id: str) -> dict[str, object] | None:
    """An actor's row (name, kind, country, titles, aliases) and event count."""
    rows = archive.actors.join(
        archive.actor_counts.select("actor_id", "n"), on="actor_id", how="left"
    )
    rows = rows.filter(pl.col("actor_id") == actor_id)
    return rows.row(0, named=True) if rows.height else None


def actors_ranked(
    events: Frame, archive: Archive, months: pl.LazyFrame | None = None
) -> pl.DataFrame:
    """Actors of the selected events with how many of them each is in, most active first;
    counted from `months` (`actor_months`) when given."""
    if months is not None:
        counts = months.group_by("actor_id").agg(pl.col("n").sum().cast(pl.UInt32))
    else:
        counts = (
            events.lazy()
            .select(pl.col("actor_ids").explode().drop_nulls().alias("actor_id"))
            .group_by("actor_id")
            .len("n")
        )
    return (
        counts.join(archive.actors.lazy().select("actor_id", "name"), on="actor_id", how="left")
        .with_columns(pl.col("name").fill_null(pl.col("actor_id")))
        .sort(["n", "name"], descending=[True, False])
        .collect()
    )


def actor_events(events: Frame, actor_id: str) -> pl.LazyFrame:
    """The selected events an actor takes part in."""
    return events.lazy().filter(pl.col("actor_ids").list.contains(actor_id))


def actor_activity(
    events: Frame, actor_id: str, months: pl.LazyFrame | None = None
) -> pl.DataFrame:
    """An actor's selected events per period and type (`events_per_period` of `actor_events`,
    the period fitting their span); from `months` (`actor_months`) when given and the period
    is a month."""
    if months is not None:
        own = months.filter((pl.col("actor_id") == actor_id) & pl.col("month").is_not_null())
        span = own.select(pl.col("first_day").min(), pl.col("last_day").max()).collect()
        every = period_for(span["first_day"][0], span["last_day"][0])
        if every == "1mo":
            return (
                own.group_by(pl.col("month").alias("period"), "event_type")
                .agg(pl.col("n").sum().cast(pl.UInt32))
                .sort("period", "event_type")
                .collect()
            )
        return events_per_period(actor_events(events, actor_id), every)
    own_events = actor_events(events, actor_id)
    return events_per_period(own_events, period_for(*date_span(own_events)))


def network(
    archive: Archive,
    events: Frame,
    types: tuple[str, ...] = ("meeting", "visit"),
    max_edges: int = 120,
    shared: pl.LazyFrame | None = None,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Who met or visited whom: (nodes: actor_id, name, n) and (edges: source, target, n).

    Each pair of actors of one event is an edge; only the strongest `max_edges` are kept, so
    the picture stays readable on a large archive. `shared` (`shared_events`), when given,
    counts the pairs instead of joining the selection's actors to each other.
    """
    if shared is not None:
        counted_pairs = (
            shared.filter(pl.col("event_type").is_in(list(types)))
            .group_by("source", "target")
            .agg(pl.col("n").sum().cast(pl.UInt32))
        )
    else:
        ties = (
            events.lazy()
            .filter(pl.col("event_type").is_in(list(types)))
            .select("event_id", "actor_ids")
        )
        pairs = ties.explode("actor_ids").rename({"actor_ids": "source"})
        counted_pairs = (
            pairs.join(pairs.rename({"source": "target"}), on="event_id")
            .filter(pl.col("source") < pl.col("target"))
            .group_by("source", "target")
            .len("n")
        )
    edges = (
        counted_pairs.sort(["n", "source", "target"], descending=[True, False, False])
        .head(max_edges)
        .collect()
    )
    ends = pl.concat(
        [edges.select(actor_id="source", n="n"), edges.select(actor_id="target", n="n")]
    )
    nodes = (
        ends.group_by("actor_id")
        .agg(pl.col("n").sum())
        .join(archive.actors.select("actor_id", "name"), on="actor_id", how="left")
        .with_columns(pl.col("name").fill_null(pl.col("actor_id")))
        .sort(["n", "actor_id"], descending=[True, False])
    )
    return nodes, edges
