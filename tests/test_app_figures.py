"""Figures from frames, checked without a browser: what is drawn, how, and how much."""

import html
from datetime import date, datetime, timedelta

import polars as pl
import pytest

from app import (
    actor_queries,
    basemap,
    figures,
    map_queries,
    periods,
    selection_queries,
    timeline_queries,
)
from app.archive import load_archive
from app.filters import FilterState


@pytest.fixture(scope="module")
def synthetic(synthetic_dir):
    return load_archive(synthetic_dir)


def _marks(rows: list[dict]) -> pl.DataFrame:
    events = pl.DataFrame(
        rows,
        schema={
            "event_id": pl.String,
            "event_type": pl.String,
            "date_from": pl.Date,
            "date_to": pl.Date,
            "granularity": pl.String,
            "summary": pl.String,
            "actor_ids": pl.List(pl.String),
            "date_text": pl.String,
            "outlets": pl.List(pl.String),
            **({"time_of_day": pl.String} if rows and "time_of_day" in rows[0] else {}),
        },
    )
    return timeline_queries.timeline_marks(events, ["vladimir-putin"])


ROWS = [
    {"event_id": "day", "event_type": "meeting", "date_from": date(2023, 4, 16),
     "date_to": date(2023, 4, 16), "granularity": "day", "summary": "<b>Putin</b> bertemu Li",
     "actor_ids": ["vladimir-putin"], "date_text": "(16/4/23)", "outlets": ["MISTAR.ID"]},
    {"event_id": "visit", "event_type": "visit", "date_from": date(2023, 4, 16),
     "date_to": date(2023, 4, 19), "granularity": "day", "summary": "Li berkunjung",
     "actor_ids": ["vladimir-putin"], "date_text": None, "outlets": []},
    {"event_id": "month", "event_type": "meeting", "date_from": date(2023, 3, 1),
     "date_to": date(2023, 3, 31), "granularity": "month", "summary": "Xi bertemu Putin",
     "actor_ids": ["vladimir-putin"], "date_text": "bulan lalu", "outlets": ["Bisnis.com"]},
]  # fmt: skip


def test_each_event_is_drawn_once_with_its_id_and_the_right_shape():
    fig = figures.timeline(_marks(ROWS), ["vladimir-putin"], {"vladimir-putin": "Vladimir Putin"})
    drawn = {trace.customdata[0][0]: trace for trace in fig.data}
    assert set(drawn) == {"day", "visit", "month"}
    assert drawn["day"].type == "scatter"
    assert drawn["visit"].type == "bar" and drawn["visit"].x[0] == 4 * periods.DAY_MS
    assert drawn["month"].type == "bar" and drawn["month"].marker.pattern.shape == "/"
    assert drawn["month"].x[0] == 31 * periods.DAY_MS


def test_hover_shows_the_date_as_written_and_the_outlets_as_text_not_markup():
    fig = figures.timeline(_marks(ROWS), ["vladimir-putin"], {})
    point = next(t for t in fig.data if t.customdata[0][0] == "day")
    assert point.customdata[0][1] == "&#60;b&#62;Putin&#60;/b&#62; bertemu Li"
    assert point.customdata[0][3] == "&#40;16/4/23&#41;"
    assert point.customdata[0][4] == "MISTAR&#46;ID"


def test_too_many_events_are_drawn_as_counts_per_period(synthetic):
    everything = selection_queries.select_events(synthetic, FilterState())
    lanes = timeline_queries.lanes(everything, FilterState())
    marks = timeline_queries.timeline_marks(everything, lanes)
    assert marks.height > figures.MAX_MARKS
    fig = figures.timeline(marks, lanes, synthetic.actor_names())
    assert figures.mark_count(fig) <= figures.MAX_MARKS
    assert sum(sum(t.customdata) for t in fig.data) == marks.height


def test_the_counts_are_drawn_in_svg_when_few_and_in_webgl_when_many(synthetic, monkeypatch):
    everything = selection_queries.select_events(synthetic, FilterState())
    lanes = timeline_queries.lanes(everything, FilterState())
    marks = timeline_queries.timeline_marks(everything, lanes)
    few = figures.timeline(marks, lanes, synthetic.actor_names())
    assert {t.type for t in few.data} == {"scatter"}
    monkeypatch.setattr(figures, "SVG_COUNTS", figures.mark_count(few) - 1)
    many = figures.timeline(marks, lanes, synthetic.actor_names())
    assert {t.type for t in many.data} == {"scattergl"}
    assert [t.x for t in many.data] == [t.x for t in few.data]


