"""The served page names what a first page fetches: the plotly.js build and Streamlit's element
chunks with everything they import, so that the browser fetches them while the server is idle."""

import asyncio
from pathlib import Path

import pytest
from starlette.responses import FileResponse
from streamlit.web.server.starlette import starlette_static_routes

from app import page_head

CHART_JS = (Path(page_head.__file__).with_name("chart.js")).read_text(encoding="utf-8")


def _chunks(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("files", "roots", "closure"),
    [
        # a root and what it imports, named as rolldown writes it, each once
        (
            {
                "Chart.A1.js": 'import{t as e}from"./util.B2.js";import"./side.C3.js";',
                "util.B2.js": 'import{o}from"./side.C3.js";',
                "side.C3.js": "export const o=1;",
                "unrelated.D4.js": "export const x=1;",
            },
            ("Chart",),
            ["Chart.A1.js", "util.B2.js", "side.C3.js"],
        ),
        # `Button` is not `ButtonGroup`; a root Streamlit does not ship is left out
        (
            {"Button.E5.js": "", "ButtonGroup.F6.js": "", "Button.map.G7.js": ""},
            ("Button", "Slider"),
            ["Button.E5.js"],
        ),
        # an import of a file that is not there is not named
        ({"Chart.A1.js": 'import"./gone.H8.js";'}, ("Chart",), ["Chart.A1.js"]),
    ],
)
def test_the_chunks_are_the_roots_and_their_static_imports(tmp_path, files, roots, closure):
    assert page_head.chunk_closure(_chunks(tmp_path, files), roots) == closure


def test_the_tags_preload_the_build_and_each_chunk_and_load_the_build_as_the_chart_does():
    tags = page_head.head_tags("/app/static/plotly/p.js", ("Chart.A1.js", "util.B2.js"))
    assert tags.startswith(
        '<link rel="preload" href="/app/static/plotly/p.js" as="script" />'
        '<link rel="modulepreload" href="./static/js/Chart.A1.js" />'
        '<link rel="modulepreload" href="./static/js/util.B2.js" />'
        "<script>addEventListener('load', "
    )
    assert tags.endswith("</script>") and tags.count("<script>") == 1
    script = tags[tags.index("<script>") :]
    assert 'const bundle = "/app/static/plotly/p.js";' in script
    assert "window.__linimasaPlotly" in script and "window.__linimasaPlotly" in CHART_JS


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (b"<html><head><title>S</title></head><body/>", b"<html><head><title>S</title>T</head>"),
        (b"<p>no head</p>", b"<p>no head</p>"),
    ],
)
def test_the_tags_end_the_head(html, expected):
    assert page_head.with_head(html, "T").startswith(expected)


def test_every_first_chunk_is_one_streamlit_ships():
    chunks = page_head._first_chunks()
    js_dir = Path(starlette_static_routes.file_util.get_static_dir()) / "static" / "js"
    for root in page_head.FIRST_CHUNKS:
        assert any(c.startswith(f"{root}.") and c.count(".") == 2 for c in chunks), root
    assert all((js_dir / c).is_file() for c in chunks)


def _get(handler, path: str):
    scope = {"type": "http", "method": "GET", "path": f"/{path}", "headers": [], "root_path": ""}
    return asyncio.run(handler.get_response(path, scope))


def test_streamlits_handler_serves_its_page_with_the_tags_and_other_files_as_they_are(tmp_path):
    (tmp_path / "index.html").write_bytes(b"<html><head></head><body></body></html>")
    (tmp_path / "app.js").write_bytes(b"console.log(1)")
    page_head.install()
    page_head.install()  # a second install does not wrap twice
    handler = starlette_static_routes.create_streamlit_static_handler(str(tmp_path), "lini")
    for path in ("", "timeline"):  # the root and a page's path, which falls back to the page
        page = _get(handler, path)
        assert page.status_code == 200 and page.headers["Cache-Control"] == "no-cache"
        body = page.body.decode()
        assert body.count('<link rel="preload" href="/lini/app/static/plotly/') == 1
        assert body.count('rel="modulepreload" href="./static/js/BidiComponent.') == 1
        assert body.endswith("</head><body></body></html>")
    script = _get(handler, "app.js")
    assert isinstance(script, FileResponse) and script.path.endswith("app.js")
