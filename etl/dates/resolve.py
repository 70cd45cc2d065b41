"""From mentions to calendar intervals, with the precision the text gave and no more.

A mention is resolved against the anchor (the publication date) or the previous date of the text;
when the one it needs is missing it stays unresolved (`basis="none"`), never guessed.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, time, timedelta

from etl.dates.expression import Discourse, TimeExpression
from etl.dates.intervals import Interval, clamp_day, monday_of, month_interval, shift_month
from etl.dates.lexicon import Lexicon, lexicon
from etl.dates.mention import Mention

FEW_DAYS = timedelta(days=7)
"""How far past the anchor a year-less date may lie and still be read as already reported."""
SLIPPED_WEEKDAY_DAYS = 14
"""`Kamis (29/9)` in a page of Thursday 30 September 2021: a day that close to the page's own is
the one meant, whatever weekday was written; only a farther one is looked for in the year the
weekday fits."""


@dataclass(frozen=True, slots=True)
class _Reading:
    interval: Interval | None
    granularity: str
    basis: str
    fuzzy: bool = False
    refers_to: str | None = None
    copied: TimeExpression | None = None


_UNRESOLVED = _Reading(None, "unknown", "none")
_UNRESOLVED_FUZZY = _Reading(None, "unknown", "none", fuzzy=True)


class Resolver:
    """Calendar arithmetic for each kind of mention; one instance serves every text."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    # -- periods and their parts -----------------------------------------------------------

    def _month_part(self, year: int, month: int, part: str | None) -> Interval:
        start, end = month_interval(year, month)
        if part is None:
            return start, end
        first, last = self.lex.month_days[part]
        return clamp_day(year, month, first), clamp_day(year, month, last)

    def _year_part(self, year: int, part: str | None) -> Interval:
        first, last = self.lex.year_months[part] if part else (1, 12)
        return date(year, first, 1), month_interval(year, last)[1]

    def _week_part(self, monday: date, part: str | None) -> Interval:
        first, last = self.lex.week_days[part] if part else (0, 6)
        return monday + timedelta(days=first), monday + timedelta(days=last)

    @staticmethod
    def _period(unit: str, number: int, year: int) -> Interval:
        months = 3 if unit == "quarter" else 6
        first = (number - 1) * months + 1
        return date(year, first, 1), month_interval(year, first + months - 1)[1]

    @staticmethod
    def _pick_year(
        build: Callable[[int], Interval | None],
        reference: date,
        future: bool,
        nearest: bool = False,
    ) -> Interval | None:
        """Among last, this and next year's reading of a year-less period, the one the text means.

        Reported news looks back: the latest whose start is not after the reference plus a few
        days. Planned text looks ahead: the first that starts on or after the reference.
        """
        years = (reference.year - 1, reference.year, reference.year + 1)
        options = [o for o in (build(y) for y in years) if o is not None]
        if nearest:
            return min(options, key=lambda o: abs((o[0] - reference).days))
        if future:
            ahead = [o for o in options if o[0] >= reference or o[1] >= reference]
            return ahead[0] if ahead else None
        behind = [o for o in options if o[0] <= reference + FEW_DAYS]
        return behind[-1] if behind else None

    # -- kinds -----------------------------------------------------------------------------

    def _date(self, m: Mention, anchor: date | None, previous: date | None) -> _Reading:
        assert m.month is not None and m.day is not None
        if m.year is not None:
            day = clamp_day(m.year, m.month, m.day)
            return _Reading((day, day), "day", "explicit")
        month, dom = m.month, m.day

        def build(y: int) -> Interval | None:
            if dom > calendar.monthrange(y, month)[1]:
                return None
            return date(y, month, dom), date(y, month, dom)

        if anchor is not None:
            picked = self._pick_year(build, anchor, m.future_cue)
            slipped = picked is not None and abs((picked[0] - anchor).days) <= SLIPPED_WEEKDAY_DAYS
            if (
                picked
                and m.weekday is not None
                and picked[0].weekday() != m.weekday
                and not slipped
            ):
                other = self._pick_year(build, anchor, not m.future_cue)
                if other and other[0].weekday() == m.weekday:
                    picked = other
            return _Reading(picked, "day", "relative") if picked else _UNRESOLVED
        if previous is not None:
            picked = self._pick_year(build, previous, False, nearest=True)
            return _Reading(picked, "day", "previous") if picked else _UNRESOLVED
        return _UNRESOLVED

    def _month(self, m: Mention, anchor: date | None, previous: date | None) -> _Reading:
        assert m.month is not None
        month = m.month
        if m.year is not None:
            return _Reading(self._month_part(m.year, month, m.part), "month", "explicit")

        def build(y: int) -> Interval:
            return self._month_part(y, month, m.part)

        if m.unit == "year" and m.direction is not None:
            base = anchor or previous
            if base is None:
                return _UNRESOLVED
            return _Reading(build(base.year + m.direction), "month", "relative")
        if anchor is not None:
            picked = self._pick_year(build, anchor, m.future_cue or (m.direction or 0) > 0)
            return _Reading(picked, "month", "relative") if picked else _UNRESOLVED
        if previous is not None:
            return _Reading(self._pick_year(build, previous, False, True), "month", "previous")
        return _UNRESOLVED

    def _year(self, m: Mention) -> _Reading:
        assert m.year is not None
        return _Reading(self._year_part(m.year, m.part), "year", "explicit")

    def _quarter_or_half(self, m: Mention, anchor: date | None) -> _Reading:
        assert m.unit is not None and m.number is not None
        unit, number = m.unit, m.number
        if m.year is not None:
            return _Reading(self._period(unit, number, m.year), unit, "explicit")
        if anchor is None:
            return _UNRESOLVED
        if m.direction is not None:
            return _Reading(self._period(unit, number, anchor.year + m.direction), unit, "relative")
        picked = self._pick_year(lambda y: self._period(unit, number, y), anchor, m.future_cue)
        return _Reading(picked, unit, "relative") if picked else _UNRESOLVED

    def _weekday_date(self, weekday: int, m: Mention, anchor: date) -> date:
        if m.week_shift is not None:
            return monday_of(anchor) + timedelta(days=7 * m.week_shift + weekday)
        back = (anchor.weekday() - weekday) % 7
        ahead = (weekday - anchor.weekday()) % 7
        if m.direction == -1:
            return anchor - timedelta(days=back or 7)
        if m.direction == 1:
            return anchor + timedelta(days=ahead or 7)
        if m.direction == 0:
            return monday_of(anchor) + timedelta(days=weekday)
        return anchor + timedelta(days=ahead) if m.future_cue else anchor - timedelta(days=back)

    def _weekday(self, m: Mention, anchor: date | None) -> _Reading:
        assert m.weekday is not None
        if anchor is None:
            return _UNRESOLVED
        day = self._weekday_date(m.weekday, m, anchor)
        return _Reading((day, day), "day", "relative")

    def _unit(self, m: Mention, anchor: date | None, previous: date | None) -> _Reading:
        reference = previous if m.from_previous else anchor
        if reference is None:
            return _UNRESOLVED
        basis = "previous" if m.from_previous else "relative"
        by = m.direction or 0
        if m.unit == "week":
            monday = monday_of(reference)
            if m.direction is None and m.part is not None:
                weekend_passed = reference.weekday() >= self.lex.week_days[m.part][0]
                by = 0 if (m.future_cue or weekend_passed) else -1
            return _Reading(self._week_part(monday + timedelta(days=7 * by), m.part), "week", basis)
        if m.unit == "month":
            y, mo = shift_month(reference.year, reference.month, by)
            return _Reading(self._month_part(y, mo, m.part), "month", basis)
        if m.unit == "year":
            return _Reading(self._year_part(reference.year + by, m.part), "year", basis)
        return _UNRESOLVED

    def _count(self, m: Mention, anchor: date | None, previous: date | None) -> _Reading:
        reference = previous if m.from_previous else anchor
        if reference is None:
            return _Reading(None, "unknown", "none", fuzzy=m.number is None or m.unit != "day")
        basis = "previous" if m.from_previous else "relative"
        sign = -1 if m.direction == -1 else 1
        if m.unit == "moment":
            return _Reading((reference, reference), "day", basis)
        if m.number is None:
            if m.unit != "day" or m.direction == 0:
                return _Reading(None, "unknown", "none", fuzzy=True)
            near, far = reference + timedelta(days=2 * sign), reference + timedelta(days=7 * sign)
            return _Reading((min(near, far), max(near, far)), "range", basis, fuzzy=True)
        n = m.number
        if m.direction == 0:
            return _Reading((self._back(reference, m.unit, n), reference), "range", basis)
        if m.unit == "day":
            day = reference + timedelta(days=sign * n)
            return _Reading((day, day), "day", basis)
        if m.unit == "week":
            centre = reference + timedelta(days=sign * 7 * n)
            return _Reading(
                (centre - timedelta(days=3), centre + timedelta(days=3)), "week", basis, fuzzy=True
            )
        if m.unit == "month":
            y, mo = shift_month(reference.year, reference.month, sign * n)
            return _Reading(month_interval(y, mo), "month", basis, fuzzy=True)
        return _Reading(self._year_part(reference.year + sign * n, None), "year", basis, fuzzy=True)

    @staticmethod
    def _back(reference: date, unit: str | None, n: int) -> date:
        """First day of the last `n` units that end on `reference` (`tiga hari terakhir`)."""
        if unit == "day":
            return reference - timedelta(days=n - 1)
        if unit == "week":
            return reference - timedelta(days=7 * n - 1)
        if unit == "month":
            y, mo = shift_month(reference.year, reference.month, -n)
            return clamp_day(y, mo, reference.day) + timedelta(days=1)
        return clamp_day(reference.year - n, reference.month, reference.day) + timedelta(days=1)

    def _range(self, m: Mention, anchor: date | None, previous: date | None) -> _Reading:
        assert m.first is not None and m.last is not None
        first, last = m.first, m.last
        if first.kind == "weekday" and last.kind == "weekday":
            if anchor is None or first.weekday is None or last.weekday is None:
                return _UNRESOLVED
            start = self._weekday_date(first.weekday, first, anchor)
            end = start + timedelta(days=(last.weekday - first.weekday) % 7)
            return _Reading((start, end), "range", "relative")
        if m.future_cue and not last.future_cue:
            last = replace(last, future_cue=True)
        end_reading = self._date(last, anchor, previous)
        if end_reading.interval is None:
            return _UNRESOLVED
        end = end_reading.interval[1]
        if first.year is None and first.month is not None and first.day is not None:
            year = end.year if (first.month, first.day) <= (end.month, end.day) else end.year - 1
            first_day = date(year, first.month, first.day)
            basis = end_reading.basis
        else:
            first_reading = self._date(first, anchor, previous)
            if first_reading.interval is None:
                return _UNRESOLVED
            first_day = first_reading.interval[0]
            basis = first_reading.basis if first_reading.basis != "explicit" else end_reading.basis
        if first_day > end:
            return _UNRESOLVED
        return _Reading((first_day, end), "range", basis)

    # -- times of day, references and long periods -------------------------------------------

    @staticmethod
    def _time_day(m: Mention, anchor: date | None, context: Discourse) -> _Reading:
        """A clock time's day: the one its own word names (`tadi`), else the last day told in
        its paragraph, else the publication date, else the last day told before the paragraph."""
        if m.number is not None:
            if anchor is None:
                return _UNRESOLVED
            day = anchor + timedelta(days=m.number)
            return _Reading((day, day), "day", "relative")
        if context.previous is not None and (context.same_paragraph or anchor is None):
            day = context.previous
            return _Reading((day, day), "day", "previous", refers_to=context.previous_text)
        if anchor is not None:
            return _Reading((anchor, anchor), "day", "relative")
        return _UNRESOLVED

    @staticmethod
    def _back_reference(context: Discourse) -> _Reading:
        last = context.last
        if last is None or last.date_start is None or last.date_end is None:
            return _UNRESOLVED_FUZZY
        interval = (last.date_start, last.date_end)
        return _Reading(interval, last.granularity, "previous", last.fuzzy, last.text, last)

    def _season(self, m: Mention, anchor: date | None) -> _Reading:
        assert m.unit is not None
        first, last = self.lex.seasons[m.unit]

        def build(y: int) -> Interval:
            end_year = y + 1 if last < first else y
            return date(y, first, 1), month_interval(end_year, last)[1]

        if m.year is not None:
            return _Reading(build(m.year), "season", "explicit", fuzzy=True)
        if anchor is None:
            return _UNRESOLVED_FUZZY
        if m.direction is not None:
            return _Reading(build(anchor.year + m.direction), "season", "relative", fuzzy=True)
        picked = self._pick_year(build, anchor, m.future_cue)
        return _Reading(picked, "season", "relative", fuzzy=True) if picked else _UNRESOLVED_FUZZY

    def _decade(self, m: Mention, anchor: date | None) -> _Reading:
        assert m.year is not None
        first_year = m.year
        if first_year < 100:
            recent = 2000 + first_year
            first_year = recent if anchor is not None and recent <= anchor.year else 1900 + m.year
        first, last = self.lex.decade_parts[m.part] if m.part else (0, 9)
        interval = date(first_year + first, 1, 1), date(first_year + last, 12, 31)
        return _Reading(interval, "decade", "explicit", fuzzy=True)

    def _century(self, m: Mention) -> _Reading:
        assert m.number is not None
        first_year = (m.number - 1) * 100
        first, last = self.lex.decade_parts[m.part] if m.part else (0, 9)
        interval = (
            date(max(1, first_year + 10 * first), 1, 1),
            date(first_year + 10 * last + 9, 12, 31),
        )
        return _Reading(interval, "century", "explicit", fuzzy=True)

    # -- one mention -----------------------------------------------------------------------

    def reading(
        self,
        m: Mention,
        anchor: date | None,
        previous: date | None,
        context: Discourse | None = None,
    ) -> _Reading:
        context = context or Discourse(previous)
        if m.kind == "time":
            return self._time_day(m, anchor, context)
        if m.kind == "back_reference":
            return self._back_reference(context)
        if m.kind == "present":
            if m.speech and anchor is not None:
                return _Reading((anchor, anchor), "day", "relative")
            return _UNRESOLVED_FUZZY
        if m.kind == "part_of_day":
            if previous is None:
                return _UNRESOLVED_FUZZY
            return _Reading(
                (previous, previous), "day", "previous", refers_to=context.previous_text
            )
        if m.kind == "season":
            return self._season(m, anchor)
        if m.kind == "decade":
            return self._decade(m, anchor)
        if m.kind == "century":
            return self._century(m)
        if m.kind == "date":
            return self._date(m, anchor, previous)
        if m.kind == "month":
            return self._month(m, anchor, previous)
        if m.kind == "year":
            return self._year(m)
        if m.kind == "period":
            return self._quarter_or_half(m, anchor)
        if m.kind == "weekday":
            return self._weekday(m, anchor)
        if m.kind == "day_word":
            if anchor is None:
                return _UNRESOLVED
            day = anchor + timedelta(days=m.number or 0)
            return _Reading((day, day), "day", "relative")
        if m.kind == "previous_day":
            if previous is None:
                return _UNRESOLVED
            day = previous + timedelta(days=m.number or 0)
            return _Reading((day, day), "day", "previous", refers_to=context.previous_text)
        if m.kind == "unit":
            return self._unit(m, anchor, previous)
        if m.kind == "count":
            return self._count(m, anchor, previous)
        if m.kind == "range":
            return self._range(m, anchor, previous)
        return _Reading(None, "unknown", "none", fuzzy=True)

    @staticmethod
    def _clock(m: Mention, copied: TimeExpression | None) -> dict[str, object]:
        """The clock fields of an expression: its own, or those of the one it refers back to."""
        if copied is not None:
            return {
                "time_start": copied.time_start,
                "time_end": copied.time_end,
                "time_precision": copied.time_precision,
                "time_zone": copied.time_zone,
                "part_of_day": copied.part_of_day,
            }
        if m.hour is None:
            return {"part_of_day": m.part_of_day}
        end = time(m.hour_end % 24, m.minute_end or 0) if m.hour_end is not None else None
        return {
            "time_start": time(m.hour % 24, m.minute or 0),
            "time_end": end,
            "time_precision": "hour" if m.minute is None else "minute",
            "time_zone": m.zone,
            "part_of_day": m.part_of_day,
        }

    def _explain(self, kind: str, r: _Reading) -> str:
        """What `python -m etl.dates` says of an expression: its kind, then how it was known."""
        said = f"{self.lex.kind_explanations[kind]}; {self.lex.basis_explanations[r.basis]}"
        return f"{said}: “{r.refers_to}”" if r.refers_to else said

    def expression(
        self,
        text: str,
        m: Mention,
        anchor: date | None,
        previous: date | None,
        context: Discourse | None = None,
    ) -> TimeExpression:
        r = self.reading(m, anchor, previous, context)
        start, end = r.interval if r.interval else (None, None)
        if start is not None and anchor is not None:
            planned = start > anchor
        else:
            planned = (m.future_cue and m.kind not in ("date", "year")) or (m.direction or 0) > 0
        return TimeExpression(
            text=text[m.start : m.end],
            char_start=m.start,
            char_end=m.end,
            date_start=start,
            date_end=end,
            granularity=r.granularity,
            basis=r.basis,
            fuzzy=r.fuzzy or m.open_ended,
            planned=planned,
            present=m.kind == "present",
            refers_to=r.refers_to,
            kind=m.kind,
            explanation=self._explain(m.kind, r),
            **self._clock(m, r.copied),  # type: ignore[arg-type]
        )


_RESOLVER: Resolver | None = None


def resolver() -> Resolver:
    """The shared resolver."""
    global _RESOLVER
    if _RESOLVER is None:
        _RESOLVER = Resolver(lexicon())
    return _RESOLVER
