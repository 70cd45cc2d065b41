"""Timeline: one lane per actor, time across; click an event to read why the app believes it."""

import streamlit as st

from app import figures, queries, ui

chosen = st.query_params.get("event")
view = ui.event_page("timeline", "Timeline", extra={"event": chosen} if chosen else None)

lane_ids = queries.lanes(view.events, view.state)
marks = queries.timeline_marks(view.events, lane_ids)
figure = figures.timeline(
    marks, lane_ids, view.archive.actor_names(), (view.state.date_from, view.state.date_to)
)
if marks.height > figures.MAX_MARKS:
    st.caption(
        f"{marks.height:,} events: drawn as counts per period. Narrow the dates or the actors "
        "in the sidebar to see single events and open them."
    )
elif not view.state.actors:
    st.caption("Lanes for the most active actors; pick actors in the sidebar to choose lanes.")
clicked = ui.chart(figure, key="timeline", selectable=True)
undated = queries.undated_count(view.events)
if undated:
    st.caption(f"{undated:,} selected events have no resolvable date and are not drawn.")

if clicked:
    chosen = clicked[0]
    st.query_params["event"] = chosen
if chosen:
    with st.container(border=True):
        ui.event_panel(view.archive, chosen)
else:
    st.caption("Click an event on the chart to see its actors and the sentences that report it.")
