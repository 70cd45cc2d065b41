"""Per-token features for the linear-chain CRF, built fast enough for the ETL's throughput.

What a word says about itself (lower form, affixes, shape, table membership) depends on the word
alone, so it is computed once per distinct word and cached; a sentence's features are then list
concatenations of those cached pieces, the neighbours' pieces carrying their position prefix.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from etl.lexicon import table

_SHAPE = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "X" * 26 + "x" * 26 + "d" * 10,
)
_REPEATS = re.compile(r"(.)\1+")


@cache
def _gazetteer() -> dict[str, str]:
    """Lower-cased words of the project's title, country and organisation tables, by table.

    A word in several tables takes the first: titles, then countries, then organisations."""
    found: dict[str, str] = {}
    for name, column, flag in (
        ("titles", "phrase", "gT"),
        ("countries", "alias", "gC"),
        ("organizations", "alias", "gO"),
    ):
        for row in table(name):
            for word in row[column].lower().split():
                found.setdefault(word, flag)
    return found


@lru_cache(maxsize=200_000)
def _word(token: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(own features, features as left neighbour, as right neighbour) of one token."""
    low = token.lower()
    shape = _REPEATS.sub(r"\1", token.translate(_SHAPE))
    own = [
        "w=" + low,
        "p3=" + low[:3],
        "s2=" + low[-2:],
        "s3=" + low[-3:],
        "s4=" + low[-4:],
        "sh=" + shape,
    ]
    if token[0].isupper():
        own.append("T" if token[1:].islower() or len(token) == 1 else "U")
    gazetteer = _gazetteer().get(low)
    if gazetteer:
        own.append(gazetteer)
    side = ("w=" + low, "sh=" + shape)
    return (
        tuple(own),
        tuple("-1" + f for f in side),
        tuple("+1" + f for f in side),
    )


@lru_cache(maxsize=200_000)
def _far(token: str) -> tuple[str, str]:
    """The features of a token two places away: its lower form only."""
    low = token.lower()
    return ("-2w=" + low, "+2w=" + low)


def sentence_features(tokens: list[str]) -> list[list[str]]:
    """Feature lists, one per token, for one sentence's tokens."""
    pieces = [_word(t) for t in tokens]
    far = [_far(t) for t in tokens]
    n = len(tokens)
    out: list[list[str]] = []
    for i in range(n):
        features = list(pieces[i][0])
        if i == 0:
            features.append("BOS")
        else:
            features.extend(pieces[i - 1][1])
            if i > 1:
                features.append(far[i - 2][0])
        if i == n - 1:
            features.append("EOS")
        else:
            features.extend(pieces[i + 1][2])
            if i < n - 2:
                features.append(far[i + 2][1])
        out.append(features)
    return out
