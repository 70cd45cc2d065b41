"""Names joined by a hyphen: states and blocs (`Indonesia-Malaysia`, `RI-Australia`) and two
persons (`Pertemuan Jokowi-Albanese`) are each named, where a compound name (`Jean-Yves`,
`Al-Sisi`) is one."""

from __future__ import annotations

import re

from etl.actors.model import _Chunk
from etl.actors.vocabulary import _organizations, _person_aliases
from etl.places import country_names

PAIR_HYPHEN = re.compile(r"(?<![\w'’-])([A-Z][\w'’]+)-([A-Z][\w'’]+)(?![\w'’-])")


def _hyphenated_pair(text: str, chunk: _Chunk) -> list[_Chunk]:
    """`Pertemuan Jokowi-Albanese`, `Prabowo-Xi Jinping`: two persons joined by a hyphen, each
    side a name the article writes alone too (or a known alias), are two names; a compound
    name (`Jean-Yves Le Drian`, `Al-Sisi`) has a side that never stands alone."""
    if chunk.kind != "name":
        return [chunk]
    pair = PAIR_HYPHEN.search(chunk.value)
    if pair is None or not all(_stands_alone(text, side) for side in pair.groups()):
        return [chunk]
    cut = chunk.start + pair.end(1)
    return [
        part
        for part in (
            _Chunk(chunk.start, cut, "name", text[chunk.start : cut]),
            _Chunk(cut + 1, chunk.end, "name", text[cut + 1 : chunk.end]),
        )
        if part.value
    ]


def _stands_alone(text: str, word: str) -> bool:
    return word in _person_aliases() or (
        re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text) is not None
    )


def _paired_states(chunks: list[_Chunk]) -> list[_Chunk]:
    """`Indonesia-Malaysia`, `ASEAN-Jepang`, `RI-Australia`: states and blocs joined by a hyphen
    are each named, not one person."""
    if not any(c.kind == "name" and "-" in c.value for c in chunks):
        return chunks
    paired: list[_Chunk] = []
    for c in chunks:
        parts = c.value.split("-") if c.kind == "name" else []
        kinds = [_state_or_bloc(p) for p in parts]
        if len(parts) < 2 or None in kinds:
            paired.append(c)
            continue
        start = c.start
        for part, kind in zip(parts, kinds, strict=True):
            paired.append(_Chunk(start, start + len(part), kind or "", part))
            start += len(part) + 1
    return paired


def _state_or_bloc(word: str) -> str | None:
    if word in country_names():
        return "country"
    return "org" if word in _organizations() else None


def _paired_state_names(word: str) -> bool:
    """`Liga Parlemen Jepang-Indonesia`: a pair of states closes a friendship body's name."""
    parts = word.split("-")
    return len(parts) > 1 and all(_state_or_bloc(p) is not None for p in parts)
