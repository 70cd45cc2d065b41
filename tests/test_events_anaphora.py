"""A sentence that names an event again and schedules it dates the event told before it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_events import events_of

PUBLISHED = date(2023, 4, 17)


@pytest.mark.parametrize(
    ("text", "kind", "when"),
    [
        (
            "Presiden Jokowi akan berkunjung ke Jepang. Kunjungan itu dijadwalkan pada "
            "Kamis (20/4).",
            "visit",
            date(2023, 4, 20),
        ),
        (
            "Presiden Jokowi akan berkunjung ke Jepang. Kunjungan tersebut akan berlangsung "
            "24-26 April 2023.",
            "visit",
            date(2023, 4, 24),
        ),
        (
            "Menlu Retno Marsudi akan bertemu Menlu Wang Yi. Pertemuan itu rencananya digelar "
            "pada Rabu (19/4).",
            "meeting",
            date(2023, 4, 19),
        ),
    ],
)
def test_an_event_named_again_takes_the_day_scheduled_for_it(
    text: str, kind: str, when: date
) -> None:
    found = [e for e in events_of(text, PUBLISHED) if e[0] == kind]
    assert [e[2] for e in found] == [when], found


def test_a_date_of_another_clause_after_the_event_named_again_does_not_date_it() -> None:
    text = (
        "Presiden Xi Jinping berkunjung ke Moskow. Kunjungan ini adalah perjalanan pertamanya "
        "sejak memperoleh masa jabatan ketiga pada Maret 2023."
    )
    assert [e[2] for e in events_of(text, PUBLISHED) if e[0] == "visit"] == [None]
