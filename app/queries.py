"""Every question the pages ask of the archive, as polars functions from frames to frames.

`select_events` applies the filter state once, as a lazy frame over `Archive.index`; the other
functions take it (or any frame of index rows, lazy or not) and the archive for the tables it
joins to, and collect only what a page shows: counts, aggregates, or a limited number of rows.
Nothing here imports Streamlit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import polars as pl

from app.archive import Archive
from app.filters import FilterState, Vocabulary
from app.text import safe_url_expr
from app.vocabulary import known_types
from etl.summaries import totals
from etl.tables import MODALITIES

MAX_LANES = 12
DAY_MS = 86_400_000
MAX_POINTS = 60_000
"""No figure sends more points than this to the browser."""

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
    files again; a larger selection stays a plan over the files."""
    if count(events) > limit:
        return events
    return events.drop("haystack", strict=False).collect().lazy()


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


def _type_counts(events: Frame) -> pl.LazyFrame:
    counts = events.lazy().group_by("event_type").len("n")
    return counts.sort(["n", "event_type"], descending=[True, False])


def type_counts(events: Frame) -> dict[str, int]:
    """Number of events of each type, most frequent first."""
    counts = _type_counts(events).collect()
    return dict(zip(counts["event_type"], counts["n"], strict=True))


@dataclass(frozen=True, slots=True)
class Headline:
    """The Overview's figures for the selected events."""

    n_events: int
    by_type: dict[str, int]
    n_actors: int
    n_articles: int
    n_outlets: int
    first_day: date | None
    last_day: date | None


def headline(archive: Archive, events: Frame) -> Headline:
    """Counts of events, actors, reporting articles and outlets, and the dates they span; read
    from the index rows alone (each lists its reporting articles and their outlets), or from
    the archive's totals when the selection is the whole index."""
    if events is archive.index:
        by_type = archive.type_counts
        stats = archive.totals
    else:
        stats, by_type = pl.collect_all([totals(events.lazy()), _type_counts(events)])
    return Headline(
        **stats.row(0, named=True),
        by_type=dict(zip(by_type["event_type"], by_type["n"], strict=True)),
    )


def period_for(first: date | None, last: date | None) -> str:
    """A bucket size that keeps a time axis to about a hundred bars."""
    if first is None or last is None:
        return "1w"
    days = (last - first).days
    if days <= 120:
        return "1d"
    if days <= 3 * 365:
        return "1w"
    return "1mo"


def events_per_period(events: Frame, every: str) -> pl.DataFrame:
    """Events per period and type, for the compact timelines; undated events are left out."""
    return (
        events.lazy()
        .filter(pl.col("date_from").is_not_null())
        .group_by(pl.col("date_from").dt.truncate(every).alias("period"), "event_type")
        .len("n")
        .sort("period", "event_type")
        .collect()
    )


def date_span(events: Frame) -> tuple[date | None, date | None]:
    """The first and last day of the events' spans."""
    span = events.lazy().select(pl.col("date_from").min(), pl.col("date_to").max()).collect()
    return span["date_from"][0], span["date_to"][0]


def with_actor_names(archive: Archive, events: pl.DataFrame) -> pl.DataFrame:
    """Adds `actors`, the names of each event's actors joined with commas."""
    names = (
        events.select("event_id", "actor_ids")
        .explode("actor_ids")
        .join(
            archive.actors.select("actor_id", "name"),
            left_on="actor_ids",
            right_on="actor_id",
            how="left",
        )
        .group_by("event_id", maintain_order=True)
        .agg(pl.col("name").drop_nulls().str.join(", ").alias("actors"))
    )
    return events.join(names, on="event_id", how="left", maintain_order="left")


def latest_events(archive: Archive, events: Frame, n: int = 10) -> pl.DataFrame:
    """The most recent dated events, as rows to list."""
    dated = events.lazy().filter(pl.col("date_from").is_not_null())
    cut = dated.select(pl.col("date_from").top_k(n).min()).collect().item()
    dated = dated.clear() if cut is None else dated.filter(pl.col("date_from") >= cut)
    latest = (
        dated.top_k(n, by=["date_from", "event_id"])
        .sort(["date_from", "event_id"], descending=True)
        .collect()
    )
    return with_actor_names(archive, latest).select(
        date_label().alias("date"),
        "event_type",
        "summary",
        "actors",
        pl.col("outlets").list.join(", ").alias("outlets"),
        "event_id",
    )


