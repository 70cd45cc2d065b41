"""The Timeline's lanes and marks, on a synthetic archive and hand-made frames."""

from datetime import date

import polars as pl
import pytest

from app import periods, selection_queries, timeline_queries
from app.archive import load_archive
from app.filters import FilterState


@pytest.fixture(scope="module")
def synthetic(synthetic_dir):
    return load_archive(synthetic_dir)


def test_selected_actors_are_the_lanes_else_the_most_active(synthetic):
    everything = selection_queries.select_events(synthetic, FilterState())
    chosen = FilterState(actors=("budi-santoso", "ari-wibowo"))
    assert timeline_queries.lanes(everything, chosen) == ["budi-santoso", "ari-wibowo"]
    most_active = timeline_queries.lanes(everything, FilterState(), limit=3)
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
    marks = timeline_queries.timeline_marks(events, ["vladimir-putin"])
    assert marks["shape"].to_list() == [shape]
    assert marks["days"].to_list() == [(end - start).days + 1]


def test_undated_events_are_counted_not_placed(synthetic):
    everything = selection_queries.select_events(synthetic, FilterState()).collect()
    marks = timeline_queries.timeline_marks(
        everything, timeline_queries.lanes(everything, FilterState())
    )
    assert marks["date_from"].null_count() == 0
    assert periods.undated_count(everything) == everything["date_from"].null_count() > 0


def test_an_actor_whose_events_are_all_undated_gets_no_lane():
    events = pl.DataFrame(
        {
            "event_id": ["dated", "undated"],
            "date_from": [date(2023, 4, 16), None],
            "actor_ids": [["vladimir-putin"], ["li-shangfu"]],
        }
    )
    chosen = FilterState(actors=("li-shangfu", "vladimir-putin"))
    assert timeline_queries.lanes(events, chosen) == ["vladimir-putin"]
    assert timeline_queries.lanes(events, FilterState()) == ["vladimir-putin"]
