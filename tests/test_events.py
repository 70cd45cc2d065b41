"""Events of one article: what a careful reader expects from Indonesian news sentences."""

from __future__ import annotations

from datetime import date

import pytest

from etl.pipeline import extract_article
from etl.records import Article

ANCHOR = date(2023, 4, 17)


def events_of(text: str, published: date | None = ANCHOR, language: str = "id") -> list[tuple]:
    """(type, sorted actor keys, first date, modality) of every event in the article."""
    article = Article("t", "t.txt", text, published=published, language=language)
    return [
        (e.event_type, tuple(sorted(e.actor_keys())), e.date.start, e.modality)
        for e in extract_article(article).events
    ]


def roles_of(text: str, published: date | None = ANCHOR) -> list[tuple[str, tuple]]:
    """(type, ((key, role), …) in the event's own order) of every event in the article."""
    article = Article("t", "t.txt", text, published=published)
    return [(e.event_type, tuple(e.actors)) for e in extract_article(article).events]


def has(
    found: list[tuple],
    kind: str,
    actors: set[str],
    when: date | None = None,
    modality: str | None = None,
) -> bool:
    return any(
        t == kind
        and actors <= set(keys)
        and (when is None or d == when)
        and (modality is None or m == modality)
        for t, keys, d, m in found
    )


MEETINGS = [
    (
        "Presiden AS Donald Trump dan Presiden Rusia Vladimir Putin menggelar pertemuan di "
        "Pangkalan Gabungan Elmendorf-Richardson, Alaska, Jumat (15/8/2025).",
        {"Donald Trump", "Vladimir Putin"},
        date(2025, 8, 15),
    ),
    (
        "Presiden Ukraina Volodymyr Zelensky, yang tidak diundang ke Alaska, dijadwalkan bertemu "
        "Presiden AS Donald Trump di Gedung Putih pada Senin (18/8/2025).",
        {"Volodymyr Zelensky", "Donald Trump"},
        date(2025, 8, 18),
    ),
    (
        "Presiden Prabowo Subianto berbicara empat mata dengan Perdana Menteri India Narendra "
        "Modi di New Delhi, Minggu (26/1/2025).",
        {"Prabowo Subianto", "Narendra Modi"},
        date(2025, 1, 26),
    ),
    (
        "Presiden Rusia Vladimir Putin bertemu dengan Menteri Pertahanan China Li Shangfu di "
        "Moskow pada hari Minggu (16/4/23).",
        {"Vladimir Putin", "Li Shangfu"},
        date(2023, 4, 16),
    ),
    (
        "Menlu Retno Marsudi mengadakan pembicaraan dengan Menlu Jepang Yoshimasa Hayashi di "
        "Jakarta, Senin (17/4/2023).",
        {"Retno Marsudi", "Yoshimasa Hayashi"},
        date(2023, 4, 17),
    ),
    (
        "Presiden Joko Widodo bertelepon dengan Perdana Menteri Australia Anthony Albanese "
        "kemarin.",
        {"Joko Widodo", "Anthony Albanese"},
        date(2023, 4, 16),
    ),
    (
        "Panglima TNI Hadi Tjahjanto melakukan perbincangan melalui telepon dengan Panglima "
        "USINDOPACOM Admiral Philip S. Davidson, Senin (17/4/2023).",
        {"Hadi Tjahjanto", "Philip Davidson"},
        date(2023, 4, 17),
    ),
    (
        "Hal ini diungkapkan Utut di sela-sela Rapat Kerja (Raker) Komisi I DPR dengan Wakil "
        "Menteri Luar Negeri (Wamenlu) Mahendra Siregar, Senin (17/4/2023).",
        {"Komisi I DPR", "Mahendra Siregar"},
        date(2023, 4, 17),
    ),
    (
        "Bupati Safaruddin menyambut kunjungan Kapolda Aceh Irjen Pol Marzuki Ali Basyah di "
        "Pendopo Bupati, Senin (17/4/2023).",
        {"Safaruddin", "Marzuki Ali Basyah"},
        date(2023, 4, 17),
    ),
    (
        "Ketua MPR Bambang Soesatyo tiba di Kantor DPP Nasdem, Senin (17/4/2023). Berdasarkan "
        "informasi, kedatangannya guna menemui Ketua Umum Nasdem Surya Paloh.",
        {"Bambang Soesatyo", "Surya Paloh"},
        date(2023, 4, 17),
    ),
    (
        "Presiden Prabowo Subianto mengenang perjumpaannya dengan Presiden China Xi Jinping di "
        "Beijing, Senin (17/4/2023).",
        {"Prabowo Subianto", "Xi Jinping"},
        date(2023, 4, 17),
    ),
    (
        "Setelah itu, Presiden Joko Widodo makan siang di tempat yang sama dengan Ketua Umum PPP "
        "Romahurmuziy, Senin (17/4/2023).",
        {"Joko Widodo", "Romahurmuziy"},
        date(2023, 4, 17),
    ),
    (
        "Pj Gubernur NTB Hassanudin menerima audiensi dengan Konsul Jenderal Tiongkok di Denpasar "
        "Zhang Zhisheng, Senin (17/4/2023).",
        {"Hassanudin", "Zhang Zhisheng"},
        date(2023, 4, 17),
    ),
    (
        "Komisi I DPR menggelar rapat dengar pendapat umum (RDPU) dengan calon Panglima TNI "
        "Jenderal TNI Agus Subiyanto, Senin (17/4/2023).",
        {"Komisi I DPR", "Agus Subiyanto"},
        date(2023, 4, 17),
    ),
    (
        "Presiden Prabowo Subianto menerima Perdana Menteri Malaysia Anwar Ibrahim di Istana "
        "Merdeka, Jakarta.",
        {"Prabowo Subianto", "Anwar Ibrahim"},
        None,
    ),
]


@pytest.mark.parametrize(("text", "actors", "when"), MEETINGS)
def test_meetings_with_their_parties_and_date(text: str, actors: set[str], when) -> None:
    assert has(events_of(text), "meeting", actors, when), events_of(text)


VISITS = [
    (
        "Menteri Pertahanan China Li Shangfu tiba di Moskow pada Minggu (16/4/23).",
        {"Li Shangfu"},
        date(2023, 4, 16),
        "asserted",
    ),
    (
        "Presiden Joko Widodo akan berkunjung ke Australia pekan depan.",
        {"Joko Widodo"},
        None,
        "planned",
    ),
    ("Kunjungan Presiden Joko Widodo ke Australia ditunda.", {"Joko Widodo"}, None, "negated"),
    (
        "Menlu AS Antony Blinken mengunjungi Beijing, Minggu (18/6/2023).",
        {"Antony Blinken"},
        date(2023, 6, 18),
        "asserted",
    ),
]


@pytest.mark.parametrize(("text", "actors", "when", "modality"), VISITS)
def test_visits_with_visitor_date_and_modality(
    text: str, actors: set[str], when, modality: str
) -> None:
    assert has(events_of(text), "visit", actors, when, modality), events_of(text)


def test_a_person_behind_a_word_of_time_is_no_visitor() -> None:
    text = "Kunjungan ke Washington berlangsung beberapa hari setelah Donald Trump menang pemilu."
    assert not [e for e in events_of(text) if e[0] == "visit"], events_of(text)


@pytest.mark.parametrize(
    ("text", "visitor", "destination"),
    [
        (
            "Menlu AS Antony Blinken tiba di Israel untuk berunding dengan PM Benjamin Netanyahu "
            "setelah kunjungan ke Yordania.",
            "Antony Blinken",
            "Yordania",
        ),
        (
            "Presiden Jokowi bertemu PM Anwar Ibrahim di Bogor usai kunjungan ke Singapura.",
            "Joko Widodo",
            "Singapura",
        ),
    ],
)
def test_a_visit_after_a_time_conjunction_is_the_subject_s(
    text: str, visitor: str, destination: str
) -> None:
    """`X … dengan Y setelah kunjungan ke Z`: the earlier trip is the sentence subject's, not
    that of the person named last before it."""
    trips = [r for t, r in roles_of(text) if t == "visit" and (destination, "host") in r]
    assert trips and all(r[0] == (visitor, "visitor") for r in trips), roles_of(text)


def test_a_pronoun_naming_the_source_is_no_visitor() -> None:
    text = (
        "Duta Besar Malaysia Ahmad Zaki mengatakan hal itu. Menurut beliau, rakyat Malaysia "
        "yang merancang berkunjung ke Indonesia perlu membuat persiapan rapi."
    )
    assert not [e for e in events_of(text) if e[0] == "visit"], events_of(text)


def test_a_quotation_about_the_person_last_named_is_the_last_speakers() -> None:
    text = (
        "Ketua Umum AMPUH Budi Santoso mengapresiasi KSAD Jenderal TNI Dudung Abdurachman. "
        "Dudung menerima penghargaan itu di Singapura. “Jenderal TNI Dudung selalu fokus "
        "menjalankan arahan Presiden,” ujarnya."
    )
    speakers = [e[1] for e in events_of(text) if e[0] == "statement"]
    assert speakers == [("Budi Santoso",), ("Budi Santoso",)]


def test_a_pronoun_after_two_names_is_the_sentences_first_person() -> None:
    text = (
        "Menlu AS Antony Blinken bertemu dengan Menlu China Qin Gang, dan pada hari yang sama "
        "ia juga bertemu dengan Menteri Luar Negeri Singapura Vivian Balakrishnan."
    )
    meetings = {e[1] for e in events_of(text) if e[0] == "meeting"}
    assert meetings == {("Antony Blinken", "Qin Gang"), ("Antony Blinken", "Vivian Balakrishnan")}


def test_a_pronoun_subject_keeps_the_focus_past_the_person_it_meets() -> None:
    text = (
        "Menteri BUMN Erick Thohir tiba di Kuala Lumpur. Kemudian, beliau bertemu Perdana "
        'Menteri Anwar Ibrahim. "Terima kasih Anwar atas pandangannya," katanya.'
    )
    speakers = {e[1] for e in events_of(text) if e[0] == "statement"}
    assert speakers == {("Erick Thohir",)}


def test_a_one_word_name_opening_a_sentence_after_its_meeting_is_what_beliau_points_at() -> None:
    """`… dengan rakan sejawatnya dari Indonesia, Sugiono` then `Sugiono tiba di Kuala Lumpur.
    Beliau juga dijadual …`: the untitled one-word name that opens the sentence, a party to the
    meeting told before, is its subject, not the minister named first in the article."""
    text = (
        "Menteri Luar Negeri Datuk Seri Mohamad Hasan mengadakan pertemuan dua hala dengan rakan "
        "sejawatnya dari Indonesia, Sugiono, di Wisma Putra hari ini. Sugiono tiba di Kuala "
        "Lumpur semalam. Beliau juga dijadual mengadakan kunjungan hormat ke atas Perdana "
        "Menteri Datuk Seri Anwar Ibrahim esok."
    )
    planned = {e[1] for e in events_of(text, language="ms") if e[3] == "planned"}
    assert planned == {("Anwar Ibrahim", "Sugiono")}


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Ghana Kwame Bakari menyinggung perang Ukraina dan dia menyatakan kesiapan "
        "Ghana untuk membantu.",
        "Presiden Ghana Kwame Bakari bertemu Putin. Bakari juga menyinggung krisis di Ukraina "
        "dan ia menegaskan dukungan Ghana.",
        "Presiden Ghana Kwame Bakari tiba di Moskow. Pertemuan membahas banyak hal. Bakari "
        "menekankan pentingnya perdamaian.",
    ],
)
def test_a_pronoun_after_dan_and_a_bare_surname_are_the_person_named_before(text: str) -> None:
    """`… perang Ukraina dan dia menyatakan`: the pronoun of a coordinated clause is the first
    clause's subject, not the country last named; `Bakari` alone is Kwame Bakari, though it
    reads as an affixed common word (`bakar` + `-i`)."""
    speakers = {e[1] for e in events_of(text) if e[0] == "statement"}
    assert speakers == {("Kwame Bakari",)}, events_of(text)


ROOMS = [
    "“Kami menunggu,” kata anggota Komisi I DPR Budi Santoso di ruang rapat Komisi I DPR RI.",
    "Menteri Dewi Lestari tiba di gedung pertemuan itu bersama Duta Besar Jepang Kenji Sato.",
]


@pytest.mark.parametrize("text", ROOMS)
def test_a_meeting_noun_naming_a_room_is_no_meeting(text: str) -> None:
    assert not [e for e in events_of(text) if e[0] == "meeting"], events_of(text)


WHEN_NOT_WHOM = [
    "Perdana Menteri Australia Tony Abbott menelepon sebelum Presiden AS Barack Obama.",
    "Presiden Joko Widodo bertemu setelah Presiden AS Barack Obama tiba di Bali.",
]


@pytest.mark.parametrize("text", WHEN_NOT_WHOM)
def test_a_person_behind_a_word_of_time_is_no_counterpart(text: str) -> None:
    assert not any(e[0] == "meeting" and "Barack Obama" in e[1] for e in events_of(text))


REFUSALS = [
    (
        "Menteri Pertahanan China Li Shangfu menolak bertemu Menteri Pertahanan AS Lloyd Austin "
        "di Singapura, Jumat (2/6/2023).",
        "negated",
    ),
    ("Li Shangfu menolak tawaran pertemuan resmi dengan Menhan AS Lloyd Austin.", "negated"),
    ("Presiden Vladimir Putin enggan bertemu Presiden Volodymyr Zelensky.", "negated"),
    (
        "Juru bicara Kremlin Dmitry Peskov mengatakan Presiden Vladimir Putin tidak berencana "
        "bertemu Presiden Volodymyr Zelensky.",
        "negated",
    ),
    ("Presiden Vladimir Putin tidak akan bertemu Presiden Volodymyr Zelensky.", "negated"),
    ("Presiden Vladimir Putin berencana bertemu Presiden Volodymyr Zelensky.", "planned"),
    (
        "Presiden Joko Widodo bertemu Perdana Menteri Anwar Ibrahim dan menolak tuduhan itu.",
        "asserted",
    ),
]


@pytest.mark.parametrize(("text", "modality"), REFUSALS)
def test_a_refused_meeting_is_negated(text: str, modality: str) -> None:
    meetings = [e for e in events_of(text) if e[0] == "meeting"]
    assert [e[3] for e in meetings] == [modality], events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Undangan Presiden Xi Jinping kepada Presiden Prabowo Subianto untuk berkunjung ke "
        "Beijing telah diterima.",
        "Presiden Prabowo Subianto diundang untuk berkunjung ke Beijing oleh Presiden Xi Jinping.",
    ],
)
def test_a_visit_one_is_invited_to_make_is_planned(text: str) -> None:
    """An invitation to visit, accepted or not, is a trip still to come."""
    visits = [e for e in events_of(text) if e[0] == "visit"]
    assert [e[3] for e in visits] == ["planned"]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Presiden Joko Widodo bertemu Presiden Xi Jinping pekan depan.", "planned"),
        ("Presiden Joko Widodo bertemu Presiden Xi Jinping dalam waktu dekat.", "planned"),
        (
            "Presiden Joko Widodo dan Presiden Xi Jinping sepakat untuk bertemu lagi tahun depan.",
            "planned",
        ),
        ("Presiden Joko Widodo diharapkan bertemu Presiden Xi Jinping di Beijing.", "planned"),
        (
            "Anwar Ibrahim bersetuju untuk bertemu Presiden Prabowo Subianto bulan hadapan.",
            "planned",
        ),
        (
            "Presiden Joko Widodo bertemu Presiden Xi Jinping, Senin (15/4), dan besok ia "
            "terbang ke Tokyo.",
            "asserted",
        ),
    ],
)
def test_a_meeting_agreed_expected_or_told_with_a_time_to_come_is_planned(
    text: str, modality: str
) -> None:
    """Agreeing or being expected to meet is no meeting held; neither is one told with a time
    still to come in its own phrase. A time past the comma belongs to what follows."""
    meetings = [e for e in events_of(text) if e[0] == "meeting"]
    assert [e[3] for e in meetings] == [modality]


def test_a_plural_subject_after_a_speech_verb_is_the_parties_told_last() -> None:
    """`Peskov menambahkan bahwa kedua presiden sepakat untuk bertemu`: the two presidents of
    the call just told, not the spokesman, are to meet."""
    text = (
        "Presiden AS Donald Trump berbicara dengan Presiden Rusia Vladimir Putin melalui telepon "
        "pada Selasa (16/4/2024). Juru bicara Kremlin Dmitry Peskov menambahkan bahwa kedua "
        "presiden juga sepakat untuk bertemu dalam waktu dekat."
    )
    meetings = [(keys, mod) for t, keys, _, mod in events_of(text) if t == "meeting"]
    assert meetings == [
        (("Donald Trump", "Vladimir Putin"), "asserted"),
        (("Donald Trump", "Vladimir Putin"), "planned"),
    ]


STATEMENTS = [
    ("“Kami bekerja secara aktif,” kata Presiden Rusia Vladimir Putin.", "Vladimir Putin"),
    (
        "Menhan Ryamizard Ryacudu saat menjadi pembicara dalam seminar nasional di UGM, Selasa.",
        "Ryamizard Ryacudu",
    ),
    ("Presiden Joko Widodo memberikan sambutan dalam pembukaan Rakernas PDIP.", "Joko Widodo"),
    ("Menteri Luar Negeri Retno Marsudi mengatakan bahwa Indonesia siap.", "Retno Marsudi"),
    ("Menurut Juru Bicara Kemlu Teuku Faizasyah, pertemuan berjalan baik.", "Teuku Faizasyah"),
    ("NATO dan Amerika Serikat mengatakan mereka belum melihat tanda-tanda itu.", "NATO"),
    (
        "NATO dan Amerika Serikat mengatakan mereka belum melihat tanda-tanda itu.",
        "Amerika Serikat",
    ),
    ("China telah berulang kali membantah mengirim peralatan militer ke Rusia.", "Tiongkok"),
    ("Presiden Rusia Vladimir Putin tiba. “Hubungan kita kuat,” ujarnya.", "Vladimir Putin"),
    ("Menlu Retno Marsudi membeberkan hasil pertemuan itu.", "Retno Marsudi"),
    (
        "Dalam percakapan tersebut, Retno Marsudi membahas konflik Iran dengan Israel dan "
        "menyerukan semua pihak menahan diri.",
        "Retno Marsudi",
    ),
    (
        "Presiden Joko Widodo meninjau proyek jalan tol Trans Sumatera dan mengatakan proyek "
        "itu selesai tahun depan.",
        "Joko Widodo",
    ),
    ("Ketua MPR Bambang Soesatyo menyambut baik keputusan tersebut.", "Bambang Soesatyo"),
    ("Menhan Prabowo Subianto menyoroti ancaman di Laut China Selatan.", "Prabowo Subianto"),
    (
        '"Kedua pemimpin membahas Suriah," lapor Juru Bicara Kremlin, Dmitry Peskov.',
        "Dmitry Peskov",
    ),
    ("Presiden Rusia Vladimir Putin berterima kasih kepada Turki atas sikapnya.", "Vladimir Putin"),
    ("Menlu Retno Marsudi mendorong kedua pihak kembali berunding.", "Retno Marsudi"),
    ("Menlu Retno Marsudi menggarisbawahi pentingnya perdamaian.", "Retno Marsudi"),
    (
        "Presiden Joko Widodo melalui akun Instagram resminya, @jokowi, menyampaikan duka cita.",
        "Joko Widodo",
    ),
    (
        "Menlu Retno Marsudi dalam konferensi pers virtual dari Jakarta, Selasa (3/3/2021), "
        "menyatakan Indonesia prihatin.",
        "Retno Marsudi",
    ),
    (
        "Jokowi, saat ditemui di Istana Bogor, Jawa Barat, Senin (4/7/2022), mengatakan hal itu.",
        "Joko Widodo",
    ),
    (
        "Kedutaan Besar Amerika Serikat di Jakarta lewat akun Twitter-nya menulis bahwa mereka "
        "mendukung demokrasi.",
        "Kedutaan Besar Amerika Serikat di Jakarta",
    ),
    (
        "Menteri Pertahanan Hishammuddin Tun Hussein dalam satu kenyataan hari ini memaklumkan "
        "bahawa beliau akan ke Jakarta.",
        "Hishammuddin Hussein",
    ),
    (
        "Presiden Vladimir Putin, seperti dilansir Reuters, mengatakan Rusia siap berunding.",
        "Vladimir Putin",
    ),
    ("Erdogan, sebagaimana dikutip Anadolu, menyatakan Turki akan menengahi.", "Erdogan"),
    (
        "Juru bicara Kemlu, Michael Tene, Senin (18/11/2013), mengatakan bahwa Indonesia kecewa.",
        "Michael Tene",
    ),
    ("Menlu Retno Marsudi, kemarin, mengatakan Indonesia kecewa.", "Retno Marsudi"),
    ("Pemerintah Indonesia mengecam keras serangan Israel di Rafah.", "Indonesia"),
    ("Pemerintah RI mengecam keras serangan Israel di Rafah.", "Indonesia"),
    ("Pemerintah China menyatakan keberatan atas kunjungan itu.", "Tiongkok"),
    (
        "Presiden Jokowi melalui Mensesneg Pratikno menyampaikan ucapan selamat kepada Presiden "
        "terpilih.",
        "Joko Widodo",
    ),
    ("Menlu Retno Marsudi, Senin malam (18/11), menyatakan Indonesia kecewa.", "Retno Marsudi"),
]


