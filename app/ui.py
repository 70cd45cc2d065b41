"""The Streamlit side of the app, in one place: cached loading, the sidebar, notices, panels.

The only module outside `dashboard.py` and `pages/` that imports Streamlit. The sidebar's widgets
are bound to the URL (`bind="query-params"`), so a link restores a view and every change shows in
the address bar; the raw query pairs are read first, to say what a link asked for but got ignored.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import plotly.graph_objects as go
import polars as pl
import streamlit as st
from PIL import Image, ImageDraw
from streamlit.navigation.page import StreamlitPage

from app import export, queries, settings
from app.archive import Archive, Fingerprint, fingerprint, has_tables, load_archive
from app.filters import (
    KEYS,
    MAX_LINK_PARAMETERS,
    FilterState,
    Ignored,
    Vocabulary,
    app_address,
    link_parameters,
    parse,
    share_url,
)
from app.highlight import Mark, find_terms, legend_html, to_html
from app.text import as_text, counted, link_html
from app.vocabulary import known_types, type_style
from etl.tables import MODALITIES

if TYPE_CHECKING:
    from app.pipeline import IngestReport

VIEW_KEY = "_linimasa_view"
NOTICE_KEY = "_linimasa_link_notice"
PAGE_NOTICE_KEY = "_linimasa_page_notice"
PAGE_CHECKED_KEY = "_linimasa_page_checked"
DATE_BOUNDS = (date(1900, 1, 1), date(2100, 12, 31))


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
def _selection(data_dir: str, stamp: Fingerprint, state: FilterState) -> tuple[pl.LazyFrame, int]:
    events = queries.held(queries.select_events(_archive(data_dir, stamp), state), HELD_ROWS)
    return events, queries.count(events)


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


WIDGET = {key: f"filter_{key}" for key in KEYS}
WRITTEN_KEY = "_linimasa_url_written"


def _raw_params() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in KEYS if st.query_params.get_all(key)}


def _count_label(counts: dict[str, int], labels: dict[str, str]) -> Callable[[str], str]:
    return lambda value: f"{labels.get(value, value)} ({counts.get(value, 0):,})"


def _adopt_link(vocabulary: Vocabulary) -> None:
    """Fill the widgets from the URL when it brings filters this session did not write.

    That is a fresh link, or Back/Forward to an earlier view. A URL without filters after the
    first run is a page switch (navigation drops query pairs): the widgets keep their values.
    """
    raw = _raw_params()
    first_run = WRITTEN_KEY not in st.session_state
    if not first_run and (not raw or raw == st.session_state[WRITTEN_KEY]):
        return
    asked = parse(raw, vocabulary)
    st.session_state[NOTICE_KEY] = asked.ignored
    _set_widgets(asked.state)


def _set_widgets(state: FilterState) -> None:
    st.session_state[WIDGET["actor"]] = list(state.actors)
    st.session_state[WIDGET["type"]] = list(state.types)
    st.session_state[WIDGET["from"]] = state.date_from
    st.session_state[WIDGET["to"]] = state.date_to
    st.session_state[WIDGET["outlet"]] = list(state.outlets)
    st.session_state[WIDGET["modality"]] = list(state.modalities)
    st.session_state[WIDGET["q"]] = state.text


def _keep_known(vocabulary: Vocabulary) -> None:
    """Drop widget values the archive no longer knows (after a rebuild), before drawing them."""
    allowed = {
        "actor": vocabulary.actors,
        "type": vocabulary.types,
        "outlet": vocabulary.outlets,
        "modality": vocabulary.modalities,
    }
    for key, known in allowed.items():
        values = st.session_state.get(WIDGET[key]) or []
        st.session_state[WIDGET[key]] = [v for v in values if v in known]


def _widget_params() -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for key in KEYS:
        value = st.session_state.get(WIDGET[key])
        if isinstance(value, date):
            params[key] = [value.isoformat()]
        elif isinstance(value, str):
            params[key] = [value] if value.strip() else []
        elif value:
            params[key] = [str(v) for v in value]
    return {key: values for key, values in params.items() if values}


def _write_url(state: FilterState) -> None:
    """Make the address bar show exactly these filters, leaving page parameters alone."""
    wanted = state.query_params()
    for key in KEYS:
        if key in wanted and st.query_params.get_all(key) != wanted[key]:
            st.query_params[key] = wanted[key]
        elif key not in wanted and key in st.query_params:
            del st.query_params[key]
    st.session_state[WRITTEN_KEY] = wanted


def sidebar(archive: Archive, page_path: str) -> View:
    """The filters, defined once for every page and kept in the URL; returns the view."""
    vocabulary = queries.vocabulary(archive)
    _adopt_link(vocabulary)
    _keep_known(vocabulary)
    actor_counts = dict(
        zip(archive.actor_counts["actor_id"], archive.actor_counts["n"], strict=True)
    )
    type_counts = dict(
        zip(archive.type_counts["event_type"], archive.type_counts["n"], strict=True)
    )
    types = [t for t in known_types() if t in vocabulary.types]
    types += sorted(vocabulary.types - set(types))
    with st.sidebar:
        _browser_report()
        st.header("Filters")
        st.multiselect(
            "Actors",
            options=archive.actor_counts["actor_id"].to_list(),
            format_func=_count_label(actor_counts, archive.actor_names()),
            key=WIDGET["actor"],
            placeholder="Search actors…",
            help="Events involving any of these actors; the number is their count of events.",
        )
        st.pills(
            "Event types",
            options=types,
            format_func=_count_label(type_counts, {t: as_text(type_style(t).label) for t in types}),
            selection_mode="multi",
            key=WIDGET["type"],
        )
        st.date_input(
            "From", value=None, min_value=DATE_BOUNDS[0], max_value=DATE_BOUNDS[1],
            format="YYYY-MM-DD", key=WIDGET["from"],
        )  # fmt: skip
        st.date_input(
            "To", value=None, min_value=DATE_BOUNDS[0], max_value=DATE_BOUNDS[1],
            format="YYYY-MM-DD", key=WIDGET["to"],
        )  # fmt: skip
        st.multiselect(
            "Outlets",
            options=sorted(vocabulary.outlets),
            key=WIDGET["outlet"],
            placeholder="Any outlet",
        )
        st.pills(
            "Modality",
            options=list(MODALITIES),
            selection_mode="multi",
            key=WIDGET["modality"],
            help="asserted: it happened; planned: announced; negated: denied or cancelled.",
        )
        st.text_input("Search", key=WIDGET["q"], placeholder="words in summaries and quotes")
        st.button("Reset filters", on_click=_reset, icon=":material/restart_alt:")
    state = parse(_widget_params(), vocabulary).state
    _write_url(state)
    data = settings.data_dir()
    events, n_events = _selection(str(data), fingerprint(data), state)
    view = View(archive, state, events, n_events, page_path)
    st.session_state[VIEW_KEY] = view
    return view


BROWSER_KEY = "_linimasa_browser"
_BROWSER = st.components.v2.component(
    "linimasa_browser", js=(Path(__file__).with_name("browser.js")).read_text(encoding="utf-8")
)


def _take_typed_date() -> None:
    """A date typed into From or To, complete but not yet committed by the field: applied now."""
    typed = (st.session_state.get(BROWSER_KEY) or {}).get("typed") or {}
    key, value = typed.get("key"), typed.get("value")
    if key not in ("from", "to") or not isinstance(value, str):
        return
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return
    if DATE_BOUNDS[0] <= day <= DATE_BOUNDS[1]:
        st.session_state[WIDGET[key]] = day


def _browser_report() -> None:
    """Mount the browser-side helper (`browser.js`); it draws nothing."""
    _BROWSER(
        key=BROWSER_KEY,
        data={
            "fields": {key: f".st-key-{WIDGET[key]}" for key in ("from", "to")},
            "maxPairs": MAX_LINK_PARAMETERS,
        },
        default={"link": None},
        height=0,
        on_typed_change=_take_typed_date,
        on_link_change=lambda: None,
    )


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


def _reset() -> None:
    _set_widgets(FilterState())
    st.session_state[NOTICE_KEY] = []


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
        st.code(view_link(current, extra), language=None, wrap_lines=True)
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


def chart(fig: go.Figure, key: str | None = None, selectable: bool = False) -> list[str]:
    """Draw a figure; with `selectable`, the event ids (customdata[0]) of clicked marks."""
    config = {"displaylogo": False}
    if not selectable:
        st.plotly_chart(fig, width="stretch", config=config, key=key)
        return []
    picked = st.plotly_chart(
        fig, width="stretch", config=config, key=key,
        on_select="rerun", selection_mode=("points", "box"),
    )  # fmt: skip
    return _event_ids(picked.selection.points if picked else [])


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


def clock_label(event: dict[str, object]) -> str:
    """` at 10:15` (or ` around 10:00` for an hour only) where the text gave the clock time."""
    clock = event.get("time_of_day")
    if not clock:
        return ""
    return f" {'around' if event.get('time_precision') == 'hour' else 'at'} {as_text(str(clock))}"


BASIS_WORDS = {
    "explicit": "written out",
    "relative": "counted from the publication or an earlier date",
    "inferred": "the story's day: the text gives none for this event",
    "none": "no date",
}


def event_panel(archive: Archive, event_id: str) -> None:
    """An event's details: actors, and every report's sentence with trigger, actors and date
    highlighted, with a link to the article."""
    event_id, merged_from = archive.resolve_event(event_id)
    details = queries.event_details(archive, event_id)
    if details is None:
        st.warning(as_text(f"No event with id {event_id} in the archive."))
        return
    if merged_from is not None:
        st.info(
            as_text(f"Event {merged_from} was merged into event {event_id}: showing {event_id}."),
            icon=":material/merge:",
        )
    event = details.event
    style = type_style(str(event["event_type"]))
    st.subheader(as_text(str(event["summary"])))
    facts = [
        f"**{style.label}**",
        as_text(str(event["date_label"]))
        + clock_label(event)
        + f" ({as_text(event['granularity'])}, "
        + f"{BASIS_WORDS.get(str(event['date_basis']), 'no date')})",
        as_text(str(event["location"] or "place unknown")),
        as_text(str(event["modality"])),
        counted(int(event["n_articles"] or 0), "article"),
    ]
    st.markdown(" · ".join(facts))
    st.markdown(
        "Actors: "
        + ", ".join(
            f"{as_text(name)} ({as_text(role)})"
            for name, role in details.actors.select("name", "role").iter_rows()
        )
    )
    terms = [(str(n), "actor") for n in details.actors["name"].drop_nulls()]
    terms += [
        (str(a), "actor") for aliases in details.actors["aliases"].to_list() for a in aliases or []
    ]
    st.markdown(legend_html(), unsafe_allow_html=True)
    for report in details.reports.iter_rows(named=True):
        sentence = report["sentence"] or ""
        marks = find_terms(sentence, [*terms, (report["trigger"], "trigger")])
        marks += find_terms(sentence, [(report["date_text"] or "", "date")])
        heading = " · ".join(
            part
            for part in (
                as_text(report["outlet"] or "unknown outlet"),
                str(report["published"] or "undated"),
                link_html(report["url"], report["title"] or report["article_id"]),
            )
            if part
        )
        st.markdown(
            f"<div style='margin:.4em 0 .8em'><small>{heading}</small><br>"
            f"{to_html(sentence, marks)}</div>",
            unsafe_allow_html=True,
        )


def highlight_legend() -> str:
    return legend_html()


@st.cache_data(max_entries=64, show_spinner="Reading the article…")
def _etl_marks(article_id: str, text: str, published: date | None) -> list[Mark]:
    """The ETL's time expressions, actors and triggers for one article (cached per article)."""
    del article_id
    from app import pipeline  # loads the ETL's language models only when an article is shown

    return pipeline.article_marks(text, published)


