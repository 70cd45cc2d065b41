"""Statements: who said what, when, in which outlet, with the sentence it was reported in."""

import streamlit as st

from app import statement_queries, ui

view = ui.event_page("statements", "Statements")

search = st.text_input("Search the quotes", key="say", placeholder="a word, a speaker…")
quotes = statement_queries.statements(view.archive, view.events, search)
if quotes.is_empty():
    st.info("No statement matches. Try other words, or widen the filters in the sidebar.")
    st.stop()
st.caption(f"{quotes.height:,} quotes shown, most recent first.")
st.dataframe(
    quotes.drop("event_id"),
    hide_index=True,
    width="stretch",
    column_config={
        "quote": st.column_config.TextColumn("quote", width="large"),
        "sentence": st.column_config.TextColumn("sentence", width="large"),
        "url": st.column_config.LinkColumn("article", display_text="open"),
    },
)
