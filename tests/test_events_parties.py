"""A state named as a meeting's party stands for the official the same article says met."""

from __future__ import annotations

import pytest

from tests.test_events import events_of


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        (
            "Menlu Retno Marsudi melakukan komunikasi bilateral dengan tiga negara, yakni Turki, "
            "Vietnam dan Chile, Senin (17/4/2023). Retno mengatakan pertemuannya dengan Menteri "
            "Luar Negeri Turki Mevlut Cavusoglu membahas Palestina.",
            [
                {"Retno Marsudi", "Mevlut Cavusoglu"},
                {"Retno Marsudi", "Vietnam"},
                {"Retno Marsudi", "Chili"},
            ],
        ),
        (
            "Indonesia dan Australia akan bertemu di Bali. Menlu Retno Marsudi dijadwalkan "
            "bertemu dengan Menlu Australia Marise Payne pada Kamis (20/4/2023).",
            [{"Retno Marsudi", "Marise Payne"}],
        ),
        (
            "Menlu Retno Marsudi bertemu Menlu Australia Marise Payne, Senin (17/4/2023). Pada "
            "2019, Retno juga bertemu dengan Australia di Canberra.",
            [{"Retno Marsudi", "Marise Payne"}, {"Retno Marsudi", "Australia"}],
        ),
    ],
)
def test_a_state_met_is_its_official_named_in_another_report(
    text: str, meetings: list[set[str]]
) -> None:
    """Folded only where the rest agrees: the same other party, the same modality, and the
    same day when both have one."""
    found = [set(keys) for t, keys, _, _ in events_of(text) if t == "meeting"]
    assert sorted(map(sorted, found)) == sorted(map(sorted, meetings))


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        (
            "Panglima TNI Terima Kunjungan Panglima Angkatan Bersenjata Filipina\n\nPanglima TNI "
            "Jenderal TNI Agus Subiyanto menerima kunjungan kehormatan Kepala Staf Angkatan "
            "Bersenjata Filipina Jenderal Romeo Brawner Jr di Mabes TNI, Selasa (12/3/2024).",
            [{"Romeo Brawner", "Agus Subiyanto"}],
        ),
        (
            "Presiden Joko Widodo berkunjung ke Jepang pada Senin (10/4/2023). Pada Selasa "
            "(11/4/2023), Jokowi juga berkunjung ke Istana Kaisar Jepang untuk menemui Kaisar "
            "Naruhito.",
            [{"Joko Widodo", "Jepang"}, {"Joko Widodo", "Kaisar Naruhito"}],
        ),
    ],
)
def test_a_state_visiting_or_visited_is_its_official_named_in_another_report(
    text: str, visits: list[set[str]]
) -> None:
    """A headline's post with its holder unnamed stands for the state; the body's visit of
    that state's official is the same visit. A visit on another day is another visit."""
    assert [set(keys) for t, keys, _, _ in events_of(text) if t == "visit"] == visits
