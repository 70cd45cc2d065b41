"""The app in a real browser: a shared Timeline link opens that exact view, and the filters
survive a page switch. Headless Debian chromium driven by Playwright; screenshots go to
test-artifacts/. Without a browser the tests are skipped, except in CI, where they fail."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import queries
from app.archive import load_archive
from app.filters import FilterState

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LINK = "timeline?actor=vladimir-putin&actor=li-shangfu&type=meeting"


@pytest.fixture(scope="module")
def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        message = "no chromium on PATH (apt-get install -y chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(sample_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`streamlit run dashboard.py` on a free port of 127.0.0.1, over the sample archive."""
    port = _free_port()
    env = {
        **os.environ,
        "LINIMASA_DATA": str(sample_dir),
        "LINIMASA_RAW": str(tmp_path_factory.mktemp("raw")),
    }
    command = [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless",
               "true", "--server.address", "127.0.0.1", "--server.port", str(port)]  # fmt: skip
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if urllib.request.urlopen(f"{base}/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("streamlit did not answer on /_stcore/health within 60 s")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture(scope="module")
def page(chromium: str):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        yield browser.new_page(viewport={"width": 1400, "height": 1000})
        browser.close()


def _settled(page) -> None:
    """Wait until the app is connected and its script has finished running."""
    page.wait_for_selector("[data-test-connection-state='CONNECTED']", timeout=30_000)
    page.wait_for_timeout(300)
    page.wait_for_selector("[data-test-script-state='notRunning']", timeout=60_000)
    page.wait_for_timeout(1000)


def _selected_actors(page) -> list[str]:
    return page.locator(
        "[data-testid='stSidebar'] [data-testid='stMultiSelect'] [data-tag]"
    ).all_inner_texts()


def test_a_shared_timeline_link_opens_that_view_and_survives_a_page_switch(
    server: str, page, sample_dir: Path
):
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(f"{server}/{LINK}")
    _settled(page)
    page.wait_for_selector(".js-plotly-plot .point", timeout=30_000)

    tags = _selected_actors(page)
    assert any("Vladimir Putin" in t for t in tags) and any("Li Shangfu" in t for t in tags)
    assert page.get_by_text("Meetings involving Vladimir Putin or Li Shangfu").count() == 1

    drawn = page.evaluate(
        "() => document.querySelector('.js-plotly-plot').data"
        ".flatMap(trace => (trace.customdata || []).map(row => row[0]))"
    )
    archive = load_archive(sample_dir)
    state = FilterState(actors=("vladimir-putin", "li-shangfu"), types=("meeting",))
    selected = queries.select_events(archive, state)
    dated = set(selected.filter(selected["date_from"].is_not_null())["event_id"])
    assert drawn and set(drawn) == dated
    page.screenshot(path=str(ARTIFACTS / "browser-timeline.png"), full_page=True)

    page.locator("[data-testid='stSidebarNav'] a", has_text="Actors").click()
    _settled(page)
    assert "/actors?" in page.url
    for pair in ("actor=vladimir-putin", "actor=li-shangfu", "type=meeting"):
        assert pair in page.url
    tags = _selected_actors(page)
    assert any("Vladimir Putin" in t for t in tags) and any("Li Shangfu" in t for t in tags)
    page.screenshot(path=str(ARTIFACTS / "browser-actors.png"), full_page=True)


def test_a_link_to_an_unknown_page_names_it_and_applies_the_rest(server: str, page) -> None:
    page.goto(f"{server}/no-such-page?actor=vladimir-putin&actor=nobody")
    _settled(page)
    notice = page.locator("[data-testid='stAlert']").all_inner_texts()
    assert any("no-such-page" in text and "nobody" in text for text in notice), notice
    assert any("Vladimir Putin" in tag for tag in _selected_actors(page))


def test_the_map_draws_land_and_borders_with_no_request_to_another_host(server: str, page):
    """The basemap comes from this server: with every other host closed, the map still has its
    land and country borders."""
    from urllib.parse import urlparse

    asked: list[str] = []
    elsewhere: list[str] = []

    def only_this_server(route) -> None:
        url = route.request.url
        if urlparse(url).hostname in ("127.0.0.1", "localhost"):
            asked.append(url)
            route.continue_()
        else:
            elsewhere.append(url)
            route.abort()

    page.route("**/*", only_this_server)
    try:
        page.goto(f"{server}/map")
        _settled(page)
        page.wait_for_selector(".js-plotly-plot .geo .layer.countries path", timeout=30_000)
        drawn = page.evaluate(
            "() => Object.fromEntries(['land', 'countries', 'coastlines'].map(layer => [layer,"
            " [...document.querySelectorAll(`.js-plotly-plot .geo .layer.${layer} path`)]"
            ".reduce((n, path) => n + (path.getAttribute('d') || '').length, 0)]))"
        )
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "browser-map.png"), full_page=True)
    finally:
        page.unroute("**/*")
    assert all(length > 10_000 for length in drawn.values()), drawn
    assert any(url.endswith("/app/static/basemap/world_110m.json") for url in asked)
    assert elsewhere == []
