"""The sample archive of `data/raw/`: what a newcomer must see on the first start.

`data/raw/` holds the two seed articles and the short articles the team wrote about public events
of 2014–2025. The archive is built once, through the real ETL, and each test states one thing the
first view needs: enough articles, all read, every event type, many years, recurring actors, a
happening reported more than once, and the seeds' own events.
"""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import polars as pl
import pytest

from etl.pipeline import build
from etl.tables import read_tables

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "data" / "raw"
SEEDS = REPO.parent / "shared" / "seeds"
SEED_IDS = sorted(p.stem for p in SEEDS.glob("*.txt"))
REAL_OUTLETS = REPO / "etl" / "data" / "outlets.csv"

# Landmark happenings the samples report: (type, first day, actors that must all take part,
# fewest articles that must report it).
LANDMARKS = [
    ("meeting", date(2022, 11, 14), {"joe-biden", "xi-jinping"}, 3),
    ("meeting", date(2022, 6, 29), {"joko-widodo", "volodymyr-zelensky"}, 2),
    ("meeting", date(2022, 6, 30), {"joko-widodo", "vladimir-putin"}, 2),
    ("meeting", date(2023, 1, 9), {"joko-widodo", "anwar-ibrahim"}, 2),
    ("meeting", date(2024, 4, 1), {"prabowo-subianto", "xi-jinping"}, 2),
    ("visit", date(2018, 1, 29), {"joko-widodo"}, 1),
    ("statement", date(2023, 6, 3), {"prabowo-subianto"}, 1),
    ("meeting", date(2023, 4, 16), {"vladimir-putin", "li-shangfu"}, 2),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pl.DataFrame]:
    """`data/raw/` through the ETL, as `make app` builds it on a fresh clone."""
    out = tmp_path_factory.mktemp("sample-archive") / "processed"
    build([RAW], out)
    return read_tables(out)


@pytest.fixture(scope="module")
def seeds_alone(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pl.DataFrame]:
    """The seed articles through the ETL on their own, to compare the archive against."""
    out = tmp_path_factory.mktemp("seeds-alone") / "processed"
    build([SEEDS], out)
    return read_tables(out)


def samples(archive: dict[str, pl.DataFrame]) -> pl.DataFrame:
    return archive["articles"].filter(~pl.col("article_id").is_in(SEED_IDS))


