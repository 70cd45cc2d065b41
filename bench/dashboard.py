"""How fast the dashboard answers on a large archive: 100k and 1M synthetic events.

For each size: load the tables (with the event index), apply a typical filter, build each page's
figures from the filtered and the unfiltered selection, and re-render the Timeline through
Streamlit's AppTest after a filter change (the server side of a user's click). Prints seconds,
the target, marks and kilobytes each figure sends, and ratios to reading the events table
(the baseline, measured in the same process). Run: `python -m bench.dashboard [--sizes ...]`.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import plotly.graph_objects as go
import polars as pl

from app import (
    actor_queries,
    article_queries,
    download_queries,
    figures,
    map_queries,
    overview_queries,
    periods,
    selection_queries,
    statement_queries,
    timeline_queries,
)
from app.archive import Archive, load_archive
from app.filters import FilterState
from bench.synthetic import write_synthetic

ENTRY = Path(__file__).resolve().parents[1] / "dashboard.py"
FILTER_TARGET = {100_000: 1.0}
PAGE_TARGET = 3.0


def _timed(work: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def page_figures(archive: Archive, events: pl.LazyFrame, state: FilterState) -> dict:
    """What each page computes: its queries and figures, as the page files call them (the
    activity summaries answering where the filters allow)."""

    def overview() -> list[go.Figure]:
        numbers = overview_queries.headline(archive, events)
        every = periods.period_for(numbers.first_day, numbers.last_day)
        overview_queries.latest_events(archive, events)
        return [figures.compact_timeline(periods.events_per_period(events, every))]

    months = selection_queries.actor_months(archive, state)

    def timeline() -> list[go.Figure]:
        lanes = timeline_queries.lanes(events, state, months=months)
        marks = timeline_queries.mark_plan(events, lanes)
        per_month = None if months is None else timeline_queries.lane_months(months, lanes)
        window = (state.date_from, state.date_to)
        return [figures.timeline(marks, lanes, archive.actor_names(), window, per_month)]

    def actors() -> list[go.Figure]:
        ranked = actor_queries.actors_ranked(events, archive, months)
        who = ranked["actor_id"][0]
        activity = figures.compact_timeline(actor_queries.actor_activity(events, who, months))
        shared = selection_queries.shared_events(archive, state)
        return [activity, figures.network(*actor_queries.network(archive, events, shared=shared))]

    def statements() -> list[go.Figure]:
        statement_queries.statements(archive, events, "penting")
        return []

    def map_page() -> list[go.Figure]:
        return [figures.event_map(map_queries.map_points(events))]

    def articles() -> list[go.Figure]:
        listed = article_queries.articles_for(archive, events)
        article_queries.article_events(archive, listed["article_id"][0])
        return []

    def data() -> list[go.Figure]:
        download_queries.table_counts(archive, events)
        return []

    return {
        "overview": overview,
        "timeline": timeline,
        "actors": actors,
        "statements": statements,
        "map": map_page,
        "articles": articles,
        "data": data,
    }


def typical_filter(archive: Archive) -> FilterState:
    """Two of the most active actors, meetings and visits, one year."""
    top = archive.actor_counts["actor_id"].head(2).to_list()
    return FilterState(
        actors=tuple(top),
        types=("meeting", "visit"),
        date_from=date(2022, 1, 1),
        date_to=date(2022, 12, 31),
    )


def rerender_seconds(data_dir: Path, archive: Archive) -> tuple[float, float]:
    """AppTest over the whole app: the first Timeline render, then one after a filter change."""
    from streamlit.testing.v1 import AppTest

    os.environ["LINIMASA_DATA"] = str(data_dir)
    os.environ["LINIMASA_RAW"] = str(data_dir / "no-raw")
    at = AppTest.from_file(str(ENTRY), default_timeout=300)
    at.query_params["actor"] = archive.actor_counts["actor_id"].head(2).to_list()
    at.run()
    first, _ = _timed(lambda: at.switch_page("pages/timeline.py").run())
    at.pills(key="filter_type").set_value(["meeting"])
    change, _ = _timed(at.run)
    if at.exception or at.title[0].value != "Timeline":
        raise RuntimeError(f"the Timeline did not render: {[e.value for e in at.exception]}")
    return first, change


def bench(n_events: int, root: Path) -> list[tuple]:
    rows: list[tuple] = []
    folder = root / f"events-{n_events}"
    made, _ = _timed(lambda: write_synthetic(n_events, folder))
    baseline, _ = _timed(lambda: pl.read_parquet(folder / "events.parquet"))
    rows.append((n_events, "generate + write tables", made, None, None, None, baseline))
    loaded, archive = _timed(lambda: load_archive(folder))
    rows.append((n_events, "open archive (scan + summaries)", loaded, None, None, None, baseline))
    state = typical_filter(archive)
    filtered, events = _timed(
        lambda: selection_queries.held(selection_queries.select_events(archive, state), 200_000)
    )
    found = selection_queries.count(events)
    rows.append((n_events, f"filter → {found:,} events", filtered, None, None, None, baseline))
    for label, selection in (("filtered", events), ("all", archive.index)):
        chosen = state if label == "filtered" else FilterState()
        for page, work in page_figures(archive, selection, chosen).items():
            seconds, built = _timed(work)
            marks = sum(figures.mark_count(f) for f in built)
            kilobytes = sum(len(f.to_json()) for f in built) / 1024
            rows.append(
                (n_events, f"{page} ({label})", seconds, PAGE_TARGET, marks, kilobytes, baseline)
            )
    first, change = rerender_seconds(folder, archive)
    rows.append((n_events, "AppTest: open Timeline", first, PAGE_TARGET, None, None, baseline))
    target = FILTER_TARGET.get(n_events, PAGE_TARGET)
    rows.append((n_events, "AppTest: filter change", change, target, None, None, baseline))
    return rows


def report(rows: list[tuple]) -> None:
    print(f"{'events':>9}  {'step':<32}{'seconds':>9}{'target':>8}{'ok':>4}"
          f"{'marks':>8}{'KB sent':>9}{'× read':>9}")  # fmt: skip
    for n, step, seconds, target, marks, kilobytes, baseline in rows:
        ok = "" if target is None else ("yes" if seconds <= target else "NO")
        print(
            f"{n:>9,}  {step:<32}{seconds:>9.3f}{'' if target is None else f'{target:.1f}':>8}"
            f"{ok:>4}{'' if marks is None else f'{marks:,}':>8}"
            f"{'' if kilobytes is None else f'{kilobytes:,.0f}':>9}{seconds / baseline:>9.1f}"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:,.0f} MiB; '× read' = seconds / reading events.parquet")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="linimasa-bench-") as root:
        for n in args.sizes:
            rows += bench(n, Path(root))
    report(rows)


if __name__ == "__main__":
    main()
