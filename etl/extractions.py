"""Each article's extraction kept in the published set (`extractions`), so a later run reuses it.

A row is keyed by the article's content hash, the publication date and language it was read
under, and a fingerprint of the extraction code and its data tables: a changed rule, lexicon or
model re-extracts everything, an unchanged article is never read twice. The extraction itself is
JSON (actors and events as their dataclasses' fields), never pickle.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass, replace
from datetime import date, time
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import Any

import polars as pl

from etl.actors import Actor
from etl.events import ArticleEvent, EventDate
from etl.merge import ArticleExtraction
from etl.places import Place
from etl.records import Article
from etl.text import Sentence

EXTRACTIONS = pl.Schema(
    {
        "content_sha256": pl.String,
        "published": pl.Date,
        "language": pl.String,
        "code": pl.String,
        "article_id": pl.String,
        "extraction": pl.String,
    }
)
"""Extra table: one article's extraction (JSON) under the key it was made with."""

PACKAGE = Path(__file__).resolve().parent
NOT_EXTRACTION = frozenset(
    {
        "merge.py",
        "blocks.py",
        "blocked_merge.py",
        "block_tasks.py",
        "carried_blocks.py",
        "publication_dates.py",
        "event_ids.py",
        "extractions.py",
        "previous.py",
        "tables.py",
        "evaluate",
    }
)
"""Modules and subpackages that run after or beside the extraction: editing them keeps the cache."""

Key = tuple[str, date | None, str, str]


@cache
def code_fingerprint() -> str:
    """A hash of every source file and data table the extraction reads (once per process)."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        inside = path.relative_to(PACKAGE).parts
        if not path.is_file() or "__pycache__" in inside or NOT_EXTRACTION & {path.name, inside[0]}:
            continue
        digest.update(str(path.relative_to(PACKAGE)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def key_of(article: Article) -> Key:
    """What an extraction depends on: the exact text, the date and language it is read under."""
    return (content_hash(article.text), article.published, article.language, code_fingerprint())


@dataclass(slots=True)
class ExtractionCache:
    """Extractions by key: those of the previous set, and those made or used by this run."""

    known: dict[Key, str]
    used: dict[Key, tuple[str, str]]

    @classmethod
    def from_table(cls, table: pl.DataFrame) -> ExtractionCache:
        code = code_fingerprint()
        current = table.filter(pl.col("code") == code)
        known = {
            (sha, published, language, code): payload
            for sha, published, language, payload in current.select(
                "content_sha256", "published", "language", "extraction"
            ).iter_rows()
        }
        return cls(known, {})

    def get(self, article: Article) -> ArticleExtraction | None:
        """The stored extraction of `article`, as `extract_article` would give it, or None."""
        key = key_of(article)
        payload = self.known.get(key)
        if payload is None:
            return None
        self.used[key] = (article.article_id, payload)
        return decode(article, payload)

    def put(self, article: Article, extraction: ArticleExtraction) -> None:
        payload = encode(extraction)
        key = key_of(article)
        self.known[key] = payload
        self.used[key] = (article.article_id, payload)

    def table(self) -> pl.DataFrame:
        """The extractions this run used, to be published with its tables."""
        rows = [(*key, article_id, payload) for key, (article_id, payload) in self.used.items()]
        return pl.DataFrame(rows, schema=EXTRACTIONS, orient="row").sort(
            "content_sha256", "published", nulls_last=True
        )


@cache
def _encoder(kind: type) -> Callable[[Any], object] | None:
    """How a value of `kind` is given to `json`, which does not know it: a record as its fields
    (one level, `json` recurses; `dataclasses.asdict` would deep-copy every event first), read
    by one `attrgetter` since this runs for every record of every event; dates; sets."""
    if is_dataclass(kind):
        names = tuple(f.name for f in fields(kind))
        values = attrgetter(*names)
        if len(names) == 1:
            return lambda record: {names[0]: values(record)}
        return lambda record: dict(zip(names, values(record), strict=True))
    if issubclass(kind, date | time):
        return kind.isoformat
    if issubclass(kind, set | frozenset):
        return sorted
    return None


def _plain(value: object) -> object:
    """JSON for what `json` does not know (`_encoder`)."""
    encode = _encoder(type(value))
    if encode is None:
        raise TypeError(f"cannot store {type(value).__name__} in an extraction")
    return encode(value)


def encode(extraction: ArticleExtraction) -> str:
    """An extraction as JSON: what the article's date became, its actors and its events."""
    return json.dumps(
        {
            "published": extraction.article.published,
            "published_basis": extraction.article.published_basis,
            "actors": [[key, actor] for key, actor in extraction.actors.items()],
            "events": extraction.events,
        },
        default=_plain,
        ensure_ascii=False,
    )


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _event(fields: dict) -> ArticleEvent:
    when = fields["date"]
    return ArticleEvent(
        **{
            **fields,
            "actors": [tuple(pair) for pair in fields["actors"]],
            "sentence": Sentence(**fields["sentence"]),
            "date": EventDate(
                **{
                    **when,
                    "start": _date(when["start"]),
                    "end": _date(when["end"]),
                    "time_of_day": time.fromisoformat(when["time_of_day"])
                    if when["time_of_day"]
                    else None,
                }
            ),
            "location": Place(**fields["location"]) if fields["location"] else None,
            "extra_sentences": [(Sentence(**s), t) for s, t in fields["extra_sentences"]],
        }
    )


def decode(article: Article, payload: str) -> ArticleExtraction:
    """The extraction `encode` stored, for `article` (its id and path as this run read them)."""
    data = json.loads(payload)
    actors = {
        key: Actor(**{**a, "titles": set(a["titles"]), "aliases": set(a["aliases"])})
        for key, a in data["actors"]
    }
    read = replace(
        article, published=_date(data["published"]), published_basis=data["published_basis"]
    )
    return ArticleExtraction(read, actors, [_event(e) for e in data["events"]])