def date_label() -> pl.Expr:
    """An event's date at the precision it is known: "16 Apr 2023", "Apr 2023", "2023"."""
    start, end = pl.col("date_from"), pl.col("date_to")
    day = start.dt.strftime("%-d %b %Y")
    return (
        pl.when(start.is_null())
        .then(pl.lit("date unknown"))
        .when(pl.col("granularity") == "year")
        .then(start.dt.strftime("%Y"))
        .when(pl.col("granularity") == "quarter")
        .then(
            pl.concat_str(pl.lit("Q"), start.dt.quarter().cast(pl.String), start.dt.strftime(" %Y"))
        )
        .when(pl.col("granularity") == "month")
        .then(start.dt.strftime("%b %Y"))
        .when(pl.col("granularity") == "week")
        .then(pl.concat_str(pl.lit("week of "), day))
        .when(start == end)
        .then(day)
        .otherwise(pl.concat_str(day, pl.lit(" – "), end.dt.strftime("%-d %b %Y")))
    )


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


def undated_count(events: Frame) -> int:
    """Events whose date could not be resolved: kept, but not placed on a time axis."""
    return count(events.lazy().filter(pl.col("date_from").is_null()))


@dataclass(frozen=True, slots=True)
class EventDetails:
    """Everything the app knows about one event, for the details panel."""

    event: dict[str, object]
    actors: pl.DataFrame
    reports: pl.DataFrame


def event_details(archive: Archive, event_id: str) -> EventDetails | None:
    """The event, its actors with roles, and every sentence that reports it with its article."""
    one = pl.col("event_id") == event_id
    rows, actors, reports = pl.collect_all(
        [
            index_rows(archive, pl.Series([event_id]))
            .lazy()
            .with_columns(date_label().alias("date_label"))
            .head(1),
            archive.event_actors.filter(one)
            .join(archive.actors.lazy(), on="actor_id", how="left", maintain_order="left")
            .select("actor_id", pl.col("name").fill_null(pl.col("actor_id")), "role", "aliases"),
            archive.mentions.filter(one)
            .join(
                archive.articles.select("article_id", "title", "url", "outlet", "published"),
                on="article_id",
                how="left",
            )
            .sort("published", "article_id", "char_start", nulls_last=True),
        ]
    )
    if rows.is_empty():
        return None
    return EventDetails(rows.row(0, named=True), actors, reports)


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


def statements(archive: Archive, events: Frame, search: str = "", limit: int = 500) -> pl.DataFrame:
    """Quotes of the selected statement events: speaker, date, outlet, quote and sentence.

    Without a search, the first `limit` quotes come from the `limit` latest statements (every
    event is reported by at least one sentence), so only their reports are read; the articles'
    outlets and addresses, and the dates in words, are made for the quotes shown only.
    """
    said = (
        events.lazy()
        .filter(pl.col("event_type") == "statement")
        .select("event_id", "date_from", "date_to", "granularity")
    )
    if search:
        about = said.select("event_id")
        reports = archive.mentions.join(about, on="event_id", how="semi")
        roles = archive.event_actors.join(about, on="event_id", how="semi")
    else:
        latest = said.sort(["date_from", "event_id"], descending=[True, False], nulls_last=True)
        said = latest.head(limit).collect().lazy()
        listed = pl.col("event_id").is_in(said.collect()["event_id"].implode())
        reports, roles = archive.mentions.filter(listed), archive.event_actors.filter(listed)
    speakers = (
        roles.sort(pl.col("role") != "speaker", maintain_order=True)
        .group_by("event_id")
        .agg(pl.col("actor_id").first())
        .join(archive.actors.lazy().select("actor_id", "name"), on="actor_id", how="left")
        .select("event_id", pl.col("name").fill_null(pl.col("actor_id")).alias("speaker"))
    )
    quotes = (
        reports.join(said, on="event_id", how="inner")
        .join(speakers, on="event_id", how="left")
        .with_columns(pl.coalesce("quote", "sentence").alias("quote"))
    )
    if search:
        needle = search.lower()
        quotes = quotes.filter(
            pl.concat_str(["quote", "sentence", "speaker"], separator=" ", ignore_nulls=True)
            .str.to_lowercase()
            .str.contains(needle, literal=True)
        )
    shown = (
        quotes.sort(
            ["date_from", "event_id", "article_id", "char_start"],
            descending=[True, False, False, False],
            nulls_last=True,
        )
        .head(limit)
        .collect()
    )
    sources = (
        archive.articles.filter(pl.col("article_id").is_in(shown["article_id"].implode()))
        .select("article_id", "outlet", safe_url_expr(pl.col("url")).alias("url"))
        .collect()
    )
    return (
        shown.join(sources, on="article_id", how="left", maintain_order="left")
        .with_columns(date_label().alias("date"))
        .select("speaker", "date", "outlet", "quote", "sentence", "url", "event_id")
    )


