"""Who speaks: the speaker of a statement where a clause or a closing tag stands around it."""

from __future__ import annotations

import pytest

from tests.test_events import roles_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Menlu Retno Marsudi yang mendampingi Presiden Jokowi mengatakan pertemuan itu "
            "penting.",
            "Retno Marsudi",
        ),
        (
            "Menlu Retno Marsudi, yang mendampingi Presiden Jokowi, mengatakan pertemuan itu "
            "penting.",
            "Retno Marsudi",
        ),
        (
            "Duta Besar Jepang Masaki Yasushi, yang menemui Ketua DPR Puan Maharani, menegaskan "
            "bahwa kerja sama harus ditingkatkan.",
            "Yasushi Masaki",
        ),
    ],
)
def test_the_object_of_a_relative_clause_on_the_speaker_does_not_speak(
    text: str, speaker: str
) -> None:
    """The name a relative clause is told of speaks, not the one the clause accompanies or
    meets."""
    speakers = [parties for kind, parties in roles_of(text) if kind == "statement"]
    assert speakers == [((speaker, "speaker"),)]


@pytest.mark.parametrize(
    "text",
    [
        "Begitu kata Wakil Ketua DPR Sufmi Dasco Ahmad kepada wartawan di Kompleks Parlemen.",
        "Demikian ungkap Wakil Ketua DPR Sufmi Dasco Ahmad di Jakarta.",
    ],
)
def test_a_closing_tag_after_what_was_said_names_the_speaker(text: str) -> None:
    """`Begitu kata …` closes a paragraph of speech: the one it names spoke."""
    assert roles_of(text) == [("statement", (("Sufmi Dasco Ahmad", "speaker"),))]


@pytest.mark.parametrize(
    "text",
    [
        "Menurut juru bicaranya, Stephane Dujarric, Guterres terkejut dengan jumlah korban.",
        '"Kami terkejut," ujar juru bicaranya, Stephane Dujarric.',
    ],
)
def test_a_spokesman_told_by_the_pronoun_is_named_after_the_comma(text: str) -> None:
    """`juru bicaranya, Stephane Dujarric,`: the spokesman speaks, named in apposition."""
    assert ("statement", (("Stephane Dujarric", "speaker"),)) in roles_of(text)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Perdana Menteri, Datuk Seri Anwar Ibrahim dan Presiden Indonesia, Prabowo Subianto "
            "bersetuju untuk memperkukuh kerjasama pertahanan.",
            {"Anwar Ibrahim", "Prabowo Subianto"},
        ),
        ("Kerajaan Malaysia menyeru semua pihak menahan diri.", {"Malaysia"}),
        (
            "Perdana Menteri Anwar Ibrahim menyuarakan kebimbangan terhadap situasi di Gaza.",
            {"Anwar Ibrahim"},
        ),
    ],
)
def test_malay_verbs_of_agreeing_calling_and_voicing_are_speech(
    text: str, speakers: set[str]
) -> None:
    """`bersetuju` is Malay for `sepakat`, `menyeru` for `menyerukan`; both are said."""
    found = {key for kind, parties in roles_of(text) if kind == "statement" for key, _ in parties}
    assert found == speakers


def test_a_place_past_the_comma_of_a_source_is_no_speaker() -> None:
    """`Menurut keterangan resmi Istana, Presiden akan bertolak ke Tokyo`: Tokyo is where the
    President goes, not a state that speaks."""
    text = "Menurut keterangan resmi Istana, Presiden akan bertolak ke Tokyo."
    assert [parties for kind, parties in roles_of(text) if kind == "statement"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Menlu Retno Marsudi tidak bersedia memberikan komentar.",
        "Menlu Retno Marsudi memberikan komentar soal isu itu.",
    ],
)
def test_a_comment_given_or_declined_is_a_statement(text: str) -> None:
    """ANNOTATION.md: declining to comment is a statement, as a comment is."""
    assert roles_of(text) == [("statement", (("Retno Marsudi", "speaker"),))]


@pytest.mark.parametrize(
    "text",
    [
        "Kritik serupa dilontarkan oleh Ketua DPR Puan Maharani.",
        "Ketua DPR Puan Maharani melontarkan kritik terhadap lembaga itu.",
    ],
)
def test_a_criticism_thrown_out_is_a_statement(text: str) -> None:
    """`melontarkan kritik`, `dilontarkan oleh`: what is voiced, as `menyampaikan` is."""
    assert roles_of(text) == [("statement", (("Puan Maharani", "speaker"),))]


def test_where_the_press_met_the_speaker_stands_between_name_and_verb() -> None:
    """`Anwar Ibrahim ketika ditemui pemberita di Putrajaya berkata`: no commas, still his."""
    text = (
        "Perdana Menteri Datuk Seri Anwar Ibrahim ketika ditemui pemberita di Putrajaya berkata, "
        "Malaysia akan terus membantu."
    )
    assert ("statement", (("Anwar Ibrahim", "speaker"),)) in roles_of(text)
