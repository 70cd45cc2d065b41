"""The filter state: parsed from a link, reported when partly ignored, rendered three ways."""

from datetime import date

import polars as pl
import pytest

from app.filters import FilterState, Vocabulary, app_address, link_parameters, parse, share_url

VOCABULARY = Vocabulary(
    actors=frozenset({"vladimir-putin", "li-shangfu", "xi-jinping"}),
    types=frozenset({"meeting", "visit", "statement"}),
    outlets=frozenset({"Bisnis.com", "MISTAR.ID"}),
    modalities=frozenset({"asserted", "planned", "negated"}),
)


@pytest.mark.parametrize(
    ("params", "state", "ignored"),
    [
        ({}, FilterState(), []),
        (
            {"actor": ["vladimir-putin", "li-shangfu"], "type": ["meeting"]},
            FilterState(actors=("vladimir-putin", "li-shangfu"), types=("meeting",)),
            [],
        ),
        (
            {"actor": ["vladimir-putin", "nobody"]},
            FilterState(actors=("vladimir-putin",)),
            [("actor", "nobody")],
        ),
        (
            {"from": ["2023-04-01"], "to": ["2023-04-31"]},
            FilterState(date_from=date(2023, 4, 1)),
            [("to", "2023-04-31")],
        ),
        (
            {"from": ["2023-05-01"], "to": ["2023-04-01"]},
            FilterState(date_from=date(2023, 5, 1)),
            [("to", "2023-04-01")],
        ),
        (
            {"type": ["banquet"], "modality": ["maybe"]},
            FilterState(),
            [("type", "banquet"), ("modality", "maybe")],
        ),
        ({"actor": ["xi-jinping", "xi-jinping"]}, FilterState(actors=("xi-jinping",)), []),
        ({"q": ["  senjata  "]}, FilterState(text="senjata"), []),
        ({"outlet": ["Bisnis.com"]}, FilterState(outlets=("Bisnis.com",)), []),
    ],
)
def test_a_link_is_read_into_filters_and_what_is_unknown_is_reported(params, state, ignored):
    parsed = parse(params, VOCABULARY)
    assert parsed.state == state
    assert [(i.key, i.value) for i in parsed.ignored] == ignored


def test_query_params_round_trip_through_parse():
    state = FilterState(
        actors=("vladimir-putin", "li-shangfu"),
        types=("meeting",),
        date_from=date(2023, 4, 1),
        date_to=date(2023, 4, 30),
        outlets=("MISTAR.ID",),
        modalities=("asserted",),
        text="moskow",
    )
    assert parse(state.query_params(), VOCABULARY).state == state


def test_the_share_link_is_readable():
    state = FilterState(
        actors=("vladimir-putin", "li-shangfu"),
        types=("meeting",),
        date_from=date(2023, 4, 1),
        date_to=date(2023, 4, 30),
    )
    assert share_url("http://localhost:8501/", "timeline", state) == (
        "http://localhost:8501/timeline?actor=vladimir-putin&actor=li-shangfu&type=meeting"
        "&from=2023-04-01&to=2023-04-30"
    )
    assert share_url("http://localhost:8501", "", FilterState()) == "http://localhost:8501/"


@pytest.mark.parametrize(
    ("page_url", "page_path", "address"),
    [
        ("http://localhost:8501/timeline", "timeline", "http://localhost:8501"),
        ("http://localhost:8501/timeline/", "timeline", "http://localhost:8501"),
        ("http://localhost:8501", "timeline", "http://localhost:8501"),
        ("http://localhost:8501/", "", "http://localhost:8501"),
        ("https://news.example.org/linimasa/actors", "actors", "https://news.example.org/linimasa"),
        (
            "https://news.example.org/timeline/timeline",
            "timeline",
            "https://news.example.org/timeline",
        ),
        ("http://127.0.0.1:8611/statements?q=x#top", "statements", "http://127.0.0.1:8611"),
    ],
)
def test_the_app_address_holds_no_page_path(page_url, page_path, address):
    """In a browser `st.context.url` ends with the page; the share link adds it once."""
    assert app_address(page_url, page_path) == address
    link = share_url(app_address(page_url, page_path), page_path, FilterState(types=("meeting",)))
    assert link == f"{address}/{page_path}?type=meeting"


def test_page_parameters_follow_the_filters_in_the_share_link():
    state = FilterState(types=("meeting",))
    link = share_url("http://h", "timeline", state, {"event": "ev-1 &x", "article": ""})
    assert link == "http://h/timeline?type=meeting&event=ev-1+%26x"


def test_a_link_counts_its_query_pairs():
    state = FilterState(actors=tuple(f"a{i}" for i in range(1200)), types=("meeting",))
    assert link_parameters(state) == 1201
    assert link_parameters(FilterState()) == 0


@pytest.mark.parametrize(
    ("state", "sentence"),
    [
        (FilterState(), "All events"),
        (
            FilterState(actors=("vladimir-putin", "li-shangfu"), types=("meeting", "visit")),
            "Meetings and visits involving Vladimir Putin or Li Shangfu",
        ),
        (
            FilterState(date_from=date(2023, 4, 1), date_to=date(2023, 4, 30)),
            "Events from 1 Apr 2023 to 30 Apr 2023",
        ),
        (FilterState(date_to=date(2023, 4, 30)), "Events up to 30 Apr 2023"),
        (
            FilterState(outlets=("MISTAR.ID",), modalities=("planned",), text="senjata"),
            "Events reported by MISTAR.ID that are planned mentioning “senjata”",
        ),
    ],
)
def test_the_filters_read_as_a_sentence(state, sentence):
    names = {"vladimir-putin": "Vladimir Putin", "li-shangfu": "Li Shangfu"}
    assert state.sentence(names) == sentence


INDEX = pl.DataFrame(
    {
        "event_id": ["e1", "e2", "e3", "e4"],
        "event_type": ["meeting", "visit", "meeting", "statement"],
        "actor_ids": [["vladimir-putin", "li-shangfu"], ["li-shangfu"], ["xi-jinping"], []],
        "outlets": [["MISTAR.ID"], ["Bisnis.com"], [], ["MISTAR.ID"]],
        "date_from": [date(2023, 4, 16), date(2023, 4, 17), date(2023, 3, 1), None],
        "date_to": [date(2023, 4, 16), date(2023, 4, 19), date(2023, 3, 31), None],
        "modality": ["asserted", "planned", "asserted", "asserted"],
        "haystack": ["putin bertemu li", "li berkunjung", "xi bertemu putin", "kata nato"],
    }
)


@pytest.mark.parametrize(
    ("state", "selected"),
    [
        (FilterState(), ["e1", "e2", "e3", "e4"]),
        (FilterState(actors=("li-shangfu",)), ["e1", "e2"]),
        (FilterState(actors=("li-shangfu", "xi-jinping"), types=("meeting",)), ["e1", "e3"]),
        (FilterState(date_from=date(2023, 3, 20), date_to=date(2023, 4, 16)), ["e1", "e3"]),
        (FilterState(date_from=date(2023, 4, 18)), ["e2"]),
        (FilterState(outlets=("MISTAR.ID",)), ["e1", "e4"]),
        (FilterState(modalities=("planned",)), ["e2"]),
        (FilterState(text="Putin"), ["e1", "e3"]),
    ],
)
def test_the_expression_selects_the_events_the_sentence_describes(state, selected):
    assert INDEX.filter(state.expression())["event_id"].to_list() == selected
