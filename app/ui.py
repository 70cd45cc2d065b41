"""The Streamlit side shared by every page: cached loading, the navigation, the page's opening
(title, filters in words, notices, share link) and charts.

Streamlit code lives only in `dashboard.py`, `pages/` and the thin UI modules: this one, `sidebar`
(the filters and the URL), `panels` (an event's reports, an article's text), `downloads` and
`uploads` (the Data page's controls), and `server` (the warmed start).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import plotly.graph_objects as go
import polars as pl
import streamlit as st
from PIL import Image, ImageDraw
from streamlit.navigation.page import StreamlitPage

from app import plotly_bundle, selection_queries, settings
from app.archive import Archive, Fingerprint, fingerprint, has_tables, load_archive
from app.filters import (
    MAX_LINK_PARAMETERS,
    FilterState,
    Ignored,
    app_address,
    link_parameters,
    share_url,
)
from app.text import as_text, counted

VIEW_KEY = "_linimasa_view"
NOTICE_KEY = "_linimasa_link_notice"
PAGE_NOTICE_KEY = "_linimasa_page_notice"
PAGE_CHECKED_KEY = "_linimasa_page_checked"
BROWSER_KEY = "_linimasa_browser"


@dataclass(frozen=True, slots=True)
class View:
    """What every page works from: the archive, the filters, and the events they select (a
    lazy frame: each page collects what it shows) with their number."""

    archive: Archive
    state: FilterState
    events: pl.LazyFrame
    n_events: int
    page_path: str

    @property
    def sentence(self) -> str:
        return self.state.sentence(self.archive.actor_names())


@st.cache_resource(max_entries=2, show_spinner="Loading the archive…")
def _archive(data_dir: str, stamp: Fingerprint) -> Archive:
    """Keyed on the files' fingerprint, so a rebuilt folder is read again without a restart."""
    del stamp
    return load_archive(Path(data_dir))


HELD_ROWS = 200_000
"""A selection of at most this many events is kept in memory for the pages' several questions;
a larger one is scanned again by each (it is a plan over the files, not a copy of them)."""


@st.cache_resource(max_entries=8, show_spinner=False)
def selection(data_dir: str, stamp: Fingerprint, state: FilterState) -> tuple[pl.LazyFrame, int]:
    events = selection_queries.held(
        selection_queries.select_events(_archive(data_dir, stamp), state), HELD_ROWS
    )
    return events, selection_queries.count(events)


def ensure_data() -> None:
    """On a fresh clone, build the tables from the raw articles once, with a progress bar."""
    data, raw = settings.data_dir(), settings.raw_dir()
    if has_tables(data) or not raw.is_dir() or not any(p.is_file() for p in raw.rglob("*")):
        return
    bar = st.progress(0.0, text="Building the archive from data/raw…")

    def report(done: int, total: int) -> None:
        bar.progress(done / max(total, 1), text=f"Reading articles: {done} of {total}")

    try:
        from app import pipeline  # the ETL loads only when there is something to build

        pipeline.build_archive(raw, data, report)
    except Exception as error:  # the app stays usable and says what went wrong
        st.error(f"Could not build the archive from {raw}: {error}")
    bar.empty()


def current_archive() -> Archive:
    data = settings.data_dir()
    return _archive(str(data), fingerprint(data))


def _overlong_link() -> list[Ignored]:
    """What a link of more query pairs than Streamlit reads lost: all of them."""
    link = (st.session_state.get(BROWSER_KEY) or {}).get("link") or {}
    pairs, actors = int(link.get("pairs") or 0), int(link.get("actors") or 0)
    if pairs <= MAX_LINK_PARAMETERS:
        return []
    reason = (
        f"{pairs:,} parameters, more than the {MAX_LINK_PARAMETERS:,} Streamlit reads: "
        f"none applied, {counted(actors, 'actor')} dropped"
    )
    return [Ignored("link", f"{counted(actors, 'actor')}", reason)]


@st.cache_resource
def _favicon() -> Image.Image:
    """A timeline drawn here: a Material icon as favicon is fetched from fonts.gstatic.com, and
    the app asks no other host for anything."""
    icon = Image.new("RGBA", (32, 32), "#1f77b4")
    pen = ImageDraw.Draw(icon)
    pen.line([(4, 24), (12, 14), (19, 19), (28, 7)], fill="white", width=4)
    return icon


def navigation() -> StreamlitPage:
    """The page settings and the app's pages, in menu order; the first is the default."""
    st.set_page_config(page_title="Linimasa", page_icon=_favicon(), layout="wide")
    return st.navigation(
        [
            st.Page(
                "pages/overview.py", title="Overview", icon=":material/dashboard:", default=True
            ),
            st.Page("pages/timeline.py", title="Timeline", icon=":material/timeline:"),
            st.Page("pages/actors.py", title="Actors", icon=":material/groups:"),
            st.Page("pages/statements.py", title="Statements", icon=":material/format_quote:"),
            st.Page("pages/map.py", title="Map", icon=":material/map:"),
            st.Page("pages/articles.py", title="Articles", icon=":material/article:"),
            st.Page("pages/data.py", title="Data", icon=":material/database:"),
        ]
    )


def check_page(page: StreamlitPage) -> None:
    """A link to a page the app does not have opens the Overview (Streamlit's own dialog does
    not say which page); the first header then names the page that was asked for."""
    if PAGE_CHECKED_KEY in st.session_state:
        return
    st.session_state[PAGE_CHECKED_KEY] = True
    asked = urlsplit(st.context.url or "").path.rstrip("/").rsplit("/", 1)[-1]
    if asked and asked != page.url_path:
        reason = f"no such page; showing {page.title}"
        st.session_state[PAGE_NOTICE_KEY] = [Ignored("page", asked, reason)]


