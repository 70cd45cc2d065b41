"""Where meetings and statements took place: the place a careful reader gives each event of a
sentence, and no place where the sentence gives none or gives it to something else."""

from __future__ import annotations

from datetime import date

import pytest

from etl.pipeline import extract_article
from etl.records import Article

ANCHOR = date(2023, 4, 17)

# (text, event type, an actor of the event, the place a careful reader gives; None: no place)
PLACES = [
    (
        "Presiden Rusia Vladimir Putin bertemu Perdana Menteri India Narendra Modi di Moskow, "
        "Senin (17/4/2023).",
        "meeting", "Vladimir Putin", "Moskow",
    ),
    (
        "Presiden Joko Widodo menerima Perdana Menteri Jepang Fumio Kishida di Istana Merdeka, "
        "Jakarta, Selasa (18/4/2023).",
        "meeting", "Fumio Kishida", "Jakarta",
    ),
    (
        "Presiden Joko Widodo bertemu Presiden Amerika Serikat Joe Biden di sela KTT G20 di "
        "Bali, Selasa (15/11/2022).",
        "meeting", "Joe Biden", "Bali",
    ),
    (
        "Saat berkunjung ke Beijing, Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar "
        "Negeri China Wang Yi.",
        "meeting", "Wang Yi", "Beijing",
    ),
    (
        "Putin dan Presiden China Xi Jinping bertemu di Kremlin pada Senin (20/3/2023).",
        "meeting", "Xi Jinping", "Moskow",
    ),
    (
        "Sehari sebelumnya, Menlu Australia Penny Wong mengunjungi Makassar.",
        "visit", "Penny Wong", "Makassar",
    ),
    ("Presiden Joko Widodo menyambangi kota Solo pada Sabtu.", "visit", "Joko Widodo", "Solo"),
    (
        "Presiden Joko Widodo melakukan kunjungan kerja ke Kabupaten Sleman, Senin (17/4/2023).",
        "visit", "Joko Widodo", "Sleman",
    ),
    (
        "Wakil Presiden Ma'ruf Amin meninjau lokasi banjir di Kabupaten Bandung, Senin.",
        "visit", "Ma'ruf Amin", "Bandung",
    ),
    ("Presiden Jokowi berkunjung ke Provinsi Papua Barat.", "visit", "Joko Widodo", "Papua Barat"),
    (
        "Pertemuan antara Prabowo Subianto dan Anwar Ibrahim digelar di Kota Bandung, Kamis "
        "(20/4/2023).",
        "meeting", "Anwar Ibrahim", "Bandung",
    ),
    (
        "Presiden Prabowo Subianto bertemu Perdana Menteri Australia Anthony Albanese di "
        "Canberra, Australia, pekan lalu.",
        "meeting", "Anthony Albanese", "Canberra",
    ),
    (
        "Wali Kota Surabaya Eri Cahyadi bertemu Gubernur Jawa Timur Khofifah Indar Parawansa "
        "pada Senin (17/4/2023).",
        "meeting", "Eri Cahyadi", None,
    ),
    (
        "Rektor Universitas Indonesia Ari Kuncoro bertemu Menteri Pendidikan Nadiem Makarim "
        "pekan lalu.",
        "meeting", "Nadiem Makarim", None,
    ),
    (
        "JAKARTA, KOMPAS.com - Presiden Joko Widodo bertemu Perdana Menteri Malaysia Anwar "
        "Ibrahim, Senin (17/4/2023).",
        "meeting", "Anwar Ibrahim", None,
    ),
    (
        "Presiden Prabowo Subianto melakukan pembicaraan telepon dengan Presiden Prancis "
        "Emmanuel Macron dari Istana Merdeka, Jakarta.",
        "meeting", "Emmanuel Macron", None,
    ),
    (
        "Menlu Retno Marsudi bertemu Menlu Australia Penny Wong untuk membahas situasi di "
        "Myanmar.",
        "meeting", "Penny Wong", None,
    ),
    (
        "Presiden Joko Widodo bertemu Presiden Korea Selatan Yoon Suk Yeol, yang lahir di "
        "Seoul, kemarin.",
        "meeting", "Yoon Suk Yeol", None,
    ),
    (
        "Usai bertemu Presiden Xi Jinping, Presiden Brasil Lula da Silva mengatakan di Shanghai "
        "bahwa Brasil ingin berdagang dengan China.",
        "meeting", "Xi Jinping", None,
    ),
    (
        "Usai bertemu Presiden Xi Jinping, Presiden Brasil Lula da Silva mengatakan di Shanghai "
        "bahwa Brasil ingin berdagang dengan China.",
        "statement", "Lula da Silva", "Shanghai",
    ),
    (
        "Situasi keamanan di Papua terus membaik, kata Kapolri Listyo Sigit Prabowo di "
        "Jayapura, Rabu (19/4/2023).",
        "statement", "Listyo Sigit Prabowo", "Jayapura",
    ),
    (
        "Dalam konferensi pers di Moskow, Menteri Luar Negeri Rusia Sergey Lavrov menegaskan "
        "Rusia tidak akan mundur.",
        "statement", "Sergey Lavrov", "Moskow",
    ),
    (
        "Menteri Luar Negeri Rusia Sergey Lavrov mengatakan kepada wartawan di Jenewa bahwa "
        "perundingan akan dilanjutkan.",
        "statement", "Sergey Lavrov", "Jenewa",
    ),
    (
        "“Kami akan bertemu lagi di Jakarta bulan depan,” kata Menteri Luar Negeri Retno "
        "Marsudi.",
        "statement", "Retno Marsudi", None,
    ),
    (
        "Kedutaan Besar Rusia di Jakarta mengatakan bahwa sanksi Barat tidak akan berhasil.",
        "statement", "Kedutaan Besar Rusia di Jakarta", None,
    ),
    (
        "Menteri Luar Negeri Rusia Sergey Lavrov mengatakan konflik di Ukraina belum akan "
        "berakhir.",
        "statement", "Sergey Lavrov", None,
    ),
    (
        "Duta Besar RI di Moskow Jose Tavares mengatakan warga Indonesia di Rusia dalam "
        "keadaan aman.",
        "statement", "Jose Tavares", None,
    ),
    (
        "Pasukan Rusia mulai mundur dari Kherson, kata seorang pejabat senior di Kyiv pada "
        "hari Jumat.",
        "statement", "Ukraina", None,
    ),
    (
        "Menteri Keuangan Sri Mulyani mengatakan bahwa ia sedang berada di Bali untuk "
        "pertemuan menteri keuangan ASEAN.",
        "statement", "Sri Mulyani Indrawati", None,
    ),
    (
        "“Anggaran sudah disiapkan,” kata Menteri Keuangan Sri Mulyani di Kompleks Istana "
        "Kepresidenan, Jakarta, Jumat (14/4/2023).",
        "statement", "Sri Mulyani Indrawati", "Jakarta",
    ),
    (
        "Presiden Joko Widodo menyampaikan pidatonya di Sidang Majelis Umum PBB di New York, "
        "Rabu (20/9/2023).",
        "statement", "Joko Widodo", "New York",
    ),
    (
        "Presiden Prabowo Subianto bertemu Presiden Rusia Vladimir Putin secara virtual dari "
        "Istana Bogor.",
        "meeting", "Vladimir Putin", None,
    ),
    (
        "Konsul Jenderal RI di Shanghai Berlianto mengatakan warga Indonesia di kota itu aman.",
        "statement", "Konsul Jenderal RI", None,
    ),
    (
        "Menteri Luar Negeri Jepang Yoko Kamikawa bertemu dengan diplomat senior China Wang Yi "
        "di Beijing, Kamis (13/4/2023).",
        "meeting", "Wang Yi", "Beijing",
    ),
    (
        "Ketua DPR Puan Maharani menyambangi kediaman Megawati Soekarnoputri di Jalan Teuku "
        "Umar, Menteng, Jakarta Pusat, Minggu (16/4/2023).",
        "meeting", "Megawati Soekarnoputri", "Jakarta",
    ),
    (
        "Presiden Joko Widodo memberikan keterangan pers dalam pertemuan di Istana Bogor, Senin "
        "(17/4/2023).",
        "statement", "Joko Widodo", "Bogor",
    ),
    (
        "Megawati Soekarnoputri dan Puan Maharani memberikan keterangan pers seusai pertemuan "
        "di Teuku Umar, Jakarta, Sabtu (15/4/2023).",
        "statement", "Puan Maharani", "Jakarta",
    ),
    (
        "Presiden Joko Widodo bertemu Duta Besar Jepang Kanasugi Kenji di Jakarta Pusat, Senin "
        "(17/4/2023).",
        "meeting", "Kenji Kanasugi", "Jakarta",
    ),
    (
        "Konsul Jenderal RI di Sydney mengatakan bahwa warga Indonesia di sana dalam keadaan "
        "aman.",
        "statement", "Konsul Jenderal RI", None,
    ),
]  # fmt: skip


