"""The dating tests' reading of a text: every event with its type, actors, modality and date,
as a careful reader would check them."""

from __future__ import annotations

from datetime import date

from etl.pipeline import extract_article
from etl.records import Article


def dated(text: str, published: date | None) -> list[tuple[str, tuple[str, ...], str, tuple]]:
    """(type, sorted actor keys, modality, (start, end, granularity)) of every event."""
    article = Article("t", "t.txt", text, published=published)
    return [
        (
            e.event_type,
            tuple(sorted(e.actor_keys())),
            e.modality,
            (e.date.start, e.date.end, e.date.granularity),
        )
        for e in extract_article(article).events
    ]


def date_of(found: list, kind: str, actor: str, modality: str | None = None) -> tuple:
    """The date of the first event of `kind` with `actor` (and `modality`, when given)."""
    return next(
        when
        for t, keys, m, when in found
        if t == kind and actor in keys and (modality is None or m == modality)
    )


def day(y: int, m: int, d: int) -> tuple[date, date, str]:
    return (date(y, m, d), date(y, m, d), "day")
