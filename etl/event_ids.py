"""Event ids that survive re-runs, so that a shared link to an event keeps opening it.

In a fresh run an event's id is read off its founding report, the earliest by (publication date,
article, offset): a later report of the same happening never changes it. When a previous set is
being replaced, its mentions say which old event each report belonged to; a new event keeps the
old id most of its reports carried, and an old id whose reports went to another event becomes an
alias of that event (`event_aliases`), so a link naming it still finds where they went.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

import polars as pl

from etl.tables import stable_id

EVENT_ALIASES = pl.Schema({"alias_id": pl.String, "event_id": pl.String})
"""Extra table: an old event id (`alias_id`) and the event its reports were merged into."""

ReportKey = tuple[str, int, str, str]
"""How a report is recognised across runs: article, sentence start, trigger, event type."""

FoundingKey = tuple[date, str, int]
"""Which report founded an event: the earliest by publication date, article id, offset."""

UNDATED = date.max


@dataclass(frozen=True, slots=True)
class ClusterIdentity:
    """What naming one merged event needs: its founding report's id parts, when it was founded,
    the keys of all its reports, and its actors' ids."""

    parts: tuple[object, ...]
    founded: FoundingKey
    reports: Sequence[ReportKey]
    actors: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class PreviousIds:
    """The ids of the set being replaced: the old events of each report, each old event's
    founding key and actors, and the aliases it already carried."""

    by_report: dict[ReportKey, tuple[str, ...]] = field(default_factory=dict)
    founded: dict[str, FoundingKey] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    actors: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def from_tables(
        cls,
        mentions: pl.DataFrame,
        events: pl.DataFrame,
        event_actors: pl.DataFrame,
        articles: pl.DataFrame,
        aliases: pl.DataFrame,
    ) -> PreviousIds:
        """Read the previous set's mentions (joined to their events' types and their articles'
        dates) into the look-ups `assign_ids` uses."""
        reports = (
            mentions.select("event_id", "article_id", "char_start", "trigger")
            .join(events.select("event_id", "event_type"), on="event_id", how="inner")
            .join(articles.select("article_id", "published"), on="article_id", how="left")
            .with_columns(pl.col("published").fill_null(UNDATED))
        )
        keyed = reports.group_by("article_id", "char_start", "trigger", "event_type").agg(
            pl.col("event_id").unique().sort()
        )
        by_report = {
            (article, start, trigger, kind): tuple(ids)
            for article, start, trigger, kind, ids in keyed.iter_rows()
        }
        first = reports.sort("published", "article_id", "char_start").unique(
            "event_id", keep="first"
        )
        founded = {
            event: (published, article, start)
            for event, article, start, published in first.select(
                "event_id", "article_id", "char_start", "published"
            ).iter_rows()
        }
        actors = event_actors.group_by("event_id").agg(pl.col("actor_id").unique())
        return cls(
            by_report,
            founded,
            dict(zip(aliases["alias_id"], aliases["event_id"], strict=True)),
            {event: frozenset(ids) for event, ids in actors.iter_rows()},
        )

    def restricted(self, reports: Iterable[ReportKey]) -> PreviousIds:
        """What one block needs of the previous set: its reports' old events and their actors
        (when old events were founded and the aliases are read once, for the whole set)."""
        by_report = {k: self.by_report[k] for k in reports if k in self.by_report}
        olds = {old for ids in by_report.values() for old in ids}
        return PreviousIds(by_report, {}, {}, {o: self.actors[o] for o in olds if o in self.actors})


@dataclass(frozen=True, slots=True)
class Claim:
    """What naming one event needs once its block is merged, kept small since the command holds
    one per event: its founding report's id parts joined (`stable_id`'s text), and each old id
    its reports carried with how many of them did and how many actors it shares with it."""

    seed: str
    votes: tuple[tuple[str, int, int], ...] = ()


def claim(cluster: ClusterIdentity, previous: PreviousIds) -> Claim:
    """One event's claims on the previous set's ids (computed where its block is merged)."""
    votes = Counter(old for key in cluster.reports for old in previous.by_report.get(key, ()))
    return Claim(
        "\x1f".join(str(p) for p in cluster.parts),
        tuple(
            (old, n, len(cluster.actors & previous.actors.get(old, frozenset())))
            for old, n in votes.items()
        ),
    )


def assign_ids(
    clusters: Sequence[ClusterIdentity], previous: PreviousIds | None = None
) -> tuple[list[str], pl.DataFrame]:
    """One id per cluster, and the `event_aliases` table (`resolve` over each one's `claim`)."""
    previous = previous or PreviousIds()
    return resolve([claim(c, previous) for c in clusters], previous)


def resolve(
    claims: Sequence[Claim], previous: PreviousIds, kept: frozenset[str] = frozenset()
) -> tuple[list[str], pl.DataFrame]:
    """One id per claim, and the `event_aliases` table; `kept` are the ids of events carried
    over unchanged (blocks an append did not touch), live and never given again.

    Old ids go to the clusters that hold most of their reports, the strongest claim first (ties:
    the claim sharing more actors with the old event, as when two speakers are quoted in one
    sentence; then the old event founded first); every other cluster is named by its founding
    report.
    """
    ordered = sorted(
        (-n, -shared, previous.founded.get(old, (UNDATED, "", 0)), old, i)
        for i, c in enumerate(claims)
        for old, n, shared in c.votes
        if old not in kept
    )
    ids: list[str | None] = [None] * len(claims)
    live: set[str] = set(kept)
    for *_, old, i in ordered:
        if ids[i] is None and old not in live:
            ids[i] = old
            live.add(old)
    for i, c in enumerate(claims):
        if ids[i] is None:
            ids[i] = _fresh_id(c.seed, live)
            live.add(ids[i])
    named = [i for i in ids if i is not None]
    votes = [{old: n for old, n, _ in c.votes} for c in claims]
    return named, _aliases(votes, named, previous.aliases, kept)


def _fresh_id(seed: str, taken: set[str]) -> str:
    """The founding report's id (`stable_id` of its parts, whose joined text `seed` is);
    numbered on in the rare case it is already taken."""
    candidate, number = stable_id("ev", seed), 1
    while candidate in taken:
        number += 1
        candidate = stable_id("ev", seed, number)
    return candidate


def _aliases(
    votes: list[dict[str, int]], ids: list[str], aliases: dict[str, str], kept: frozenset[str]
) -> pl.DataFrame:
    """Old ids now gone, each to the event holding most of its reports; earlier aliases follow
    their event to where it is now, and die with it."""
    live = set(ids) | kept
    best: dict[str, tuple[int, int]] = {}
    for i, counter in enumerate(votes):
        for old, n in counter.items():
            if old not in live and (old not in best or n > best[old][0]):
                best[old] = (n, i)
    moved = {old: ids[i] for old, (_, i) in best.items()}

    def now(event: str) -> str | None:
        seen: set[str] = set()
        while event not in live and event not in seen:
            seen.add(event)
            if event in moved:
                return moved[event]
            if event not in aliases:
                return None
            event = aliases[event]
        return event if event in live else None

    carried = {alias: now(event) for alias, event in aliases.items()}
    rows = {**{a: e for a, e in carried.items() if e is not None}, **moved}
    return pl.DataFrame(
        sorted((a, e) for a, e in rows.items() if a not in live),
        schema=EVENT_ALIASES,
        orient="row",
    )
