"""How fast the dashboard answers in a real browser, cold, on large synthetic archives.

For each size: write a synthetic archive (contract tables and summaries, as `bench.synthetic`),
start `streamlit run dashboard.py` over it on a free port, and with Playwright driving Debian's
chromium open a Timeline share link (an active actor, meetings, one year) in a fresh browser,
then every page through the sidebar (the filters stay), then every page again without filters.
Each step is timed until the page has settled: the script has stopped, the page's title is shown
and every chart is drawn. Prints seconds, the target, the most points any figure of the page
holds (from `gd.data` in the DOM), the server's peak resident memory (VmHWM) and ratios to
reading the events table with polars once (the baseline, measured in the same run).

Run: `python -m bench.browser_pages [--sizes 3000 1000000 10000000] [--keep DIR] [--app DIR]`;
a small size shows the floor (Streamlit's and plotly.js's own start in this browser), `--app`
runs another checkout's app (e.g. the main branch, to compare) over the same archives.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import polars as pl

from app.archive import load_archive
from bench.synthetic import write_synthetic
from etl.publish import current_version

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {1_000_000: 3.0, 10_000_000: 5.0}
MAX_POINTS = 60_000
MEMORY_TARGET_MIB = 2048
PAGES = {
    "Overview": 1,
    "Timeline": 1,
    "Actors": 2,
    "Statements": 0,
    "Map": 1,
    "Articles": 0,
    "Data": 0,
}
"""Each page's title and how many charts it draws."""
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
SETTLED = """([title, charts]) => {
  const app = document.querySelector("[data-test-script-state]");
  if (!app || app.getAttribute("data-test-script-state") !== "notRunning") return false;
  if (document.querySelector("[data-stale='true']")) return false;
  const titles = [...document.querySelectorAll("h1")].map(h => h.innerText);
  if (!titles.some(t => t.trim() === title)) return false;
  const plots = [...document.querySelectorAll(".js-plotly-plot")];
  return plots.length >= charts && plots.every(p => p._fullLayout && Array.isArray(p.data));
}"""
POINTS = """() => Math.max(0, ...[...document.querySelectorAll(".js-plotly-plot")].map(
  p => p.data.reduce((n, t) => n + ((t.x || t.lon || []).length), 0)))"""


