"""The app's own plotly.js build: which trace types it draws and where the browser fetches it.

Streamlit's chart element loads plotly.js with every trace type (4.7 MB), and evaluating it was
most of a cold share link's wait; the app's charts are drawn by `app/chart.js` with a build of
only the trace types the figures use (`static/plotly/`, built by `tools/plotly/`; see its
NOTICE), served by this server (`enableStaticServing`) like the map's basemap.

The browser fetches the build gzipped, as a file of its own (`SERVED_FILE`, unpacked by
`chart.js`): Streamlit's gzip middleware skips what is gzipped already, whereas the plain `.js`
was compressed at level 9 for each visitor, on the server's event loop, which answered nothing
else meanwhile (0.3-0.5 s of a cold link, the chart's build and the script's last messages
waiting). Its type, `application/gzip`, keeps any proxy from unpacking it on the way.
"""

from __future__ import annotations

from pathlib import Path

BUNDLE_FILE = Path(__file__).resolve().parents[1] / "static" / "plotly" / "plotly-linimasa.min.js"
SERVED_FILE = BUNDLE_FILE.with_name(BUNDLE_FILE.name + ".gz")
"""The build gzipped (`tools/plotly/build.mjs` writes both): what the browser fetches."""
SERVED_AT = "app/static/plotly/plotly-linimasa.min.js.gz"
TRACE_TYPES = frozenset({"scatter", "bar", "scattergl", "scattergeo"})
"""What the build holds (`tools/plotly/build.mjs`); a figure of another type draws nothing."""


def bundle_url(base_url_path: str = "") -> str:
    """Where the browser fetches the build from this server, under its `baseUrlPath`."""
    base = base_url_path.strip("/")
    return f"/{base}/{SERVED_AT}" if base else f"/{SERVED_AT}"
