"""The app in a real browser: every page's share link reopens that exact view, filters survive a
page switch, a typed date reaches the URL at once, and an archive full of markup renders as text
and makes no request to another host. Headless Debian chromium driven by Playwright; screenshots
go to test-artifacts/. Without a browser the tests are skipped, except in CI, where they fail."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

import pytest

from app import selection_queries
from app.archive import load_archive
from app.filters import FilterState
from bench.browser_pages import serving

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


@contextmanager
def _serving(data_dir: Path, raw_dir: Path) -> Iterator[str]:
    """`streamlit run dashboard.py` on a free port of 127.0.0.1 over `data_dir`; its address."""
    with serving(data_dir, raw_dir=raw_dir) as (base, _pid):
        yield base


@pytest.fixture(scope="module")
def server(sample_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app over the sample archive."""
    with _serving(sample_dir, tmp_path_factory.mktemp("raw")) as base:
        yield base


@pytest.fixture(scope="module")
def hostile_server(hostile_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app over an archive with markup, script and Markdown in every field."""
    with _serving(hostile_dir, tmp_path_factory.mktemp("raw")) as base:
        yield base


@pytest.fixture(scope="module")
def browser(chromium: str):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def page(browser):
    return browser.new_page(viewport={"width": 1400, "height": 1000})


def _settled(page) -> None:
    """Wait until the app is connected and its script has finished running."""
    page.wait_for_selector("[data-test-connection-state='CONNECTED']", timeout=30_000)
    page.wait_for_timeout(300)
    page.wait_for_selector("[data-test-script-state='notRunning']", timeout=60_000)
    page.wait_for_timeout(1000)


def _selected_actors(page) -> list[str]:
    """The actor tags of the sidebar, once the first is drawn: a loaded runner can leave the
    script finished a moment before the tags are on screen."""
    tags = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect'] [data-tag]")
    tags.first.wait_for(timeout=15_000)
    return tags.all_inner_texts()


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
    selected = selection_queries.select_events(archive, state).collect()
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


def test_clicking_an_event_on_the_timeline_opens_its_reports_and_puts_it_in_the_link(
    server: str, browser
):
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.goto(f"{server}/{LINK}")
    _settled(page)
    page.locator(".js-plotly-plot .point").first.click(force=True)
    page.wait_for_url("**/timeline?*event=*", timeout=30_000)
    _settled(page)
    event = page.url.split("event=")[1].split("&")[0]
    assert page.get_by_text("Click an event on the chart").count() == 0
    assert page.locator("[data-testid='stVerticalBlock'] h2").count() >= 1, "the event's panel"
    assert f"event={event}" in _share_link(page)
    page.context.close()


CHART_LOOK = """() => { const chart = document.querySelector('.js-plotly-plot');
  const layout = chart._fullLayout, css = getComputedStyle(chart);
  const theme = (name) => css.getPropertyValue(`--st-${name}`).trim();
  return {paper: layout.paper_bgcolor, background: theme('background-color'),
          colorway: layout.colorway, palette: theme('chart-categorical-colors').split(','),
          hover_font: layout.hoverlabel.font.family, font: theme('font'),
          text_colour: layout.font.color, height: layout.height,
          asked: performance.getEntriesByType('resource').map(r => r.name)}; }"""


@pytest.mark.parametrize("page_path", ["", "timeline", "actors", "map"])
def test_every_chart_is_drawn_in_streamlits_chart_theme_by_the_apps_own_plotly_build(
    server: str, browser, page_path: str
):
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.goto(f"{server}/{page_path}")
    _settled(page)
    page.wait_for_function("() => document.querySelector('.js-plotly-plot')?._fullLayout")
    look = page.evaluate(CHART_LOOK)
    page.context.close()
    assert look["paper"].upper() == look["background"].upper() != ""
    assert look["colorway"] == look["palette"] and len(look["palette"]) == 10
    assert look["hover_font"].split(",")[0] == look["font"].split(",")[0] == '"Source Sans"'
    assert look["text_colour"] == "#808495", "Streamlit's grey for a light theme's chart text"
    assert look["height"] >= 200
    assert any(url.endswith("/app/static/plotly/plotly-linimasa.min.js") for url in look["asked"])
    assert not [url for url in look["asked"] if "/PlotlyChart." in url], "Streamlit's plotly.js"


def test_a_chart_opens_fullscreen_from_its_toolbar_and_comes_back_at_its_height(
    server: str, browser
):
    """The toolbar's fullscreen button, as Streamlit's own chart had: the chart fills the
    screen, and leaving fullscreen gives it its figure's height back."""
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.goto(f"{server}/{LINK}")
    _settled(page)
    page.wait_for_function("() => document.querySelector('.js-plotly-plot')?._fullLayout")
    height = page.evaluate("() => document.querySelector('.js-plotly-plot')._fullLayout.height")
    chart = page.locator(".js-plotly-plot")
    chart.hover()
    chart.locator("[data-title='View fullscreen']").click()
    page.wait_for_function(
        "() => { const layout = document.querySelector('.js-plotly-plot')._fullLayout;"
        " return layout.height === window.innerHeight && layout.width === window.innerWidth; }"
    )
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "timeline-fullscreen.png"))
    assert page.evaluate("() => document.fullscreenElement !== null")
    page.evaluate("() => document.exitFullscreen()")
    page.wait_for_function(
        f"() => document.querySelector('.js-plotly-plot')._fullLayout.height === {height}"
    )
    page.context.close()


