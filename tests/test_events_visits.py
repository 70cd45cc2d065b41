"""Visits (`etl/events/visits.py`, `etl/events/receptions.py`): who went where, as a careful
reader of Indonesian and Malay news tells it."""

from __future__ import annotations

from datetime import date

import pytest

from etl.pipeline import extract_article
from etl.records import Article

ANCHOR = date(2024, 4, 17)


def visits_of(text: str) -> list[tuple[tuple[tuple[str, str], ...], str | None]]:
    """((key, role), …) and destination of every visit in the article."""
    article = Article("t", "t.txt", text, published=ANCHOR)
    return [
        (tuple(e.actors), e.location.name if e.location else None)
        for e in extract_article(article).events
        if e.event_type == "visit"
    ]


def events_of(text: str) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    """(type, ((key, role), …)) of every event in the article."""
    article = Article("t", "t.txt", text, published=ANCHOR)
    return [(e.event_type, tuple(e.actors)) for e in extract_article(article).events]


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        (
            "Menhan Sjafrie Sjamsoeddin Terima Kunjungan Kehormatan Menhan Australia Richard "
            "Marles\n\nKeduanya membahas kerja sama pertahanan.",
            "Richard Marles",
            "Sjafrie Sjamsoeddin",
        ),
        (
            "Kepala Staf Angkatan Laut Laksamana TNI Muhammad Ali menerima Courtesy Call Kepala "
            "Staf Angkatan Laut India Laksamana Dinesh Kumar Tripathi di Jakarta.",
            "Dinesh Kumar Tripathi",
            "Muhammad Ali",
        ),
    ],
)
def test_the_host_receives_the_visit(text: str, visitor: str, host: str) -> None:
    """Headlines drop the verb's prefix (`Terima` for `menerima`), and an English name of the
    call (`menerima Courtesy Call`) receives it too: the subject is the host."""
    assert [roles for roles, _ in visits_of(text)] == [((visitor, "visitor"), (host, "host"))]


@pytest.mark.parametrize(
    ("text", "visitor", "place"),
    [
        (
            "Menlu Retno Marsudi bertemu Menlu Wang Yi dalam kunjungannya ke Beijing, Senin (3/4).",
            "Retno Marsudi",
            "Beijing",
        ),
        (
            "PM Anwar Ibrahim menyaksikan penandatanganan nota kesepahaman dalam lawatannya ke "
            "Jakarta.",
            "Anwar Ibrahim",
            "Jakarta",
        ),
        (
            "Presiden Joko Widodo menyaksikan latihan bersama dalam kedatangannya ke Surabaya.",
            "Joko Widodo",
            "Surabaya",
        ),
    ],
)
def test_a_visit_noun_owned_by_the_subject_is_the_subject_s_visit(
    text: str, visitor: str, place: str
) -> None:
    assert visits_of(text) == [(((visitor, "visitor"),), place)]


def test_a_visit_noun_with_no_destination_is_the_visit_told_before() -> None:
    """`Dalam kunjungannya, Jokowi …`, `Selama kunjungan, …` after `Jokowi tiba di Beijing`
    tell no second visit."""
    text = (
        "Presiden Joko Widodo tiba di Beijing, Senin (3/4). Dalam kunjungannya, Jokowi bertemu "
        "Presiden Xi Jinping. Selama kunjungan, Jokowi juga menyaksikan penandatanganan kerja sama."
    )
    assert visits_of(text) == [((("Joko Widodo", "visitor"),), "Beijing")]


def test_the_person_a_visit_is_for_is_not_its_visitor() -> None:
    """`kedatangannya guna menemui Surya Paloh`: the owner of the arrival is the guest told
    before, not the host named further on."""
    text = (
        "Ketua MPR Bambang Soesatyo tiba di Kantor DPP Nasdem, Senin (17/4/2023). Berdasarkan "
        "informasi, kedatangannya guna menemui Ketua Umum Nasdem Surya Paloh."
    )
    assert {roles for roles, _ in visits_of(text)} == {(("Bambang Soesatyo", "visitor"),)}


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        (
            "Ini merupakan kali pertama Presiden Prabowo Subianto bertemu dengan Presiden Xi "
            "Jinping dalam kunjungan kenegaraan.",
            "Prabowo Subianto",
        ),
        (
            "Hal serupa juga disampaikan Panglima TNI Moeldoko kepada Menhan Malaysia Hishammuddin "
            "Hussein selama kunjungan ke Kuala Lumpur.",
            "Moeldoko",
        ),
        (
            "Hal itu disampaikan Menlu Retno Marsudi saat kunjungan Menlu Wang Yi ke Jakarta.",
            "Wang Yi",
        ),
        (
            "Presiden Jokowi menerima Presiden Xi Jinping dalam kunjungan kenegaraan di Istana "
            "Bogor.",
            "Xi Jinping",
        ),
    ],
)
def test_a_visit_the_clause_happens_during_is_its_subject_s(text: str, visitor: str) -> None:
    """`X bertemu Y dalam kunjungan …`: the visit is X's, unless the noun names its own visitor
    (`saat kunjungan Menlu Wang Yi`) or X receives Y (`menerima Xi dalam kunjungan …`)."""
    assert {roles[0] for roles, _ in visits_of(text)} == {(visitor, "visitor")}


