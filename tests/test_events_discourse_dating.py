"""How events take their dates from the discourse: what a careful reader of Indonesian news
gives each happening when its own clause names no day (the lead, a quotation, a visit's days,
the itinerary)."""

from __future__ import annotations

from datetime import date

import pytest
from dated_events import date_of, dated, day

from etl.pipeline import extract_article
from etl.records import Article


def test_the_next_stops_of_an_itinerary_fall_on_the_day_told_for_the_first() -> None:
    text = (
        "Menteri Perhubungan Ignasius Jonan dijadwalkan blusukan pada Rabu (5/11/2014).\n"
        "Rencananya, tempat pertama yang akan didatangi Jonan pada hari ini yaitu Bandara "
        "Soekarno-Hatta.\n"
        "Dan terakhir, Jonan akan blusukan ke Bandara Halim Perdana Kusuma, Jakarta Timur."
    )
    found = dated(text, date(2014, 11, 5))
    assert date_of(found, "visit", "Ignasius Jonan", "planned") == day(2014, 11, 5)


def test_a_plan_told_without_a_sequence_keeps_no_date() -> None:
    text = (
        "Menteri Perhubungan Ignasius Jonan meninjau Bandara Soekarno-Hatta, Rabu (5/11/2014).\n"
        "Jonan akan berkunjung ke Surabaya."
    )
    found = dated(text, date(2014, 11, 5))
    assert date_of(found, "visit", "Ignasius Jonan", "planned")[0] is None


def test_a_photo_captions_day_is_not_the_story_day() -> None:
    text = (
        "Dubes Malaysia Zahrain Hashim memberi keterangan di Jakarta, Kamis (23/2/2017). "
        "(ANTARA FOTO/Agung Rajasa)\n"
        "Jakarta - Kementerian Luar Negeri menyatakan akses kekonsuleran akan diberikan pada "
        "Sabtu (25/2).\n"
        '"Akses itu kami gunakan sebaik mungkin," kata Muhammad Iqbal di Jakarta, Jumat.'
    )
    found = dated(text, date(2017, 2, 24))
    assert date_of(found, "statement", "Kementerian Luar Negeri RI") == day(2017, 2, 24)


def test_a_birth_date_is_not_the_story_day() -> None:
    """An undated page whose only written date is someone's birth: what it reports is undated,
    not born with them."""
    text = (
        'Juru Bicara Kemlu Tiongkok Lin Jian berkata, "Kami berharap kerja sama berlanjut." '
        "Menlu Sugiono yang lahir di Takengon, Aceh, pada 11 Februari 1979 ini alumnus SMA."
    )
    assert date_of(dated(text, None), "statement", "Lin Jian")[0] is None


def test_a_day_told_as_long_past_is_not_the_story_day() -> None:
    """A welcome told without a day in an August story is not dated by the April election the
    story looks back to."""
    text = (
        "Presiden Joko Widodo mendarat di Kuala Lumpur semalam. Menteri Pertahanan Malaysia "
        "Mohamad Sabu menyambut Jokowi di Kompleks Bunga Raya. Lawatan itu yang pertama sejak "
        "ia terpilih kembali dalam pemilu 17 April lalu."
    )
    found = dated(text, date(2019, 8, 9))
    assert date_of(found, "meeting", "Mohamad Sabu") == day(2019, 8, 8)


def test_a_caption_whose_credit_stands_on_the_next_line_is_a_caption() -> None:
    text = (
        "Sugiono dipanggil Presiden di Istana Merdeka, Jakarta, Minggu (20/10/2024).\n"
        "ANTARA FOTO/Hafidz Mubarak\n"
        "Menlu Sugiono mengatakan hubungan kedua negara sangat baik.\n"
        "Upacara penyambutan digelar di Banda Aceh, Selasa (22/10)."
    )
    found = dated(text, date(2024, 10, 22))
    assert date_of(found, "statement", "Sugiono") == day(2024, 10, 22)


def test_a_caption_still_gives_the_story_day_when_nothing_else_does() -> None:
    text = (
        "Panglima TNI Moeldoko berjabat tangan dengan Pangeran Al-Muhtadee Billah, Selasa "
        "(4/11/2014). (ist)\n"
        "Menteri Pertahanan Purnomo Yusgiantoro mengatakan kerja sama itu penting."
    )
    found = dated(text, date(2014, 11, 4))
    assert date_of(found, "statement", "Purnomo Yusgiantoro") == day(2014, 11, 4)


