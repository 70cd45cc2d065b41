"""Gold events and predicted events as the scorer reads them: the gold file, its date forms, and
the ETL's tables turned into one predicted event per event and article."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import polars as pl

from etl.tables import read_tables


class EvaluationError(Exception):
    """An input the scorer cannot use: a missing or malformed gold file, groups file or OUT_DIR."""


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
