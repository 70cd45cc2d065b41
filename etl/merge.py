"""Merging: reports of one happening, within an article and across articles, become one event.

Per-article extraction sees one text; this step sees a block of them (`etl.blocks`: an event
type and a month; `etl.blocked_merge` runs the blocks). It names each actor once for the whole
corpus (`Putin` in one article is the `Vladimir Putin` of another), joins the reports that tell of
the same meeting, visit or statement, keeps every mention, and says where a date came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

import polars as pl

from etl import tables
from etl.actors import Actor, fold, slug
from etl.event_ids import UNDATED, ClusterIdentity, PreviousIds
from etl.events import ArticleEvent, EventDate
from etl.places import Place
from etl.records import Article

MODALITY_PRIORITY = ("planned", "asserted", "negated")
"""An article that tells a plan and then the happening (`akan bertemu`, `bertemu`) tells what
happened; one that tells it cancelled, that."""
GRANULARITY_RANK = {
    "day": 0,
    "week": 1,
    "month": 2,
    "quarter": 3,
    "half": 4,
    "year": 5,
    "unknown": 9,
}


@dataclass(slots=True)
class ArticleExtraction:
    """What one article yields: its record, its actors by name, its events."""

    article: Article
    actors: dict[str, Actor]
    events: list[ArticleEvent]


@dataclass(slots=True)
class Report:
    """One article's report of an event, its actors under their corpus-wide names, and its
    place in the corpus order (article, then event), which every block keeps."""

    article_id: str
    event: ArticleEvent
    actors: list[tuple[str, str]]
    published: date | None = None
    position: tuple[int, int] = (0, 0)


@dataclass(slots=True)
class Cluster:
    """One happening: its reports, and what merging asks of them kept up to date."""

    event_type: str
    modality: str
    order: int = 0
    reports: list[Report] = field(default_factory=list)
    roles: dict[str, set[str]] = field(default_factory=dict)
    best: Report | None = None
    articles: set[str] = field(default_factory=set)

    def add(self, report: Report) -> None:
        self.reports.append(report)
        self.articles.add(report.article_id)
        for key, role in report.actors:
            self.roles.setdefault(key, set()).add(role)
        if report.event.date.start is not None and (
            self.best is None or _precision(report) < _precision(self.best)
        ):
            self.best = report

    def actor_keys(self, role: str | None = None) -> set[str]:
        return {k for k, roles in self.roles.items() if role is None or role in roles}

    def date(self) -> tuple[EventDate, str | None]:
        if self.best is None:
            return self.reports[0].event.date, None
        return self.best.event.date, self.best.article_id


def _clock_columns(cluster: Cluster, fixed: EventDate) -> dict[str, str | None]:
    """The event's clock time: the dating report's, else that of any report of the same day
    (one article says `Senin (17/4)`, another `Senin (17/4) pukul 10.15 WIB`)."""
    same_day = [
        r.event.date
        for r in cluster.reports
        if r.event.date.start == fixed.start and r.event.date.time_of_day is not None
    ]
    clock = fixed if fixed.time_of_day is not None else next(iter(same_day), None)
    if fixed.start is None or clock is None or clock.time_of_day is None:
        return {"time_of_day": None, "time_precision": None}
    return {
        "time_of_day": clock.time_of_day.isoformat("minutes"),
        "time_precision": clock.time_precision,
    }


def _precision(report: Report) -> tuple[int, bool]:
    date = report.event.date
    return GRANULARITY_RANK.get(date.granularity, 9), date.basis != "explicit"


def canonical_names(extractions: Iterable[ArticleExtraction]) -> dict[str, Actor]:
    """One actor per real entity across the corpus, keyed by every name the articles used.

    A one-word person name joins the only fuller name in the corpus that contains it.
    """
    merged: dict[str, Actor] = {}
    for extraction in extractions:
        for actor in extraction.actors.values():
            known = merged.get(actor.name)
            if known is None:
                merged[actor.name] = Actor(
                    actor.name, actor.kind, actor.country, set(actor.titles), set(actor.aliases)
                )
            else:
                known.titles |= actor.titles
                known.aliases |= actor.aliases
                known.country = known.country or actor.country
    full = [a for a in merged.values() if a.kind == "person" and " " in a.name]
    mapping = {name: actor for name, actor in merged.items()}
    for name, actor in merged.items():
        if actor.kind != "person" or " " in name:
            continue
        owners = [p for p in full if fold(name) in fold(p.name).split()]
        if len(owners) == 1:
            owners[0].aliases |= actor.aliases | {name}
            owners[0].titles |= actor.titles
            mapping[name] = owners[0]
    return mapping


def _overlaps(a: EventDate, b: EventDate) -> bool:
    return (
        a.start is not None
        and b.start is not None
        and a.end is not None
        and b.end is not None
        and a.start <= b.end
        and b.start <= a.end
    )


def _dates_agree(a: EventDate, b: EventDate, same_article: bool, statement: bool) -> bool:
    """Whether two reports can tell of one happening as far as their dates go.

    Within an article an undated report joins a dated one (the meeting named again), but a
    speaker's statements are one event per date. Across articles the dates must overlap, or
    one report's date is written but could not be resolved (`hari Minggu kemarin` in an undated
    page) and takes the other's.
    """
    if a.start is None and b.start is None:
        return same_article
    if a.start is None or b.start is None:
        undated = a if a.start is None else b
        return not statement if same_article else undated.text is not None
    if statement and same_article:
        return a.start == b.start and a.granularity == b.granularity
    return _overlaps(a, b)


def _same_leg(a: Place, b: Place) -> bool:
    """One destination: the same place, or a city and the state it is in (`Vientiane`,
    `Laos`): a report that names only the state tells of the same leg."""
    if a.name == b.name:
        return True
    return (a.is_country or b.is_country) and a.country is not None and a.country == b.country


def _compatible(cluster: Cluster, report: Report) -> bool:
    """Whether a report tells of the cluster's happening (same type, parties and date)."""
    event = report.event
    same_article = report.article_id in cluster.articles
    if cluster.event_type != event.event_type:
        return False
    if cluster.modality != event.modality and not same_article:
        return False
    keys = {k for k, _ in report.actors}
    if event.event_type == "statement" and cluster.actor_keys("speaker") != keys:
        return False
    if event.event_type == "visit":
        visitors = {k for k, r in report.actors if r == "visitor"}
        if not visitors & cluster.actor_keys("visitor"):
            return False
        places = [r.event.location for r in cluster.reports if r.event.location]
        if event.location and places and not any(_same_leg(event.location, p) for p in places):
            return False
    elif event.event_type == "meeting" and len(keys & cluster.actor_keys()) < min(2, len(keys)):
        return False
    return _dates_agree(
        cluster.date()[0], event.date, same_article, event.event_type == "statement"
    )


