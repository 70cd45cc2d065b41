"""A host or a place visited, told in the passive (`etl/events/visited.py`)."""

from __future__ import annotations

from datetime import date

import pytest

from etl.pipeline import extract_article
from etl.records import Article


def _parties(text: str) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    article = Article("t", "t.txt", text, published=date(2025, 3, 4))
    return [(e.event_type, tuple(sorted(e.actors))) for e in extract_article(article).events]


@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        (
            "Menteri Pertahanan Sjafrie Sjamsoeddin dikunjungi oleh Menteri Pertahanan Jepang Gen "
            "Nakatani di Jakarta, Senin (3/3/2025).",
            "Sjafrie Sjamsoeddin",
            "Gen Nakatani",
        ),
        (
            "Ketua Umum PDIP Megawati Soekarnoputri didatangi Presiden Prabowo Subianto di "
            "kediamannya.",
            "Megawati Soekarnoputri",
            "Prabowo Subianto",
        ),
    ],
)
def test_a_host_visited_in_the_passive_met_and_received_the_guest(
    text: str, host: str, guest: str
) -> None:
    """`X dikunjungi oleh Y`, `X didatangi Y`: the passive's subject is the host, the one after
    it the visitor; both met."""
    events = _parties(text)
    assert ("meeting", tuple(sorted([(host, "host"), (guest, "participant")]))) in events
    assert ("visit", tuple(sorted([(guest, "visitor"), (host, "host")]))) in events


@pytest.mark.parametrize(
    ("text", "visitor", "place"),
    [
        ("Papua dikunjungi Presiden Joko Widodo pekan lalu.", "Joko Widodo", "Papua"),
        (
            "Kabupaten Merauke dikunjungi Wakil Presiden Gibran Rakabuming Raka, Senin (3/3/2025).",
            "Gibran Rakabuming Raka",
            "Merauke",
        ),
    ],
)
def test_a_place_visited_in_the_passive_is_the_visitor_s_destination(
    text: str, visitor: str, place: str
) -> None:
    """`Papua dikunjungi Presiden Joko Widodo`: the place the passive is about is where the one
    named after it went; no host, no meeting."""
    article = Article("t", "t.txt", text, published=date(2025, 3, 4))
    events = extract_article(article).events
    assert [(e.event_type, e.actors, e.location.name if e.location else None) for e in events] == [
        ("visit", [(visitor, "visitor")], place)
    ]
