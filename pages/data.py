"""Data: download the selected tables; add articles to the archive by uploading them, or remove
an uploaded file."""

import streamlit as st

from app import ui

view = ui.page_view("data")
ui.header("Data", view)

if view.archive.is_empty:
    ui.no_data()
else:
    ui.downloads(view)
st.divider()
ui.upload_form()
ui.uploaded_files(view)