def merge_reports(
    extractions: list[ArticleExtraction], previous: PreviousIds | None = None
) -> dict[str, pl.DataFrame]:
    """All articles' events → the contract's events, event_actors, actors and mentions tables,
    and `event_aliases`, merged block by block in this process (`etl.blocked_merge`, imported
    here because it builds on this module)."""
    from etl.blocked_merge import merge_frames

    return merge_frames(extractions, previous)


def reports_of(extraction: ArticleExtraction, names: dict[str, Actor], index: int) -> list[Report]:
    """The reports of the `index`-th article of the corpus, its actors named as the corpus names
    them."""
    article = extraction.article
    return [
        Report(
            article.article_id,
            event,
            list(dict.fromkeys((names[k].name, role) for k, role in event.actors if k in names)),
            article.published,
            (index, number),
        )
        for number, event in enumerate(extraction.events)
    ]


def cluster_reports(reports: Iterable[Report]) -> list[Cluster]:
    """Reports in order, each joined to the first earlier cluster it is compatible with.

    Only clusters of the same type that share an actor are candidates (an index by type and
    actor), so the step stays near-linear on a large block.
    """
    clusters: list[Cluster] = []
    index: dict[tuple, list[Cluster]] = {}
    for report in reports:
        event = report.event
        candidates = sorted(
            {id(c): c for key in _keys(report, lookup=True) for c in index.get(key, ())}.values(),
            key=lambda c: c.order,
        )
        target = next((c for c in candidates if _compatible(c, report)), None)
        if target is None:
            target = Cluster(event.event_type, event.modality, order=len(clusters))
            clusters.append(target)
        target.add(report)
        target.modality = max(target.modality, event.modality, key=MODALITY_PRIORITY.index)
        for key in _keys(report, lookup=False):
            entries = index.setdefault(key, [])
            if not entries or entries[-1] is not target:
                entries.append(target)
    return clusters


