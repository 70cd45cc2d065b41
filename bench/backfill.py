"""Backfill throughput: one process against Dask distributed with one and two local workers, and
an append of 60 new articles against a full rebuild.

    .venv/bin/python bench/backfill.py [--articles 600]      # --articles 6000 for the issue's check

The corpus is the one of `bench/etl_throughput.py` (the real articles of ../shared, varied so
that nothing is served from a cache). Each run builds the whole set (read, extract, merge in
blocks, write); on the clusters both the extraction and the blocks run on the workers. The
cluster's start is timed apart. Prints articles per second, each run's ratio to the one process
measured here, the peak memory of each worker, whether each cluster's tables are those of one
process, and the append's time as a fraction of a full rebuild of the same articles (and whether
its tables are those of a rebuild into the same folder).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.etl_throughput import corpus  # noqa: E402
from etl.distributed import dask_cluster  # noqa: E402
from etl.pipeline import build, extract_article  # noqa: E402
from etl.records import Article  # noqa: E402
from etl.tables import SCHEMAS, read_tables  # noqa: E402


def _warm(text: str) -> None:
    """Load the tables and the recogniser in a worker, as the one process's warm-up run does."""
    extract_article(Article("warm", "", text, published=date(2023, 4, 17)))


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


PER_FILE = 400
"""Articles per input file: the readers refuse files over 5 MB, as the command does."""


def _write(folder: Path, docs: list[dict]) -> Path:
    """`docs` as a folder of .jsonl files, read in their order."""
    folder.mkdir()
    for start in range(0, len(docs), PER_FILE):
        chunk = docs[start : start + PER_FILE]
        text = "\n".join(json.dumps(d, ensure_ascii=False) for d in chunk)
        (folder / f"part-{start // PER_FILE:05d}.jsonl").write_text(text)
    return folder


def _build(inputs: list[Path], out: Path, **options: object) -> None:
    """A build that must read every article written, but the copies the varied corpus makes
    (rejected as duplicates)."""
    result = build(inputs, out, **options)
    refused = [r for r in result.rejects if not r.reason.startswith("duplicate of")]
    if refused or not result.n_articles:
        raise SystemExit(f"{out.name}: {result.n_articles} articles read; {refused[:3]}")


def _same(left: Path, right: Path) -> bool:
    a, b = read_tables(left), read_tables(right)
    return all(a[name].equals(b[name]) for name in SCHEMAS)


def _timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def clusters(source: Path, tmp: Path, docs: list[dict], one: float) -> None:
    """local:1 and local:2: articles/s, against one process, with each worker's peak memory."""
    for workers in (1, 2):
        begun = time.perf_counter()
        with dask_cluster(f"local:{workers}") as (extractor, mapper):
            started = time.perf_counter() - begun
            mapper.client.run(_warm, docs[0]["text"])
            out = tmp / f"local-{workers}"
            took = _timed(
                lambda e=extractor, m=mapper, o=out: _build([source], o, extractor=e, mapper=m)
            )
            peaks = mapper.client.run(_peak_rss_mib)
        label = f"local:{workers}"
        same = "yes" if _same(tmp / "one", out) else "NO"
        print(f"{label:<22}{len(docs) / took:>12.1f}{one / took:>15.2f}x{started:>17.1f}{same:>12}")
        for address, peak in sorted(peaks.items()):
            print(f"  worker {address}: peak memory {peak:.0f} MiB")


def append(source: Path, tmp: Path, docs: list[dict], new: list[dict]) -> None:
    """60 new articles appended to the one process's archive, against a full rebuild of all
    from scratch; then every input again into the same folder (nothing to extract, every block
    merged again), which must give the appended tables."""
    added = _write(tmp / "new", new)
    everything = _write(tmp / "all", docs + new)
    rebuild = _timed(lambda: _build([everything], tmp / "rebuilt", workers=1))
    appended = _timed(lambda: _build([added], tmp / "one", workers=1, append=True))
    snapshot = read_tables(tmp / "one")
    remerged = _timed(lambda: _build([source, added], tmp / "one", workers=1))
    again = read_tables(tmp / "one")
    same = all(snapshot[name].equals(again[name]) for name in SCHEMAS)
    print(
        f"append of {len(new)} articles to {len(docs)}: {appended:.1f} s, "
        f"{appended / rebuild:.3f} of a full rebuild of all {len(docs) + len(new)} "
        f"({rebuild:.1f} s); every block merged again, nothing extracted: {remerged:.1f} s, "
        f"{remerged / rebuild:.3f}; the same tables: {'yes' if same else 'NO'}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    args = parser.parse_args()
    docs = corpus(args.articles, seed=7)
    new = corpus(60, seed=8)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        source = _write(tmp / "corpus", docs)
        _build([_write(tmp / "warm", docs[:20])], tmp / "warm", workers=1)
        one = _timed(lambda: _build([source], tmp / "one", workers=1))
        head = f"{'run':<22}{'articles/s':>12}{'vs one process':>16}{'cluster start s':>17}"
        print(f"{head}{'same tables':>12}")
        print(f"{'one process':<22}{args.articles / one:>12.1f}{1.0:>15.2f}x{'-':>17}{'-':>12}")
        clusters(source, tmp, docs, one)
        append(source, tmp, docs, new)


if __name__ == "__main__":
    main()
