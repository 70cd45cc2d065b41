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
        (
            '"Kemlu telah memanggil Dubes China di Jakarta dan menyampaikan protes keras," tulis '
            "Kemlu dalam rilis yang diterima, Senin (17/4/2023).",
            {(("Duta Besar Tiongkok", "Kementerian Luar Negeri RI"), date(2023, 4, 17))},
        ),
        (
            '"Menlu Retno Marsudi telah bertemu dengan Menlu Australia Penny Wong kemarin," kata '
            "Juru Bicara Kemlu Teuku Faizasyah.",
            {(("Penny Wong", "Retno Marsudi"), date(2023, 4, 16))},
        ),
    ],
)
def test_a_meeting_told_in_the_first_person_in_a_quotation(
    text: str, meetings: set[tuple[tuple[str, ...], date]]
) -> None:
    """`saya`/`kami` before a verb of meeting is the speaker, and a party the quotation names
    before it, a person in full or by post, a body or a state (a body's release quoted too); a
    bare post or nobody named leaves it unread."""
    found = {(keys, when) for t, keys, when, _ in events_of(text) if t == "meeting"}
    assert found == meetings


@pytest.mark.parametrize(
    ("text", "relayed"),
    [
        (
            '"Presiden Joko Widodo menyampaikan beberapa prioritas, antara lain perbatasan," '
            "kata Menlu Retno Marsudi di Istana Bogor, Senin (23/7/2018).",
            {"Joko Widodo"},
        ),
        (
            '"Saya menyampaikan posisi kita. Kami sepakat bekerja sama," kata Menlu Retno Marsudi '
            "di Jakarta, Senin (23/7/2018).",
            set(),
        ),
    ],
)
def test_speech_a_quotation_relays_is_a_statement_of_its_speaker_too(
    text: str, relayed: set[str]
) -> None:
    """A party named inside the quotation right before a speech verb said it too; the quoted
    speaker's own `saya` and `kami` relay no one else."""
    speakers = {keys[0] for kind, keys, *_ in events_of(text) if kind == "statement"}
    assert speakers == {"Retno Marsudi"} | relayed
