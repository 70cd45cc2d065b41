"""How an event takes its date from its own sentence: the expression a careful reader of
Indonesian news reads as the happening's, not a clause's about something else, nor what a
statement says."""

from __future__ import annotations

from datetime import date

import pytest
from dated_events import date_of, dated, day


def test_a_clause_scheduling_the_visit_itself_dates_it() -> None:
    text = (
        "Rencana kunjungan Menteri Pertanian Budi Santoso, yang dijadwalkan mengunjungi Jember, "
        "Selasa (2/2/2016), terancam batal karena cuaca buruk."
    )
    found = dated(text, date(2016, 2, 2))
    assert date_of(found, "visit", "Budi Santoso") == day(2016, 2, 2)


def test_the_ceremony_held_for_an_arrival_dates_the_arrival() -> None:
    """`Kedatangan … disambut dengan Upacara … yang dilakukan di Aula Palapa, Selasa (23/1/2018)`:
    the clause tells when the welcome was held, which is the arrival's day, not a later
    sentence's month."""
    text = (
        "Menhan AS James Mattis menemui Menhan RI Ryamizard Ryacudu di Jakarta.\n"
        "Kedatangan Menhan AS James Mattis disambut dengan Upacara Jajar Kehormatan yang "
        "dilakukan di Aula Palapa, Kantor Kementerian Pertahanan RI, Selasa (23/1/2018).\n"
        "Sebelumnya, pada Oktober 2017 lalu, kedua Menhan melakukan pertemuan di Clark, Filipina."
    )
    found = dated(text, date(2018, 1, 23))
    assert date_of(found, "visit", "James Mattis") == day(2018, 1, 23)


@pytest.mark.parametrize(
    "text",
    [
        "Mengawali tahun 2019, Kepala Bakamla Laksdya Aan Kurnia melakukan kunjungan kehormatan "
        "ke Kementerian Luar Negeri di Jakarta, pada Kamis (3/1/2019).",
        "Pada Januari 2019, Kepala Bakamla Laksdya Aan Kurnia berkunjung ke Kementerian Luar "
        "Negeri di Jakarta, Kamis (3/1/2019).",
    ],
)
def test_a_year_or_month_that_frames_the_sentence_gives_way_to_its_day(text: str) -> None:
    found = dated(text, date(2019, 1, 4))
    assert date_of(found, "visit", "Aan Kurnia") == day(2019, 1, 3)


def test_a_year_that_does_not_hold_the_day_stays_apart() -> None:
    text = (
        "Sejak 2015 kedua negara bekerja sama, dan Menlu Retno Marsudi bertemu Menlu Jepang "
        "Fumio Kishida di Tokyo pada tahun 2016."
    )
    found = dated(text, date(2016, 5, 1))
    assert date_of(found, "meeting", "Fumio Kishida")[2] == "year"


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


def test_a_time_of_a_fronted_clause_dates_its_own_happening_not_the_main_clause() -> None:
    """`Setelah pertemuan pertama pada Maret 2022, …`: the main clause's visit keeps its own
    `pada Juli 2023`; with no time of its own it may still take the clause's."""
    text = (
        "Setelah pertemuan pertama pada Maret 2022, Presiden Joko Widodo memenuhi kunjungan "
        "balasan ke Papua Nugini pada Juli 2023."
    )
    found = dated(text, date(2023, 8, 1))
    assert date_of(found, "visit", "Joko Widodo")[0] == date(2023, 7, 1)
    found = dated("Usai bertemu Xi pada Senin (4/3/2024), Jokowi terbang ke Tokyo.", None)
    assert date_of(found, "visit", "Joko Widodo") == day(2024, 3, 4)


def test_a_day_told_after_bahwa_in_the_speech_phrase_is_what_was_said() -> None:
    text = (
        "Presiden Joko Widodo bertemu Menlu Wang Yi, Kamis (11/8/2022). Juru bicara Kemlu Teuku "
        "Faizasyah mengatakan bahwa Dubes Ukraina dipanggil pada Selasa (9/8/2022) lalu."
    )
    found = dated(text, date(2022, 8, 11))
    assert date_of(found, "statement", "Teuku Faizasyah") != day(2022, 8, 9)


def test_a_period_of_years_dates_no_statement() -> None:
    text = (
        "Menteri Keuangan Singapura Lawrence Wong menambahkan, Singapura dan Indonesia makin "
        "dekat dalam dua tahun terakhir."
    )
    assert date_of(dated(text, date(2022, 5, 19)), "statement", "Lawrence Wong") == (
        None,
        None,
        "unknown",
    )


def test_a_day_inside_what_a_comma_opens_is_what_was_said() -> None:
    text = (
        "Menlu AS Rex Tillerson menelepon Menlu Rusia Sergei Lavrov, Sabtu (8/4/2017). "
        "Lavrov mengatakan, tuduhan serangan kimia di Provinsi Idlib 4 April lalu tak sesuai "
        "dengan kenyataan."
    )
    when = date_of(dated(text, date(2017, 4, 9)), "statement", "Sergey Lavrov")
    assert when[0] != date(2017, 4, 4)


