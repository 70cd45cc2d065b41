"""Articles: each article with its time expressions, actors and event triggers highlighted, and
the events it produced, so a reader can check why the app believes what it shows."""

import streamlit as st

from app import queries, ui

view = ui.page_view("articles")
ui.header("Articles", view)
if view.archive.is_empty:
    ui.no_data()
    st.stop()

listed = queries.articles_for(view.archive, view.events)
options = listed["article_id"].to_list()
linked = st.query_params.get("article")
if linked and linked not in options and queries.article(view.archive, linked):
    options.insert(0, linked)
if not options:
    st.info("No article reports the selected events. Widen the filters in the sidebar.")
    st.stop()
titles = dict(zip(listed["article_id"], listed["title"], strict=True))
outlets = dict(zip(listed["article_id"], listed["outlet"], strict=True))
chosen = st.selectbox(
    "Article",
    options=options,
    index=options.index(linked) if linked in options else 0,
    format_func=lambda a: f"{titles.get(a) or a} — {outlets.get(a) or 'unknown outlet'}",
)
st.query_params["article"] = chosen
row = queries.article(view.archive, chosen)
produced = queries.article_events(view.archive, chosen)
st.markdown(
    " · ".join(
        ui.plain(str(part))
        for part in (row["outlet"] or "unknown outlet", row["dateline"], row["published"])
        if part
    )
    + f" (date {row['published_basis']})"
)
if row["url"]:
    st.link_button("Open the original", row["url"], icon=":material/open_in_new:")
st.markdown(ui.highlight_legend(), unsafe_allow_html=True)
st.markdown(ui.article_view(row, produced), unsafe_allow_html=True)
st.subheader(f"Events from this article ({produced['event_id'].n_unique()})")
st.dataframe(produced.drop("char_start", "char_end"), hide_index=True, width="stretch")
