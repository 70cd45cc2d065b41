"""The app's own plotly.js build: which trace types it draws and where the browser fetches it.

Streamlit's chart element loads plotly.js with every trace type (4.7 MB), and evaluating it was
most of a cold share link's wait; the app's charts are drawn by `app/chart.js` with a build of
only the trace types the figures use (`static/plotly/`, built by `tools/plotly/`; see its
NOTICE), served by this server (`enableStaticServing`) like the map's basemap.
"""

from __future__ import annotations

from pathlib import Path

BUNDLE_FILE = Path(__file__).resolve().parents[1] / "static" / "plotly" / "plotly-linimasa.min.js"
SERVED_AT = "app/static/plotly/plotly-linimasa.min.js"
TRACE_TYPES = frozenset({"scatter", "bar", "scattergl", "scattergeo"})
"""What the build holds (`tools/plotly/build.mjs`); a figure of another type draws nothing."""


def bundle_url(base_url_path: str = "") -> str:
    """Where the browser fetches the build from this server, under its `baseUrlPath`."""
    base = base_url_path.strip("/")
    return f"/{base}/{SERVED_AT}" if base else f"/{SERVED_AT}"