def test_no_mark_means_a_figure_that_says_so():
    fig = figures.timeline(_marks([]), ["vladimir-putin"], {})
    assert fig.layout.annotations[0].text.startswith("No dated event")


def test_the_map_bubbles_count_every_placed_event(synthetic):
    everything = selection_queries.select_events(synthetic, FilterState()).collect()
    points = map_queries.map_points(everything)
    fig = figures.event_map(points)
    assert sum(sum(t.customdata) for t in fig.data) == everything["lat"].is_not_null().sum()


def test_the_map_draws_its_bubbles_on_the_shipped_coastlines_and_borders(synthetic):
    points = map_queries.map_points(selection_queries.select_events(synthetic, FilterState()))
    fig = figures.event_map(points)
    assert {t.type for t in fig.data} == {"scattergeo"}
    geo = fig.layout.geo
    assert (geo.scope, geo.resolution) == (basemap.SCOPE, basemap.RESOLUTION)
    assert geo.showland and geo.showcountries and geo.showcoastlines
    assert basemap.topojson_file().exists()


def test_a_place_name_shows_on_the_map_as_text():
    points = pl.DataFrame(
        {"location": ["<b>Bogor</b>"], "lat": [-6.6], "lon": [106.8], "event_type": ["meeting"],
         "n": [2]},
    )  # fmt: skip
    fig = figures.event_map(points)
    (label,) = fig.data[0].text
    assert "<" not in label and html.unescape(label) == "<b>Bogor</b>"


def test_the_network_draws_one_line_per_tie(synthetic):
    events = selection_queries.select_events(synthetic, FilterState())
    nodes, edges = actor_queries.network(synthetic, events, max_edges=20)
    fig = figures.network(nodes, edges)
    assert len(fig.data) == edges.height + 1
    assert list(fig.data[-1].customdata[0]) == [nodes["actor_id"][0], nodes["n"][0]]


def test_the_compact_timeline_stacks_every_dated_event(synthetic):
    everything = selection_queries.select_events(synthetic, FilterState()).collect()
    per_month = periods.events_per_period(everything, "1mo")
    fig = figures.compact_timeline(per_month)
    assert sum(sum(t.y) for t in fig.data) == everything["date_from"].is_not_null().sum()


def test_a_one_day_view_places_events_at_their_clock_time():
    rows = [
        {**ROWS[0], "time_of_day": "10:15"},
        {**ROWS[0], "event_id": "no-clock", "time_of_day": None},
    ]
    marks = _marks(rows)
    names = {"vladimir-putin": "Vladimir Putin"}
    one_day = figures.timeline(marks, ["vladimir-putin"], names, (date(2023, 4, 16),) * 2)
    xs = {
        row[0]: x
        for trace in one_day.data
        for row, x in zip(trace.customdata, trace.x, strict=True)
    }
    assert (xs["day"].date(), xs["day"].hour, xs["day"].minute) == (date(2023, 4, 16), 10, 15)
    assert xs["no-clock"] < datetime(2023, 4, 16), "an event with no time is not put at 00:00"
    ticks = dict(zip(one_day.layout.xaxis.tickvals, one_day.layout.xaxis.ticktext, strict=True))
    assert ticks[xs["no-clock"]] == "no time"
    assert ticks[datetime(2023, 4, 16, 9)] == "09:00"
    week = figures.timeline(
        marks, ["vladimir-putin"], names, (date(2023, 4, 10), date(2023, 4, 16))
    )
    assert [x for trace in week.data for x in trace.x] == [datetime(2023, 4, 16, 12)] * 2


@pytest.mark.parametrize(
    ("modality", "symbol", "legend"),
    [
        ("asserted", "circle", "Meeting"),
        ("planned", "circle-open", "Meeting, planned"),
        ("negated", "circle-x-open", "Meeting, negated"),
    ],
)
def test_planned_is_hollow_and_negated_crossed_and_the_legend_says_so(modality, symbol, legend):
    marks = _marks([ROWS[0]]).with_columns(pl.lit(modality).alias("modality"))
    (trace,) = figures.timeline(marks, ["vladimir-putin"], {}).data
    assert trace.marker.symbol == symbol
    assert trace.name == legend and trace.showlegend is not False


