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
