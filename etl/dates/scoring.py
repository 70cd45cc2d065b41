"""Scoring resolved dates against labelled cases, the way ../shared/eval/README.md describes.

Two files share this: the project's table of expressions (`tests/data/date_expressions.jsonl`,
one sentence with all its expressions) and the labelled cases of `../shared/eval` (`text`, `anchor`,
`expect: [[start, end, granularity, mode]]`). Both become `Case`s. Any resolver of (text, anchor,
previous) that returns `(start, end, granularity)` triples can be scored, dateparser included.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

Found = tuple[date, date, str]
Resolve = Callable[[str, date | None, date | None], list[Found]]


@dataclass(frozen=True, slots=True)
class Expected:
    """One labelled date: `exact` needs the same interval, `within` an interval inside it."""

    start: date
    end: date
    granularity: str
    mode: str = "exact"


@dataclass(frozen=True, slots=True)
class Case:
    text: str
    anchor: date | None
    expect: tuple[Expected, ...]
    previous: date | None = None


@dataclass(frozen=True, slots=True)
class Score:
    """Recall of labelled dates, and dates given where the text names none or a coarser one."""

    found: int
    expected: int
    false_precision: int
    spurious: int

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def read_cases(path: Path) -> list[Case]:
    """Cases from either file format, told apart by their keys."""
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if "sentence" in row:
            expect = tuple(
                Expected(date.fromisoformat(e[1]), date.fromisoformat(e[2]), e[3])
                for e in row["expect"]
                if e[1] is not None
            )
            cases.append(
                Case(row["sentence"], _day(row.get("anchor")), expect, _day(row.get("previous")))
            )
        else:
            expect = tuple(
                Expected(date.fromisoformat(s), date.fromisoformat(e), g, mode)
                for s, e, g, mode in row["expect"]
            )
            cases.append(Case(row["text"], _day(row.get("anchor")), expect))
    return cases


def matches(found: Found, expected: Expected) -> bool:
    start, end, granularity = found
    if expected.granularity != "*" and granularity != expected.granularity:
        return False
    if expected.mode == "within":
        return expected.start <= start and end <= expected.end
    return (start, end) == (expected.start, expected.end)


def score(cases: Iterable[Case], resolve: Resolve) -> Score:
    """Each expected date is found when some resolved date of its text matches it. A day given
    where the label is coarser (a month, a week) is false precision; any date resolved in a text
    labelled as naming none is spurious."""
    found = expected = false_precision = spurious = 0
    for case in cases:
        got = resolve(case.text, case.anchor, case.previous)
        if not case.expect:
            spurious += len(got)
        for want in case.expect:
            expected += 1
            if any(matches(g, want) for g in got):
                found += 1
            elif want.granularity not in ("day", "*") and any(
                g[2] == "day" and want.start <= g[0] <= want.end for g in got
            ):
                false_precision += 1
    return Score(found, expected, false_precision, spurious)
