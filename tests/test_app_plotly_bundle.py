"""The app's own plotly.js build: it holds the trace types the app declares, ships with its
licences, and is fetched from this server under its base path."""

from __future__ import annotations

import re

import pytest

from app.plotly_bundle import BUNDLE_FILE, TRACE_TYPES, bundle_url


def test_the_build_holds_exactly_the_trace_types_the_app_declares():
    banner = BUNDLE_FILE.read_text(encoding="utf-8")[:300]
    traces = re.search(r"traces: ([a-z, ]+) \|", banner)
    assert traces, banner
    assert set(traces.group(1).split(", ")) == TRACE_TYPES


def test_the_build_ships_with_its_licences_and_where_it_came_from():
    folder = BUNDLE_FILE.parent
    assert "MIT License" in (folder / "LICENSE").read_text(encoding="utf-8")
    assert "tools/plotly" in (folder / "NOTICE").read_text(encoding="utf-8")
    assert BUNDLE_FILE.with_name(BUNDLE_FILE.name + ".LEGAL.txt").is_file()


@pytest.mark.parametrize(
    ("base", "url"),
    [
        ("", "/app/static/plotly/plotly-linimasa.min.js"),
        ("linimasa", "/linimasa/app/static/plotly/plotly-linimasa.min.js"),
        ("/news/linimasa/", "/news/linimasa/app/static/plotly/plotly-linimasa.min.js"),
    ],
)
def test_the_browser_fetches_the_build_under_the_servers_base_path(base, url):
    assert bundle_url(base) == url
