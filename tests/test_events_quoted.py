"""Meetings a speaker tells of in the first person inside a quotation."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_events import events_of


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        (
            '"Pada 7 Maret 2023, saya berkomunikasi dengan Kanselir Jerman Olaf Scholz. Kemudian '
            '8 Maret 2023, saya juga berbicara dengan Perdana Menteri Jepang Fumio Kishida," kata '
            "Presiden Joko Widodo.",
            {
                (("Joko Widodo", "Olaf Scholz"), date(2023, 3, 7)),
                (("Fumio Kishida", "Joko Widodo"), date(2023, 3, 8)),
            },
        ),
        (
            'Menlu Retno Marsudi mengatakan, "Kemarin kami bertemu dengan Menlu Australia Penny '
            'Wong di Canberra."',
            {(("Penny Wong", "Retno Marsudi"), date(2023, 4, 16))},
        ),
        (
            '"Presiden bertemu dengan Kanselir Jerman Olaf Scholz kemarin," kata Menlu Retno '
            "Marsudi.",
            set(),
        ),
        ('"Saya bertemu dengan banyak orang di sana," kata Presiden Joko Widodo.', set()),
    ],
)
def test_a_meeting_told_in_the_first_person_in_a_quotation(
    text: str, meetings: set[tuple[tuple[str, ...], date]]
) -> None:
    """`saya`/`kami` before a verb of meeting is the speaker; another's meeting told in a
    quotation, or one with nobody named, stays unread."""
    found = {(keys, when) for t, keys, when, _ in events_of(text) if t == "meeting"}
    assert found == meetings
