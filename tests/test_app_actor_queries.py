"""The Actors page's network, on a synthetic archive."""

import pytest

from app import actor_queries, selection_queries
from app.archive import load_archive
from app.filters import FilterState


@pytest.fixture(scope="module")
def synthetic(synthetic_dir):
    return load_archive(synthetic_dir)


def test_the_network_counts_each_pair_once(synthetic):
    events = selection_queries.select_events(synthetic, FilterState(types=("meeting",)))
    nodes, edges = actor_queries.network(synthetic, events, max_edges=1000)
    assert (edges["source"] < edges["target"]).all()
    assert edges.select("source", "target").is_unique().all()
    assert set(edges["source"]) | set(edges["target"]) == set(nodes["actor_id"])
