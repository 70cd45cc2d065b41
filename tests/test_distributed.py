"""Extraction and the blocked merge on Dask distributed give exactly the tables of one process.

Both ways a user reaches a cluster are run for real: `--scheduler local:2` (a cluster started by
the command) and `--scheduler tcp://…` (a `dask scheduler` with two `dask worker`s on loopback,
each capped at 1.5 GB as the issue's check has them), in both layouts: the workers merge the
blocks and write the parts themselves.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from etl_command import run_etl
from polars.testing import assert_frame_equal

from etl import tables
from etl.distributed import SchedulerError, parse_scheduler
from etl.event_ids import EVENT_ALIASES

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "gold" / "dev.jsonl"
DASK = Path(sys.executable).with_name("dask")


@pytest.mark.parametrize(
    ("spec", "parsed"),
    [
        ("local:1", ("local", 1)),
        ("local:8", ("local", 8)),
        ("tcp://127.0.0.1:8786", ("address", "tcp://127.0.0.1:8786")),
        ("tls://scheduler.example:8786", ("address", "tls://scheduler.example:8786")),
    ],
)
def test_a_scheduler_is_a_local_cluster_or_an_address(spec: str, parsed: tuple) -> None:
    assert parse_scheduler(spec) == parsed


@pytest.mark.parametrize("spec", ["local:0", "local:", "local:two", "8786", "tcp://host", "dask"])
def test_a_scheduler_that_names_no_cluster_is_refused(spec: str) -> None:
    with pytest.raises(SchedulerError, match="--scheduler"):
        parse_scheduler(spec)


def test_the_command_refuses_a_bad_scheduler_before_reading(tmp_path: Path) -> None:
    result = run_etl(DEV, "--out", tmp_path / "out", "--scheduler", "local:0")
    assert result.returncode == 2
    assert "local:N needs a worker count" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.fixture(scope="module")
def one_process(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("one") / "processed"
    result = run_etl(DEV, "--out", out, "--workers", "1")
    assert result.returncode == 0, result.stderr
    return out


def assert_same_tables(left: Path, right: Path) -> None:
    """Every contract table, row for row and column for column, the ids included."""
    a, b = tables.read_tables(left), tables.read_tables(right)
    for name in tables.SCHEMAS:
        assert_frame_equal(a[name], b[name])
    assert_frame_equal(
        tables.read_extra(left, "event_aliases", EVENT_ALIASES),
        tables.read_extra(right, "event_aliases", EVENT_ALIASES),
    )
    assert b["events"].height > 20


def assert_layout(out: Path, layout: str) -> None:
    """`files`: one Parquet file per table; `parts`: a folder of hive parts per merge block."""
    for name in tables.PARTITIONED:
        assert (out / f"{name}.parquet").is_file() == (layout == "files"), name
        assert (out / name).is_dir() == (layout == "parts"), name
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["layout"] == layout
    if layout == "parts":
        parts = manifest["parts"]["events"]
        assert parts and all(p.startswith("events/month=") for p in parts)


@pytest.mark.parametrize("layout", ["files", "parts"])
def test_a_local_cluster_gives_the_tables_of_one_process(
    one_process: Path, tmp_path: Path, layout: str
) -> None:
    """Extraction and the merge's blocks on two workers; the blocks write the parts."""
    result = run_etl(DEV, "--out", tmp_path / "out", "--scheduler", "local:2", "--layout", layout)
    assert result.returncode == 0, result.stderr
    assert_layout(tmp_path / "out", layout)
    assert_same_tables(one_process, tmp_path / "out")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def loopback_cluster(tmp_path: Path) -> Iterator[tuple[str, list[Path]]]:
    """A `dask scheduler` and two `dask worker`s on 127.0.0.1, run from the project's folder."""
    address = f"tcp://127.0.0.1:{_free_port()}"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    logs = [tmp_path / "scheduler.log", tmp_path / "worker-1.log", tmp_path / "worker-2.log"]
    port = address.rsplit(":", 1)[1]
    scheduler = [str(DASK), "scheduler", "--host", "127.0.0.1", "--port", port, "--no-dashboard"]
    worker = [str(DASK), "worker", address, "--nworkers", "1", "--nthreads", "1"]
    limits = ["--memory-limit", "1.5GB", "--no-dashboard"]
    commands = [scheduler, *([*worker, *limits, "--name", f"w{i}"] for i in (1, 2))]
    processes = []
    try:
        for command, log in zip(commands, logs, strict=True):
            with log.open("w") as sink:
                processes.append(
                    subprocess.Popen(command, cwd=REPO, env=env, stdout=sink, stderr=sink)
                )
        deadline = time.monotonic() + 120
        while sum("Registered to:" in p.read_text() for p in logs[1:]) < 2:
            assert time.monotonic() < deadline, "the workers did not join the scheduler"
            assert all(p.poll() is None for p in processes), "a dask process exited"
            time.sleep(0.5)
        yield address, logs
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)


def test_a_running_scheduler_with_two_workers_gives_the_tables_of_one_process(
    one_process: Path, tmp_path: Path, loopback_cluster: tuple[str, list[Path]]
) -> None:
    address, logs = loopback_cluster
    result = run_etl(DEV, "--out", tmp_path / "out", "--scheduler", address, "--layout", "parts")
    assert result.returncode == 0, result.stderr
    assert_layout(tmp_path / "out", "parts")
    assert_same_tables(one_process, tmp_path / "out")
    worker_logs = "".join(log.read_text() for log in logs[1:])
    assert "Restarting worker" not in worker_logs
    assert "exceeded" not in worker_logs
