"""`python -m etl` run as a user runs it, for the tests that check the command end to end."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def run_etl(*args: str | Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """The command in the project's folder, its output captured; never raises on failure."""
    return subprocess.run(
        [sys.executable, "-m", "etl", *map(str, args)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
