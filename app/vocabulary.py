"""How event types look and read: labels, plurals, colours and symbols from `event_types.json`.

Types the ETL adds later fall back to the `other` entry with their own name, so no code changes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_TYPES_FILE = Path(__file__).with_name("event_types.json")


@dataclass(frozen=True, slots=True)
class EventTypeStyle:
    """What the app shows for one event type."""

    label: str
    plural: str
    color: str
    symbol: str


@cache
def _styles() -> dict[str, EventTypeStyle]:
    raw = json.loads(_TYPES_FILE.read_text(encoding="utf-8"))
    return {name: EventTypeStyle(**entry) for name, entry in raw.items()}


def type_style(event_type: str) -> EventTypeStyle:
    """The style of a type; an unlisted type keeps its name and takes the `other` look."""
    styles = _styles()
    if event_type in styles:
        return styles[event_type]
    other = styles["other"]
    readable = event_type.replace("_", " ")
    return EventTypeStyle(readable.capitalize(), f"{readable} events", other.color, other.symbol)


def known_types() -> tuple[str, ...]:
    """The types the app always offers, even before any such event exists."""
    return tuple(name for name in _styles() if name != "other")
