"""The records of recognition: a time expression as written (`Mention`), and a rule's match read
together with the words before it (`Hit`)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mention:
    """One expression as written. `kind` says which fields matter:

    date (year?, month, day, weekday?), month (year?, month, part?, direction?), year (year, part?),
    period (unit quarter|half, number, year?, direction?),
    weekday (weekday, direction?, week_shift?),
    day_word (number = days from the anchor), unit (unit, direction, part?), count (number?, unit,
    direction), previous_day (number = days from the previous date), vague, range (first, last),
    time (hour, minute?, number = days from the anchor when `tadi`/`kemarin` says so),
    back_reference (the last time told), present, part_of_day, season (unit = the season words,
    year?, direction?), decade (year = its first year, part?), century (number).
    Any day-level kind may carry a clock time (hour, minute?, hour_end?, minute_end?, zone?) and
    a part of the day (`Kamis malam`).
    """

    start: int
    end: int
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    unit: str | None = None
    number: int | None = None
    direction: int | None = None
    week_shift: int | None = None
    part: str | None = None
    from_previous: bool = False
    open_ended: bool = False
    future_cue: bool = False
    speech: bool = False
    cue: str | None = None
    first: Mention | None = None
    last: Mention | None = None
    hour: int | None = None
    minute: int | None = None
    hour_end: int | None = None
    minute_end: int | None = None
    zone: str | None = None
    part_of_day: str | None = None


class Hit:
    """A rule's match and the words just before it (`pada`, `sejak`, a weekday), read as one."""

    __slots__ = ("_groups", "_spans", "before", "core", "text")

    def __init__(self, text: str, core: re.Match[str], before: re.Match[str] | None) -> None:
        self.text = text
        self.core = core
        self.before = before
        self._spans: dict[str, tuple[int, int] | None] | None = None
        self._groups: dict[str, str | None] | None = None

    def _span_of(self) -> dict[str, tuple[int, int] | None]:
        """Each group's span, read once: the core's where it matched, else the words before's.
        A reader asks for a dozen groups by name, its helpers for all of them."""
        if self._spans is None:
            spans: dict[str, tuple[int, int] | None] = {}
            for match in (self.before, self.core):
                if match is None:
                    continue
                for name, index in match.re.groupindex.items():
                    span = match.span(index)
                    if span[0] >= 0:
                        spans[name] = span
                    else:
                        spans.setdefault(name, None)
            self._spans = spans
        return self._spans

    def group(self, name: str) -> str | None:
        """The group as the original text writes it (the scan may run on a lower-cased copy)."""
        span = self._span_of().get(name)
        return self.text[span[0] : span[1]] if span else None

    def start(self, name: str | None = None) -> int:
        if name is None:
            if self.before is not None and self.before.end() > self.before.start():
                return self.before.start()
            return self.core.start()
        span = self._span_of().get(name)
        return span[0] if span else -1

    def end(self) -> int:
        return self.core.end()

    def groupdict(self) -> dict[str, str | None]:
        if self._groups is None:
            self._groups = {name: self.group(name) for name in self._span_of()}
        return self._groups
