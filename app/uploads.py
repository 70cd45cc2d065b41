"""The Data page's upload controls: add articles through the ETL, list and remove uploaded files."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from app import settings
from app.text import as_text, counted
from app.ui import View

if TYPE_CHECKING:
    from app.pipeline import IngestReport


UPLOAD_REPORT_KEY = "_linimasa_upload_report"
REMOVE_REPORT_KEY = "_linimasa_remove_report"


def _said(names: tuple[str, ...]) -> str:
    return ", ".join(f"“{as_text(n)}”" for n in names)


def _upload_messages(report: IngestReport) -> None:
    """One message per file, saying what is now stored of it, and the archive's size."""
    for outcome in report.outcomes:
        name = as_text(outcome.name)
        if outcome.status == "added":
            copies = (
                f"; {len(outcome.duplicates)} already in the archive as "
                f"{_said(outcome.duplicates)}, not added again"
                if outcome.duplicates
                else ""
            )
            skipped = f"; {len(outcome.reasons)} left out" if outcome.reasons else ""
            added = counted(outcome.n_articles, "article")
            st.success(f"{name}: {added} added{copies}{skipped}.")
            for reason in outcome.reasons:
                st.caption(as_text(f"{outcome.name}: {reason}"))
        elif outcome.status == "duplicate":
            st.warning(
                f"{name}: already in the archive as {_said(outcome.duplicates)}; not added.",
                icon=":material/content_copy:",
            )
        else:
            st.error(
                f"{name}: not added: " + as_text("; ".join(outcome.reasons)),
                icon=":material/block:",
            )
    size = counted(report.n_articles, "article")
    if report.changed:
        st.info(f"The archive now holds {size}.")
    else:
        st.info(f"Nothing was added; the archive is unchanged ({size}).")


def upload_form() -> None:
    """Add articles: validated by the ETL's readers, kept in the raw folder, only the new ones
    extracted and merged into the archive."""
    from app import pipeline  # the ETL loads only on the page that ingests

    st.subheader("Add articles")
    st.caption(
        "Text (.txt, one article), JSON lines or JSON (.jsonl/.json), CSV (.csv, one row per "
        "article, a `text` column) or a saved news page (.html), up to "
        f"{pipeline.MAX_FILE_BYTES // 1_048_576} MB a file. Files without a new article are "
        "reported and change nothing."
    )
    report = st.session_state.pop(UPLOAD_REPORT_KEY, None)
    if report is not None:
        _upload_messages(report)
    with st.form("upload", clear_on_submit=True):
        files = st.file_uploader(
            "Articles", type=list(pipeline.UPLOAD_TYPES), accept_multiple_files=True
        )
        submitted = st.form_submit_button("Add to the archive", icon=":material/upload:")
    if submitted and files:
        bar = st.progress(0.0, text="Reading the articles…")

        def report_progress(done: int, total: int) -> None:
            bar.progress(done / max(total, 1), text=f"Processing articles: {done} of {total}")

        try:
            result = pipeline.ingest(
                [(f.name, f.getvalue()) for f in files],
                settings.raw_dir(),
                settings.data_dir(),
                report_progress,
            )
        except Exception as error:
            st.error(
                as_text(f"The upload could not be taken in; the archive is unchanged: {error}")
            )
            return
        st.session_state[UPLOAD_REPORT_KEY] = result
        st.rerun()


def _remove_upload(name: str) -> None:
    """Runs as the button's callback, before the page, so the page shows the archive after it."""
    from app import pipeline

    try:
        left = pipeline.remove_upload(name, settings.raw_dir(), settings.data_dir())
    except Exception as error:
        st.session_state[REMOVE_REPORT_KEY] = (
            False,
            f"{name} could not be removed; the archive is unchanged: {error}",
        )
        return
    st.session_state[REMOVE_REPORT_KEY] = (
        True,
        f"Removed {name} and its articles; the archive now holds {left:,} articles.",
    )


def uploaded_files(current: View) -> None:
    """The files added through this page (name, articles, when), and a way to remove one: its
    articles leave the archive, every other event keeps its id."""
    from app import pipeline

    st.subheader("Uploaded files")
    said = st.session_state.pop(REMOVE_REPORT_KEY, None)
    if said is not None:
        (st.success if said[0] else st.error)(as_text(said[1]))
    listed = pipeline.uploads(settings.raw_dir(), current.archive.articles)
    if listed.is_empty():
        st.caption("No file has been uploaded yet.")
        return
    st.dataframe(
        listed,
        hide_index=True,
        column_config={"added": st.column_config.DatetimeColumn(format="YYYY-MM-DD HH:mm")},
    )
    name = st.selectbox("File", listed["file"].to_list(), key="remove_file")
    st.button(
        "Remove from the archive",
        icon=":material/delete:",
        key="remove_upload",
        on_click=_remove_upload,
        args=(name,),
    )
