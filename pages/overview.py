"""Overview: the headline figures, a compact timeline and the latest events of the selection."""

import streamlit as st

from app import figures, overview_queries, periods, ui
from app.text import as_text, counted
from app.vocabulary import type_style

view = ui.event_page("", "Overview")

numbers = overview_queries.headline(view.archive, view.events)
span = (
    f"{numbers.first_day:%-d %b %Y} – {numbers.last_day:%-d %b %Y}"
    if numbers.first_day and numbers.last_day
    else "not dated"
)
cells = st.columns(4)
cells[0].metric("Events", f"{numbers.n_events:,}")
cells[1].metric("Actors", f"{numbers.n_actors:,}")
cells[2].metric("Articles", f"{numbers.n_articles:,}")
cells[3].metric("Outlets", f"{numbers.n_outlets:,}")
by_type = " · ".join(
    f"**{n:,}** {as_text(type_style(t).label.lower() if n == 1 else type_style(t).plural)}"
    for t, n in numbers.by_type.items()
)
st.markdown(f"{by_type} — dated {span}")

every = periods.period_for(numbers.first_day, numbers.last_day)
ui.chart(figures.compact_timeline(periods.events_per_period(view.events, every)))

st.subheader("Latest events")
st.dataframe(
    overview_queries.latest_events(view.archive, view.events).drop("event_id"),
    hide_index=True,
    width="stretch",
    column_config={"event_type": "type"},
)
undated = periods.undated_count(view.events)
if undated:
    st.caption(f"{counted(undated, 'selected event')} without a resolvable date: not on time axes.")
