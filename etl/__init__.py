"""Linimasa's ETL: Indonesian news articles in, the event tables of ../shared/CONTRACT.md out."""