@pytest.mark.parametrize(("text", "speaker"), STATEMENTS)
def test_statements_name_their_speaker(text: str, speaker: str) -> None:
    assert has(events_of(text), "statement", {speaker}), events_of(text)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Panglima TNI, Jenderal Moeldoko (kedua kiri), bersama KASAD Jenderal TNI Gatot "
            "Nurmantyo (kiri) dan KASAL Laksamana TNI Marsetio (kanan) memberikan keterangan pers "
            "di Cilangkap, Jakarta, 22 Desember 2014.",
            {"Moeldoko", "Gatot Nurmantyo", "Marsetio"},
        ),
        (
            "Menlu Retno Marsudi bersama Menlu Jepang Fumio Kishida menyampaikan keterangan pers "
            "di Jakarta, Senin (22/12/2014).",
            {"Retno Marsudi", "Fumio Kishida"},
        ),
    ],
)
def test_the_persons_beside_a_subject_at_a_press_statement_speak_too(
    text: str, speakers: set[str]
) -> None:
    found = {keys for kind, keys, _, _ in events_of(text) if kind == "statement"}
    assert found == {(s,) for s in speakers}


def test_a_statement_to_someone_is_not_theirs() -> None:
    text = (
        "Menlu Retno Marsudi mengatakan kepada Menlu Jepang Fumio Kishida bahwa kerja sama penting."
    )
    found = {keys for kind, keys, _, _ in events_of(text) if kind == "statement"}
    assert found == {("Retno Marsudi",)}


def test_a_speech_verb_inside_a_quotation_is_what_the_quoted_speaker_said() -> None:
    """`katanya` inside the quotation tells what a third party said, as the quoted speaker
    reports it: it is no statement of the person last in focus."""
    text = (
        "Presiden Joko Widodo tiba di Istana Bogor pada Senin.\n"
        "“Saya sudah bertemu dia, katanya tidak ada masalah,” ujar Menlu Retno Marsudi."
    )
    found = {keys for kind, keys, _, _ in events_of(text) if kind == "statement"}
    assert found == {("Retno Marsudi",)}


@pytest.mark.parametrize(
    "text",
    [
        "“Terima kasih kerana menerima kunjungan hormat kami. Kami bertukar pandangan,“ kata "
        "Menteri Komunikasi Fahmi Fadzil.",
        "“Terima kasih kerana menerima kunjungan hormat kami.“ kata Menteri Komunikasi Fahmi "
        "Fadzil.\n“Kami bertukar pandangan,” katanya lagi.",
    ],
)
def test_an_opening_mark_misprinted_as_the_closing_one_closes_the_quotation(text: str) -> None:
    found = {keys for kind, keys, _, _ in events_of(text, language="ms") if kind == "statement"}
    assert found == {("Fahmi Fadzil",)}


def test_statement_made_in_a_dated_meeting_takes_its_date() -> None:
    text = (
        "Presiden Rusia Vladimir Putin bertemu Menteri Pertahanan China Li Shangfu di Moskow "
        "pada Minggu (16/4/23). “Kerja sama kita berkembang,” kata Putin."
    )
    assert has(events_of(text), "statement", {"Vladimir Putin"}, date(2023, 4, 16))


def test_a_sentence_without_a_trigger_yields_nothing() -> None:
    assert events_of("Harga cabai di pasar naik tajam pada Senin (17/4/2023).") == []


def test_english_articles_are_flagged_and_yield_no_events() -> None:
    text = "President Putin met the Chinese defence minister in Moscow on Sunday."
    assert events_of(text, language="en") == []


def test_malay_articles_are_read_with_malay_forms() -> None:
    text = (
        "Perdana Menteri Ismail Sabri Yaakob mengadakan pertemuan dengan Perdana Menteri "
        "Singapura Lee Hsien Loong di Tokyo semalam. “Hubungan kedua-dua negara kukuh,” "
        "kata beliau."
    )
    found = events_of(text, language="ms")
    assert has(found, "meeting", {"Ismail Sabri Yaakob", "Lee Hsien Loong"})
    assert has(found, "statement", {"Lee Hsien Loong"}) or has(
        found, "statement", {"Ismail Sabri Yaakob"}
    )


@pytest.mark.parametrize(
    ("text", "kind", "actors"),
    [
        (
            "Perdana Menteri Anwar Ibrahim bercakap melalui telefon dengan Presiden Joko Widodo.",
            "meeting",
            {"Anwar Ibrahim", "Joko Widodo"},
        ),
        (
            "Menteri Pertahanan Mohamad Hasan bermesyuarat dengan Menteri Pertahanan Indonesia "
            "Prabowo Subianto di Kuala Lumpur.",
            "meeting",
            {"Mohamad Hasan", "Prabowo Subianto"},
        ),
        (
            "Timbalan Perdana Menteri Ahmad Zahid Hamidi berlepas ke Jakarta petang ini.",
            "visit",
            {"Ahmad Zahid Hamidi"},
        ),
        (
            "Perdana Menteri Anwar Ibrahim akan mengadakan lawatan negara ke Indonesia.",
            "visit",
            {"Anwar Ibrahim"},
        ),
        (
            "Menteri Luar Negeri Saifuddin Abdullah menafikan dakwaan bahawa Malaysia terlibat.",
            "statement",
            {"Saifuddin Abdullah"},
        ),
        (
            "Menteri Luar Negeri Saifuddin Abdullah mengesahkan seorang rakyat Malaysia ditahan.",
            "statement",
            {"Saifuddin Abdullah"},
        ),
        (
            "Presiden Joe Biden berbicara melalui telepon dengan Presiden Volodymyr Zelensky.",
            "meeting",
            {"Joe Biden", "Volodymyr Zelensky"},
        ),
    ],
)
def test_malay_and_phone_wordings_are_events(text: str, kind: str, actors: set[str]) -> None:
    """Malay news writes calls, sessions, departures and denials in its own words."""
    assert has(events_of(text, language="ms"), kind, actors)


def test_guests_received_together_each_visit_the_host_and_all_meet() -> None:
    text = (
        "Presiden Jokowi menerima Ketua Umum PAN Zulkifli Hasan dan Ketua Umum PKB Muhaimin "
        "Iskandar di Istana Merdeka."
    )
    found = roles_of(text)
    assert (
        "meeting",
        (("Joko Widodo", "host"), ("Zulkifli Hasan", "participant"),
         ("Muhaimin Iskandar", "participant")),
    ) in found  # fmt: skip
    for guest in ("Zulkifli Hasan", "Muhaimin Iskandar"):
        assert ("visit", ((guest, "visitor"), ("Joko Widodo", "host"))) in found


@pytest.mark.parametrize(
    "text",
    [
        "Wakil Ketua DPR Sufmi Dasco Ahmad menilai pertemuan Prabowo Subianto dengan para ketua "
        "umum partai merupakan hal yang wajar.",
        "Pengamat politik Adi Prayitno menyebut pertemuan Presiden Joko Widodo bersama sejumlah "
        "relawan itu sebagai konsolidasi.",
    ],
)
def test_a_meeting_noun_with_one_named_party_and_an_unnamed_other_leaves_out_its_teller(
    text: str,
) -> None:
    """The one who judges a meeting is not at it: with its other party unnamed, there is no
    meeting of two named actors to tell."""
    assert [e for e in events_of(text) if e[0] == "meeting"] == []


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "Ketua DPP PDI Perjuangan Puan Maharani mengungkapkan pertemuan antara Megawati "
            "Soekarnoputri dan Prabowo Subianto akan digelar dalam waktu dekat.",
            "planned",
        ),
        (
            "Puan Maharani mengungkapkan pertemuan Megawati Soekarnoputri dengan Prabowo "
            "Subianto berlangsung hangat.",
            "asserted",
        ),
    ],
)
def test_a_meeting_noun_naming_its_parties_leaves_out_whoever_tells_of_it(
    text: str, modality: str
) -> None:
    meetings = [e for e in events_of(text) if e[0] == "meeting"]
    assert [(keys, mod) for _, keys, _, mod in meetings] == [
        (("Megawati Soekarnoputri", "Prabowo Subianto"), modality)
    ]


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Prabowo Subianto menemui Megawati Soekarnoputri di kediamannya di Menteng.",
            (("Prabowo Subianto", "visitor"), ("Megawati Soekarnoputri", "host")),
        ),
        (
            "Presiden Jokowi bertemu dengan Akbar Tandjung di kediaman Akbar di Kebayoran Baru.",
            (("Joko Widodo", "visitor"), ("Akbar Tandjung", "host")),
        ),
        (
            "Konsul Jenderal Australia di Bali, Jo Stevens, bertemu dengan Gubernur Bali, "
            "Wayan Koster, di kantor gubernur.",
            (("Jo Stevens", "visitor"), ("Wayan Koster", "host")),
        ),
        ("Prabowo Subianto bertemu Megawati Soekarnoputri di Istana Merdeka.", None),
        ("Airlangga Hartarto bertemu Surya Paloh di kantor DPP NasDem.", None),
    ],
)
def test_a_meeting_at_one_party_s_home_is_the_other_s_visit(text: str, visit: tuple | None) -> None:
    visits = [roles for kind, roles in roles_of(text) if kind == "visit"]
    assert visits == ([visit] if visit else [])


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Pertemuan bilateral Indonesia-Malaysia digelar di Jakarta.", ("Indonesia", "Malaysia")),
        (
            "Menlu Retno Marsudi memimpin Sidang Komisi Bersama RI-Australia di Canberra.",
            ("Australia", "Retno Marsudi"),
        ),
    ],
)
def test_a_meeting_of_two_states_named_by_a_hyphenated_pair(text: str, parties: tuple) -> None:
    """The pair names the sides; a minister leading one side stands for it."""
    assert [keys for kind, keys, _, _ in events_of(text) if kind == "meeting"] == [parties]


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        (
            "Presiden Vladimir Putin menghadiri peringatan D-Day di Normandia.",
            [("visit", ("Vladimir Putin",), None, "asserted")],
        ),
        (
            "Presiden Joko Widodo hadir dalam KTT G7 di Hiroshima.",
            [("visit", ("Joko Widodo",), None, "asserted")],
        ),
        ("Presiden Joko Widodo menghadiri KTT G20 di Bali.", []),
        ("Presiden Joko Widodo menghadiri rapat itu.", []),
    ],
)
def test_attending_an_event_abroad_is_a_visit(text: str, visits: list[tuple]) -> None:
    """At home, attending is no journey worth a visit; abroad it is one."""
    assert [e for e in events_of(text, published=None) if e[0] == "visit"] == visits


@pytest.mark.parametrize(
    "text",
    [
        "Jika Prabowo Subianto bertemu Megawati Soekarnoputri, koalisi akan kuat.",
        "Seandainya Presiden Joko Widodo berkunjung ke Rusia, Barat akan marah.",
        "Hanya Konjen Amerika Serikat yang belum pernah berkunjung ke Danau Toba.",
        "Presiden Joko Widodo tidak pernah bertemu dengan Prabowo Subianto sejak pemilu.",
        "Pemerintah Israel meminta jadwal pertemuan dengan Presiden AS Barack Obama.",
        "Partai Demokrat belum mendapat undangan untuk melakukan pertemuan dengan Presiden Joko "
        "Widodo.",
    ],
)
def test_a_happening_supposed_in_a_condition_is_no_event(text: str) -> None:
    assert [e for e in events_of(text) if e[0] != "statement"] == []


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Presiden Joko Widodo mengatakan Indonesia mengecam serangan itu.", [("Joko Widodo",)]),
        (
            "Presiden Joko Widodo mengatakan Amerika Serikat mengecam serangan itu.",
            [("Joko Widodo",), ("Amerika Serikat",)],
        ),
        ("Indonesia mengecam serangan itu.", [("Indonesia",)]),
    ],
)
def test_a_state_reported_by_its_own_official_is_no_second_speaker(
    text: str, speakers: list[tuple]
) -> None:
    assert [keys for kind, keys, _, _ in events_of(text) if kind == "statement"] == speakers


def test_a_post_as_the_subject_of_a_reported_clause_is_its_traveller() -> None:
    text = (
        "Presiden Joko Widodo tiba di Jakarta. Juru Bicara Presiden Fadjroel Rachman "
        "menuturkan, Presiden akan berangkat ke Bali besok pagi."
    )
    visits = [roles for kind, roles in roles_of(text) if kind == "visit"]
    assert visits == [(("Joko Widodo", "visitor"),), (("Joko Widodo", "visitor"),)]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Menteri Pertahanan Singapura Ng Eng Hen menyematkan penghargaan Pingat Jasa "
            "Gemilang kepada KSAD Jenderal Dudung Abdurachman.",
            (("Ng Eng Hen", "host"), ("Dudung Abdurachman", "participant")),
        ),
        (
            "Presiden Jokowi menganugerahkan tanda kehormatan Bintang Mahaputera kepada Menteri "
            "Luar Negeri Retno Marsudi.",
            (("Joko Widodo", "host"), ("Retno Marsudi", "participant")),
        ),
        (
            "Prabowo Subianto menerima penghargaan dari Presiden Prancis Emmanuel Macron.",
            (("Prabowo Subianto", "participant"), ("Emmanuel Macron", "participant")),
        ),
    ],
)
def test_an_honour_conferred_in_person_is_a_meeting_and_the_honour_no_party(
    text: str, parties: tuple
) -> None:
    assert roles_of(text) == [("meeting", parties)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Presiden Joko Widodo, didampingi Ibu Iriana, tiba di Tokyo.",
            [("visit", (("Joko Widodo", "visitor"),))],
        ),
        (
            "PM Anthony Albanese bersama istrinya, Jodie Haydon, tiba di Jakarta.",
            [("visit", (("Anthony Albanese", "visitor"),))],
        ),
        (
            "Presiden Jokowi yang didampingi sejumlah menteri Kabinet Indonesia Maju menerima "
            "PM Anthony Albanese.",
            [
                ("meeting", (("Joko Widodo", "host"), ("Anthony Albanese", "participant"))),
                ("visit", (("Anthony Albanese", "visitor"), ("Joko Widodo", "host"))),
            ],
        ),
        (
            "Presiden Jokowi didampingi Menlu Retno Marsudi dan Mensesneg Pratikno menerima "
            "kunjungan PM Anthony Albanese.",
            [
                ("visit", (("Anthony Albanese", "visitor"), ("Joko Widodo", "host"))),
                ("meeting", (("Joko Widodo", "host"), ("Anthony Albanese", "participant"))),
            ],
        ),
        (
            "Menteri Luar Negeri Sugiono mendampingi Presiden Prabowo saat bertemu Presiden "
            "Rusia Vladimir Putin di Kremlin.",
            [("meeting", (("Prabowo Subianto", "participant"), ("Vladimir Putin", "participant")))],
        ),
        (
            "Menlu Retno Marsudi turut mendampingi Presiden Joko Widodo dalam kunjungan ke Jepang.",
            [("visit", (("Joko Widodo", "visitor"), ("Jepang", "host")))],
        ),
    ],
)
def test_who_accompanies_a_principal_is_no_party(text: str, expected: list) -> None:
    """The annotation leaves accompanying ministers and spouses out of an event's actors."""
    assert roles_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Menurut Menlu Retno Marsudi, Presiden Joko Widodo bertemu dengan Presiden Amerika "
        "Serikat Joe Biden.",
        "Kata Menlu Retno Marsudi, Presiden Joko Widodo juga berbincang dengan Presiden Amerika "
        "Serikat Joe Biden.",
    ],
)
def test_the_source_cited_before_the_subject_is_no_party(text: str) -> None:
    """`Menurut Menlu Retno, Presiden Jokowi bertemu …`: Retno tells of the meeting, as a
    titled name before a comma she looks like the first of a list, but she was not in it."""
    meetings = [set(keys) for kind, keys, _, _ in events_of(text) if kind == "meeting"]
    assert meetings == [{"Joko Widodo", "Joe Biden"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bertemu Xi Jinping di Beijing, Presiden Joko Widodo membahas kerja sama ekonomi.",
            [("meeting", (("Joko Widodo", "participant"), ("Xi Jinping", "participant")))],
        ),
        (
            "Saat menerima kunjungan Menlu Wang Yi, Presiden Joko Widodo menyampaikan harapan.",
            [
                ("statement", (("Joko Widodo", "speaker"),)),
                ("visit", (("Wang Yi", "visitor"), ("Joko Widodo", "host"))),
                ("meeting", (("Joko Widodo", "host"), ("Wang Yi", "participant"))),
            ],
        ),
    ],
)
def test_a_fronted_clause_leaves_the_subject_after_its_comma(text: str, expected: list) -> None:
    """`Bertemu X, S …`, `Saat menerima X, S …`: S acts; X, in the fronted clause, is no
    speaker of the main verb."""
    assert roles_of(text) == expected


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        ("Presiden Joko Widodo akan ke Jepang pekan depan.", "Joko Widodo"),
        ("Menlu Retno Marsudi dijadwalkan ke Moskow untuk bertemu Lavrov.", "Retno Marsudi"),
    ],
)
def test_a_trip_told_by_its_destination_alone_is_a_planned_visit(text: str, visitor: str) -> None:
    assert has(events_of(text), "visit", {visitor}, modality="planned")


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Joe Biden dan Xi Jinping menggelar KTT virtual selama tiga jam.",
            {"Joe Biden", "Xi Jinping"},
        ),
        (
            "Menteri Luar Negeri Rusia Sergey Lavrov menerima mitranya dari Iran Hossein "
            "Amir-Abdollahian di Moskow.",
            {"Sergey Lavrov", "Hossein Amir-Abdollahian"},
        ),
    ],
)
def test_a_two_party_summit_and_a_counterpart_received_are_meetings(
    text: str, parties: set[str]
) -> None:
    assert has(events_of(text), "meeting", parties)


def test_a_summit_a_host_holds_for_a_forum_is_no_meeting() -> None:
    """Multilateral summits are backdrop (ANNOTATION.md), not a meeting of the host."""
    assert [
        e for e in events_of("Presiden Joko Widodo menggelar KTT G20 di Bali.") if e[0] == "meeting"
    ] == []


def test_a_bilateral_with_a_list_is_one_meeting_per_counterpart() -> None:
    text = (
        "Menlu Retno Marsudi akan melakukan pertemuan bilateral pada 11-14 Juli 2023. "
        "Pertemuan bilateral tersebut bakal dilakukan dengan India, Jepang, dan Kanada."
    )
    found = events_of(text, published=date(2023, 7, 10))
    for country in ("India", "Jepang", "Kanada"):
        assert has(found, "meeting", {"Retno Marsudi", country}, date(2023, 7, 11), "planned")