def _places(text: str) -> list[tuple[str, set[str], str | None]]:
    article = Article("t", "t.txt", text, published=ANCHOR, language="id")
    return [
        (e.event_type, set(e.actor_keys()), e.location.name if e.location else None)
        for e in extract_article(article).events
    ]


@pytest.mark.parametrize(("text", "kind", "actor", "place"), PLACES)
def test_a_meeting_or_statement_takes_the_place_its_sentence_gives(
    text: str, kind: str, actor: str, place: str | None
) -> None:
    events = [(k, keys, p) for k, keys, p in _places(text) if k == kind and actor in keys]
    assert events, f"no {kind} of {actor} in {_places(text)}"
    assert {p for _, _, p in events} == {place}


LEGS = [
    (
        "Presiden Joko Widodo akan melakukan kunjungan ke tiga negara, yakni Jepang, Korea "
        "Selatan, dan China.",
        ["Jepang", "Korea Selatan", "Tiongkok"],
    ),
    (
        "Presiden Joko Widodo berkunjung ke sejumlah negara Eropa seperti Jerman dan Belgia.",
        ["Jerman", "Belgia"],
    ),
    (
        "Presiden Joko Widodo akan berkunjung ke Jepang, Korea Selatan, dan China pekan depan.",
        ["Jepang", "Korea Selatan", "Tiongkok"],
    ),
    (
        "Menteri Perindustrian Saleh Husin mengunjungi beberapa pabrik di kawasan industri "
        "Karawang dan Cikarang, Jawa Barat.",
        ["Karawang", "Cikarang"],
    ),
    (
        "Presiden Joko Widodo berkunjung ke Surabaya, Bali, dan Lombok.",
        ["Surabaya", "Bali", "Lombok"],
    ),
    ("Presiden Joko Widodo tiba di Tokyo, Jepang, Rabu (24/5/2023).", ["Tokyo"]),
    ("Presiden Joko Widodo berkunjung ke Tokyo, Jepang.", ["Tokyo"]),
    (
        "Komisi I DPR akan melakukan kunjungan kerja ke tiga negara yakni, Amerika Serikat (AS), "
        "Brasil dan Belanda.",
        ["Amerika Serikat", "Brasil", "Belanda"],
    ),
]


