"""Indonesian and Malay time expressions: found in text, resolved to dates with true precision.

`find_time_expressions` is the hot path of the ETL: precompiled regexes and calendar arithmetic,
no dateparser. "bulan lalu" is a month, "pekan lalu" an ISO week, "(16/4/23)" a day, and an
expression that cannot be resolved is returned unresolved rather than dropped or guessed.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from etl.dates.expression import Discourse, TimeExpression
from etl.dates.mention import Mention
from etl.dates.recognise import recogniser
from etl.dates.resolve import resolver

_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_FOLLOWERS = ("time", "back_reference", "present", "part_of_day")
"""Kinds that take their day from what came before and so never become the previous date."""

__all__ = [
    "TimeExpression",
    "find_time_expressions",
    "infer_published",
    "is_birth_date",
    "parse_published",
]


def _scan(
    text: str, anchor: date | None, previous: date | None
) -> list[tuple[Mention, TimeExpression]]:
    """Every mention with its expression, walking the text to carry the discourse along.

    A day-level date becomes the previous date for what follows, except a date attached to a
    speech verb that lies before the current one (`..., kata pejabat itu pada Jumat (14/4)`):
    that dates a side remark, and the story's own thread goes on from where it was. Clock
    times, parts of the day and references back take a day without moving the thread; any
    resolved expression but a present one is what `saat itu` after it refers to.
    """
    res = resolver()
    out: list[tuple[Mention, TimeExpression]] = []
    context = Discourse(previous)
    previous_end = 0
    for mention in recogniser().find(text):
        same_paragraph = context.previous is not None and not _PARAGRAPH_BREAK.search(
            text, previous_end, mention.start
        )
        # a new Discourse rather than dataclasses.replace: a tenth of the cost, thrice a mention
        context = Discourse(context.previous, context.previous_text, same_paragraph, context.last)
        expr = res.expression(text, mention, anchor, context.previous, context)
        out.append((mention, expr))
        if expr.date_start is not None and not expr.present:
            context = Discourse(context.previous, context.previous_text, same_paragraph, expr)
        if (
            expr.granularity == "day"
            and expr.date_start is not None
            and mention.kind not in _FOLLOWERS
        ):
            aside = (
                mention.speech
                and context.previous is not None
                and expr.date_start < context.previous
            )
            if not aside:
                context = Discourse(expr.date_start, expr.text, same_paragraph, context.last)
                previous_end = mention.end
    return out


def find_time_expressions(
    text: str, anchor: date | None, previous: date | None = None
) -> list[TimeExpression]:
    """All time expressions of `text` in text order. `previous` seeds the discourse (the last
    resolved date before this text, when the caller splits an article); inside the text, each
    resolved day-level date becomes the previous date for the next expression."""
    return [expr for _, expr in _scan(text, anchor, previous)]


def parse_published(value: str) -> date | None:
    """Metadata publication dates: ISO (`2023-04-17`, `2023-04-17T10:15:00+07:00`) or Indonesian
    (`Senin, 17 April 2023 10:15 WIB`, `Selasa 21 Mar 2023 06:47 WIB`); None when it is not a
    date."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    for expr in find_time_expressions(value, None):
        if expr.granularity == "day" and expr.basis == "explicit":
            return expr.date_start
    return _parse_other_formats(value) if _YEAR.search(value) else None


