"""`python -m etl [INPUT ...] [--out DIR] [--append]`: the command of ../shared/CONTRACT.md."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tqdm import tqdm

from etl.pipeline import build


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
    args = parser.parse_args(argv)
    bar = tqdm(total=0, unit="article", file=sys.stderr, disable=None, leave=False)

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.update(done - bar.n)

    result = build(
        args.inputs, args.out, progress=progress, workers=args.workers, append=args.append
    )
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