def _months(date: EventDate) -> list[tuple[int, int]]:
    """The calendar months an interval touches: the buckets dated reports are indexed by."""
    assert date.start is not None and date.end is not None
    first = date.start.year * 12 + date.start.month - 1
    last = date.end.year * 12 + date.end.month - 1
    return [divmod(m, 12) for m in range(first, last + 1)]


def _keys(report: Report, lookup: bool) -> list[tuple]:
    """Where a cluster is filed for a report (`lookup` False), or where compatible clusters
    of a report are found (`lookup` True).

    Both go by type, actor and article, and by type, actor and the months a date touches. A
    date written but not resolved (`hari Minggu kemarin` in an undated page) is filed apart:
    such reports look among every dated cluster of the actor, and dated reports look among
    them.
    """
    kind = report.event.event_type
    date = report.event.date
    keys: list[tuple] = []
    for name, _ in report.actors:
        keys.append((kind, name, "article", report.article_id))
        if date.start is not None:
            keys += [(kind, name, "month", m) for m in _months(date)]
            keys.append((kind, name, "unresolved" if lookup else "dated"))
        elif date.text is not None:
            keys.append((kind, name, "dated" if lookup else "unresolved"))
    return keys


def _summary(cluster: Cluster, actor_names: list[str]) -> str:
    event = cluster.reports[0].event
    place = next((r.event.location.name for r in cluster.reports if r.event.location), None)
    where = f" di {place}" if place else ""
    if cluster.event_type == "statement":
        quote = next((r.event.quote for r in cluster.reports if r.event.quote), None)
        said = f": “{quote[:200]}”" if quote else ""
        return f"{actor_names[0]} menyatakan{said}"
    if cluster.event_type == "visit":
        visitor = actor_names[0]
        hosts = actor_names[1:]
        to = f" ke {place}" if place else (f" ke {hosts[0]}" if hosts else "")
        return f"Kunjungan {visitor}{to}"
    others = " dan ".join(actor_names[1:])
    return f"{actor_names[0]} bertemu {others}{where}" if others else f"Pertemuan {event.trigger}"


def _founding(report: Report) -> tuple[date, str, int]:
    return (report.published or UNDATED, report.article_id, report.event.trigger_start)


def _identity(cluster: Cluster) -> ClusterIdentity:
    """The founding report's id parts and the keys by which the next run knows each report."""
    first = min(cluster.reports, key=_founding)
    return ClusterIdentity(
        (
            cluster.event_type,
            first.article_id,
            first.event.trigger_start,
            first.event.trigger,
            *sorted(k for k, _ in first.actors),
        ),
        _founding(first),
        [
            (r.article_id, r.event.sentence.start, r.event.trigger, cluster.event_type)
            for r in cluster.reports
        ],
        frozenset(slug(name) for name in cluster.roles),
    )


def identities(clusters: list[Cluster]) -> list[ClusterIdentity]:
    return [_identity(c) for c in clusters]


