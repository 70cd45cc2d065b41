"""What the downloads hold, on the sample archive and a synthetic one."""

from datetime import date

import polars as pl
import pytest

from app import download_queries, selection_queries
from app.archive import load_archive
from app.filters import FilterState


@pytest.fixture(scope="module")
def sample(sample_dir):
    return load_archive(sample_dir)


@pytest.fixture(scope="module")
def synthetic(synthetic_dir):
    return load_archive(synthetic_dir)


def test_downloads_hold_only_the_selected_events(synthetic):
    events = selection_queries.select_events(
        synthetic, FilterState(actors=("ari-wibowo",))
    ).collect()
    tables = {
        t: f.collect() for t, f in download_queries.filtered_tables(synthetic, events).items()
    }
    assert tables["events"].height == events.height
    assert set(tables["mentions"]["event_id"]) <= set(events["event_id"])
    assert "ari-wibowo" in tables["actors"]["actor_id"].to_list()
    assert download_queries.table_counts(synthetic, events) == {
        t: f.height for t, f in tables.items()
    }


def test_the_view_is_one_flat_table_of_what_a_reader_needs(sample):
    state = FilterState(actors=("vladimir-putin",), types=("meeting",))
    table = download_queries.view_table(sample, selection_queries.select_events(sample, state))
    assert table.schema == download_queries.VIEW_SCHEMA
    assert table["event_id"].is_unique().all()
    putin_li = table.filter(pl.col("date_start") == date(2023, 4, 16)).row(0, named=True)
    assert set(putin_li["actors"]) == {"Vladimir Putin", "Li Shangfu"}
    assert putin_li["precision"] == "day" and putin_li["modality"] == "asserted"
    assert set(putin_li["outlets"]) == {"MISTAR.ID", "Bisnis.com"}
    assert "Putin" in putin_li["first_sentence"]
