"""Loading the ETL's language tables (`etl/data/*.csv`): titles, countries, organisations, triggers.

The tables are the knowledge; this module only reads them once and builds the regexes over them.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of `etl/data/<name>.csv` as dicts; blank cells read as empty strings."""
    with (DATA_DIR / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
        return tuple({k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh))


@cache
def words(name: str) -> frozenset[str]:
    """The first column of a one-column table, as a set."""
    return frozenset(next(iter(row.values())) for row in table(name))


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, so the longest phrase wins at a position."""
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in unique)