def events_with_actors(archive: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """One row per event, with the set of its actors and of the articles that report it."""
    actors = archive["event_actors"].group_by("event_id").agg(pl.col("actor_id").unique())
    reports = archive["mentions"].group_by("event_id").agg(pl.col("article_id").unique())
    return archive["events"].join(actors, on="event_id", how="left").join(reports, on="event_id")


def test_the_seed_articles_are_kept_as_they_are() -> None:
    for seed in SEEDS.glob("*.txt"):
        kept = RAW / seed.name
        assert kept.is_file(), f"data/raw/ lost the seed article {seed.name}"
        assert kept.read_bytes() == seed.read_bytes(), f"data/raw/{seed.name} differs from the seed"


def test_at_least_32_sample_articles_beside_the_seeds(archive: dict[str, pl.DataFrame]) -> None:
    found = samples(archive).height
    assert found >= 32, f"only {found} sample articles beside the seeds; 32 or more are needed"


def test_every_input_is_read_without_a_reject(archive: dict[str, pl.DataFrame]) -> None:
    rejects = archive["rejects"]
    listed = "; ".join(f"{r['source_path']}: {r['reason']}" for r in rejects.iter_rows(named=True))
    assert rejects.is_empty(), f"inputs of data/raw/ rejected: {listed}"


def test_every_sample_has_a_publication_date_so_relative_dates_resolve(
    archive: dict[str, pl.DataFrame],
) -> None:
    undated = samples(archive).filter(pl.col("published").is_null())["article_id"].to_list()
    assert not undated, f"samples with no publication date (given or inferred): {undated}"


def test_each_sample_is_short(archive: dict[str, pl.DataFrame]) -> None:
    words = samples(archive).select(
        "article_id", pl.col("text").str.count_matches(r"\S+").alias("words")
    )
    outside = words.filter(~pl.col("words").is_between(120, 300)).rows()
    assert not outside, f"samples outside 120–300 words: {outside}"


def test_no_sample_carries_a_real_outlet_name(archive: dict[str, pl.DataFrame]) -> None:
    with REAL_OUTLETS.open(encoding="utf-8") as table:
        real = {v.lower() for row in csv.DictReader(table) for v in (row["alias"], row["name"])}
    named = samples(archive).filter(pl.col("outlet").str.to_lowercase().is_in(real))
    assert named.is_empty(), f"samples under a real outlet's name: {named['article_id'].to_list()}"
    missing = samples(archive).filter(pl.col("outlet").is_null())["article_id"].to_list()
    assert not missing, f"samples whose outlet was not read off the dateline or record: {missing}"


def test_the_jsonl_samples_carry_their_record_fields(archive: dict[str, pl.DataFrame]) -> None:
    lines = (RAW / "samples.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    given = archive["articles"].filter(pl.col("article_id").is_in([r["id"] for r in records]))
    assert given.height == len(records), "some samples.jsonl records are not in the articles table"
    incomplete = given.filter(
        pl.any_horizontal(pl.col("title", "url", "outlet", "published").is_null())
        | (pl.col("published_basis") != "given")
        | ~pl.col("url").str.starts_with("https://example.org/")
    )["article_id"].to_list()
    assert not incomplete, (
        f"jsonl samples missing a title, an example.org url, an outlet or a date: {incomplete}"
    )


def test_events_of_all_three_types(archive: dict[str, pl.DataFrame]) -> None:
    missing = {"meeting", "visit", "statement"} - set(archive["events"]["event_type"])
    assert not missing, f"no event of type {sorted(missing)}"


def test_events_in_at_least_six_years(archive: dict[str, pl.DataFrame]) -> None:
    years = sorted(archive["events"]["date_start"].drop_nulls().dt.year().unique())
    assert len(years) >= 6, f"events in only {len(years)} years ({years}); 6 or more are needed"


def test_at_least_five_people_recur_in_three_or_more_events(
    archive: dict[str, pl.DataFrame],
) -> None:
    people = archive["actors"].filter(pl.col("kind") == "person").select("actor_id")
    recurring = (
        archive["event_actors"]
        .join(people, on="actor_id")
        .group_by("actor_id")
        .agg(pl.col("event_id").n_unique().alias("events"))
        .filter(pl.col("events") >= 3)
        .sort("events", descending=True)
    )
    assert recurring.height >= 5, (
        f"only {recurring.height} people in 3+ events ({recurring.rows()}); 5 or more are needed"
    )


def test_a_happening_reported_by_several_articles_is_one_event(
    archive: dict[str, pl.DataFrame],
) -> None:
    merged = events_with_actors(archive).filter(pl.col("article_id").list.len() >= 2)
    assert merged.height >= 1, "no event is reported by two or more articles: nothing was merged"


@pytest.mark.parametrize(("event_type", "day", "actors", "fewest"), LANDMARKS)
def test_a_landmark_happening_is_on_the_timeline(
    archive: dict[str, pl.DataFrame],
    event_type: str,
    day: date,
    actors: set[str],
    fewest: int,
) -> None:
    found = events_with_actors(archive).filter(
        (pl.col("event_type") == event_type)
        & (pl.col("date_start") == day)
        & pl.col("actor_id").list.set_intersection(sorted(actors)).list.len().eq(len(actors))
    )
    assert found.height >= 1, f"no {event_type} of {sorted(actors)} on {day}"
    reports = found["article_id"].list.len().max()
    assert reports >= fewest, (
        f"the {event_type} of {sorted(actors)} on {day} is reported by {reports} article(s) "
        f"after the merge; {fewest} or more were expected"
    )


def test_the_seeds_own_events_are_still_there(
    archive: dict[str, pl.DataFrame], seeds_alone: dict[str, pl.DataFrame]
) -> None:
    """Each event the seeds give alone is still reported by its seed article: same type, the same
    actors or more (a sample may add one), and the same dates or a day within them (a sample that
    names the day sharpens the seed's "bulan lalu")."""
    keys = ["event_type", "article_id"]
    seed_events = (
        events_with_actors(seeds_alone)
        .with_row_index("seed")
        .select("seed", *keys, "date_start", "date_end", "actor_id")
        .explode("article_id")
    )
    kept = (
        events_with_actors(archive)
        .select(
            *keys,
            pl.col("date_start").alias("archive_start"),
            pl.col("date_end").alias("archive_end"),
            pl.col("actor_id").alias("archive_actors"),
        )
        .explode("article_id")
        .join(seed_events, on=keys)
        .filter(
            pl.col("actor_id").list.set_difference(pl.col("archive_actors")).list.len().eq(0),
            pl.col("archive_start").eq_missing(pl.col("date_start"))
            | (
                (pl.col("archive_start") >= pl.col("date_start"))
                & (pl.col("archive_end") <= pl.col("date_end"))
            ),
        )
    )
    lost = (
        seed_events.join(kept.select("seed"), on="seed", how="anti")
        .unique("seed")
        .select("event_type", "date_start", pl.col("actor_id").list.sort())
        .rows()
    )
    assert not lost, f"seed events missing from the sample archive: {lost}"