def test_a_call_on_a_person_is_a_visit_and_a_meeting() -> None:
    text = "Ketua Umum PKB Muhaimin Iskandar menyambangi kediaman Prabowo Subianto, Senin (10/4)."
    found = events_of(text, published=date(2023, 4, 28))
    assert has(found, "visit", {"Muhaimin Iskandar"}, date(2023, 4, 10))
    assert has(found, "meeting", {"Muhaimin Iskandar", "Prabowo Subianto"}, date(2023, 4, 10))


def test_a_meeting_named_as_a_setting_is_not_a_new_meeting() -> None:
    text = (
        "Presiden Joko Widodo bertemu Perdana Menteri Australia Anthony Albanese, Senin "
        "(17/4/2023). Dalam pertemuan tersebut, Menteri Luar Negeri Retno Marsudi hadir."
    )
    meetings = [e for e in events_of(text) if e[0] == "meeting"]
    assert len(meetings) == 1


def test_a_capital_names_its_state_only_as_a_subject() -> None:
    text = "Menlu Wang Yi mengatakan akan mengunjungi Washington untuk melanjutkan pembicaraan."
    found = events_of(text)
    assert not any("Amerika Serikat" in keys for _, keys, _, _ in found if _ == "meeting")
    assert has(found, "visit", {"Wang Yi"}, modality="planned")


def test_a_statement_is_dated_by_its_speaking_not_by_what_was_said() -> None:
    text = (
        "Menteri Keuangan Sri Mulyani Indrawati mengungkapkan pertumbuhan ekonomi kuartal II "
        "mencapai 5,18 persen, kata dia di Jakarta, Jumat (5/8/2016)."
    )
    found = events_of(text, published=date(2016, 8, 5))
    assert has(found, "statement", {"Sri Mulyani Indrawati"}, date(2016, 8, 5))
    assert not any(d is not None and d.month == 4 for _, _, d, _ in found)


def test_a_habitual_denial_keeps_no_date() -> None:
    text = (
        "Presiden Rusia Vladimir Putin bertemu Menteri Pertahanan China Li Shangfu, Minggu "
        "(16/4/2023). China telah berulang kali membantah mengirim senjata ke Rusia."
    )
    denial = [e for e in events_of(text) if e[0] == "statement" and "Tiongkok" in e[1]]
    assert denial and denial[0][2] is None


def test_a_dateline_line_names_no_actor() -> None:
    from etl.pipeline import annotate

    text = "Jakarta, MISTAR.ID\nPresiden Joko Widodo bertemu Perdana Menteri Anthony Albanese."
    actors = [h for h in annotate(text, ANCHOR) if h.kind == "actor"]
    assert actors and all(h.start > len("Jakarta, MISTAR.ID") for h in actors)


def test_both_sides_speak_as_the_parties_of_the_meeting_just_told() -> None:
    text = (
        "Menlu AS Antony Blinken mengadakan pembicaraan dengan Menlu China Qin Gang, Minggu "
        "(18/6/2023). Kedua belah pihak menyatakan keinginan untuk menstabilkan hubungan."
    )
    found = events_of(text, published=date(2023, 6, 19))
    assert has(found, "statement", {"Antony Blinken"})
    assert has(found, "statement", {"Qin Gang"})


def test_a_medium_speaks_when_it_is_the_subject() -> None:
    text = "“Masih ada harapan,” demikian tabloid Global Times, melaporkan pada Senin ini."
    assert has(events_of(text, published=date(2023, 6, 19)), "statement", {"Global Times"})


def test_a_date_inside_a_quotation_does_not_date_the_meeting_told_outside_it() -> None:
    text = (
        "“Saya pasti ke Papua paling lambat minggu depan,” ujar Panglima TNI Andika Perkasa "
        "usai bertemu Ketua DPD LaNyalla Mattalitti di Jakarta, Rabu (24/11/2021)."
    )
    found = events_of(text, published=date(2021, 11, 28))
    assert has(found, "meeting", {"Andika Perkasa", "LaNyalla Mattalitti"}, date(2021, 11, 24))


@pytest.mark.parametrize(
    ("text", "kind", "actors"),
    [
        (
            "Seskab Pramono Anung mengutarakan bahwa rapat terbatas digelar besok.",
            "statement",
            {"Pramono Anung"},
        ),
        (
            "Presiden Joko Widodo menggelar pertemuan empat mata dengan Presiden Prancis "
            "Emmanuel Macron di Istana Bogor.",
            "meeting",
            {"Joko Widodo", "Emmanuel Macron"},
        ),
        (
            "Kepala BIN Budi Gunawan menerima audiensi Duta Besar Jepang Masaki Yasushi.",
            "meeting",
            {"Budi Gunawan", "Yasushi Masaki"},
        ),
        (
            "Menhan Prabowo Subianto bertukar pikiran dengan Menhan AS Mark Esper di Pentagon.",
            "meeting",
            {"Prabowo Subianto", "Mark Esper"},
        ),
        (
            "Presiden Joko Widodo dan Raja Salman berdialog di Istana Al-Yamamah, Riyadh.",
            "meeting",
            {"Joko Widodo", "Salman"},
        ),
        (
            "Kapolri Listyo Sigit Prabowo berkoordinasi dengan Panglima TNI Yudo Margono.",
            "meeting",
            {"Listyo Sigit Prabowo", "Yudo Margono"},
        ),
        (
            "Menlu Retno Marsudi melakukan panggilan video dengan Menlu Australia Penny Wong.",
            "meeting",
            {"Retno Marsudi", "Penny Wong"},
        ),
        (
            "Presiden Joko Widodo dan Prabowo Subianto terlihat mengobrol santai di Istana.",
            "meeting",
            {"Joko Widodo", "Prabowo Subianto"},
        ),
        (
            "Ketua DPR Puan Maharani menerima delegasi parlemen Jepang yang dipimpin Ketua "
            "Majelis Rendah Hiroyuki Hosoda di Gedung DPR.",
            "meeting",
            {"Puan Maharani", "Hiroyuki Hosoda"},
        ),
        (
            "Gubernur Jawa Timur Khofifah Indar Parawansa menerima rombongan pengusaha asal "
            "Tiongkok yang dipimpin oleh Wang Wei.",
            "visit",
            {"Wang Wei", "Khofifah Indar Parawansa"},
        ),
        ("Hal itu dikemukakan Panglima TNI Yudo Margono.", "statement", {"Yudo Margono"}),
        (
            "Presiden Joko Widodo menerima pengurus PBNU di Istana Merdeka.",
            "meeting",
            {"Joko Widodo", "PBNU"},
        ),
        (
            "Gubernur Jawa Barat Ridwan Kamil menerima kunjungan DPRD Kabupaten Bogor.",
            "visit",
            {"DPRD Kabupaten Bogor", "Ridwan Kamil"},
        ),
        (
            "Wali Kota Surabaya Eri Cahyadi kedatangan tamu Duta Besar Jepang Masaki Yasushi.",
            "meeting",
            {"Eri Cahyadi", "Yasushi Masaki"},
        ),
        (
            "Seperti diumumkan Zelensky di Twitter pada Rabu, Jokowi menyampaikan dukungannya.",
            "statement",
            {"Volodymyr Zelensky"},
        ),
        (
            "Kremlin mengkonfirmasi telah terjadi pembicaraan telepon Jokowi dengan Putin.",
            "statement",
            {"Rusia"},
        ),
        (
            "Menkeu Singapura Lawrence Wong datang langsung ke kediaman Gubernur Jawa Tengah "
            "Ganjar Pranowo di Semarang.",
            "meeting",
            {"Lawrence Wong", "Ganjar Pranowo"},
        ),
        (
            "Data itu dipaparkan oleh Kepala BMKG Dwikorita Karnawati di Jakarta.",
            "statement",
            {"Dwikorita Karnawati"},
        ),
        (
            "Menteri Perdagangan Zulkifli Hasan merapat ke Istana Kepresidenan, Jumat (4/10/2024).",
            "visit",
            {"Zulkifli Hasan"},
        ),
        (
            "Ketua Umum Partai Golkar Airlangga Hartarto datang ke Istana Kepresidenan, Senin.",
            "visit",
            {"Airlangga Hartarto"},
        ),
        (
            "Menteri Pertahanan Malaysia Mohamad Hasan mengadakan pertemuan dua hala dengan "
            "Menteri Pertahanan Indonesia Sjafrie Sjamsoeddin.",
            "meeting",
            {"Mohamad Hasan", "Sjafrie Sjamsoeddin"},
        ),
    ],
)
def test_the_language_tables_reach_beyond_the_development_set(
    text: str, kind: str, actors: set[str]
) -> None:
    assert has(events_of(text), kind, actors), events_of(text)


STORY_DATES = [
    (
        "Menlu Retno Marsudi menerima Menlu Fiji Pio Tabaiwalu di Jakarta, Jumat (14/4/2023). "
        "Keduanya membahas kerja sama perikanan. Menlu Fiji juga bertemu dengan Ketua DPR "
        "Puan Maharani.",
        "meeting",
        {"Puan Maharani"},
        date(2023, 4, 14),
    ),
    (
        "Presiden Joko Widodo meresmikan bendungan di Jawa Tengah, Rabu (12/4/2023). "
        "Menteri PUPR Basuki Hadimuljono mengatakan bendungan itu mengairi 5.000 hektare.",
        "statement",
        {"Basuki Hadimuljono"},
        date(2023, 4, 12),
    ),
]


@pytest.mark.parametrize(("text", "kind", "actors", "when"), STORY_DATES)
def test_an_undated_report_happens_on_the_story_day(
    text: str, kind: str, actors: set[str], when: date
) -> None:
    """What the article tells with no date of its own shares the day its lead gives."""
    assert has(events_of(text), kind, actors, when)


def test_what_was_told_as_earlier_keeps_no_story_date() -> None:
    text = (
        "Menlu Retno Marsudi menerima Menlu Fiji Pio Tabaiwalu di Jakarta, Jumat (14/4/2023). "
        "Sebelumnya, Menlu Fiji sudah bertemu dengan Ketua DPR Puan Maharani."
    )
    found = events_of(text)
    assert has(found, "meeting", {"Puan Maharani"})
    assert not has(found, "meeting", {"Puan Maharani"}, date(2023, 4, 14))


def test_a_list_of_office_holders_met_is_one_meeting_each() -> None:
    text = (
        "Presiden Joko Widodo telah melakukan pertemuan dengan Ketua Umum Partai Golkar Agus "
        "Santoso, Ketua Umum PPP Rudi Hartono, juga dengan Ketua Umum PDI Perjuangan Sinta "
        "Wulandari di Istana Merdeka, Senin (17/4/2023)."
    )
    found = events_of(text)
    for guest in ("Agus Santoso", "Rudi Hartono", "Sinta Wulandari"):
        assert has(found, "meeting", {"Joko Widodo", guest}, date(2023, 4, 17))
    assert not any(len(keys) > 2 for kind, keys, _, _ in found if kind == "meeting")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Kami keberatan," kata kuasa hukum Budi Hartanto, Sari Wulandari, di Jakarta.',
            "Sari Wulandari",
        ),
        (
            '"Presiden sudah tahu," ujar Juru Bicara Presiden Joko Widodo, Andi Pratama, Senin.',
            "Andi Pratama",
        ),
        (
            '"Benar," kata Staf Khusus Bidang Komunikasi Publik Menteri Pertahanan Prabowo '
            "Subianto, Rahmat Hidayat, saat dihubungi.",
            "Rahmat Hidayat",
        ),
        ('"Kami siap," kata Presiden Joko Widodo, Senin (17/4/2023).', "Joko Widodo"),
    ],
)
def test_who_speaks_for_a_person_named_before_speaks(text: str, speaker: str) -> None:
    """`kata kuasa hukum X, Y`: the name after the comma is the spokesman's, the speaker."""
    speakers = [a for kind, actors in roles_of(text) if kind == "statement" for a in actors]
    assert speakers == [(speaker, "speaker")]


@pytest.mark.parametrize(
    "text",
    [
        "Pertemuan itu merupakan tindak lanjut dari pertemuan antara Megawati dan Prabowo.",
        "Lebih lanjut, ia pun lanjut membahas pengamanan di Papua bersama Indonesia.",
    ],
)
def test_a_speech_tag_inside_a_phrase_is_another_word(text: str) -> None:
    """`tindak lanjut`, `Lebih lanjut`: a tag verb behind a word, not a comma or a quotation
    mark, tags no speech."""
    assert [e for e in events_of(text) if e[0] == "statement"] == []


def test_a_passive_qualifying_a_noun_tags_no_speech() -> None:
    """`Menurut Sjafrie, yang diungkapkan setelah doa bersama … Hari Ulang Tahun ke-80 TNI di
    Monas, …`: one speaker, the one named; the occasion and the place say nothing."""
    text = (
        "Menurut Menhan Sjafrie Sjamsoeddin, yang diungkapkan setelah doa bersama dalam rangka "
        "Hari Ulang Tahun ke-80 TNI di Monas, pertemuan itu penting."
    )
    speakers = [a for kind, actors in roles_of(text) if kind == "statement" for a in actors]
    assert speakers == [("Sjafrie Sjamsoeddin", "speaker")]


def test_a_name_s_degrees_do_not_break_a_list_of_visitors() -> None:
    text = (
        "Panglima TNI Marsekal Budi Hartanto, S.I.P. bersama Kapolri Jenderal Rudi Hartono, "
        "M.Si. melakukan kunjungan kerja ke Sorong, Sabtu (15/4/2023)."
    )
    assert has(events_of(text), "visit", {"Budi Hartanto", "Rudi Hartono"}), events_of(text)


def test_a_fronted_clause_with_its_own_subject_keeps_its_event_to_itself() -> None:
    """`Sebelum X melawat AS, Menlu AS Y mengumumkan …`: Y neither hosts nor meets X."""
    found = roles_of(
        "Sebelum Presiden Volodymyr Zelensky melawat AS, Menteri Luar Negeri AS Antony Blinken "
        "telah mengumumkan bantuan."
    )
    visit = ("visit", (("Volodymyr Zelensky", "visitor"), ("Amerika Serikat", "host")))
    assert visit in found, found
    assert not any(kind == "meeting" for kind, _ in found), found


def test_who_goes_somewhere_in_order_to_meet_is_the_one_who_meets() -> None:
    """`Anwar sambangi Istana Kepresidenan … untuk bertemu dengan Prabowo`: the bare verb form is
    a visit, and the visitor, not the place, meets the host."""
    text = (
        "PM Malaysia Anwar Ibrahim sambangi Istana Kepresidenan Jakarta, Selasa (18/4/2023) "
        "untuk bertemu dengan Presiden Joko Widodo."
    )
    found = events_of(text)
    assert has(found, "visit", {"Anwar Ibrahim"}, date(2023, 4, 18)), found
    assert has(found, "meeting", {"Anwar Ibrahim", "Joko Widodo"}, date(2023, 4, 18)), found
    assert not any("Istana Kepresidenan" in keys for _, keys, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Presiden Jokowi mengajak PM Anthony Albanese menuju halaman belakang Istana.", False),
        ("Jokowi mengajak Albanese untuk berfoto bersama di Ruang Teratai.", False),
        ("Presiden Jokowi mengajak masyarakat untuk menjaga persatuan.", True),
        ("Jokowi mengajak PM Anthony Albanese untuk memperkuat kerja sama kedua negara.", True),
    ],
)
def test_a_guest_led_somewhere_is_hosted_not_urged(text: str, said: bool) -> None:
    assert any(kind == "statement" for kind, *_ in events_of(text)) is said, events_of(text)


def test_a_conflict_between_two_states_is_no_meeting_of_theirs() -> None:
    """`Rapat untuk membahas konflik antara Iran dan Israel`: the states are what the meeting
    discusses, not its parties."""
    found = events_of("Rapat itu untuk membahas konflik antara Iran dan Israel.")
    assert not any({"Iran", "Israel"} <= set(keys) for _, keys, _, _ in found), found


def test_a_plural_pronoun_opening_a_sentence_is_no_speaker() -> None:
    found = events_of("Keduanya sepakat untuk terus meningkatkan hubungan kedua negara.")
    assert not any("Keduanya" in keys for _, keys, _, _ in found), found


def test_a_medium_s_country_is_no_speaker() -> None:
    """`menurut kantor berita pemerintah Rusia, Tass`: the state of the agency cited says
    nothing."""
    found = events_of('"Saya senang," kata Xi Jinping, menurut kantor berita pemerintah Rusia.')
    assert not any("Rusia" in keys for _, keys, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Presiden Joko Widodo menerima PM Fumio Kishida. Lebih lanjut, mantan Wali Kota Solo "
            "itu menyebut kunjungan itu penting.",
            "Joko Widodo",
        ),
        (
            "Anggota Komisi I DPR Sukamta menyampaikan hal itu. Legislator dari Fraksi PKS itu "
            "menyebut dialog akan digelar.",
            "Sukamta",
        ),
    ],
)
def test_a_post_pointed_at_after_its_seat_is_the_person_named_before(
    text: str, speaker: str
) -> None:
    assert has(events_of(text), "statement", {speaker}), events_of(text)


def test_the_speaker_of_a_tag_after_a_visit_noun_is_not_its_visitor() -> None:
    """`Meski kunjungan perkenalan, kata Retno, …` tells another's visit; a speaker before the
    trigger may still take part (`kata Qin pada konferensi pers bersama …`)."""
    found = events_of(
        "Meski kunjungan perkenalan, kata Retno, kedua negara akan membahas kerja sama."
    )
    assert [kind for kind, *_ in found] == ["statement"], found
    found = events_of(
        '"Kami siap," kata Menlu Qin Gang pada konferensi pers bersama Menlu Jerman Annalena '
        "Baerbock di Beijing."
    )
    assert has(found, "meeting", {"Qin Gang", "Annalena Baerbock"}), found


def test_a_post_of_nobody_in_particular_is_no_actor() -> None:
    text = (
        "Kunjungan PM Fumio Kishida merupakan kunjungan pertama seorang kepala negara ke Indonesia."
    )
    assert all("Joko Widodo" not in keys for _, keys, _, _ in events_of(text)), events_of(text)


def test_a_byline_sets_no_scene_for_the_next_sentence() -> None:
    text = (
        "Menurut Menlu itu, pertemuan dijadwalkan pada Senin (24/4) pekan depan.\n"
        "Jumat, 21 April 2023 11:00 WIB Jurnalis - Rina Kusuma A.B. Tamba\n"
        "Jakarta - Menlu Retno Marsudi mengaku pertemuan itu sudah ditunda.\n"
        "Hal itu ia sampaikan usai acara di Makassar, Kamis (20/4)."
    )
    assert not has(
        events_of(text, date(2023, 4, 21)), "statement", {"Retno Marsudi"}, date(2023, 4, 21)
    )


@pytest.mark.parametrize(
    ("text", "speaker", "day"),
    [
        (
            "Presiden Prabowo Subianto menerima PM Vietnam Pham Minh Chinh di Istana Merdeka, "
            "Kamis (6/3/2025). Sehari sebelumnya, Pham bertemu Ketua DPR Puan Maharani. Menteri "
            "Luar Negeri Sugiono mengatakan kunjungan ini menandai 70 tahun hubungan kedua negara.",
            "Sugiono",
            date(2025, 3, 6),
        ),
        (
            "Presiden Prabowo Subianto menerima PM Vietnam Pham Minh Chinh di Istana Merdeka, "
            "Kamis (6/3/2025). Sehari sebelumnya, Pham bertemu Ketua DPR Puan Maharani. Puan "
            "mengatakan parlemen kedua negara akan bekerja sama.",
            "Puan Maharani",
            date(2025, 3, 5),
        ),
    ],
)
def test_a_day_opening_a_sentence_dates_what_its_own_parties_say_next(
    text: str, speaker: str, day: date
) -> None:
    """`Sehari sebelumnya, Pham bertemu Puan.` sets the scene for what Puan says next, not for
    a minister who took no part in it: he speaks on the story's day."""
    found = events_of(text, date(2025, 3, 7))
    assert has(found, "statement", {speaker}, day), found