def page_view(page_path: str) -> View:
    """The view the entry's sidebar computed for this run; pages call this first.

    A page can run without `dashboard.py`: Streamlit treats an app with a `pages/` folder as a
    legacy one until `st.navigation` is first called, so a server's very first request straight
    to a page (and AppTest's `switch_page`) runs the page file alone. The page then registers
    the app's navigation, which ends that mode, and reruns: through `dashboard.py` this time.
    """
    current = st.session_state.pop(VIEW_KEY, None)
    if current is None:
        navigation()
        st.rerun()
    return current


def header(
    title: str,
    current: View,
    extra: dict[str, str] | None = None,
    notices: list[Ignored] | None = None,
) -> None:
    """The page title, the filters in words, what the link asked for in vain (the filters', and
    the page's own `notices`), and the share control."""
    st.title(title)
    st.caption(as_text(current.sentence) + " — " + counted(current.n_events, "event"))
    ignored: list[Ignored] = [
        *st.session_state.get(NOTICE_KEY, []),
        *st.session_state.pop(PAGE_NOTICE_KEY, []),
        *(_overlong_link() if current.state.is_empty else []),
        *(notices or []),
    ]
    if ignored:
        st.warning(
            as_text("Ignored from the link: " + "; ".join(str(i) for i in ignored) + "."),
            icon=":material/link_off:",
        )
    with st.expander("Share this view", icon=":material/share:"):
        # Plain text (never Markdown), not `st.code`: that one's highlighter is a 1.5 MB
        # script the first page would load and run for this one line.
        st.text(view_link(current, extra))
        pairs = link_parameters(current.state)
        if pairs > MAX_LINK_PARAMETERS:
            st.warning(
                f"This view's link holds {pairs:,} parameters; Streamlit reads none of a link "
                f"with more than {MAX_LINK_PARAMETERS:,}, so it would open without its filters. "
                "Pick fewer actors or outlets to share it.",
                icon=":material/link_off:",
            )


def view_link(current: View, extra: dict[str, str] | None = None) -> str:
    """The share link of the page being shown, with its filters and page parameters."""
    base = app_address(st.context.url or "http://localhost:8501", current.page_path)
    return share_url(base, current.page_path, current.state, extra)


def event_page(page_path: str, title: str, extra: dict[str, str] | None = None) -> View:
    """The opening of a page about the selected events: header, and a stop with a word of
    advice when there is no data or no event matches the filters."""
    current = page_view(page_path)
    header(title, current, extra)
    if current.archive.is_empty:
        no_data()
        st.stop()
    if no_match(current):
        st.stop()
    return current


def no_data() -> None:
    raw = settings.raw_dir()
    st.info(
        as_text(
            f"No data yet. Upload articles on the Data page, or put files in {raw} "
            "and run `python -m etl`; the app picks up the new tables without a restart."
        ),
        icon=":material/inbox:",
    )


def no_match(current: View) -> bool:
    """Says so and returns True when the filters select no event."""
    if current.n_events:
        return False
    st.info(
        as_text(f"No event matches these filters ({current.sentence}). ")
        + "Remove a filter in the sidebar, or press **Reset filters**.",
        icon=":material/filter_alt_off:",
    )
    return True


_CHART = st.components.v2.component(
    "linimasa_chart",
    js=(Path(__file__).with_name("chart.js")).read_text(encoding="utf-8"),
    isolate_styles=False,  # plotly.js styles its modebar and hovers through the page's head
)
EMPTY_SELECTION = {"points": [], "point_indices": [], "box": [], "lasso": []}


def _bundle_url() -> str:
    return plotly_bundle.bundle_url(st.get_option("server.baseUrlPath"))


def fetch_charts() -> None:
    """Mount the chart element without a figure, early in the page (the sidebar): the browser
    fetches and evaluates the plotly.js build while the script still runs, not once the
    page's first figure has arrived."""
    _CHART(key="_linimasa_charts", data={"bundle": _bundle_url()}, height=0)


def chart(
    fig: go.Figure,
    key: str | None = None,
    selectable: bool = False,
    config: dict[str, object] | None = None,
) -> list[str]:
    """Draw a figure with the app's plotly.js build (`app/chart.js`), in Streamlit's chart
    theme; with `selectable`, the event ids (customdata[0]) of clicked or boxed marks."""
    reports = {"default": {"selection": EMPTY_SELECTION}, "on_selection_change": lambda: None}
    picked = _CHART(
        key=key,
        data={
            "figure": fig.to_json(),
            "bundle": _bundle_url(),
            "config": {"displaylogo": False, **(config or {})},
            "selectable": selectable,
        },
        **(reports if selectable else {}),
    )
    if not selectable:
        return []
    selection = picked.get("selection") if picked else None
    return _event_ids(selection.get("points", []) if isinstance(selection, dict) else [])


def clicked_events(key: str) -> list[str]:
    """The event ids clicked on the chart `key`, read before the chart is drawn again: a page
    can then put the clicked event in its share link at the top."""
    state = st.session_state.get(key)
    selection = state.get("selection") if isinstance(state, dict) else None
    return _event_ids(selection.get("points", []) if isinstance(selection, dict) else [])


def _event_ids(points: list[dict[str, object]]) -> list[str]:
    ids = []
    for point in points:
        data = point.get("customdata")
        if isinstance(data, list) and data and isinstance(data[0], str):
            ids.append(data[0])
    return list(dict.fromkeys(ids))
