"""Map: where the selected events happened, one bubble per place and type, sized by count."""

import streamlit as st

from app import figures, queries, ui
from app.basemap import world_cities

view = ui.event_page("map", "Map")

points = queries.map_points(view.events)
placed = int(points["n"].sum()) if points.height else 0
st.caption(f"{placed:,} of {view.events.height:,} selected events have a known place.")
ui.chart(figures.event_map(points, world_cities()), key="map")
