"""Backfill throughput: one process against Dask distributed with one and two local workers.

    .venv/bin/python bench/backfill.py [--articles 600]

The corpus is the one of `bench/etl_throughput.py` (the real articles of ../shared, varied so
that nothing is served from a cache). Each run builds the whole set (read, extract, merge, write);
the cluster's start is timed apart. Prints articles per second, each run's ratio to the one
process measured here, and the peak memory of each worker.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.etl_throughput import corpus  # noqa: E402
from etl.distributed import dask_client, extract_on  # noqa: E402
from etl.pipeline import build, extract_article  # noqa: E402
from etl.records import Article  # noqa: E402


def _warm(text: str) -> None:
    """Load the tables and the recogniser in a worker, as the one process's warm-up run does."""
    extract_article(Article("warm", "", text, published=date(2023, 4, 17)))


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    args = parser.parse_args()
    docs = corpus(args.articles, seed=7)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "corpus.jsonl"
        source.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs))
        build([source], Path(tmp) / "warm", workers=1)
        start = time.perf_counter()
        build([source], Path(tmp) / "one", workers=1)
        one = time.perf_counter() - start
        print(f"{'run':<22}{'articles/s':>12}{'vs one process':>16}{'cluster start s':>17}")
        print(f"{'one process':<22}{args.articles / one:>12.1f}{1.0:>15.2f}x{'-':>17}")
        for workers in (1, 2):
            begun = time.perf_counter()
            with dask_client(f"local:{workers}") as client:
                started = time.perf_counter() - begun
                client.run(_warm, docs[0]["text"])
                start = time.perf_counter()
                build(
                    [source],
                    Path(tmp) / f"local-{workers}",
                    extractor=lambda articles, c=client: extract_on(c, articles),
                )
                took = time.perf_counter() - start
                peaks = client.run(_peak_rss_mib)
            label = f"local:{workers}"
            print(f"{label:<22}{args.articles / took:>12.1f}{one / took:>15.2f}x{started:>17.1f}")
            for address, peak in sorted(peaks.items()):
                print(f"  worker {address}: peak memory {peak:.0f} MiB")


if __name__ == "__main__":
    main()