def article_view(article: dict[str, object], produced: pl.DataFrame) -> str:
    """An article's text as HTML: the sentences that report events shaded, their triggers, and
    the ETL's time expressions and actors marked."""
    text = str(article["text"] or "")
    marks = [
        Mark(start, end, "sentence", summary)
        for start, end, summary in produced.select("char_start", "char_end", "summary").iter_rows()
    ]
    for start, end, trigger in produced.select("char_start", "char_end", "trigger").iter_rows():
        marks += [
            Mark(start + m.start, start + m.end, "trigger", trigger)
            for m in find_terms(text[start:end], [(trigger, "trigger")])
        ]
    marks += _etl_marks(str(article["article_id"]), text, article["published"])
    return (
        "<div style='line-height:1.7;max-width:60em;border-left:3px solid #ddd;"
        f"padding-left:1em'>{to_html(text, marks)}</div>"
    )


def _encoded(table: pl.DataFrame, extension: str) -> bytes:
    """A contract table as a file; list columns joined with "; " for CSV."""
    buffer = io.BytesIO()
    if extension == "parquet":
        table.write_parquet(buffer)
    elif extension == "json":
        table.write_json(buffer)
    else:
        table.with_columns(pl.col(pl.List(pl.String)).list.join("; ")).write_csv(buffer)
    return buffer.getvalue()


