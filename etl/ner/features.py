"""Per-token features for the linear-chain CRF, built fast enough for the ETL's throughput.

What a word says about itself (lower form, affixes, shape) depends on the word alone, so it is
computed once per distinct word and cached; a sentence's features are then list concatenations
of those cached pieces, the neighbours' pieces carrying their position prefix.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from etl.lexicon import ministries, table
from etl.ner.tokens import tokenize

_SHAPE = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "X" * 26 + "x" * 26 + "d" * 10,
)
_REPEATS = re.compile(r"(.)\1+")


def _words(phrase: str) -> tuple[str, ...]:
    """A phrase as lower-cased tokens, cut as sentences are, so that it matches them."""
    return tuple(token.lower() for token, _, _ in tokenize(phrase))


@cache
def titles() -> tuple[str, ...]:
    """Title phrases without a body or country in them (`Kanselir`, not `Kanselir Jerman` nor
    `Sekjen PBB`), so that the name inside is read as a name."""
    named = {_words(row["alias"]) for name in ("organizations", "countries") for row in table(name)}
    kept = []
    for phrase in {row["phrase"] for row in table("titles")}:
        words = _words(phrase)
        parts = {words[i:j] for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
        if not named & parts:
            kept.append(phrase)
    return tuple(sorted(kept))


@cache
def organisations() -> tuple[str, ...]:
    """The organisations of the project's table, and the ministry of each minister's title
    (`Menteri Pertanian` → `Kementerian Pertanian`), which the table leaves to the titles."""
    names = {row["alias"] for row in table("organizations")} | ministries(titles())
    return tuple(sorted(names))


@cache
def phrases() -> dict[str, dict[tuple[str, ...], str]]:
    """The names of the project's title, country and organisation tables, lower-cased and cut
    into tokens, by first token: `{"dewan": {("dewan", "perwakilan", "rakyat"): "gO"}}`.

    A phrase in several tables keeps the first: titles, then countries, then organisations."""
    found: dict[str, dict[tuple[str, ...], str]] = {}
    for names, flag in (
        (titles(), "gT"),
        ((row["alias"] for row in table("countries")), "gC"),
        (organisations(), "gO"),
    ):
        for name in names:
            words = _words(name)
            found.setdefault(words[0], {}).setdefault(words, flag)
    return found


def gazetteer_spans(lows: list[str]) -> list[tuple[int, int, str]]:
    """(first token, end token, table flag) of the longest table phrases, left to right.

    Only tokens that begin some phrase are visited: most tokens of a sentence begin none."""
    table_phrases = phrases()
    found = []
    covered = 0
    for i in [i for i, low in enumerate(lows) if low in table_phrases]:
        if i < covered:
            continue
        best, best_flag = 0, ""
        for words, flag in table_phrases[lows[i]].items():
            if len(words) > best and tuple(lows[i : i + len(words)]) == words:
                best, best_flag = len(words), flag
        if best:
            found.append((i, i + best, best_flag))
            covered = i + best
    return found


@lru_cache(maxsize=200_000)
def _word(token: str, cased: bool) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(own features, features as left neighbour, as right neighbour) of one token.

    In a sentence written without capitals (all of NER-P) the shape says nothing, so it is left
    out: the weights of shapes are then learnt from cased text alone, where `x` means O."""
    low = token.lower()
    own = ["w=" + low, "p3=" + low[:3], "s2=" + low[-2:], "s3=" + low[-3:], "s4=" + low[-4:]]
    side = ["w=" + low]
    if cased:
        shape = "sh=" + _REPEATS.sub(r"\1", token.translate(_SHAPE))
        own.append(shape)
        side.append(shape)
        if token[0].isupper():
            own.append("T" if token[1:].islower() or len(token) == 1 else "U")
    return tuple(own), tuple("-1" + f for f in side), tuple("+1" + f for f in side)


@lru_cache(maxsize=200_000)
def _far(token: str) -> tuple[str, str]:
    """The features of a token two places away: its lower form only."""
    low = token.lower()
    return ("-2w=" + low, "+2w=" + low)


def sentence_features(tokens: list[str]) -> list[list[str]]:
    """Feature lists, one per token, for one sentence's tokens."""
    cased = not "".join(tokens).islower()
    pieces = [_word(t, cased) for t in tokens]
    far = [_far(t) for t in tokens]
    flags = [""] * len(tokens)
    for first, last, flag in gazetteer_spans([t.lower() for t in tokens]):
        flags[first:last] = [flag] * (last - first)
    n = len(tokens)
    out: list[list[str]] = []
    for i in range(n):
        features = list(pieces[i][0])
        if flags[i]:
            features.append(flags[i])
        if i == 0:
            features.append("BOS")
        else:
            features.extend(pieces[i - 1][1])
            if flags[i - 1]:
                features.append("-1" + flags[i - 1])
            if i > 1:
                features.append(far[i - 2][0])
        if i == n - 1:
            features.append("EOS")
        else:
            features.extend(pieces[i + 1][2])
            if flags[i + 1]:
                features.append("+1" + flags[i + 1])
            if i < n - 2:
                features.append(far[i + 2][1])
        out.append(features)
    return out
