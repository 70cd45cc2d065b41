"""Uploads go through the ETL's readers first: a bad file changes nothing, a good one appears."""

import json
import shutil

import pytest

from app.archive import fingerprint, load_archive
from app.pipeline import article_marks, build_archive, ingest

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


@pytest.fixture
def archive_dirs(tmp_path, seeds_dir):
    raw, out = tmp_path / "raw", tmp_path / "processed"
    shutil.copytree(seeds_dir, raw)
    build_archive(raw, out)
    return raw, out


@pytest.mark.parametrize(
    ("name", "payload"),
    [
        ("laporan.pdf", b"%PDF-1.4 not an article"),
        ("kosong.txt", b""),
        ("rusak.jsonl", b"{this is not json\n"),
    ],
)
def test_a_bad_file_gets_a_message_and_changes_nothing(archive_dirs, name, payload):
    raw, out = archive_dirs
    files_before = sorted(p.relative_to(raw) for p in raw.rglob("*"))
    stamp = fingerprint(out)
    report = ingest([(name, payload)], raw, out)
    assert not report.changed
    assert report.rejected and report.rejected[0].source_path == name
    assert report.rejected[0].reason
    assert sorted(p.relative_to(raw) for p in raw.rglob("*")) == files_before
    assert fingerprint(out) == stamp


def test_an_uploaded_article_is_kept_and_appears_in_the_tables(archive_dirs):
    raw, out = archive_dirs
    before = load_archive(out).articles.height
    payload = (json.dumps(OWN_ARTICLE, ensure_ascii=False) + "\n").encode()
    report = ingest([("unggahan.jsonl", payload)], raw, out)
    assert report.kept == {"unggahan.jsonl": 1}
    assert (raw / "uploads" / "unggahan.jsonl").exists()
    articles = load_archive(out).articles
    assert articles.height == before + 1
    assert "Contoh News" in articles["outlet"].to_list()


def test_the_etl_marks_time_expressions_and_actors_of_an_article():
    text = OWN_ARTICLE["text"]
    marks = article_marks(text, None)
    kinds = {m.kind for m in marks}
    assert {"date", "actor"} <= kinds
    assert all(0 <= m.start < m.end <= len(text) for m in marks)