def test_a_spouse_named_with_her_honorifics_accompanies_the_visitor() -> None:
    text = (
        "PM Anwar Ibrahim didampingi istrinya Datuk Seri Dr Wan Azizah Wan Ismail menumpangi "
        "pesawat khusus yang tiba di Jakarta pada Minggu (8/1) sore."
    )
    assert visits_of(text) == [((("Anwar Ibrahim", "visitor"),), "Jakarta")]


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        (
            "Hal itu disampaikan Presiden Ebrahim Raisi sebelum meninggalkan Tehran untuk "
            "melakukan kunjungan dua hari ke Moskow.",
            "Ebrahim Raisi",
        ),
        (
            "Prabowo Subianto tiba Pangkalan Udara Subang malam tadi bagi memulakan lawatan khas "
            "sehari beliau ke Malaysia.",
            "Prabowo Subianto",
        ),
        (
            "Presiden Jokowi mengundang Presiden Xi Jinping untuk kunjungan kenegaraan ke "
            "Indonesia.",
            "Xi Jinping",
        ),
    ],
)
def test_a_purpose_clause_visits_with_the_main_clause_s_subject(text: str, visitor: str) -> None:
    """`… meninggalkan Tehran untuk melakukan kunjungan`: the town or base named last is where
    the subject was; a person invited for the visit is still its visitor."""
    visitors = {roles[0] for roles, _ in visits_of(text)}
    assert visitors == {(visitor, "visitor")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Presiden Jokowi mendarat di Bandara Internasional Kuala Lumpur, semalam. Menteri "
            "Pertahanan Malaysia Mohamad Sabu menyambut Jokowi di Kompleks Bunga Raya.",
            [("visit", (("Joko Widodo", "visitor"),))],
        ),
        (
            "PM Anwar Ibrahim tiba di Terminal 3 Bandara Internasional Soekarno-Hatta pada Minggu "
            "(8/1) sore. Ini kunjungan resmi pertamanya. Menteri PUPR Basuki Hadimuljono menerima "
            "kedatangan Anwar.",
            [("visit", (("Anwar Ibrahim", "visitor"),))],
        ),
        (
            "Gubernur Sumut Edy Rahmayadi menyambut Presiden Joko Widodo di Bandara Kualanamu, "
            "Senin (3/4).",
            [("visit", (("Joko Widodo", "visitor"),))],
        ),
        (
            "Presiden Jokowi tiba di Bandara Halim, Jakarta. Presiden Jokowi kemudian menyambut "
            "Presiden Xi Jinping di Istana Merdeka.",
            [
                ("visit", (("Joko Widodo", "visitor"),)),
                ("meeting", (("Joko Widodo", "host"), ("Xi Jinping", "participant"))),
                ("visit", (("Xi Jinping", "visitor"), ("Joko Widodo", "host"))),
            ],
        ),
    ],
)
def test_officials_welcoming_a_guest_at_the_airport_are_no_hosts(
    text: str, expected: list[tuple]
) -> None:
    """ANNOTATION.md: airport welcoming officials are not hosts, and greeting a guest there is no
    meeting; a welcome at a palace after the landing is the host's."""
    assert events_of(text) == expected


def test_a_trigger_word_inside_a_hall_s_name_is_no_visit() -> None:
    text = (
        "Muhyiddin kemudian bertemu Yang Dipertua Negeri Sabah Juhar Mahiruddin sebelum beredar "
        "ke Dewan Kunjungan Besar untuk santapan tengah hari."
    )
    assert visits_of(text) == []


