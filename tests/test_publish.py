"""Publishing a set: atomic under SIGKILL, one run at a time, permissions kept, workers gone.

Every check polls with a deadline instead of sleeping for a fixed time, and none asserts on a
duration.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest
from etl_command import run_etl

from app.archive import has_tables
from etl import publish, tables, workers
from etl.pipeline import build
from etl.publish import ArchiveBusy, OutputError, run_lock

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
DEV = REPO.parent / "shared" / "gold" / "dev.jsonl"

PUBLISH_LOOP = """
import sys
from pathlib import Path
from etl import tables

out = Path(sys.argv[1])
def rows(n):
    return [{"article_id": f"a{i}", "source_path": "x", "published_basis": "unknown",
             "language": "id", "text": "teks " * 2000} for i in range(n)]
sets = [{"articles": tables.frame("articles", rows(n))} for n in (3, 5)]
tables.write_tables(sets[0], out)
print("ready", flush=True)
i = 1
while True:
    tables.write_tables(sets[i % 2], out)
    i += 1
"""


def articles_set(n: int) -> dict[str, pl.DataFrame]:
    rows = [
        {
            "article_id": f"a{i}",
            "source_path": "x",
            "published_basis": "unknown",
            "language": "id",
            "text": "teks",
        }
        for i in range(n)
    ]
    return {"articles": tables.frame("articles", rows)}


def assert_complete(out: Path) -> int:
    """The set at `out` is whole: every table there, as many rows as its manifest says."""
    manifest = json.loads((publish.current_version(out) / "manifest.json").read_text())
    read = tables.read_tables(out)
    counts = manifest["row_counts"]
    assert {name: df.height for name, df in read.items()} == {n: counts[n] for n in read}
    assert all((publish.current_version(out) / f"{n}.parquet").is_file() for n in counts)
    return read["articles"].height


def test_sigkill_at_random_instants_always_leaves_a_complete_set(tmp_path: Path) -> None:
    out = tmp_path / "processed"
    rng = random.Random(12)
    seen = set()
    for _ in range(12):
        child = subprocess.Popen(
            [sys.executable, "-c", PUBLISH_LOOP, str(out)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0, 0.25))
        child.kill()
        child.wait()
        seen.add(assert_complete(out))
        assert out.is_symlink()
    assert seen <= {3, 5}
    assert len(list(publish.versions_dir(out).iterdir())) <= 3


def test_an_old_layout_folder_is_migrated_and_a_kill_mid_migration_still_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "processed"
    out.mkdir()
    pl.DataFrame(schema=tables.EVENTS).write_parquet(out / "events.parquet")

    def killed(_out: Path, _version: Path) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(publish, "_point", killed)
    with pytest.raises(KeyboardInterrupt):
        tables.write_tables(articles_set(4), out)
    assert not out.exists()
    assert assert_complete(out) == 4 and has_tables(out)
    monkeypatch.undo()
    tables.write_tables(articles_set(2), out)
    assert out.is_symlink() and assert_complete(out) == 2


def test_a_stop_signal_whose_interrupt_was_swallowed_still_keeps_the_run_from_publishing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "processed"
    tables.write_tables(articles_set(3), out)
    monkeypatch.setattr(workers, "_STOP", threading.Event())
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGHUP)}
    workers.stop_on_signals()
    try:
        with contextlib.suppress(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
    with pytest.raises(KeyboardInterrupt):
        tables.write_tables(articles_set(5), out)
    assert assert_complete(out) == 3
    assert not [v for v in publish.versions_dir(out).iterdir() if v.name.endswith(publish.PARTIAL)]


def test_a_write_error_leaves_the_previous_set_and_no_half_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "processed"
    tables.write_tables(articles_set(3), out)

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pl.DataFrame, "write_parquet", disk_full)
    with pytest.raises(OutputError, match="No space left on device; the previous set is left"):
        tables.write_tables(articles_set(5), out)
    monkeypatch.undo()
    assert assert_complete(out) == 3
    assert not [p for p in publish.versions_dir(out).iterdir() if p.name.endswith(".partial")]


def test_too_little_room_fails_before_extracting_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "processed"
    monkeypatch.setattr(
        publish.shutil,
        "disk_usage",
        lambda _p: type("Usage", (), {"free": 1_000_000})(),
    )

    def never(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("extraction started")

    monkeypatch.setattr("etl.pipeline.build_tables", never)
    with pytest.raises(OutputError, match="not enough free space"):
        build([SEEDS], out)
    assert not out.exists() and not publish.versions_dir(out).exists()


@pytest.mark.parametrize("mode", [0o755, 0o750, 0o775])
def test_the_folder_keeps_its_permissions(tmp_path: Path, mode: int) -> None:
    out = tmp_path / "processed"
    out.mkdir()
    out.chmod(mode)
    tables.write_tables(articles_set(1), out)
    assert out.stat().st_mode & 0o7777 == mode
    tables.write_tables(articles_set(2), out)
    assert out.stat().st_mode & 0o7777 == mode


def test_a_first_run_gets_the_umask_s_permissions(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        tables.write_tables(articles_set(1), tmp_path / "processed")
    finally:
        os.umask(old)
    assert (tmp_path / "processed").stat().st_mode & 0o7777 == 0o750


def test_a_second_run_into_a_locked_folder_refuses_naming_the_first(tmp_path: Path) -> None:
    out = tmp_path / "processed"
    with run_lock(out, ["/somewhere/articles"]):
        result = run_etl(SEEDS, "--out", out)
        with pytest.raises(ArchiveBusy, match=f"pid {os.getpid()}"):
            build([SEEDS], out)
    assert result.returncode == 2
    assert f"pid {os.getpid()}" in result.stderr and "/somewhere/articles" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


def test_two_concurrent_runs_leave_one_complete_set_of_one_of_them(tmp_path: Path) -> None:
    out = tmp_path / "processed"
    one = tmp_path / "one.txt"
    one.write_text((SEEDS / "000_b0b6c7e473a13e24.txt").read_text())
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "etl", str(source), "--out", str(out), *extra],
            cwd=REPO,
            stderr=subprocess.PIPE,
            text=True,
        )
        for source, extra in ((SEEDS, ()), (one, ()), (SEEDS, ("--wait",)))
    ]
    results = [(run.wait(timeout=300), run.stderr.read()) for run in runs]
    for code, stderr in results:
        assert code in (0, 2), stderr
        assert code == 0 or "is being rebuilt by another run" in stderr
    assert results[2][0] == 0
    manifest = json.loads((out / "manifest.json").read_text())
    names = {Path(i["path"]).name for i in manifest["inputs"]}
    assert names in ({p.name for p in SEEDS.iterdir()}, {"one.txt"})
    assert_complete(out)


def children_of(pid: int) -> set[int]:
    """Pids whose parent is `pid`, read off /proc."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    """Running, not a zombie waiting to be reaped."""
    try:
        stat = (Path("/proc") / str(pid) / "stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def poll(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


@pytest.fixture
def many_articles(tmp_path: Path) -> Iterator[Path]:
    """Enough articles for the command to extract them in worker processes, each text its own
    (copies by content would be read once)."""
    texts = [json.loads(line)["text"] for line in DEV.read_text().splitlines() if line.strip()]
    path = tmp_path / "many.jsonl"
    with path.open("w") as fh:
        for i in range(1200):
            text = f"{texts[i % len(texts)]}\nArtikel ke-{i}."
            fh.write(json.dumps({"id": f"a{i}", "text": text}) + "\n")
    yield path


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_killing_the_command_leaves_no_worker_alive(
    tmp_path: Path, many_articles: Path, sig: signal.Signals
) -> None:
    command = subprocess.Popen(
        [sys.executable, "-m", "etl", str(many_articles), "--out", str(tmp_path / "out")],
        cwd=REPO,
        stderr=subprocess.DEVNULL,
    )
    workers: set[int] = set()
    assert poll(lambda: len(workers.update(children_of(command.pid)) or workers) >= 2, 120)
    command.send_signal(sig)
    command.wait(timeout=60)
    assert poll(lambda: not any(alive(pid) for pid in workers), 10), workers
    assert not (tmp_path / "out").exists()
