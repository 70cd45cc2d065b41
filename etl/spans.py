"""Spans of a text looked up by position: the mentions or time expressions inside a sentence,
found by bisection so that an article's extraction stays linear in its length."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Items with a (start, end) in one text, sorted by start once."""

    def __init__(self, items: Iterable[T], bounds: Callable[[T], tuple[int, int]]) -> None:
        ordered = sorted(items, key=lambda item: bounds(item)[0])
        self._items = ordered
        self._starts = [bounds(item)[0] for item in ordered]
        self._bounds = bounds

    def within(self, start: int, end: int) -> list[T]:
        """The items that lie wholly inside [start, end), in text order."""
        first = bisect_left(self._starts, start)
        last = bisect_right(self._starts, end)
        return [item for item in self._items[first:last] if self._bounds(item)[1] <= end]


def inside_any(spans: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    """Whether an offset lies strictly inside one of non-overlapping spans sorted by start."""
    i = bisect_left(starts, offset) - 1
    return i >= 0 and spans[i][0] < offset < spans[i][1]
