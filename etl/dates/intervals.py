"""Calendar arithmetic on day intervals: months, weeks, and days clamped to a month's length."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

Interval = tuple[date, date]
"""First and last day, both included."""


def month_interval(year: int, month: int) -> Interval:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def clamp_day(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))