def _parse_other_formats(value: str) -> date | None:
    """English and other layouts of metadata (`April 17, 2023`), read by dateparser: it is right
    on a lone full date, and this runs once per article at most, off the hot path."""
    import dateparser

    parsed = dateparser.parse(
        value,
        languages=["id", "ms", "en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True},
    )
    return parsed.date() if parsed else None


_FURNITURE = ("baca juga", "baca:", "lihat juga", "simak juga", "berita terkait")
_BIRTH = re.compile(r"\b(?:lahir|kelahiran|dilahirkan)\b[^.;\n]{0,60}$", re.IGNORECASE)
"""`Sugiono yang lahir di Takengon, Aceh, pada 11 Februari 1979`: a life's dates, no news."""
BIRTH_REACH = 80
FEW_DAYS_SPAN = 14


def infer_published(text: str) -> date | None:
    """The publication date of an undated article, from its text; None when the text gives no way
    to tell.

    The rule: news is written on the day of its latest reported happening, or the day after.
    1. A full date that the text itself calls today (`hari ini, Sabtu, 5 November 2016`,
       `Selasa (7/1/2025) ini`) is the publication date (the latest such, if several).
    2. Otherwise, take every day-level date the text resolves without an anchor (written dates
       and those counted from them, `Keesokan harinya`), leaving out planned ones (`akan ... pada
       Selasa (11/7/2023)`), related-headline lines (`Baca juga`) and birth dates; move each
       by the cue attached to it (`Rabu (29/3/2023) kemarin` was written on the 30th); a span
       of a few days counts by its first (`dari 20-23 Juli 2018`, which may not be over yet);
       the latest one is the date,
       unless a year-less day whose weekday fixes its year lies later (`Selasa (29/10)`).
    3. With no full date at all, a year-less day whose weekday falls on it in just one of the
       years the page writes (`Senin (24/11)` beside a caption's `©2014`) is the date.
    """
    scanned = _scan(text, None, None)
    today: list[date] = []
    latest: list[date] = []
    for index, (mention, expr) in enumerate(scanned):
        if expr.date_start is None or mention.future_cue or not _a_few_days(expr):
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        if text[line_start : line_start + 14].strip().lower().startswith(_FURNITURE):
            continue
        if is_birth_date(text, mention.start):
            continue
        day = expr.date_start
        before = scanned[index - 1] if index else None
        said_today = mention.cue == "ini" or (
            before is not None
            and before[0].kind == "day_word"
            and before[0].number == 0
            and not text[before[0].end : mention.start].strip(" ,")
        )
        if said_today:
            today.append(day)
        latest.append(day.fromordinal(day.toordinal() + 1) if mention.cue == "kemarin" else day)
    if today:
        return max(today)
    if not latest:
        return _fixed_by_weekday_and_year(text, scanned)
    return _later_by_weekday(text, max(latest))


def _fixed_by_weekday_and_year(
    text: str, scanned: list[tuple[Mention, TimeExpression]]
) -> date | None:
    """The latest year-less day (`Senin (24/11)`) whose weekday it falls on in one, and only
    one, of the years written in the page: the text anchors its year, as a reader's would."""
    years = {int(y.group()) for y in _YEAR.finditer(text) if not is_birth_date(text, y.start())}
    fixed: list[date] = []
    for mention, _ in scanned:
        if (
            mention.kind != "date"
            or mention.year is not None
            or mention.weekday is None
            or mention.future_cue
            or mention.month is None
            or mention.day is None
        ):
            continue
        matching = [
            day
            for year in years
            if (day := _valid_day(year, mention.month, mention.day)) is not None
            and day.weekday() == mention.weekday
        ]
        if len(matching) == 1:
            fixed.append(matching[0])
    return max(fixed, default=None)


def _valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _a_few_days(expr: TimeExpression) -> bool:
    """A day, or a span of a few days (`dari 20-23 Juli 2018`, `30 Januari hingga 1 Februari`),
    whose first day has come."""
    if expr.granularity == "day":
        return True
    return (
        expr.granularity == "range"
        and expr.date_end is not None
        and (expr.date_end - expr.date_start).days <= FEW_DAYS_SPAN
    )


def is_birth_date(text: str, start: int) -> bool:
    """`Sugiono yang lahir di Takengon, Aceh, pada 11 Februari 1979`: the date at `start` is a
    life's, which dates neither the page nor the story."""
    return _BIRTH.search(text, max(0, start - BIRTH_REACH), start) is not None


def _later_by_weekday(text: str, anchor: date) -> date:
    """`Selasa (29/10)` beside a written `2 Februari 2019`: read against that date, a year-less
    day whose weekday fixes its year (29 October 2019 is a Tuesday) and that lies after it was
    reported later, so the page was written that day at the earliest."""
    later = [
        expr.date_start
        for mention, expr in _scan(text, anchor, None)
        if mention.kind == "date"
        and mention.year is None
        and mention.weekday is not None
        and not mention.future_cue
        and expr.date_start is not None
        and expr.date_start > anchor
        and expr.date_start.weekday() == mention.weekday
    ]
    return max(later, default=anchor)
