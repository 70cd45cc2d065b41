"""Spaces a page lost between words, and line breaks it put inside sentences, are mended before
the text is read."""

from __future__ import annotations

import pytest

from etl.page_repair import mend_glued_words, mend_wrapped_lines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mahfud MDmengaku belum tahu.", "Mahfud MD mengaku belum tahu."),
        ("SBYmengatakan hal itu.", "SBY mengatakan hal itu."),
        ("UNHCRbersama pemerintah", "UNHCR bersama pemerintah"),
        ("tiga bacawapresPilpres2024untuk bertemu", "tiga bacawapres Pilpres 2024 untuk bertemu"),
        ("Calon wakil presiden,Mahfud MD", "Calon wakil presiden, Mahfud MD"),
        ("Pilpres2024 berlangsung damai.", "Pilpres 2024 berlangsung damai."),
    ],
)
def test_a_glued_word_is_split_where_a_space_was_lost(text: str, expected: str) -> None:
    assert mend_glued_words(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "iPhone dan McDonald ramai dibicarakan di YouTube.",
        "KTPnya hilang, eKTP baru dibuat.",
        "PKSnya dan ASEANSummit",
        "Liputan6.com dan Kompas.Com melaporkan inflasi 1,5 persen pada 2024-2029.",
        "Covid-19, F-16 dan Jl.Sudirman",
        "Mahfud MD mengaku belum tahu.",
    ],
)
def test_text_that_was_not_glued_stays_as_written(text: str) -> None:
    assert mend_glued_words(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Selepas itu, Presiden Jokowi juga\nmenerima kunjungan kehormatan.",
            "Selepas itu, Presiden Jokowi juga menerima kunjungan kehormatan.",
        ),
        (
            "Judul Tanpa Titik\n"
            "Presiden beserta Ibu Negara Iriana menyambut kedatangan Sultan\n"
            "Brunei di sisi barat Istana Merdeka. Saat penyambutan tersebut,\n"
            "Kepala Negara tampak didampingi oleh Menteri Luar Negeri Retno\n"
            "Marsudi, Menteri Sekretaris Negara Pratikno, dan Sekretaris Kabinet\n"
            "Pramono Anung di Istana.\n\nParagraf baru.",
            "Judul Tanpa Titik\n"
            "Presiden beserta Ibu Negara Iriana menyambut kedatangan Sultan "
            "Brunei di sisi barat Istana Merdeka. Saat penyambutan tersebut, "
            "Kepala Negara tampak didampingi oleh Menteri Luar Negeri Retno "
            "Marsudi, Menteri Sekretaris Negara Pratikno, dan Sekretaris Kabinet "
            "Pramono Anung di Istana.\n\nParagraf baru.",
        ),
    ],
)
def test_a_line_break_a_page_put_inside_a_sentence_is_a_space(text: str, expected: str) -> None:
    """Before a lower-case word always; after each long line of a page wrapped at a fixed
    width. The title, short, keeps its break; the text keeps its length."""
    assert mend_wrapped_lines(text) == expected
    assert len(mend_wrapped_lines(text)) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Judul Berita Tanpa Titik\nJakarta - Presiden bertemu Perdana Menteri.",
        "Menlu bertemu tiga mitranya:\n- Menlu Singapura\n- Menlu Malaysia",
        "Keterangan foto: Presiden Joko Widodo di Istana Merdeka\nFoto oleh Setpres\nIsi.",
        "Kalimat pertama selesai.\nKalimat kedua dimulai di baris baru.",
    ],
)
def test_line_breaks_between_titles_items_and_sentences_stay(text: str) -> None:
    assert mend_wrapped_lines(text) == text
