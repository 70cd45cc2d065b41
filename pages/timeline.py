"""Timeline: one lane per actor, time across; click an event to read why the app believes it."""

import streamlit as st

from app import figures, panels, periods, selection_queries, timeline_queries, ui
from app.text import as_text, counted

clicked = ui.clicked_events("timeline")
if clicked:
    st.query_params["event"] = clicked[0]
chosen = st.query_params.get("event")
view = ui.event_page("timeline", "Timeline", extra={"event": chosen} if chosen else None)

months = selection_queries.actor_months(view.archive, view.state)
lane_ids = timeline_queries.lanes(view.events, view.state, months=months)
marks = timeline_queries.mark_plan(view.events, lane_ids)
per_month = None if months is None else timeline_queries.lane_months(months, lane_ids)
n_marks = selection_queries.count(marks) if per_month is None else int(per_month["n"].sum())
figure = figures.timeline(
    marks,
    lane_ids,
    view.archive.actor_names(),
    (view.state.date_from, view.state.date_to),
    per_month,
)
if n_marks > figures.MAX_MARKS:
    st.caption(
        f"{n_marks:,} events: drawn as counts per period. Narrow the dates or the actors "
        "in the sidebar to see single events and open them."
    )
elif not view.state.actors:
    st.caption("Lanes for the most active actors; pick actors in the sidebar to choose lanes.")
laneless = [a for a in view.state.actors if a not in lane_ids]
if laneless:
    names = view.archive.actor_names()
    st.caption(
        as_text(", ".join(names.get(a, a) for a in laneless))
        + (" has" if len(laneless) == 1 else " have")
        + " no dated event in this view: no lane."
    )
st.caption(
    "Filled marks: it happened; hollow: planned or announced; hollow and crossed: denied or "
    "cancelled. Hatched bars: a date known only to the week, month or year."
)
ui.chart(figure, key="timeline", selectable=True)
undated = periods.undated_count(view.events)
if undated:
    st.caption(f"{counted(undated, 'selected event')} without a resolvable date: not drawn.")

if chosen:
    with st.container(border=True):
        panels.event_panel(view.archive, chosen)
else:
    st.caption("Click an event on the chart to see its actors and the sentences that report it.")
