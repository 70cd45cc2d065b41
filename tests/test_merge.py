"""Event ids as a link sees them: kept when more reports, copies or other articles arrive; an id
merged away names the event it went into; in a fresh run, the founding report names the event.
The merge runs block by block: the order the blocks run in changes nothing, and each block's task
sees its own reports only."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from datetime import date
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from etl import blocked_merge
from etl.block_tasks import BlockInput, LocalMapper, merge_blocks, rows_of_batch
from etl.blocked_merge import BATCH_REPORTS, batch_blocks, merge_corpus, merge_frames
from etl.blocks import route
from etl.event_ids import ClusterIdentity, PreviousIds, assign_ids
from etl.merge import ArticleExtraction
from etl.pipeline import build, extract_article
from etl.readers import read_inputs
from etl.records import Article
from etl.tables import read_extra, read_tables, stable_id

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV2 = SHARED / "gold" / "dev2.jsonl"
SEED = "000_b0b6c7e473a13e24"

SECOND_REPORT = {
    "id": "000-laporan-kedua",  # sorts before the seeds: the smallest id is not the founder
    "title": "Putin terima Menhan China di Kremlin",
    "outlet": "Contoh News",
    "published": "2023-04-18",
    "text": (
        "Moskow - Presiden Rusia Vladimir Putin menerima Menteri Pertahanan China Li Shangfu "
        "di Kremlin, Moskow, pada Minggu (16/4/2023). Dalam pertemuan tertutup itu keduanya "
        "membahas latihan militer bersama dan kerja sama teknologi pertahanan."
    ),
}


def _write_jsonl(path: Path, *records: dict[str, str]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    return path


def _ids(out: Path) -> set[str]:
    return set(read_tables(out)["events"]["event_id"])


def _seed_copy(folder: Path) -> Path:
    copy = folder / "salinan.txt"
    copy.write_text("  " + (SHARED / "seeds" / f"{SEED}.txt").read_text().replace("\n", "\n\n"))
    return copy


@pytest.fixture(scope="module")
def seed_ids(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    out = tmp_path_factory.mktemp("seed-ids") / "processed"
    build([SHARED / "seeds"], out)
    return _ids(out)


def _putin_li(out: Path) -> dict[str, object]:
    t = read_tables(out)
    both = (
        t["event_actors"]
        .filter(pl.col("actor_id").is_in(["vladimir-putin", "li-shangfu"]))
        .group_by("event_id")
        .agg(pl.col("actor_id").n_unique().alias("n"))
        .filter(pl.col("n") == 2)
        .join(t["events"], on="event_id")
        .filter(pl.col("event_type") == "meeting")
    )
    assert both.height == 1
    return both.row(0, named=True)


@pytest.mark.parametrize("added", ["a copy of a seed", "a second report", "60 more articles"])
def test_every_seed_event_keeps_its_id_when_articles_are_added(
    tmp_path: Path, seed_ids: set[str], added: str
) -> None:
    out = tmp_path / "processed"
    build([SHARED / "seeds"], out)
    new = {
        "a copy of a seed": lambda: _seed_copy(tmp_path),
        "a second report": lambda: _write_jsonl(tmp_path / "kedua.jsonl", SECOND_REPORT),
        "60 more articles": lambda: DEV2,
    }[added]()
    build([new], out, append=True)
    assert seed_ids <= _ids(out)
    assert read_extra(out, "event_aliases", pl.Schema({"alias_id": pl.String})).is_empty()


def test_a_copy_is_a_reject_and_counts_no_report(tmp_path: Path) -> None:
    out = tmp_path / "processed"
    build([SHARED / "seeds"], out)
    before = _putin_li(out)["n_articles"]
    build([_seed_copy(tmp_path)], out, append=True)
    t = read_tables(out)
    assert t["articles"].height == 2
    assert t["rejects"].rows() == [(str(tmp_path / "salinan.txt"), f"duplicate of {SEED}")]
    assert _putin_li(out)["n_articles"] == before


def test_in_a_fresh_run_a_later_report_does_not_rename_the_event(
    tmp_path: Path, seed_ids: set[str]
) -> None:
    """Without a previous set the id is the founding report's: the earliest published."""
    raw = tmp_path / "raw"
    shutil.copytree(SHARED / "seeds", raw)
    _write_jsonl(raw / "aaa-kedua.jsonl", SECOND_REPORT)
    out = tmp_path / "processed"
    build([raw], out)
    meeting = _putin_li(out)
    assert meeting["n_articles"] == 3
    assert meeting["event_id"] in seed_ids
    assert seed_ids <= _ids(out)