def downloads(current: View) -> None:
    """The view as one flat table, in the format the user picks, computed on click; the contract
    tables of the selection below it."""
    st.subheader("Download the view")
    link = view_link(current)
    kind = st.radio("Format", list(export.FORMATS), horizontal=True, key="export_format")
    extension, mime = export.FORMATS[kind]
    name = export.file_name(current.state, current.page_path, extension)
    st.download_button(
        f"Download {counted(current.n_events, 'event')} as {extension.upper()}",
        data=lambda: export.encode(queries.view_table(current.archive, current.events),
                                   extension, link),
        file_name=name,
        mime=mime,
        icon=":material/download:",
    )  # fmt: skip
    st.caption(as_text(f"{name}: one row per event; the file records this view's link ({link})."))
    with st.expander("The contract tables of the selection"):
        tables = queries.filtered_tables(current.archive, current.events)
        rows = queries.table_counts(current.archive, current.events)
        left, right = st.columns(2)
        table = left.selectbox(
            "Table", list(tables), format_func=lambda t: f"{t} ({rows[t]:,} rows)"
        )
        kind = right.radio("Format", list(export.FORMATS), horizontal=True, key="table_format")
        extension, mime = export.FORMATS[kind]
        st.download_button(
            f"Download {table}.{extension}",
            data=lambda: _encoded(tables[table].collect(), extension),
            file_name=f"linimasa-{table}-{export.view_slug(current.state)}.{extension}",
            mime=mime,
            icon=":material/download:",
        )


