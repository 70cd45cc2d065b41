"""`python -m etl.evaluate GOLD.jsonl OUT_DIR`: the command around the scorer."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from etl.evaluate.gold import EvaluationError
from etl.evaluate.report import misses_text, report_text
from etl.evaluate.scoring import evaluate


def main(argv: list[str] | None = None) -> int:
    """Exit 0 when scored, 2 when an input cannot be used."""
    parser = argparse.ArgumentParser(
        prog="python -m etl.evaluate",
        description="Score the ETL's tables against gold events (../shared/gold/SCORING.md).",
    )
    parser.add_argument("gold", type=Path, help="gold events, one JSON object per article")
    parser.add_argument("out_dir", type=Path, help="folder with the contract's Parquet tables")
    parser.add_argument("--same", type=Path, help="same-event groups (JSON) for merge recall")
    parser.add_argument(
        "--misses", action="store_true", help="list missed, spurious and wrongly dated events"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object instead of tables")
    args = parser.parse_args(argv)
    try:
        result = evaluate(args.gold, args.out_dir, args.same, misses=args.misses)
    except EvaluationError as exc:
        print(f"python -m etl.evaluate: error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print("\n".join([*(misses_text(result) if args.misses else []), report_text(result)]))
    return 0
