"""The archive the app scans: the same answers whichever way a set is stored, and from lazy
plans as from frames read whole.

Three layouts of one synthetic set — one file per table with the ETL's summaries, an older set
without them (the app computes them), and the growing tables as hive parts — and, for a table
of filters, every question the pages ask, asked of the lazy selection and of it collected.
"""

from datetime import date
from pathlib import Path

import polars as pl
import pytest

from app import (
    actor_queries,
    article_queries,
    download_queries,
    event_queries,
    figures,
    map_queries,
    overview_queries,
    periods,
    selection_queries,
    statement_queries,
    timeline_queries,
)
from app.archive import Archive, fingerprint, load_archive, scan_table
from app.filters import FilterState
from bench.synthetic import synthetic_tables, write_synthetic
from etl.publish import current_version
from etl.summaries import ACTIVITY, NAMES
from etl.tables import write_tables

STATES = [
    FilterState(),
    FilterState(actors=("ari-wibowo", "budi-santoso"), types=("meeting",)),
    FilterState(date_from=date(2021, 3, 1), date_to=date(2021, 6, 30), modalities=("planned",)),
    FilterState(outlets=("Tempo",), text="jakarta"),
    FilterState(actors=("no-such-actor",)),
]
PARTED = ("events", "event_actors", "mentions")
HIVE_KEY = "block"


def _as_parts(folder: Path, name: str) -> None:
    """Replace `name.parquet` by hive parts `name/block=<n>/…`, as a large archive is stored."""
    table = pl.read_parquet(folder / f"{name}.parquet")
    (folder / f"{name}.parquet").unlink()
    blocks = table.with_columns(pl.int_range(pl.len()).floordiv(1000).alias(HIVE_KEY))
    for (block,), part in blocks.group_by(HIVE_KEY, maintain_order=True):
        (folder / name / f"{HIVE_KEY}={block}").mkdir(parents=True)
        part.drop(HIVE_KEY).write_parquet(folder / name / f"{HIVE_KEY}={block}" / "part-0.parquet")


@pytest.fixture(scope="module")
def layouts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Archive]:
    root = tmp_path_factory.mktemp("layouts")
    parted = write_synthetic(3000, root / "parted")
    for name in PARTED:
        _as_parts(current_version(parted), name)
    return {
        "summaries": load_archive(write_synthetic(3000, root / "summaries")),
        "older set": load_archive(write_tables(synthetic_tables(3000), root / "older")),
        "hive parts": load_archive(parted),
    }


def _unordered(frame: pl.DataFrame) -> list[str]:
    """The rows in any order, without the hive key a set of parts adds as a column."""
    return sorted(map(str, frame.drop(HIVE_KEY, strict=False).rows()))


def answers(archive: Archive, events: pl.DataFrame | pl.LazyFrame, state: FilterState) -> dict:
    """What each page shows of `events`, in a form two archives can be compared by."""
    lanes = timeline_queries.lanes(events, state)
    first = overview_queries.latest_events(archive, events, n=1)["event_id"].to_list()
    listed = article_queries.articles_for(archive, events)
    details = event_queries.event_details(archive, first[0]) if first else None
    article = listed["article_id"][0] if listed.height else None
    return {
        "headline": overview_queries.headline(archive, events),
        "types": overview_queries.type_counts(events),
        "per_month": periods.events_per_period(events, "1mo").rows(),
        "latest": overview_queries.latest_events(archive, events).rows(),
        "lanes": lanes,
        "marks": _unordered(timeline_queries.timeline_marks(events, lanes)),
        "undated": periods.undated_count(events),
        "ranked": actor_queries.actors_ranked(events, archive).rows(),
        "network": [t.rows() for t in actor_queries.network(archive, events)],
        "statements": statement_queries.statements(archive, events, "penting").rows(),
        "map": map_queries.map_points(events).rows(),
        "articles": listed.rows(),
        "view": download_queries.view_table(archive, events).rows(),
        "counts": download_queries.table_counts(archive, events),
        "tables": {
            name: _unordered(table.collect())
            for name, table in download_queries.filtered_tables(archive, events).items()
        },
        "details": details
        and (
            details.event,
            details.actors.rows(),
            details.reports.drop(HIVE_KEY, strict=False).rows(),
        ),
        "article": article and article_queries.article_events(archive, article).rows(),
    }


@pytest.mark.parametrize("state", STATES, ids=str)
def test_a_lazy_selection_answers_as_the_selection_read_whole(layouts, state):
    archive = layouts["summaries"]
    lazy = selection_queries.select_events(archive, state)
    assert isinstance(lazy, pl.LazyFrame)
    assert answers(archive, lazy, state) == answers(archive, lazy.collect(), state)


@pytest.mark.parametrize("layout", ["older set", "hive parts"])
@pytest.mark.parametrize("state", STATES, ids=str)
def test_every_layout_gives_the_same_answers(layouts, layout, state):
    expected = answers(layouts["summaries"], select(layouts["summaries"], state), state)
    assert answers(layouts[layout], select(layouts[layout], state), state) == expected


def select(archive: Archive, state: FilterState) -> pl.LazyFrame:
    return selection_queries.select_events(archive, state)


def test_the_archive_scans_the_growing_tables_and_reads_the_small_ones(layouts):
    archive = layouts["hive parts"]
    for name in ("articles", "events", "event_actors", "mentions", "index"):
        assert isinstance(getattr(archive, name), pl.LazyFrame)
    assert isinstance(archive.actors, pl.DataFrame)
    assert archive.n_events == 3000 == archive.type_counts["n"].sum()
    assert archive.actor_counts.height == archive.actors.height


