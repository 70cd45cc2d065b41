"""Companies and their posts (`etl/actors/companies.py`, the company posts of
`etl/actors/titles.py`): who heads which company, as a careful reader of business and defence
industry news tells it."""

from __future__ import annotations

import pytest

from etl.actors import find_actors
from etl.document import document_of


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (
            "Direktur Utama PT Pertamina Nicke Widyawati mengatakan hal itu.",
            "Nicke Widyawati",
            "Direktur Utama PT Pertamina",
        ),
        (
            "Presiden Direktur PT Freeport Indonesia Tony Wenas mengatakan hal itu.",
            "Tony Wenas",
            "Presiden Direktur PT Freeport Indonesia",
        ),
        (
            "Menhan Prabowo bertemu Dirut PT Pindad Abraham Mose di Bandung.",
            "Abraham Mose",
            "Direktur Utama PT Pindad",
        ),
        (
            "Direktur Utama PT Kereta Api Indonesia (Persero) Didiek Hartantyo mengatakan itu.",
            "Didiek Hartantyo",
            "Direktur Utama PT Kereta Api Indonesia (Persero)",
        ),
        (
            "Dirut PT PAL Indonesia Kaharuddin Djenod menyambut Menhan.",
            "Kaharuddin Djenod",
            "Direktur Utama PT PAL Indonesia",
        ),
        ("Presiden Jokowi bertemu CEO Tesla Elon Musk di Texas.", "Elon Musk", "CEO Tesla"),
        ("Presiden Jokowi bertemu CEO Apple Tim Cook di Jakarta.", "Tim Cook", "CEO Apple"),
        (
            "Jokowi menerima Pendiri Microsoft Bill Gates di Istana.",
            "Bill Gates",
            "Pendiri Microsoft",
        ),
        (
            "Prabowo bertemu Chairman Hyundai Motor Group Chung Eui-sun di Seoul.",
            "Chung Eui-sun",
            "Chairman Hyundai Motor Group",
        ),
    ],
)
def test_a_company_s_post_is_held_by_the_name_after_the_company(
    text: str, person: str, title: str
) -> None:
    """`PT` opens a company's name, which runs over acronyms, dictionary words and a state that
    closes it (`PT Freeport Indonesia`); after a company post the tables do not know the
    company of, the holder is the last two words of the run, past a suffix (`Group`) or a given
    name that is a common word (`Tim`)."""
    actors = find_actors(document_of(text)).actors
    assert actors[person].titles == {title}
    assert not {"Tesla Elon Musk", "Apple", "Hyundai Motor", "Freeport"} & actors.keys()


def test_a_company_named_by_its_legal_form_is_an_organisation_not_a_person() -> None:
    actors = find_actors(document_of("Menhan meninjau PT Dirgantara Indonesia di Bandung.")).actors
    assert actors["PT Dirgantara Indonesia"].kind == "organization"
