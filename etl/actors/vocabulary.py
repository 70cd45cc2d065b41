"""The language tables actors are recognised by (titles, ranks, countries, organisations, media,
person aliases) and the dictionary of Indonesian root words that tells a common word from a name."""

from __future__ import annotations

import re
from functools import cache

from etl.actors.model import Actor
from etl.dictionary import _stemmer
from etl.document import HOME_COUNTRIES
from etl.lexicon import PhraseMatcher, ministries, table, words
from etl.places import country_names, lookup_place

RANK_SUFFIXES = ("", " Pol", " Pol.", " Polisi", " TNI", " TNI (Purn)", " (Purn)", " (Purn.)")
ROMAN = re.compile(r"[IVX]+")
HOME_PLACES = frozenset(HOME_COUNTRIES.values())


@cache
def _title_rows() -> dict[str, dict[str, str]]:
    return {row["phrase"].lower(): row for row in table("titles")}


@cache
def _lexicon() -> PhraseMatcher:
    """Organisations, media, ranks (with `TNI`, `Pol`, `(Purn)` after them), titles in any
    case, country names, and the names of known public figures (whose words a name run would
    split: `Bashar al-Assad`, `Raja Juli Antoni`, `Badrodin Haiti`), as the tables write them."""
    ranks = [f"{rank}{suffix}" for rank in words("ranks") for suffix in RANK_SUFFIXES]
    return PhraseMatcher(
        [(row["alias"], "org", False) for row in table("organizations")]
        + [(name, "org", False) for name in ministries(r["phrase"] for r in table("titles"))]
        + [(row["alias"], "media", False) for row in table("media")]
        + [(rank, "rank", False) for rank in ranks]
        + [(row["phrase"], "title", True) for row in table("titles")]
        + [(name, "country", False) for name in country_names()]
        + [(row["name"], "name", False) for row in table("public_figures")]
    )


@cache
def _organizations() -> dict[str, dict[str, str]]:
    return {row["alias"]: row for row in table("organizations")}


@cache
def blocs() -> frozenset[str]:
    """Bodies that meet states as a party of their own (`Uni Eropa`), not as a forum."""
    return frozenset(row["name"] for row in table("organizations") if row["kind"] == "bloc")


def is_forum(actor: Actor) -> bool:
    """An international body (`ASEAN`, `PBB`) with no state of its own: at a meeting it is the
    forum the annotation leaves as backdrop, not a party; a bloc (`Uni Eropa`) is a party."""
    return actor.kind == "organization" and actor.country is None and actor.name not in blocs()


@cache
def _media() -> dict[str, str]:
    return {row["alias"]: row["name"] for row in table("media")}


@cache
def _person_aliases() -> dict[str, str]:
    return {row["alias"]: row["name"] for row in table("person_aliases")}


MIN_ROOT = 4
JOINING_PREFIX = "antar"
"""`antar-` is written joined to its root (`Antarlembaga`, `Antarnegara`); Sastrawi leaves it."""
NOUN_SUFFIX = "an"
"""A root and `-an` is a noun (`Ajakan`, `Desakan`) where Sastrawi strips `-kan` and finds a
shorter root (`aja`)."""


@cache
def is_common_word(token: str) -> bool:
    """An affixed Indonesian word (`Cuplikan`, `Dilansir`, `Temui`, `Antarlembaga`, `Ajakan`) or a
    compound of dictionary words (`Sosial-Ekonomi`): capitalised, but not a name.

    Sastrawi's dictionary of root words decides; short roots are left alone, since names such
    as `Hadi` or `Murmu` would otherwise read as `had` + `-i`.
    """
    stemmer, roots = _stemmer()
    lower = token.lower()
    if "-" in lower:
        parts = lower.split("-")
        return all(len(p) >= MIN_ROOT and (p in roots or is_common_word(p)) for p in parts)
    if lower.startswith(JOINING_PREFIX) and lower[len(JOINING_PREFIX) :] in roots:
        return len(lower) - len(JOINING_PREFIX) >= MIN_ROOT
    if lower.endswith(NOUN_SUFFIX) and lower[: -len(NOUN_SUFFIX)] in roots:
        return len(lower) - len(NOUN_SUFFIX) >= MIN_ROOT
    stem = stemmer.stem(lower)
    return stem != lower and len(stem) >= MIN_ROOT and stem in roots


def _written_lower(word: str, lowercase: frozenset[str]) -> bool:
    """A dictionary word that the article also writes in lower case (`komentar`, `makan`)."""
    lower = word.lower()
    return lower in lowercase and lower in _stemmer()[1]


@cache
def _local_place(word: str) -> bool:
    """A country, or a region or city of the countries the papers write from (`Surabaya`,
    `Papua`): the places a local title names. A far-away town (`Ismail`) is more often a name."""
    place = lookup_place(word)
    return place is not None and (place.is_country or place.country in HOME_PLACES)
