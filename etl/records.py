"""The records that flow between the readers, the extraction and the tables."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Article:
    """One input article as the readers hand it on; `text` is what every offset points into."""

    article_id: str
    source_path: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    published: date | None = None
    published_basis: str = "unknown"
    language: str = "id"


@dataclass(frozen=True, slots=True)
class Reject:
    """An input, or a part of one, that could not be used, and why, in words a user can act on."""

    source_path: str
    reason: str