def test_a_byline_date_is_no_story_day() -> None:
    text = (
        "Rina Kusuma • 19 April 2023 17:37\n"
        "Menlu Retno Marsudi bertemu dengan Menlu Fiji Pio Tabaiwalu di Suva, Senin (17/4/2023).\n"
        "Menteri Perikanan Sakti Wahyu mengatakan kerja sama itu penting."
    )
    assert has(events_of(text), "statement", {"Sakti Wahyu"}, date(2023, 4, 17))


def test_an_event_keeps_the_clock_time_of_its_day_through_the_merge() -> None:
    from etl.merge import merge_reports

    text = (
        "Menlu Retno Marsudi bertemu dengan Menlu Fiji Pio Tabaiwalu di Suva, "
        "Senin (17/4/2023) pukul 10.15 WIB.\n"
        "Menteri Pertahanan Prabowo Subianto bertemu Menhan Australia Richard Marles di Jakarta, "
        "Selasa (18/4/2023). Pertemuan dimulai sekitar pukul 9 pagi."
    )
    extraction = extract_article(Article("t", "t.txt", text, published=ANCHOR, language="id"))
    meetings = {e.date.start: e.date for e in extraction.events if e.event_type == "meeting"}
    assert meetings[date(2023, 4, 17)].time_of_day.isoformat("minutes") == "10:15"
    assert meetings[date(2023, 4, 17)].granularity == "day"
    events = merge_reports([extraction])["events"]
    clocks = {
        row["date_start"]: (row["time_of_day"], row["time_precision"])
        for row in events.iter_rows(named=True)
    }
    assert clocks[date(2023, 4, 17)] == ("10:15", "minute")
    assert clocks[date(2023, 4, 18)] == (None, None)


def test_a_source_past_a_comma_is_not_the_speaker() -> None:
    text = "Menurut sumber yang mengetahui pertemuan itu, Prabowo menemui Megawati di Teuku Umar."
    found = events_of(text)
    assert not has(found, "statement", {"Prabowo Subianto"})
    assert has(found, "meeting", {"Prabowo Subianto", "Megawati Soekarnoputri"})


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kedutaan Besar Rusia di Indonesia bereaksi lewat Twitter.",
            "Kedutaan Besar Rusia di Indonesia",
        ),
        ("Kemlu menyesalkan insiden tersebut.", "Kementerian Luar Negeri RI"),
        ("Lavrov sepakat dengan Retno bahwa eskalasi harus dicegah.", "Lavrov"),
        ('"Saya akan datang," cuit Trump di media sosial.', "Trump"),
        (
            "Kedutaan Malaysia di Jakarta dalam satu kenyataan memaklumkan hal itu.",
            "Kedutaan Besar Malaysia di Jakarta",
        ),
        (
            "Dalam satu kenyataan, Pejabat Perdana Menteri (PMO) memaklumkan kedua-dua pemimpin "
            "membincangkan isu serantau.",
            "Pejabat Perdana Menteri",
        ),
        ("Kantor Staf Presiden (KSP) menyatakan program itu berjalan.", "Kantor Staf Presiden"),
    ],
)
def test_institutions_speak(text: str, speaker: str) -> None:
    assert has(events_of(text), "statement", {speaker})


def test_a_host_welcoming_a_guest_is_a_meeting_and_a_visit() -> None:
    text = "Presiden Prabowo Subianto menyambut Perdana Menteri Fiji Sitiveni Rabuka di Istana."
    found = events_of(text)
    assert has(found, "meeting", {"Prabowo Subianto", "Sitiveni Rabuka"})
    assert has(found, "visit", {"Prabowo Subianto", "Sitiveni Rabuka"})


def test_a_welcome_said_of_someone_far_from_the_verb_is_no_reception() -> None:
    text = "Putin, yang berbicara di Normandia, berkata tak bisa untuk tidak menyambut Poroshenko."
    assert not has(events_of(text), "meeting", {"Poroshenko"})


@pytest.mark.parametrize(
    "listing",
    [
        "Di antaranya, Panglima Angkatan Bersenjata Fiji Laksamana Jone Kalouniwai dan Kepala "
        "Staf Tentara Tonga Kolonel Lord Fielakepa.",
        "• Panglima Angkatan Bersenjata Fiji Laksamana Jone Kalouniwai\n"
        "• Kepala Staf Tentara Tonga Kolonel Lord Fielakepa",
        "Di antara pimpinan yang ditemui Agus itu adalah Panglima Angkatan Bersenjata Fiji "
        "Laksamana Jone Kalouniwai dan Kepala Staf Tentara Tonga Kolonel Lord Fielakepa.",
    ],
)
def test_the_members_of_a_group_met_listed_next_are_one_meeting_each(listing: str) -> None:
    text = (
        "Panglima TNI Agus Subiyanto menggelar pertemuan dengan sejumlah pimpinan militer "
        "negara sahabat di Bangkok, Selasa (11/4/2023).\n" + listing
    )
    found = events_of(text)
    for guest in ("Jone Kalouniwai", "Lord Fielakepa"):
        assert has(found, "meeting", {"Agus Subiyanto", guest}, date(2023, 4, 11))


@pytest.mark.parametrize(
    ("text", "not_actor"),
    [
        ("Rakyat Malaysia yang berkunjung ke Indonesia diminta berhati-hati.", "Malaysia"),
        ('"Rakyat bisa tenang," ujar anggota Komisi I DPR itu.', "Komisi I DPR"),
        (
            '"Hari ini menteri blusukan," ujar salah seorang staf humas Kemlu.',
            "Kementerian Luar Negeri RI",
        ),
        ('"Kami siap," kata seorang diplomat Rusia kepada wartawan.', "Rusia"),
        ("Seorang pengamat Australia menilai pertemuan itu penting.", "Australia"),
        ("Setelah itu, Putin bersalaman dengan anak-anak Indonesia berpakaian adat.", "Indonesia"),
    ],
)
def test_unnamed_people_of_a_country_or_body_are_no_actor(text: str, not_actor: str) -> None:
    assert not any(not_actor in keys for _, keys, _, _ in events_of(text))


def test_a_guest_welcomed_by_hosts_met_them_and_visited() -> None:
    text = (
        "Presiden Prabowo yang memakai jas hitam disambut langsung oleh Presiden India Droupadi "
        "Murmu dan Perdana Menteri Narendra Modi di New Delhi, Sabtu (25/1/2025)."
    )
    found = events_of(text)
    assert has(found, "meeting", {"Prabowo Subianto", "Droupadi Murmu", "Narendra Modi"})
    assert has(found, "visit", {"Prabowo Subianto", "Droupadi Murmu"}, date(2025, 1, 25))


def test_a_range_opened_by_sejak_dates_the_visit() -> None:
    text = "KSAD Dudung Abdurachman berkunjung ke Singapura sejak tanggal 5 hingga 7 Juli 2023."
    assert has(events_of(text), "visit", {"Dudung Abdurachman"}, date(2023, 7, 5))


@pytest.mark.parametrize(
    ("text", "kind", "actors"),
    [
        (
            "Presiden Jokowi ditelepon oleh Presiden Turki Recep Tayyip Erdogan, Senin (17/4).",
            "meeting",
            {"Joko Widodo", "Recep Tayyip Erdogan"},
        ),
        (
            "Dubes Jepang Masaki Yasushi menyerahkan surat kepercayaan kepada Presiden Jokowi.",
            "meeting",
            {"Yasushi Masaki", "Joko Widodo"},
        ),
        (
            "Prabowo menghadiri jamuan santap malam yang digelar Raja Charles III di London.",
            "meeting",
            {"Prabowo Subianto", "Charles III"},
        ),
        (
            "Hal itu disampaikan oleh Menteri Pertahanan Prabowo Subianto di Jakarta.",
            "statement",
            {"Prabowo Subianto"},
        ),
    ],
)
def test_calls_credentials_banquets_and_passive_speech(
    text: str, kind: str, actors: set[str]
) -> None:
    assert has(events_of(text), kind, actors)


MATCH_REPORT = (
    "Persija Jakarta akan bertemu Persib Bandung dalam laga pekan ke-12 Liga 1 di Stadion "
    "Gelora Bung Karno, Sabtu (15/4/2023). Pelatih Persija Thomas Doll mengatakan timnya siap. "
    "Pada pertandingan sebelumnya, Persija menang 2-1 lewat gol pada menit ke-80. Kiper dan "
    "gelandang tim itu tampil apik, dan klasemen kini berubah setelah babak kedua."
)
FORECAST = (
    "BMKG memprakirakan cuaca Jakarta berawan pada pagi hari, Senin (17/4/2023). Hujan ringan "
    "turun pada sore hari, dengan suhu 24 hingga 32 derajat Celsius. Angin bertiup dari barat, "
    "kelembapan tinggi, dan gelombang laut mencapai dua meter. Prakiraan cuaca itu berlaku "
    "hingga malam, dengan hujan petir di selatan."
)

BADMINTON = (
    "Ganda campuran Indonesia memastikan skuad Merah Putih tidak pulang dengan tangan hampa. "
    "Pasangan unggulan itu menang dua gim langsung atas ganda Jepang di final, kata pelatih "
    "Nova Widianto. Tunggal putra takluk di semifinal, sementara atlet muda meraih medali "
    "perunggu setelah poin demi poin pada set penentuan."
)


@pytest.mark.parametrize("text", [MATCH_REPORT, FORECAST, BADMINTON])
def test_a_match_report_or_forecast_reports_no_acts(text: str) -> None:
    assert events_of(text) == []


def test_one_sports_word_in_a_diplomatic_report_changes_nothing() -> None:
    text = (
        "Presiden Joko Widodo bertemu Perdana Menteri Anthony Albanese di Sydney, Senin "
        "(17/4/2023), sebelum keduanya menonton laga final sepak bola."
    )
    assert has(events_of(text), "meeting", {"Joko Widodo", "Anthony Albanese"})


def test_a_second_verb_joined_by_dan_keeps_the_first_verbs_subject() -> None:
    text = "Pemimpin Korea Utara Kim Jong Un mengunjungi Rusia pekan lalu dan bertemu Putin."
    found = events_of(text)
    assert has(found, "meeting", {"Kim Jong Un", "Putin"})
    assert not has(found, "meeting", {"Rusia"})


def test_a_time_opening_the_sentence_dates_its_main_clause() -> None:
    text = (
        "Sementara akhir pekan ini, Wapres AS Joe Biden yang sedang melakukan kunjungan kerja ke "
        "Timur Tengah dijadwalkan menggelar pertemuan dengan PM Benjamin Netanyahu."
    )
    found = events_of(text, published=date(2016, 3, 8))
    assert has(found, "meeting", {"Joe Biden", "Benjamin Netanyahu"}, date(2016, 3, 12), "planned")


def test_a_visit_of_ones_own_is_the_sentence_subjects() -> None:
    text = (
        "Panglima TNI Jenderal Moeldoko berjabat tangan dengan Putra Mahkota Brunei Al-Muhtadee "
        "Billah di Istana, dalam rangka kunjungan kerjanya ke Brunei, Selasa (4/11/2014)."
    )
    found = events_of(text)
    assert has(found, "visit", {"Moeldoko"}, date(2014, 11, 4))
    assert not has(found, "visit", {"Al-Muhtadee Billah"})


@pytest.mark.parametrize(
    ("text", "kind", "actors"),
    [
        ("Hal itu dikatakan presiden Joko Widodo di Istana.", "statement", {"Joko Widodo"}),
        (
            "Jokowi dan Prabowo makan siang bersama di Istana, Jumat (14/4/2023).",
            "meeting",
            {"Joko Widodo", "Prabowo Subianto"},
        ),
        ("SBY bersama Ani Yudhoyono tiba di Cikeas.", "visit", {"Susilo Bambang Yudhoyono"}),
        ("Menteri Jonan blusukan ke Pelabuhan Tanjung Priok.", "visit", {"Jonan"}),
        (
            "Dalam rapat kerja dengan Komisi I DPR, Menlu Retno memaparkan capaian diplomasi.",
            "meeting",
            {"Retno Marsudi", "Komisi I DPR"},
        ),
        ("Setibanya di Canberra, Presiden Jokowi menuju Parlemen.", "visit", {"Joko Widodo"}),
        ("Presiden Prabowo bertolak menuju Rio de Janeiro, Brasil.", "visit", {"Prabowo Subianto"}),
        (
            "Prabowo sowan ke kediaman Megawati di Teuku Umar.",
            "meeting",
            {"Prabowo Subianto", "Megawati Soekarnoputri"},
        ),
    ],
)
def test_passive_speech_shared_meals_and_initials_names(
    text: str, kind: str, actors: set[str]
) -> None:
    assert has(events_of(text), kind, actors)


@pytest.mark.parametrize(
    "text",
    [
        "KSAD Dudung menerima penghargaan dari Presiden Singapura Halimah Yacob.",
        "Jokowi menerima ucapan selamat dari Presiden AS Joe Biden.",
        "Retno menerima surat dari Sekjen PBB Antonio Guterres.",
    ],
)
def test_a_thing_received_from_someone_is_no_reception(text: str) -> None:
    assert not [e for e in events_of(text) if e[0] == "visit"]


def test_a_delegation_received_is_a_reception_of_its_leader() -> None:
    text = (
        "Wapres Ma'ruf Amin menerima delegasi dari Vanuatu yang dipimpin Menteri Luar Negeri "
        "Vanuatu Jotham Napat di Jakarta."
    )
    found = events_of(text)
    assert has(found, "meeting", {"Ma'ruf Amin", "Jotham Napat"})
    assert has(found, "visit", {"Ma'ruf Amin", "Jotham Napat"})


def test_a_scheduled_speech_is_no_statement_yet() -> None:
    text = "Presiden Zelensky dijadwalkan menyampaikan pidato di depan parlemen pekan depan."
    assert not has(events_of(text), "statement", {"Zelensky"})


def test_a_cancellation_told_behind_untuk_is_another_happenings() -> None:
    text = (
        "Jokowi menghubungi Perdana Menteri Australia Malcolm Turnbull untuk menyampaikan kabar "
        "penundaan kunjungannya."
    )
    assert has(events_of(text), "meeting", {"Joko Widodo", "Malcolm Turnbull"}, modality="asserted")
    assert has(
        events_of("Kunjungan Jokowi ke Australia ditunda."),
        "visit",
        {"Joko Widodo"},
        modality="negated",
    )


def test_a_cancelled_plan_is_negated_though_its_schedule_follows() -> None:
    text = (
        "Perdana Menteri Israel Benjamin Netanyahu membatalkan rencana kunjungannya ke "
        "Washington yang dijadwalkan pekan depan."
    )
    visits = [m for kind, _, _, m in events_of(text) if kind == "visit"]
    assert visits == ["negated"]


def test_a_pair_speaking_by_phone_is_a_call() -> None:
    text = (
        "Sebelumnya, Presiden AS Joe Biden dan PM Israel Benjamin Netanyahu berbicara melalui "
        "telepon."
    )
    assert has(events_of(text), "meeting", {"Joe Biden", "Benjamin Netanyahu"})


def test_states_between_which_ties_are_told_are_no_subject_of_a_trailing_saat_clause() -> None:
    text = (
        "Presiden Prabowo Subianto dan Presiden AS Donald Trump menyatakan komitmen untuk "
        "mempererat hubungan antara Indonesia dan Amerika Serikat saat bertelepon."
    )
    assert not has(events_of(text), "meeting", {"Indonesia", "Amerika Serikat"})


@pytest.mark.parametrize(
    "text",
    [
        "Menhan Sjafrie Sjamsoeddin menghadiri pertemuan ADMM-Plus di Vientiane, Laos.",
        "Menlu Sugiono bertemu dengan IORA di Jakarta, Senin (17/4/2023).",
        "Presiden Prabowo Subianto menghadiri pertemuan Shangri-La Dialogue di Singapura.",
    ],
)
def test_a_multilateral_forum_is_no_meeting_party(text: str) -> None:
    assert not [e for e in events_of(text) if e[0] == "meeting"]


def test_a_forum_is_no_party_but_a_bloc_is() -> None:
    forum = "Menlu Retno Marsudi bertemu dengan ASEAN di Jakarta, Senin (17/4/2023)."
    bloc = "Menlu Retno Marsudi bertemu dengan Uni Eropa di Jakarta, Senin (17/4/2023)."
    assert not [e for e in events_of(forum) if e[0] == "meeting"]
    assert has(events_of(bloc), "meeting", {"Retno Marsudi", "Uni Eropa"})


@pytest.mark.parametrize(
    "text",
    [
        "Effendi heran mengapa Prabowo tidak bisa meminta izin kepada Presiden.",
        "Menlu Retno belum menyatakan sikap atas usulan itu.",
    ],
)
def test_a_speech_act_not_done_is_no_statement(text: str) -> None:
    assert not [e for e in events_of(text) if e[0] == "statement" and e[1] != ("Effendi",)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Isu itu seharusnya disampaikan Menteri Pertahanan Prabowo Subianto secara langsung.",
            "Prabowo Subianto",
        ),
        ("Ketua DPR Puan Maharani semestinya menjelaskan hal itu kepada publik.", "Puan Maharani"),
        ("Menteri BUMN Erick Thohir diharapkan menjelaskan rencana itu.", "Erick Thohir"),
        ("Menlu Retno Marsudi diminta menyampaikan sikap pemerintah.", "Retno Marsudi"),
    ],
)
def test_a_speech_act_owed_is_no_statement(text: str, speaker: str) -> None:
    assert not has(events_of(text), "statement", {speaker})


def test_a_speech_act_after_being_asked_is_a_statement() -> None:
    text = "Saat diminta menanggapi, Presiden Joko Widodo mengatakan semuanya baik."
    assert has(events_of(text), "statement", {"Joko Widodo"})


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Kami siap membantu," tukas Menlu Retno Marsudi.', "Retno Marsudi"),
        ('"Tidak ada masalah," jawab Menteri Pertahanan Prabowo Subianto.', "Prabowo Subianto"),
        ('"Kita harus bersatu," pinta Presiden Joko Widodo.', "Joko Widodo"),
        ('"Dulu saya sering ke sana," kenang Ketua MPR Bambang Soesatyo.', "Bambang Soesatyo"),
        ("Wapres Ma'ruf Amin menggambarkan hubungan itu sebagai sangat erat.", "Ma'ruf Amin"),
        ("Ketua DPR Puan Maharani mengemukakan bahwa anggaran cukup.", "Puan Maharani"),
    ],
)
def test_less_common_speech_tags_name_their_speaker(text: str, speaker: str) -> None:
    assert has(events_of(text), "statement", {speaker})


