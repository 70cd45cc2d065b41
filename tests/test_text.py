"""Sentence spans for Indonesian news: abbreviations, decimals, quotes, page furniture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl.text import credit_spans, furniture_spans, split_sentences

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ia tinggal di Jl. Sudirman No. 5. Rumahnya besar.",
            ["Ia tinggal di Jl. Sudirman No. 5.", "Rumahnya besar."],
        ),
        (
            "Pertumbuhan ekonomi 5,18 persen. Angka itu naik 2.5 poin.",
            ["Pertumbuhan ekonomi 5,18 persen.", "Angka itu naik 2.5 poin."],
        ),
        (
            "Menlu India, S. Jaishankar, hadir. Dia tiba pukul 09.30 WIB.",
            ["Menlu India, S. Jaishankar, hadir.", "Dia tiba pukul 09.30 WIB."],
        ),
        (
            "“Kami siap. Kami menunggu,” kata Putin. Li mengangguk.",
            ["“Kami siap.", "Kami menunggu,” kata Putin.", "Li mengangguk."],
        ),
        (
            "Ia bertemu dr. Andi dan Prof. Budi. Apakah benar? Ya!",
            ["Ia bertemu dr. Andi dan Prof. Budi.", "Apakah benar?", "Ya!"],
        ),
        (
            "Mereka adalah:\n1. Duta Besar Meksiko;\n2. Duta Besar Belanda.\n"
            "Skor akhir 2. Lalu usai.",
            [
                "Mereka adalah:",
                "1. Duta Besar Meksiko;",
                "2. Duta Besar Belanda.",
                "Skor akhir 2.",
                "Lalu usai.",
            ],
        ),
        (
            "Judul Tanpa Titik\nIsi berita dimulai di sini.",
            ["Judul Tanpa Titik", "Isi berita dimulai di sini."],
        ),
        (
            "Putin tiba.\nBaca Juga: Presiden Tiongkok Temui Putin\nLi menyusul.",
            ["Putin tiba.", "Li menyusul."],
        ),
        (
            "Putin tiba.\nFoto: Reuters/Pool\nEditor: Budi\nLi menyusul.",
            ["Putin tiba.", "Li menyusul."],
        ),
        ("REPUBLIKA.CO.ID, MOSKOW -- Putin tiba.", ["REPUBLIKA.CO.ID, MOSKOW -- Putin tiba."]),
        (
            "Menlu Sri L.P. Wardani tiba. Ia disambut.",
            ["Menlu Sri L.P. Wardani tiba.", "Ia disambut."],
        ),
        (
            "Ia menjaga kawasan Indo-Pasifik.Untuk itu, ujarnya.Diketahui, latihan digelar.",
            [
                "Ia menjaga kawasan Indo-Pasifik.",
                "Untuk itu, ujarnya.",
                "Diketahui, latihan digelar.",
            ],
        ),
        (
            'Kata dia, Senin (21/3)."Di sinilah kami belajar," tutur Andhika.Sebelumnya, usai.',
            [
                'Kata dia, Senin (21/3)."Di sinilah kami belajar," tutur Andhika.',
                "Sebelumnya, usai.",
            ],
        ),
        (
            "Lihat kompas.com/read/2014/07/23/Obama.Telepon.Jokowi dan Menlu Retno L.P.Marsudi.",
            ["Lihat kompas.com/read/2014/07/23/Obama.Telepon.Jokowi dan Menlu Retno L.P.Marsudi."],
        ),
        (
            "Menag bertemu Ketua Umum PBNU KH. Said Aqil Siradj. Ia berdoa.",
            ["Menag bertemu Ketua Umum PBNU KH. Said Aqil Siradj.", "Ia berdoa."],
        ),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        ("Putin tiba.\nBaca juga: Berita lain\nLi menyusul.", ["Baca juga: Berita lain"]),
        (
            "Surya tiba.\nTopik pilihan: Quick Count Pemilu 2014 | Capres Jokowi\nIa berkata.",
            ["Topik pilihan: Quick Count Pemilu 2014 | Capres Jokowi"],
        ),
    ],
)
def test_furniture_lines_are_reported_for_greying_out(text: str, furniture: list[str]) -> None:
    assert [text[s:e] for s, e in furniture_spans(text)] == furniture


@pytest.mark.parametrize(
    ("text", "credits"),
    [
        (
            "Anwar bertemu Prabowo di Kuala Lumpur. (CNN Indonesia/Andry Novelino)\nJakarta -",
            ["(CNN Indonesia/Andry Novelino)"],
        ),
        ("Presiden tiba (Foto: Setpres).", ["(Foto: Setpres)"]),
        ("Pangdam III/Siliwangi (Kodam III/Siliwangi) hadir di Bandung.", []),
    ],
)
def test_credits_in_brackets(text: str, credits: list[str]) -> None:
    """A photo credit, and a caption's closing `(Outlet/Photographer)`; a unit's number and name
    in brackets inside the sentence is no credit."""
    assert [text[s:e] for s, e in credit_spans(text)] == credits


def test_real_articles_split_without_furniture_and_with_honest_offsets() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    with (SHARED / "gold" / "dev.jsonl").open(encoding="utf-8") as fh:
        texts += [json.loads(line)["text"] for line in fh if line.strip()]
    for text in texts:
        sentences = split_sentences(text)
        assert sentences
        for s in sentences:
            assert text[s.start : s.end] == s.text
            assert not s.text.lower().startswith("baca juga")
            assert not s.text.endswith((" Jl.", " dr.", " No."))