def _cluster(name: str, *reports: tuple[str, int], actors: tuple[str, ...] = ()) -> ClusterIdentity:
    """A merged event of test reports (article, sentence start), all meetings on 'bertemu'."""
    keys = [(article, start, "bertemu", "meeting") for article, start in reports]
    first = min(reports)
    return ClusterIdentity((name,), (date(2023, 4, 1), first[0], first[1]), keys, frozenset(actors))


def _previous(
    events: dict[str, list[tuple[str, int]]],
    aliases: dict[str, str] | None = None,
    actors: dict[str, set[str]] | None = None,
) -> PreviousIds:
    by_report: dict[tuple[str, int, str, str], tuple[str, ...]] = {}
    for event, reports in events.items():
        for article, start in reports:
            key = (article, start, "bertemu", "meeting")
            by_report[key] = tuple(sorted({*by_report.get(key, ()), event}))
    founded = {e: (date(2023, 4, 1), *min(r)) for e, r in events.items()}
    return PreviousIds(
        by_report,
        founded,
        aliases or {},
        {e: frozenset(a) for e, a in (actors or {}).items()},
    )


def test_without_a_previous_set_each_event_is_named_by_its_founding_report() -> None:
    ids, aliases = assign_ids([_cluster("x", ("a", 0)), _cluster("y", ("b", 0))])
    assert ids == [stable_id("ev", "x"), stable_id("ev", "y")]
    assert aliases.is_empty()


def test_two_events_that_would_share_an_id_still_get_two() -> None:
    ids, _ = assign_ids([_cluster("x", ("a", 0)), _cluster("x", ("a", 5))])
    assert len(set(ids)) == 2


@pytest.mark.parametrize(
    ("old", "new", "ids", "aliases"),
    [
        # one more report joins an old event: it keeps its id
        ({"ev-1": [("a", 0)]}, [[("a", 0), ("b", 0)]], ["ev-1"], []),
        # two old events merge: the one with more reports keeps its id, the other is an alias
        (
            {"ev-1": [("a", 0)], "ev-2": [("b", 0), ("c", 0)]},
            [[("a", 0), ("b", 0), ("c", 0)]],
            ["ev-2"],
            [("ev-1", "ev-2")],
        ),
        # as many reports each: the one founded first keeps its id
        (
            {"ev-2": [("a", 0)], "ev-1": [("b", 0)]},
            [[("a", 0), ("b", 0), ("d", 0)]],
            ["ev-2"],
            [("ev-1", "ev-2")],
        ),
        # an old event splits: the part with most of its reports keeps the id, the rest is new
        (
            {"ev-1": [("a", 0), ("a", 9), ("b", 0)]},
            [[("b", 0)], [("a", 0), ("a", 9)]],
            [stable_id("ev", "n0"), "ev-1"],
            [],
        ),
    ],
)
def test_old_ids_go_to_the_events_holding_most_of_their_reports(old, new, ids, aliases) -> None:
    clusters = [_cluster(f"n{i}", *reports) for i, reports in enumerate(new)]
    got, table = assign_ids(clusters, _previous(old))
    assert got == ids
    assert table.rows() == aliases


def test_earlier_aliases_follow_their_event_and_die_with_it() -> None:
    previous = _previous(
        {"ev-1": [("a", 0)], "ev-2": [("b", 0), ("c", 0)], "ev-3": [("x", 0)]},
        aliases={"ev-0": "ev-1", "ev-9": "ev-3"},
    )
    _, table = assign_ids([_cluster("n", ("a", 0), ("b", 0), ("c", 0))], previous)
    assert table.rows() == [("ev-0", "ev-2"), ("ev-1", "ev-2")]


def test_two_speakers_quoted_in_one_sentence_keep_their_own_ids() -> None:
    previous = _previous(
        {"ev-putin": [("a", 10)], "ev-li": [("a", 10)]},
        actors={"ev-putin": {"vladimir-putin"}, "ev-li": {"li-shangfu"}},
    )
    clusters = [
        _cluster("li", ("a", 10), actors=("li-shangfu",)),
        _cluster("putin", ("a", 10), actors=("vladimir-putin",)),
    ]
    ids, _ = assign_ids(clusters, previous)
    assert ids == ["ev-li", "ev-putin"]


@pytest.fixture(scope="module")
def dev_extractions() -> list[ArticleExtraction]:
    articles = [a for a in read_inputs([SHARED / "gold" / "dev.jsonl"]) if isinstance(a, Article)]
    return [extract_article(a) for a in articles]


