"""`python -m etl` end to end: the contract's tables from the sample articles, stable and atomic."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from etl_command import run_etl

from etl import tables
from etl.blocks import BlockKey

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seeds") / "processed"
    result = run_etl(SEEDS, "--out", out)
    assert result.returncode == 0, result.stderr
    return out


def test_writes_every_table_with_the_contract_schema(built: Path) -> None:
    for name, schema in tables.SCHEMAS.items():
        df = pl.read_parquet(built / f"{name}.parquet")
        assert dict(df.select(list(schema)).schema) == dict(schema), name
    manifest = json.loads((built / "manifest.json").read_text())
    assert manifest["row_counts"]["articles"] == 2
    assert {Path(i["path"]).name for i in manifest["inputs"]} == {p.name for p in SEEDS.iterdir()}
    assert all(len(i["sha256"]) == 64 for i in manifest["inputs"])


def test_the_shared_meeting_is_one_event_reported_by_both_articles(built: Path) -> None:
    t = tables.read_tables(built)
    putin_li = (
        t["event_actors"]
        .filter(pl.col("actor_id").is_in(["vladimir-putin", "li-shangfu"]))
        .group_by("event_id")
        .len()
        .filter(pl.col("len") == 2)
        .join(t["events"], on="event_id")
        .filter(pl.col("event_type") == "meeting")
    )
    assert putin_li.height == 1
    row = putin_li.row(0, named=True)
    assert row["n_articles"] == 2
    assert str(row["date_start"]) == "2023-04-16" and row["granularity"] == "day"
    mentions = t["mentions"].filter(pl.col("event_id") == row["event_id"])
    assert mentions["article_id"].n_unique() == 2
    articles = t["articles"].select("article_id", "text")
    for m in mentions.join(articles, on="article_id").iter_rows(named=True):
        assert m["text"][m["char_start"] : m["char_end"]] == m["sentence"]


def test_articles_carry_outlet_dateline_and_an_inferred_date(built: Path) -> None:
    articles = tables.read_tables(built)["articles"].sort("article_id")
    assert articles["outlet"].to_list() == ["MISTAR.ID", "Bisnis.com"]
    assert articles["dateline"].to_list() == ["Jakarta", "Solo"]
    assert articles["published_basis"].to_list() == ["inferred", "inferred"]
    assert articles["language"].to_list() == ["id", "id"]


def test_rerun_gives_the_same_ids_and_rows(built: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    assert run_etl(SEEDS, "--out", again).returncode == 0
    for name in ("events", "event_actors", "actors", "mentions"):
        first = pl.read_parquet(built / f"{name}.parquet")
        second = pl.read_parquet(again / f"{name}.parquet")
        assert first.equals(second), name


def test_a_run_with_nothing_readable_fails_and_keeps_the_previous_tables(
    built: Path, tmp_path: Path
) -> None:
    out = tmp_path / "processed"
    assert run_etl(SEEDS, "--out", out).returncode == 0
    before = (out / "events.parquet").read_bytes()
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "blank.txt").write_text("")
    result = run_etl(empty, "--out", out)
    assert result.returncode == 1
    assert "blank.txt" in result.stderr
    assert (out / "events.parquet").read_bytes() == before


def test_bad_files_are_reported_and_the_rest_processed(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text((SEEDS / "000_b0b6c7e473a13e24.txt").read_text())
    (inputs / "broken.jsonl").write_text('{"id": "x", "text": "Presiden bertemu"}\n{oops\n')
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    out = tmp_path / "out"
    result = run_etl(inputs, "--out", out)
    assert result.returncode == 0, result.stderr
    rejects = pl.read_parquet(out / "rejects.parquet")
    paths = " ".join(rejects["source_path"].to_list())
    assert "binary.txt" in paths and "broken.jsonl" in paths
    assert "binary.txt" in result.stderr
    articles = pl.read_parquet(out / "articles.parquet")
    assert set(articles["article_id"]) == {"good", "x"}


def _set(out: Path) -> dict[str, pl.DataFrame]:
    """Every table of a set, contract and extra, read whatever its layout."""
    found = tables.read_tables(out)
    for name in ("event_aliases", "extractions", "blocks"):
        found[name] = pl.read_parquet(out / f"{name}.parquet")
    return found


def _part_files(out: Path) -> dict[str, int]:
    """Each part of a parts set and the file (inode) behind it."""
    folder = out.resolve()
    return {
        str(p.relative_to(folder)): p.stat().st_ino
        for name in tables.PARTITIONED
        for p in (folder / name).rglob("*.parquet")
    }


@pytest.mark.parametrize("layout", ["files", "parts"])
def test_append_gives_the_tables_of_a_full_rebuild_from_all_the_inputs(
    tmp_path: Path, layout: str
) -> None:
    """Only the merge blocks the new articles fall in are merged again: in a parts set the
    others' part files are the previous set's, unchanged."""
    lines = (SEEDS.parent / "gold" / "dev2.jsonl").read_text().splitlines(keepends=True)
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "half.jsonl").write_text("".join(lines[:30]))
    (second / "half.jsonl").write_text("".join(lines[30:]) + "{oops\n")
    (second / "copy.txt").write_text((SEEDS / "000_b0b6c7e473a13e24.txt").read_text() + "\n")
    appended, rebuilt = tmp_path / "appended", tmp_path / "rebuilt"
    for out in (appended, rebuilt):
        assert run_etl(SEEDS, first, "--out", out, "--layout", layout).returncode == 0
    before = _part_files(appended)
    result = run_etl(second, "--out", appended, "--append")
    assert result.returncode == 0, result.stderr
    assert "copy.txt: duplicate of 000_b0b6c7e473a13e24" in result.stderr
    assert run_etl(SEEDS, first, second, "--out", rebuilt).returncode == 0
    got, want = _set(appended), _set(rebuilt)
    for name in [*tables.SCHEMAS, "event_aliases", "extractions", "blocks"]:
        assert got[name].equals(want[name]), name
    assert got["articles"].height == 2 + 60
    if layout == "parts":
        new = got["articles"].filter(pl.col("source_path").str.contains("second"))["article_id"]
        touched = {
            BlockKey.from_label(label).path()
            for label in got["mentions"]
            .filter(pl.col("article_id").is_in(new.to_list()))
            .join(got["events"], on="event_id")["block"]
        }
        after = _part_files(appended)
        kept = {path for path, inode in after.items() if before.get(path) == inode}
        assert kept, "no block was carried over"
        assert not {str(Path(p).parent.relative_to(p.split("/")[0])) for p in kept} & touched


def test_both_layouts_read_back_as_the_same_tables(built: Path, tmp_path: Path) -> None:
    result = run_etl(SEEDS, "--out", tmp_path / "parts", "--layout", "parts")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "parts" / "events").is_dir()
    assert not (tmp_path / "parts" / "events.parquet").exists()
    parts, files = tables.read_tables(tmp_path / "parts"), tables.read_tables(built)
    for name in tables.SCHEMAS:
        assert parts[name].equals(files[name]), name
    manifest = json.loads((tmp_path / "parts" / "manifest.json").read_text())
    assert manifest["row_counts"]["events"] == files["events"].height
    assert (
        len(manifest["parts"]["events"])
        == pl.read_parquet(tmp_path / "parts" / "blocks.parquet").height
    )


def test_a_name_with_a_newline_cannot_forge_a_line_of_the_report(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text((SEEDS / "000_b0b6c7e473a13e24.txt").read_text())
    (inputs / "x\nrejected forged: fake.txt").write_bytes(b"")
    result = run_etl(inputs, "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("rejected")]
    assert lines == [f"rejected {inputs}/x\\nrejected forged: fake.txt: empty file"]


def test_an_english_article_is_stored_with_a_notice_saying_why_it_has_no_events(
    tmp_path: Path,
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text((SEEDS / "000_b0b6c7e473a13e24.txt").read_text())
    (inputs / "en.txt").write_text(
        "President Putin met the Chinese defence minister in Moscow on Sunday, officials said."
    )
    result = run_etl(inputs, "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert f"notice {inputs}/en.txt: language en: events are extracted from" in result.stderr
    articles = tables.read_tables(tmp_path / "out")["articles"]
    notices = dict(zip(articles["article_id"], articles["extraction_notice"], strict=True))
    assert notices["good"] is None and notices["en"].startswith("language en")


def test_an_article_that_breaks_the_extraction_is_rejected_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from etl import pipeline

    real = pipeline.extract_article

    def fragile(article: pipeline.Article) -> pipeline.ArticleExtraction:
        if article.article_id == "bad":
            raise RecursionError("maximum recursion depth exceeded")
        return real(article)

    monkeypatch.setattr(pipeline, "extract_article", fragile)
    (tmp_path / "good.txt").write_text((SEEDS / "000_b0b6c7e473a13e24.txt").read_text())
    (tmp_path / "bad.txt").write_text((SEEDS / "002_f154fe421d5574d9.txt").read_text())
    result = pipeline.build([tmp_path / "good.txt", tmp_path / "bad.txt"], tmp_path / "out")
    assert result.n_articles == 1
    assert [(Path(r.source_path).name, r.reason.split(" (")[0]) for r in result.rejects] == [
        ("bad.txt", "the extraction failed on this article")
    ]


def test_an_event_naming_an_actor_the_article_lacks_rejects_that_article_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Such an event once reached the merge and failed the whole run (a real Bengkulu article)."""
    from etl import pipeline
    from etl.actors import ArticleActors
    from etl.document import Document
    from etl.events import ArticleEvent

    real = pipeline.extract_events

    def inconsistent(doc: Document, actors: ArticleActors) -> list[ArticleEvent]:
        events = real(doc, actors)
        if doc.article.article_id == "bad" and events:
            events[0].actors.append(("Nobody Known", "participant"))
        return events

    monkeypatch.setattr(pipeline, "extract_events", inconsistent)
    (tmp_path / "good.txt").write_text((SEEDS / "000_b0b6c7e473a13e24.txt").read_text())
    (tmp_path / "bad.txt").write_text((SEEDS / "002_f154fe421d5574d9.txt").read_text())
    result = pipeline.build([tmp_path / "good.txt", tmp_path / "bad.txt"], tmp_path / "out")
    assert result.n_articles == 1
    [reject] = result.rejects
    assert Path(reject.source_path).name == "bad.txt"
    assert "events name actors the article has no record of: ['Nobody Known']" in reject.reason
