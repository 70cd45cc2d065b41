"""The dashboard's logic without Streamlit: filter state, cached loading, queries and figures.

Only the thin UI modules (`ui`, `sidebar`, `panels`, `downloads`, `uploads`, `server`) import
Streamlit; everything else is plain functions over polars frames.
"""
