"""Spans looked up by position: what lies inside a sentence, and whether an offset is quoted."""

from __future__ import annotations

from etl.spans import SpanIndex, inside_any


def test_the_items_wholly_inside_a_span_in_text_order() -> None:
    items = [(30, 35), (0, 4), (10, 20), (12, 14), (18, 25)]
    index = SpanIndex(items, lambda span: span)
    assert index.within(10, 20) == [(10, 20), (12, 14)]
    assert index.within(0, 40) == [(0, 4), (10, 20), (12, 14), (18, 25), (30, 35)]
    assert index.within(5, 9) == []


def test_an_offset_strictly_inside_one_of_the_quotations() -> None:
    quotes = [(5, 10), (20, 30)]
    starts = [start for start, _ in quotes]
    assert [inside_any(quotes, starts, o) for o in (5, 6, 10, 15, 25, 31)] == [
        False,
        True,
        False,
        False,
        True,
        False,
    ]
