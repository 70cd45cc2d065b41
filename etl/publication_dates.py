"""Publication dates of undated articles, read off the happenings they share with dated ones,
block by block, with the merge's own clustering: so that an undated page joins the events it
reports, dated."""

from __future__ import annotations

from datetime import date, timedelta

from etl.block_tasks import LocalMapper, Mapper
from etl.blocked_merge import _route_all
from etl.blocks import UNDATED_MONTH
from etl.dates import find_time_expressions
from etl.merge import (
    ArticleExtraction,
    Cluster,
    Report,
    _compatible,
    canonical_names,
    cluster_reports,
)

ANCHOR_SEARCH_DAYS = 10


def day_votes(clusters: list[Cluster], undated: frozenset[str]) -> list[tuple[str, date]]:
    """Publication dates that a block's events imply for undated articles, one per report.

    When an undated page says `hari Minggu kemarin` of a meeting that another article dates to
    Sunday 16 April, the page was published on the day that makes its words mean that date:
    the earliest anchor, from that date on, under which its expression resolves to it.
    """
    votes = []
    for cluster in clusters:
        fixed, source = cluster.date()
        if fixed.start is None or fixed.granularity != "day":
            continue
        for report in cluster.reports:
            text = report.event.date.text
            if report.article_id in undated and report.event.date.start is None and text:
                anchor = _anchor_for(text, fixed.start)
                if anchor is not None and report.article_id != source:
                    votes.append((report.article_id, anchor))
    return votes


def probe_votes(
    clusters: list[Cluster], probes: list[Report]
) -> list[tuple[int, tuple[int, int], date | None]]:
    """For each undated report of an undated article (a probe, kept in its `undated` block),
    the earliest event of this block it is compatible with, as (probe, that event's position,
    the publication date it implies or None): the caller keeps the earliest over all blocks.
    Whether the page comes before or after the dated report in the input does not matter."""
    found = []
    for i, probe in enumerate(probes):
        target = next((c for c in clusters if _compatible(c, probe)), None)
        if target is None:
            continue
        fixed, source = target.date()
        anchor = None
        if fixed.start is not None and fixed.granularity == "day" and probe.article_id != source:
            anchor = _anchor_for(probe.event.date.text or "", fixed.start)
        found.append((i, target.reports[0].position, anchor))
    return found


def _anchor_for(expression: str, meant: date) -> date | None:
    for days in range(ANCHOR_SEARCH_DAYS):
        anchor = meant + timedelta(days=days)
        found = [t for t in find_time_expressions(expression, anchor) if t.date_start]
        if found and found[0].date_start <= meant <= found[0].date_end:
            return anchor
    return None


def _date_votes(
    reports: list[Report], probes: list[Report], undated: frozenset[str]
) -> tuple[list[tuple[str, date]], list[tuple[int, tuple[int, int], date | None]]]:
    """One task: the dates a block's events imply for undated articles."""
    clusters = cluster_reports(reports)
    return day_votes(clusters, undated), probe_votes(clusters, probes)


def _unresolved(report: Report, undated: frozenset[str]) -> bool:
    """A report whose date is written but could not be resolved, in an article with no date."""
    when = report.event.date
    return report.article_id in undated and when.start is None and when.text is not None


def implied_publication_dates(
    extractions: list[ArticleExtraction], mapper: Mapper | None = None
) -> dict[str, date]:
    """Publication dates of undated articles, read off the happenings they share with dated
    ones, block by block: an undated report in an undated article (kept in its `undated`
    block) is probed against the dated blocks of its type, earliest event first."""
    mapper = mapper or LocalMapper()
    undated = frozenset(e.article.article_id for e in extractions if e.article.published is None)
    if not undated:
        return {}
    blocks = _route_all(extractions, canonical_names(extractions))
    probes: dict[str, list[Report]] = {}
    for key, reports in blocks.items():
        if key.month == UNDATED_MONTH:
            probes.setdefault(key.event_type, []).extend(
                r for r in reports if _unresolved(r, undated)
            )
    wanted = [
        key
        for key, reports in blocks.items()
        if key.month != UNDATED_MONTH
        and (probes.get(key.event_type) or any(_unresolved(r, undated) for r in reports))
    ]
    sent = mapper.put([blocks[key] for key in wanted])
    found = mapper.gather(
        mapper.map(
            _date_votes,
            sent,
            [probes.get(key.event_type, []) for key in wanted],
            [undated] * len(wanted),
        )
    )
    votes: dict[str, list[date]] = {}
    earliest: dict[tuple[str, int], tuple[tuple[int, int], date | None]] = {}
    for key, (in_block, probed) in zip(wanted, found, strict=True):
        for article, anchor in in_block:
            votes.setdefault(article, []).append(anchor)
        for i, position, anchor in probed:
            known = earliest.get((key.event_type, i))
            if known is None or position < known[0]:
                earliest[(key.event_type, i)] = (position, anchor)
    for (event_type, i), (_, anchor) in earliest.items():
        if anchor is not None:
            votes.setdefault(probes[event_type][i].article_id, []).append(anchor)
    return {
        article: max(set(v), key=lambda d: (v.count(d), -d.toordinal()))
        for article, v in votes.items()
    }
