"""One filter state, parsed once from the URL and rendered three ways.

Like Datasette's `Filters`: the query pairs of a link become a `FilterState`, which renders as the
polars expression that selects events, as the sentence shown above the charts, and back as query
pairs for the share link. What a link asks for but the archive does not know is reported, not
silently dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode, urlsplit, urlunsplit

import polars as pl

from app.vocabulary import type_style

KEYS = ("actor", "type", "from", "to", "outlet", "modality", "q")
MAX_TEXT = 200
MAX_LINK_PARAMETERS = 1000
"""Streamlit drops a query string of more pairs than this whole (`sanitize_query_string`)."""


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The values a link may name: everything else in a link is reported as ignored."""

    actors: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset()
    outlets: frozenset[str] = frozenset()
    modalities: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Ignored:
    """A part of a link that was not applied, and why."""

    key: str
    value: str
    reason: str

    def __str__(self) -> str:
        return f"{self.key}={self.value!r} ({self.reason})"


@dataclass(frozen=True, slots=True)
class FilterState:
    """The sidebar's filters; the empty state selects every event."""

    actors: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    outlets: tuple[str, ...] = ()
    modalities: tuple[str, ...] = ()
    text: str = ""

    @property
    def is_empty(self) -> bool:
        return self == FilterState()

    def expression(self) -> pl.Expr:
        """The predicate over `Archive.index` rows that these filters select.

        Several actors or outlets mean any of them; dates select events whose span overlaps the
        range, so an event dated only to April is kept by a filter on 10-20 April.
        """
        parts: list[pl.Expr] = []
        if self.actors:
            parts.append(_any_of("actor_ids", self.actors))
        if self.types:
            parts.append(pl.col("event_type").is_in(list(self.types)))
        if self.date_from is not None:
            parts.append(pl.col("date_to") >= self.date_from)
        if self.date_to is not None:
            parts.append(pl.col("date_from") <= self.date_to)
        if self.outlets:
            parts.append(_any_of("outlets", self.outlets))
        if self.modalities:
            parts.append(pl.col("modality").is_in(list(self.modalities)))
        if self.text:
            parts.append(pl.col("haystack").str.contains(self.text.lower(), literal=True))
        return pl.all_horizontal(parts) if parts else pl.lit(True)

    def sentence(self, actor_names: Mapping[str, str] | None = None) -> str:
        """The filters in words, e.g. "Meetings involving Vladimir Putin, from 1 Apr 2023"."""
        names = actor_names or {}
        if self.types:
            subject = _join([type_style(t).plural for t in self.types], "and").capitalize()
        else:
            subject = "All events" if self.is_empty else "Events"
        clauses = [subject]
        if self.actors:
            clauses.append("involving " + _join([names.get(a, a) for a in self.actors], "or"))
        if self.date_from and self.date_to:
            clauses.append(f"from {_day(self.date_from)} to {_day(self.date_to)}")
        elif self.date_from:
            clauses.append(f"from {_day(self.date_from)} on")
        elif self.date_to:
            clauses.append(f"up to {_day(self.date_to)}")
        if self.outlets:
            clauses.append("reported by " + _join(list(self.outlets), "or"))
        if self.modalities:
            clauses.append("that are " + _join(list(self.modalities), "or"))
        if self.text:
            clauses.append(f"mentioning “{self.text}”")
        return " ".join(clauses)

    def query_params(self) -> dict[str, list[str]]:
        """The URL's query pairs for this state, in a fixed order; empty filters are left out."""
        pairs = {
            "actor": list(self.actors),
            "type": list(self.types),
            "from": [self.date_from.isoformat()] if self.date_from else [],
            "to": [self.date_to.isoformat()] if self.date_to else [],
            "outlet": list(self.outlets),
            "modality": list(self.modalities),
            "q": [self.text] if self.text else [],
        }
        return {key: values for key, values in pairs.items() if values}


@dataclass(frozen=True, slots=True)
class Parsed:
    """A link's filters and what of it was ignored."""

    state: FilterState
    ignored: list[Ignored] = field(default_factory=list)


def parse(params: Mapping[str, Sequence[str]], vocabulary: Vocabulary) -> Parsed:
    """Read the filters of a link; unknown values and bad dates are reported and left out."""
    ignored: list[Ignored] = []

    def known(key: str, allowed: frozenset[str], what: str) -> tuple[str, ...]:
        kept = []
        for value in _unique(params.get(key, ())):
            if value in allowed:
                kept.append(value)
            else:
                ignored.append(Ignored(key, value, f"unknown {what}"))
        return tuple(kept)

    def day(key: str) -> date | None:
        values = [v for v in params.get(key, ()) if v]
        if not values:
            return None
        try:
            return date.fromisoformat(values[-1])
        except ValueError:
            ignored.append(Ignored(key, values[-1], "not a date like 2023-04-30"))
            return None

    date_from, date_to = day("from"), day("to")
    if date_from and date_to and date_from > date_to:
        ignored.append(Ignored("to", date_to.isoformat(), "before the start date"))
        date_to = None
    texts = [v for v in params.get("q", ()) if v.strip()]
    text = texts[-1].strip()[:MAX_TEXT] if texts else ""
    state = FilterState(
        actors=known("actor", vocabulary.actors, "actor"),
        types=known("type", vocabulary.types, "event type"),
        date_from=date_from,
        date_to=date_to,
        outlets=known("outlet", vocabulary.outlets, "outlet"),
        modalities=known("modality", vocabulary.modalities, "modality"),
        text=text,
    )
    return Parsed(state, ignored)


def app_address(page_url: str, page_path: str) -> str:
    """The app's own address, from the address of the page being shown.

    In a browser `st.context.url` ends with the page's path (`…/timeline`); in AppTest it is the
    bare app address. Either way the result ends before the page, so the path is added once.
    """
    address = urlsplit(page_url)
    path = address.path.rstrip("/")
    if page_path and path.endswith("/" + page_path):
        path = path.removesuffix("/" + page_path)
    return urlunsplit((address.scheme, address.netloc, path, "", ""))


def share_url(
    base_url: str, page_path: str, state: FilterState, extra: Mapping[str, str] | None = None
) -> str:
    """The full link of a view: the app's address, the page, the filters as query pairs, then
    the page's own parameters (`event`, `article`)."""
    address = base_url.rstrip("/") + ("/" + page_path if page_path else "/")
    pairs = [*state.query_params().items(), *((k, [v]) for k, v in (extra or {}).items() if v)]
    query = urlencode(pairs, doseq=True)
    return f"{address}?{query}" if query else address


def link_parameters(state: FilterState) -> int:
    """How many query pairs the link of `state` holds: above `MAX_LINK_PARAMETERS` Streamlit
    reads none of them."""
    return sum(len(values) for values in state.query_params().values())


def _any_of(column: str, values: Iterable[str]) -> pl.Expr:
    return pl.col(column).list.eval(pl.element().is_in(list(values))).list.any()


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _join(words: Sequence[str], conjunction: str) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {conjunction} " + words[-1]


def _day(value: date) -> str:
    return f"{value.day} {value:%b %Y}"
