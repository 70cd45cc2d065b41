"""The Timeline's questions: its actor lanes and the marks drawn on them, one by one or counted
per period (from the archive's `actor_month` summary when it answers for the view)."""

from __future__ import annotations

import polars as pl

from app.filters import FilterState
from app.labels import date_label
from app.selection_queries import Frame

MAX_LANES = 12


def lanes(
    events: Frame,
    state: FilterState,
    limit: int = MAX_LANES,
    months: pl.LazyFrame | None = None,
) -> list[str]:
    """The timeline's actor lanes: the selected actors, or else the most active ones; only
    actors with a dated event here, so that no lane stays empty. `months` (`actor_months`),
    when given, counts the events instead of the selection's exploded actors."""
    if months is not None:
        counts = (
            months.filter(pl.col("month").is_not_null())
            .group_by(pl.col("actor_id").alias("actor_ids"))
            .agg(pl.col("n").sum().alias("len"))
            .collect()
        )
    else:
        counts = (
            events.lazy()
            .filter(pl.col("date_from").is_not_null())
            .select(pl.col("actor_ids").explode().drop_nulls())
            .group_by("actor_ids")
            .len()
            .collect()
        )
    if state.actors:
        drawn = set(counts["actor_ids"])
        return [actor for actor in state.actors if actor in drawn]
    return (
        counts.sort(["len", "actor_ids"], descending=[True, False])
        .head(limit)["actor_ids"]
        .to_list()
    )


def _columns(events: Frame) -> list[str]:
    return events.lazy().collect_schema().names()


def clock_column(events: Frame) -> pl.Expr:
    """The events' clock time (`HH:MM`, null when the text gave none); tables built before the
    column existed read as all null."""
    if "time_of_day" in _columns(events):
        return pl.col("time_of_day").cast(pl.String)
    return pl.lit(None, pl.String).alias("time_of_day")


def modality_column(events: Frame) -> pl.Expr:
    """The events' modality; frames without the column (hand-made ones) read as asserted."""
    if "modality" in _columns(events):
        return pl.col("modality").fill_null("asserted")
    return pl.lit("asserted").alias("modality")


def timeline_marks(events: Frame, lane_ids: list[str]) -> pl.DataFrame:
    """One row per event and lane actor, with how to draw it (`mark_plan`, collected)."""
    return mark_plan(events, lane_ids).collect()


def mark_plan(events: Frame, lane_ids: list[str]) -> pl.LazyFrame:
    """One row per event and lane actor, with how to draw it, as a plan: the Timeline counts
    it first and collects the rows only when they are few enough to draw one by one.

    `shape` is `point` for a single known day, `range` for a known run of days (a visit), and
    `span` for a date known only to the week, month, quarter or year: drawn as its whole period.
    """
    dated = events.lazy().filter(pl.col("date_from").is_not_null())
    return (
        dated.select(
            "event_id",
            "event_type",
            "date_from",
            "date_to",
            "granularity",
            "summary",
            "actor_ids",
            date_label().alias("date_label"),
            pl.col("date_text").fill_null("—"),
            pl.col("outlets").list.join(", ").alias("outlet_list"),
            clock_column(events),
            modality_column(events),
        )
        .explode("actor_ids")
        .filter(pl.col("actor_ids").is_in(lane_ids))
        .rename({"actor_ids": "lane"})
        .with_columns(
            pl.when(pl.col("granularity").is_in(["day", "unknown"]).not_())
            .then(pl.lit("span"))
            .when(pl.col("date_from") == pl.col("date_to"))
            .then(pl.lit("point"))
            .otherwise(pl.lit("range"))
            .alias("shape"),
            ((pl.col("date_to") - pl.col("date_from")).dt.total_days() + 1).alias("days"),
        )
    )


def marks_per_period(marks: Frame, every: str) -> pl.DataFrame:
    """Marks counted per lane, type and period: what the timeline draws when there are too many."""
    return (
        marks.lazy()
        .group_by("lane", "event_type", pl.col("date_from").dt.truncate(every).alias("period"))
        .len("n")
        .sort("lane", "event_type", "period")
        .collect()
    )


def lane_months(months: pl.LazyFrame, lane_ids: list[str]) -> pl.DataFrame:
    """The dated `actor_months` rows of the lanes, as the Timeline's marks counted per lane,
    type and month (`marks_per_period` at "1mo"), with their first and last day."""
    return (
        months.filter(pl.col("month").is_not_null() & pl.col("actor_id").is_in(lane_ids))
        .select(
            pl.col("actor_id").alias("lane"),
            "event_type",
            pl.col("month").alias("period"),
            pl.col("n").cast(pl.UInt32),
            "first_day",
            "last_day",
        )
        .sort("lane", "event_type", "period")
        .collect()
    )