class RecordingMapper(LocalMapper):
    """Runs the block tasks last block first, and keeps what each merge task was given."""

    def __init__(self) -> None:
        self.given: list[BlockInput] = []

    def map(self, fn, *columns):
        if fn is merge_blocks:
            self.given.extend(block for batch in columns[0] for block in batch)
        rows = list(zip(*columns, strict=True))
        return [fn(*args) for args in rows[::-1]][::-1]


def test_the_blocked_merge_gives_the_same_tables_whatever_order_the_blocks_run_in(
    dev_extractions: list[ArticleExtraction],
) -> None:
    recording = RecordingMapper()
    plan = merge_corpus(dev_extractions, mapper=recording, batch_reports=1)
    alone = merge_frames(dev_extractions)
    frames = [
        rows_of_batch(m, ids).frames["events"] for m, ids in zip(plan.merged, plan.ids, strict=True)
    ]
    assert_frame_equal(pl.concat(frames), alone["events"])
    assert alone["events"].height > 20


def test_each_block_task_gets_the_reports_of_its_block_and_no_other(
    dev_extractions: list[ArticleExtraction],
) -> None:
    recording = RecordingMapper()
    merge_corpus(dev_extractions, mapper=recording)
    expected = Counter(key for e in dev_extractions for key in route(e.events, e.article.published))
    given = {block.key: block for block in recording.given}
    assert {k: len(b.reports) for k, b in given.items()} == dict(expected)
    for key, block in given.items():
        positions = [r.position for r in block.reports]
        assert positions == sorted(positions), f"{key}: reports out of corpus order"
        assert {r.event.event_type for r in block.reports} == {key.event_type}
    assert len(given) > 10


@pytest.mark.parametrize(
    ("sizes", "limit", "tasks"),
    [
        ([], 10, []),
        ([3], 10, [[0]]),
        ([3, 3, 3], 10, [[0, 1, 2]]),
        # a fourth block would take the task to 12 reports
        ([3, 3, 3, 3], 10, [[0, 1, 2], [3]]),
        # exactly the limit still fits
        ([4, 6, 1], 10, [[0, 1], [2]]),
        # a block over the limit is a task alone
        ([12, 1, 1], 10, [[0], [1, 2]]),
        ([1, 12, 1], 10, [[0], [1], [2]]),
        # a block an append carries over is in no task, and no task spans it
        ([2, None, 2, 2], 10, [[0], [2, 3]]),
        ([None, 5, None], 10, [[1]]),
        ([None, None], 10, []),
        # a limit of one report: every block alone, the unbatched merge
        ([1, 1, 3], 1, [[0], [1], [2]]),
    ],
)
def test_consecutive_small_blocks_are_merged_in_one_task(
    sizes: list[int | None], limit: int, tasks: list[list[int]]
) -> None:
    assert batch_blocks(sizes, limit) == tasks


@pytest.mark.parametrize("batch_reports", [5, 40, BATCH_REPORTS])
def test_merging_blocks_in_tasks_gives_the_tables_of_one_block_a_task(
    dev_extractions: list[ArticleExtraction], batch_reports: int
) -> None:
    recording = RecordingMapper()
    merge_corpus(dev_extractions, mapper=recording, batch_reports=batch_reports)
    n_blocks = len(recording.given)
    one_a_task = RecordingMapper()
    plan = merge_corpus(dev_extractions, mapper=one_a_task, batch_reports=1)
    assert len(plan.merged) == n_blocks
    batched = merge_frames(dev_extractions, batch_reports=batch_reports)
    unbatched = merge_frames(dev_extractions, batch_reports=1)
    assert batched.keys() == unbatched.keys()
    for name, frame in unbatched.items():
        assert_frame_equal(batched[name], frame)
    assert len(merge_corpus(dev_extractions, batch_reports=batch_reports).merged) < n_blocks


