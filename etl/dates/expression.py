"""What the date stage hands on: each time expression of a text with its interval, and the
discourse a next mention may be counted from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """One time expression of a text, with the interval it names and how that was known.

    The clock time (`time_start`, `time_end`, precision `hour` or `minute`) is kept apart from
    the date's granularity, so a meeting at `pukul 10.15 WIB` is still a day for day filters.
    `present` marks `saat ini`, `kini`: they date only a report they stand beside. `refers_to` is
    the earlier expression this one was counted from (`saat itu` takes its time).
    """

    text: str
    char_start: int
    char_end: int
    date_start: date | None
    date_end: date | None
    granularity: str
    basis: str
    fuzzy: bool
    planned: bool
    time_start: time | None = None
    time_end: time | None = None
    time_precision: str | None = None
    time_zone: str | None = None
    part_of_day: str | None = None
    present: bool = False
    refers_to: str | None = None
    kind: str = ""
    explanation: str = ""


@dataclass(frozen=True, slots=True)
class Discourse:
    """What a mention may be counted from besides the anchor: the last day-level date told (and
    whether it lies in the same paragraph), and the last resolved expression of any kind."""

    previous: date | None = None
    previous_text: str | None = None
    same_paragraph: bool = False
    last: TimeExpression | None = None
