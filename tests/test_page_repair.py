"""Spaces a page lost between words are put back before the text is read."""

from __future__ import annotations

import pytest

from etl.page_repair import mend_glued_words


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
