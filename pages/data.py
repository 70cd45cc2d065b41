"""Data: download the selected tables; add articles to the archive by uploading them, or remove
an uploaded file."""

import streamlit as st

from app import downloads, ui, uploads

view = ui.page_view("data")
ui.header("Data", view)

if view.archive.is_empty:
    ui.no_data()
else:
    downloads.downloads(view)
st.divider()
uploads.upload_form()
uploads.uploaded_files(view)
