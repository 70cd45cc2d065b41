"""Articles: each article with its time expressions, actors and event triggers highlighted, and
the events it produced, so a reader can check why the app believes what it shows."""

import streamlit as st

from app import article_queries, panels, ui
from app.filters import Ignored
from app.text import as_text, counted, safe_url

PICK = "article_pick"


def _keep_pick() -> None:
    """The picked article goes into the URL before the page reruns, so the share link holds it."""
    st.query_params["article"] = st.session_state[PICK]


view = ui.page_view("articles")
linked = st.query_params.get("article")
known = bool(linked) and article_queries.article(view.archive, linked) is not None
notices = [] if known or not linked else [Ignored("article", linked, "no such article")]
ui.header("Articles", view, {"article": linked} if known else None, notices)
if view.archive.is_empty:
    ui.no_data()
    st.stop()

listed = article_queries.articles_for(view.archive, view.events)
options = listed["article_id"].to_list()
if known and linked not in options:
    options.insert(0, linked)
if not options:
    st.info("No article reports the selected events. Widen the filters in the sidebar.")
    st.stop()
if known and st.session_state.get(PICK) != linked:
    st.session_state[PICK] = linked
titles = dict(zip(listed["article_id"], listed["title"], strict=True))
outlets = dict(zip(listed["article_id"], listed["outlet"], strict=True))
chosen = st.selectbox(
    "Article",
    options=options,
    key=PICK,
    on_change=_keep_pick,
    format_func=lambda a: f"{titles.get(a) or a} — {outlets.get(a) or 'unknown outlet'}",
)
row = article_queries.article(view.archive, chosen)
produced = article_queries.article_events(view.archive, chosen)
st.markdown(
    " · ".join(
        as_text(part)
        for part in (row["outlet"] or "unknown outlet", row["dateline"], row["published"])
        if part
    )
    + f" (date {as_text(row['published_basis'])})"
)
original = safe_url(row["url"])
if original:
    st.link_button("Open the original", original, icon=":material/open_in_new:")
st.markdown(panels.highlight_legend(), unsafe_allow_html=True)
st.markdown(panels.article_view(row, produced), unsafe_allow_html=True)
listing = article_queries.article_event_list(produced)
st.subheader(f"Events from this article ({listing.height:,})")
if listing.height:
    st.dataframe(listing, hide_index=True, width="stretch")
else:
    st.caption(
        f"The ETL found no event in this article's {counted(len(row['text'] or ''), 'character')}."
    )