def test_a_region_s_tour_is_told_by_the_states_it_lists() -> None:
    """`lawatan ke Timur Tengah, yakni Arab Saudi dan Qatar`: one leg per state listed."""
    text = "Presiden Prabowo akan melakukan lawatan ke Timur Tengah, yakni Arab Saudi dan Qatar."
    article = Article("t", "t.txt", text, published=ANCHOR)
    visits = [e for e in extract_article(article).events if e.event_type == "visit"]
    assert [v.location.name for v in visits if v.location] == ["Arab Saudi", "Qatar"]


def test_a_trip_to_a_region_is_no_visit_beside_its_legs() -> None:
    """`tiba di Indonesia … dalam rangkaian lawatan ke Asia Tenggara`: the region names the tour
    of the leg told; a trip told only by its region is a visit there."""
    article = Article(
        "t",
        "t.txt",
        "Menlu AS Marco Rubio tiba di Indonesia pada Rabu malam dalam rangkaian lawatan ke Asia "
        "Tenggara. Menlu Sugiono melakukan lawatan ke Eropa pekan ini.",
        published=ANCHOR,
    )
    visits = [e for e in extract_article(article).events if e.event_type == "visit"]
    assert [(v.actor_keys()[0], v.location.name if v.location else None) for v in visits] == [
        ("Marco Rubio", "Indonesia"),
        ("Sugiono", "Eropa"),
    ]


