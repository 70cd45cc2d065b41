"""The block rule: which reports of the corpus may become one event (an event type and a month).

Each row is one article's reports, written `type date actors` (`-` for no date), and the block a
careful reader puts each in: a dated report in the month of its date nearest the publication; an
undated one with the dated report of its article that it tells again of; else the article's month.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.blocks import BlockKey, dated_month, route
from etl.events import ArticleEvent, EventDate
from etl.events.model import NO_DATE
from etl.text import Sentence

PUBLISHED = date(2023, 4, 17)


def _event(spec: str) -> ArticleEvent:
    """`meeting 2023-04-16 putin,li`, `visit 2023-03-27..2023-04-02 xi`, `statement - putin`."""
    kind, when, actors = spec.split()
    if when == "-":
        dated = NO_DATE
    else:
        first, _, last = when.partition("..")
        start = date.fromisoformat(first)
        end = date.fromisoformat(last or first)
        dated = EventDate(start, end, "day" if start == end else "week", "explicit", when)
    role = {"meeting": "participant", "visit": "visitor", "statement": "speaker"}[kind]
    return ArticleEvent(
        kind, [(a, role) for a in actors.split(",")], Sentence(0, 1, "x"), "t", 0, date=dated
    )


@pytest.mark.parametrize(
    ("reports", "published", "blocks"),
    [
        (["meeting 2023-04-16 putin,li"], PUBLISHED, ["2023-04/meeting"]),
        (["meeting 2023-03-30 putin,li"], PUBLISHED, ["2023-03/meeting"]),
        # a week across two months: the month the article was written in
        (["visit 2023-03-27..2023-04-02 xi"], date(2023, 4, 1), ["2023-04/visit"]),
        (["visit 2023-03-27..2023-04-02 xi"], date(2023, 3, 28), ["2023-03/visit"]),
        # … or, for an interval already past, its end nearest the publication
        (["visit 2023-03-27..2023-04-02 xi"], date(2023, 5, 20), ["2023-04/visit"]),
        # the same happening told again with no date: with its article's report of it
        (
            ["meeting 2023-03-30 putin,li", "meeting - putin,li"],
            PUBLISHED,
            ["2023-03/meeting", "2023-03/meeting"],
        ),
        # told first with no date, dated later in the article
        (
            ["meeting - putin,li", "meeting 2023-03-30 li,putin"],
            PUBLISHED,
            ["2023-03/meeting", "2023-03/meeting"],
        ),
        # no shared actor, or another type: the article's month
        (
            ["meeting 2023-03-30 putin,li", "meeting - xi,lula", "visit - putin"],
            PUBLISHED,
            ["2023-03/meeting", "2023-04/meeting", "2023-04/visit"],
        ),
        # a statement never borrows another statement's date
        (
            ["statement 2023-03-30 putin", "statement - putin"],
            PUBLISHED,
            ["2023-03/statement", "2023-04/statement"],
        ),
        # no date, in an article with none
        (["meeting - putin,li"], None, ["undated/meeting"]),
        (["meeting 2023-03-30 putin,li", "meeting - putin"], None, ["2023-03/meeting"] * 2),
    ],
)
def test_each_report_goes_to_the_block_a_reader_expects(
    reports: list[str], published: date | None, blocks: list[str]
) -> None:
    keys = route([_event(r) for r in reports], published)
    assert [k.label() for k in keys] == blocks


def test_a_block_is_a_hive_partition_and_a_label() -> None:
    key = BlockKey("2023-04", "meeting")
    assert key.path() == "month=2023-04/type=meeting"
    assert BlockKey.from_label(key.label()) == key
    assert sorted([BlockKey("undated", "visit"), key]) == [key, BlockKey("undated", "visit")]


def test_a_report_of_an_undated_article_goes_to_the_month_of_its_own_date() -> None:
    assert dated_month(EventDate(date(2023, 4, 16), date(2023, 4, 16), "day", "x", "x"), None) == (
        "2023-04"
    )
