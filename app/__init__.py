"""The dashboard's logic without Streamlit: filter state, cached loading, queries and figures.

Only `app.ui` imports Streamlit; everything else is plain functions over polars frames.
"""
