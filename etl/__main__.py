"""`python -m etl [INPUT ...] [--out DIR] [--append]`: the command of ../shared/CONTRACT.md."""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from tqdm import tqdm

from etl.block_tasks import Mapper
from etl.distributed import SchedulerError, dask_cluster
from etl.messages import printable
from etl.pipeline import PARTS_FROM, Extractor, build
from etl.publish import ArchiveBusy, OutputError
from etl.workers import stop_on_signals

EXIT_BUSY = 2
EXIT_STOPPED = 130
"""Stopped by a signal: the process ends at once, skipping exit handlers that could wait on
workers; the kernel releases the lock, the workers die with it, the next run clears what is
left of this one's unpublished version."""
EXIT_USAGE = 2


def _cluster(
    scheduler: str | None,
) -> AbstractContextManager[tuple[Extractor | None, Mapper | None]]:
    """The Dask cluster's extractor and block mapper for `--scheduler`, or none (a local pool,
    the blocks merged here) without it."""
    if scheduler is None:
        return nullcontext((None, None))
    return dask_cluster(scheduler)


def main(argv: list[str] | None = None) -> int:
    """Exit 0 when at least one article was processed, 1 when none was or the output folder
    cannot take the tables, 2 when another run is rebuilding it or `--scheduler` names no
    cluster; rejects go to stderr."""
    parser = argparse.ArgumentParser(
        prog="python -m etl", description="Indonesian news articles → Linimasa's event tables."
    )
    parser.add_argument(
        "inputs",
        nargs="*",
        default=["data/raw"],
        type=Path,
        help="files or folders (read recursively); default data/raw",
    )
    parser.add_argument(
        "--out",
        default=Path("data/processed"),
        type=Path,
        help="folder for the Parquet tables; default data/processed",
    )
    parser.add_argument(
        "--append",
        action="store_true",
        help="add the inputs to the articles already in --out; only the new ones are extracted",
    )
    parser.add_argument(
        "--workers", type=int, default=None, help="processes for extraction (default: up to 2)"
    )
    parser.add_argument(
        "--scheduler",
        default=None,
        help="extract on Dask distributed: local:N (a cluster of N workers here) or "
        "tcp://HOST:PORT (a running `dask scheduler`)",
    )
    parser.add_argument(
        "--layout",
        choices=["auto", "files", "parts"],
        default="auto",
        help="events, event_actors and mentions as one file each or as a folder of hive parts "
        f"by merge block; auto: the previous set's, else parts from {PARTS_FROM:,} articles",
    )
    parser.add_argument(
        "--wait",
        action="store_true",
        help="wait for another run into the same --out to finish instead of refusing",
    )
    args = parser.parse_args(argv)
    stop_on_signals()
    bar = tqdm(total=0, unit="article", file=sys.stderr, disable=None, leave=False)

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.update(done - bar.n)

    try:
        with _cluster(args.scheduler) as (extractor, mapper):
            result = build(
                args.inputs,
                args.out,
                progress=progress,
                workers=args.workers,
                append=args.append,
                extractor=extractor,
                wait=args.wait,
                mapper=mapper,
                layout=args.layout,
            )
    except SchedulerError as error:
        print(str(error), file=sys.stderr)
        return EXIT_USAGE
    except ArchiveBusy as busy:
        print(f"refused: {busy}", file=sys.stderr)
        return EXIT_BUSY
    except OutputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(
            f"stopped; {printable(args.out)} holds a complete set, the previous one unless "
            "this run had already published its own",
            file=sys.stderr,
            flush=True,
        )
        os._exit(EXIT_STOPPED)
    finally:
        bar.close()
    for reject in result.rejects:
        print(
            f"rejected {printable(reject.source_path)}: {printable(reject.reason)}", file=sys.stderr
        )
    for source, notice in result.notices:
        print(f"notice {printable(source)}: {notice}", file=sys.stderr)
    if result.n_articles == 0:
        print(
            "no article could be read; the previous tables were left as they were", file=sys.stderr
        )
        return 1
    print(
        f"{result.n_articles} articles processed, {len(result.rejects)} rejected "
        f"→ {printable(result.out_dir)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
