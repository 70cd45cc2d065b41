"""Known public figures (`data/public_figures.csv`): a name the paper misprints (`Tony Abbot`,
`Racep Tayyip Erdogan`, `Romahurmuzziy`) is the figure's own name, so that every report of one
person, in any outlet, names the same actor."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from nicknames import NickNamer
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from etl.actors.model import fold
from etl.lexicon import table

MIN_FUZZY_WORD = 4
"""Shorter words are matched exactly: `Li` is not `Lu`."""
LONG_WORD = 8
"""A word this long may be misprinted twice (`Tjahjono` for `Tjahjanto`)."""
SLIPS_PER_LETTER = 0.1
"""At most one slip in ten letters of a name, unless the slipped words are long."""
FATHERS_HONORIFICS = frozenset({"tun", "datuk", "dato'", "dato"})
MIDDLE_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]?|[a-z]{1,2}")
"""`L.P.` or `LP` between a figure's first and last names (`Retno L.P. Marsudi`)."""
MIN_LONE_WORD = 8
"""A name of one word is corrected only when it is this long (`Romahurmuzziy`): a short one
(`Abbot`) may be anyone's."""


@cache
def _figures() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each figure's name and its folded words."""
    return tuple((row["name"], tuple(fold(row["name"]).split())) for row in table("public_figures"))


@cache
def _by_word() -> dict[str, tuple[int, ...]]:
    """The figures each folded word of a name belongs to."""
    index: dict[str, list[int]] = {}
    for i, (_, words) in enumerate(_figures()):
        for word in words:
            index.setdefault(word, []).append(i)
    return {word: tuple(ids) for word, ids in index.items()}


@cache
def _last_words() -> dict[str, str]:
    """Each distinct folded last word of a figure's name, as the table writes it."""
    return {words[-1]: name.split()[-1] for name, words in reversed(_figures())}


def _initial(written: str, known: str) -> bool:
    """`M` or `M.` for `Muhammad`."""
    letter = written.rstrip(".")
    return len(letter) == 1 and len(known) > 1 and known.startswith(letter)


def _slip(written: str, known: str) -> bool:
    """One word misprinted: a letter or two off, never in a short word; or an initial."""
    if written == known or _initial(written, known):
        return True
    if min(len(written), len(known)) < MIN_FUZZY_WORD:
        return False
    allowed = 2 if len(known) >= LONG_WORD else 1
    return DamerauLevenshtein.distance(written, known, score_cutoff=allowed) <= allowed


@cache
def _exact() -> frozenset[tuple[str, ...]]:
    return frozenset(words for _, words in _figures())


def figure_in_order(name: str) -> bool:
    """Whether a name is a known figure's, word for word."""
    return tuple(fold(name).split()) in _exact()


@lru_cache(maxsize=65536)
def known_spelling(name: str) -> str:
    """The figure's own spelling of a name written with a slip, else the name as written.

    A name of several words is a figure's when it has as many words, one of them exactly the
    figure's and every other a slip of it or its initial (`M Qodari`), or ends in such a name
    of two words or more, written without a slip, after words the run took in (`Indo Barometer
    M Qodari`; `Siti Hasmah Mohamad Ali` is not `Muhammad Ali`); a name of one long word is the
    last word of the one figure whose last word it is a slip of."""
    words = tuple(fold(name).split())
    if not words or words in _exact():
        return name
    if (own := _without_middle_words(words) or _by_given_name(words)) is not None:
        return own
    if len(words) == 1:
        if len(words[0]) < MIN_LONE_WORD or words[0] in _last_words():
            return name
        found = process.extract(
            words[0],
            _last_words().keys(),
            scorer=DamerauLevenshtein.distance,
            score_cutoff=1,
            limit=2,
        )
        return _last_words()[found[0][0]] if len(found) == 1 else name
    for start in range(len(words) - 1):
        if (figure := _figure_of(words[start:], exact=start > 0)) is not None:
            return figure
    return name


def _without_middle_words(words: tuple[str, ...]) -> str | None:
    """`Hishammuddin Tun Hussein` is the figure `Hishammuddin Hussein`, `Retno L.P. Marsudi` is
    `Retno Marsudi`: the honorific of the father named in a Malay name, and initials between the
    first and last names, are left out of the figure's name."""
    kept = tuple(
        w for w in words[1:-1] if w not in FATHERS_HONORIFICS and not MIDDLE_INITIALS.fullmatch(w)
    )
    if len(kept) == len(words) - 2:
        return None
    bare = (words[0], *kept, words[-1])
    return next((name for name, known in _figures() if known == bare), None)


@cache
def _nicknamer() -> NickNamer:
    return NickNamer()


def _by_given_name(words: tuple[str, ...]) -> str | None:
    """`Michael Richard Pence` is the figure `Mike Pence`, `Joseph Biden` is `Joe Biden`: a
    figure known by a short form of the given name (or the full form of a short one, after the
    `nicknames` dataset), written with the other, middle names or not, and the same surname."""
    if len(words) < 2:
        return None
    forms = _nicknamer().nicknames_of(words[0]) | _nicknamer().canonicals_of(words[0])
    matches = {
        name
        for name, known in _figures()
        if len(known) == 2 and known[1] == words[-1] and known[0] in forms
    }
    return matches.pop() if len(matches) == 1 else None


def _figure_of(words: tuple[str, ...], exact: bool = False) -> str | None:
    """The one figure whose name these words are, with slips (or only initials, `exact`);
    None when none or several."""
    candidates = {i for word in words for i in _by_word().get(word, ())}
    matches = {
        _figures()[i][0]
        for i in candidates
        if len(_figures()[i][1]) == len(words)
        and (
            all(w == k or _initial(w, k) for w, k in zip(words, _figures()[i][1], strict=True))
            if exact
            else _slips(words, _figures()[i][1])
        )
    }
    return matches.pop() if len(matches) == 1 else None


def _slips(words: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """Each word the figure's or a slip of it, and few slips for the name's length: `Lin Jiang`
    is another person than `Lin Jian`, `Idham Aziz` is `Idham Azis`."""
    pairs = list(zip(words, known, strict=True))
    if not any(w == k for w, k in pairs) or not all(_slip(w, k) for w, k in pairs):
        return False
    slipped = [(w, k) for w, k in pairs if w != k and not _initial(w, k)]
    edits = sum(DamerauLevenshtein.distance(w, k) for w, k in slipped)
    return edits <= SLIPS_PER_LETTER * len(" ".join(known)) or all(
        len(k) >= LONG_WORD for _, k in slipped
    )


@cache
def _countries() -> dict[str, str]:
    """Each figure's state, where it is one the country table knows (not `PBB`, `NATO`)."""
    states = {row["canonical"] for row in table("countries")}
    return {
        row["name"]: row["country"] for row in table("public_figures") if row["country"] in states
    }


def figure_country(name: str) -> str | None:
    """The state a known figure serves (`Ismail Sabri Yaakob` → Malaysia), for a person the
    text names without one: then `PM Malaysia` later in the article is that person."""
    return _countries().get(name)