@pytest.mark.parametrize("layout", ["files", "parts"])
def test_an_append_merged_in_tasks_gives_the_set_of_one_block_a_task(
    tmp_path: Path, layout: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The append carries blocks over between those it merges again: tasks never span them."""
    lines = DEV2.read_text().splitlines(keepends=True)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(lines[:40]))
    second.write_text("".join(lines[40:]))
    sets = {}
    for limit in (1, BATCH_REPORTS):
        monkeypatch.setattr(blocked_merge, "BATCH_REPORTS", limit)
        out = tmp_path / f"out-{limit}"
        build([first], out, workers=1, layout=layout)
        build([second], out, workers=1, append=True)
        sets[limit] = {
            **read_tables(out),
            "blocks": read_extra(out, "blocks", blocked_merge.BLOCKS),
            "event_aliases": pl.read_parquet(out / "event_aliases.parquet"),
        }
    for name, frame in sets[1].items():
        assert_frame_equal(sets[BATCH_REPORTS][name], frame)
    assert sets[1]["events"].height > 100


def test_spellings_that_share_a_slug_are_one_actor_with_the_country_any_of_them_has() -> None:
    from etl.actors import Actor
    from etl.merge import actors_table

    names = {
        "Mahfud MD": Actor("Mahfud MD", "person", None, set(), {"Mahfud"}),
        "Mahfud Md": Actor("Mahfud Md", "person", "Indonesia", {"Menko Polhukam"}, set()),
    }
    (row,) = actors_table(names, ["Mahfud MD", "Mahfud Md"]).to_dicts()
    assert row["actor_id"] == "mahfud-md" and row["country"] == "Indonesia"
    assert row["titles"] == ["Menko Polhukam"]
    assert {row["name"], *row["aliases"]} == {"Mahfud MD", "Mahfud Md", "Mahfud"}
    assert row["name"] not in row["aliases"]


@pytest.mark.parametrize(
    ("sentences", "modality"),
    [
        (
            "Menlu Retno Marsudi dijadwalkan bertemu Menlu Rusia Sergey Lavrov di Moskow, Senin "
            "(4/1/2016). Retno Marsudi bertemu Sergey Lavrov di Moskow, Senin (4/1/2016).",
            "asserted",
        ),
        (
            "Menlu Retno Marsudi dijadwalkan bertemu Menlu Rusia Sergey Lavrov di Moskow, Senin "
            "(4/1/2016). Pertemuan Retno Marsudi dengan Sergey Lavrov pada Senin (4/1/2016) "
            "dibatalkan.",
            "negated",
        ),
    ],
)
def test_a_plan_and_its_outcome_told_by_one_article_are_one_event(
    tmp_path: Path, sentences: str, modality: str
) -> None:
    """The article tells what happened to the plan: it took place, or it was called off."""
    source = _write_jsonl(
        tmp_path / "in.jsonl",
        {"id": "a", "text": sentences, "published": "2016-01-05"},
    )
    build([source], tmp_path / "out")
    events = read_tables(tmp_path / "out")["events"].filter(pl.col("event_type") == "meeting")
    assert events["modality"].to_list() == [modality]


def test_a_visit_told_by_its_city_and_by_its_state_is_one_visit(tmp_path: Path) -> None:
    """One leg of a trip: a report names the city (`Vientiane`), another only the state."""
    source = _write_jsonl(
        tmp_path / "in.jsonl",
        {
            "id": "a",
            "text": "Menlu Retno Marsudi tiba di Vientiane, Senin (4/1/2016).",
            "published": "2016-01-05",
        },
        {
            "id": "b",
            "text": "Menlu Retno Marsudi berkunjung ke Laos pada Senin (4/1/2016).",
            "published": "2016-01-05",
        },
    )
    build([source], tmp_path / "out")
    events = read_tables(tmp_path / "out")["events"].filter(pl.col("event_type") == "visit")
    assert events.height == 1, events


def test_a_host_told_as_a_participant_by_another_report_is_listed_once(tmp_path: Path) -> None:
    """`PM Albanese menyambut Presiden Prabowo …` then `Kedua pemimpin menggelar pertemuan …`:
    one meeting, whose host is listed as its host only, not as a participant too."""
    source = _write_jsonl(
        tmp_path / "in.jsonl",
        {
            "id": "a",
            "text": (
                "PM Anthony Albanese menyambut Presiden Prabowo di Canberra, Selasa (4/3/2025). "
                "Kedua pemimpin kemudian menggelar pertemuan bilateral di Parliament House."
            ),
            "published": "2025-03-05",
        },
    )
    build([source], tmp_path / "out")
    tables = read_tables(tmp_path / "out")
    meeting = tables["events"].filter(pl.col("event_type") == "meeting")["event_id"].to_list()
    roles = tables["event_actors"].filter(pl.col("event_id").is_in(meeting))
    assert sorted(zip(roles["actor_id"], roles["role"], strict=True)) == [
        ("anthony-albanese", "host"),
        ("prabowo-subianto", "participant"),
    ]