def network_download(current: View, nodes: pl.DataFrame, edges: pl.DataFrame) -> None:
    """The network as drawn, as GraphML for Gephi or networkx, with the view's link inside."""
    extension, mime = export.GRAPHML
    st.download_button(
        "Download the network (GraphML)",
        data=lambda: export.network_graphml(nodes, edges, view_link(current)),
        file_name=export.file_name(current.state, current.page_path, extension, "network"),
        mime=mime,
        icon=":material/hub:",
        disabled=edges.is_empty(),
    )


UPLOAD_REPORT_KEY = "_linimasa_upload_report"
REMOVE_REPORT_KEY = "_linimasa_remove_report"


def _said(names: tuple[str, ...]) -> str:
    return ", ".join(f"“{as_text(n)}”" for n in names)


def _upload_messages(report: IngestReport) -> None:
    """One message per file, saying what is now stored of it, and the archive's size."""
    for outcome in report.outcomes:
        name = as_text(outcome.name)
        if outcome.status == "added":
            copies = (
                f"; {len(outcome.duplicates)} already in the archive as "
                f"{_said(outcome.duplicates)}, not added again"
                if outcome.duplicates
                else ""
            )
            skipped = f"; {len(outcome.reasons)} left out" if outcome.reasons else ""
            added = counted(outcome.n_articles, "article")
            st.success(f"{name}: {added} added{copies}{skipped}.")
            for reason in outcome.reasons:
                st.caption(as_text(f"{outcome.name}: {reason}"))
        elif outcome.status == "duplicate":
            st.warning(
                f"{name}: already in the archive as {_said(outcome.duplicates)}; not added.",
                icon=":material/content_copy:",
            )
        else:
            st.error(
                f"{name}: not added: " + as_text("; ".join(outcome.reasons)),
                icon=":material/block:",
            )
    size = counted(report.n_articles, "article")
    if report.changed:
        st.info(f"The archive now holds {size}.")
    else:
        st.info(f"Nothing was added; the archive is unchanged ({size}).")


