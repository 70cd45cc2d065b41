"""Reading inputs: every format of the contract, and bad input reported without losing the rest."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from etl.readers import list_input_files, parse_dateline, read_inputs
from etl.records import Article, Reject

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
SAMPLE = "Presiden Rusia Vladimir Putin bertemu Menteri Pertahanan China Li Shangfu di Moskow."


def read(*paths: Path) -> tuple[list[Article], list[Reject]]:
    items = list(read_inputs(paths))
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, Reject)],
    )


@pytest.mark.parametrize(
    ("text", "outlet", "city"),
    [
        ("Jakarta, MISTAR.ID\nPresiden …", "MISTAR.ID", "Jakarta"),
        ("Bisnis.com, SOLO - AS mungkin …", "Bisnis.com", "Solo"),
        ("REPUBLIKA.CO.ID, MOSKOW -- Presiden …", "REPUBLIKA.CO.ID", "Moskow"),
        ("Jakarta (ANTARA) - Presiden …", "ANTARA", "Jakarta"),
        ("TEMPO.CO, Jakarta - Presiden …", "TEMPO.CO", "Jakarta"),
        ("JAKARTA, KOMPAS.com - Menteri …", "KOMPAS.com", "Jakarta"),
        ("BEIJING, iNews.id – Menteri …", "iNews.id", "Beijing"),
        ("KUALA LUMPUR: Perdana Menteri …", None, "Kuala Lumpur"),
        ("Warta Ekonomi, Moskow - Presiden …", "Warta Ekonomi", "Moskow"),
        ("Menteri Luar, Jakarta - Presiden …", None, None),
        ("Presiden Joko Widodo hari ini …", None, None),
    ],
)
def test_datelines_give_outlet_and_city(text: str, outlet: str | None, city: str | None) -> None:
    assert parse_dateline(text) == (outlet, city)


def test_sample_txt_files_are_articles_with_outlet_and_dateline() -> None:
    articles, rejects = read(SEEDS)
    assert rejects == []
    assert [a.article_id for a in articles] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert {(a.outlet, a.dateline) for a in articles} == {
        ("MISTAR.ID", "Jakarta"),
        ("Bisnis.com", "Solo"),
    }
    assert all(a.language == "id" and a.published is None for a in articles)


def test_jsonl_json_and_csv_share_the_fields(tmp_path: Path) -> None:
    record = {
        "id": "a1",
        "title": "Judul",
        "url": "https://x.id/a1",
        "outlet": "Kompas",
        "published": "Senin, 17 April 2023 10:15 WIB",
        "text": SAMPLE,
    }
    (tmp_path / "one.jsonl").write_text(json.dumps(record) + "\n")
    (tmp_path / "two.json").write_text(
        json.dumps([{**record, "id": "a2", "published": "2023-04-17T10:15:00+07:00"}])
    )
    (tmp_path / "three.csv").write_text(
        'id,title,published,text,extra\na3,Judul,2023-04-17,"' + SAMPLE + '",x\n'
    )
    articles, rejects = read(tmp_path)
    assert rejects == []
    assert {a.article_id: a.published for a in articles} == {
        "a1": date(2023, 4, 17),
        "a2": date(2023, 4, 17),
        "a3": date(2023, 4, 17),
    }
    assert all(a.published_basis == "given" for a in articles)


def test_rows_without_id_get_ids_stable_across_runs(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"text": SAMPLE}) + "\n" + json.dumps({"text": SAMPLE + " Lagi."}))
    first = [a.article_id for a in read(path)[0]]
    assert first == [a.article_id for a in read(path)[0]]
    assert len(set(first)) == 2


def test_html_page_gives_body_and_date(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{SAMPLE} Kalimat ke-{i} dari berita ini.</p>" for i in range(6))
    page = (
        "<html><head><title>Putin bertemu Li</title>"
        '<meta property="article:published_time" content="2023-04-17T10:15:00+07:00">'
        "</head><body><nav>Beranda | Berita</nav><article><h1>Putin bertemu Li</h1>"
        f"{paragraphs}</article><footer>Hak cipta</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(page)
    articles, rejects = read(tmp_path / "page.html")
    assert rejects == []
    assert "Vladimir Putin" in articles[0].text and "Beranda" not in articles[0].text
    assert articles[0].published == date(2023, 4, 17)


BAD_INPUTS = [
    ("empty.txt", b"", "empty file"),
    ("binary.txt", b"\x00\x01\x02\x03" * 64, "binary"),
    ("no_text.csv", b"id,title\n1,Judul\n", "no 'text' column (columns: id, title)"),
    ("page.html", b"<html><body><nav>Menu</nav></body></html>", "no article text"),
    ("notes.docx", b"PK\x03\x04", "unsupported file type .docx"),
]


@pytest.mark.parametrize(("name", "content", "reason"), BAD_INPUTS)
def test_bad_files_are_rejected_with_a_specific_reason(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text(SAMPLE)
    articles, rejects = read(tmp_path)
    assert [a.article_id for a in articles] == ["good"]
    assert len(rejects) == 1
    assert rejects[0].source_path.endswith(name) and reason in rejects[0].reason


def test_a_broken_jsonl_line_is_rejected_by_number_and_the_others_kept(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": SAMPLE}),
        "{not json",
        json.dumps({"id": "c"}),
        json.dumps({"id": "d", "text": SAMPLE}),
    ]
    (tmp_path / "mixed.jsonl").write_text("\n".join(lines))
    articles, rejects = read(tmp_path / "mixed.jsonl")
    assert [a.article_id for a in articles] == ["a", "d"]
    assert [r.source_path.rsplit("#", 1)[1] for r in rejects] == ["line 2", "line 3"]
    assert "broken JSON" in rejects[0].reason and "no text" in rejects[1].reason


@pytest.mark.parametrize(
    ("encoded", "expected"),
    [
        (("\ufeff" + SAMPLE).encode("utf-8"), SAMPLE),
        ("Kunjungan ke Paris dan Montréal.".encode("latin-1"), "Kunjungan ke Paris dan Montréal."),
    ],
)
def test_bom_and_latin1_files_are_read(tmp_path: Path, encoded: bytes, expected: str) -> None:
    (tmp_path / "x.txt").write_bytes(encoded)
    articles, _ = read(tmp_path / "x.txt")
    assert articles[0].text == expected


def test_a_20_mb_file_is_rejected_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(20 * 1024 * 1024)
    _, rejects = read(big)
    assert "too large (20.0 MB" in rejects[0].reason


def test_a_folder_with_nothing_readable_is_reported(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / ".hidden.txt").write_text(SAMPLE)
    files, rejects = list_input_files([tmp_path / "empty", tmp_path / "missing.txt"])
    assert files == []
    assert [r.reason.split(" (")[0] for r in rejects] == [
        "no readable input files",
        "no such file or folder",
    ]


def test_english_and_malay_articles_are_kept_and_flagged(tmp_path: Path) -> None:
    english = (
        "President Putin met the Chinese defence minister in Moscow on Sunday, officials said."
    )
    malay = (
        "Perdana Menteri Datuk Seri Ismail Sabri Yaakob mengadakan pertemuan dua hala dengan "
        "rakan sejawatnya dari Singapura semalam, kata kenyataan Wisma Putra."
    )
    (tmp_path / "en.txt").write_text(english)
    (tmp_path / "ms.txt").write_text(malay)
    articles, _ = read(tmp_path)
    assert {a.article_id: a.language for a in articles} == {"en": "en", "ms": "ms"}


def test_a_duplicate_id_keeps_the_first_article(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "x", "text": SAMPLE}))
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "x", "text": SAMPLE}))
    articles, rejects = read(tmp_path)
    assert [a.source_path for a in articles] == [str(tmp_path / "a.jsonl") + "#line 1"]
    assert "duplicate article id 'x'" in rejects[0].reason


def test_every_dev_article_gets_its_language() -> None:
    """A short sample reads a Republika opening as Malay: the detector needs enough text."""
    from etl.language import detect_language

    with (REPO.parent / "shared" / "gold" / "dev.jsonl").open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    languages = {r["id"]: detect_language(r["text"]) for r in records}
    assert {k for k, v in languages.items() if v == "ms"} == {"db08"}
    assert all(v in ("id", "ms") for v in languages.values())


def random_text_bytes(n: int) -> bytes:
    """Random bytes with no NUL among them: binary data that a NUL test alone lets through."""
    import random

    return bytes(b for b in random.Random(7).randbytes(n) if b)


def nested_json(depth: int) -> bytes:
    return ("[" * depth + "]" * depth).encode()


HOSTILE_INPUTS = [
    ("random.txt", random_text_bytes(20_000), "", "not text"),
    ("deep.json", nested_json(100_000), "", "nested too deeply"),
    ("deep.jsonl", nested_json(100_000) + b"\n", "#line 1", "nested too deeply"),
    ("zeros.csv", b"text\n" + b"\x00" * 500, "", "binary file (NUL bytes)"),
]


@pytest.mark.parametrize(("name", "content", "where", "reason"), HOSTILE_INPUTS)
def test_hostile_files_are_rejected_and_the_good_article_beside_them_read(
    tmp_path: Path, name: str, content: bytes, where: str, reason: str
) -> None:
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text(SAMPLE)
    articles, rejects = read(tmp_path)
    assert [a.article_id for a in articles] == ["good"]
    assert [(r.source_path, reason in r.reason) for r in rejects] == [
        (str(tmp_path / name) + where, True)
    ]


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (SAMPLE.encode("utf-16"), "UTF-16 with its BOM"),
        (SAMPLE.encode("utf-16-le"), "UTF-16 without a BOM"),
        (SAMPLE.encode("utf-32"), "UTF-32 with its BOM"),
        (("\ufeff" + SAMPLE).encode("utf-16-be"), "UTF-16 big-endian with its BOM"),
    ],
)
def test_wide_encodings_are_read_as_text(tmp_path: Path, encoded: bytes, encoding: str) -> None:
    (tmp_path / "x.txt").write_bytes(encoded)
    articles, rejects = read(tmp_path / "x.txt")
    assert rejects == [], encoding
    assert articles[0].text == SAMPLE, encoding


def test_a_csv_text_field_far_over_the_default_limit_is_read(tmp_path: Path) -> None:
    text = (SAMPLE + " ") * 2_500
    (tmp_path / "long.csv").write_text(f'id,text\nlong,"{text}"\n')
    articles, rejects = read(tmp_path / "long.csv")
    assert rejects == []
    assert len(articles[0].text) > 200_000


def test_unreadable_files_and_folders_are_each_rejected_and_the_rest_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Denied by the operating system (simulated: the tests may run as root, whom chmod does
    not stop)."""
    (tmp_path / "good.txt").write_text(SAMPLE)
    (tmp_path / "secret.txt").write_text(SAMPLE)
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "inside.txt").write_text(SAMPLE)
    denied = {tmp_path / "secret.txt", tmp_path / "locked"}
    real_read_bytes, real_scandir = Path.read_bytes, os.scandir

    def read_bytes(path: Path) -> bytes:
        if path in denied:
            raise PermissionError(13, "Permission denied", str(path))
        return real_read_bytes(path)

    def scandir(path: str | Path = ".") -> object:
        if Path(path) in denied:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(os, "scandir", scandir)
    articles, rejects = read(tmp_path)
    assert [a.article_id for a in articles] == ["good"]
    assert sorted((Path(r.source_path).name, r.reason) for r in rejects) == [
        ("locked", "permission denied: the folder cannot be read by this user"),
        ("secret.txt", "permission denied: the file cannot be read by this user"),
    ]


@pytest.mark.parametrize(
    ("text", "outlet", "city"),
    [
        ("Jakarta, ANTARA - Presiden Joko Widodo …", "Antara", "Jakarta"),
        ("Jakarta, ANTARA\nPresiden Joko Widodo …", "Antara", "Jakarta"),
        ("Jakarta, Senin - Presiden Joko Widodo …", None, None),
    ],
)
def test_an_antara_dateline_gives_the_outlet(
    tmp_path: Path, text: str, outlet: str | None, city: str | None
) -> None:
    (tmp_path / "a.txt").write_text(text)
    articles, _ = read(tmp_path / "a.txt")
    assert (articles[0].outlet, articles[0].dateline) == (outlet, city)


def test_words_a_page_glued_together_are_read_apart(tmp_path: Path) -> None:
    path = tmp_path / "glued.txt"
    path.write_text("Jakarta - Calon wakil presiden,Mahfud MDmengaku rencana itu ditunda.\n")
    (article,) = read_inputs([path])
    assert isinstance(article, Article)
    assert "presiden, Mahfud MD mengaku rencana" in article.text