@pytest.mark.parametrize(
    "text",
    [
        "Pertandingan itu seru sekali bagi Presiden Joko Widodo.",
        "Acara dilanjutkan dengan sesi tanya jawab bersama Menlu Retno Marsudi.",
        "Dokumen itu menceritakan kisah Ketua DPR Puan Maharani.",
    ],
)
def test_those_tags_in_other_senses_are_no_statement(text: str) -> None:
    assert not [e for e in events_of(text) if e[0] == "statement"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Menlu Retno Marsudi menyampaikan dukungan Indonesia kepada Menlu China Wang Yi "
            "melalui sambungan telepon, Senin (17/4/2023).",
            {"Retno Marsudi", "Wang Yi"},
        ),
        (
            "Konfirmasi tersebut disampaikan langsung oleh Menlu Malaysia kepada Menlu RI Retno "
            "Marsudi melalui sambungan telepon pada Jumat malam (14/4).",
            {"Menteri Luar Negeri Malaysia", "Retno Marsudi"},
        ),
    ],
)
def test_what_one_tells_another_over_the_phone_is_a_call(text: str, parties: set[str]) -> None:
    assert has(events_of(text), "meeting", parties)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Presiden AS Barack Obama secara pribadi mengatakan kepada Presiden Rusia Vladimir "
            "Putin bahwa ia harus meredam ketegangan.",
            {"Barack Obama", "Vladimir Putin"},
        ),
        (
            "Menlu Retno Marsudi menyampaikan kepada Menlu China Wang Yi bahwa Indonesia "
            "mendukung perdamaian.",
            {"Retno Marsudi", "Wang Yi"},
        ),
    ],
)
def test_what_one_says_to_another_in_person_is_a_talk(text: str, parties: set[str]) -> None:
    assert has(events_of(text), "meeting", parties)


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Joko Widodo mengatakan kepada wartawan bahwa semua baik.",
        "Presiden Joko Widodo menyampaikan kepada Presiden Xi Jinping melalui surat bahwa "
        "kerja sama harus berlanjut.",
    ],
)
def test_what_one_tells_the_press_or_writes_is_no_talk(text: str) -> None:
    assert not [e for e in events_of(text) if e[0] == "meeting"]


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        (
            "Menlu Retno Marsudi menyampaikan pesan Presiden Joko Widodo kepada PM Australia "
            "Anthony Albanese agar kerja sama energi diperkuat.",
            "Joko Widodo",
        ),
        (
            "Menlu Retno Marsudi menyampaikan salam Presiden Joko Widodo kepada PM Australia "
            "Anthony Albanese.",
            None,
        ),
    ],
)
def test_a_message_carried_to_another_is_a_talk_and_its_sender_s_statement(
    text: str, sender: str | None
) -> None:
    """`Retno menyampaikan pesan Presiden Jokowi kepada PM Albanese agar …`: the carrier and the
    one addressed talked, and the message is the sender's statement too (relayed speech,
    ANNOTATION.md); a greeting carried is no statement of its sender's."""
    found = events_of(text)
    assert has(found, "meeting", {"Retno Marsudi", "Anthony Albanese"})
    speakers = {e[1] for e in found if e[0] == "statement"}
    assert speakers == {("Retno Marsudi",)} | ({(sender,)} if sender else set())


def test_a_talk_already_told_is_not_told_twice() -> None:
    text = (
        "Menlu Retno Marsudi bertemu Menlu China Wang Yi di Jakarta. Retno menyampaikan kepada "
        "Wang Yi bahwa Indonesia mendukung perdamaian."
    )
    assert len([e for e in events_of(text) if e[0] == "meeting"]) == 1


def test_a_body_cited_by_menurut_speaks_though_a_person_opens_what_it_said() -> None:
    text = (
        "Menurut keterangan tertulis Kedutaan Besar Australia, Dubes Greg Moriarty telah "
        "memenuhi panggilan tersebut."
    )
    speakers = {keys for kind, keys, _, _ in events_of(text) if kind == "statement"}
    assert speakers == {("Kedutaan Besar Australia",)}


@pytest.mark.parametrize(
    "text",
    [
        "Menlu Marty Natalegawa menegaskan Indonesia akan meninjau ulang kerja sama dengan "
        "Australia.",
        "Pemerintah akan meninjau kembali perjanjian dengan Singapura.",
    ],
)
def test_reviewing_a_deal_is_no_visit(text: str) -> None:
    assert not [e for e in events_of(text) if e[0] == "visit"]


def test_a_market_inspected_is_the_place_not_a_host() -> None:
    text = "Presiden Joko Widodo meninjau Pasar Tanah Abang di Jakarta."
    found = events_of(text)
    assert [keys for kind, keys, _, _ in found] == [("Joko Widodo",)]


def test_what_one_tells_a_newspaper_over_the_phone_is_no_call() -> None:
    text = "Menlu Retno Marsudi mengatakan hal itu kepada Kompas.com melalui sambungan telepon."
    assert not [e for e in events_of(text) if e[0] == "meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "Presiden AS Donald Trump dan Presiden Rusia Vladimir Putin bertemu di Anchorage, Alaska, "
        "pada Jumat (14/4/2023).",
        "Trump dan Putin Bertemu di Alaska, Bahas Perang Ukraina\n\nPresiden AS Donald Trump dan "
        "Presiden Rusia Vladimir Putin bertemu, Jumat (14/4/2023).",
    ],
)
def test_what_follows_bertemu_di_is_the_place_not_a_party(text: str) -> None:
    meetings = [keys for kind, keys, _, _ in events_of(text) if kind == "meeting"]
    assert meetings and all(set(keys) == {"Donald Trump", "Vladimir Putin"} for keys in meetings)


def test_a_party_after_the_place_of_bertemu_di_takes_dengan() -> None:
    text = "Presiden Joko Widodo bertemu di Bali dengan PM Jepang Fumio Kishida."
    assert has(events_of(text), "meeting", {"Joko Widodo", "Fumio Kishida"})


def test_a_speech_verb_behind_saat_is_the_sentence_subjects() -> None:
    text = (
        "Dubes Malaysia Zahrain Hashim menunjukkan foto tersangka, Siti Aisyah saat menyampaikan "
        "keterangan kepada media di Jakarta."
    )
    found = events_of(text)
    assert has(found, "statement", {"Zahrain Hashim"})
    assert not has(found, "statement", {"Siti Aisyah"})


def test_a_person_named_after_a_preposition_does_not_take_the_pronoun() -> None:
    text = (
        "Direktur Jenderal Abdul Kadir Jailani mengungkapkan hal itu penting. Pertemuan "
        "dengan Wakil Presiden Ma'ruf Amin merupakan tindak lanjut. Ia mengatakan kerja sama "
        "akan meningkat."
    )
    found = events_of(text)
    assert has(found, "statement", {"Abdul Kadir Jailani"})
    assert not has(found, "statement", {"Ma'ruf Amin"})


def test_guests_of_a_host_listed_next_each_visit_and_meet_the_host() -> None:
    """A host receives a group (`sembilan pimpinan … beraudiensi dengan Prabowo`, `menyambut para
    pemimpin`) and a list names them: each guest visits and meets the host, on the host's day."""
    text = (
        "Presiden Prabowo Subianto menerima para pemimpin negara sahabat di Istana Merdeka, "
        "Minggu (20/10/2024).\n"
        "Sembilan pimpinan negara sahabat beraudiensi dengan Prabowo di Istana Merdeka.\n"
        "Berikut daftar pimpinan yang bertamu ke Istana Merdeka.\n"
        "• Perdana Menteri Singapura Lawrence Wong\n"
        "• Perdana Menteri Papua Nugini James Marape\n"
    )
    found = events_of(text)
    for guest in ("Lawrence Wong", "James Marape"):
        assert has(found, "meeting", {"Prabowo Subianto", guest}, date(2024, 10, 20)), found
        assert has(found, "visit", {"Prabowo Subianto", guest}, date(2024, 10, 20)), found
    assert ("visit", (("Prabowo Subianto", "visitor"),)) not in roles_of(text)
    assert not any(
        t == "visit" and roles[0] == ("Prabowo Subianto", "visitor") for t, roles in roles_of(text)
    )


def test_an_audience_with_a_named_host_makes_the_host_no_visitor() -> None:
    text = "Sejumlah tokoh agama beraudiensi dengan Presiden Prabowo Subianto, Senin (21/10/2024)."
    assert not any(
        t == "visit" and ("Prabowo Subianto", "visitor") in roles for t, roles in roles_of(text)
    )


@pytest.mark.parametrize(
    ("text", "visitors"),
    [
        (
            "Menteri Luar Negeri Retno Marsudi dan Menteri Pertahanan Prabowo Subianto tiba di "
            "Tokyo, Senin (4/1/2016).",
            ("Retno Marsudi", "Prabowo Subianto"),
        ),
        (
            "Menteri Perdagangan Rachmat Gobel, Menteri Koperasi dan UKM Anak Agung Gede Ngurah "
            "Puspayoga dan Menteri Pertanian Amran Sulaiman bersama-sama blusukan ke Pasar Induk "
            "Kramat Jati.",
            ("Rachmat Gobel", "Anak Agung Gede Ngurah Puspayoga", "Amran Sulaiman"),
        ),
        (
            "Ketua MPR Bambang Soesatyo bersama dengan Wakil Ketua MPR Arsul Sani menyambangi "
            "Kantor DPP Nasdem di Jakarta.",
            ("Bambang Soesatyo", "Arsul Sani"),
        ),
    ],
)
def test_persons_who_travel_together_are_all_visitors(text: str, visitors: tuple) -> None:
    visits = [roles for t, roles in roles_of(text) if t == "visit"]
    assert visits == [tuple((v, "visitor") for v in visitors)], visits


def test_a_reception_named_again_is_no_new_visit() -> None:
    """`Saat menerima kunjungan itu, X didampingi …`: X received the visit already told."""
    text = (
        "Wakil Presiden Ma'ruf Amin menerima delegasi Vanuatu yang dipimpin Menteri Luar Negeri "
        "Jotham Napat di Jakarta, Senin (19/6/2023). Saat menerima kunjungan itu, Ma'ruf Amin "
        "didampingi Direktur Jenderal Asia Pasifik Abdul Kadir Jailani."
    )
    visits = [roles for t, roles in roles_of(text) if t == "visit"]
    assert visits == [(("Jotham Napat", "visitor"), ("Ma'ruf Amin", "host"))], visits


@pytest.mark.parametrize(
    ("text", "speakers", "not_speakers"),
    [
        (
            "Menhan AS Lloyd Austin menelepon Menhan Prabowo Subianto, Rabu (31/3/2021). Hal ini "
            "disampaikan Lloyd Austin dalam akun Twitter resminya.",
            {"Lloyd Austin"},
            {"Prabowo Subianto"},
        ),
        (
            "Usulan itu disampaikan kepada Presiden Joko Widodo di Istana, Senin (4/1/2016).",
            set(),
            {"Joko Widodo"},
        ),
        (
            "Panglima TNI Moeldoko bertemu dengan Panglima Komando Pasifik AS Laksamana Samuel "
            "Locklear di Brunei, Selasa (4/11/2014). Kedua pejabat tinggi militer tersebut "
            "sepakat bahwa isu keamanan perlu diselesaikan secara multilateral.",
            {"Moeldoko", "Samuel Locklear"},
            set(),
        ),
    ],
)
def test_who_a_passive_or_a_plural_speech_verb_gives_as_speaker(
    text: str, speakers: set[str], not_speakers: set[str]
) -> None:
    """`Hal ini disampaikan X` names its speaker after the verb, not the one it was said to;
    `Kedua menteri tersebut sepakat` is each party of the meeting just told."""
    said = {keys[0] for t, keys, _, _ in events_of(text) if t == "statement"}
    assert speakers <= said, said
    assert not not_speakers & said, said


def test_a_courtesy_call_without_a_subject_is_the_last_named_persons() -> None:
    """`Salah satunya dengan melakukan serangkaian courtesy call …, di Thailand`: the subject is
    left out, as in the sentence before; the call is that person's, to the place named."""
    text = (
        "Panglima TNI Jenderal Agus Subiyanto memperkuat kerja sama pertahanan regional. Salah "
        "satunya dengan melakukan serangkaian courtesy call sebelum pembukaan forum Chiefs of "
        "Defence (CHODs) 2025, di Thailand, Selasa, 26 Agustus 2025."
    )
    visits = [roles for t, roles in roles_of(text) if t == "visit"]
    assert visits and visits[0][0] == ("Agus Subiyanto", "visitor"), visits


def test_an_acronym_in_brackets_glosses_a_counterpart_and_does_not_end_the_list() -> None:
    text = (
        "Menlu Retno Marsudi akan berkomunikasi dengan Sekjen Organisasi Kerja Sama Islam (OKI), "
        "Menlu Arab Saudi dan Menlu Iran."
    )
    found = events_of(text)
    for counterpart in ("Menteri Luar Negeri Arab Saudi", "Menteri Luar Negeri Iran"):
        assert has(found, "meeting", {"Retno Marsudi", counterpart}), found


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        (
            "Kapolda Papua Paulus Waterpauw mengatakan sejumlah pejabat akan berkantor di "
            "Jayapura, Papua.",
            None,
        ),
        ("Paulus mengungkapkan mereka akan berkantor di Jayapura mulai 26 November 2019.", None),
        (
            "Kapolda Paulus Waterpauw hadir. Ia menyebut tak ada pasukan tambahan untuk mengawal "
            "para pejabat yang akan berkantor di Jayapura.",
            None,
        ),
        (
            "Menhan Prabowo Subianto mengatakan akan berkunjung ke Beijing pekan depan.",
            "Prabowo Subianto",
        ),
    ],
)
def test_one_who_tells_of_others_travelling_is_not_the_visitor(
    text: str, visitor: str | None
) -> None:
    """A speech verb whose clause has a subject of its own (`sejumlah pejabat`, `mereka`, `para
    pejabat yang …`): the speaker does not travel; without one the speaker does."""
    visitors = [roles[0][0] for t, roles in roles_of(text) if t == "visit"]
    assert visitors == ([visitor] if visitor else []), visitors


@pytest.mark.parametrize(
    "text",
    [
        "Malaysia memanggil pulang duta besar untuk Uni Emirat Arab, Selasa (29/3/2022).",
        "Pemerintah menarik pulang Duta Besar Indonesia untuk Australia, Rabu (18/2/2015).",
    ],
)
def test_an_envoy_recalled_home_is_no_meeting(text: str) -> None:
    assert not [t for t, *_ in events_of(text) if t == "meeting"]


def test_an_envoy_summoned_meets_who_summoned_him() -> None:
    text = "Dubes Tiongkok Lu Kang dipanggil oleh Kementerian Luar Negeri RI, Senin (4/1/2016)."
    assert has(events_of(text), "meeting", {"Lu Kang", "Kementerian Luar Negeri RI"})


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        (
            "Menlu Retno Marsudi bertemu dengan Menteri Luar Negeri Singapura Vivian Balakrishnan "
            "dan Menteri Luar Negeri Kenya Amina Mohamed di Jakarta, Senin (17/4/2023).",
            [{"Retno Marsudi", "Vivian Balakrishnan"}, {"Retno Marsudi", "Amina Mohammed"}],
        ),
        (
            "Menlu Retno Marsudi bertemu dengan Menlu Brasil Mauro Vieira, Menlu Chile Alberto "
            "van Klaveren, dan Menteri Luar Negeri Kenya Alfred Mutua di Jakarta, Senin "
            "(17/4/2023).",
            [
                {"Retno Marsudi", "Mauro Vieira"},
                {"Retno Marsudi", "Alberto van Klaveren"},
                {"Retno Marsudi", "Alfred Mutua"},
            ],
        ),
        (
            "Presiden Joko Widodo menelepon Presiden Ukraina Volodymyr Zelenskyy, lalu Presiden "
            "Rusia Vladimir Putin, Senin (17/4/2023).",
            [{"Joko Widodo", "Volodymyr Zelensky"}, {"Joko Widodo", "Vladimir Putin"}],
        ),
        (
            "Menhan Prabowo Subianto bertemu dengan Menlu Australia Penny Wong dan Menhan "
            "Australia Richard Marles di Canberra, Senin (17/4/2023).",
            [{"Prabowo Subianto", "Penny Wong", "Richard Marles"}],
        ),
        (
            "Menhan AS Lloyd Austin tiba di Jakarta, Senin (17/4/2023). Austin juga akan bertemu "
            "dengan Menko Polhukam Mahfud MD serta Menteri Luar Negeri Retno Marsudi.",
            [{"Lloyd Austin", "Mahfud MD"}, {"Lloyd Austin", "Retno Marsudi"}],
        ),
        (
            "Perdana Menteri Kamboja YM Hun Sen dan Raja Eswatini Mswati III juga menemui "
            "Presiden Joko Widodo, Senin (17/4/2023).",
            [{"Hun Sen", "Joko Widodo"}, {"Mswati III", "Joko Widodo"}],
        ),
        (
            "PM Jepang Fumio Kishida dan Presiden Korea Selatan Yoon Suk Yeol menggelar "
            "pertemuan trilateral dengan Presiden Joko Widodo, Senin (17/4/2023).",
            [{"Joko Widodo", "Fumio Kishida", "Yoon Suk Yeol"}],
        ),
        (
            "PM Australia Anthony Albanese disambut oleh Presiden India Droupadi Murmu dan "
            "Perdana Menteri India Narendra Modi di New Delhi, Senin (17/4/2023).",
            [{"Anthony Albanese", "Droupadi Murmu", "Narendra Modi"}],
        ),
        (
            "Presiden Joko Widodo menggelar pertemuan trilateral dengan PM Jepang Fumio Kishida "
            "dan Presiden Korea Selatan Yoon Suk Yeol di Bali, Senin (17/4/2023).",
            [{"Joko Widodo", "Fumio Kishida", "Yoon Suk Yeol"}],
        ),
    ],
)
def test_office_holders_of_different_states_are_met_one_by_one(
    text: str, meetings: list[set[str]]
) -> None:
    """Each bilateral with a different counterpart is its own meeting, and so is each call of a
    visitor on two of the host's office holders, or of leaders of two states on one host; two
    office holders of one state with the visitor's peer among them (a 2+2), two leaders
    receiving, or a trilateral is one meeting of all. A capitalised word after `, dan` is the
    next counterpart, not a verb that opens a new clause; `, lalu` goes on with the list."""
    found = [set(keys) for t, keys, _, _ in events_of(text) if t == "meeting"]
    assert sorted(map(sorted, found)) == sorted(map(sorted, meetings))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Menteri Luar Negeri RI Marty Natalegawa bertemu dengan Menlu Timor Leste Zacarias "
            "da Costa di Dili, Senin (17/4/2023). Menurut Menlu, perbatasan darat masih dibahas.",
            "Marty Natalegawa",
        ),
        (
            "Menlu Rusia Sergey Lavrov tiba di Jakarta, Senin (17/4/2023). Menlu mengatakan "
            "kerja sama harus ditingkatkan.",
            "Sergey Lavrov",
        ),
        (
            'Juru bicara Kemlu Arrmanatha Nasir hadir di Jakarta. "Kunjungan ini penting," '
            "jelas pria yang akrab disapa Tata tersebut dalam jumpa pers di Ruang Palapa, "
            "Kementerian Luar Negeri, Jakarta, Senin (17/4/2023).",
            "Arrmanatha Nasir",
        ),
        (
            "Juru bicara Kemlu Lalu Muhamad Iqbal hadir di Jakarta. Pria kelahiran Lombok itu "
            "mengatakan kunjungan itu penting.",
            "Lalu Muhamad Iqbal",
        ),
    ],
)
def test_who_a_bare_post_or_a_description_stands_for(text: str, speaker: str) -> None:
    """A post with no country is the paper's own country's holder when one was named, else the
    one named last; `pria yang akrab disapa …`, `pria kelahiran … itu` is the person the text is
    about, and a room (`Ruang Palapa`) is no speaker."""
    said = [keys for t, keys, _, _ in events_of(text) if t == "statement"]
    assert said == [(speaker,)]


@pytest.mark.parametrize(
    "text",
    [
        'Menlu Sugiono menjelaskan tugas para wakilnya. "Tugasnya dibagi," jelas Sugiono. '
        "Sedangkan Wamenlu Arif Havas Oegroseno, lanjutnya, lebih banyak fokus pada urusan "
        "bilateral.",
        "Menlu Sugiono menjelaskan tugas para wakilnya. Wamenlu Anis Matta, katanya, mengurus "
        "dunia Islam.",
    ],
)
def test_a_pronoun_tag_between_commas_is_the_speakers_not_the_subjects(text: str) -> None:
    """`X, lanjutnya, …` reports what is said of X; the one `-nya` points at speaks."""
    said = {keys for t, keys, _, _ in events_of(text) if t == "statement"}
    assert said == {("Sugiono",)}


