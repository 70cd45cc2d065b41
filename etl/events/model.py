"""The records of event extraction: an event as one article reports it, and its date."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from etl.places import Place
from etl.text import Sentence


@dataclass(frozen=True, slots=True)
class EventDate:
    """A resolved date of an event and where it came from; the clock time (`pukul 10.15 WIB`)
    when the sentence gives one, apart from the granularity so the event stays a day."""

    start: date | None
    end: date | None
    granularity: str
    basis: str
    text: str | None
    time_of_day: time | None = None
    time_precision: str | None = None


NO_DATE = EventDate(None, None, "unknown", "none", None)


@dataclass(slots=True)
class ArticleEvent:
    """One event as one article reports it, before merging with other reports."""

    event_type: str
    actors: list[tuple[str, str]]
    sentence: Sentence
    trigger: str
    trigger_start: int
    modality: str = "asserted"
    date: EventDate = NO_DATE
    location: Place | None = None
    quote: str | None = None
    confidence: float = 0.7
    reported: bool = False
    anaphoric: bool = False
    incomplete: bool = False
    extra_sentences: list[tuple[Sentence, str]] = field(default_factory=list)

    def actor_keys(self, role: str | None = None) -> list[str]:
        return [key for key, r in self.actors if role is None or r == role]