def test_a_planned_or_negated_span_is_an_outline_or_crossed_not_a_solid_bar():
    rows = [{**ROWS[2], "event_id": m} for m in ("asserted", "planned", "negated")]
    marks = _marks(rows).with_columns(pl.col("event_id").alias("modality"))
    drawn = {t.customdata[0][0]: t for t in figures.timeline(marks, ["vladimir-putin"], {}).data}
    assert drawn["asserted"].marker.pattern.shape == "/"
    assert drawn["planned"].marker.color.startswith("rgba(255,255,255")
    assert drawn["negated"].marker.pattern.shape == "x"
    assert "negated" in drawn["negated"].name and "planned" in drawn["planned"].name


def test_days_sit_mid_day_on_an_axis_of_days_not_at_midnight_of_hours():
    fig = figures.timeline(_marks(ROWS[:2]), ["vladimir-putin"], {})
    point = next(t for t in fig.data if t.type == "scatter")
    assert point.x[0] == datetime(2023, 4, 16, 12)
    axis = fig.layout.xaxis
    assert axis.dtick >= periods.DAY_MS and axis.dtick % periods.DAY_MS == 0
    assert axis.tick0 == datetime(2023, 4, 16, 12) and "%H" not in axis.tickformat
    long = _marks(
        [{**ROWS[0], "date_from": date(2020, 1, 1), "date_to": date(2020, 1, 1)}, ROWS[0]]
    )
    stops = figures.timeline(long, ["vladimir-putin"], {}).layout.xaxis.tickformatstops
    assert stops[0].dtickrange[1] == periods.DAY_MS and "%H" not in stops[0].value


def test_a_long_actor_name_is_cut_on_its_lane_and_stays_text():
    name = "<b>Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan</b>"
    fig = figures.timeline(_marks(ROWS[:1]), ["vladimir-putin"], {"vladimir-putin": name})
    (label,) = fig.layout.yaxis.ticktext
    assert label.endswith("…") and label.startswith("&#60;b&#62;Kementerian")
    assert len(label.replace("&#60;", "<").replace("&#62;", ">")) <= figures.MAX_LANE_LABEL


def _days(n: int) -> pl.Series:
    return pl.date_range(date(1800, 1, 1), date(1800, 1, 1) + timedelta(days=n - 1), eager=True)


def test_a_compact_timeline_of_too_many_bars_is_drawn_per_year_with_every_event():
    days = _days(3 * map_queries.MAX_POINTS)
    per_day = pl.DataFrame({"period": days, "event_type": "meeting", "n": 2})
    fig = figures.compact_timeline(per_day)
    assert figures.mark_count(fig) <= map_queries.MAX_POINTS
    assert sum(fig.data[0].y) == 2 * days.len()


def test_a_map_of_too_many_places_draws_the_busiest():
    n = map_queries.MAX_POINTS + 500
    points = pl.DataFrame(
        {"location": [f"p{i}" for i in range(n)], "lat": 0.0, "lon": 0.0, "event_type": "visit",
         "n": list(range(n))},
    )  # fmt: skip
    fig = figures.event_map(points)
    assert figures.mark_count(fig) == map_queries.MAX_POINTS
    assert min(fig.data[0].customdata) == n - map_queries.MAX_POINTS


@pytest.mark.parametrize("page", ["overview", "timeline", "actors", "map"])
def test_no_figure_of_a_page_sends_more_than_the_cap(synthetic, page):
    everything = selection_queries.select_events(synthetic, FilterState())
    lanes = timeline_queries.lanes(everything, FilterState())
    drawn = {
        "overview": [figures.compact_timeline(periods.events_per_period(everything, "1d"))],
        "timeline": [
            figures.timeline(
                timeline_queries.mark_plan(everything, lanes), lanes, synthetic.actor_names()
            )
        ],
        "actors": [figures.network(*actor_queries.network(synthetic, everything))],
        "map": [figures.event_map(map_queries.map_points(everything))],
    }[page]
    assert all(0 < figures.mark_count(f) <= map_queries.MAX_POINTS for f in drawn)


def test_the_timeline_of_a_plan_draws_what_the_collected_marks_draw(synthetic):
    state = FilterState(
        actors=("ari-wibowo",), date_from=date(2021, 1, 1), date_to=date(2021, 3, 1)
    )
    events = selection_queries.select_events(synthetic, state)
    lanes = timeline_queries.lanes(events, state)
    plan = timeline_queries.mark_plan(events, lanes)
    lazy = figures.timeline(plan, lanes, synthetic.actor_names())
    eager = figures.timeline(plan.collect(), lanes, synthetic.actor_names())
    assert 0 < figures.mark_count(lazy) <= figures.MAX_MARKS
    assert lazy.to_json() == eager.to_json()
