"""Synthetic contract tables of any size, with a realistic spread, for the bench and the tests.

A few actors are in most of the news and most appear rarely (a Zipf law); most dates are days,
some only weeks, months or years, a few unknown; visits last days; outlets are unevenly busy.
Everything is vectorised, so a million events take seconds.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import numpy as np
import polars as pl

from etl.summaries import summaries
from etl.tables import SCHEMAS, conform, write_tables

FIRST = ["Ari", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hadi", "Indah", "Joko", "Kartika",
         "Lestari", "Made", "Nur", "Oki", "Putri", "Rizal", "Sari", "Taufik", "Umar", "Vina",
         "Wahyu", "Yusuf", "Zahra", "Agus", "Bayu", "Dian", "Farah", "Hendra", "Irfan", "Lina",
         "Maya", "Nanda", "Rina", "Sinta", "Teguh", "Wulan", "Yoga", "Rudi", "Heru"]  # fmt: skip
LAST = ["Wibowo", "Santoso", "Hidayat", "Saputra", "Pratama", "Kusuma", "Siregar", "Nasution",
        "Halim", "Gunawan", "Setiawan", "Lubis", "Tanjung", "Harahap", "Wijaya", "Susanto",
        "Rahman", "Hakim", "Sitompul", "Purba", "Suryadi", "Utomo", "Hasibuan", "Ginting",
        "Simanjuntak", "Marpaung", "Situmorang", "Panjaitan", "Manurung", "Damanik", "Sembiring",
        "Tarigan", "Sinaga", "Pohan", "Batubara", "Daulay", "Rangkuti", "Ritonga", "Dalimunthe",
        "Matondang", "Pulungan", "Hutagalung", "Napitupulu", "Pardede", "Silalahi"]  # fmt: skip
PLACES = [("Jakarta", "ID", -6.2, 106.8), ("Surabaya", "ID", -7.25, 112.75),
          ("Medan", "ID", 3.6, 98.67), ("Makassar", "ID", -5.14, 119.42),
          ("Bandung", "ID", -6.9, 107.6), ("Moskow", "RU", 55.75, 37.62),
          ("Beijing", "CN", 39.9, 116.4), ("Tokyo", "JP", 35.68, 139.69),
          ("Washington", "US", 38.9, -77.04), ("Canberra", "AU", -35.28, 149.13),
          ("Singapura", "SG", 1.35, 103.82), ("Kuala Lumpur", "MY", 3.14, 101.69),
          ("New Delhi", "IN", 28.61, 77.21), ("Brussel", "BE", 50.85, 4.35),
          ("Riyadh", "SA", 24.71, 46.68), ("Seoul", "KR", 37.57, 126.98),
          ("Bangkok", "TH", 13.76, 100.5), ("Manila", "PH", 14.6, 120.98),
          ("Hanoi", "VN", 21.03, 105.85), ("Kyiv", "UA", 50.45, 30.52)]  # fmt: skip
OUTLETS = ["Kompas", "Detik", "Tempo", "Antara", "CNN Indonesia", "Bisnis.com", "MISTAR.ID",
           "Republika", "Liputan6", "Okezone", "Sindonews", "Kumparan", "Tribunnews",
           "Media Indonesia", "Jawa Pos", "Suara", "IDN Times", "Merdeka", "Viva",
           "Beritasatu"]  # fmt: skip
TYPES = np.array(["meeting", "visit", "statement"])
TRIGGERS = {"meeting": "bertemu", "visit": "berkunjung ke", "statement": "mengatakan"}
GRANULARITIES = np.array(["day", "week", "month", "year", "unknown"])
MODALITIES = np.array(["asserted", "planned", "negated"])
FIRST_DAY = date(2019, 1, 1)
SEPARATOR = ". "
N_DAYS = 6 * 365


def _zipf_choice(rng: np.random.Generator, n_items: int, size: int, a: float = 1.1) -> np.ndarray:
    weights = 1.0 / np.arange(1, n_items + 1) ** a
    return rng.choice(n_items, size=size, p=weights / weights.sum())


def _actors(n_actors: int) -> pl.DataFrame:
    names = [
        f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST) + i) % len(LAST)]}"
        for i in range(n_actors)
    ]
    return conform(
        "actors",
        pl.DataFrame({"name": names}).with_columns(
            pl.col("name").str.to_lowercase().str.replace_all(" ", "-").alias("actor_id"),
            pl.lit("person").alias("kind"),
            pl.lit("ID").alias("country"),
            pl.lit(["Menteri"]).alias("titles"),
            pl.concat_list(pl.col("name").str.split(" ").list.last()).alias("aliases"),
        ),
    )


def _spans(rng: np.random.Generator, types: np.ndarray, n: int) -> pl.DataFrame:
    """Start and end dates following each event's granularity."""
    granularity = rng.choice(GRANULARITIES, size=n, p=[0.8, 0.08, 0.08, 0.02, 0.02])
    day = pl.Series(rng.integers(0, N_DAYS, size=n)).cast(pl.Int32)
    length = np.where((types == "visit") & (rng.random(n) < 0.4), rng.integers(1, 6, n), 0)
    start = pl.lit(FIRST_DAY) + pl.duration(days=pl.col("day"))
    frame = pl.DataFrame({"granularity": granularity, "day": day, "length": length})
    return frame.select(
        "granularity",
        pl.when(pl.col("granularity") == "day")
        .then(start)
        .when(pl.col("granularity") == "week")
        .then(start - pl.duration(days=start.dt.weekday() - 1))
        .when(pl.col("granularity") == "month")
        .then(start.dt.month_start())
        .when(pl.col("granularity") == "year")
        .then(start.dt.truncate("1y"))
        .alias("date_start"),
        pl.when(pl.col("granularity") == "day")
        .then(start + pl.duration(days=pl.col("length")))
        .when(pl.col("granularity") == "week")
        .then(start - pl.duration(days=start.dt.weekday() - 7))
        .when(pl.col("granularity") == "month")
        .then(start.dt.month_end())
        .when(pl.col("granularity") == "year")
        .then(start.dt.truncate("1y").dt.offset_by("1y") - pl.duration(days=1))
        .alias("date_end"),
    )


