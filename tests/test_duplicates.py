"""Copies by content: the same text, however spaced and whatever its title, is kept once."""

from __future__ import annotations

import pytest

from etl.duplicates import drop_duplicates
from etl.records import Article

TEXT = "Putin bertemu Li di Moskow.\n\nKeduanya membahas kerja sama."


def _article(article_id: str, text: str = TEXT, title: str | None = None) -> Article:
    return Article(article_id, f"{article_id}.txt", text, title=title)


@pytest.mark.parametrize(
    ("articles", "archived", "kept", "rejects"),
    [
        (["a", "b"], [], ["a"], [("b.txt", "duplicate of a")]),
        (["a", "b"], ["b"], ["b"], [("a.txt", "duplicate of b")]),
        (["a"], [], ["a"], []),
    ],
)
def test_each_text_is_kept_once(articles, archived, kept, rejects) -> None:
    got, copies = drop_duplicates([_article(a) for a in articles], archived)
    assert [a.article_id for a in got] == kept
    assert [(r.source_path, r.reason) for r in copies] == rejects


@pytest.mark.parametrize(
    ("other", "duplicate"),
    [
        (_article("b", "  Putin bertemu Li di Moskow. Keduanya   membahas kerja sama.\n"), True),
        (_article("b", TEXT, title="Judul lain"), True),
        (_article("b", TEXT.replace("Moskow", "Beijing")), False),
        (_article("b", TEXT.lower()), False),
    ],
)
def test_a_copy_is_the_same_text_with_whitespace_folded(other: Article, duplicate: bool) -> None:
    _, copies = drop_duplicates([_article("a"), other])
    assert bool(copies) is duplicate