def test_both_ministers_agreeing_are_both_parties_of_the_call() -> None:
    """`kedua Menlu sepakat`: both sides of the call just told, not the minister named last."""
    text = (
        "Menlu RI Retno Marsudi berbicara melalui telepon dengan Menlu Rusia Sergey Lavrov, "
        "Senin (17/4/2023). Kedua Menlu sepakat agar ketegangan tidak meluas."
    )
    said = {keys[0] for t, keys, _, _ in events_of(text) if t == "statement"}
    assert said == {"Retno Marsudi", "Sergey Lavrov"}


@pytest.mark.parametrize(
    ("text", "visits", "meetings"),
    [
        (
            "Presiden Joko Widodo berkunjung ke Tokyo atas undangan Perdana Menteri Jepang Fumio "
            "Kishida, Senin (17/4/2023).",
            [(("Joko Widodo", "visitor"), ("Fumio Kishida", "host"))],
            [],
        ),
        (
            "Presiden Prabowo Subianto mendapat sambutan kenegaraan di Kuala Lumpur, Senin "
            "(17/4/2023). Kunjungan ini dilakukan atas undangan Raja Malaysia Sultan Ibrahim.",
            [],
            [],
        ),
        (
            "Presiden Joko Widodo menyambangi kediaman Megawati Soekarnoputri di Jakarta, Senin "
            "(17/4/2023).",
            [(("Joko Widodo", "visitor"), ("Megawati Soekarnoputri", "host"))],
            [(("Megawati Soekarnoputri", "host"), ("Joko Widodo", "participant"))],
        ),
    ],
)
def test_whoever_invites_a_visit_hosts_it_and_is_no_visitor(
    text: str, visits: list[tuple], meetings: list[tuple]
) -> None:
    """`atas undangan X`: X hosts the visit (ANNOTATION.md: the host receives or invites), is
    never its visitor, and an invitation tells of no meeting; calling on someone still does."""
    found = roles_of(text)
    assert [a for t, a in found if t == "visit"] == visits
    assert [a for t, a in found if t == "meeting"] == meetings


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Presiden Prabowo Subianto menerima kunjungan Wakil Perdana Menteri (WPM) Malaysia "
            "Ahmad Zahid Hamidi di Jakarta. Wakil PM Malaysia menyampaikan bahwa hubungan kedua "
            "negara erat.",
            "Ahmad Zahid Hamidi",
        ),
        ('"Upacara ini hangat," ujar salah satu pejabat Istana Negara Malaysia.', None),
        ("Seorang analis Jepang-Indonesia menilai pertemuan ini sangat penting.", None),
        ("Sumber di Kremlin (Istana Kepresidenan Rusia) mengatakan pertemuan itu penting.", None),
        ("Namun, pasukan Rusia dan Turki telah sepakat bekerja sama.", None),
        ("Setelah diserang pasukan Israel, Hamas menyatakan gencatan senjata berakhir.", "Hamas"),
    ],
)
def test_a_deputy_is_no_principal_and_an_unnamed_official_no_state(
    text: str, speaker: str | None
) -> None:
    """`Wakil PM Malaysia` is the deputy named before, not the prime minister; `salah satu
    pejabat Istana Negara Malaysia` is an unnamed individual, skipped, and not Malaysia, nor is
    a state in a list or a pair after such a noun (`pasukan Rusia dan Turki`)."""
    said = [keys[0] for t, keys, _, _ in events_of(text) if t == "statement"]
    assert said == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Hal itu merujuk pada pertemuan Muhaimin Iskandar di kediaman Ketua Umum Partai "
            "Golkar, Airlangga Hartarto, Senin (17/4/2023).",
            {"Muhaimin Iskandar", "Airlangga Hartarto"},
        ),
        (
            "Pertemuan Prabowo Subianto di rumah dinas Menteri BUMN Erick Thohir berlangsung "
            "tertutup, Senin (17/4/2023).",
            {"Prabowo Subianto", "Erick Thohir"},
        ),
    ],
)
def test_a_meeting_at_someones_home_has_the_owner_as_a_party(text: str, parties: set[str]) -> None:
    """`pertemuan X di kediaman Y`: the meeting noun names one party, the home the other."""
    assert has(events_of(text), "meeting", parties, date(2023, 4, 17))


def test_a_malay_ministry_receiving_an_official_visit_is_its_host() -> None:
    """`menerima lawatan rasmi daripada …`: the Malay wording of receiving a visit."""
    text = (
        "BERAKAS - Kementerian Pertahanan Brunei pagi tadi menerima lawatan rasmi daripada "
        "Menteri Pertahanan Malaysia Mohamed Khaled Nordin, Selasa (17/4/2023)."
    )
    assert has(events_of(text), "visit", {"Khaled Nordin"})
    assert has(events_of(text), "meeting", {"Khaled Nordin"})


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        (
            "Di Bandara Internasional Kuching, Wapres Ma'ruf Amin disambut oleh Duta Besar RI "
            "Hermono, Selasa (28/11/2023).",
            [],
        ),
        (
            "Menlu Sugiono tiba di Bandara Sultan Iskandar Muda, Aceh Besar, Selasa (22/10/2024). "
            "Dia disambut Sekda Aceh Muhammad Diwarsyah.",
            [],
        ),
        (
            "Presiden Prabowo Subianto tiba di Istana Rashtrapati Bhavan, New Delhi. Prabowo "
            "disambut langsung oleh Presiden India Droupadi Murmu.",
            [{"Prabowo Subianto", "Droupadi Murmu"}],
        ),
    ],
)
def test_officials_welcoming_at_the_airport_are_no_meeting(
    text: str, meetings: list[set[str]]
) -> None:
    """ANNOTATION.md: airport welcoming officials are not hosts; a welcome at the palace is a
    meeting of guest and host."""
    found = [set(keys) for t, keys, _, _ in events_of(text) if t == "meeting"]
    assert found == meetings


def test_a_state_named_as_a_place_on_the_way_is_no_visitor() -> None:
    """`bertolak ke Malaysia melalui Wina, Austria setelah melakukan kunjungan kerja di Athena`:
    the state after a town on the route is where, not who; the visitor is the subject."""
    text = (
        "Wapres Ma'ruf Amin bertolak ke Malaysia melalui Wina, Austria setelah melakukan "
        "kunjungan kerja di Athena, Yunani, Senin (17/4/2023)."
    )
    visitors = {keys for t, keys, _, _ in events_of(text) if t == "visit"}
    assert visitors and all("Ma'ruf Amin" in keys and "Austria" not in keys for keys in visitors)
    text = (
        "Presiden Joko Widodo berangkat menuju Seoul, Korea Selatan untuk melakukan kunjungan "
        "kenegaraan, Minggu (15/5/2016)."
    )
    assert {keys for t, keys, _, _ in events_of(text) if t == "visit"} == {("Joko Widodo",)}


@pytest.mark.parametrize(
    ("text", "visitors"),
    [
        (
            "Wapres Ma'ruf Amin akan berdialog dengan diaspora Indonesia yang berada di "
            "Kuching, Malaysia, Senin (17/4/2023).",
            [],
        ),
        ("Menlu Retno Marsudi yang berada di New York mengatakan hal itu.", [("Retno Marsudi",)]),
        (
            "Menlu Retno Marsudi tiba di kediaman Susilo Bambang Yudhoyono (SBY) yang berada di "
            "Cikeas, Bogor.",
            [("Retno Marsudi",)],
        ),
    ],
)
def test_people_of_a_common_noun_staying_somewhere_make_no_visit(
    text: str, visitors: list[tuple[str, ...]]
) -> None:
    """`diaspora Indonesia yang berada di Kuching` are unnamed people staying there."""
    assert [keys for t, keys, _, _ in events_of(text) if t == "visit"] == visitors


def test_a_pronoun_tag_after_an_unnamed_source_names_no_one() -> None:
    """`…," kata sumber tersebut. "…," ujarnya.`: the source is unnamed, so is the second tag."""
    text = (
        "Presiden Rusia Vladimir Putin telah diundang ke KTT. “Kami pasti akan datang,” kata "
        "sumber tersebut. “KTT akan berlangsung pada 15-16 November,” ujarnya."
    )
    assert not [keys for t, keys, _, _ in events_of(text) if t == "statement"]


@pytest.mark.parametrize(
    "text",
    [
        "Menlu Retno Marsudi dijadwalkan bertemu dengan Menlu Australia Marise Payne pada Kamis "
        "(20/4/2023). Sebelumnya, kedua menteri telah bertemu di Port Moresby di sela-sela KTT "
        "APEC.",
        "Menlu Retno Marsudi dijadwalkan bertemu dengan Menlu Australia Marise Payne pada Kamis "
        "(20/4/2023). Pertemuan mereka sebelumnya berlangsung di Port Moresby.",
    ],
)
def test_an_earlier_meeting_of_the_two_just_told_is_a_meeting_of_its_own(text: str) -> None:
    """`kedua menteri telah bertemu`, `Pertemuan mereka sebelumnya`: the parties of the meeting
    just told, met earlier; a forum they met beside (`di sela-sela KTT APEC`) is no party."""
    found = [(keys, m) for t, keys, _, m in events_of(text) if t == "meeting"]
    assert sorted(found) == [
        (("Marise Payne", "Retno Marsudi"), "asserted"),
        (("Marise Payne", "Retno Marsudi"), "planned"),
    ]


def test_malay_meetings_planned_in_a_visit_programme() -> None:
    """`dijadualkan mengadakan pertemuan bersama …`, `perjumpaan dengan …`: Malay plans."""
    text = (
        "Menteri Luar Negeri Saifuddin Abdullah dijadualkan mengadakan pertemuan bersama "
        "Setiausaha Agung ASEAN Lim Jock Hoi, Selasa (18/4/2023)."
    )
    assert has(events_of(text), "meeting", {"Saifuddin Abdullah", "Lim Jock Hoi"}, None, "planned")


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        (
            "Sepanjang hari ini, Presiden Joko Widodo mengundang beberapa ketua umum partai. Pagi "
            "tadi mengundang Ketua Umum Partai Nasional Demokrat Surya Paloh, siang hari "
            "mengundang Ketua Umum PPP Romahurmuziy.",
            [("Joko Widodo", "Surya Paloh"), ("Joko Widodo", "Romahurmuziy")],
        ),
        (
            "Presiden Joko Widodo mengundang Ketua Umum Partai Gerindra Prabowo Subianto makan "
            "siang di Istana Merdeka, Senin (17/4/2023).",
            [("Joko Widodo", "Prabowo Subianto")],
        ),
        (
            "Presiden Joko Widodo mengundang Presiden Tiongkok Xi Jinping untuk menghadiri KTT G20 "
            "di Bali.",
            [],
        ),
    ],
)
def test_a_host_inviting_a_guest_to_the_table_meets_the_guest(
    text: str, meetings: list[tuple[str, str]]
) -> None:
    """`mengundang X makan siang di Istana`, `mengundang X` told as done: a meeting of host and
    guest, the host named before when the verb has no subject of its own; an invitation to
    attend something else is none."""
    found = [tuple(k for k, _ in roles) for t, roles in roles_of(text) if t == "meeting"]
    assert found == meetings


def test_an_invitation_to_visit_makes_the_inviter_the_host_not_the_visitor() -> None:
    """`memenuhi undangan presiden Joko Widodo untuk berkunjung ke Indonesia`: Erdogan visits,
    Jokowi hosts."""
    text = (
        "Presiden Turki Recep Tayyip Erdogan memastikan untuk memenuhi undangan presiden Joko "
        "Widodo untuk berkunjung ke Indonesia pada 2020."
    )
    visits = [roles for t, roles in roles_of(text) if t == "visit"]
    assert visits == [(("Recep Tayyip Erdogan", "visitor"), ("Joko Widodo", "host"))]


def test_a_body_in_what_is_said_of_the_visitor_is_not_the_visitor() -> None:
    """`Zulkifli Hasan yang juga ketua Majelis Permusyawaratan Rakyat tiba di …`."""
    text = (
        "Zulkifli Hasan yang juga ketua Majelis Permusyawaratan Rakyat tiba di kediaman Megawati "
        "Soekarnoputri, Senin (17/4/2023)."
    )
    assert [keys[0] for t, keys in roles_of(text) if t == "visit"] == [
        ("Zulkifli Hasan", "visitor")
    ]


def test_who_goes_to_meet_in_what_a_spokesman_said_meets_not_the_spokesman() -> None:
    """`Amantha mengatakan …, Retno melanjutkan perjalanan … untuk bertemu Aung San Suu Kyi`."""
    text = (
        "Juru bicara Kemlu Amantha Natsir mengatakan pada Senin pagi (17/4/2023), Menlu Retno "
        "Marsudi melanjutkan perjalanan ke Naypyidaw untuk bertemu Aung San Suu Kyi."
    )
    meetings = [set(keys) for t, keys, _, _ in events_of(text) if t == "meeting"]
    assert meetings == [{"Retno Marsudi", "Aung San Suu Kyi"}]


def test_a_town_named_after_a_trip_noun_is_where_it_goes_not_who_goes() -> None:
    """`melanjutkan perjalanan ke ibu kota Myanmar, Naypyidaw`: Naypyidaw makes no trip."""
    text = "Menlu Retno Marsudi melanjutkan perjalanan ke ibu kota Myanmar, Naypyidaw, Senin."
    assert {keys for t, keys, _, _ in events_of(text) if t == "visit"} == {("Retno Marsudi",)}


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        (
            "Seri Paduka Baginda berkenan berangkat ke Majlis Santapan Negara di Istana, Senin.",
            set(),
        ),
        ("Presiden Joko Widodo berangkat ke Tokyo, Senin (17/4/2023).", {("Joko Widodo",)}),
    ],
)
def test_setting_off_to_a_ceremony_is_no_visit(text: str, visits: set) -> None:
    """`berangkat ke Majlis …` names no place or host to go to; `berangkat ke Tokyo` does."""
    assert {keys for t, keys, _, _ in events_of(text) if t == "visit"} == visits


@pytest.mark.parametrize(
    ("text", "counterparts"),
    [
        (
            "Menlu Retno Marsudi bertemu dengan Duta Besar Amerika Serikat dan Iran secara "
            "terpisah.",
            {"Duta Besar Amerika Serikat", "Duta Besar Iran"},
        ),
        (
            "Retno Marsudi telah berkomunikasi dengan menteri luar negeri Arab Saudi, Yordania "
            "dan Jerman.",
            {
                "Menteri Luar Negeri Arab Saudi",
                "Menteri Luar Negeri Yordania",
                "Menteri Luar Negeri Jerman",
            },
        ),
    ],
)
def test_a_post_shared_by_a_list_of_states_is_one_official_of_each(
    text: str, counterparts: set[str]
) -> None:
    meetings = sorted(keys for kind, keys, _, _ in events_of(text) if kind == "meeting")
    assert meetings == sorted(tuple(sorted({"Retno Marsudi", c})) for c in counterparts)


def test_a_trailing_clause_without_a_subject_has_the_main_clause_s() -> None:
    text = (
        "Presiden Iran Masoud Pezeshkian bertemu Presiden Rusia Vladimir Putin pada Jumat, "
        "beberapa jam setelah tiba di Moskow."
    )
    visits = [roles for kind, roles in roles_of(text) if kind == "visit"]
    assert visits and visits[0][0] == ("Masoud Pezeshkian", "visitor")


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        ("Menteri Sekretaris Negara Pratikno hadir di Solo, Minggu (16/4/2023).", "Pratikno"),
        ("Presiden Joko Widodo hadir di Istana Negara, Jakarta, Minggu (16/4/2023).", None),
        (
            "Menurut Kepala Dinas Pertanian Jember, Hari Wijayadi, rombongan menteri dijadwalkan "
            "hadir di Jember sore ini.",
            None,
        ),
    ],
)
def test_present_in_a_town_away_from_the_capital_is_a_visit(text: str, visitor: str | None) -> None:
    visits = [roles for kind, roles in roles_of(text) if kind == "visit"]
    assert visits == ([((visitor, "visitor"),)] if visitor else [])


def test_the_subject_before_its_verb_is_the_focus_not_an_object_named_first() -> None:
    text = (
        "Selain memanggil Prabowo Subianto, Ketua Komisi I DPR Meutya Hafid juga akan memanggil "
        'Menteri Komunikasi dan Informatika Johnny G Plate. "Menterinya baru," katanya.'
    )
    speakers = {e[1] for e in events_of(text) if e[0] == "statement"}
    assert speakers == {("Meutya Hafid",)}


def test_a_hearing_a_commission_member_calls_is_the_commission_s() -> None:
    text = (
        "Ketua Komisi I DPR Meutya Hafid akan memanggil Menteri Luar Negeri Retno Marsudi "
        "pekan depan."
    )
    meetings = [keys for kind, keys, _, _ in events_of(text) if kind == "meeting"]
    assert meetings == [("Komisi I DPR", "Retno Marsudi")]


def test_a_one_word_name_titled_earlier_takes_the_focus() -> None:
    text = (
        "Perdana Menteri Anwar Ibrahim menerima kunjungan hormat Menteri Luar Negeri Indonesia, "
        "Sugiono di Putrajaya. Sugiono tiba di Kuala Lumpur semalam. Ia juga bertemu Menteri "
        "Luar Negeri Malaysia Mohamad Hasan."
    )
    assert has(events_of(text), "meeting", {"Sugiono", "Mohamad Hasan"})
    assert not has(events_of(text), "meeting", {"Anwar Ibrahim", "Mohamad Hasan"})


def test_a_person_named_deep_in_a_sentence_does_not_take_the_focus() -> None:
    text = (
        '"Ketua DPR harus merespons cepat," ujar anggota Komisi III DPR Martin Hutabarat. '
        "Salah satu cara yang bisa dilakukan ialah dengan berbicara langsung, sehingga sudah "
        "sepatutnya pembantu Presiden Joko Widodo menghadiri rapat dengan DPR. "
        '"Dia harus bicara soal ini kepada presiden," pungkasnya.'
    )
    speakers = {e[1] for e in events_of(text) if e[0] == "statement"}
    assert speakers == {("Martin Hutabarat",)}


def test_a_name_opening_the_clause_after_a_spokesman_is_what_he_said() -> None:
    text = (
        "Menurut juru bicara Kementerian Luar Negeri China Lin Jian, Wang Yi akan melakukan "
        "tur diplomatik ke tiga negara."
    )
    speakers = {e[1] for e in events_of(text) if e[0] == "statement"}
    assert speakers == {("Lin Jian",)}


def test_whom_a_principal_brings_along_is_no_visitor_of_its_own() -> None:
    text = "Menteri Luar Negeri Retno Marsudi dan stafnya, Budi Santoso tiba di Tokyo."
    visits = [roles for kind, roles in roles_of(text) if kind == "visit"]
    assert visits == [(("Retno Marsudi", "visitor"),)]


def test_a_body_s_premises_are_where_not_a_party() -> None:
    text = (
        "Presiden Joko Widodo dan lima ketua umum partai pendukungnya bersilaturahmi di Kantor "
        "DPP PAN siang ini."
    )
    assert not [keys for kind, keys, _, _ in events_of(text) if kind == "meeting"]


def test_a_meeting_invited_to_and_accepted_is_held() -> None:
    text = "Presiden Joko Widodo memenuhi undangan untuk bertemu dengan Raja Salman di Riyadh."
    assert has(events_of(text), "meeting", {"Joko Widodo", "Salman"})


def test_a_state_behind_a_part_of_it_is_where_not_who_speaks() -> None:
    text = (
        "Wakil Gubernur Sumut Musa Rajekshah menerima rombongan. Menurut dia, pihak Provinsi "
        "Songkhla di bagian selatan Thailand itu berharap kerja sama dilanjutkan."
    )
    speakers = {keys for kind, keys, _, _ in events_of(text) if kind == "statement"}
    assert ("Thailand",) not in speakers