def test_a_title_s_yang_is_no_clause_barrier() -> None:
    text = (
        "Menteri BUMN Erick Thohir melakukan kunjungan hormat ke atas Yang di-Pertuan Agong "
        "Al-Sultan Abdullah di Istana Negara di Kuala Lumpur pada Sabtu."
    )
    assert date_of(dated(text, date(2023, 10, 8)), "visit", "Erick Thohir")[0] == date(2023, 10, 7)


def test_a_time_before_dan_closes_the_clause_before_the_next_meeting() -> None:
    """`bertemu dengan A pada Rabu (24/3/2021) dan bertemu B di Brunei pada Senin (22/3/2021)`:
    each meeting takes the time of its own clause."""
    text = (
        "Menlu Singapura Vivian Balakrishnan bertemu dengan Perdana Menteri Muhyiddin Yassin pada "
        "Rabu (24/3/2021) dan bertemu Sultan Hassanal Bolkiah di Brunei Darussalam pada Senin "
        "(22/3/2021)."
    )
    found = dated(text, date(2021, 3, 25))
    assert date_of(found, "meeting", "Muhyiddin Yassin") == day(2021, 3, 24)
    assert date_of(found, "meeting", "Hassanal Bolkiah") == day(2021, 3, 22)


def test_a_time_right_after_a_long_trigger_is_nearer_than_one_a_clause_before() -> None:
    """Nearness is counted from the trigger's end for what follows it: `April 2024 lalu` right
    after `perjumpaannya dengan Xi` dates that meeting, not `malam ini` of the fronted phrase."""
    text = (
        "Presiden Prabowo Subianto melakukan pertemuan bilateral dengan Presiden China Xi "
        "Jinping pada Sabtu (9/11/2024).\n"
        "Dalam pertemuan malam ini, Prabowo mengenang kembali perjumpaannya dengan Xi pada "
        "April 2024 lalu."
    )
    found = dated(text, date(2024, 11, 9))
    meetings = [when for kind, keys, _, when in found if kind == "meeting" and "Xi Jinping" in keys]
    assert (date(2024, 4, 1), date(2024, 4, 30), "month") in meetings
    assert day(2024, 11, 9) in meetings


def test_a_plan_still_to_come_takes_no_day_already_gone() -> None:
    """`tiba … pada Selasa malam dan akan melanjutkan lawatannya ke Singapura`, in a paper of
    Wednesday: Tuesday is the arrival's day; the onward trip has none yet."""
    text = (
        "Menteri Angkatan Bersenjata Prancis Sébastien Lecornu tiba di Jakarta pada Selasa "
        "(11/2/2025) malam dan akan melanjutkan lawatannya ke Singapura."
    )
    found = dated(text, date(2025, 2, 12))
    assert date_of(found, "visit", "Sébastien Lecornu", "asserted") == day(2025, 2, 11)
    assert date_of(found, "visit", "Sébastien Lecornu", "planned")[0] is None


def test_a_plan_retold_later_keeps_the_day_told_after_it() -> None:
    text = "Presiden Joko Widodo dijadwalkan berkunjung ke Tokyo pada Rabu (5/5/2021)."
    found = dated(text, date(2023, 3, 1))
    assert date_of(found, "visit", "Joko Widodo", "planned") == day(2021, 5, 5)


@pytest.mark.parametrize(
    "relay",
    [
        "Menurut Tene, Menlu Marty Natalegawa juga telah berbicara dengan Menlu Australia Julie "
        "Bishop melalui telepon pada Minggu malam.",
        "Tene mengatakan Menlu Marty Natalegawa juga telah berbicara dengan Menlu Australia "
        "Julie Bishop melalui telepon pada Minggu malam.",
    ],
)
def test_a_day_after_a_happening_the_speech_tells_dates_the_happening_not_the_speaking(
    relay: str,
) -> None:
    """`Menurut Tene, Marty telah berbicara dengan Bishop … pada Minggu malam`: the day is the
    call's; the spokesman spoke on the day the article tells of, one statement, not a second
    one on the call's day. A happening named by a noun is the report's object, and its day the
    report's (`mengumumkan kunjungan Li ke Moskow pekan lalu`)."""
    text = (
        "Juru bicara Kemlu Michael Tene mengatakan pemanggilan itu untuk meminta penjelasan, "
        f"Senin (18/11/2013). {relay}"
    )
    found = dated(text, date(2013, 11, 19))
    said = {when for kind, keys, _, when in found if kind == "statement" and "Michael Tene" in keys}
    assert said == {day(2013, 11, 18)}
    assert date_of(found, "meeting", "Julie Bishop") == day(2013, 11, 17)
