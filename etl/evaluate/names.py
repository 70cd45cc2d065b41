"""Names as the scorer matches them: folded case and accents, contained words, and the alias
groups of countries, capitals and the press (../shared/gold/SCORING.md)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from gettext import translation

import pycountry

from etl.lexicon import table


def fold_name(name: str) -> str:
    """Case, accents, apostrophes, punctuation and spacing folded away, words kept apart."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = re.sub(r"['’‘`ʼ]", "", plain)
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


def _country_groups() -> list[set[str]]:
    """Each country's English and Indonesian names (pycountry and its `id` translations)."""
    indonesian = translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    groups = []
    for country in pycountry.countries:
        english = {
            getattr(country, attr, None) for attr in ("name", "common_name", "official_name")
        } - {None}
        groups.append(english | {indonesian.gettext(n) for n in english})
    return groups


class NameMatcher:
    """Decides whether a gold name and a predicted name denote the same actor.

    Alias groups are country names and capitals (pycountry) joined with the press aliases of
    `etl/data/scoring_aliases.csv`; rows may name any member of a group as the canonical.
    """

    def __init__(self, groups: Iterable[Iterable[str]]) -> None:
        parent: dict[str, str] = {}

        def root(key: str) -> str:
            while parent.setdefault(key, key) != key:
                parent[key] = parent[parent[key]]
                key = parent[key]
            return key

        for group in groups:
            keys = [_key(n) for n in group if _key(n)]
            for key in keys:
                parent[root(key)] = root(keys[0])
        self._group = {key: root(key) for key in parent}

    @classmethod
    @cache
    def default(cls) -> NameMatcher:
        """The scorer's matcher, built once from pycountry and the alias table."""
        rows = [(row["alias"], row["canonical"]) for row in table("scoring_aliases")]
        return cls([*_country_groups(), *rows])

    def match(self, a: str, b: str) -> bool:
        """Same after folding, contained with the same last word, or aliases of one another."""
        ka, kb = _key(a), _key(b)
        if not ka or not kb:
            return False
        if ka == kb:
            return True
        wa, wb = fold_name(a).split(), fold_name(b).split()
        shorter, longer = sorted((wa, wb), key=len)
        if shorter[-1] == longer[-1] and set(shorter) <= set(longer):
            return True
        return ka in self._group and self._group.get(ka) == self._group.get(kb)


def _key(name: str) -> str:
    """A folded name without spaces, so `Mahfud M.D.` and `Mahfud MD` meet."""
    return fold_name(name).replace(" ", "")
