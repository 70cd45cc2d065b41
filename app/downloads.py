"""The Data page's and the network's downloads: the view as a file that carries its link."""

from __future__ import annotations

import io

import polars as pl
import streamlit as st

from app import download_queries, export
from app.text import as_text, counted
from app.ui import View, view_link


def _encoded(table: pl.DataFrame, extension: str) -> bytes:
    """A contract table as a file; list columns joined with "; " for CSV."""
    buffer = io.BytesIO()
    if extension == "parquet":
        table.write_parquet(buffer)
    elif extension == "json":
        table.write_json(buffer)
    else:
        table.with_columns(pl.col(pl.List(pl.String)).list.join("; ")).write_csv(buffer)
    return buffer.getvalue()


def downloads(current: View) -> None:
    """The view as one flat table, in the format the user picks, computed on click; the contract
    tables of the selection below it."""
    st.subheader("Download the view")
    link = view_link(current)
    kind = st.radio("Format", list(export.FORMATS), horizontal=True, key="export_format")
    extension, mime = export.FORMATS[kind]
    name = export.file_name(current.state, current.page_path, extension)
    st.download_button(
        f"Download {counted(current.n_events, 'event')} as {extension.upper()}",
        data=lambda: export.encode(download_queries.view_table(current.archive, current.events),
                                   extension, link),
        file_name=name,
        mime=mime,
        icon=":material/download:",
    )  # fmt: skip
    st.caption(as_text(f"{name}: one row per event; the file records this view's link ({link})."))
    with st.expander("The contract tables of the selection"):
        tables = download_queries.filtered_tables(current.archive, current.events)
        rows = download_queries.table_counts(current.archive, current.events)
        left, right = st.columns(2)
        table = left.selectbox(
            "Table", list(tables), format_func=lambda t: f"{t} ({rows[t]:,} rows)"
        )
        kind = right.radio("Format", list(export.FORMATS), horizontal=True, key="table_format")
        extension, mime = export.FORMATS[kind]
        st.download_button(
            f"Download {table}.{extension}",
            data=lambda: _encoded(tables[table].collect(), extension),
            file_name=f"linimasa-{table}-{export.view_slug(current.state)}.{extension}",
            mime=mime,
            icon=":material/download:",
        )


def network_download(current: View, nodes: pl.DataFrame, edges: pl.DataFrame) -> None:
    """The network as drawn, as GraphML for Gephi or networkx, with the view's link inside."""
    extension, mime = export.GRAPHML
    st.download_button(
        "Download the network (GraphML)",
        data=lambda: export.network_graphml(nodes, edges, view_link(current)),
        file_name=export.file_name(current.state, current.page_path, extension, "network"),
        mime=mime,
        icon=":material/hub:",
        disabled=edges.is_empty(),
    )
