"""Receptions: a guest `diterima`/`disambut` by a host, or one a host `menjadi tuan rumah bagi`,
met that host and visited them, told once even when an English gloss in brackets repeats the
trigger; a thing of someone's that is received or welcomed (a letter, a proposal), or the
unnamed noun a relative `yang` hangs on, is no guest."""

from __future__ import annotations

from datetime import date

import pytest

from etl.pipeline import extract_article
from etl.records import Article


def _parties(text: str) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    article = Article("t", "t.txt", text, published=date(2023, 3, 1), language="id")
    return [
        (e.event_type, tuple(sorted(e.actors)))
        for e in extract_article(article).events
        if e.event_type in {"meeting", "visit"}
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Perdana Menteri Australia Anthony Albanese diterima Presiden Joko Widodo di Istana "
            "Bogor, Jawa Barat, Senin (6/2/2023).",
            [
                ("meeting", (("Anthony Albanese", "participant"), ("Joko Widodo", "participant"))),
                ("visit", (("Anthony Albanese", "visitor"), ("Joko Widodo", "host"))),
            ],
        ),
        (
            "Duta Besar Jepang untuk Indonesia Kanasugi Kenji diterima langsung Ketua MPR Bambang "
            "Soesatyo di ruang kerjanya, Rabu (1/3/2023).",
            [
                (
                    "meeting",
                    (("Bambang Soesatyo", "participant"), ("Kenji Kanasugi", "participant")),
                ),
                ("visit", (("Bambang Soesatyo", "host"), ("Kenji Kanasugi", "visitor"))),
            ],
        ),
        (
            "Surat dari Presiden Vladimir Putin telah diterima Presiden Joko Widodo, kata Menteri "
            "Sekretaris Negara Pratikno, Rabu (1/3/2023).",
            [],
        ),
        (
            "Usulan Presiden Vladimir Putin disambut baik oleh Presiden Joko Widodo, "
            "Rabu (1/3/2023).",
            [],
        ),
        (
            "Pesan dari Kanselir Olaf Scholz diterima langsung oleh Presiden Joko Widodo, "
            "Rabu (1/3/2023).",
            [],
        ),
        (
            "Menteri Pertahanan Prabowo Subianto menjadi tuan rumah bagi Menteri Pertahanan "
            "Australia Richard Marles di Jakarta, Rabu (1/3/2023).",
            [
                ("meeting", (("Prabowo Subianto", "host"), ("Richard Marles", "participant"))),
                ("visit", (("Prabowo Subianto", "host"), ("Richard Marles", "visitor"))),
            ],
        ),
        (
            "Indonesia menjadi tuan rumah bagi negara-negara ASEAN dalam KTT di Labuan Bajo, "
            "Rabu (1/3/2023).",
            [],
        ),
        (
            "Jenderal Dudung Abdurachman menerima kunjungan kehormatan (courtesy call) Kepala Staf "
            "Angkatan Darat Australia Letnan Jenderal Simon Stuart di Jakarta, Rabu (1/3/2023).",
            [
                ("meeting", (("Dudung Abdurachman", "host"), ("Simon Stuart", "participant"))),
                ("visit", (("Dudung Abdurachman", "host"), ("Simon Stuart", "visitor"))),
            ],
        ),
        ("Usulan itu diterima Presiden Joko Widodo dalam rapat terbatas, Rabu (1/3/2023).", []),
        (
            "Juru bicara Istana Ari Dwipayana mengatakan bahwa ada lima kepala negara yang "
            "diterima Presiden Joko Widodo di Istana Merdeka, Rabu (1/3/2023).",
            [],
        ),
    ],
)
def test_a_guest_received_in_the_passive_met_and_visited_the_host(
    text: str, expected: list[tuple[str, tuple[tuple[str, str], ...]]]
) -> None:
    assert sorted(_parties(text)) == sorted(expected)


def test_a_courtesy_call_coordinated_with_a_planned_meeting_is_the_subject_s_and_planned() -> None:
    """`beliau dijadual bertemu rakan sejawatnya, Sjafrie Sjamsoeddin, selain mengadakan
    kunjungan hormat ke atas Presiden Prabowo`: the call is the pronoun's referent's, not the
    counterpart's named in between, and is scheduled as the meeting is."""
    text = (
        "Menteri Pertahanan Datuk Seri Mohamed Khaled Nordin mengadakan lawatan kerja ke "
        "Indonesia. Sepanjang lawatan itu, beliau dijadual bertemu rakan sejawatnya, Sjafrie "
        "Sjamsoeddin, selain mengadakan kunjungan hormat ke atas Presiden Prabowo Subianto."
    )
    article = Article("t", "t.txt", text, published=date(2025, 2, 13), language="ms")
    calls = [
        (e.event_type, tuple(e.actors), e.modality)
        for e in extract_article(article).events
        if e.trigger.startswith("mengadakan kunjungan hormat")
    ]
    assert calls and all(modality == "planned" for _, _, modality in calls)
    assert all(("Sjafrie Sjamsoeddin", "participant") not in roles for _, roles, _ in calls)
    assert (
        "visit",
        (("Khaled Nordin", "visitor"), ("Prabowo Subianto", "host")),
        "planned",
    ) in calls


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Rusia Vladimir Putin tiba di Kazan. Keesokan harinya, ia menerima Presiden Iran "
        "Masoud Pezeshkian.",
        "Presiden Rusia Vladimir Putin tiba di Kazan. Beliau kemudian menerima kunjungan Presiden "
        "Iran Masoud Pezeshkian.",
    ],
)
def test_a_pronoun_receiving_a_guest_is_the_host_last_told_of(text: str) -> None:
    """`ia menerima …`: the host is the person the text is about, as for `ia bertemu …`."""
    assert ("meeting", (("Masoud Pezeshkian", "participant"), ("Vladimir Putin", "host"))) in (
        _parties(text)
    )


def test_one_welcomed_as_something_is_not_received() -> None:
    """`menyambut X sebagai pemimpin baru`: an acknowledgement, no reception."""
    text = "Putin menyambut Petro Poroshenko sebagai pemimpin baru Ukraina."
    assert _parties(text) == []


def test_both_welcomed_are_the_two_named_last_not_the_hosts() -> None:
    """`Keduanya disambut Kapolda … dan Pangdam …`: the guests are the two just named, each
    visiting the first host; the hosts did not meet each other."""
    text = (
        "Kapolri Jenderal Pol Listyo Sigit Prabowo melakukan kunjungan kerja ke Jayapura. Dalam "
        "kunjungan itu, Listyo didampingi Panglima TNI Jenderal Agus Subiyanto. Keduanya disambut "
        "Kapolda Papua Irjen Pol Patrige Renwarin dan Pangdam XVII/Cenderawasih Mayjen TNI Ketut "
        "Gede Wetan Pastia."
    )
    found = _parties(text)
    assert (
        "visit",
        (("Ketut Gede Wetan Pastia", "host"), ("Patrige Renwarin", "visitor")),
    ) not in (found)
    assert ("visit", (("Agus Subiyanto", "visitor"), ("Patrige Renwarin", "host"))) in found