QUOTED_CONFIRMATIONS = [
    # (publication, what is written, a party, the day a careful reader gives the call)
    (
        date(2016, 1, 7),
        "Menlu RI Retno Marsudi dan Menlu Rusia Sergei Lavrov telah melakukan pembicaraan "
        "telepon.\n"
        '"Iya. Menlu RI bicara dengan Menlu Rusia kemarin sore," ucap juru bicara Kemlu '
        "Arrmanatha Nasir, Rabu 6 Januari 2016.",
        "Sergey Lavrov",
        day(2016, 1, 5),
    ),
    (
        date(2021, 4, 3),
        "Menhan Prabowo Subianto menerima Dubes Jepang Kenji Kanasugi di Jakarta, Jumat "
        "(2/4/2021).\n"
        "Sebelumnya Menhan AS Lloyd Austin menelepon Menhan Prabowo Subianto.\n"
        "“Saya baru saja berbincang pagi ini dengan Menteri Pertahanan Prabowo Subianto.”\n"
        "Demikian yang ditulis Lloyd Austin di akun Twitter miliknya pada Rabu 31 Maret 2021.",
        "Lloyd Austin",
        day(2021, 3, 31),
    ),
]


@pytest.mark.parametrize(("published", "text", "party", "when"), QUOTED_CONFIRMATIONS)
def test_a_quotation_confirming_the_call_dates_it_from_the_day_it_was_said(
    published: date, text: str, party: str, when: tuple
) -> None:
    assert date_of(dated(text, published), "meeting", party) == when


def test_the_story_day_is_a_written_date_before_a_bare_weekday() -> None:
    text = (
        "Rapat itu semula digelar pada hari Minggu, lalu diundur. Menko Polhukam Mahfud MD "
        "menghadiri Silatnas ICMI di Makassar, Kamis (2/11/2023).\n"
        "Menteri Agama Yaqut Cholil mengatakan acara itu penting."
    )
    found = dated(text, date(2023, 11, 3))
    assert date_of(found, "statement", "Yaqut Cholil") == day(2023, 11, 2)


def test_an_absence_from_the_days_meeting_is_dated_by_the_story() -> None:
    text = (
        "Komisi I DPR kesal karena Menteri Pertahanan Prabowo Subianto tidak hadir dalam rapat "
        "kerja, Senin (31/5/2021).\n"
        "Prabowo serta Panglima TNI Hadi Tjahjanto tidak hadir dengan alasan menghadiri rapat "
        "terbatas di istana."
    )
    found = dated(text, date(2021, 5, 31))
    assert date_of(found, "meeting", "Hadi Tjahjanto", "negated") == day(2021, 5, 31)


def test_a_cancelled_visit_is_not_dated_by_the_story() -> None:
    text = (
        "Menlu Retno Marsudi bertemu dengan Menlu Fiji Pio Tabaiwalu di Jakarta, Senin "
        "(17/4/2023).\n"
        "PM Israel Benjamin Netanyahu batal berkunjung ke Washington."
    )
    found = dated(text, date(2023, 4, 17))
    assert date_of(found, "visit", "Benjamin Netanyahu", "negated")[0] is None


def test_a_later_leg_of_a_tour_abroad_is_not_on_the_day_of_departure() -> None:
    """The lead dates the departure; the tour's next state is reached on a day the text does
    not give. A further stop in the same state is still the story's day."""
    text = (
        "Presiden Budi Santoso berangkat dari Bandara Soekarno-Hatta menuju Tokyo, Jepang, "
        "Senin (4/3/2024).\n"
        "Di Jepang, Budi berkunjung ke Osaka.\n"
        "Usai melakukan lawatan di Jepang, Budi melanjutkan perjalanan ke Kanada."
    )
    article = Article("t", "t.txt", text, published=date(2024, 3, 4))
    legs = [e for e in extract_article(article).events if e.event_type == "visit"]
    by_place = {e.location.name: e.date.start for e in legs if e.location}
    assert by_place["Kanada"] is None, by_place
    assert by_place["Osaka"] == date(2024, 3, 4), by_place


def test_a_remark_opened_by_lalu_is_no_stop_of_an_itinerary() -> None:
    text = (
        "Menlu Retno Marsudi bertemu dengan Menlu Fiji Pio Tabaiwalu di Jakarta, Senin "
        "(10/7/2023).\n"
        "Pada hari Rabu, para menteri akan memulai retreat.\n"
        "Lalu, kita gunakan waktu untuk pertemuan bilateral, kata juru bicara Teuku Faizasyah."
    )
    found = dated(text, date(2023, 7, 10))
    assert date_of(found, "statement", "Teuku Faizasyah") == day(2023, 7, 10)


def test_the_last_time_two_met_is_told_as_earlier_not_on_the_days_itinerary() -> None:
    text = (
        "Presiden Joko Widodo tiba di Tokyo, Senin (22/5/2023).\n"
        "Terakhir kali Presiden Joko Widodo bertemu dengan PM Fumio Kishida di Bali."
    )
    found = dated(text, date(2023, 5, 22))
    assert date_of(found, "meeting", "Fumio Kishida")[0] != date(2023, 5, 22)


