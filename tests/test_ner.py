"""The named-entity recogniser: its tokenizer, its offsets, sentences of news, and its F1 on the
corpora's test splits against the last measured figures (tests/data/ner_baseline.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl.ner import Entity, recognise, recognise_spans
from etl.ner.corpora import read_split
from etl.ner.tokens import tokenize
from etl.ner.train import evaluate

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO.parent / "shared" / "corpora"
BASELINE = json.loads((REPO / "tests" / "data" / "ner_baseline.json").read_text())

TOKENS = [
    ("Menlu S. Jaishankar tiba pukul 13.00 WIB.", "Menlu|S.|Jaishankar|tiba|pukul|13.00|WIB|."),
    ("Kantor di Jl. Sudirman No. 5, Jakarta.", "Kantor|di|Jl.|Sudirman|No.|5|,|Jakarta|."),
    (
        "Fraksi F-PAN menolak, kata Bashar al-Assad.",
        "Fraksi|F-PAN|menolak|,|kata|Bashar|al-Assad|.",
    ),
    ("Ma'ruf Amin dan O'Neill (kanan).", "Ma'ruf|Amin|dan|O'Neill|(|kanan|)|."),
    ('Ir. Budi, S.H., M.H. berkata: "Ya!"', 'Ir.|Budi|,|S.H.|,|M.H.|berkata|:|"|Ya|!|"'),
    (
        "Senin (20/3/2023) harga Rp1.500 naik 3,5%.",
        "Senin|(|20/3/2023|)|harga|Rp1.500|naik|3,5|%|.",
    ),
    ("Dikutip dari kompas.com... lalu--", "Dikutip|dari|kompas.com|...|lalu|--"),
    ("anak-anak “bermain” di sana…", "anak-anak|“|bermain|”|di|sana|…"),
    ("Tiba di A. Yani.", "Tiba|di|A.|Yani|."),
    ("Rumahnya di blok A.", "Rumahnya|di|blok|A|."),
]


@pytest.mark.parametrize(("text", "expected"), TOKENS)
def test_tokenize(text: str, expected: str) -> None:
    tokens = tokenize(text)
    assert "|".join(token for token, _, _ in tokens) == expected
    assert all(text[start:end] == token for token, start, end in tokens)


def test_tokenize_a_span_keeps_offsets_into_the_text() -> None:
    text = "Satu. Dua Tiga."
    assert tokenize(text, 6) == [("Dua", 6, 9), ("Tiga", 10, 14), (".", 14, 15)]


def missed(reason: str) -> pytest.MarkDecorator:
    """A known miss of the shipped model: strict, so that a model that reads it fails the mark."""
    return pytest.mark.xfail(reason=reason, strict=True)


# Sentences written for this table, in the style of Indonesian news; the entities a careful
# reader expects, in order.
SENTENCES = [
    (
        "Menteri Luar Negeri Prancis Catherine Colonna tiba di Jakarta pada Senin.",
        [("Prancis", "LOC"), ("Catherine Colonna", "PER"), ("Jakarta", "LOC")],
    ),
    (
        "Ketua Umum Partai NasDem Surya Paloh bertemu Wali Kota Surabaya Eri Cahyadi.",
        [
            ("Partai NasDem", "ORG"),
            ("Surya Paloh", "PER"),
            ("Surabaya", "LOC"),
            ("Eri Cahyadi", "PER"),
        ],
    ),
    (
        "Presiden Joko Widodo menerima Perdana Menteri Malaysia Anwar Ibrahim di Istana Merdeka.",
        [
            ("Joko Widodo", "PER"),
            ("Malaysia", "LOC"),
            ("Anwar Ibrahim", "PER"),
            ("Istana Merdeka", "LOC"),
        ],
    ),
    (
        "Gubernur Jawa Tengah Ganjar Pranowo meninjau banjir di Kabupaten Demak bersama "
        "Kepala BNPB Suharyanto.",
        [
            ("Jawa Tengah", "LOC"),
            ("Ganjar Pranowo", "PER"),
            ("Kabupaten Demak", "LOC"),
            ("BNPB", "ORG"),
            ("Suharyanto", "PER"),
        ],
    ),
    (
        "Komisi Pemberantasan Korupsi memeriksa pejabat Kementerian Pertanian di Jakarta, Rabu.",
        [
            ("Komisi Pemberantasan Korupsi", "ORG"),
            ("Kementerian Pertanian", "ORG"),
            ("Jakarta", "LOC"),
        ],
    ),
    (
        "Sri Mulyani mengatakan Bank Indonesia akan menjaga nilai tukar rupiah.",
        [("Sri Mulyani", "PER"), ("Bank Indonesia", "ORG")],
    ),
    pytest.param(
        "Prabowo Subianto berkunjung ke Beijing untuk bertemu Xi Jinping.",
        [("Prabowo Subianto", "PER"), ("Beijing", "LOC"), ("Xi Jinping", "PER")],
        marks=missed("NER-P has `xi` only as the numeral XI, always O; unread at a sentence end"),
    ),
    (
        "Pertemuan para menteri ASEAN digelar di Labuan Bajo, Nusa Tenggara Timur.",
        [("ASEAN", "ORG"), ("Labuan Bajo", "LOC"), ("Nusa Tenggara Timur", "LOC")],
    ),
    (
        "Menurut Kapolri Listyo Sigit Prabowo, Polri telah menangkap tiga tersangka di Medan.",
        [("Listyo Sigit Prabowo", "PER"), ("Polri", "ORG"), ("Medan", "LOC")],
    ),
    pytest.param(
        "Anies Baswedan dan Muhaimin Iskandar mendaftar ke Komisi Pemilihan Umum pada Kamis pagi.",
        [("Anies Baswedan", "PER"), ("Muhaimin Iskandar", "PER"), ("Komisi Pemilihan Umum", "ORG")],
        marks=missed("read as a place after `ke`; the table knows only the short form KPU"),
    ),
    (
        "Kanselir Jerman Olaf Scholz menerima Presiden Ukraina Volodymyr Zelensky di Berlin.",
        [
            ("Jerman", "LOC"),
            ("Olaf Scholz", "PER"),
            ("Ukraina", "LOC"),
            ("Volodymyr Zelensky", "PER"),
            ("Berlin", "LOC"),
        ],
    ),
    (
        "PT Pertamina menaikkan harga bahan bakar di seluruh Sumatera Utara.",
        [("PT Pertamina", "ORG"), ("Sumatera Utara", "LOC")],
    ),
    (
        "Ribuan warga memadati Jalan Malioboro di Yogyakarta untuk menyambut tahun baru.",
        [("Jalan Malioboro", "LOC"), ("Yogyakarta", "LOC")],
    ),
    (
        "Juru bicara Kementerian Luar Negeri, Teuku Faizasyah, menyebut Indonesia siap membantu.",
        [("Kementerian Luar Negeri", "ORG"), ("Teuku Faizasyah", "PER"), ("Indonesia", "LOC")],
    ),
    (
        "Dewan Perwakilan Rakyat mengesahkan undang-undang itu dalam rapat paripurna, Selasa.",
        [("Dewan Perwakilan Rakyat", "ORG")],
    ),
    (
        "Pelatih Shin Tae-yong membawa tim nasional berlatih di Bali sebelum melawan Vietnam.",
        [("Shin Tae-yong", "PER"), ("Bali", "LOC"), ("Vietnam", "LOC")],
    ),
    (
        "Sekretaris Jenderal PBB Antonio Guterres menyerukan gencatan senjata di Gaza.",
        [("PBB", "ORG"), ("Antonio Guterres", "PER"), ("Gaza", "LOC")],
    ),
    (
        "Wakil Presiden Ma'ruf Amin membuka muktamar Nahdlatul Ulama di Surabaya.",
        [("Ma'ruf Amin", "PER"), ("Nahdlatul Ulama", "ORG"), ("Surabaya", "LOC")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_recognise_news_sentences(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[e.start : e.end], e.label) for e in recognise(text)] == expected


def test_offsets_point_into_the_whole_text() -> None:
    first, (second, expected) = SENTENCES[0][0], SENTENCES[2]
    text = f"{first}\n{second}"
    entities = recognise(text, len(first) + 1)
    assert [text[e.start : e.end] for e in entities] == [name for name, _ in expected]
    spans = [(0, len(first)), (len(first) + 1, len(text))]
    assert recognise_spans(text, spans) == recognise(text, 0, len(first)) + entities
    assert all(isinstance(e, Entity) for e in entities)


def test_nothing_to_recognise() -> None:
    assert recognise("") == []
    assert recognise("harga cabai naik lagi minggu ini.") == []


@pytest.mark.skipif(not CORPORA.exists(), reason="the corpora of ../shared/corpora are missing")
@pytest.mark.parametrize("split", ["nerp/test", "nergrit/test"])
def test_f1_on_the_test_splits_holds(split: str) -> None:
    measured = evaluate(read_split(CORPORA, split))
    floor = {label: f1 - BASELINE["margin"] for label, f1 in BASELINE[split].items()}
    dropped = {label: measured[label] for label in floor if measured[label] < floor[label]}
    assert not dropped, f"F1 below the baseline less {BASELINE['margin']}: {dropped}"