def test_a_visit_noun_to_a_destination_the_gazetteer_does_not_know_is_a_visit_of_its_own() -> None:
    text = (
        "Panglima TNI Moeldoko menyambangi Filipina. Hal serupa juga disampaikan Moeldoko kepada "
        "Panglima Angkatan Bersenjata Amerika Serikat dalam kunjungan ke Negeri Abang Sam."
    )
    assert [roles for roles, _ in visits_of(text)] == [
        (("Moeldoko", "visitor"), ("Filipina", "host")),
        (("Moeldoko", "visitor"),),
    ]


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        (
            "Kementerian Pertahanan memaklumkan, komitmen itu dizahirkan susulan kunjungan hormat "
            "Menteri Pertahanan Indonesia Prabowo Subianto ke atas Menteri Pertahanan Malaysia "
            "Mohamed Khaled Nordin di Kuala Lumpur.",
            "Prabowo Subianto",
            "Khaled Nordin",
        ),
        (
            "Kemlu menyatakan kerja sama itu disepakati dalam rangkaian kunjungan kehormatan Menlu "
            "Jepang Yoko Kamikawa kepada Presiden Joko Widodo di Jakarta.",
            "Yoko Kamikawa",
            "Joko Widodo",
        ),
    ],
)
def test_the_name_right_after_a_call_s_noun_is_the_caller_not_the_reporter(
    text: str, visitor: str, host: str
) -> None:
    """A ministry reporting a call told by its noun alone is not the caller."""
    assert ((visitor, "visitor"), (host, "host")) in [actors for actors, _ in visits_of(text)]


def test_a_working_visit_owned_by_a_pronoun_subject_is_not_the_companion_s() -> None:
    text = (
        "Presiden Joko Widodo tiba di Kuala Lumpur, Ahad (8/10/2023).\n"
        "Beliau disertai oleh Menteri Perdagangan Zulkifli Hasan sebagai sebahagian daripada "
        "lawatan kerjanya ke Kuala Lumpur."
    )
    visitors = {actors[0][0] for actors, _ in visits_of(text)}
    assert visitors == {"Joko Widodo"}


def test_a_person_met_after_the_trip_is_not_its_traveller() -> None:
    text = (
        "Presiden Joko Widodo melanjutkan perjalanan ke Tanzania dan bertemu Presiden Samia "
        "Suluhu Hassan."
    )
    visits = [roles for kind, roles in events_of(text) if kind == "visit"]
    assert visits and all(roles[0] == ("Joko Widodo", "visitor") for roles in visits)


def test_a_welcome_at_a_palace_on_arrival_is_the_host_s() -> None:
    text = (
        "Setibanya di Nairobi, Presiden Joko Widodo disambut oleh Presiden Kenya William Ruto "
        "di State House."
    )
    assert ("visit", (("Joko Widodo", "visitor"), ("William Ruto", "host"))) in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Setibanya di Bandara Kuching, Wapres Ma'ruf Amin disambut oleh Dubes RI Hermono.",
        "Prabowo yang tiba di Lapangan Terbang Antarabangsa Kuala Lumpur (KLIA) malam tadi "
        "disambut oleh Menteri Luar Negeri Datuk Seri Mohamad Hasan.",
    ],
)
def test_a_welcome_at_the_airport_on_arrival_is_still_protocol(text: str) -> None:
    """An airport, Malay `lapangan terbang` or `KLIA` too, is where officials welcome a guest
    by protocol: no meeting (ANNOTATION.md)."""
    assert not [e for e in events_of(text) if e[0] == "meeting"]


def test_the_town_a_sentence_opens_with_is_where_its_visitor_attends() -> None:
    text = "Di Johannesburg, Presiden Joko Widodo akan menghadiri KTT BRICS."
    article = Article("t", "t.txt", text, published=ANCHOR)
    visits = [e for e in extract_article(article).events if e.event_type == "visit"]
    assert [(v.location.name if v.location else None, v.modality) for v in visits] == [
        ("Johannesburg", "planned")
    ]


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        (
            "Ratu Elizabeth II, Barack Obama, Francois Hollande, dan lainnya juga hadir dalam "
            "peringatan 70 tahun pendaratan sekutu di Normandia, Prancis.",
            [
                ((("Elizabeth II", "visitor"),), "Normandia"),
                ((("Barack Obama", "visitor"),), "Normandia"),
            ],
        ),
        (
            "Selain Vladimir Putin, Presiden AS Barack Obama juga menghadiri upacara pelantikan "
            "itu di Kyiv, Ukraina.",
            [((("Barack Obama", "visitor"),), "Kyiv"), ((("Vladimir Putin", "visitor"),), "Kyiv")],
        ),
        (
            "Presiden Joko Widodo dan Menteri Luar Negeri Retno Marsudi menghadiri KTT ASEAN di "
            "Phnom Penh, Kamboja.",
            [((("Joko Widodo", "visitor"), ("Retno Marsudi", "visitor")), "Phnom Penh")],
        ),
        (
            "Presiden Joko Widodo menghadiri rapat koordinasi di Jakarta, Senin (3/6).",
            [],
        ),
    ],
)
def test_attendees_from_different_states_each_make_a_trip(
    text: str, visits: list[tuple[tuple[tuple[str, str], ...], str]]
) -> None:
    """World leaders named at one ceremony abroad (`dan lainnya` closes their list; `Selain X`
    tells X attended too) came each on a trip of their own: one visit each, the host state's
    leader none. One state's delegation is one visit; attending at home is none."""
    assert visits_of(text) == visits


