"""The one sidebar of filters every page shares, kept in the URL.

The widgets are bound to the URL (`bind="query-params"`), so a link restores a view and every
change shows in the address bar; the raw query pairs are read first, to say what a link asked for
but got ignored. `browser.js` (a components-v2 helper that draws nothing) applies a typed date at
once and reports a link too long for Streamlit to read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import streamlit as st

from app import selection_queries, settings
from app.archive import Archive, fingerprint
from app.filters import (
    KEYS,
    MAX_LINK_PARAMETERS,
    FilterState,
    Vocabulary,
    parse,
)
from app.text import as_text
from app.ui import BROWSER_KEY, NOTICE_KEY, VIEW_KEY, View, fetch_charts, selection
from app.vocabulary import known_types, type_style
from etl.tables import MODALITIES

DATE_BOUNDS = (date(1900, 1, 1), date(2100, 12, 31))


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
    vocabulary = selection_queries.vocabulary(archive)
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
        with st.container(gap=None):  # two elements that draw nothing: one gap, not two
            _browser_report()
            fetch_charts()
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
    events, n_events = selection(str(data), fingerprint(data), state)
    view = View(archive, state, events, n_events, page_path)
    st.session_state[VIEW_KEY] = view
    return view


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


def _reset() -> None:
    _set_widgets(FilterState())
    st.session_state[NOTICE_KEY] = []
