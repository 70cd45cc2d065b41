"""Exports of a view: the same flat table in CSV, Parquet and JSON, each carrying the view's link,
named after the filters; the network as GraphML."""

import io
import json
from datetime import date
from xml.etree import ElementTree

import polars as pl
import pytest

from app import actor_queries, download_queries, export, selection_queries
from app.archive import load_archive
from app.filters import FilterState

LINK = "http://localhost:8501/data?actor=vladimir-putin&type=meeting"


@pytest.fixture(scope="module")
def view(sample_dir):
    archive = load_archive(sample_dir)
    state = FilterState(actors=("vladimir-putin",), types=("meeting",))
    return archive, download_queries.view_table(
        archive, selection_queries.select_events(archive, state)
    )


def test_every_format_holds_the_same_rows_and_the_link(view):
    _, table = view
    parquet = export.encode(table, "parquet", LINK)
    assert pl.read_parquet_metadata(io.BytesIO(parquet))[export.VIEW_KEY] == LINK
    assert pl.read_parquet(io.BytesIO(parquet)).equals(table)
    envelope = json.loads(export.encode(table, "json", LINK))
    assert envelope["view"] == LINK and envelope["n_events"] == table.height
    assert [e["event_id"] for e in envelope["events"]] == table["event_id"].to_list()
    csv = export.encode(table, "csv", LINK).decode()
    assert csv.splitlines()[0] == f"# view: {LINK}"
    back = pl.read_csv(io.StringIO(csv), comment_prefix="#")
    assert back["event_id"].to_list() == table["event_id"].to_list()
    assert back["actors"][0] == "; ".join(table["actors"][0])


@pytest.mark.parametrize(
    ("state", "page", "name"),
    [
        (FilterState(), "", "linimasa-events-overview-all.csv"),
        (
            FilterState(actors=("vladimir-putin",), types=("meeting",), date_from=date(2023, 4, 1)),
            "data",
            "linimasa-events-data-vladimir-putin-meeting-2023-04-01.csv",
        ),
        (FilterState(text="<script> & ü"), "data", "linimasa-events-data-script.csv"),
        (FilterState(actors=tuple(f"actor-{i}" for i in 100 * "x")), "data", None),
    ],
)
def test_the_file_name_is_a_slug_of_the_filters(state, page, name):
    made = export.file_name(state, page, "csv")
    if name:
        assert made == name
    assert len(made) <= len("linimasa-events-.csv") + export.MAX_SLUG
    assert made.replace("-", "").replace(".", "").isalnum()


def test_the_network_is_graphml_with_names_weights_and_the_link(view):
    archive, _ = view
    nodes, edges = actor_queries.network(archive, archive.index)
    root = ElementTree.fromstring(export.network_graphml(nodes, edges, LINK))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    graph = root.find("g:graph", ns)
    assert graph.find("g:data[@key='view']", ns).text == LINK
    assert len(graph.findall("g:node", ns)) == nodes.height
    weights = [int(e.find("g:data", ns).text) for e in graph.findall("g:edge", ns)]
    assert weights == edges["n"].to_list()
