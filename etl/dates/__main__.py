"""`python -m etl.dates`: print the time expressions of a sentence, one JSON object a line.

Each line says what the expression refers to (interval, granularity, clock time) and why: its
kind, how it was counted (`basis`), and the earlier expression it was counted from (`refers_to`).

python -m etl.dates --anchor 2023-04-17 "Xi bertemu Putin bulan lalu."
echo "Keesokan harinya ..." | python -m etl.dates --anchor 2023-04-17 --previous 2023-04-16
python -m etl.dates --score ../shared/eval/dateparser-id-cases.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from etl.dates import TimeExpression, find_time_expressions, infer_published
from etl.dates.scoring import Found, read_cases, score


def _as_json(expr: TimeExpression) -> str:
    return json.dumps(
        {
            "text": expr.text,
            "char_start": expr.char_start,
            "char_end": expr.char_end,
            "date_start": expr.date_start.isoformat() if expr.date_start else None,
            "date_end": expr.date_end.isoformat() if expr.date_end else None,
            "granularity": expr.granularity,
            "basis": expr.basis,
            "fuzzy": expr.fuzzy,
            "planned": expr.planned,
            "time_start": expr.time_start.isoformat("minutes") if expr.time_start else None,
            "time_end": expr.time_end.isoformat("minutes") if expr.time_end else None,
            "time_precision": expr.time_precision,
            "time_zone": expr.time_zone,
            "part_of_day": expr.part_of_day,
            "present": expr.present,
            "kind": expr.kind,
            "refers_to": expr.refers_to,
            "why": expr.explanation,
        },
        ensure_ascii=False,
    )


def resolved(text: str, anchor: date | None, previous: date | None = None) -> list[Found]:
    """The resolved intervals of a text, in the form `etl.dates.scoring` compares."""
    return [
        (e.date_start, e.date_end, e.granularity)
        for e in find_time_expressions(text, anchor, previous)
        if e.date_start is not None and e.date_end is not None
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m etl.dates", description=__doc__.splitlines()[0]
    )
    parser.add_argument("text", nargs="?", help="the text; standard input when absent")
    parser.add_argument("--anchor", type=date.fromisoformat, help="publication date, YYYY-MM-DD")
    parser.add_argument("--previous", type=date.fromisoformat, help="last date before the text")
    parser.add_argument(
        "--infer-anchor",
        action="store_true",
        help="without --anchor, infer the publication date from the text (reported on stderr)",
    )
    parser.add_argument("--score", type=Path, help="score a file of labelled cases instead")
    args = parser.parse_args(argv)
    if args.score:
        result = score(read_cases(args.score), resolved)
        print(
            json.dumps(
                {
                    "found": result.found,
                    "expected": result.expected,
                    "recall": round(result.recall, 4),
                    "false_precision": result.false_precision,
                    "spurious": result.spurious,
                }
            )
        )
        return 0
    text = args.text if args.text is not None else sys.stdin.read()
    anchor = args.anchor
    if anchor is None and args.infer_anchor:
        anchor = infer_published(text)
        print(f"anchor inferred: {anchor.isoformat() if anchor else 'none'}", file=sys.stderr)
    for expr in find_time_expressions(text, anchor, args.previous):
        print(_as_json(expr))
    return 0


if __name__ == "__main__":
    sys.exit(main())
