"""The Map page through `dashboard.py` with AppTest: its map is drawn on the app's own basemap,
which the browser is told to fetch from this server, never from plotly's CDN."""

from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

ENTRY = Path(__file__).resolve().parents[1] / "dashboard.py"


def _map_page(monkeypatch, tmp_path: Path, data_dir: Path) -> AppTest:
    monkeypatch.setenv("LINIMASA_DATA", str(data_dir))
    monkeypatch.setenv("LINIMASA_RAW", str(tmp_path / "raw"))
    at = AppTest.from_file(str(ENTRY), default_timeout=60)
    at.run()
    at.switch_page("pages/map.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _chart(at: AppTest) -> dict:
    """What the page gave its chart element (`app/chart.js`): the figure and plotly's config."""
    (chart,) = [
        json.loads(e.proto.json)
        for e in at.get("bidi_component")
        if e.proto.component_name == "linimasa_chart" and "figure" in json.loads(e.proto.json)
    ]
    return chart


def test_the_map_is_drawn_from_the_basemap_this_server_serves(monkeypatch, tmp_path, sample_dir):
    at = _map_page(monkeypatch, tmp_path, sample_dir)
    chart = _chart(at)
    assert chart["config"]["topojsonURL"] == "/app/static/basemap/"
    spec = json.loads(chart["figure"])
    assert {trace["type"] for trace in spec["data"]} == {"scattergeo"}
    assert spec["layout"]["geo"]["showcountries"] is True


def test_the_caption_counts_the_events_with_a_place(monkeypatch, tmp_path, sample_dir):
    at = _map_page(monkeypatch, tmp_path, sample_dir)
    spec = json.loads(_chart(at)["figure"])
    drawn = sum(sum(trace["customdata"]) for trace in spec["data"])
    captions = [c.value for c in at.caption]
    assert drawn > 0 and any(c.startswith(f"{drawn} of ") for c in captions), captions