@pytest.mark.parametrize(
    ("text", "visitor", "place"),
    [
        (
            "Dalam kunjungan kerjanya ke Papua, Senin (15/4/2024), Presiden Joko Widodo berdialog "
            "dengan tokoh adat.",
            "Joko Widodo",
            "Papua",
        ),
        (
            "Menlu Retno Marsudi mengatakan hal itu di Jakarta. Dalam kunjungannya ke Tokyo, Senin "
            "(15/4/2024), Presiden Joko Widodo bertemu Perdana Menteri Fumio Kishida.",
            "Joko Widodo",
            "Tokyo",
        ),
        (
            "Menlu Retno Marsudi mengatakan hal itu di Jakarta. Selama lawatannya di Tokyo, "
            "Presiden Joko Widodo juga bertemu Kaisar Naruhito.",
            "Joko Widodo",
            "Tokyo",
        ),
        (
            "Presiden Joko Widodo tiba di Tokyo. Dalam kunjungannya ke Osaka, ia meninjau pabrik.",
            "Joko Widodo",
            "Osaka",
        ),
    ],
)
def test_a_visit_noun_the_sentence_opens_with_is_the_main_clause_subject_s(
    text: str, visitor: str, place: str
) -> None:
    """`Dalam kunjungannya ke Tokyo, Presiden Jokowi …`: the owner of a visit the sentence opens
    with is the subject named after it, not whoever the sentence before was about; a pronoun
    subject still points back."""
    assert ((visitor, "visitor"), place) in [(roles[0], where) for roles, where in visits_of(text)]


@pytest.mark.parametrize(
    ("text", "visitor", "met"),
    [
        (
            "Presiden Joko Widodo bertolak ke Tokyo, Senin (15/4/2024). Setibanya di sana, ia "
            "langsung bertemu dengan Perdana Menteri Fumio Kishida.",
            "Joko Widodo",
            "Fumio Kishida",
        ),
        (
            "Menlu Retno Marsudi berangkat ke Arab Saudi. Setibanya di Riyadh, beliau bertemu "
            "Menlu Faisal bin Farhan.",
            "Retno Marsudi",
            "Faisal bin Farhan",
        ),
    ],
)
def test_after_a_fronted_arrival_a_pronoun_subject_is_the_traveller_not_the_person_met(
    text: str, visitor: str, met: str
) -> None:
    """`Setibanya di sana, ia bertemu dengan PM Kishida`: the pronoun points back to whoever set
    out; the one named after the verb is met, never the one who arrived."""
    visitors = {roles[0][0] for roles, _ in visits_of(text)}
    assert visitor in visitors and met not in visitors
    meetings = [dict(roles) for kind, roles in events_of(text) if kind == "meeting"]
    assert any(visitor in roles and met in roles for roles in meetings)


@pytest.mark.parametrize(
    ("text", "visitor", "place"),
    [
        (
            "Delegasi Indonesia yang dipimpin Menko Airlangga Hartarto bertolak ke Washington, "
            "Senin (7/4/2025).",
            "Airlangga Hartarto",
            "Washington",
        ),
        (
            "Rombongan DPR yang dipimpin Ketua DPR Puan Maharani tiba di Tokyo.",
            "Puan Maharani",
            "Tokyo",
        ),
    ],
)
def test_a_delegation_travels_as_its_leader(text: str, visitor: str, place: str) -> None:
    """`Delegasi Indonesia yang dipimpin Menko Airlangga … bertolak ke Washington`: the leader
    named travels, not the state the delegation is of."""
    assert [(roles[0], where) for roles, where in visits_of(text)] == [
        ((visitor, "visitor"), place)
    ]


def test_the_dead_mourned_at_their_house_are_no_host() -> None:
    """`melayat ke rumah duka almarhum Buya Syafii Maarif`: a condolence visit goes to the
    house of the dead, whom no one meets."""
    text = "Presiden Joko Widodo melayat ke rumah duka almarhum Buya Syafii Maarif di Yogyakarta."
    assert events_of(text) == [("visit", (("Joko Widodo", "visitor"),))]


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        ("Presiden Prabowo Subianto tiba kembali di Tanah Air pada Rabu (5/6).", []),
        (
            "Presiden Prabowo Subianto tiba di Jakarta pada Rabu (5/6) usai lawatan ke Jepang.",
            ["Jepang"],
        ),
        (
            "Presiden Prabowo Subianto tiba di Tokyo setelah kunjungan ke Beijing.",
            ["Tokyo", "Beijing"],
        ),
    ],
)
def test_an_arrival_home_is_no_visit(text: str, visits: list[str]) -> None:
    """At the homeland, or in the visitor's own country after a trip told as over, one comes
    home; arriving abroad after another leg is a visit of its own."""
    found = [place for _, place in visits_of(text)]
    assert found == visits
