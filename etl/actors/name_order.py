"""Japanese names in Western order, as the annotation writes them (`Yoshimasa Hayashi`): papers
often print the family name first (`Kanasugi Kenji`, `Nakatani Gen`), after the embassy's usage."""

from __future__ import annotations

from etl.actors.figures import figure_in_order
from etl.lexicon import words

NAME_WORDS = 2


def western_order(name: str) -> str:
    """`Kanasugi Kenji` → `Kenji Kanasugi`: a two-word name that is a known figure's written the
    other way round, or whose second word is a Japanese given name and whose first is not
    (`data/japanese_given_names.csv`)."""
    parts = name.split()
    if len(parts) != NAME_WORDS:
        return name
    family, given = parts
    flipped = f"{given} {family}"
    if figure_in_order(flipped) and not figure_in_order(name):
        return flipped
    given_names = words("japanese_given_names")
    return flipped if given in given_names and family not in given_names else name