def upload_form() -> None:
    """Add articles: validated by the ETL's readers, kept in the raw folder, only the new ones
    extracted and merged into the archive."""
    from app import pipeline  # the ETL loads only on the page that ingests

    st.subheader("Add articles")
    st.caption(
        "Text (.txt, one article), JSON lines or JSON (.jsonl/.json), CSV (.csv, one row per "
        "article, a `text` column) or a saved news page (.html), up to "
        f"{pipeline.MAX_FILE_BYTES // 1_048_576} MB a file. Files without a new article are "
        "reported and change nothing."
    )
    report = st.session_state.pop(UPLOAD_REPORT_KEY, None)
    if report is not None:
        _upload_messages(report)
    with st.form("upload", clear_on_submit=True):
        files = st.file_uploader(
            "Articles", type=list(pipeline.UPLOAD_TYPES), accept_multiple_files=True
        )
        submitted = st.form_submit_button("Add to the archive", icon=":material/upload:")
    if submitted and files:
        bar = st.progress(0.0, text="Reading the articles…")

        def report_progress(done: int, total: int) -> None:
            bar.progress(done / max(total, 1), text=f"Processing articles: {done} of {total}")

        try:
            result = pipeline.ingest(
                [(f.name, f.getvalue()) for f in files],
                settings.raw_dir(),
                settings.data_dir(),
                report_progress,
            )
        except Exception as error:
            st.error(
                as_text(f"The upload could not be taken in; the archive is unchanged: {error}")
            )
            return
        st.session_state[UPLOAD_REPORT_KEY] = result
        st.rerun()


def _remove_upload(name: str) -> None:
    """Runs as the button's callback, before the page, so the page shows the archive after it."""
    from app import pipeline

    try:
        left = pipeline.remove_upload(name, settings.raw_dir(), settings.data_dir())
    except Exception as error:
        st.session_state[REMOVE_REPORT_KEY] = (
            False,
            f"{name} could not be removed; the archive is unchanged: {error}",
        )
        return
    st.session_state[REMOVE_REPORT_KEY] = (
        True,
        f"Removed {name} and its articles; the archive now holds {left:,} articles.",
    )


def uploaded_files(current: View) -> None:
    """The files added through this page (name, articles, when), and a way to remove one: its
    articles leave the archive, every other event keeps its id."""
    from app import pipeline

    st.subheader("Uploaded files")
    said = st.session_state.pop(REMOVE_REPORT_KEY, None)
    if said is not None:
        (st.success if said[0] else st.error)(as_text(said[1]))
    listed = pipeline.uploads(settings.raw_dir(), current.archive.articles)
    if listed.is_empty():
        st.caption("No file has been uploaded yet.")
        return
    st.dataframe(
        listed,
        hide_index=True,
        column_config={"added": st.column_config.DatetimeColumn(format="YYYY-MM-DD HH:mm")},
    )
    name = st.selectbox("File", listed["file"].to_list(), key="remove_file")
    st.button(
        "Remove from the archive",
        icon=":material/delete:",
        key="remove_upload",
        on_click=_remove_upload,
        args=(name,),
    )
