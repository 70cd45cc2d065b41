"""`python -m etl.evaluate GOLD.jsonl OUT_DIR`: score the ETL's tables against gold events.

The rules are those of ../shared/gold/SCORING.md: per article and type, gold and predicted events
are paired one to one by their actors, dates are right when interval and granularity agree, and
the figures are micro-averaged over every article of the gold file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from gettext import translation
from pathlib import Path

import polars as pl
import pycountry

from etl.lexicon import table
from etl.tables import EVENT_TYPES, read_tables


class EvaluationError(Exception):
    """An input the scorer cannot use: a missing or malformed gold file, groups file or OUT_DIR."""


def fold_name(name: str) -> str:
    """Case, accents, apostrophes, punctuation and spacing folded away, words kept apart."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = re.sub(r"['’‘`ʼ]", "", plain)
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


def _country_groups() -> list[set[str]]:
    """Each country's English and Indonesian names (pycountry and its `id` translations)."""
    indonesian = translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    groups = []
    for country in pycountry.countries:
        english = {
            getattr(country, attr, None) for attr in ("name", "common_name", "official_name")
        } - {None}
        groups.append(english | {indonesian.gettext(n) for n in english})
    return groups


class NameMatcher:
    """Decides whether a gold name and a predicted name denote the same actor.

    Alias groups are country names and capitals (pycountry) joined with the press aliases of
    `etl/data/scoring_aliases.csv`; rows may name any member of a group as the canonical.
    """

    def __init__(self, groups: Iterable[Iterable[str]]) -> None:
        parent: dict[str, str] = {}

        def root(key: str) -> str:
            while parent.setdefault(key, key) != key:
                parent[key] = parent[parent[key]]
                key = parent[key]
            return key

        for group in groups:
            keys = [_key(n) for n in group if _key(n)]
            for key in keys:
                parent[root(key)] = root(keys[0])
        self._group = {key: root(key) for key in parent}

    @classmethod
    @cache
    def default(cls) -> NameMatcher:
        """The scorer's matcher, built once from pycountry and the alias table."""
        rows = [(row["alias"], row["canonical"]) for row in table("scoring_aliases")]
        return cls([*_country_groups(), *rows])

    def match(self, a: str, b: str) -> bool:
        """Same after folding, contained with the same last word, or aliases of one another."""
        ka, kb = _key(a), _key(b)
        if not ka or not kb:
            return False
        if ka == kb:
            return True
        wa, wb = fold_name(a).split(), fold_name(b).split()
        shorter, longer = sorted((wa, wb), key=len)
        if shorter[-1] == longer[-1] and set(shorter) <= set(longer):
            return True
        return ka in self._group and self._group.get(ka) == self._group.get(kb)


def _key(name: str) -> str:
    """A folded name without spaces, so `Mahfud M.D.` and `Mahfud MD` meet."""
    return fold_name(name).replace(" ", "")


@dataclass(frozen=True, slots=True)
class DateSpan:
    """An inclusive interval of days and the granularity the text gave it."""

    start: date
    end: date
    granularity: str


_GOLD_DATE = re.compile(
    r"(?P<day>\d{4}-\d{2}-\d{2})|(?P<month>\d{4}-\d{2})|(?P<year>\d{4})"
    r"|(?P<week>\d{4}-W\d{2})|(?P<range>\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2})"
)


def gold_span(value: str) -> DateSpan:
    """A gold date (day, month, year, ISO week or day range) as the days it covers."""
    found = _GOLD_DATE.fullmatch(value)
    if not found:
        raise ValueError(f"not a gold date: {value!r}")
    kind = found.lastgroup
    if kind == "day":
        day = date.fromisoformat(value)
        return DateSpan(day, day, "day")
    if kind == "month":
        first = date.fromisoformat(f"{value}-01")
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return DateSpan(first, following - timedelta(days=1), "month")
    if kind == "year":
        return DateSpan(date(int(value), 1, 1), date(int(value), 12, 31), "year")
    if kind == "week":
        monday = date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
        return DateSpan(monday, monday + timedelta(days=6), "week")
    start, end = (date.fromisoformat(part) for part in value.split("/"))
    return DateSpan(start, end, "day")


def date_right(
    gold_date: str | None, start: date | None, end: date | None, granularity: str
) -> bool:
    """The gold date is given, the predicted interval overlaps it, and the granularities agree
    (a predicted `range` is a span of days)."""
    if gold_date is None or start is None:
        return False
    gold = gold_span(gold_date)
    predicted = "day" if granularity == "range" else granularity
    return predicted == gold.granularity and start <= gold.end and (end or start) >= gold.start


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One annotated event of one gold article."""

    article_id: str
    eid: str
    type: str
    date: str | None
    actors: tuple[str, ...]
    speaker: str | None
    note: str


@dataclass(frozen=True, slots=True)
class PredictedActor:
    """An actor of a predicted event: every name it may be matched by, and its role."""

    names: tuple[str, ...]
    role: str


@dataclass(frozen=True, slots=True)
class PredictedEvent:
    """A predicted event as seen from one article: its actors and that article's mentions."""

    article_id: str
    event_id: str
    type: str
    date_start: date | None
    date_end: date | None
    granularity: str
    actors: tuple[PredictedActor, ...]
    mentions: tuple[tuple[str, str], ...]


def load_gold(path: Path) -> dict[str, list[GoldEvent]]:
    """Gold events by article id, in file order; a malformed file fails with its line number."""
    articles: dict[str, list[GoldEvent]] = {}
    seen: set[str] = set()
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"cannot read gold file {path}: {exc}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            article_id = str(record["id"])
            events = [_gold_event(article_id, e) for e in record["events"]]
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise EvaluationError(f"{path}:{number}: not a gold article: {exc!r}") from exc
        eids = [e.eid for e in events]
        if article_id in articles or seen & set(eids) or len(set(eids)) < len(eids):
            raise EvaluationError(f"{path}:{number}: an article id or eid occurs twice")
        seen.update(eids)
        articles[article_id] = events
    return articles


def _gold_event(article_id: str, raw: dict) -> GoldEvent:
    if raw["date"] is not None:
        gold_span(raw["date"])
    return GoldEvent(
        article_id=article_id,
        eid=str(raw["eid"]),
        type=raw["type"],
        date=raw["date"],
        actors=tuple(raw.get("actors") or ()),
        speaker=raw.get("speaker"),
        note=raw.get("note") or "",
    )


def load_groups(path: Path) -> list[list[str]]:
    """Same-event groups (`{"groups": [[eid, ...], ...]}`): gold eids that report one happening."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"cannot read same-event groups {path}: {exc}") from exc
    try:
        return [[str(eid) for eid in group] for group in json.loads(text)["groups"]]
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise EvaluationError(f"{path}: not a same-event groups file: {exc!r}") from exc


def load_tables(out_dir: Path) -> dict[str, pl.DataFrame]:
    """The contract tables of OUT_DIR; a folder without events and mentions is not an ETL output."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise EvaluationError(f"OUT_DIR {out_dir} is not a folder")
    missing = [
        t
        for t in ("events", "mentions")
        if not (out_dir / f"{t}.parquet").is_file() and not (out_dir / t).is_dir()
    ]
    if missing:
        raise EvaluationError(f"OUT_DIR {out_dir} has no {' or '.join(missing)} table")
    try:
        return read_tables(out_dir)
    except (OSError, pl.exceptions.PolarsError, ValueError) as exc:
        raise EvaluationError(f"cannot read the tables of {out_dir}: {exc}") from exc


def predicted_events(tables: dict[str, pl.DataFrame]) -> dict[str, list[PredictedEvent]]:
    """Predicted events by article: every event with a mention in it, with its actors' names
    (canonical, aliases, the id un-slugged) and roles, ordered by event id."""
    names = (
        tables["event_actors"]
        .join(tables["actors"], on="actor_id", how="left")
        .with_columns(
            names=pl.concat_list(
                pl.col("name"),
                pl.col("aliases").fill_null(pl.lit([], dtype=pl.List(pl.String))),
                pl.col("actor_id").str.replace_all("-", " "),
            ).list.drop_nulls()
        )
        .group_by("event_id")
        .agg(actors=pl.struct("names", "role"))
    )
    mentions = (
        tables["mentions"]
        .sort("article_id", "event_id", "char_start")
        .group_by("article_id", "event_id", maintain_order=True)
        .agg(mentions=pl.struct("sentence", "trigger"))
    )
    rows = (
        mentions.join(tables["events"], on="event_id", how="inner")
        .join(names, on="event_id", how="left")
        .sort("article_id", "event_id")
    )
    by_article: dict[str, list[PredictedEvent]] = defaultdict(list)
    for row in rows.iter_rows(named=True):
        by_article[row["article_id"]].append(
            PredictedEvent(
                article_id=row["article_id"],
                event_id=row["event_id"],
                type=row["event_type"],
                date_start=row["date_start"],
                date_end=row["date_end"],
                granularity=row["granularity"] or "unknown",
                actors=tuple(
                    PredictedActor(tuple(a["names"]), a["role"]) for a in row["actors"] or ()
                ),
                mentions=tuple((m["sentence"] or "", m["trigger"] or "") for m in row["mentions"]),
            )
        )
    return dict(by_article)


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


def _num(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:.3f}"


def _interval(p: dict) -> str:
    if p["date_start"] is None:
        return f"no date ({p['granularity']})"
    end = p["date_end"] or p["date_start"]
    span = p["date_start"] if end == p["date_start"] else f"{p['date_start']}..{end}"
    return f"{span} ({p['granularity']})"


def _with_trigger(sentence: str, trigger: str) -> str:
    if not trigger:
        return sentence
    return re.sub(re.escape(trigger), lambda m: f"[[{m[0]}]]", sentence, count=1, flags=re.I)


def misses_text(found: dict) -> list[str]:
    """The error lists as lines to read in a minute."""
    lines = [f"MISSED gold events ({len(found['missed'])})"]
    for g in found["missed"]:
        who = f"speaker {g['speaker']}" if g["speaker"] else ", ".join(g["actors"])
        lines.append(
            f"  {g['article_id']} {g['eid']} {g['type']} {g['date'] or 'no date'} | {who}"
            f" | {g['note']}"
        )
    lines.append(f"SPURIOUS predictions ({len(found['spurious'])})")
    for p in found["spurious"]:
        actors = ", ".join(f"{a['name']} ({a['role']})" for a in p["actors"]) or "no actors"
        lines.append(f"  {p['article_id']} {p['event_id']} {p['type']} {_interval(p)} | {actors}")
        lines.extend(
            f"      trigger {m['trigger']!r}: {_with_trigger(m['sentence'], m['trigger'])}"
            for m in p["mentions"]
        )
    lines.append(f"WRONG DATES of matched events ({len(found['wrong_dates'])})")
    for w in found["wrong_dates"]:
        p = w["predicted"]
        lines.append(
            f"  {w['article_id']} {w['eid']} {w['type']} gold {w['date']}"
            f" vs {p['event_id']} {_interval(p)} | {w['note']}"
        )
    return [*lines, ""]


def report_text(result: dict) -> str:
    """The per-type table, then the six headline lines, the last six of the output."""
    header = (
        f"{'type':<12}{'gold':>6}{'pred':>6}{'match':>7}{'P':>7}{'R':>7}{'F1':>7}"
        f"{'strict F1':>11}  date accuracy"
    )
    lines = [header]
    for kind, f in [*result["by_type"].items(), ("all", result["overall"])]:
        lines.append(
            f"{kind:<12}{f['gold']:>6}{f['predicted']:>6}{f['matched']:>7}"
            f"{_num(f['precision']):>7}{_num(f['recall']):>7}{_num(f['f1']):>7}"
            f"{_num(f['strict_f1']):>11}  {_num(f['date_accuracy'])}"
            f" ({f['date_right']}/{f['dated']})"
        )
    other = result["ignored"]["other_types"]
    kinds = ", ".join(f"{k} {n}" for k, n in other.items())
    lines.append(
        f"ignored: {sum(other.values())} predictions of types the gold does not annotate"
        + (f" ({kinds})" if kinds else "")
        + f"; {result['ignored']['outside_gold']} predictions in articles not in GOLD"
    )
    o, merge = result["overall"], result["merge"]
    merge_line = (
        "merge recall n/a (no --same)"
        if merge is None
        else f"merge recall {_num(merge['recall']).strip()} ({merge['merged']}/{merge['groups']})"
    )
    lines += [
        "",
        f"overall  P {_num(o['precision'])}  R {_num(o['recall'])}  F1 {_num(o['f1'])}",
        f"strict   P {_num(o['strict_precision'])}  R {_num(o['strict_recall'])}"
        f"  F1 {_num(o['strict_f1'])}",
        f"date accuracy {_num(o['date_accuracy']).strip()} ({o['date_right']}/{o['dated']})",
        merge_line,
        f"articles {result['articles']['gold']} (gold) {result['articles']['predicted']}"
        " (predicted)",
        f"events {o['gold']} gold, {o['predicted']} predicted, {o['matched']} matched",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Exit 0 when scored, 2 when an input cannot be used."""
    parser = argparse.ArgumentParser(
        prog="python -m etl.evaluate",
        description="Score the ETL's tables against gold events (../shared/gold/SCORING.md).",
    )
    parser.add_argument("gold", type=Path, help="gold events, one JSON object per article")
    parser.add_argument("out_dir", type=Path, help="folder with the contract's Parquet tables")
    parser.add_argument("--same", type=Path, help="same-event groups (JSON) for merge recall")
    parser.add_argument(
        "--misses", action="store_true", help="list missed, spurious and wrongly dated events"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object instead of tables")
    args = parser.parse_args(argv)
    try:
        result = evaluate(args.gold, args.out_dir, args.same, misses=args.misses)
    except EvaluationError as exc:
        print(f"python -m etl.evaluate: error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print("\n".join([*(misses_text(result) if args.misses else []), report_text(result)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
