"""How an undated event takes its date from the occasion it belongs to: the remark it continues,
the visit a meeting is planned in, a planned visit the meetings planned for it."""

from __future__ import annotations

from datetime import date

from dated_events import date_of, dated, day


def test_a_remark_added_to_a_refusal_is_dated_by_the_day_not_the_month_refused() -> None:
    text = (
        "PM Israel Benjamin Netanyahu menolak tawaran untuk bertemu dengan Presiden AS Barack "
        "Obama akhir bulan ini. Demikian disampaikan Gedung Putih, Senin (7/3/2016).\n"
        '"Kabar bahwa kami tak bisa mengakomodasi jadwal perdana menteri tidak benar," '
        "tambah juru bicara Gedung Putih, Ned Price."
    )
    found = dated(text, date(2016, 3, 8))
    assert date_of(found, "statement", "Ned Price") == day(2016, 3, 7)


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


def test_meetings_planned_for_a_planned_one_day_visit_take_its_day() -> None:
    """`X bakal mengunjungi Jakarta … pada Kamis (25/3/2021)` then `X juga akan bertemu dengan
    A dan B`: the meetings planned for the planned visit fall on its day."""
    text = (
        "Menlu Singapura Vivian Balakrishnan bakal mengunjungi Jakarta pada Kamis (25/3/2021). "
        "Menlu Balakrishnan juga akan bertemu dengan Menteri Keuangan Sri Mulyani Indrawati dan "
        "Menteri BUMN Erick Thohir."
    )
    found = dated(text, date(2021, 3, 24))
    for host in ("Sri Mulyani Indrawati", "Erick Thohir"):
        assert date_of(found, "meeting", host, "planned") == day(2021, 3, 25)


def test_an_earlier_time_inside_the_quotation_does_not_make_the_saying_earlier() -> None:
    """`"… hasil kunjungan Presiden beberapa waktu lalu …," kata Wiranto`: the quotation's
    `beberapa waktu lalu` dates what is told, the saying is the day's like the rest."""
    text = (
        "Menko Polhukam Wiranto menerima kunjungan Duta Besar Malaysia Zahrain Mohamed Hashim di "
        "Jakarta, Senin (8/5/2017).\n"
        '"Kami membahas hasil kunjungan Presiden ke Filipina beberapa waktu lalu," kata Menko '
        "Polhukam Wiranto."
    )
    found = dated(text, date(2017, 5, 8))
    assert {when for t, _, _, when in found if t == "statement"} == {day(2017, 5, 8)}


def test_a_meeting_named_again_with_the_day_it_was_held_takes_that_day() -> None:
    """`Dalam pertemuan pada Kamis (12/4) itu, …` after a meeting told undated and a statement
    of Friday 13 April: the meeting was on the Thursday."""
    text = (
        "Jakarta - Mantan Panglima TNI Gatot Nurmantyo menemui Panglima Angkatan Bersenjata "
        "Belanda Laksamana Rob Bauer di Amsterdam. Pertemuan itu dalam rangka kunjungan "
        "perpisahan.\n"
        '"Saya berkesempatan melakukan courtesy call," kata Gatot dalam keterangan tim medianya, '
        "Jumat (13/4/2018).\n"
        "Dalam pertemuan pada Kamis (12/4) itu, Gatot menjelaskan kebijakan Indonesia."
    )
    found = dated(text, date(2018, 4, 13))
    assert date_of(found, "meeting", "Rob Bauer") == day(2018, 4, 12)


def test_a_member_s_remark_after_the_hearing_of_their_committee_takes_its_day() -> None:
    """`Komisi I DPR menggelar rapat kerja … Rabu (16/8/2023)` then `Anggota Komisi I DPR dari
    Fraksi PDIP TB Hasanuddin mempertanyakan …`: the member spoke at the committee's hearing,
    not on the day the article's lead tells of."""
    text = (
        "Ketua Umum Partai Gerindra Prabowo Subianto menerima Ketua Umum PKB Muhaimin Iskandar "
        "di Jakarta, Minggu (13/8/2023).\n"
        "Komisi I DPR menggelar rapat kerja dengan Menteri Pertahanan Prabowo Subianto pada Rabu "
        "(16/8/2023). Anggota Komisi I DPR dari Fraksi PDIP TB Hasanuddin mempertanyakan rencana "
        "pembelian pesawat tempur bekas."
    )
    found = dated(text, date(2023, 8, 17))
    assert date_of(found, "statement", "Hasanuddin") == day(2023, 8, 16)


def test_a_remark_told_after_the_meeting_takes_the_meeting_s_day_not_the_arrival_s() -> None:
    """`Usai pertemuan, Sugiono mengatakan …` after the meeting of Thursday and the guest's
    arrival on the Wednesday before: the remark follows the meeting."""
    text = (
        "Presiden Prabowo Subianto menerima kunjungan Menteri Luar Negeri AS Marco Rubio di "
        "Istana Merdeka, Jakarta, Kamis (10/7/2025). Rubio tiba di Indonesia pada Rabu malam. "
        "Prabowo didampingi Menlu Sugiono. Usai pertemuan, Sugiono mengatakan kedua negara "
        "sepakat melanjutkan perundingan dagang."
    )
    found = dated(text, date(2025, 7, 11))
    assert date_of(found, "statement", "Sugiono") == day(2025, 7, 10)
