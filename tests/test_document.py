"""The document of an article: built once, its spans pointing into the text."""

from __future__ import annotations

from datetime import date

import pytest

from etl.actors import find_actors
from etl.document import document_of


def test_a_dateline_names_nothing_and_the_spans_point_into_the_text() -> None:
    text = "Jakarta, MISTAR.ID\nMenlu Retno Marsudi tiba di Tokyo, Senin (17/4/2023)."
    doc = document_of(text, published=date(2023, 4, 18))
    assert [s.text for s in doc.sentences] == [
        "Menlu Retno Marsudi tiba di Tokyo, Senin (17/4/2023)."
    ]
    assert [(t.text, t.date_start) for t in doc.times] == [("Senin (17/4/2023)", date(2023, 4, 17))]
    assert all(text[s.start : s.end] == s.text for s in doc.sentences)


def test_entities_are_recognised_around_what_is_asked_and_kept() -> None:
    text = "Latihan Super Garuda Shield digelar di Baturaja."
    doc = document_of(text)
    assert doc.entities == []
    found = doc.entities_around(text.index("Super"), text.index(" Shield"))
    assert [(text[e.start : e.end], e.label) for e in found] == [("Super Garuda Shield", "ORG")]
    assert doc.entities == found


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta, ANTARA - Juru bicara Kemlu mengatakan Indonesia siap membantu.",
        "Jakarta (ANTARA) - Juru bicara Kemlu mengatakan Indonesia siap membantu.",
        "Jakarta, ANTARA\nJuru bicara Kemlu mengatakan Indonesia siap membantu.",
    ],
)
def test_a_dateline_opening_the_first_sentence_is_left_out_of_it(text: str) -> None:
    """The outlet of a dateline is who wrote, not an actor of the news."""
    doc = document_of(text)
    assert doc.sentences[0].text == "Juru bicara Kemlu mengatakan Indonesia siap membantu."
    assert "Antara" not in {m.key for m in find_actors(doc).mentions}
