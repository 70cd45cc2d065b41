"""The summaries the ETL writes beside the contract tables: what each holds, on hand-made tables
a reader can check line by line, and that the ETL and the synthetic writer publish them."""

from datetime import date

import polars as pl

from etl.publish import current_version
from etl.summaries import ACTIVITY, COUNTS, NAMES, event_index, summaries
from etl.tables import frame

TABLES = {
    "events": frame("events", [
        {"event_id": "late", "event_type": "meeting", "date_start": date(2023, 4, 16),
         "date_end": date(2023, 4, 16), "granularity": "day", "date_basis": "explicit",
         "modality": "asserted", "summary": "Putin bertemu Li", "n_articles": 1,
         "confidence": 0.9, "location": "Moskow"},
        {"event_id": "early", "event_type": "visit", "date_start": None,
         "date_end": date(2023, 3, 2), "granularity": "day", "date_basis": "relative",
         "modality": "planned", "summary": "Li berkunjung", "n_articles": 1, "confidence": 0.8},
        {"event_id": "undated", "event_type": "statement", "date_start": None, "date_end": None,
         "granularity": "unknown", "date_basis": "none", "modality": "asserted",
         "summary": "Putin mengatakan", "n_articles": 1, "confidence": 0.5},
    ]),
    "event_actors": frame("event_actors", [
        {"event_id": "late", "actor_id": "putin", "role": "participant"},
        {"event_id": "late", "actor_id": "li", "role": "participant"},
        {"event_id": "early", "actor_id": "li", "role": "visitor"},
        {"event_id": "undated", "actor_id": "putin", "role": "speaker"},
    ]),
    "actors": frame("actors", [
        {"actor_id": "putin", "name": "Vladimir Putin", "kind": "person", "titles": [],
         "aliases": []},
        {"actor_id": "li", "name": "Li Shangfu", "kind": "person", "titles": [], "aliases": []},
        {"actor_id": "xi", "name": "Xi Jinping", "kind": "person", "titles": [], "aliases": []},
    ]),
    "mentions": frame("mentions", [
        {"event_id": "late", "article_id": "a1", "sentence": "s", "char_start": 0, "char_end": 1,
         "trigger": "bertemu", "date_text": "(16/4/23)"},
        {"event_id": "late", "article_id": "a2", "sentence": "s", "char_start": 0, "char_end": 1,
         "trigger": "bertemu"},
        {"event_id": "undated", "article_id": "a2", "sentence": "s", "char_start": 2,
         "char_end": 3, "trigger": "mengatakan", "quote": "Kami SIAP"},
    ]),
    "articles": frame("articles", [
        {"article_id": "a1", "source_path": "a1.txt", "outlet": "Kompas",
         "published_basis": "given", "language": "id", "text": "…"},
        {"article_id": "a2", "source_path": "a2.txt", "outlet": "Tempo",
         "published_basis": "given", "language": "id", "text": "…"},
        {"article_id": "a3", "source_path": "a3.txt", "outlet": "Tempo",
         "published_basis": "given", "language": "id", "text": "…"},
    ]),
}  # fmt: skip


def test_the_index_is_sorted_by_date_with_the_undated_last():
    assert event_index(TABLES)["event_id"].to_list() == ["early", "late", "undated"]


def test_each_index_row_holds_what_the_filters_read():
    rows = {r["event_id"]: r for r in event_index(TABLES).iter_rows(named=True)}
    assert rows["late"]["actor_ids"] == ["putin", "li"]
    assert rows["late"]["outlets"] == ["Kompas", "Tempo"]
    assert rows["late"]["article_ids"] == ["a1", "a2"]
    assert (rows["late"]["n_mentions"], rows["late"]["n_event_actors"]) == (2, 2)
    assert (rows["early"]["article_ids"], rows["early"]["n_mentions"]) == ([], 0)
    assert rows["late"]["date_text"] == "(16/4/23)"
    assert rows["early"]["date_from"] == rows["early"]["date_to"] == date(2023, 3, 2)
    assert rows["undated"]["haystack"] == "putin mengatakan vladimir putin kami siap"
    assert rows["early"]["outlets"] == []


def test_the_counts_are_what_the_sidebar_shows_before_any_filter():
    made = summaries(TABLES)
    assert made["actor_counts"].rows() == [
        ("li", "Li Shangfu", 2), ("putin", "Vladimir Putin", 2), ("xi", "Xi Jinping", 0)
    ]  # fmt: skip
    assert made["type_counts"].rows() == [("meeting", 1), ("statement", 1), ("visit", 1)]
    assert made["outlet_counts"].rows() == [("Tempo", 2), ("Kompas", 1)]
    assert made["totals"].rows() == [(3, 2, 2, 2, date(2023, 3, 2), date(2023, 4, 16))]
    assert all(made[name].schema == schema for name, schema in COUNTS.items())


def test_actor_month_counts_each_actors_events_per_type_and_month_the_undated_apart():
    assert summaries(TABLES)["actor_month"].rows() == [
        ("li", "meeting", date(2023, 4, 1), 1, date(2023, 4, 16), date(2023, 4, 16)),
        ("li", "visit", date(2023, 3, 1), 1, date(2023, 3, 2), date(2023, 3, 2)),
        ("putin", "meeting", date(2023, 4, 1), 1, date(2023, 4, 16), date(2023, 4, 16)),
        ("putin", "statement", None, 1, None, None),
    ]  # fmt: skip


def test_actor_pairs_counts_the_events_two_actors_share_per_type_each_pair_once():
    assert summaries(TABLES)["actor_pairs"].rows() == [("li", "putin", "meeting", 1)]
    assert all(summaries(TABLES)[name].schema == schema for name, schema in ACTIVITY.items())


def test_the_etl_publishes_the_summaries_beside_the_tables(sample_dir):
    folder = current_version(sample_dir)
    for name in (*NAMES, *ACTIVITY):
        assert (folder / f"{name}.parquet").is_file()
    index = pl.read_parquet(folder / "event_index.parquet")
    assert index.height == pl.read_parquet(folder / "events.parquet").height > 0


def test_the_synthetic_writer_publishes_them_too(synthetic_dir):
    counts = pl.read_parquet(current_version(synthetic_dir) / "type_counts.parquet")
    assert (
        counts["n"].sum()
        == pl.read_parquet(current_version(synthetic_dir) / "events.parquet").height
    )
