"""People of a country or body the text does not name (`kata sumber tersebut`, `anggota Komisi
I DPR`): no actor, and no speaker; the body or country they belong to does not act for them."""

from __future__ import annotations

import re
from functools import cache

from etl.actors import ActorMention
from etl.lexicon import alternation, words


@cache
def _unnamed_speaker() -> re.Pattern[str]:
    """A speech tag whose speaker is unnamed: `kata sumber tersebut`, `ujar seorang pejabat`."""
    nouns = alternation(words("member_nouns"))
    return re.compile(
        rf"\b(?:kata|ujar|tutur|ucap|ungkap|jelas|tambah|imbuh)\s+"
        rf"(?:salah\s+(?:seorang|satu)\s+|seorang\s+|para\s+)?(?:{nouns})\b",
        re.IGNORECASE,
    )


@cache
def _member_of() -> re.Pattern[str]:
    nouns = alternation(words("member_nouns"))
    joint = r"(?:\s+(?:dan|serta)\s+|\s*[-(]\s*|\s+)"
    return re.compile(
        rf"(?<![\w-])(?:salah\s+(?:seorang|satu)\s+|seorang\s+|para\s+|sejumlah\s+|beberapa\s+)?"
        rf"(?:{nouns})(?:\s+[a-z]\w*)?(?:{joint}(?-i:[A-Z][\w-]*)){{0,3}}{joint}$",
        re.IGNORECASE,
    )


def unnamed_members(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """`rakyat Malaysia`, `anggota Komisi I DPR`, `staf humas Kementerian Perhubungan`,
    `salah satu pejabat Istana Negara Malaysia`, `seorang analis Jepang-Indonesia`, `pasukan
    Rusia dan Turki`, `sumber di Kremlin (…)`: people of a country or body who are not named
    are no actor, and neither is the country for them."""
    return [
        m
        for m in mentions
        if m.kind == "person" or not _member_of().search(text[max(0, m.start - 40) : m.start])
    ]