def synthetic_tables(n_events: int, seed: int = 7) -> dict[str, pl.DataFrame]:
    """The six contract tables with `n_events` events, the same for the same seed."""
    rng = np.random.default_rng(seed)
    n_actors = int(min(len(FIRST) * len(LAST), max(40, n_events // 400)))
    actors = _actors(n_actors)
    actor_ids = actors["actor_id"].to_numpy()
    names = actors["name"].to_numpy()
    n_articles = max(1, int(n_events * 0.7))
    types = rng.choice(TYPES, size=n_events, p=[0.4, 0.25, 0.35])
    first = _zipf_choice(rng, n_actors, n_events)
    second = (first + 1 + _zipf_choice(rng, n_actors - 1, n_events)) % n_actors
    place = rng.integers(0, len(PLACES), n_events)
    event_ids = pl.Series([f"ev-{i:08x}" for i in range(n_events)])
    place_frame = pl.DataFrame(PLACES, schema=["location", "country", "lat", "lon"], orient="row")
    events = pl.concat(
        [
            pl.DataFrame({"event_id": event_ids, "event_type": types}),
            _spans(rng, types, n_events),
            place_frame[place].select("location", "country", "lat", "lon"),
            pl.DataFrame(
                {
                    "date_basis": rng.choice(["explicit", "relative", "inferred"], n_events),
                    "modality": rng.choice(MODALITIES, n_events, p=[0.85, 0.12, 0.03]),
                    "first": names[first],
                    "second": names[second],
                    "n_articles": rng.integers(1, 4, n_events),
                    "confidence": rng.uniform(0.5, 1.0, n_events),
                }
            ),
        ],
        how="horizontal",
    ).with_columns(
        summary=pl.concat_str(
            "first",
            pl.lit(" "),
            pl.col("event_type").replace_strict(TRIGGERS),
            pl.when(pl.col("event_type") != "statement").then(" " + pl.col("second")),
            pl.lit(" di "),
            "location",
            ignore_nulls=True,
        )
    )
    third = rng.integers(0, n_actors, n_events)
    with_third = (types == "meeting") & (rng.random(n_events) < 0.3) & (third != first)
    is_visit, is_statement = types == "visit", types == "statement"
    role_one = np.where(is_visit, "visitor", np.where(is_statement, "speaker", "participant"))
    role_two = np.where(is_visit, "host", np.where(is_statement, "target", "participant"))
    has_second = (types != "statement") | (rng.random(n_events) < 0.3)
    event_actors = pl.concat(
        [
            pl.DataFrame({"event_id": event_ids, "actor_id": actor_ids[first], "role": role_one}),
            pl.DataFrame(
                {"event_id": event_ids, "actor_id": actor_ids[second], "role": role_two}
            ).filter(pl.Series(has_second)),
            pl.DataFrame(
                {"event_id": event_ids, "actor_id": actor_ids[third], "role": "participant"}
            ).filter(pl.Series(with_third)),
        ]
    ).unique(["event_id", "actor_id"], keep="first", maintain_order=True)
    article_ids = pl.Series([f"art-{i:08x}" for i in range(n_articles)])
    mention_events = np.repeat(np.arange(n_events), events["n_articles"].to_numpy())
    mention_articles = rng.integers(0, n_articles, mention_events.size)
    mentions = (
        events[mention_events]
        .select("event_id", "event_type", "summary", "date_start")
        .with_columns(
            article_id=article_ids[mention_articles],
            trigger=pl.col("event_type").replace_strict(TRIGGERS),
        )
        .with_columns(
            sentence=pl.concat_str(
                pl.col("summary"), pl.lit(" pada "), pl.col("date_start").dt.strftime("%d/%m/%Y")
            ).fill_null(pl.col("summary")),
            date_text=pl.col("date_start").dt.strftime("%d/%m/%Y"),
            quote=pl.when(pl.col("event_type") == "statement").then(
                pl.lit("Kerja sama ini penting bagi kedua negara.")
            ),
        )
        .sort("article_id", maintain_order=True)
        .with_columns(length=pl.col("sentence").str.len_chars().cast(pl.Int64) + len(SEPARATOR))
        .with_columns(char_start=pl.col("length").cum_sum().over("article_id") - pl.col("length"))
        .with_columns(char_end=pl.col("char_start") + pl.col("length") - len(SEPARATOR))
    )
    article_text = (
        mentions.group_by("article_id")
        .agg(pl.col("sentence").str.join(SEPARATOR), pl.col("date_start").max().alias("published"))
        .rename({"sentence": "text"})
    )
    outlets = np.array(OUTLETS)[_zipf_choice(rng, len(OUTLETS), n_articles, a=0.8)]
    articles = (
        pl.DataFrame({"article_id": article_ids, "outlet": outlets})
        .join(article_text, on="article_id", how="left")
        .with_columns(
            pl.col("text").fill_null(""),
            source_path=pl.concat_str(pl.lit("synthetic/"), "article_id", pl.lit(".txt")),
            title=pl.concat_str(pl.lit("Berita "), "article_id"),
            url=pl.concat_str(pl.lit("https://example.org/"), "article_id"),
            dateline=pl.lit("Jakarta"),
            published_basis=pl.lit("given"),
            language=pl.lit("id"),
        )
    )
    rejects = pl.DataFrame(schema={"source_path": pl.String, "reason": pl.String})
    built = {
        "articles": articles,
        "events": events,
        "event_actors": event_actors,
        "actors": actors,
        "mentions": mentions,
        "rejects": rejects,
    }
    return {name: conform(name, df).select(list(SCHEMAS[name])) for name, df in built.items()}


def write_synthetic(n_events: int, out_dir: Path, seed: int = 7) -> Path:
    """Generate and write a synthetic archive with its summaries, with the ETL's own atomic
    writer."""
    tables = synthetic_tables(n_events, seed)
    return write_tables(tables | summaries(tables), Path(out_dir))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n_events", type=int)
    parser.add_argument("--out", type=Path, default=Path("bench/out/synthetic"))
    args = parser.parse_args()
    print(write_synthetic(args.n_events, args.out))


if __name__ == "__main__":
    main()
