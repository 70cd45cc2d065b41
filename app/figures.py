"""Plotly figures built from polars frames: plain functions, testable without a browser.

No figure sends more marks than the eye can use: the timeline turns into counts per period when
there are more than `MAX_MARKS` events to draw, and no figure sends more than `MAX_POINTS`
points. Text from articles goes into hovers escaped, so that it shows as text and never as markup.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta

import plotly.graph_objects as go
import polars as pl

from app import basemap
from app.map_queries import MAX_POINTS
from app.periods import DAY_MS, date_span, period_for
from app.selection_queries import Frame, count
from app.text import as_text, as_text_expr
from app.timeline_queries import marks_per_period
from app.vocabulary import EventTypeStyle, type_style

UNTIMED_OFFSET = timedelta(hours=2, minutes=30)
NOON = time(12)
MAX_MARKS = 3000
SVG_COUNTS = MAX_MARKS
"""Up to this many counts the density view draws them in SVG (`Scatter`), beyond it in WebGL
(`Scattergl`): a fresh browser's first WebGL chart (software GL without a GPU) took 0.2-0.3 s
to draw 53 counts, SVG 0.08 s, and SVG stays the quicker up to a few thousand points."""
SUBLANE_GAP = 0.24
BAR_WIDTH = 0.2
SHAPE_NAMES = {"range": "several days", "span": "date uncertain"}
"""Legend names say the modality too: "Meeting, planned (several days)"."""
FONT = {"family": "system-ui, sans-serif", "size": 13}


def _base_layout(fig: go.Figure, height: int) -> go.Figure:
    fig.update_layout(
        height=height,
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        font=FONT,
        legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0},
        plot_bgcolor="white",
    )
    return fig


def _escaped(column: str) -> pl.Expr:
    return as_text_expr(pl.col(column).cast(pl.String).fill_null("—"))


def empty_figure(message: str, height: int = 200) -> go.Figure:
    """A blank chart that says why it is blank."""
    fig = go.Figure()
    fig.add_annotation(
        text=as_text(message), showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper"
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _base_layout(fig, height)


def compact_timeline(per_period: pl.DataFrame) -> go.Figure:
    """Stacked bars of events per period, coloured by type (Overview, actor profile)."""
    if per_period.is_empty():
        return empty_figure("No dated event to plot.")
    if per_period.height > MAX_POINTS:
        per_period = (
            per_period.group_by(pl.col("period").dt.truncate("1y"), "event_type")
            .agg(pl.col("n").sum())
            .sort("period", "event_type")
        )
    fig = go.Figure()
    for event_type in sorted(per_period["event_type"].unique()):
        rows = per_period.filter(pl.col("event_type") == event_type)
        style = type_style(event_type)
        fig.add_trace(
            go.Bar(
                x=rows["period"].to_list(),
                y=rows["n"].to_list(),
                name=style.label,
                marker_color=style.color,
                hovertemplate="%{x|%d %b %Y}: %{y} " + style.plural + "<extra></extra>",
            )
        )
    fig.update_layout(barmode="stack", bargap=0.1)
    fig.update_yaxes(title_text="events", gridcolor="#eee")
    return _base_layout(fig, 260)


def _lane_positions(lane_ids: list[str], types: list[str]) -> dict[tuple[str, str], float]:
    """y of each (actor, type) sub-lane: actors one unit apart, their types spread inside."""
    middle = (len(types) - 1) / 2
    return {
        (lane, event_type): i + (j - middle) * SUBLANE_GAP
        for i, lane in enumerate(lane_ids)
        for j, event_type in enumerate(types)
    }


def _y_values(marks: pl.DataFrame, positions: dict[tuple[str, str], float]) -> list[float]:
    return [
        positions[(lane, t)] for lane, t in zip(marks["lane"], marks["event_type"], strict=True)
    ]


MAX_LANE_LABEL = 32


def _shortened(name: str) -> str:
    """A lane's label cut to `MAX_LANE_LABEL` characters, so a long name leaves room for the
    chart."""
    return name if len(name) <= MAX_LANE_LABEL else name[: MAX_LANE_LABEL - 1].rstrip() + "…"


def _lane_axis(fig: go.Figure, lane_ids: list[str], names: dict[str, str]) -> None:
    fig.update_yaxes(
        tickvals=list(range(len(lane_ids))),
        ticktext=[as_text(_shortened(names.get(lane, lane))) for lane in lane_ids],
        autorange="reversed",
        range=None,
        zeroline=False,
        showgrid=False,
    )
    for i in range(len(lane_ids)):
        if i % 2 == 0:
            fig.add_hrect(y0=i - 0.5, y1=i + 0.5, fillcolor="#f4f6f8", line_width=0, layer="below")


def timeline(
    marks: Frame,
    lane_ids: list[str],
    names: dict[str, str],
    window: tuple[date | None, date | None] = (None, None),
    per_month: pl.DataFrame | None = None,
) -> go.Figure:
    """Actors as lanes, time across: a point for a known day, a bar for a run of days, a lighter
    hatched bar for a date known only to the week, month or year. Each mark carries its event
    id as `customdata[0]`, so a click opens the event. `marks` may be a plan (`mark_plan`):
    it is collected only when its rows are few enough to draw one by one; `per_month` (the
    lanes' `timeline_queries.lane_months`, when the summary answers for the view) counts them."""
    total = count(marks) if per_month is None else int(per_month["n"].sum())
    if total == 0:
        return empty_figure("No dated event of these actors to plot.")
    if total > MAX_MARKS:
        return timeline_density(marks, lane_ids, names, per_month)
    marks = marks.lazy().collect()
    types = sorted(marks["event_type"].unique())
    positions = _lane_positions(lane_ids, types)
    one_day = window[0] is not None and window[0] == window[1]
    marks = marks.with_columns(
        _escaped("summary").alias("summary_html"),
        _escaped("date_text").alias("date_text_html"),
        _escaped("outlet_list").alias("outlets_html"),
        _escaped("date_label").alias("date_label_html"),
        _escaped("modality").alias("modality_html"),
    )
    hover = (
        "<b>%{customdata[1]}</b><br>%{customdata[2]} · %{customdata[5]}"
        "<br>as written: “%{customdata[3]}”<br>outlets: %{customdata[4]}<extra></extra>"
    )
    custom = ["event_id", "summary_html", "date_label_html", "date_text_html", "outlets_html",
              "modality_html"]  # fmt: skip
    fig = go.Figure()
    for event_type in types:
        style = type_style(event_type)
        for modality in MODALITY_ORDER:
            rows = marks.filter(
                (pl.col("event_type") == event_type) & (pl.col("modality") == modality)
            )
            _add_marks(fig, rows, style, modality, positions, custom, hover, one_day)
    fig.update_xaxes(type="date", gridcolor="#eee", range=_window(marks, window))
    if one_day:
        _clock_axis(fig, window[0])
    else:
        _day_axis(fig, marks, window)
    _lane_axis(fig, lane_ids, names)
    fig.update_layout(barmode="overlay", clickmode="event+select")
    return _base_layout(fig, 140 + 56 * len(lane_ids))


MODALITY_ORDER = ("asserted", "planned", "negated")
MODALITY_NAMES = {"asserted": "", "planned": ", planned", "negated": ", negated"}


def _marker_symbol(symbol: str, modality: str) -> str:
    """Filled for what happened, hollow for what was planned, hollow and crossed for what was
    denied or cancelled (plotly's `-open` and `-x` symbol variants)."""
    if modality == "planned":
        return f"{symbol}-open"
    if modality == "negated":
        return f"{symbol}-x-open" if symbol in CROSSABLE else "x-thin-open"
    return symbol


CROSSABLE = {"circle", "square", "diamond"}


def _bar_look(color: str, modality: str, shape: str) -> dict[str, object]:
    """A bar's fill: solid (asserted), an outline (planned), crossed hatching (negated); dates
    known only to the week or month lighter, with diagonal hatching."""
    uncertain = shape == "span"
    look: dict[str, object] = {"color": color, "line": {"color": color, "width": 1.5}}
    if modality == "planned":
        look["color"] = "rgba(255,255,255,0.9)"
        look["pattern"] = {"shape": "/" if uncertain else "", "fgcolor": color}
    elif modality == "negated":
        look["color"] = "rgba(255,255,255,0.9)"
        look["pattern"] = {"shape": "x", "fgcolor": color}
    elif uncertain:
        look["pattern"] = {"shape": "/"}
        look["opacity"] = 0.45
    return look


def _add_marks(
    fig: go.Figure,
    rows: pl.DataFrame,
    style: EventTypeStyle,
    modality: str,
    positions: dict[tuple[str, str], float],
    custom: list[str],
    hover: str,
    one_day: bool,
) -> None:
    """The traces of one type and modality: points for days, bars for runs and spans."""
    if rows.is_empty():
        return
    suffix = MODALITY_NAMES[modality]
    points = rows.filter(pl.col("shape") == "point")
    if points.height:
        fig.add_trace(
            go.Scatter(
                x=_point_times(points, one_day),
                y=_y_values(points, positions),
                mode="markers",
                name=style.label + suffix,
                legendgroup=rows["event_type"][0],
                marker={
                    "color": style.color,
                    "symbol": _marker_symbol(style.symbol, modality),
                    "size": 11,
                    "line": {"width": 2 if modality != "asserted" else 0, "color": style.color},
                },
                customdata=points.select(custom).rows(),
                hovertemplate=hover,
            )
        )
    for shape in ("range", "span"):
        bars = rows.filter(pl.col("shape") == shape)
        if bars.is_empty():
            continue
        fig.add_trace(
            go.Bar(
                base=bars["date_from"].cast(pl.String).to_list(),
                x=(bars["days"] * DAY_MS).to_list(),
                y=_y_values(bars, positions),
                orientation="h",
                width=BAR_WIDTH,
                name=f"{style.label}{suffix} ({SHAPE_NAMES[shape]})",
                legendgroup=rows["event_type"][0],
                marker=_bar_look(style.color, modality, shape),
                customdata=bars.select(custom).rows(),
                hovertemplate=hover,
            )
        )


def _day_axis(fig: go.Figure, marks: pl.DataFrame, window: tuple[date | None, date | None]) -> None:
    """Dates to the day at most: a short view ticks once a day (or every few days) at noon, the
    middle of the day a point stands for; zoomed closer, labels stay days, never 00:00."""
    first = window[0] or marks["date_from"].min()
    last = window[1] or marks["date_to"].max()
    stops = [{"dtickrange": [None, DAY_MS], "value": "%-d %b %Y"}]
    days = (last - first).days + 1
    if days <= MAX_DAY_TICKS * 3:
        step = max(1, math.ceil(days / MAX_DAY_TICKS))
        fig.update_xaxes(
            tick0=datetime.combine(first, time(12)), dtick=step * DAY_MS, tickformat="%-d %b"
        )
    fig.update_xaxes(tickformatstops=stops if days > MAX_DAY_TICKS * 3 else None)


MAX_DAY_TICKS = 16


def _point_times(points: pl.DataFrame, one_day: bool) -> list[object]:
    """x of each point: the middle of its day, or, when the view is one day, its clock time where
    the text gave one; the rest stand apart, before midnight, in a column of their own ("no
    time")."""
    if not one_day or "time_of_day" not in points.columns:
        return points.select(pl.col("date_from").dt.combine(NOON))[:, 0].to_list()
    day = pl.col("date_from").cast(pl.Datetime("us"))
    clock = pl.col("time_of_day").str.to_time("%H:%M", strict=False)
    at = (
        pl.when(clock.is_null())
        .then(day - UNTIMED_OFFSET)
        .otherwise(pl.col("date_from").dt.combine(clock))
    )
    return points.select(at)[:, 0].to_list()


def _clock_axis(fig: go.Figure, day: date) -> None:
    """One day as hours, with a shaded column before midnight for events whose text gives no
    time, so that they are not mistaken for events at 00:00."""
    start = datetime.combine(day, time())
    untimed = start - UNTIMED_OFFSET
    hours = [start + timedelta(hours=h) for h in range(0, 24, 3)]
    fig.add_vrect(
        x0=untimed - UNTIMED_OFFSET, x1=start, fillcolor="#f3f3f3", line_width=0, layer="below"
    )
    fig.update_xaxes(
        range=[untimed - UNTIMED_OFFSET, start + timedelta(hours=23, minutes=59)],
        tickvals=[untimed, *hours],
        ticktext=["no time", *[h.strftime("%H:%M") for h in hours]],
        tickangle=0,
    )


def _window(marks: pl.DataFrame, window: tuple[date | None, date | None]) -> list[str]:
    """The x range: the filter's dates where given, else the marks' own extent, with a margin
    so that marks at the edges are not cut in half."""
    first = window[0] or marks["date_from"].min()
    last = window[1] or marks["date_to"].max()
    margin = timedelta(days=max(1, (last - first).days // 40))
    return [str(first - margin), str(last + margin)]


def timeline_density(
    marks: Frame,
    lane_ids: list[str],
    names: dict[str, str],
    per_month: pl.DataFrame | None = None,
) -> go.Figure:
    """The timeline as counts per lane, type and period, for when single events are too many;
    with `per_month` (`timeline_queries.lane_months`), the marks are not read when the period is a
    month."""
    if per_month is None:
        every = period_for(*date_span(marks))
    else:
        every = period_for(per_month["first_day"].min(), per_month["last_day"].max())
    if per_month is not None and every == "1mo":
        counts = per_month.select("lane", "event_type", "period", "n")
    else:
        counts = marks_per_period(marks, every)
    types = sorted(counts["event_type"].unique())
    positions = _lane_positions(lane_ids, types)
    biggest = max(1, counts["n"].max() or 1)
    fig = go.Figure()
    unit = {"1d": "day", "1w": "week of", "1mo": "month of"}[every]
    trace = go.Scatter if counts.height <= SVG_COUNTS else go.Scattergl
    for event_type in types:
        style = type_style(event_type)
        rows = counts.filter(pl.col("event_type") == event_type)
        fig.add_trace(
            trace(
                x=rows["period"].to_list(),
                y=_y_values(rows, positions),
                mode="markers",
                name=f"{style.label} (count per {unit.split()[0]})",
                marker={
                    "color": style.color,
                    "symbol": style.symbol,
                    "size": [4 + 14 * math.sqrt(n / biggest) for n in rows["n"]],
                    "opacity": 0.7,
                },
                customdata=rows["n"].to_list(),
                hovertemplate=(
                    f"%{{customdata}} {style.plural}, {unit} %{{x|%d %b %Y}}<extra></extra>"
                ),
            )
        )
    fig.update_xaxes(type="date", gridcolor="#eee")
    _lane_axis(fig, lane_ids, names)
    return _base_layout(fig, 140 + 56 * len(lane_ids))


def mark_count(fig: go.Figure) -> int:
    """How many marks a figure sends to the browser (the bench and tests check it): the x
    values of each trace, or the longitudes of a map's."""
    total = 0
    for trace in fig.data:
        values = getattr(trace, "x", None)
        if values is None:
            values = getattr(trace, "lon", None)
        total += len(values) if values is not None else 0
    return total


def network(nodes: pl.DataFrame, edges: pl.DataFrame) -> go.Figure:
    """Who met or visited whom: actors on a circle, most connected first, edges as lines whose
    width follows the number of shared events, nodes sized by their events."""
    if edges.is_empty():
        return empty_figure("No meeting or visit between two known actors here.")
    count = nodes.height
    place = {
        actor: (math.cos(2 * math.pi * i / count), math.sin(2 * math.pi * i / count))
        for i, actor in enumerate(nodes["actor_id"])
    }
    widest = max(1, edges["n"].max() or 1)
    fig = go.Figure()
    for source, target, n in edges.iter_rows():
        (x0, y0), (x1, y1) = place[source], place[target]
        fig.add_trace(
            go.Scatter(
                x=[x0, x1],
                y=[y0, y1],
                mode="lines",
                line={"width": 1 + 7 * n / widest, "color": "rgba(90,110,140,0.45)"},
                hoverinfo="skip",
                showlegend=False,
            )
        )
    biggest = max(1, nodes["n"].max() or 1)
    fig.add_trace(
        go.Scatter(
            x=[place[a][0] for a in nodes["actor_id"]],
            y=[place[a][1] for a in nodes["actor_id"]],
            mode="markers+text",
            text=[as_text(name) for name in nodes["name"]],
            textposition="top center",
            marker={
                "size": [10 + 30 * math.sqrt(n / biggest) for n in nodes["n"]],
                "color": "#1f77b4",
                "line": {"color": "white", "width": 1},
            },
            customdata=nodes.select("actor_id", "n").rows(),
            hovertemplate="%{text}: %{customdata[1]} ties<extra></extra>",
            showlegend=False,
        )
    )
    fig.update_xaxes(visible=False, range=[-1.4, 1.4])
    fig.update_yaxes(visible=False, range=[-1.3, 1.3], scaleanchor="x")
    return _base_layout(fig, 620)


def event_map(points: pl.DataFrame) -> go.Figure:
    """Events at their places, one bubble per place and type sized by count, on a world map of
    Natural Earth coastlines and borders (the browser draws them from the app's own TopoJSON,
    `app.basemap`; none is fetched from another host)."""
    if points.is_empty():
        return empty_figure("No event with a known place here.")
    points = points.sort("n", descending=True, maintain_order=True).head(MAX_POINTS)
    fig = go.Figure()
    biggest = max(1, points["n"].max() or 1)
    for event_type in sorted(points["event_type"].unique()):
        style = type_style(event_type)
        rows = points.filter(pl.col("event_type") == event_type)
        fig.add_trace(
            go.Scattergeo(
                lon=rows["lon"].to_list(),
                lat=rows["lat"].to_list(),
                mode="markers",
                name=style.label,
                text=[as_text(place) for place in rows["location"]],
                customdata=rows["n"].to_list(),
                marker={
                    "size": [8 + 36 * math.sqrt(n / biggest) for n in rows["n"]],
                    "color": style.color,
                    "opacity": 0.6,
                    "line": {"width": 0.5, "color": "white"},
                },
                hovertemplate=f"%{{text}}: %{{customdata}} {style.plural}<extra></extra>",
            )
        )
    fig.update_geos(
        scope=basemap.SCOPE,
        resolution=basemap.RESOLUTION,
        projection_type="natural earth",
        showland=True,
        landcolor="#eceef1",
        showcountries=True,
        countrycolor="#b8bcc4",
        showcoastlines=True,
        coastlinecolor="#9aa0a9",
        showocean=True,
        oceancolor="#f7f9fc",
        showlakes=False,
        showframe=False,
        lataxis_range=[-60, 85],
    )
    return _base_layout(fig, 560)