def test_a_held_selection_is_the_same_rows_in_memory(layouts):
    events = select(layouts["summaries"], STATES[1])
    held = selection_queries.held(events, limit=10_000)
    assert held.collect().rows() == events.collect().drop("haystack").rows()
    assert selection_queries.held(events, limit=1) is events


def test_a_table_lacking_a_contract_column_is_refused_by_name(tmp_path):
    pl.DataFrame({"event_id": ["e"]}).write_parquet(tmp_path / "events.parquet")
    with pytest.raises(ValueError, match="lacks columns"):
        scan_table(tmp_path, "events")


def test_an_absent_table_scans_as_empty(tmp_path):
    assert scan_table(tmp_path, "mentions").collect().is_empty()
    assert scan_table(None, "mentions").collect_schema().names()[0] == "event_id"


def test_the_summaries_are_written_where_the_app_looks(layouts, tmp_path):
    out = write_synthetic(50, tmp_path / "processed")
    assert all((current_version(out) / f"{name}.parquet").is_file() for name in NAMES)


@pytest.mark.parametrize("state", STATES, ids=str)
def test_the_data_page_counts_the_rows_it_would_download(layouts, state):
    archive = layouts["summaries"]
    events = select(archive, state)
    tables = download_queries.filtered_tables(archive, events)
    assert download_queries.table_counts(archive, events) == {
        t: count(f) for t, f in tables.items()
    }


def count(frame: pl.LazyFrame) -> int:
    return frame.collect().height


def test_an_index_written_before_its_columns_were_is_computed_again(tmp_path):
    out = write_synthetic(200, tmp_path / "processed")
    index = current_version(out) / "event_index.parquet"
    pl.read_parquet(index).drop("article_ids").write_parquet(index)
    archive = load_archive(out)
    assert "article_ids" in archive.index.collect_schema().names()
    assert overview_queries.headline(archive, archive.index).n_events == 200


TYPES_ONLY = [
    FilterState(),
    FilterState(types=("meeting",)),
    FilterState(types=("visit", "statement")),
]


def activity(archive: Archive, state: FilterState, summarised: bool) -> dict:
    """What the Timeline and Actors pages show of the selection, counted from the activity
    summaries or scanned from the selection."""
    months = selection_queries.actor_months(archive, state) if summarised else None
    shared = selection_queries.shared_events(archive, state) if summarised else None
    events = select(archive, state)
    lanes = timeline_queries.lanes(events, state, months=months)
    ranked = actor_queries.actors_ranked(events, archive, months)
    marks = timeline_queries.mark_plan(events, lanes)
    per_month = None if months is None else timeline_queries.lane_months(months, lanes)
    names = archive.actor_names()
    return {
        "lanes": lanes,
        "ranked": ranked.rows(),
        "activity": [
            actor_queries.actor_activity(events, who, months).rows()
            for who in ranked["actor_id"][:5]
        ],
        "network": [t.rows() for t in actor_queries.network(archive, events, shared=shared)],
        "density": figures.timeline_density(marks, lanes, names, per_month).to_plotly_json(),
    }


@pytest.mark.parametrize("state", TYPES_ONLY, ids=str)
def test_the_activity_summaries_answer_as_the_scan_of_the_selection(layouts, sample_dir, state):
    for archive in (layouts["summaries"], load_archive(sample_dir)):
        assert selection_queries.actor_months(archive, state) is not None
        assert activity(archive, state, summarised=True) == activity(archive, state, False)


@pytest.mark.parametrize("state", STATES[1:], ids=str)
def test_filters_beyond_types_are_answered_by_scanning(layouts, state):
    archive = layouts["summaries"]
    assert selection_queries.actor_months(archive, state) is None
    assert selection_queries.shared_events(archive, state) is None


def test_a_set_written_before_the_activity_summaries_opens_and_scans(tmp_path):
    out = write_synthetic(300, tmp_path / "processed")
    for name in ACTIVITY:
        (current_version(out) / f"{name}.parquet").unlink()
    archive = load_archive(out)
    assert archive.actor_month is None and archive.actor_pairs is None
    assert selection_queries.actor_months(archive, FilterState()) is None
    assert activity(archive, FilterState(), summarised=True) == activity(
        load_archive(write_synthetic(300, tmp_path / "new")), FilterState(), summarised=True
    )


@pytest.mark.parametrize("layout", ["summaries", "older set"])
@pytest.mark.parametrize("n_ids", [0, 1, 3, 40])
def test_index_rows_are_the_rows_of_those_events_however_many(layouts, layout, n_ids):
    archive = layouts[layout]
    ids = archive.index.select("event_id").collect()["event_id"].gather_every(71)[:n_ids]
    expected = archive.index.filter(pl.col("event_id").is_in(ids.implode())).collect()
    found = event_queries.index_rows(archive, pl.concat([ids, pl.Series(["no-such-event"])]))
    assert found.height == n_ids
    assert found.sort("event_id").rows() == expected.sort("event_id").rows()


def test_the_fingerprint_follows_a_rebuild(tmp_path):
    write_tables(synthetic_tables(50, seed=1), tmp_path / "processed")
    before = fingerprint(tmp_path / "processed")
    write_tables(synthetic_tables(60, seed=2), tmp_path / "processed")
    assert fingerprint(tmp_path / "processed") != before
    assert load_archive(tmp_path / "processed").n_events == 60
