"""The block rule: which reports may become one event, so that the merge runs block by block.

A block is an event type and a calendar month. Reports of one happening share both, except where
a happening is told with dates in two months; keying the merge this way lets each block be merged
alone (in this process or on a Dask worker) with the result a whole-corpus merge gives inside it.

- A dated report belongs to the month of its date nearest its article's publication: a day's
  month; for a week, a quarter or a year, the month of the interval the article was written in
  (or the nearest one when the interval is past or to come).
- A report with no date of its own tells again of a happening its article dates: it belongs to
  the block of the nearest earlier dated report of its article of the same type that shares an
  actor with it, else the nearest later one, else to its article's month of publication.
  A statement never borrows (a speaker's statements are one event per date).
- A report with no date in an article with none goes to its type's `undated` block.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from etl.events import ArticleEvent, EventDate

UNDATED_MONTH = "undated"


@dataclass(frozen=True, order=True, slots=True)
class BlockKey:
    """One block: a month (`YYYY-MM`, or `undated`) and an event type."""

    month: str
    event_type: str

    def path(self) -> str:
        """The block's hive partition below a table's folder (`month=2023-04/type=meeting`)."""
        return f"month={self.month}/type={self.event_type}"

    def label(self) -> str:
        """The block as the `events.block` column names it (`2023-04/meeting`)."""
        return f"{self.month}/{self.event_type}"

    @classmethod
    def from_label(cls, label: str) -> BlockKey:
        month, event_type = label.split("/", 1)
        return cls(month, event_type)


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def dated_month(when: EventDate, published: date | None) -> str:
    """The month of a dated report's block: its interval's day nearest the publication date."""
    assert when.start is not None
    end = when.end or when.start
    anchor = published if published is not None else when.start
    return _month(min(max(anchor, when.start), end))


def route(events: list[ArticleEvent], published: date | None) -> list[BlockKey]:
    """The block of each of one article's reports, in their order (the rule above)."""
    own = [dated_month(e.date, published) if e.date.start is not None else None for e in events]
    fallback = _month(published) if published is not None else UNDATED_MONTH
    keys = []
    for i, event in enumerate(events):
        month = own[i]
        if month is None and event.event_type != "statement":
            month = _borrowed(i, events, own)
        keys.append(BlockKey(month or fallback, event.event_type))
    return keys


def _borrowed(i: int, events: list[ArticleEvent], own: list[str | None]) -> str | None:
    """The month of the nearest dated report of the same type and a shared actor: earlier
    reports first, then later ones."""
    event = events[i]
    actors = {k for k, _ in event.actors}
    order = [*range(i - 1, -1, -1), *range(i + 1, len(events))]
    for j in order:
        other = events[j]
        if (
            own[j] is not None
            and other.event_type == event.event_type
            and actors & {k for k, _ in other.actors}
        ):
            return own[j]
    return None
