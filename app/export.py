"""A view as a file: the flat table in CSV, Parquet or JSON, and the actor network as GraphML.

Every file carries the link of the view it came from, so that a table found later can be traced
back to (and reopened as) the filters that made it: Parquet in its key-value metadata under
`linimasa.view`, JSON in an envelope (`{"view": …, "events": […]}`), CSV in a first comment line
(`# view: …`, read back with `pl.read_csv(path, comment_prefix="#")`), GraphML in a graph `data`
element. File names carry a slug of the filters.
"""

from __future__ import annotations

import io
import json
import re
from xml.etree import ElementTree

import polars as pl

from app.filters import FilterState

VIEW_KEY = "linimasa.view"
FORMATS = {
    "CSV": ("csv", "text/csv"),
    "Parquet": ("parquet", "application/vnd.apache.parquet"),
    "JSON": ("json", "application/json"),
}
GRAPHML = ("graphml", "application/graphml+xml")
MAX_SLUG = 80
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def view_slug(state: FilterState, page_path: str = "") -> str:
    """`timeline-meeting-vladimir-putin-2023-04-01-2023-04-30`: the view in a file name."""
    values = [v for values in state.query_params().values() for v in values]
    words = _NOT_SLUG.sub("-", " ".join([page_path or "overview", *values]).lower()).strip("-")
    if state.is_empty:
        words += "-all"
    return words[:MAX_SLUG].rstrip("-")


def file_name(state: FilterState, page_path: str, extension: str, what: str = "events") -> str:
    return f"linimasa-{what}-{view_slug(state, page_path)}.{extension}"


def encode(table: pl.DataFrame, extension: str, link: str) -> bytes:
    """The table in one of `FORMATS`, with the view's link inside the file."""
    buffer = io.BytesIO()
    if extension == "parquet":
        table.write_parquet(buffer, metadata={VIEW_KEY: link})
    elif extension == "json":
        rows = json.loads(table.write_json())
        envelope = {"view": link, "n_events": table.height, "events": rows}
        buffer.write(json.dumps(envelope, ensure_ascii=False, indent=1).encode())
    else:
        buffer.write(f"# view: {link}\n".encode())
        table.with_columns(pl.col(pl.List(pl.String)).list.join("; ")).write_csv(buffer)
    return buffer.getvalue()


def network_graphml(nodes: pl.DataFrame, edges: pl.DataFrame, link: str) -> bytes:
    """Who met or visited whom as GraphML (Gephi, networkx, yEd): nodes with name and ties,
    undirected edges weighted by shared events, the view's link on the graph."""
    root = ElementTree.Element("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
    keys = [("view", "graph", "string"), ("name", "node", "string"), ("ties", "node", "int"),
            ("weight", "edge", "int")]  # fmt: skip
    for name, scope, kind in keys:
        ElementTree.SubElement(
            root, "key", {"id": name, "for": scope, "attr.name": name, "attr.type": kind}
        )
    graph = ElementTree.SubElement(root, "graph", id="linimasa", edgedefault="undirected")
    ElementTree.SubElement(graph, "data", key="view").text = link
    for actor_id, name, ties in nodes.select("actor_id", "name", "n").iter_rows():
        node = ElementTree.SubElement(graph, "node", id=actor_id)
        ElementTree.SubElement(node, "data", key="name").text = name
        ElementTree.SubElement(node, "data", key="ties").text = str(ties)
    for source, target, n in edges.select("source", "target", "n").iter_rows():
        edge = ElementTree.SubElement(graph, "edge", source=source, target=target)
        ElementTree.SubElement(edge, "data", key="weight").text = str(n)
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)
