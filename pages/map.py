"""Map: where the selected events happened, one bubble per place and type, sized by count, on
the app's own Natural Earth basemap (served by this server, so the map draws offline)."""

import streamlit as st

from app import basemap, figures, map_queries, ui

view = ui.event_page("map", "Map")

points = map_queries.map_points(view.events)
placed = int(points["n"].sum()) if points.height else 0
st.caption(f"{placed:,} of {view.n_events:,} selected events have a known place.")
ui.chart(
    figures.event_map(points),
    key="map",
    config={"topojsonURL": basemap.topojson_url(st.get_option("server.baseUrlPath"))},
)
