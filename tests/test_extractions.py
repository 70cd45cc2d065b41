"""A stored extraction is the extraction: what `decode` gives back equals what was extracted,
and the key changes with anything the extraction depends on."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from etl.extractions import ExtractionCache, decode, encode, key_of
from etl.pipeline import extract_article
from etl.readers import read_inputs
from etl.records import Article

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _articles() -> list[Article]:
    found = read_inputs([SHARED / "seeds", SHARED / "gold" / "dev.jsonl"])
    return [a for a in found if isinstance(a, Article)]


@pytest.mark.parametrize("article", _articles(), ids=lambda a: a.article_id)
def test_a_stored_extraction_reads_back_equal(article: Article) -> None:
    extraction = extract_article(article)
    assert decode(article, encode(extraction)) == extraction


BASE = Article("a", "a.txt", "Putin bertemu Li di Moskow.", published=date(2023, 4, 17))


@pytest.mark.parametrize(
    ("changed", "same_key"),
    [
        (replace(BASE, article_id="b", source_path="b.txt", title="Judul"), True),
        (replace(BASE, text="Putin bertemu Li di Moskow. "), False),
        (replace(BASE, published=date(2023, 4, 18)), False),
        (replace(BASE, published=None), False),
        (replace(BASE, language="en"), False),
    ],
)
def test_the_key_is_the_text_date_and_language_read(changed: Article, same_key: bool) -> None:
    assert (key_of(changed) == key_of(BASE)) is same_key


def test_the_cache_answers_only_what_it_was_given() -> None:
    cache = ExtractionCache({}, {})
    assert cache.get(BASE) is None
    cache.put(BASE, extract_article(BASE))
    other = replace(BASE, article_id="b", source_path="b.txt")
    expected = replace(extract_article(BASE), article=extract_article(other).article)
    assert cache.get(other) == expected
    assert cache.table().height == 1