PAGE_LINKS = {
    "": "Overview",
    "timeline": "Timeline",
    "actors": "Actors",
    "statements": "Statements",
    "map": "Map",
    "articles": "Articles",
    "data": "Data",
}
FILTERS = "actor=vladimir-putin&type=meeting&from=2023-04-01&to=2023-04-30"


def _share_link(page) -> str:
    page.locator("[data-testid='stExpander'] summary", has_text="Share this view").click()
    link = page.locator("[data-testid='stExpander'] [data-testid='stText']").first
    link.wait_for(timeout=30_000)  # the page may still be drawing its charts
    return link.inner_text().strip()


def _view(page) -> tuple[str, str, list[str], str]:
    """What identifies a view on screen: path, title, actor tags and the filter sentence."""
    tags = sorted(_selected_actors(page))
    title = page.locator("h1").first.inner_text()
    sentence = page.locator("[data-testid='stCaptionContainer']").first.inner_text()
    path = page.url.split("?")[0].rsplit("/", 1)[-1]
    return path, title, tags, sentence


@pytest.mark.parametrize("page_path", PAGE_LINKS)
def test_every_pages_share_link_reopens_that_view_in_a_new_browser(
    server: str, browser, sample_dir: Path, page_path: str
):
    extra = ""
    if page_path == "timeline":
        archive = load_archive(sample_dir)
        state = FilterState(actors=("vladimir-putin",), types=("meeting",))
        extra = "&event=" + selection_queries.select_events(archive, state).collect()["event_id"][0]
    first = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    first.goto(f"{server}/{page_path}?{FILTERS}{extra}")
    _settled(first)
    link = _share_link(first)
    assert link.startswith(f"{server}/{page_path}?" if page_path else f"{server}/?"), link
    assert link.split("?")[0] == f"{server}/{page_path}", "the page path comes once"
    for pair in (*FILTERS.split("&"), extra.lstrip("&")):
        assert pair in link, (pair, link)
    seen = _view(first)
    assert seen[1] == PAGE_LINKS[page_path] and any("Vladimir Putin" in t for t in seen[2])
    first.context.close()

    second = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    second.goto(link)
    _settled(second)
    assert _view(second) == seen
    assert _share_link(second) == link
    name = page_path or "overview"
    second.screenshot(path=str(ARTIFACTS / f"browser-share-{name}.png"), full_page=True)
    second.context.close()


def test_a_typed_date_reaches_the_url_and_the_share_link_while_the_field_has_focus(
    server: str, browser
):
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.goto(f"{server}/timeline?type=meeting")
    _settled(page)
    page.locator(".st-key-filter_from [data-type='year']").click()
    page.keyboard.type("20230415", delay=60)
    page.wait_for_url("**/timeline?*from=2023-04-15*", timeout=15_000)
    focused = page.evaluate("() => !!document.activeElement.closest('.st-key-filter_from')")
    assert focused, "the date applied while the field still had the focus"
    _settled(page)
    assert page.get_by_text("Meetings from 15 Apr 2023 on").count() == 1
    page.keyboard.press("Escape")
    assert "from=2023-04-15" in _share_link(page)
    page.context.close()


def test_a_link_over_streamlits_parameter_limit_says_what_it_lost(server: str, browser):
    page = browser.new_context().new_page()
    actors = "&".join(f"actor=someone-{i}" for i in range(3000))
    page.goto(f"{server}/actors?type=meeting&{actors}")
    _settled(page)
    page.wait_for_selector("[data-testid='stAlert']", timeout=15_000)
    notice = " ".join(page.locator("[data-testid='stAlert']").all_inner_texts())
    assert "3,001 parameters" in notice and "3,000 actors dropped" in notice, notice
    page.context.close()


def test_markup_in_every_field_renders_as_text_and_asks_no_other_host(
    hostile_server: str, browser, hostile_dir: Path
):
    archive = load_archive(hostile_dir)
    index = archive.index.collect()
    event = index.filter(index["date_from"].is_not_null())["event_id"][0]
    links = {
        "": "",
        "timeline": urlencode({"event": event}),
        "actors": urlencode({"actor": archive.actor_counts["actor_id"][0]}),
        "statements": "",
        "map": "",
        "articles": urlencode({"article": archive.articles.collect()["article_id"][0]}),
        "data": "",
    }
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    for path, query in links.items():
        page.goto(f"{hostile_server}/{path}?{query}")
        _settled(page)
        main = page.locator("[data-testid='stMain']")
        found = "img, a[href*='evil']:not([href^='#']), a[href^='javascript'], .katex"
        assert main.locator(found).count() == 0, "Streamlit's own heading anchors (#…) aside"
        headings = main.locator("h1, h2, h3, h4, h5, h6").all_inner_texts()
        assert "Heading" not in [h.strip() for h in headings], headings
        assert main.locator("script").count() == 0
        shown = main.inner_text()
        if path in ("timeline", "actors", "articles"):
            assert "<script>alert(1)</script>" in shown and "![px](" in shown, path
        page.screenshot(path=str(ARTIFACTS / f"browser-hostile-{path or 'overview'}.png"),
                        full_page=True)  # fmt: skip
    others = [url for url in requests if not url.startswith((hostile_server, "data:", "blob:"))]
    assert not others, others
    context.close()
