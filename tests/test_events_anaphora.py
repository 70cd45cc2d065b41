"""An event named again: a sentence that schedules it dates the event told before it, and a
noun naming it with its parties and a demonstrative tells no new one."""

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


@pytest.mark.parametrize(
    ("text", "kind", "actor", "when"),
    [
        (
            "Menlu Rusia Sergei Lavrov dan Menlu AS Rex Tillerson melakukan pembicaraan per "
            "telepon pada Sabtu (15/4). Kabar percakapan Tillerson dan Lavrov ini dilansir "
            "Kementerian Luar Negeri Rusia, Minggu (16/4).",
            "meeting",
            "Rex Tillerson",
            date(2023, 4, 15),
        ),
        (
            "Presiden Vladimir Putin tiba di Teheran, Selasa (11/4). Kedatangan Putin ini "
            "berselang beberapa hari usai kunjungan Joe Biden ke Arab Saudi.",
            "visit",
            "Vladimir Putin",
            date(2023, 4, 11),
        ),
        (
            "Menko Polhukam Luhut Binsar Pandjaitan menerima kedatangan Ketua KPK Agus Rahardjo, "
            "Senin (10/4). Namun, kedatangan petinggi KPK itu tak ada dalam jadwal Luhut.",
            "visit",
            "Agus Rahardjo",
            date(2023, 4, 10),
        ),
    ],
)
def test_an_event_named_again_with_its_parties_and_a_demonstrative_is_no_new_one(
    text: str, kind: str, actor: str, when: date
) -> None:
    found = [e for e in events_of(text, PUBLISHED) if e[0] == kind]
    assert [e[2] for e in found if actor in e[1]] == [when], found
    assert all(actor in e[1] or "Joe Biden" in e[1] for e in found), found


def test_a_meeting_named_again_dates_every_bilateral_told_in_its_sentence() -> None:
    text = (
        "Menlu Retno Marsudi telah bertemu dengan Duta Besar Amerika Serikat dan Iran. "
        "Pertemuan digelar secara terpisah. Pertemuan itu dilakukan pada Senin (10/4)."
    )
    meetings = [e for e in events_of(text, PUBLISHED) if e[0] == "meeting"]
    assert len(meetings) == 2 and {e[2] for e in meetings} == {date(2023, 4, 10)}


def test_a_visit_named_again_with_a_modifier_tells_of_the_visit_before() -> None:
    text = (
        "Presiden Joko Widodo berkunjung ke Tokyo, Senin (10/4). Kunjungan singkat ini "
        "merupakan yang pertama bagi Kepala Negara Joko Widodo ke Jepang sejak 2019."
    )
    visits = [e for e in events_of(text, PUBLISHED) if e[0] == "visit"]
    assert [e[2] for e in visits] == [date(2023, 4, 10)]
