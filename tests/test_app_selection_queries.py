"""The filtered selection, on the sample archive."""

from datetime import date

import pytest

from app import selection_queries
from app.archive import load_archive
from app.filters import FilterState


@pytest.fixture(scope="module")
def sample(sample_dir):
    return load_archive(sample_dir)


def test_the_sample_holds_the_putin_li_meeting_on_16_april_2023(sample):
    state = FilterState(actors=("vladimir-putin", "li-shangfu"), types=("meeting",))
    events = selection_queries.select_events(sample, state).collect()
    assert date(2023, 4, 16) in events["date_from"].to_list()
    assert all("vladimir-putin" in a or "li-shangfu" in a for a in events["actor_ids"].to_list())