def map_points(events: Frame, limit: int = MAX_POINTS) -> pl.DataFrame:
    """Events per place and type, at the place's coordinates, the `limit` busiest; events
    without a place are left out."""
    return (
        events.lazy()
        .filter(pl.col("lat").is_not_null() & pl.col("lon").is_not_null())
        .group_by("location", "lat", "lon", "event_type")
        .len("n")
        .with_columns(pl.col("location").fill_null("unnamed place"))
        .sort("n", "location", "event_type", descending=[True, False, False])
        .head(limit)
        .collect()
    )


def articles_for(archive: Archive, events: Frame, limit: int = 300) -> pl.DataFrame:
    """Articles that report the selected events, most recent first, with how many of them each
    reports (the index lists each event's articles, so `mentions` is not read; for the whole
    index, the latest articles are looked up in `mentions` instead of every article counted)."""
    if events is archive.index:
        return _latest_reporting(archive, limit)
    counts = (
        events.lazy()
        .select(pl.col("article_ids").explode().drop_nulls().alias("article_id"))
        .group_by("article_id")
        .len("n_events")
        .collect()
    )
    return (
        archive.articles.select("article_id", "title", "outlet", "published")
        .filter(pl.col("article_id").is_in(counts["article_id"].implode()))
        .sort(["published", "article_id"], descending=[True, False], nulls_last=True)
        .head(limit)
        .collect()
        .join(counts, on="article_id", how="left", maintain_order="left")
    )


def _latest_reporting(archive: Archive, limit: int) -> pl.DataFrame:
    """`articles_for` the whole archive: the latest articles, twice as many as asked and more
    while too few of them report an event, with their events counted in `mentions`."""
    listed = archive.articles.select("article_id", "title", "outlet", "published")
    order = {"descending": [True, False], "nulls_last": True}
    wanted = 2 * limit
    while True:
        latest = listed.sort(["published", "article_id"], **order).head(wanted).collect()
        counts = (
            archive.mentions.filter(pl.col("article_id").is_in(latest["article_id"].implode()))
            .group_by("article_id")
            .agg(pl.col("event_id").n_unique().cast(pl.UInt32).alias("n_events"))
            .collect()
        )
        if counts.height >= limit or latest.height < wanted:
            return latest.join(counts, on="article_id", how="inner", maintain_order="left").head(
                limit
            )
        wanted *= 4


def article(archive: Archive, article_id: str) -> dict[str, object] | None:
    """One article's row."""
    rows = archive.articles.filter(pl.col("article_id") == article_id).head(1).collect()
    return rows.row(0, named=True) if rows.height else None


def index_rows(archive: Archive, event_ids: pl.Series) -> pl.DataFrame:
    """The index rows of a few events: their positions found in the `event_id` column alone,
    then each row read by its position, so that the other columns (lists, the search text) are
    read for those rows only and not for every row group their dates span."""
    found = (
        archive.index.select("event_id")
        .with_row_index("row")
        .filter(pl.col("event_id").is_in(event_ids.implode()))
        .collect()
    )
    if found.height > MAX_ROWS_BY_POSITION:
        return archive.index.filter(pl.col("event_id").is_in(event_ids.implode())).collect()
    if found.is_empty():
        return archive.index.clear().collect()
    return pl.concat([archive.index.slice(row, 1) for row in found["row"]]).collect()


MAX_ROWS_BY_POSITION = 16
"""Each row read by position reads its row group's pages: past this many, one filtered scan."""


def article_events(archive: Archive, article_id: str) -> pl.DataFrame:
    """The events an article produced, with the sentence and trigger of each report."""
    reports = archive.mentions.filter(pl.col("article_id") == article_id).collect()
    events = index_rows(archive, reports["event_id"].unique())
    return (
        reports.join(with_actor_names(archive, events), on="event_id", how="inner")
        .with_columns(date_label().alias("date"))
        .sort("char_start", "event_id")
        .select(
            "event_id",
            "event_type",
            "date",
            "actors",
            "summary",
            "trigger",
            "date_text",
            "char_start",
            "char_end",
            "sentence",
        )
    )


