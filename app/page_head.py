"""The page Streamlit serves, naming in its head what a first page will fetch, so that the
browser fetches it at once instead of while the server runs the script.

A cold link fetched Streamlit's element chunks (the components-v2 element, the sidebar's
widgets) lazily, as the script's first deltas named them: the server, busy running the script,
answered those requests in 0.4–0.9 s, and the chart element mounted only then and fetched the
app's 1.8 MB plotly.js build after it, serially. Here the served `index.html` preloads the build
and those chunks with their imports (`<link rel="preload">`, `<link rel="modulepreload">`):
they are fetched beside Streamlit's own bundles, while the server is idle; the chunks are
evaluated when the page imports them, the build once the page has loaded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, MutableMapping
from functools import cache
from pathlib import Path
from typing import Any

from starlette.responses import FileResponse, Response
from streamlit.web.server.starlette import starlette_static_routes

from app import plotly_bundle

HEAD_END = b"</head>"
FIRST_CHUNKS = ("BidiComponent", "Multiselect", "ButtonGroup", "DateInput", "TextInput", "Button")
"""The element chunks of every page's first run: the components-v2 element (the chart, the
browser helper) and the sidebar's widgets (multiselect, pills, date inputs, search, button)."""
IMPORT = re.compile(r"""(?:from|import)\s*["']\./([\w.\-]+\.js)["']""")


def chunk_closure(js_dir: Path, roots: tuple[str, ...]) -> list[str]:
    """The files of `js_dir` named `root.<hash>.js`, and every file they import statically,
    in the order found; a root Streamlit does not ship is left out."""
    found: list[str] = []
    todo = [p.name for root in roots for p in sorted(js_dir.glob(f"{root}.*.js"))
            if p.name.count(".") == 2]  # fmt: skip
    while todo:
        name = todo.pop(0)
        if name in found or not (js_dir / name).is_file():
            continue
        found.append(name)
        todo += IMPORT.findall((js_dir / name).read_text(encoding="utf-8"))
    return found


@cache
def _first_chunks() -> tuple[str, ...]:
    js_dir = Path(starlette_static_routes.file_util.get_static_dir()) / "static" / "js"
    return tuple(chunk_closure(js_dir, FIRST_CHUNKS))


def head_tags(bundle: str, chunks: tuple[str, ...]) -> str:
    """Preloads of the build and of `chunks` (files of Streamlit's `static/js/`, named as its
    own `index.html` names them), and the build's evaluation once the page has loaded: the
    chart element mounted only as the script ended, and evaluating the build then (0.3–0.7 s)
    came before the first draw; at `load` it falls while the server runs the script (earlier,
    it would hold up Streamlit's own start). `app/chart.js` takes that load from
    `window.__linimasaPlotly`, as it shares one load between its charts."""
    url = json.dumps(bundle)
    tags = [f'<link rel="preload" href={url} as="script" />']
    tags += [f'<link rel="modulepreload" href="./static/js/{name}" />' for name in chunks]
    tags.append(
        "<script>addEventListener('load', () => {"
        f"const bundle = {url};"
        "const loads = (window.__linimasaPlotly = window.__linimasaPlotly || {});"
        "loads[bundle] = loads[bundle] || new Promise((resolve, reject) => {"
        "const script = document.createElement('script'); script.src = bundle;"
        "script.onload = () => resolve(window.Plotly);"
        "script.onerror = () => reject(new Error('could not load ' + bundle));"
        "document.head.appendChild(script); }); });</script>"
    )
    return "".join(tags)


def with_head(html: bytes, tags: str) -> bytes:
    """`html` with `tags` at the end of its head (unchanged without a head)."""
    at = html.find(HEAD_END)
    if at < 0:
        return html
    return html[:at] + tags.encode() + html[at:]


def _rewriting(handler: Any, base_url: str | None) -> Any:
    """Streamlit's static handler, its `index.html` answers (the app's root and every page's
    path, which fall back to it) served with the preloads."""
    served = handler.get_response
    bundle = plotly_bundle.bundle_url(base_url or "")

    async def get_response(path: str, scope: MutableMapping[str, Any]) -> Response:
        response = await served(path, scope)
        if not isinstance(response, FileResponse) or not str(response.path).endswith("index.html"):
            return response
        with open(response.path, "rb") as page:
            body = with_head(page.read(), head_tags(bundle, _first_chunks()))
        headers = {"Cache-Control": response.headers.get("Cache-Control", "no-cache")}
        return Response(body, status_code=response.status_code, headers=headers,
                        media_type="text/html")  # fmt: skip

    handler.get_response = get_response
    return handler


def install() -> None:
    """Make the server Streamlit is about to start serve its page with the preloads."""
    make: Callable[[str, str | None], Any] = starlette_static_routes.create_streamlit_static_handler
    if getattr(make, "linimasa_head", False):
        return

    def create(directory: str, base_url: str | None) -> Any:
        return _rewriting(make(directory, base_url), base_url)

    create.linimasa_head = True  # type: ignore[attr-defined]
    starlette_static_routes.create_streamlit_static_handler = create
