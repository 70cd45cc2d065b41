"""`python -m etl [INPUT ...] [--out DIR] [--append]`: the command of ../shared/CONTRACT.md."""

from __future__ import annotations

import argparse
import sys
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from tqdm import tqdm

from etl.distributed import SchedulerError, dask_extractor
from etl.pipeline import Extractor, build


def _extractor(scheduler: str | None) -> AbstractContextManager[Extractor | None]:
    """The Dask cluster's extractor for `--scheduler`, or none (a local pool) without it."""
    if scheduler is None:
        return nullcontext()
    return dask_extractor(scheduler)


def main(argv: list[str] | None = None) -> int:
    """Exit 0 when at least one article was processed, 1 when none was; rejects go to stderr."""
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
    args = parser.parse_args(argv)
    bar = tqdm(total=0, unit="article", file=sys.stderr, disable=None, leave=False)

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.update(done - bar.n)

    try:
        with _extractor(args.scheduler) as extractor:
            result = build(
                args.inputs,
                args.out,
                progress=progress,
                workers=args.workers,
                append=args.append,
                extractor=extractor,
            )
    except SchedulerError as error:
        print(str(error), file=sys.stderr)
        return 2
    finally:
        bar.close()
    for reject in result.rejects:
        print(f"rejected {reject.source_path}: {reject.reason}", file=sys.stderr)
    if result.n_articles == 0:
        print(
            "no article could be read; the previous tables were left as they were", file=sys.stderr
        )
        return 1
    print(
        f"{result.n_articles} articles processed, {len(result.rejects)} rejected "
        f"→ {result.out_dir}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
