"""Uploads as a user expects: each file's outcome said exactly, only new articles extracted, copies
named and not counted, a failing file no bar to the others, an uploaded file listed and removable,
and every event id kept."""

import json
import shutil
import tomllib
from pathlib import Path

import pytest

import app.pipeline
import etl.pipeline
from app.archive import fingerprint, load_archive
from app.pipeline import article_marks, build_archive, ingest, remove_upload, uploads
from etl.publish import ArchiveBusy, run_lock
from etl.readers import MAX_FILE_BYTES

REPO = Path(__file__).resolve().parents[1]
SEED = "000_b0b6c7e473a13e24"

OWN_ARTICLE = {
    "id": "unggah-1",
    "title": "Menlu bertemu Dubes",
    "outlet": "Contoh News",
    "published": "2024-02-05",
    "text": (
        "Jakarta - Menteri Luar Negeri Retno Marsudi bertemu Duta Besar Jepang di Jakarta "
        "pada Senin (5/2/2024). Keduanya membahas kerja sama perdagangan."
    ),
}


def _jsonl(*records: dict[str, str]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


@pytest.fixture
def archive_dirs(tmp_path, seeds_dir):
    raw, out = tmp_path / "raw", tmp_path / "processed"
    shutil.copytree(seeds_dir, raw)
    build_archive(raw, out)
    return raw, out


@pytest.fixture
def seed_text(seeds_dir) -> bytes:
    return (seeds_dir / f"{SEED}.txt").read_bytes()


def _event_ids(out: Path) -> set[str]:
    return set(load_archive(out).events.collect()["event_id"])


@pytest.mark.parametrize(
    ("name", "payload", "reason"),
    [
        ("laporan.pdf", b"%PDF-1.4 not an article", "not a supported file type"),
        ("kosong.txt", b"", "empty file"),
        ("rusak.jsonl", b"{this is not json\n", "broken JSON on line 1"),
        (".catatan.txt", OWN_ARTICLE["text"].encode(), "hidden file name"),
        ("besar.txt", b"a" * (MAX_FILE_BYTES + 1), "file too large"),
    ],
)
def test_a_bad_file_gets_a_message_and_changes_nothing(archive_dirs, name, payload, reason):
    raw, out = archive_dirs
    files_before = sorted(p.relative_to(raw) for p in raw.rglob("*"))
    stamp = fingerprint(out)
    report = ingest([(name, payload)], raw, out)
    assert not report.changed
    [outcome] = report.outcomes
    assert (outcome.name, outcome.status) == (name, "rejected")
    assert reason in " ".join(outcome.reasons)
    assert report.n_articles == 2
    assert sorted(p.relative_to(raw) for p in raw.rglob("*")) == files_before
    assert fingerprint(out) == stamp


def test_an_uploaded_article_is_kept_and_appears_in_the_tables(archive_dirs):
    raw, out = archive_dirs
    before = _event_ids(out)
    report = ingest([("unggahan.jsonl", _jsonl(OWN_ARTICLE))], raw, out)
    assert report.kept == {"unggahan.jsonl": 1}
    assert report.n_articles == 3
    assert (raw / "uploads" / "unggahan.jsonl").exists()
    articles = load_archive(out).articles.collect()
    assert articles.height == 3
    assert "Contoh News" in articles["outlet"].to_list()
    assert before <= _event_ids(out)


def test_an_upload_while_another_run_holds_the_archive_is_refused_and_not_kept(archive_dirs):
    raw, out = archive_dirs
    before = _event_ids(out)
    with run_lock(out, ["another run"]), pytest.raises(ArchiveBusy, match="another run"):
        ingest([("unggahan.jsonl", _jsonl(OWN_ARTICLE))], raw, out)
    assert not (raw / "uploads" / "unggahan.jsonl").exists()
    assert _event_ids(out) == before


def test_only_the_new_article_is_extracted(archive_dirs, monkeypatch):
    raw, out = archive_dirs
    read = []
    extract = etl.pipeline.extract_article
    monkeypatch.setattr(etl.pipeline, "extract_article", lambda a: read.append(a) or extract(a))
    ingest([("unggahan.jsonl", _jsonl(OWN_ARTICLE))], raw, out)
    assert [a.article_id for a in read] == ["unggah-1"]


def test_a_copy_of_an_archived_article_is_named_and_not_counted(archive_dirs, seed_text):
    raw, out = archive_dirs
    before, stamp = _event_ids(out), fingerprint(out)
    report = ingest([("salinan.txt", b"\n" + seed_text + b"  \n")], raw, out)
    [outcome] = report.outcomes
    assert (outcome.status, outcome.duplicates) == ("duplicate", (SEED,))
    assert not report.changed and report.n_articles == 2
    assert fingerprint(out) == stamp and _event_ids(out) == before
    assert not (raw / "uploads").exists()


def test_a_file_with_new_articles_and_a_copy_adds_the_new_ones(archive_dirs, seed_text):
    raw, out = archive_dirs
    copy = {"id": "salinan", "title": "Salinan", "text": seed_text.decode()}
    report = ingest([("campur.jsonl", _jsonl(OWN_ARTICLE, copy))], raw, out)
    [outcome] = report.outcomes
    assert (outcome.status, outcome.n_articles, outcome.duplicates) == ("added", 1, (SEED,))
    assert report.n_articles == 3
    rejects = load_archive(out).rejects
    assert rejects["reason"].to_list() == [f"duplicate of {SEED}"]


def test_a_failing_file_does_not_keep_the_good_one_out(archive_dirs):
    raw, out = archive_dirs
    report = ingest(
        [("rusak.jsonl", b"{oops\n"), ("unggahan.jsonl", _jsonl(OWN_ARTICLE))], raw, out
    )
    assert [(o.name, o.status) for o in report.outcomes] == [
        ("rusak.jsonl", "rejected"),
        ("unggahan.jsonl", "added"),
    ]
    assert report.changed and report.n_articles == 3
    assert sorted(p.name for p in (raw / "uploads").iterdir()) == ["unggahan.jsonl"]


def test_uploads_are_listed_and_one_is_removed_with_its_articles(archive_dirs):
    raw, out = archive_dirs
    seeds = _event_ids(out)
    ingest([("unggahan.jsonl", _jsonl(OWN_ARTICLE))], raw, out)
    listed = uploads(raw, load_archive(out).articles)
    assert listed.select("file", "articles").rows() == [("unggahan.jsonl", 1)]
    assert remove_upload("unggahan.jsonl", raw, out) == 2
    assert set(load_archive(out).articles.collect()["article_id"]) == {SEED, "002_f154fe421d5574d9"}
    assert _event_ids(out) == seeds
    assert uploads(raw, load_archive(out).articles).is_empty()


def test_the_apps_upload_limit_is_the_etls() -> None:
    config = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text())
    assert config["server"]["maxUploadSize"] * 1_048_576 == MAX_FILE_BYTES