def block_tables(
    clusters: list[Cluster], event_ids: list[str], blocks: Sequence[str]
) -> tuple[dict[str, pl.DataFrame], set[str]]:
    """The rows of events, event_actors and mentions of clusters from one or more blocks, and
    the corpus-wide names of the actors they use. Every row carries its cluster's `block` label
    (`blocks`, one per cluster): events keep it, the others are counted and split by it."""
    event_rows, actor_rows, mention_rows = [], [], []
    used: set[str] = set()
    for cluster, event_id, block in zip(clusters, event_ids, blocks, strict=True):
        roles = _distinct_roles(cluster)
        date, date_article = cluster.date()
        basis = date.basis
        if date_article is not None and date_article != cluster.reports[0].article_id:
            basis = "inferred" if cluster.reports[0].event.date.start is None else basis
        location = next((r.event.location for r in cluster.reports if r.event.location), None)
        n_articles = len({r.article_id for r in cluster.reports})
        confidence = min(
            1.0, max(r.event.confidence for r in cluster.reports) + 0.05 * (n_articles - 1)
        )
        actor_names = list(dict.fromkeys(name for name, _ in roles))
        event_rows.append(
            {
                "event_id": event_id,
                "event_type": cluster.event_type,
                "date_start": date.start,
                "date_end": date.end,
                "granularity": date.granularity if date.start is not None else "unknown",
                "date_basis": basis if date.start is not None else "none",
                "location": location.name if location else None,
                "country": location.country if location else None,
                "lat": location.lat if location else None,
                "lon": location.lon if location else None,
                "modality": cluster.modality,
                "summary": _summary(cluster, actor_names),
                "n_articles": n_articles,
                "confidence": round(confidence, 3),
                "date_article_id": date_article,
                **_clock_columns(cluster, date),
                "block": block,
            }
        )
        for name, role in roles:
            used.add(name)
            actor_rows.append(
                {"event_id": event_id, "actor_id": slug(name), "role": role, "block": block}
            )
        for report in cluster.reports:
            event = report.event
            sentences = [(event.sentence, event.trigger), *event.extra_sentences]
            for sentence, trigger in sentences:
                mention_rows.append(
                    {
                        "event_id": event_id,
                        "article_id": report.article_id,
                        "sentence": sentence.text,
                        "char_start": sentence.start,
                        "char_end": sentence.end,
                        "trigger": trigger,
                        "date_text": event.date.text,
                        "quote": event.quote if event.event_type == "statement" else None,
                        "block": block,
                    }
                )
    events = pl.DataFrame(event_rows, schema={**tables.EVENTS, **tables.EVENT_EXTRAS}, orient="row")
    frames = {
        "events": events,
        "event_actors": _labelled("event_actors", actor_rows),
        "mentions": _labelled("mentions", mention_rows),
    }
    return frames, used


def _distinct_roles(cluster: Cluster) -> list[tuple[str, str]]:
    """The cluster's (actor, role) pairs in report order, without the plain `participant` of an
    actor one report names with a role of its own (the `host` of a welcome that another report
    tells as a meeting of equals): each actor is listed once per role it has."""
    pairs = list(dict.fromkeys(a for r in cluster.reports for a in r.actors))
    specific = {name for name, role in pairs if role != "participant"}
    return [(n, r) for n, r in pairs if r != "participant" or n not in specific]


def _labelled(table: str, rows: list[dict[str, object]]) -> pl.DataFrame:
    """A table's rows with their `block` label after the table's columns, repeats dropped (the
    label follows from the event id, so it changes no repeat)."""
    schema = {**tables.SCHEMAS[table], "block": pl.String}
    return pl.DataFrame(rows, schema=schema, orient="row").unique(maintain_order=True)


def actors_table(names: dict[str, Actor], used: Iterable[str]) -> pl.DataFrame:
    """The `actors` rows of the actors the events name (by their corpus-wide names); spellings
    that share a slug (`Mahfud MD`, `Mahfud Md`) are one row, with the others as aliases and the
    country and titles any of them has."""
    actors = sorted({names[n].name: names[n] for n in used if n in names}.values(), key=_name)
    rows = [
        {
            "actor_id": slug(a.name),
            "name": a.name,
            "kind": a.kind,
            "country": a.country,
            "titles": sorted(a.titles),
            "aliases": sorted(a.aliases - {a.name}),
        }
        for a in actors
    ]
    spellings = tables.frame("actors", rows)
    return tables.conform(
        "actors",
        spellings.group_by("actor_id", maintain_order=True)
        .agg(
            pl.col("name").first(),
            pl.col("kind").first(),
            pl.col("country").drop_nulls().first(),
            pl.col("titles").list.explode(keep_nulls=False, empty_as_null=False).unique().sort(),
            pl.concat_list("aliases", pl.concat_list("name"))
            .list.explode(keep_nulls=False, empty_as_null=False)
            .unique()
            .sort(),
        )
        .with_columns(pl.col("aliases").list.set_difference(pl.concat_list("name")).list.sort()),
    )


def _name(actor: Actor) -> str:
    return actor.name