@dataclass(frozen=True, slots=True)
class Step:
    n_events: int
    label: str
    seconds: float
    target: float | None
    points: int | None
    baseline: float


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serving(
    data_dir: Path, app_dir: Path = ROOT, raw_dir: Path | None = None
) -> Iterator[tuple[str, int]]:
    """A freshly started app (of the checkout `app_dir`) over `data_dir`, uploads kept in
    `raw_dir`: its address and process id, once it answers. Started as `make app` starts it
    (`python -m app.server`, or `streamlit run dashboard.py` in a checkout without it). The
    browser tests start theirs the same way."""
    port = _free_port()
    raw = raw_dir if raw_dir is not None else data_dir / "no-raw"
    env = {**os.environ, "LINIMASA_DATA": str(data_dir), "LINIMASA_RAW": str(raw)}
    start = (
        ["app.server"]
        if (app_dir / "app" / "server.py").is_file()
        else ["streamlit", "run", "dashboard.py"]
    )
    command = [sys.executable, "-m", *start, "--server.headless", "true",
               "--server.address", "127.0.0.1", "--server.port", str(port),
               "--browser.gatherUsageStats", "false"]  # fmt: skip
    process = subprocess.Popen(
        command, cwd=app_dir, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if urllib.request.urlopen(f"{base}/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("streamlit did not answer on /_stcore/health within 120 s")
        yield base, process.pid
    finally:
        process.terminate()
        process.wait(timeout=30)


def peak_memory_mib(pid: int) -> float:
    """The process's peak resident memory (VmHWM), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def settle(page, title: str, charts: int, timeout_ms: int = 300_000) -> float:
    """Seconds until the page shows `title` with its charts drawn and the script stopped."""
    start = time.perf_counter()
    page.wait_for_function(SETTLED, arg=[title, charts], timeout=timeout_ms, polling=50)
    return time.perf_counter() - start


def share_link(data_dir: Path) -> str:
    """The Timeline of the most active actor's meetings in 2022, as a user would share it."""
    top = load_archive(data_dir).actor_counts["actor_id"][0]
    query = {"actor": top, "type": "meeting", "from": "2022-01-01", "to": "2022-12-31"}
    return "timeline?" + urlencode(query)


def browse(base: str, link: str, n_events: int, baseline: float, chromium: str) -> list[Step]:
    """Open the share link cold, then every page with its filters, then every page without."""
    from playwright.sync_api import sync_playwright

    target = TARGETS.get(n_events, 5.0)
    steps = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        start = time.perf_counter()
        page.goto(f"{base}/{link}", wait_until="commit")
        settle(page, "Timeline", 1)
        seconds = time.perf_counter() - start
        steps.append(Step(n_events, "cold share link (Timeline)", seconds, target,
                          page.evaluate(POINTS), baseline))  # fmt: skip
        for label in ("filtered", "all events"):
            if label == "all events":
                page.get_by_role("button", name="Reset filters").click()
                # The click's rerun may not have begun when the page still looks settled.
                page.wait_for_function("() => !location.search", timeout=300_000, polling=50)
                settle(page, "Data", 0)
            for title, charts in PAGES.items():
                start = time.perf_counter()
                page.locator("[data-testid='stSidebarNav'] a", has_text=title).click()
                settle(page, title, charts)
                seconds = time.perf_counter() - start
                steps.append(Step(n_events, f"{title} ({label})", seconds, target,
                                  page.evaluate(POINTS), baseline))  # fmt: skip
        browser.close()
    return steps


def bench(n_events: int, root: Path, chromium: str, app_dir: Path) -> tuple[list[Step], float]:
    folder = root / f"events-{n_events}"
    if current_version(folder) is None:
        started = time.perf_counter()
        write_synthetic(n_events, folder)
        print(f"wrote {n_events:,} events in {time.perf_counter() - started:.0f} s", flush=True)
    started = time.perf_counter()
    events = current_version(folder) / "events.parquet"
    pl.read_parquet(events if events.exists() else events.with_suffix(""))
    baseline = time.perf_counter() - started
    link = share_link(folder)
    with serving(folder, app_dir) as (base, pid):
        steps = browse(base, link, n_events, baseline, chromium)
        memory = peak_memory_mib(pid)
    return steps, memory


def report(steps: list[Step], memory: dict[int, float]) -> None:
    print(f"{'events':>11}  {'step':<30}{'seconds':>9}{'target':>8}{'ok':>4}"
          f"{'points':>8}{'× read':>8}")  # fmt: skip
    for step in steps:
        ok = "yes" if step.target is None or step.seconds <= step.target else "NO"
        points_ok = step.points is None or step.points <= MAX_POINTS
        print(
            f"{step.n_events:>11,}  {step.label:<30}{step.seconds:>9.2f}"
            f"{'' if step.target is None else f'{step.target:.1f}':>8}"
            f"{ok if points_ok else 'NO':>4}{step.points or 0:>8,}"
            f"{step.seconds / step.baseline:>8.1f}"
        )
    for n, mib in memory.items():
        verdict = "yes" if mib <= MEMORY_TARGET_MIB else "NO"
        print(f"{n:>11,}  app peak resident memory {mib:,.0f} MiB (target ≤ "
              f"{MEMORY_TARGET_MIB:,}: {verdict})")  # fmt: skip
    print("'× read' = seconds / reading events.parquet with polars once, in this run")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000])
    parser.add_argument("--keep", type=Path, help="write (and reuse) the archives here")
    parser.add_argument("--app", type=Path, default=ROOT, help="the checkout whose app to run")
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("no chromium on PATH (apt-get install -y chromium)")
    steps: list[Step] = []
    memory: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="linimasa-browser-") as scratch:
        root = args.keep or Path(scratch)
        for n in args.sizes:
            done, memory[n] = bench(n, root, chromium, args.app.resolve())
            steps += done
    report(steps, memory)


if __name__ == "__main__":
    main()
