"""Actors: one actor's profile and activity, and the network of who met or visited whom."""

import streamlit as st

from app import actor_queries, downloads, figures, selection_queries, ui
from app.text import as_text, counted

view = ui.event_page("actors", "Actors")

months = selection_queries.actor_months(view.archive, view.state)
ranked = actor_queries.actors_ranked(view.events, view.archive, months)
options = ranked["actor_id"].to_list()
counts = dict(zip(ranked["actor_id"], ranked["n"], strict=True))
names = dict(zip(ranked["actor_id"], ranked["name"], strict=True))
preferred = [a for a in view.state.actors if a in counts]
who = st.selectbox(
    "Actor",
    options=options,
    index=options.index(preferred[0]) if preferred else 0,
    format_func=lambda a: f"{names.get(a, a)} ({counted(counts.get(a, 0), 'event')})",
)
profile = actor_queries.actor_profile(view.archive, who) if who else None
if profile:
    st.subheader(as_text(profile["name"]))
    facts = {
        "Kind": profile["kind"],
        "Country": profile["country"] or "—",
        "Titles": ", ".join(profile["titles"] or []) or "—",
        "Also called": ", ".join(profile["aliases"] or []) or "—",
        "Events in the archive": counted(int(profile["n"] or 0), "event"),
    }
    st.markdown("  \n".join(f"**{k}:** {as_text(v)}" for k, v in facts.items()))
    activity = actor_queries.actor_activity(view.events, who, months)
    st.markdown("**Events by type over time** (within the filters)")
    ui.chart(figures.compact_timeline(activity), key="activity")

st.subheader("Who met or visited whom")
shared = selection_queries.shared_events(view.archive, view.state)
nodes, edges = actor_queries.network(view.archive, view.events, shared=shared)
st.caption("Line width: number of shared meetings and visits; circle size: the actor's ties.")
ui.chart(figures.network(nodes, edges), key="network")
downloads.network_download(view, nodes, edges)
