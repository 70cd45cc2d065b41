"""The Statements page's quotes, on the sample archive."""

import pytest

from app import selection_queries, statement_queries
from app.archive import load_archive
from app.filters import FilterState


@pytest.fixture(scope="module")
def sample(sample_dir):
    return load_archive(sample_dir)


def test_statements_have_a_speaker_and_are_searchable(sample):
    everything = selection_queries.select_events(sample, FilterState())
    quotes = statement_queries.statements(sample, everything)
    assert quotes.height > 0
    assert quotes["speaker"].null_count() == 0
    word = quotes["quote"][0].split()[1]
    found = statement_queries.statements(sample, everything, word.upper())
    assert 0 < found.height <= quotes.height