def test_the_etl_marks_time_expressions_and_actors_of_an_article():
    text = OWN_ARTICLE["text"]
    marks = article_marks(text, None)
    kinds = {m.kind for m in marks}
    assert {"date", "actor"} <= kinds
    assert all(0 <= m.start < m.end <= len(text) for m in marks)


def test_a_file_the_etl_fails_on_is_reported_and_the_others_added(archive_dirs, monkeypatch):
    raw, out = archive_dirs
    build = app.pipeline.build

    def failing(inputs, *args, **kwargs):
        if any(Path(p).name == "meledak.jsonl" for p in inputs):
            raise RuntimeError("boom")
        return build(inputs, *args, **kwargs)

    monkeypatch.setattr(app.pipeline, "build", failing)
    other = {**OWN_ARTICLE, "id": "unggah-2", "text": OWN_ARTICLE["text"] + " Lagi."}
    report = ingest(
        [("meledak.jsonl", _jsonl(other)), ("unggahan.jsonl", _jsonl(OWN_ARTICLE))], raw, out
    )
    assert [(o.name, o.status) for o in report.outcomes] == [
        ("meledak.jsonl", "rejected"),
        ("unggahan.jsonl", "added"),
    ]
    assert "boom" in report.outcomes[0].reasons[0]
    assert report.n_articles == 3
    assert sorted(p.name for p in (raw / "uploads").iterdir()) == ["unggahan.jsonl"]
