"""ETL throughput against `dateparser.search_dates` alone, on the same generated corpus, in one run.

    .venv/bin/python bench/etl_throughput.py [--articles 2000] [--workers 1]

The corpus varies the sample and development articles of ../shared (sentences shuffled, names,
weekdays and dates swapped) so that nothing is served from a cache. Prints articles per second of
both, their ratio (the target: the ETL at least 3× faster on one core), and the peak memory of
the ETL at two corpus sizes (flat memory: the second no larger than the first by much). Each is
timed on the clock and in this process's CPU seconds: on a machine shared with other jobs the
clock ratio swings with their load, the CPU ratio less (with `--workers 1`, where the ETL runs
in this process; the pool's workers are not counted). search_dates is timed on half its sample
before the ETL and half after it, so that a load that changes meanwhile weighs on both.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from etl.pipeline import build  # noqa: E402

SHARED = REPO.parent / "shared"
NAMES = ["Budi Santoso", "Siti Rahma", "Andi Wijaya", "Dewi Lestari", "Agus Salim", "Rina Kusuma"]
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def base_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    with (SHARED / "gold" / "dev.jsonl").open(encoding="utf-8") as fh:
        texts += [json.loads(line)["text"] for line in fh if line.strip()]
    return texts


def vary(text: str, rng: random.Random) -> str:
    """Shuffle the sentences of each paragraph, swap a name, weekdays, days and years."""
    paragraphs = []
    for paragraph in text.split("\n"):
        sentences = re.split(r"(?<=[.!?])\s+", paragraph)
        rng.shuffle(sentences)
        paragraphs.append(" ".join(sentences))
    varied = "\n".join(paragraphs)
    varied = re.sub(
        r"\b(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b", lambda _: rng.choice(WEEKDAYS), varied
    )
    varied = re.sub(
        r"\((\d{1,2})/(\d{1,2})", lambda m: f"({rng.randint(1, 28)}/{m.group(2)}", varied
    )
    varied = re.sub(r"\b20(1\d|2[0-5])\b", lambda _: str(rng.randint(2015, 2025)), varied)
    return varied.replace("Putin", rng.choice(NAMES).split()[-1])


def corpus(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    texts = base_texts()
    return [
        {
            "id": f"bench-{seed}-{i}",
            "published": f"20{rng.randint(15, 25)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            "text": vary(rng.choice(texts), rng),
        }
        for i in range(n)
    ]


Timing = tuple[float, float]
"""Seconds on the clock and CPU seconds of this process."""


def _since(start: Timing) -> Timing:
    return time.perf_counter() - start[0], time.process_time() - start[1]


def _now() -> Timing:
    return time.perf_counter(), time.process_time()


def time_search_dates(docs: list[dict]) -> Timing:
    from dateparser.search import search_dates

    start = _now()
    for doc in docs:
        search_dates(doc["text"], languages=["id"])
    return _since(start)


def time_baseline(docs: list[dict], etl_runs: Callable[[], None]) -> Timing:
    """search_dates on every other document before `etl_runs`, on the rest after them: a load
    that rises or falls while the benchmark runs weighs on both sides alike. Its first call
    (0.3 s loading its language data) is not timed, as the ETL's warm-up run is not."""
    time_search_dates(docs[:1])
    before = time_search_dates(docs[::2])
    etl_runs()
    after = time_search_dates(docs[1::2])
    return before[0] + after[0], before[1] + after[1]


def time_etl(docs: list[dict], workdir: Path, workers: int) -> Timing:
    """One whole run into a folder of its own: a set already there would lend its cached
    extractions, and the run would time reading a cache instead of extracting."""
    path = workdir / f"corpus-{len(docs)}.jsonl"
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs), encoding="utf-8")
    start = _now()
    build([path], workdir / f"out-{len(docs)}", workers=workers)
    return _since(start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument(
        "--baseline-articles",
        type=int,
        default=300,
        help="search_dates is slow: timed on a sample of this many",
    )
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    docs = corpus(args.articles, seed=1)
    baseline_docs = docs[: args.baseline_articles]
    timed: dict[str, Timing] = {}
    rss: dict[str, float] = {}

    def etl_runs() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            workdir = Path(tmp)
            time_etl(docs[:50], workdir, 1)
            timed["half"] = time_etl(docs[: args.articles // 2], workdir, args.workers)
            rss["half"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            timed["full"] = time_etl(docs, workdir, args.workers)
            rss["full"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    baseline = time_baseline(baseline_docs, etl_runs)
    half, full, rss_half, rss_full = timed["half"], timed["full"], rss["half"], rss["full"]
    print(f"{'what':<34}{'articles':>10}{'seconds':>10}{'articles/s':>12}{'CPU s':>8}{'/CPU s':>8}")
    rows = [
        ("ETL (read, extract, merge, write)", args.articles, full),
        ("ETL, half the corpus", args.articles // 2, half),
        ("dateparser.search_dates alone", len(baseline_docs), baseline),
    ]
    for what, n, (clock, cpu) in rows:
        print(f"{what:<34}{n:>10}{clock:>10.2f}{n / clock:>12.1f}{cpu:>8.2f}{n / cpu:>8.1f}")
    ratio = (args.articles / full[0]) / (len(baseline_docs) / baseline[0])
    cpu_ratio = (args.articles / full[1]) / (len(baseline_docs) / baseline[1])
    print(
        f"ratio ETL / search_dates: {ratio:.1f}x on the clock, {cpu_ratio:.1f}x in CPU time "
        f"(target ≥ 3x, workers={args.workers})"
    )
    print(f"peak RSS after half corpus {rss_half:.0f} MiB, after full corpus {rss_full:.0f} MiB")


if __name__ == "__main__":
    main()
