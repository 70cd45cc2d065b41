"""The questions the pages ask, on the sample archive and a synthetic one."""

from datetime import date

import polars as pl
import pytest

from app import queries
from app.archive import fingerprint, load_archive
from app.filters import FilterState
from bench.synthetic import synthetic_tables
from etl.tables import write_tables


@pytest.fixture(scope="module")
def sample(sample_dir):
    return load_archive(sample_dir)


@pytest.fixture(scope="module")
def synthetic(synthetic_dir):
    return load_archive(synthetic_dir)


def test_the_sample_holds_the_putin_li_meeting_on_16_april_2023(sample):
    state = FilterState(actors=("vladimir-putin", "li-shangfu"), types=("meeting",))
    events = queries.select_events(sample, state).collect()
    assert date(2023, 4, 16) in events["date_from"].to_list()
    assert all("vladimir-putin" in a or "li-shangfu" in a for a in events["actor_ids"].to_list())


def test_selected_actors_are_the_lanes_else_the_most_active(synthetic):
    everything = queries.select_events(synthetic, FilterState())
    chosen = FilterState(actors=("budi-santoso", "ari-wibowo"))
    assert queries.lanes(everything, chosen) == ["budi-santoso", "ari-wibowo"]
    most_active = queries.lanes(everything, FilterState(), limit=3)
    assert most_active == synthetic.actor_counts["actor_id"].head(3).to_list()


@pytest.mark.parametrize(
    ("granularity", "start", "end", "shape"),
    [
        ("day", date(2023, 4, 16), date(2023, 4, 16), "point"),
        ("day", date(2023, 4, 16), date(2023, 4, 19), "range"),
        ("week", date(2023, 4, 10), date(2023, 4, 16), "span"),
        ("month", date(2023, 3, 1), date(2023, 3, 31), "span"),
        ("year", date(2023, 1, 1), date(2023, 12, 31), "span"),
    ],
)
def test_a_date_known_only_to_the_week_or_month_is_a_span_not_a_point(
    granularity, start, end, shape
):
    events = pl.DataFrame(
        {
            "event_id": ["e1"],
            "event_type": ["meeting"],
            "date_from": [start],
            "date_to": [end],
            "granularity": [granularity],
            "summary": ["Putin bertemu Li"],
            "actor_ids": [["vladimir-putin"]],
            "date_text": ["bulan lalu"],
            "outlets": [["MISTAR.ID"]],
        }
    )
    marks = queries.timeline_marks(events, ["vladimir-putin"])
    assert marks["shape"].to_list() == [shape]
    assert marks["days"].to_list() == [(end - start).days + 1]


def test_undated_events_are_counted_not_placed(synthetic):
    everything = queries.select_events(synthetic, FilterState()).collect()
    marks = queries.timeline_marks(everything, queries.lanes(everything, FilterState()))
    assert marks["date_from"].null_count() == 0
    assert queries.undated_count(everything) == everything["date_from"].null_count() > 0


def test_the_network_counts_each_pair_once(synthetic):
    events = queries.select_events(synthetic, FilterState(types=("meeting",)))
    nodes, edges = queries.network(synthetic, events, max_edges=1000)
    assert (edges["source"] < edges["target"]).all()
    assert edges.select("source", "target").is_unique().all()
    assert set(edges["source"]) | set(edges["target"]) == set(nodes["actor_id"])


def test_statements_have_a_speaker_and_are_searchable(sample):
    everything = queries.select_events(sample, FilterState())
    quotes = queries.statements(sample, everything)
    assert quotes.height > 0
    assert quotes["speaker"].null_count() == 0
    word = quotes["quote"][0].split()[1]
    found = queries.statements(sample, everything, word.upper())
    assert 0 < found.height <= quotes.height


def test_downloads_hold_only_the_selected_events(synthetic):
    events = queries.select_events(synthetic, FilterState(actors=("ari-wibowo",))).collect()
    tables = {t: f.collect() for t, f in queries.filtered_tables(synthetic, events).items()}
    assert tables["events"].height == events.height
    assert set(tables["mentions"]["event_id"]) <= set(events["event_id"])
    assert "ari-wibowo" in tables["actors"]["actor_id"].to_list()
    assert queries.table_counts(synthetic, events) == {t: f.height for t, f in tables.items()}


def test_the_fingerprint_follows_a_rebuild(tmp_path):
    write_tables(synthetic_tables(50, seed=1), tmp_path / "processed")
    before = fingerprint(tmp_path / "processed")
    write_tables(synthetic_tables(60, seed=2), tmp_path / "processed")
    assert fingerprint(tmp_path / "processed") != before
    assert load_archive(tmp_path / "processed").n_events == 60


def test_an_actor_whose_events_are_all_undated_gets_no_lane():
    events = pl.DataFrame(
        {
            "event_id": ["dated", "undated"],
            "date_from": [date(2023, 4, 16), None],
            "actor_ids": [["vladimir-putin"], ["li-shangfu"]],
        }
    )
    chosen = FilterState(actors=("li-shangfu", "vladimir-putin"))
    assert queries.lanes(events, chosen) == ["vladimir-putin"]
    assert queries.lanes(events, FilterState()) == ["vladimir-putin"]


def test_the_view_is_one_flat_table_of_what_a_reader_needs(sample):
    state = FilterState(actors=("vladimir-putin",), types=("meeting",))
    table = queries.view_table(sample, queries.select_events(sample, state))
    assert table.schema == queries.VIEW_SCHEMA
    assert table["event_id"].is_unique().all()
    putin_li = table.filter(pl.col("date_start") == date(2023, 4, 16)).row(0, named=True)
    assert set(putin_li["actors"]) == {"Vladimir Putin", "Li Shangfu"}
    assert putin_li["precision"] == "day" and putin_li["modality"] == "asserted"
    assert set(putin_li["outlets"]) == {"MISTAR.ID", "Bisnis.com"}
    assert "Putin" in putin_li["first_sentence"]