def article_event_list(produced: pl.DataFrame) -> pl.DataFrame:
    """One row per event an article produced (from `article_events`, one row per report), with
    how many of the article's sentences report it: the list under the article."""
    return (
        produced.group_by("event_id", maintain_order=True)
        .agg(
            pl.col("event_type", "date", "actors", "summary").first(),
            pl.len().alias("reports"),
            pl.col("trigger").unique(maintain_order=True).str.join("; ").alias("triggers"),
            pl.col("sentence").first(),
        )
        .select("event_id", "event_type", "date", "actors", "summary", "triggers", "reports",
                "sentence")
    )  # fmt: skip


VIEW_SCHEMA = pl.Schema(
    {
        "event_id": pl.String,
        "date_start": pl.Date,
        "date_end": pl.Date,
        "precision": pl.String,
        "event_type": pl.String,
        "modality": pl.String,
        "actors": pl.List(pl.String),
        "place": pl.String,
        "country": pl.String,
        "outlets": pl.List(pl.String),
        "source_urls": pl.List(pl.String),
        "first_sentence": pl.String,
    }
)
"""The one flat table of a view that every export writes, whatever the format."""


def view_table(archive: Archive, events: Frame) -> pl.DataFrame:
    """The selected events as one flat table: dates with their precision, actor names, place,
    outlets, the articles' addresses and the first sentence that reports each event."""
    events = events.lazy()
    reports = (
        of_events(archive, archive.mentions, events)
        .join(archive.articles.select("article_id", "url", "published"), on="article_id")
        .sort("published", "article_id", "char_start", nulls_last=True)
        .group_by("event_id")
        .agg(
            pl.col("url").drop_nulls().unique(maintain_order=True).alias("source_urls"),
            pl.col("sentence").first().alias("first_sentence"),
        )
    )
    names = (
        events.select("event_id", "actor_ids")
        .explode("actor_ids")
        .join(
            archive.actors.lazy().select("actor_id", "name"),
            left_on="actor_ids",
            right_on="actor_id",
            maintain_order="left",
        )
        .group_by("event_id")
        .agg(pl.col("name").alias("actors"))
    )
    return (
        events.join(names, on="event_id", how="left")
        .join(reports, on="event_id", how="left")
        .sort("date_from", "event_id", nulls_last=True)
        .select(
            "event_id",
            "date_start",
            "date_end",
            pl.col("granularity").alias("precision"),
            "event_type",
            "modality",
            pl.col("actors").fill_null(pl.lit([], pl.List(pl.String))),
            pl.col("location").alias("place"),
            "country",
            "outlets",
            pl.col("source_urls").fill_null(pl.lit([], pl.List(pl.String))),
            "first_sentence",
        )
        .cast(dict(VIEW_SCHEMA))
        .collect()
    )


def table_counts(archive: Archive, events: Frame) -> dict[str, int]:
    """The rows of each table of `filtered_tables`, from the index rows alone (each counts its
    rows in `event_actors` and `mentions` and lists its actors and articles); for the whole
    index, from the tables' own row counts and the archive's totals."""
    if events is archive.index:
        return {
            "events": archive.n_events,
            "event_actors": count(archive.event_actors),
            "actors": archive.actor_counts.filter(pl.col("n") > 0).height,
            "mentions": count(archive.mentions),
            "articles": int(archive.totals["n_articles"][0]),
        }
    totals = (
        events.lazy()
        .select(
            pl.len().alias("events"),
            pl.col("n_event_actors").sum().alias("event_actors"),
            pl.col("actor_ids").explode().drop_nulls().unique().implode().alias("actor_ids"),
            pl.col("n_mentions").sum().alias("mentions"),
            pl.col("article_ids").explode().drop_nulls().n_unique().alias("articles"),
        )
        .collect()
        .row(0, named=True)
    )
    actors = archive.actors.filter(pl.col("actor_id").is_in(totals.pop("actor_ids"))).height
    order = ("events", "event_actors", "actors", "mentions", "articles")
    return {name: int(totals.get(name, actors)) for name in order}


def filtered_tables(archive: Archive, events: Frame) -> dict[str, pl.LazyFrame]:
    """The contract tables restricted to the selected events, for download: plans, collected
    (or counted) only when asked."""
    mentions = of_events(archive, archive.mentions, events)
    event_actors = of_events(archive, archive.event_actors, events)
    return {
        "events": of_events(archive, archive.events, events),
        "event_actors": event_actors,
        "actors": archive.actors.lazy().join(
            event_actors.select("actor_id"), on="actor_id", how="semi"
        ),
        "mentions": mentions,
        "articles": archive.articles.join(
            mentions.select("article_id"), on="article_id", how="semi"
        ),
    }
