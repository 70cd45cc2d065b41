"""Publication dates of undated articles, read off the happenings they share with dated ones,
block by block, with the merge's own clustering: so that an undated page joins the events it
reports, dated."""

from __future__ import annotations

from datetime import date

from etl.block_tasks import LocalMapper, Mapper
from etl.blocked_merge import _route_all
from etl.blocks import UNDATED_MONTH
from etl.merge import (
    ArticleExtraction,
    Report,
    canonical_names,
    cluster_reports,
    day_votes,
    probe_votes,
)


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