VISIT_DAYS = [
    # (the day named, the start a careful reader gives the visit)
    ("Pada hari pertama kunjungannya, Minggu (18/6/2023) kemarin", day(2023, 6, 18)),
    ("Pada hari kedua kunjungannya, Senin (19/6/2023)", day(2023, 6, 18)),
]


@pytest.mark.parametrize(("told", "when"), VISIT_DAYS)
def test_a_visit_starts_on_its_first_day_not_on_the_day_of_a_later_meeting(
    told: str, when: tuple
) -> None:
    text = (
        "Menlu AS Antony Blinken bertemu dengan diplomat top China Wang Yi di Beijing, Senin "
        "(19/6/2023). Kunjungan Antony Blinken ke Tiongkok itu untuk meredakan ketegangan.\n"
        f"{told}, Antony Blinken mengadakan pembicaraan dengan Menlu China Qin Gang."
    )
    found = dated(text, date(2023, 6, 19))
    assert date_of(found, "visit", "Antony Blinken") == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Ketua DPP Partai Golkar Meutya Hafid menepis anggapan bahwa pertemuan Airlangga "
            "Hartarto dan Surya Paloh berkaitan dengan Pemilu, Kamis (4/3/2021). Airlangga "
            "bertemu dengan Paloh di Kepulauan Seribu, Minggu (14/2/2021) lalu.",
            {day(2021, 2, 14)},
        ),
    ],
)
def test_a_meeting_named_undated_is_the_one_the_article_dates(text: str, when: set) -> None:
    """The same parties' meeting named without a day is the one a later sentence dates."""
    found = dated(text, date(2021, 3, 4))
    assert {w for t, keys, _, w in found if t == "meeting"} == when


@pytest.mark.parametrize(
    ("text", "actor", "when"),
    [
        (
            "Presiden AS Donald Trump berbicara dengan Presiden Ukraina Volodymyr Zelensky melalui "
            "telepon pada Rabu (19/3/2025), sehari setelah percakapannya dengan Presiden Rusia "
            "Vladimir Putin.",
            "Vladimir Putin",
            day(2025, 3, 18),
        ),
        (
            "Menlu Retno Marsudi bertemu Menlu Wang Yi di Beijing, Senin (3/4/2023), dua hari "
            "sebelum kunjungan Presiden Joko Widodo ke Tokyo.",
            "Joko Widodo",
            day(2023, 4, 5),
        ),
    ],
)
def test_a_happening_told_days_apart_from_the_sentence_s_day_is_moved_by_them(
    text: str, actor: str, when: tuple
) -> None:
    """`sehari setelah X` puts X a day before the day the sentence tells; `dua hari sebelum X`
    two days after it."""
    found = [e for e in dated(text, date(2025, 3, 20)) if actor in e[1]]
    assert [e[3] for e in found] == [when]


@pytest.mark.parametrize(
    ("text", "published", "when"),
    [
        (
            "Jakarta, 5 Juni 2024 - Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio "
            "Kishida di Tokyo, Senin (3/6).",
            date(2024, 6, 5),
            day(2024, 6, 3),
        ),
        (
            "Jakarta, 5 Juni 2024 (ANTARA) - Presiden Joko Widodo bertemu Perdana Menteri Jepang "
            "Fumio Kishida di Tokyo, Senin (3/6).",
            None,
            day(2024, 6, 3),
        ),
        (
            "Jakarta, 5 Juni 2024 - Presiden Joko Widodo menerima Perdana Menteri Jepang Fumio "
            "Kishida di Istana Merdeka.",
            date(2024, 6, 5),
            day(2024, 6, 5),
        ),
    ],
)
def test_a_dateline_dates_the_page_not_the_day_its_sentence_tells(
    text: str, published: date | None, when: tuple
) -> None:
    """`Jakarta, 5 Juni 2024 - …`: the page's date, the day the sentence tells when it gives
    none of its own."""
    assert date_of(dated(text, published), "meeting", "Fumio Kishida") == when


def test_a_leg_told_as_before_the_trip_s_next_is_not_on_the_story_day() -> None:
    """`Sebelum ke Jakarta, Teodoro telah mengunjungi Singapura`: that stop came earlier, on a
    day the text does not give."""
    text = (
        "Menhan Sjafrie Sjamsoeddin menerima kunjungan Menhan Filipina Gilberto Teodoro di "
        "Jakarta, Selasa (21/1/2025). Sebelum ke Jakarta, Teodoro telah mengunjungi Singapura dan "
        "bertemu dengan Menteri Pertahanan Singapura Ng Eng Hen."
    )
    found = dated(text, date(2025, 1, 22))
    assert date_of(found, "meeting", "Ng Eng Hen") == (None, None, "unknown")
    assert date_of(found, "meeting", "Sjafrie Sjamsoeddin") == day(2025, 1, 21)
