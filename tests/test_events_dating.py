"""How events take their dates from the discourse: what a careful reader of Indonesian news
gives each happening when its own clause names no day (the lead, the occasion, the itinerary)."""

from __future__ import annotations

from datetime import date

import pytest

from etl.pipeline import extract_article
from etl.records import Article


def dated(text: str, published: date | None) -> list[tuple[str, tuple[str, ...], str, tuple]]:
    """(type, sorted actor keys, modality, (start, end, granularity)) of every event."""
    article = Article("t", "t.txt", text, published=published)
    return [
        (
            e.event_type,
            tuple(sorted(e.actor_keys())),
            e.modality,
            (e.date.start, e.date.end, e.date.granularity),
        )
        for e in extract_article(article).events
    ]


def date_of(found: list, kind: str, actor: str, modality: str | None = None) -> tuple:
    """The date of the first event of `kind` with `actor` (and `modality`, when given)."""
    return next(
        when
        for t, keys, m, when in found
        if t == kind and actor in keys and (modality is None or m == modality)
    )


def day(y: int, m: int, d: int) -> tuple[date, date, str]:
    return (date(y, m, d), date(y, m, d), "day")


def test_a_remark_added_to_a_refusal_is_dated_by_the_day_not_the_month_refused() -> None:
    text = (
        "PM Israel Benjamin Netanyahu menolak tawaran untuk bertemu dengan Presiden AS Barack "
        "Obama akhir bulan ini. Demikian disampaikan Gedung Putih, Senin (7/3/2016).\n"
        '"Kabar bahwa kami tak bisa mengakomodasi jadwal perdana menteri tidak benar," '
        "tambah juru bicara Gedung Putih, Ned Price."
    )
    found = dated(text, date(2016, 3, 8))
    assert date_of(found, "statement", "Ned Price") == day(2016, 3, 7)


def test_a_clause_scheduling_the_visit_itself_dates_it() -> None:
    text = (
        "Rencana kunjungan Menteri Pertanian Budi Santoso, yang dijadwalkan mengunjungi Jember, "
        "Selasa (2/2/2016), terancam batal karena cuaca buruk."
    )
    found = dated(text, date(2016, 2, 2))
    assert date_of(found, "visit", "Budi Santoso") == day(2016, 2, 2)


def test_a_clause_about_someone_else_still_keeps_its_date_to_itself() -> None:
    text = (
        "Menlu Retno Marsudi bertemu dengan Menlu Fiji Pio Tabaiwalu, yang dilantik bulan lalu, "
        "di Jakarta."
    )
    found = dated(text, date(2023, 4, 17))
    assert date_of(found, "meeting", "Pio Tabaiwalu")[2] != "month"


AFTER_A_DAY = [
    # (publication, what is written, the date a careful reader gives the meeting)
    (
        date(2016, 11, 24),
        "Setelah aksi 4 November itu, Presiden Joko Widodo melakukan pertemuan dengan Ketua "
        "Umum Partai Nasdem Surya Paloh di Istana Merdeka.",
        (date(2016, 11, 5), date(2016, 11, 24), "month"),
    ),
    (
        date(2016, 12, 2),
        "Pascaaksi 4 November, Presiden Joko Widodo bertemu dengan Ketua Umum Partai Nasdem "
        "Surya Paloh di Istana Merdeka.",
        (date(2016, 11, 5), date(2016, 12, 2), "day"),
    ),
    (
        date(2023, 6, 6),
        "Usai rapat terbatas Senin (5/6/2023), Presiden Joko Widodo bertemu dengan Ketua Umum "
        "Partai Nasdem Surya Paloh di Istana Merdeka.",
        day(2023, 6, 5),
    ),
]


@pytest.mark.parametrize(("published", "text", "when"), AFTER_A_DAY)
def test_a_meeting_after_a_day_falls_between_it_and_the_publication(
    published: date, text: str, when: tuple
) -> None:
    assert date_of(dated(text, published), "meeting", "Surya Paloh") == when


def test_a_meeting_planned_during_a_visit_of_several_days_takes_the_visits_days() -> None:
    text = (
        "Menhan AS James Mattis berkunjung ke Indonesia selama tiga hari pada 22-24 Januari "
        "2018. Selain Menhan Ryamizard, James Mattis juga akan bertemu dengan Menteri Luar "
        "Negeri Retno Marsudi."
    )
    found = dated(text, date(2018, 1, 23))
    assert date_of(found, "meeting", "Retno Marsudi", "planned") == (
        date(2018, 1, 22),
        date(2018, 1, 24),
        "day",
    )


def test_a_meeting_planned_after_a_visit_of_one_day_keeps_no_date_of_it() -> None:
    text = (
        "Menhan AS James Mattis tiba di Jakarta, Senin (22/1/2018). James Mattis juga akan "
        "bertemu dengan Menteri Luar Negeri Retno Marsudi."
    )
    found = dated(text, date(2018, 1, 23))
    assert date_of(found, "meeting", "Retno Marsudi", "planned")[0] is None


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


def test_a_caption_still_gives_the_story_day_when_nothing_else_does() -> None:
    text = (
        "Panglima TNI Moeldoko berjabat tangan dengan Pangeran Al-Muhtadee Billah, Selasa "
        "(4/11/2014). (ist)\n"
        "Menteri Pertahanan Purnomo Yusgiantoro mengatakan kerja sama itu penting."
    )
    found = dated(text, date(2014, 11, 4))
    assert date_of(found, "statement", "Purnomo Yusgiantoro") == day(2014, 11, 4)


def test_a_reported_plan_takes_the_days_still_to_come() -> None:
    text = (
        "Gedung Putih sudah mengumumkan rencana kunjungan Presiden AS Barack Obama ke Havana, "
        "Kuba, pada 21-22 Maret mendatang."
    )
    found = dated(text, date(2016, 3, 8))
    assert date_of(found, "visit", "Barack Obama", "planned") == (
        date(2016, 3, 21),
        date(2016, 3, 22),
        "day",
    )


MONTH_OF_SPEAKING = [
    # (what is written, the speaker, the date a careful reader gives the statement)
    (
        "Sebelumnya diberitakan, Presiden Joko Widodo menyebut istilah itu saat kampanye di "
        "Jawa Timur pada awal Februari.",
        "Joko Widodo",
        (date(2019, 2, 1), date(2019, 2, 10), "month"),
    ),
    (
        "Menteri Perdagangan Enggartiasto Lukita mengatakan ekspor Januari naik tajam.",
        "Enggartiasto Lukita",
        (None, None, "unknown"),
    ),
]


@pytest.mark.parametrize(("text", "speaker", "when"), MONTH_OF_SPEAKING)
def test_a_month_dates_a_statement_only_as_its_adjunct(
    text: str, speaker: str, when: tuple
) -> None:
    assert date_of(dated(text, date(2019, 2, 13)), "statement", speaker) == when


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
