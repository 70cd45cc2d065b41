"""Where the app finds its tables and raw articles: `LINIMASA_DATA` and `LINIMASA_RAW`.

Tests and deployments point the app at other folders through these two variables; relative paths
are read from the repository root so that `streamlit run` works from any working directory.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def _setting(variable: str, default: str) -> Path:
    path = Path(os.environ.get(variable) or default)
    return path if path.is_absolute() else REPO_ROOT / path


def data_dir() -> Path:
    """The folder of processed tables (Parquet + manifest.json)."""
    return _setting("LINIMASA_DATA", "data/processed")


def raw_dir() -> Path:
    """The folder of input articles; uploads are kept here so that a rebuild includes them."""
    return _setting("LINIMASA_RAW", "data/raw")
