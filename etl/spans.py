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
        spans = sorted(((bounds(item), n, item) for n, item in enumerate(items)), key=_by_start)
        self._items = [item for _, _, item in spans]
        self._starts = [start for (start, _), _, _ in spans]
        self._ends = [end for (_, end), _, _ in spans]

    def within(self, start: int, end: int) -> list[T]:
        """The items that lie wholly inside [start, end), in text order."""
        first = bisect_left(self._starts, start)
        last = bisect_right(self._starts, end)
        items, ends = self._items, self._ends
        return [items[i] for i in range(first, last) if ends[i] <= end]


def _by_start(entry: tuple[tuple[int, int], int, object]) -> tuple[int, int]:
    """Items by their start, ties in the order given (as a stable sort by start leaves them)."""
    return entry[0][0], entry[1]


def inside_any(spans: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    """Whether an offset lies strictly inside one of non-overlapping spans sorted by start."""
    i = bisect_left(starts, offset) - 1
    return i >= 0 and spans[i][0] < offset < spans[i][1]
