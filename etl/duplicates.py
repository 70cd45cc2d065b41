"""Articles read twice by content: the same text (whitespace folded, title ignored) is one article.

A copy under another name or id is neither stored nor counted again: it becomes a reject that
names the article it repeats. The one already in the archive is the one kept, so an upload of a
copy never moves an existing article.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from etl.records import Article, Reject

DUPLICATE_PREFIX = "duplicate of "


def normalised_hash(text: str) -> str:
    """The hash two copies of one article share, however their whitespace differs."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def drop_duplicates(
    articles: list[Article], archived: Iterable[str] = ()
) -> tuple[list[Article], list[Reject]]:
    """The articles with each text once, in order, and a reject for every copy.

    Of the copies, the one whose id is in `archived` is kept; otherwise the first read.
    """
    archived = set(archived)
    keeper: dict[str, Article] = {}
    for article in articles:
        digest = normalised_hash(article.text)
        first = keeper.get(digest)
        if first is None or (article.article_id in archived and first.article_id not in archived):
            keeper[digest] = article
    kept_ids = {id(a) for a in keeper.values()}
    kept = [a for a in articles if id(a) in kept_ids]
    rejects = [
        Reject(
            a.source_path,
            f"{DUPLICATE_PREFIX}{keeper[normalised_hash(a.text)].article_id}",
        )
        for a in articles
        if id(a) not in kept_ids
    ]
    return kept, rejects
