"""Names of known public figures written with a slip are the figure's own name."""

from __future__ import annotations

import pytest

from etl.actors import find_actors
from etl.actors.figures import known_spelling
from etl.document import document_of


@pytest.mark.parametrize(
    ("written", "known"),
    [
        ("Tony Abbot", "Tony Abbott"),
        ("Racep Tayyip Erdogan", "Recep Tayyip Erdogan"),
        ("Hadi Tjahjono", "Hadi Tjahjanto"),
        ("Idham Aziz", "Idham Azis"),
        ("Fumio Kushida", "Fumio Kishida"),
        ("Ignatius Jonan", "Ignasius Jonan"),
        ("Sergei Lavrov", "Sergey Lavrov"),
        ("Romahurmuzziy", "Romahurmuziy"),
        ("M Qodari", "Muhammad Qodari"),
        ("J. Biden", "Joe Biden"),
        ("Indo Barometer M Qodari", "Muhammad Qodari"),
        ("Retno L.P. Marsudi", "Retno Marsudi"),
        ("Retno LP Marsudi", "Retno Marsudi"),
        ("Lloyd J Austin", "Lloyd Austin"),
        # the given name in full, of a figure known by its short form, and back
        ("Michael Richard Pence", "Mike Pence"),
        ("Michael R. Pompeo", "Mike Pompeo"),
        ("Joseph Biden", "Joe Biden"),
        ("Anthony Abbott", "Tony Abbott"),
        # written right, or nobody's slip: as written
        ("Vladimir Putin", "Vladimir Putin"),
        ("Li Qiang", "Li Qiang"),
        ("Lu Kang", "Lu Kang"),
        ("Budi Santoso", "Budi Santoso"),
        ("Abbot", "Abbot"),
        ("Ahmad Dhani", "Ahmad Dhani"),
        ("Lin Jiang", "Lin Jiang"),
        ("A Rahman", "A Rahman"),
        ("M Joko", "M Joko"),
        ("Iriana Joko Widodo", "Iriana Joko Widodo"),
        ("Siti Hasmah Mohamad Ali", "Siti Hasmah Mohamad Ali"),
        ("Michael Jordan", "Michael Jordan"),
        ("Michael Biden", "Michael Biden"),
    ],
)
def test_a_slip_in_a_known_name_is_corrected_and_nothing_else(written: str, known: str) -> None:
    assert known_spelling(written) == known


def test_a_misprinted_figure_is_one_actor_with_the_figure_s_name() -> None:
    text = (
        "Perdana Menteri Australia Tony Abbot menelepon Jokowi. Abbot menelepon sebelum Obama. "
        "Presiden Turki Racep Tayyip Erdogan juga menelepon."
    )
    names = {a.name for a in find_actors(document_of(text)).actors.values()}
    assert {"Tony Abbott", "Recep Tayyip Erdogan"} <= names, names
    assert not {"Tony Abbot", "Abbot", "Racep Tayyip Erdogan"} & names, names


@pytest.mark.parametrize(
    "name",
    [
        "Bashar al-Assad",
        "Ursula von der Leyen",
        "Raja Juli Antoni",
        "Badrodin Haiti",
        "Agung Laksono",
        "Dan Caine",
        "Sheikh Hasina",
        "To Lam",
        "Benigno Aquino III",
    ],
)
def test_a_known_figure_is_read_whole_though_its_words_read_otherwise(name: str) -> None:
    """Particles (`al-`, `von der`), dictionary words (`Raja`, `Agung`, `Dan`) and countries
    (`Haiti`) inside a known figure's name do not split it."""
    for text in (f"Menurut {name}, hal itu penting.", f"Presiden {name} bertemu Menlu Retno."):
        persons = {a.name for a in find_actors(document_of(text)).actors.values()}
        assert name in persons, (text, persons)


def test_a_figure_named_without_a_state_serves_its_own_and_holds_its_title() -> None:
    """`Perdana Menteri Ismail Sabri Yaakob`, then `PM Malaysia`: one person, of Malaysia."""
    text = (
        "Perdana Menteri Ismail Sabri Yaakob tiba di Dubai. Kemlu menyebut PM Malaysia harus "
        "menunggu lama di bandara."
    )
    actors = find_actors(document_of(text))
    person = actors.actors["Ismail Sabri Yaakob"]
    assert person.country == "Malaysia"
    assert {m.key for m in actors.mentions if m.kind == "person"} == {"Ismail Sabri Yaakob"}
