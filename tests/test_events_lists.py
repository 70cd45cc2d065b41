"""Enumerations (`etl/events/lists.py`): a group met or received, whose members a list right
after names, one meeting (and for a host's guests, one visit) each."""

from __future__ import annotations

from datetime import date

from etl.pipeline import extract_article
from etl.records import Article


def meetings_of(text: str) -> set[tuple[str, ...]]:
    article = Article("t", "t.txt", text, published=date(2025, 5, 7))
    return {
        tuple(sorted(e.actor_keys()))
        for e in extract_article(article).events
        if e.event_type == "meeting"
    }


def test_a_list_opened_by_diantaranya_as_one_word_names_the_group() -> None:
    text = (
        "Presiden Joko Widodo bertemu dengan sejumlah menteri di Istana, Senin (3/4).\n"
        "Diantaranya, Menteri Keuangan Sri Mulyani dan Menteri BUMN Erick Thohir."
    )
    assert meetings_of(text) == {
        ("Joko Widodo", "Sri Mulyani Indrawati"),
        ("Erick Thohir", "Joko Widodo"),
    }


def test_each_line_of_name_and_post_goes_on_with_the_list() -> None:
    """`Roberto Colaminè, Duta Besar … Italia.` on a line of its own after the list's first item
    is its next item; the post after the name is that guest's, no guest of its own."""
    text = (
        "Presiden Prabowo Subianto menerima sejumlah duta besar di Istana Merdeka, Selasa (6/5).\n"
        "Diantaranya, Luis Guillermo Arellano Jibaja, Duta Besar Ekuador untuk Republik "
        "Indonesia.\n"
        "Roberto Colaminè, Duta Besar Italia untuk Republik Indonesia.\n"
        "Philip Nathan Taula, Duta Besar Selandia Baru untuk Republik Indonesia."
    )
    assert meetings_of(text) == {
        ("Luis Guillermo Arellano Jibaja", "Prabowo Subianto"),
        ("Prabowo Subianto", "Roberto Colaminè"),
        ("Philip Nathan Taula", "Prabowo Subianto"),
    }