def test_a_verb_after_a_clause_s_comma_shares_its_subject_not_its_object() -> None:
    text = (
        "Menteri BUMN Erick Thohir mengadap Agong Al-Sultan Abdullah, bertemu Anwar Ibrahim di "
        "Kuala Lumpur."
    )
    meetings = {keys for kind, keys, _, _ in events_of(text) if kind == "meeting"}
    assert ("Anwar Ibrahim", "Erick Thohir") in meetings
    assert not any("Anwar Ibrahim" in keys and "Erick Thohir" not in keys for keys in meetings)


def test_the_parties_of_a_meeting_noun_may_follow_a_comma() -> None:
    """`menghadiri pertemuan trilateral, bersama Menhan Malaysia … dan Menhan Filipina …`: the
    comma after the meeting's kind does not part it from its parties."""
    text = (
        "Menhan Ryamizard Ryacudu menghadiri pertemuan trilateral, bersama Menhan Malaysia "
        "Datuk Seri Hishammuddin Tun Hussein dan Menhan Filipina Voltaire Gazmin."
    )
    assert has(
        events_of(text),
        "meeting",
        {"Ryamizard Ryacudu", "Hishammuddin Hussein", "Voltaire Gazmin"},
    ), events_of(text)


def _met_each(text: str) -> bool:
    """Whether Sjafrie met Khaled Nordin and Ng Eng Hen in meetings of their own."""
    meetings = [set(keys) for kind, keys, *_ in events_of(text) if kind == "meeting"]
    return {"Sjafrie Sjamsoeddin", "Khaled Nordin"} in meetings and {
        "Sjafrie Sjamsoeddin",
        "Ng Eng Hen",
    } in meetings


def test_counterparts_listed_with_where_each_was_met_are_each_met() -> None:
    """`bertemu dengan Menhan Malaysia X, di kantor Kementerian Pertahanan Malaysia, serta
    Menhan Singapura Y, di kantor …`: the place told after each item parts no list, and the
    ministry named there is no party."""
    text = (
        "Menhan Sjafrie Sjamsoeddin bertemu dengan Menteri Pertahanan Malaysia Mohamed Khaled "
        "Nordin, di kantor Kementerian Pertahanan Malaysia, serta Menteri Pertahanan Singapura "
        "Ng Eng Hen, di kantor Kementerian Pertahanan Singapura, Senin (20/1/2025)."
    )
    assert _met_each(text)


def test_a_courtesy_call_on_hosts_of_different_states_is_one_meeting_each() -> None:
    """`kunjungan kehormatan kepada Menhan Malaysia X, di kantor …, serta Menhan Singapura Y`:
    one visitor calling on two states' ministers meets each apart; a royal couple called on
    together (`Sultan … dan Raja Isteri …`) stays one meeting."""
    apart = (
        "Menhan Sjafrie Sjamsoeddin melaksanakan kunjungan kehormatan kepada Menteri Pertahanan "
        "Malaysia Mohamed Khaled Nordin, di kantor Kementerian Pertahanan Malaysia, serta Menteri "
        "Pertahanan Singapura Ng Eng Hen, di kantor Kementerian Pertahanan Singapura."
    )
    assert _met_each(apart)
    together = (
        "Presiden Prabowo melakukan kunjungan kehormatan kepada Sultan Brunei Hassanal Bolkiah "
        "dan Raja Isteri Pengiran Anak Saleha."
    )
    assert len([e for e in events_of(together) if e[0] == "meeting"]) == 1, events_of(together)


@pytest.mark.parametrize(
    ("text", "envoys"),
    [
        (
            "Presiden Prabowo Subianto menerima surat kepercayaan dari Duta Besar Belanda Anton "
            "de Vries di Istana Merdeka, Jakarta, Senin (4/11/2024).",
            ["Anton de Vries"],
        ),
        (
            "Duta Besar Meksiko Carlos Ramirez menyerahkan surat kepercayaan kepada Presiden "
            "Prabowo Subianto di Istana Merdeka, Senin (4/11/2024).",
            ["Carlos Ramirez"],
        ),
        (
            "Presiden Prabowo Subianto menerima surat kepercayaan dari tiga duta besar di Istana "
            "Merdeka, Senin (4/11/2024). Para duta besar menuju Ruang Kredensial. Berikut daftar "
            "duta besar yang menyerahkan surat kepercayaan kepada Presiden Prabowo Subianto:\n"
            "- Anton de Vries, Duta Besar LBBP Kerajaan Belanda untuk Republik Indonesia;\n"
            "- Carlos Ramirez, Duta Besar LBBP Meksiko untuk Republik Indonesia;\n"
            "- Simon Chikore, Duta Besar LBBP Republik Zimbabwe untuk Republik Indonesia.",
            ["Anton de Vries", "Carlos Ramirez", "Simon Chikore"],
        ),
        (
            "Presiden Prabowo Subianto menerima surat kepercayaan dua duta besar negara sahabat di "
            "Istana Merdeka, Senin (4/11/2024). Mereka adalah:\n"
            "1. Duta Besar Meksiko Carlos Ramirez;\n2. Duta Besar Belanda Anton de Vries.",
            ["Carlos Ramirez", "Anton de Vries"],
        ),
    ],
)
def test_an_envoy_presenting_credentials_calls_on_the_head_of_state(
    text: str, envoys: list[str]
) -> None:
    """Credentials presented (`menyerahkan surat kepercayaan kepada`) or received (`menerima
    surat kepercayaan dari`, each envoy of the list that follows) are a visit and a meeting
    each, on the day; the credentials room is no one."""
    found = roles_of(text)
    for envoy in envoys:
        assert ("visit", ((envoy, "visitor"), ("Prabowo Subianto", "host"))) in found
        assert ("meeting", (("Prabowo Subianto", "host"), (envoy, "participant"))) in found
    assert len(found) == 2 * len(envoys), found
    assert {d for *_, d, _ in events_of(text)} == {date(2024, 11, 4)}


def test_guests_received_one_after_another_each_visit_and_meet_the_host() -> None:
    """`menerima kunjungan kehormatan PM A beserta istri, PM B beserta istri, PM C, dan Raja D`:
    each guest of the list, a spouse told beside it or not, is a visit and a meeting of its
    own; a photo credit in brackets (`(Setpres)`) is no guest."""
    text = (
        "Presiden Jokowi menerima kunjungan pemimpin negara sahabat (Setpres)\n"
        "Secara berturut-turut Presiden Joko Widodo menerima kunjungan kehormatan Perdana "
        "Menteri Australia Scott Morrison beserta istri, Perdana Menteri Republik Singapura Lee "
        "Hsien Loong beserta istri, Perdana Menteri Kamboja Hun Sen, dan Raja Eswatini Mswati "
        "III beserta istri di Istana Merdeka, Minggu (20/10/2019)."
    )
    found = roles_of(text, published=date(2019, 10, 21))
    guests = ["Scott Morrison", "Lee Hsien Loong", "Hun Sen", "Mswati III"]
    for guest in guests:
        assert ("visit", ((guest, "visitor"), ("Joko Widodo", "host"))) in found
        assert ("meeting", (("Joko Widodo", "host"), (guest, "participant"))) in found
    assert len(found) == 2 * len(guests), found


def test_a_meeting_noun_naming_only_a_new_counterpart_is_the_protagonists() -> None:
    """`Ada pula pertemuan bilateral dengan Menlu Guatemala …`: one more meeting of the person
    the text is about; one with a counterpart already met is that meeting told again, and a
    forum after `dengan` is no counterpart."""
    text = (
        "Menlu Retno Marsudi bertemu dengan Menlu Estonia Urmas Reinsalu di New York, Selasa "
        "(24/9/2019). Ada pula pertemuan bilateral dengan Menlu Guatemala Sandra Jovel Polanco. "
        "Pertemuan dengan Menlu Estonia itu membahas teknologi informasi. Pertemuan juga akan "
        "dilakukan dengan ASEAN Regional Forum."
    )
    meetings = [keys for kind, keys, *_ in events_of(text) if kind == "meeting"]
    assert meetings == [
        ("Retno Marsudi", "Urmas Reinsalu"),
        ("Retno Marsudi", "Sandra Jovel Polanco"),
    ]


def test_welcomed_after_the_clause_of_a_trip_the_guest_is_its_subject() -> None:
    """`Menhan … melakukan kunjungan kerja ke Markas Divisi Infanteri 2 Kostrad, Singosari,
    Jawa Timur, Selasa (22/5/2018), disambut Pangkostrad …`: the minister is welcomed, not the
    unit or the town of the address; the unit's headquarters is a place, no host."""
    text = (
        "Menteri Pertahanan Ryamizard Ryacudu melakukan kunjungan kerja ke Markas Divisi "
        "Infanteri 2 Kostrad, Singosari, Jawa Timur, Selasa (22/5/2018), disambut Pangkostrad "
        "Letjen TNI Agus Kriswanto."
    )
    found = roles_of(text, published=date(2018, 5, 23))
    assert ("visit", (("Ryamizard Ryacudu", "visitor"), ("Agus Kriswanto", "host"))) in found
    assert {keys for kind, keys in found if kind == "meeting"} == {
        (("Ryamizard Ryacudu", "participant"), ("Agus Kriswanto", "participant"))
    }
    actors = {key for _, keys in found for key, _ in keys}
    assert actors == {"Ryamizard Ryacudu", "Agus Kriswanto"}, found


def test_officials_listed_with_their_ranks_all_travel() -> None:
    """`Kapolri A dan Kepala BNPT Komjen Pol B serta Kepala Korps Brimob Irjen Pol C tiba di
    Poso`: each post, its body and its holder's rank are one mention, so the list is whole."""
    text = (
        "Kapolri Badrodin Haiti dan Kepala Badan Nasional Penanggulangan Terorisme (BNPT) Komjen "
        "Pol Tito Karnavian serta Kepala Korps Brimob Irjen Pol Budi Santoso tiba di Poso, Jumat "
        "(15/4/2016)."
    )
    visits = [keys for kind, keys, *_ in events_of(text) if kind == "visit"]
    assert visits == [("Badrodin Haiti", "Budi Santoso", "Tito Karnavian")]


def test_a_hearing_told_in_a_speech_tag_is_the_speakers_with_the_house() -> None:
    """`…,” ujarnya dalam rapat dengar pendapat dengan DPR, Senin (20/9)`: the speaker met the
    house the hearing was held with."""
    text = (
        'Kepala Bakamla Laksdya Aan Kurnia menegaskan Laut Natuna Utara aman. "Kita harus '
        'hadir di laut," ujarnya dalam rapat dengar pendapat dengan DPR, Senin (20/9/2021).'
    )
    assert has(events_of(text), "meeting", {"Aan Kurnia", "DPR"}, date(2021, 9, 20))


def test_a_courtesy_call_dated_by_the_sentence_naming_it_again() -> None:
    """`melakukan kunjungan kehormatan untuk bertemu Menteri Pertahanan Nasional Yunani …`
    (a courtesy call, whatever verb carries it; a national ministry's post is the post) then
    `Pertemuan ini dihelat di Kota Athena, Yunani, pada Jumat (11/3) lalu`: the visit and the
    meeting both take that day."""
    text = (
        "Menhan Prabowo Subianto bertemu Presiden Prancis Emmanuel Macron di Paris, Selasa "
        "(15/3/2022). Sebelumnya, Prabowo juga telah melakukan kunjungan kehormatan untuk bertemu "
        "Menteri Pertahanan Nasional Yunani Nikolaos Panagiotopoulos. Pertemuan ini dihelat di "
        "Kota Athena, Yunani, pada Jumat (11/3) lalu."
    )
    found = events_of(text, published=None)
    pair = {"Prabowo Subianto", "Nikolaos Panagiotopoulos"}
    assert has(found, "visit", pair, date(2022, 3, 11))
    assert has(found, "meeting", pair, date(2022, 3, 11))
    assert has(found, "meeting", {"Prabowo Subianto", "Emmanuel Macron"}, date(2022, 3, 15))
    visit = (("Prabowo Subianto", "visitor"), ("Nikolaos Panagiotopoulos", "host"))
    assert ("visit", visit) in roles_of(text, published=None)


def test_ministers_listed_with_their_portfolios_are_each_met() -> None:
    """`akan bertemu dengan Menteri Koordinator bidang Maritim dan Investasi A, Menteri
    Koordinator bidang Perekonomian B, …, dan Menteri Pariwisata dan Ekonomi Kreatif C`: each
    post's portfolio is part of the post, so the list is whole, one meeting per minister."""
    text = (
        "Menlu Singapura Vivian Balakrishnan juga akan bertemu dengan Menteri Koordinator bidang "
        "Maritim dan Investasi Luhut Pandjaitan, Menteri Koordinator bidang Perekonomian "
        "Airlangga Hartarto, Menteri Keuangan Sri Mulyani Indrawati, dan Menteri Pariwisata dan "
        "Ekonomi Kreatif Sandiaga Uno."
    )
    meetings = {keys for kind, keys, *_ in events_of(text) if kind == "meeting"}
    hosts = ["Luhut Pandjaitan", "Airlangga Hartarto", "Sri Mulyani Indrawati", "Sandiaga Uno"]
    assert meetings == {tuple(sorted(("Vivian Balakrishnan", h))) for h in hosts}


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        (
            "Presiden Prabowo Subianto disambut langsung oleh Perdana Menteri Anwar Ibrahim "
            "setibanya di Kuala Lumpur, Kamis (9/1/2025).",
            "Prabowo Subianto",
            None,
        ),
        (
            "Berdasarkan keterangan tertulis Tim Komunikasi Presiden Ari Dwipayana, Selasa "
            "(26/1/2016), setibanya di Dili, Presiden Joko Widodo disambut upacara kenegaraan.",
            "Joko Widodo",
            None,
        ),
        (
            "Presiden Joko Widodo memulakan lawatan kerja dua hari atas jemputan Perdana Menteri "
            "Anwar Ibrahim, Rabu (7/6/2023).",
            "Joko Widodo",
            "Anwar Ibrahim",
        ),
        (
            "Menhan Prabowo Subianto berkunjung ke Washington DC pada Jumat (16/10/2020), guna "
            "memenuhi undangan mitranya, Menteri Pertahanan AS Mark Esper.",
            "Prabowo Subianto",
            "Mark Esper",
        ),
    ],
)
def test_the_traveller_of_an_arrival_or_an_invited_trip_is_the_main_subject(
    text: str, visitor: str, host: str | None
) -> None:
    """`X disambut oleh Y setibanya di Z`, `…, setibanya di Dili, X disambut …` after a source's
    aside: the traveller is the main clause's subject; `atas jemputan Y` (Malay, as `atas
    undangan`) makes Y the host, never the traveller."""
    visits = [roles for kind, roles in roles_of(text, published=None) if kind == "visit"]
    assert visits and all(roles[0] == (visitor, "visitor") for roles in visits), visits
    if host is not None:
        assert any((host, "host") in roles for roles in visits), visits


@pytest.mark.parametrize(
    "call",
    [
        "komunikasi telepon selama lebih dari 10 menit antara Presiden SBY dengan Perdana "
        "Menteri Tony Abbott",
        "percakapan melalui telepon antara Presiden SBY dengan Perdana Menteri Tony Abbott",
    ],
)
def test_a_phone_call_between_two_leaders_is_their_meeting(call: str) -> None:
    """A phone call named by a noun, its length told between (`selama lebih dari 10 menit`)."""
    text = f"Informasi itu diperoleh dari {call} pada Jumat (25/7/2014)."
    assert has(events_of(text), "meeting", {"Susilo Bambang Yudhoyono", "Tony Abbott"})


def test_a_letter_handed_over_in_person_is_a_meeting_and_no_speech() -> None:
    """`Retno menyampaikan surat dari Jokowi ke Presiden Iran Hassan Rouhani`: the one who hands
    it met the one who receives it; the sender named between is no party, and handing a letter
    is no statement."""
    text = (
        "Menlu Retno Marsudi menyampaikan surat dari Presiden Joko Widodo ke Presiden Iran Hassan "
        "Rouhani di Teheran, Rabu (13/1/2016)."
    )
    found = events_of(text)
    assert [(kind, keys) for kind, keys, *_ in found] == [
        ("meeting", ("Hassan Rouhani", "Retno Marsudi"))
    ]


def test_a_meeting_besides_a_call_is_the_pronoun_subjects() -> None:
    """`beliau akan mengadakan kunjungan hormat ke atas Presiden …, selain bertemu dengan rakan
    sejawatnya, Retno`: `selain` coordinates the second verb with the first, and their subject
    is the person `beliau` points at, not the President named between."""
    text = (
        "Menteri Luar Negeri Malaysia Zambry Abdul Kadir tiba di Jakarta, Senin (11/12/2023). "
        "Dalam lawatan itu beliau akan mengadakan kunjungan hormat ke atas Presiden Indonesia, "
        "Joko Widodo di Istana Merdeka, selain bertemu dengan rakan sejawatnya, Retno Marsudi."
    )
    meetings = {keys for kind, keys, *_ in events_of(text) if kind == "meeting"}
    assert meetings == {
        ("Joko Widodo", "Zambry Abdul Kadir"),
        ("Retno Marsudi", "Zambry Abdul Kadir"),
    }


def test_a_talk_named_as_a_topic_is_no_meeting() -> None:
    """`kedua menlu membahas sejumlah isu yang menjadi perhatian Indonesia dan Timor Leste,
    seperti perundingan perbatasan`: the negotiation is a subject discussed, the states named
    before it no parties of a talk of their own."""
    text = (
        "Menlu Retno bertemu Menlu Guterres. Dalam pertemuan itu, kedua menlu membahas sejumlah "
        "isu yang menjadi perhatian Indonesia dan Timor Leste, seperti perundingan perbatasan."
    )
    assert [keys for kind, keys, *_ in events_of(text) if kind == "meeting"] == [
        ("Guterres", "Retno Marsudi")
    ]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Nota protes tersebut disampaikan secara tertulis kepada kuasa usaha sementara Kedubes "
            "China di Jakarta karena Dubes China untuk Indonesia Xie Feng sedang berada di negara "
            "asalnya.",
            set(),
        ),
        ("Hal itu disampaikan dengan tegas oleh Menlu Retno Marsudi.", {"Retno Marsudi"}),
        ("Hal itu disampaikan Menlu Retno Marsudi kepada wartawan.", {"Retno Marsudi"}),
    ],
)
def test_the_one_spoken_to_and_a_reason_clause_give_no_speaker(
    text: str, speakers: set[str]
) -> None:
    """`disampaikan … kepada kuasa usaha sementara Kedubes China`: the addressee, however it is
    described, speaks not; nor does the one a `karena` clause tells of."""
    found = {keys[0] for kind, keys, *_ in events_of(text) if kind == "statement"}
    assert found == speakers


@pytest.mark.parametrize(
    "text",
    [
        "Wakil Presiden Vietnam Dang Thi Ngoc Thinh tiba di Jakarta. Tidak hanya bertemu dengan "
        "Presiden Jokowi, Wapres Thinh juga akan bertemu dengan Wakil Presiden Ma'ruf Amin.",
        "Wakil Presiden Vietnam Dang Thi Ngoc Thinh tiba di Jakarta. Selain bertemu Presiden "
        "Jokowi, Wapres Thinh juga bertemu Wakil Presiden Ma'ruf Amin.",
    ],
)
def test_a_fronted_not_only_clause_and_the_main_clause_share_its_subject(text: str) -> None:
    """`Tidak hanya bertemu dengan A, B juga bertemu dengan C`, `Selain bertemu A, B …`: B met A
    and C; the fronted clause's A is no subject of the main verb."""
    meetings = {keys for kind, keys, *_ in events_of(text) if kind == "meeting"}
    assert meetings == {
        ("Dang Thi Ngoc Thinh", "Joko Widodo"),
        ("Dang Thi Ngoc Thinh", "Ma'ruf Amin"),
    }