@pytest.mark.parametrize(("text", "legs"), LEGS)
def test_each_destination_listed_is_a_leg_of_its_own(text: str, legs: list[str]) -> None:
    """One visit per destination of a tour; a province or country after a city's comma only
    says where the city lies."""
    article = Article("t", "t.txt", text, published=ANCHOR)
    visits = [e for e in extract_article(article).events if e.event_type == "visit"]
    assert [v.location.name if v.location else None for v in visits] == legs


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Menhan Budi Hartanto melakukan kunjungan kerja ke PT Pindad, Bandung, Jawa Barat.",
            "Bandung",
        ),
        (
            "Menhan Budi Hartanto berkunjung ke Markas Besar (Mabes) TNI, Cilangkap, "
            "Jakarta Timur.",
            "Jakarta",
        ),
        ("Presiden Volodymyr Zelensky melawat Jerman pekan lalu.", "Jerman"),
        ("Menlu Budi Santoso lalu bertolak ke Negara Kepulauan Solomon.", "Kepulauan Solomon"),
        ("Presiden Budi Santoso akan mengunjungi Republik Rakyat Cina.", "Tiongkok"),
        ("Bupati Budi Santoso berkunjung ke Kota Negara pekan lalu.", "Negara"),
        ("Menlu Sugiono menyempatkan diri mengunjungi kampung halaman Aceh.", "Aceh"),
        ("Presiden Prabowo Subianto tiba di Istana Negara, Kuala Lumpur, Senin.", "Kuala Lumpur"),
        ("Perdana Menteri Anwar Ibrahim tiba di Istana Negara, Jakarta, Senin.", "Jakarta"),
        ("Presiden Prabowo Subianto tiba di Istana Negara Malaysia, Senin.", "Malaysia"),
        ("Menhan Prabowo berkunjung ke Kementerian Pertahanan Singapura, Senin.", "Singapura"),
        ("Menlu Retno berkunjung ke Kementerian Luar Negeri Korea Selatan.", "Korea Selatan"),
        (
            "Ketua MPR Bambang Soesatyo berkunjung ke Kedutaan Besar Rusia di Jakarta, Senin.",
            "Jakarta",
        ),
        ("Presiden Prabowo Subianto tiba di Bandara Internasional Kuala Lumpur.", "Kuala Lumpur"),
        (
            "Prabowo tiba di Lapangan Terbang Antarabangsa Kuala Lumpur (KLIA) malam tadi.",
            "Kuala Lumpur",
        ),
        ("Presiden Jokowi tiba di Bandara Internasional Sultan Hasanuddin Makassar.", "Makassar"),
        ("Presiden Jokowi tiba di Bandara Sultan Iskandar Muda, Aceh Besar.", "Aceh Besar"),
        ("Presiden Jokowi tiba di Bandara Internasional Soekarno-Hatta, Senin.", "Tangerang"),
    ],
)
def test_a_venue_s_town_or_a_place_object_is_the_destination(text: str, place: str) -> None:
    """A venue or body the paper places with a comma gives its town, even against the venues
    table (an `Istana Negara` stands in Kuala Lumpur too); an airport named with its town lies
    there (`Bandara Internasional Kuala Lumpur`); one named with its state lies there,
    but an embassy of a state does not; `melawat X`, `mengunjungi kampung halaman X` name it;
    `Negara` before a state's name is the state, not the town of Negara in Bali."""
    article = Article("t", "t.txt", text, published=ANCHOR)
    visits = [e for e in extract_article(article).events if e.event_type == "visit"]
    assert [v.location.name if v.location else None for v in visits] == [place]


def test_a_venue_named_with_its_town_is_in_that_town_not_its_province() -> None:
    text = (
        "Presiden Joko Widodo menerima kunjungan PM Anthony Albanese di Istana Kepresidenan "
        "Bogor, Jawa Barat, Senin (17/4/2023)."
    )
    assert ("visit", {"Anthony Albanese", "Joko Widodo"}, "Bogor") in _places(text)
