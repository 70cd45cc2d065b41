"""Scoring by the rules of ../shared/gold/SCORING.md: gold and predicted events paired one to one
per article and type, then counted into precision, recall, F1, strict F1, date accuracy and
merge recall."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from etl.evaluate.gold import (
    EvaluationError,
    GoldEvent,
    PredictedActor,
    PredictedEvent,
    date_right,
    load_gold,
    load_groups,
    load_tables,
    predicted_events,
)
from etl.evaluate.names import NameMatcher
from etl.tables import EVENT_TYPES


def max_weight_matching(weights: Sequence[Sequence[int]]) -> list[tuple[int, int]]:
    """Row-column pairs of largest total weight, zero meaning "may not pair"; exact (Hungarian
    algorithm with potentials, O(n²m)), so ties in size are settled by weight, not by order."""
    if not weights or not weights[0]:
        return []
    transposed = len(weights) > len(weights[0])
    grid = [list(col) for col in zip(*weights, strict=True)] if transposed else weights
    n, m = len(grid), len(grid[0])
    cost = [[0] * (m + 1)] + [[0, *(-w for w in row)] for row in grid]
    u, v, owner, way = [0] * (n + 1), [0] * (m + 1), [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0], j0 = i, 0
        slack, used = [float("inf")] * (m + 1), [False] * (m + 1)
        while owner[j0]:
            used[j0], i0, delta, j1 = True, owner[j0], float("inf"), 0
            for j in range(1, m + 1):
                if not used[j]:
                    reduced = cost[i0][j] - u[i0] - v[j]
                    if reduced < slack[j]:
                        slack[j], way[j] = reduced, j0
                    if slack[j] < delta:
                        delta, j1 = slack[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    slack[j] -= delta
            j0 = j1
        while j0:
            owner[j0] = owner[way[j0]]
            j0 = way[j0]
    pairs = [(owner[j] - 1, j - 1) for j in range(1, m + 1) if owner[j]]
    pairs = [(c, r) if transposed else (r, c) for r, c in pairs]
    return sorted((r, c) for r, c in pairs if weights[r][c] > 0)


def _found(name: str, candidates: Iterable[PredictedActor], matcher: NameMatcher) -> bool:
    return any(matcher.match(name, other) for actor in candidates for other in actor.names)


def event_matches(gold: GoldEvent, predicted: PredictedEvent, matcher: NameMatcher) -> bool:
    """The type's actor rule: a statement's speaker is a predicted speaker, a visit's visitor is
    among the actors, a meeting (or any other gold type) has two of its actors (all, if fewer)
    among them, each paired with a different predicted actor."""
    if gold.type != predicted.type:
        return False
    if gold.type == "statement":
        speakers = [a for a in predicted.actors if a.role == "speaker"]
        return gold.speaker is not None and _found(gold.speaker, speakers, matcher)
    if gold.type == "visit":
        return bool(gold.actors) and _found(gold.actors[0], predicted.actors, matcher)
    pairs = max_weight_matching(
        [
            [int(any(matcher.match(name, n) for n in actor.names)) for actor in predicted.actors]
            for name in gold.actors
        ]
    )
    return len(pairs) >= min(2, len(gold.actors))


@dataclass(slots=True)
class Tally:
    """Counts behind one row of figures."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    strict: int = 0
    dated: int = 0
    date_right: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, float | int | None]:
        """Counts with precision, recall, F1 (plain and strict) and date accuracy."""
        p, r, f = _prf(self.matched, self.predicted, self.gold)
        sp, sr, sf = _prf(self.strict, self.predicted, self.gold)
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": p,
            "recall": r,
            "f1": f,
            "strict_matched": self.strict,
            "strict_precision": sp,
            "strict_recall": sr,
            "strict_f1": sf,
            "dated": self.dated,
            "date_right": self.date_right,
            "date_accuracy": _ratio(self.date_right, self.dated),
        }


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _prf(matched: int, predicted: int, gold: int) -> tuple[float | None, ...]:
    p, r = _ratio(matched, predicted), _ratio(matched, gold)
    if p is None or r is None:
        return p, r, None
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(slots=True)
class Scores:
    """Everything the report shows: tallies per type, the pairs, and what was left over."""

    tallies: dict[str, Tally]
    pairs: list[tuple[GoldEvent, PredictedEvent]] = field(default_factory=list)
    missed: list[GoldEvent] = field(default_factory=list)
    spurious: list[PredictedEvent] = field(default_factory=list)
    ignored_types: Counter[str] = field(default_factory=Counter)
    ignored_outside_gold: int = 0
    articles_gold: int = 0
    articles_predicted: int = 0
    merge: tuple[int, int] | None = None

    def overall(self) -> Tally:
        total = Tally()
        for tally in self.tallies.values():
            total.add(tally)
        return total