def test_a_source_in_an_aside_is_no_subject_of_the_fronted_clause() -> None:
    """`Tidak hanya bertemu dengan Presiden Jokowi, menurut Ibnu Hadi, Wapres Thinh …`: the
    fronted clause's subject is the main clause's, not the source named between."""
    text = (
        "Wakil Presiden Vietnam Dang Thi Ngoc Thinh tiba di Jakarta. Tidak hanya bertemu dengan "
        "Presiden Jokowi, menurut Duta Besar Ibnu Hadi, Wapres Thinh juga akan bertemu dengan "
        "Wakil Presiden Ma'ruf Amin."
    )
    meetings = {keys for kind, keys, *_ in events_of(text) if kind == "meeting"}
    assert ("Dang Thi Ngoc Thinh", "Joko Widodo") in meetings
    assert ("Ibnu Hadi", "Joko Widodo") not in meetings


def test_a_malay_bilateral_list_parted_by_semicolons_is_one_meeting_per_counterpart() -> None:
    """`mengadakan mesyuarat bilateral dengan A; B; dan C`: Malay parts a list of titled
    counterparts with semicolons, and each bilateral is a meeting of its own."""
    text = (
        "Menteri Pertahanan Hishammuddin Hussein mengadakan mesyuarat bilateral dengan Menteri "
        "Pertahanan Singapura Dr Ng Eng Hen; Menteri Pertahanan Australia Senator Marise Payne; "
        "dan Menteri Pertahanan Jepun Tomomi Inada."
    )
    meetings = {keys for kind, keys, *_ in events_of(text, language="ms") if kind == "meeting"}
    assert meetings == {
        ("Hishammuddin Hussein", "Ng Eng Hen"),
        ("Hishammuddin Hussein", "Marise Payne"),
        ("Hishammuddin Hussein", "Tomomi Inada"),
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Lawatan ini mempamerkan hubungan rapat dan mesra antara Malaysia dan Inggris.", "ms"),
        ("Kerjasama rapat antara Malaysia dan Singapura terus diperkukuh.", "ms"),
        ("Presiden Jokowi disambut oleh PM Anwar Ibrahim yang menunggu di lobi kedatangan.", "id"),
    ],
)
def test_a_word_of_another_sense_is_no_trigger(text: str, language: str) -> None:
    """Malay `hubungan rapat` are close ties, not a `rapat`; a `lobi kedatangan` is the arrival
    hall, no one's arrival."""
    found = events_of(text, language=language)
    assert not [e for e in found if e[0] == "meeting" and "Inggris" in e[1]]
    assert not [e for e in found if e[0] == "meeting" and "Singapura" in e[1]]
    assert not [e for e in roles_of(text) if ("Anwar Ibrahim", "visitor") in e[1]]


@pytest.mark.parametrize(
    "text",
    [
        "Kedatangan Menhan AS James Mattis disambut dengan Upacara Jajar Kehormatan di Aula "
        "Palapa, Kantor Kementerian Pertahanan RI, Selasa (23/1/2018).",
        "Awalnya, Kasad AS James McConville disambut dengan jajar kehormatan di lapangan "
        "Bhinneka Tunggal Ika Kemhan.",
    ],
)
def test_a_welcome_by_ceremony_names_no_host(text: str) -> None:
    """`disambut dengan Upacara Jajar Kehormatan`: the ceremony, or the ministry whose ground it
    is held on, met no one."""
    assert not [e for e in events_of(text) if e[0] == "meeting"]


def test_the_later_parts_of_an_address_are_no_traveller() -> None:
    """`Rombongan Menhan Prabowo setibanya di RMAF Subang Airbase, Selangor, Malaysia, …`: the
    country closing the address is where he landed, not who calls on the host."""
    text = (
        "Rombongan Menhan Prabowo Subianto setibanya di RMAF Subang Airbase, Selangor, Malaysia, "
        "dijadwalkan langsung melakukan kunjungan kehormatan kepada Menhan Malaysia Mohamad Sabu."
    )
    found = roles_of(text)
    assert ("visit", (("Prabowo Subianto", "visitor"), ("Mohamad Sabu", "host"))) in found
    assert not [e for e in found if ("Malaysia", "visitor") in e[1]]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Rapat kerja dengan Komisi VI ini dihadiri oleh Menteri Perdagangan Thomas Lembong dan "
            "Kepala Badan Koordinasi Penanaman Modal Franky Sibarani.",
            {"Komisi VI DPR", "Thomas Lembong", "Franky Sibarani"},
        ),
        (
            "Pertemuan itu dihadiri Presiden Joko Widodo, Ketua Umum PDIP Megawati Soekarnoputri "
            "dan Ketua Umum NasDem Surya Paloh.",
            {"Joko Widodo", "Megawati Soekarnoputri", "Surya Paloh"},
        ),
        (
            "Presiden Joko Widodo menggelar pertemuan dengan para ketua umum partai koalisi. "
            "Pertemuan tersebut dihadiri Ketua Umum PDIP Megawati Soekarnoputri dan Ketua Umum "
            "NasDem Surya Paloh.",
            {"Joko Widodo", "Megawati Soekarnoputri", "Surya Paloh"},
        ),
    ],
)
def test_the_attendees_of_a_meeting_are_its_parties(text: str, parties: set[str]) -> None:
    """`Pertemuan itu dihadiri oleh A dan B`: news names who sat in a meeting in a sentence of
    its own, after one that told of it by a group (`para ketua umum partai`) or not at all."""
    meetings = [set(keys) for kind, keys, *_ in events_of(text) if kind == "meeting"]
    assert parties in meetings


def test_delegations_attending_add_no_party() -> None:
    text = (
        "Presiden Prabowo bertemu PM Anwar Ibrahim di Kuala Lumpur. Pertemuan itu juga dihadiri "
        "oleh delegasi dari Indonesia dan Malaysia."
    )
    meetings = [set(keys) for kind, keys, *_ in events_of(text) if kind == "meeting"]
    assert meetings == [{"Prabowo Subianto", "Anwar Ibrahim"}]


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        (
            "Wang Yi menemui Prabowo setelah lebih dahulu bertemu Presiden Joko Widodo di Istana.",
            {("Prabowo Subianto", "Wang Yi"), ("Joko Widodo", "Wang Yi")},
        ),
        (
            "Retno mengatakan, Wang Yi menemui Prabowo setelah bertemu Presiden Joko Widodo.",
            {("Prabowo Subianto", "Wang Yi"), ("Joko Widodo", "Wang Yi")},
        ),
        (
            "Presiden Jokowi menerima Menlu Antony Blinken usai Blinken bertemu PM Anwar Ibrahim.",
            {("Antony Blinken", "Joko Widodo"), ("Antony Blinken", "Anwar Ibrahim")},
        ),
    ],
)
def test_a_meeting_verb_after_setelah_without_a_subject_is_the_main_subject_s(
    text: str, meetings: set[tuple]
) -> None:
    """`A menemui B setelah bertemu C`: A met C, not B; a trailing clause with a subject of its
    own (`usai Blinken bertemu …`) keeps it."""
    found = {keys for kind, keys, *_ in events_of(text) if kind == "meeting"}
    assert found == meetings


@pytest.mark.parametrize(
    "text",
    [
        "Menteri Kabinet Kerja belum diperbolehkan untuk bertemu pimpinan DPR guna membahas "
        "program kerja.",
        "RAPAT DENGAR PENDAPAT: Menteri Belum Diizinkan Bertemu DPR",
        "Para menteri dilarang bertemu dengan Ketua DPR Setya Novanto.",
        "Presiden Jokowi tidak boleh bertemu Presiden Putin sebelum pemilu.",
        "Jubir Kemlu Iran mengatakan tidak diperlukan perundingan langsung antara Iran dan "
        "Amerika Serikat.",
    ],
)
def test_what_one_is_not_allowed_to_do_is_no_event(text: str) -> None:
    """A rule forbidding a meeting is neither a meeting held nor one called off."""
    assert not [e for e in events_of(text) if e[0] == "meeting"]


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Lempert mengatakan, saat berada di Maroko, Menlu Antony Blinken juga akan bertemu "
            "dengan Raja Mohammed VI.",
            ("visit", "Antony Blinken"),
            ("visit", "Lempert"),
        ),
        (
            "Menurut Retno, saat bertemu Presiden Xi Jinping, Presiden Jokowi membahas investasi.",
            ("meeting", "Joko Widodo"),
            ("meeting", "Retno Marsudi"),
        ),
    ],
)
def test_a_clause_fronted_after_a_speech_lead_has_the_main_clause_s_subject(
    text: str, expected: tuple, not_expected: tuple
) -> None:
    """`X mengatakan, saat berada di Maroko, Blinken …`: the one who tells is not the one who
    travels or meets; the clause after the lead's comma takes the main clause's subject."""
    found = events_of(text)
    assert any(kind == expected[0] and expected[1] in keys for kind, keys, *_ in found)
    assert not any(kind == not_expected[0] and not_expected[1] in keys for kind, keys, *_ in found)


@pytest.mark.parametrize(
    "text",
    [
        "PM Benjamin Netanyahu meminta publik Israel menyikapi wajar pertemuannya dengan Presiden "
        "Donald Trump.",
        "PM Benjamin Netanyahu meminta warga Israel dan Menlu Yair Lapid menyikapi wajar "
        "pertemuannya dengan Presiden Donald Trump.",
    ],
)
def test_a_meeting_noun_with_nya_is_the_subject_s(text: str) -> None:
    """`pertemuannya dengan Trump`: the possessor of the meeting is the sentence's subject, not the
    person or state named just before the noun."""
    meetings = {keys for kind, keys, *_ in events_of(text) if kind == "meeting"}
    assert meetings == {("Benjamin Netanyahu", "Donald Trump")}


@pytest.mark.parametrize(
    "second",
    [
        "“Polri netral,” ungkap Jenderal asal kampung Salo, Kota Kendari ini.",
        "Orang nomor satu di jajaran Polri ini meminta agar tidak ada penjemputan yang mewah.",
        "Pria kelahiran Kendari ini mengatakan Polri netral.",
    ],
)
def test_an_epithet_speaks_for_the_person_the_text_is_about(second: str) -> None:
    """`Jenderal asal kampung Salo, Kota Kendari ini`, `Orang nomor satu di jajaran Polri ini`:
    a description pointing back with `ini` is the person told of, not the place or body named
    inside it."""
    text = f"Kapolri Jenderal Idham Azis tiba di Kendari, Senin (13/1/2020). {second}"
    speakers = {keys for kind, keys, *_ in events_of(text) if kind == "statement"}
    assert speakers == {("Idham Azis",)}


def test_a_source_glossed_in_brackets_is_no_subject_of_the_clause_after_it() -> None:
    """`Menurut Kementerian Luar (Wisma Putra), Imran Khan dijadualkan untuk menghadap …`: the
    bracketed gloss makes no list of the source and the subject; Imran Khan calls on the host,
    and the ministry is the source that speaks, no party to the call."""
    text = (
        "Menurut Kementerian Luar (Wisma Putra), Perdana Menteri Pakistan Imran Khan dijadualkan "
        "untuk menghadap Timbalan Yang di-Pertuan Agong Sultan Nazrin Shah."
    )
    found = roles_of(text)
    assert ("visit", (("Imran Khan", "visitor"), ("Nazrin Shah", "host"))) in found
    assert not [
        e
        for e in found
        if e[0] != "statement" and any(k.startswith("Kementerian") for k, _ in e[1])
    ]


def test_the_time_having_come_is_no_arrival() -> None:
    """`sudah tiba masanya untuk Malaysia …`, `tiba saatnya`: the time has come; no one arrived."""
    text = (
        "Menteri Tengku Zafrul menyatakan sudah tiba masanya untuk Malaysia berdagang dengan GCC."
    )
    assert not [e for e in events_of(text, language="ms") if e[0] == "visit"]


def test_a_place_s_short_form_in_brackets_is_a_place_too() -> None:
    """`berada di Washington, Amerika Syarikat (AS) untuk lawatan`: the bracketed `AS` glosses the
    place, it is not whose visit it is."""
    text = (
        "Menteri Tengku Zafrul berkata, beliau kini berada di Washington, Amerika Syarikat (AS) "
        "untuk lawatan selama dua hari."
    )
    visits = [e for e in roles_of(text) if e[0] == "visit"]
    assert visits and all(e[1][0] == ("Tengku Zafrul", "visitor") for e in visits)


def test_a_working_meeting_with_a_ministry_is_held_with_its_minister() -> None:
    """`Rapat Kerja Komisi VII DPR dengan Kementerian ESDM … harus dibatalkan`, the article naming
    `Menteri ESDM Sudirman Said`: the hearing's parties are the commission and the minister."""
    text = (
        "Menteri ESDM Sudirman Said berhalangan hadir. Rencana Rapat Kerja Komisi VII DPR dengan "
        "Kementerian ESDM, Kamis (21/5/2015), harus dibatalkan."
    )
    meetings = {keys for kind, keys, *_ in events_of(text) if kind == "meeting"}
    assert ("Komisi VII DPR", "Sudirman Said") in meetings


def test_a_ministry_whose_minister_is_not_named_stays_the_ministry() -> None:
    text = "Komisi I DPR menggelar rapat kerja dengan Kementerian Pertahanan, Senin (31/5/2021)."
    meetings = {keys for kind, keys, *_ in events_of(text) if kind == "meeting"}
    assert ("Kementerian Pertahanan RI", "Komisi I DPR") in meetings


@pytest.mark.parametrize(
    "text",
    [
        "Perdana Menteri Pakistan Imran Khan, yang tiba di Malaysia semalam, disambut Perdana "
        "Menteri Mahathir Mohamad.",
        "Imran Khan, yang tiba di Malaysia semalam, bertemu Perdana Menteri Mahathir Mohamad.",
    ],
)
def test_a_relative_clause_between_commas_and_the_main_verb_share_the_name_before(
    text: str,
) -> None:
    """`Imran Khan, yang tiba di Malaysia semalam, disambut …`: Imran Khan arrived and was welcomed;
    the commas of the relative clause part neither verb from its subject."""
    found = events_of(text)
    assert has(found, "visit", {"Imran Khan"})
    assert has(found, "meeting", {"Imran Khan", "Mahathir Mohamad"})


def test_malay_sejurus_opens_a_trailing_clause_with_the_main_subject() -> None:
    """`Imran Khan disambut … Mahathir Mohamad sejurus tiba`: just after arriving, Imran Khan was
    welcomed; the host named last did not arrive."""
    text = (
        "Imran Khan disambut Perdana Menteri Tun Dr Mahathir Mohamad sejurus tiba pada jam 9.40 "
        "pagi."
    )
    arrivals = [e for e in roles_of(text) if e[0] == "visit"]
    assert arrivals and not [e for e in arrivals if ("Mahathir Mohamad", "visitor") in e[1]]


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        (
            "Presiden Joko Widodo dan Perdana Menteri Singapura Lee Hsien Loong melakukan Leaders' "
            "Retreat di Bintan, Kepulauan Riau, Senin (17/4/2023).",
            [{"Joko Widodo", "Lee Hsien Loong"}],
        ),
        (
            "Presiden Joko Widodo menerima Perdana Menteri Singapura Lee Hsien Loong dalam "
            "pertemuan Leaders' Retreat di Istana Bogor, Senin (17/4/2023).",
            [{"Joko Widodo", "Lee Hsien Loong"}],
        ),
        (
            "Menlu Retno Marsudi melakukan pertemuan bilateral (bilateral meeting) dengan Menlu "
            "Jepang Yoshimasa Hayashi di Tokyo, Senin (17/4/2023).",
            [{"Retno Marsudi", "Yoshimasa Hayashi"}],
        ),
    ],
)
def test_a_meeting_named_in_english_is_one_meeting_of_its_parties(
    text: str, meetings: list[set[str]]
) -> None:
    """The leaders' retreat is a meeting of the two leaders, and its name no party; an English
    gloss in brackets after a trigger tells the same meeting again."""
    found = [set(keys) for t, keys, _, _ in events_of(text) if t == "meeting"]
    assert sorted(map(sorted, found)) == sorted(map(sorted, meetings))


@pytest.mark.parametrize("dash", ["-", "–"])
def test_a_meeting_noun_names_the_pair_its_dash_joins(dash: str) -> None:
    """`Pertemuan Jokowi-Albanese berlangsung …` (a headline's and a lead's shorthand, with a
    hyphen or an en dash): the pair is the meeting's parties."""
    text = (
        f"Pertemuan Jokowi{dash}Albanese berlangsung hangat di Istana Bogor, Selasa (4/7/2023). "
        "PM Anthony Albanese tiba di Jakarta sehari sebelumnya."
    )
    meetings = {e[1] for e in events_of(text) if e[0] == "meeting"}
    assert meetings == {("Anthony Albanese", "Joko Widodo")}


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        (
            "Presiden Joko Widodo dan Perdana Menteri Australia Anthony Albanese membahas kerja "
            "sama energi di Istana Bogor, Selasa (4/7/2023).",
            {("Anthony Albanese", "Joko Widodo")},
        ),
        (
            "Presiden Jokowi dan PM Albanese akan membicarakan kerja sama energi pekan depan.",
            {("Albanese", "Joko Widodo")},
        ),
        (
            "Presiden Prabowo dan PM Albanese menandatangani perjanjian kerja sama pertahanan di "
            "Canberra, Selasa (4/3/2025).",
            {("Albanese", "Prabowo Subianto")},
        ),
        ("Indonesia dan Australia menandatangani perjanjian itu.", set()),
        ("DPR membahas RUU TNI, Selasa (4/7/2023).", set()),
        ("Indonesia dan Australia membahas kerja sama energi.", set()),
        ("Menlu Retno Marsudi membahas isu Palestina dengan stafnya.", set()),
    ],
)
def test_two_named_persons_discussing_together_talked(
    text: str, meetings: set[tuple[str, ...]]
) -> None:
    """`Jokowi dan Albanese membahas kerja sama energi`: two persons discussing, signing or
    witnessing something together met; a body, two states or one person doing so tells no
    meeting."""
    assert {e[1] for e in events_of(text) if e[0] == "meeting"} == meetings


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Duta Besar RI Hermono berkoordinasi dengan Kepala Polis Diraja Malaysia Razarudin "
            "Husain. Judha menambahkan, Menlu Retno Marsudi telah meminta perhatian dari Menteri "
            "Luar Negeri Malaysia Mohamad Hasan saat keduanya bertemu di Jakarta.",
            {"Retno Marsudi", "Mohamad Hasan"},
        ),
        (
            "Presiden Joko Widodo menerima PM Australia Anthony Albanese di Istana Bogor. Menurut "
            "Mensesneg Pratikno, keduanya bertemu selama satu jam.",
            {"Joko Widodo", "Anthony Albanese"},
        ),
        (
            "Perdana Menteri Anwar Ibrahim dan Presiden Indonesia Prabowo Subianto bersetuju "
            "memperkukuh kerjasama pertahanan. Perkara itu dipersetujui ketika kedua-dua "
            "pemimpin mengadakan pertemuan empat mata di Putrajaya.",
            {"Anwar Ibrahim", "Prabowo Subianto"},
        ),
    ],
)
def test_both_of_them_are_the_last_two_named_in_their_sentence_or_the_last_meeting_s(
    text: str, pair: set[str]
) -> None:
    """`keduanya bertemu` after two persons of its own sentence is their meeting; after one,
    the parties of the meeting last told; with none told, the two persons named last."""
    meetings = [set(keys) for kind, keys, _, _ in events_of(text) if kind == "meeting"]
    assert pair in meetings, meetings


@pytest.mark.parametrize(
    "verb",
    [
        "berkonsultasi dengan",
        "mendapat telepon dari",
        "melakukan dialog dengan",
        "berbicara melalui sambungan video dengan",
        "berbuka puasa bersama",
    ],
)
def test_more_ways_of_talking_with_someone_are_meetings(verb: str) -> None:
    """Consulting, a call received, a dialogue, a video link, a shared iftar: two who talk."""
    text = f"Presiden Joko Widodo {verb} Perdana Menteri Jepang Fumio Kishida di Jakarta."
    meetings = [set(keys) for kind, keys, _, _ in events_of(text) if kind == "meeting"]
    assert meetings == [{"Joko Widodo", "Fumio Kishida"}]
