"""Start the dashboard with its process warmed, so that the first visitor's link opens at once.

`streamlit run dashboard.py` imports the app and reads the archive in the first visitor's
session, and runs a first link to a page twice: Streamlit takes an app with a `pages/` folder for
a legacy one until `st.navigation` is first called (`ui.page_view`). This does both before the
server listens: the pages are declared to be driven by `st.navigation` only; the modules the
pages use (and pandas, which Streamlit imports lazily) are imported; plotly's trace classes are
built; the ETL's models are loaded for the Articles page; and the archive and its unfiltered
selection are cached (`ui.current_archive` is keyed on the files, so a rebuilt set is read
again as before). What the warm-up built is then frozen out of the garbage collector's reach
(`gc.freeze`): Streamlit collects every generation after each run (`runner.postScriptGC`), and
walking these long-lived objects took 0.3–1.4 s a run, holding the GIL, while the browser
waited for the page's scripts. Then it hands over to Streamlit, with its file watcher off
(`WATCHER_OFF`).

Run: `python -m app.server [streamlit run options]`, e.g. `--server.port 8502`.
"""

from __future__ import annotations

import gc
import sys
from datetime import date
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

ENTRY = Path(__file__).resolve().parents[1] / "dashboard.py"
SENTENCE = "Jakarta, KABAR LINIMASA - Presiden Budi Santoso bertemu Ari Wibowo di Bandung."
"""Read once by the ETL at start, so that its language models are loaded before the Articles
page first marks an article (that took four seconds and more); a dateline and untitled names
are what make it load them all."""


WATCHER_OFF = ["--server.fileWatcherType", "none"]
"""Streamlit's watcher (for a developer's edits: "Source file changed, rerun?") walks every
imported module's path on the server's event loop after each script run, thousands of them with
polars, plotly and the ETL: 0.25 s in which the server answered nothing, a cold link's last
message and its chart's plotly.js build included. A served app needs no watcher; an option
given after `python -m app.server` still wins (`--server.fileWatcherType auto`)."""


def warm() -> None:
    """Import what every page imports, build a figure of each kind, and cache the archive the
    first link will read: each of these took a second or more of the first visitor's run."""
    import pandas  # Streamlit reads a component's data and the tables through it, lazily
    import plotly.graph_objects as go
    from streamlit import delta_generator

    from app import (
        archive,
        downloads,
        figures,
        panels,
        pipeline,
        selection_queries,
        settings,
        sidebar,
        ui,
        uploads,
    )
    from app.filters import FilterState

    del pandas, downloads, figures, panels, sidebar, uploads  # imported for their import time
    # Streamlit asks once, at the first element, whether it runs in a REPL, by walking the
    # stack's source files; under `streamlit run` it does not, so the answer is known.
    delta_generator._use_warning_has_been_displayed = True
    go.Figure([go.Scatter(), go.Scattergl(), go.Bar(), go.Scattergeo()]).to_json()
    pipeline.article_marks(SENTENCE, date(2023, 4, 17))
    data = settings.data_dir()
    if archive.has_tables(data):
        selection_queries.vocabulary(ui.current_archive())
        ui.selection(str(data), archive.fingerprint(data), FilterState())


def main() -> None:
    # Streamlit's own flag (1.67) for an app whose pages come from `st.navigation`, which the
    # first run of `dashboard.py` would set; set here, a first link to a page runs only once.
    PagesManager.uses_pages_directory = False
    warm()
    gc.freeze()  # the warm-up's objects live as long as the process: no run walks them again
    sys.argv = ["streamlit", "run", str(ENTRY), *WATCHER_OFF, *sys.argv[1:]]
    sys.exit(cli.main())


if __name__ == "__main__":
    main()