def score(
    gold: dict[str, list[GoldEvent]],
    tables: dict[str, pl.DataFrame],
    groups: Sequence[Sequence[str]] | None = None,
    matcher: NameMatcher | None = None,
) -> Scores:
    """Pair gold and predicted events article by article and type by type, most pairs first and,
    among those, most right dates; then count."""
    matcher = matcher or NameMatcher.default()
    predicted = predicted_events(tables)
    types = [*EVENT_TYPES, *sorted({e.type for es in gold.values() for e in es} - {*EVENT_TYPES})]
    processed = set(tables["articles"]["article_id"]) | set(predicted)
    scores = Scores(
        tallies={t: Tally() for t in types},
        ignored_outside_gold=sum(len(es) for a, es in predicted.items() if a not in gold),
        articles_gold=len(gold),
        articles_predicted=len(processed & set(gold)),
    )
    for article_id, gold_events in gold.items():
        article_predictions = predicted.get(article_id, [])
        scores.ignored_types.update(p.type for p in article_predictions if p.type not in types)
        for kind in types:
            _score_type(
                scores,
                kind,
                [g for g in gold_events if g.type == kind],
                [p for p in article_predictions if p.type == kind],
                matcher,
            )
    if groups is not None:
        scores.merge = (_merged(groups, scores.pairs, gold), len(groups))
    return scores


def _score_type(
    scores: Scores,
    kind: str,
    golds: list[GoldEvent],
    preds: list[PredictedEvent],
    matcher: NameMatcher,
) -> None:
    size_bonus = min(len(golds), len(preds)) + 1
    weights = [
        [
            (size_bonus + date_right(g.date, p.date_start, p.date_end, p.granularity))
            if event_matches(g, p, matcher)
            else 0
            for p in preds
        ]
        for g in golds
    ]
    pairs = [(golds[i], preds[j]) for i, j in max_weight_matching(weights)]
    tally = scores.tallies[kind]
    tally.gold += len(golds)
    tally.predicted += len(preds)
    tally.matched += len(pairs)
    for g, p in pairs:
        right = date_right(g.date, p.date_start, p.date_end, p.granularity)
        tally.dated += g.date is not None
        tally.date_right += right
        tally.strict += g.date is None or right
    scores.pairs.extend(pairs)
    paired_gold = {g.eid for g, _ in pairs}
    paired_pred = {p.event_id for _, p in pairs}
    scores.missed.extend(g for g in golds if g.eid not in paired_gold)
    scores.spurious.extend(p for p in preds if p.event_id not in paired_pred)


def _merged(
    groups: Sequence[Sequence[str]],
    pairs: list[tuple[GoldEvent, PredictedEvent]],
    gold: dict[str, list[GoldEvent]],
) -> int:
    """Groups whose members all matched one and the same predicted event."""
    known = {e.eid for es in gold.values() for e in es}
    unknown = sorted({eid for group in groups for eid in group} - known)
    if unknown:
        raise EvaluationError(f"same-event groups name eids not in the gold file: {unknown}")
    matched_to = {g.eid: p.event_id for g, p in pairs}
    return sum(
        all(eid in matched_to for eid in group) and len({matched_to[eid] for eid in group}) == 1
        for group in groups
    )


def figures(scores: Scores) -> dict:
    """All figures, per type and overall, as one JSON-ready object."""
    overall = scores.overall()
    merged = None
    if scores.merge is not None:
        done, total = scores.merge
        merged = {"groups": total, "merged": done, "recall": _ratio(done, total)}
    return {
        "articles": {"gold": scores.articles_gold, "predicted": scores.articles_predicted},
        "overall": overall.figures(),
        "by_type": {kind: tally.figures() for kind, tally in scores.tallies.items()},
        "merge": merged,
        "ignored": {
            "other_types": dict(sorted(scores.ignored_types.items())),
            "outside_gold": scores.ignored_outside_gold,
        },
    }


def details(scores: Scores) -> dict:
    """Missed gold events, spurious predictions and matched events with a wrong date."""
    wrong = [
        (g, p)
        for g, p in scores.pairs
        if g.date is not None and not date_right(g.date, p.date_start, p.date_end, p.granularity)
    ]
    return {
        "missed": [_gold_json(g) for g in scores.missed],
        "spurious": [_predicted_json(p) for p in scores.spurious],
        "wrong_dates": [{**_gold_json(g), "predicted": _predicted_json(p)} for g, p in wrong],
    }


def _gold_json(g: GoldEvent) -> dict:
    return {
        "article_id": g.article_id,
        "eid": g.eid,
        "type": g.type,
        "date": g.date,
        "actors": list(g.actors),
        "speaker": g.speaker,
        "note": g.note,
    }


def _predicted_json(p: PredictedEvent) -> dict:
    return {
        "article_id": p.article_id,
        "event_id": p.event_id,
        "type": p.type,
        "date_start": p.date_start and p.date_start.isoformat(),
        "date_end": p.date_end and p.date_end.isoformat(),
        "granularity": p.granularity,
        "actors": [{"name": a.names[0] if a.names else "", "role": a.role} for a in p.actors],
        "mentions": [{"sentence": s, "trigger": t} for s, t in p.mentions],
    }


def evaluate(
    gold_path: Path, out_dir: Path, same_path: Path | None = None, misses: bool = False
) -> dict:
    """The figures of `--json` (with the error lists of `--misses` when asked)."""
    groups = load_groups(same_path) if same_path else None
    scores = score(load_gold(gold_path), load_tables(out_dir), groups)
    return {**figures(scores), **(details(scores) if misses else {})}
