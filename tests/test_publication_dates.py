"""Publication dates read off the happenings an undated page shares with dated articles, and the
dated page then merged into the happening it reports."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import polars as pl
import pytest

from etl.blocks import route
from etl.pipeline import build, extract_article
from etl.publication_dates import implied_publication_dates
from etl.records import Article
from etl.tables import read_tables


def _write_jsonl(path: Path, *records: dict[str, str]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    return path


DATED = Article(
    "dated",
    "dated.txt",
    "Presiden Rusia Vladimir Putin bertemu Menteri Pertahanan China Li Shangfu di Moskow pada "
    "Minggu (16/4/2023). Keduanya membahas kerja sama militer.",
    published=date(2023, 4, 18),
)
UNDATED_PAGE = Article(
    "page",
    "page.txt",
    "Presiden Rusia Vladimir Putin bertemu Menteri Pertahanan China Li Shangfu di Moskow pada "
    "hari Minggu kemarin. Keduanya membahas kerja sama militer.",
)


@pytest.mark.parametrize("order", ["dated first", "page first"])
def test_an_undated_page_is_dated_by_the_happening_it_shares_across_blocks(order: str) -> None:
    """The page's report waits in the `undated` block; probed against the dated blocks, its
    `hari Minggu kemarin` of Sunday 16 April makes it a page of Monday 17 April."""
    articles = [DATED, UNDATED_PAGE] if order == "dated first" else [UNDATED_PAGE, DATED]
    extractions = [extract_article(a) for a in articles]
    page = next(e for e in extractions if e.article.article_id == "page")
    assert [k.month for k in route(page.events, None)] == ["undated"]
    assert implied_publication_dates(extractions) == {"page": date(2023, 4, 17)}


def test_the_dated_page_then_joins_the_happening(tmp_path: Path) -> None:
    _write_jsonl(
        tmp_path / "in.jsonl",
        {"id": "dated", "published": "2023-04-18", "text": DATED.text},
        {"id": "page", "text": UNDATED_PAGE.text},
    )
    build([tmp_path / "in.jsonl"], tmp_path / "out")
    t = read_tables(tmp_path / "out")
    page = t["articles"].filter(pl.col("article_id") == "page").row(0, named=True)
    assert (page["published"], page["published_basis"]) == (date(2023, 4, 17), "inferred")
    meetings = t["events"].filter(pl.col("event_type") == "meeting")
    assert meetings.select("date_start", "n_articles", "block").rows() == [
        (date(2023, 4, 16), 2, "2023-04/meeting")
    ]
