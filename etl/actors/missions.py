"""Diplomatic missions as speakers and hosts: `Kedutaan Besar Rusia di Indonesia`, `Kedubes China
di Jakarta`, `KBRI Kuala Lumpur`. A mission is one body, named by its sending state and its seat,
not the sending state itself (`data/missions.csv`)."""

from __future__ import annotations

import re
from functools import cache

from etl.actors.model import Actor, ActorMention, ArticleActors, _Chunk
from etl.lexicon import table
from etl.places import country_names

OWN_MISSIONS = {"Kedutaan Besar": "KBRI", "Konsulat Jenderal": "KJRI"}
"""Indonesia's own missions go by their short forms (`Kedutaan Besar RI di Kuala Lumpur` is
`KBRI Kuala Lumpur`), as Indonesian news and the annotation name them."""
SEAT_LINK = re.compile(r"\s+(?:di|untuk)\s+|\s+")
GLOSSED = r"(?:\s+\([A-Z][\w.-]{1,12}\))?"
"""`Kedutaan Besar (Kedubes) Jepang di Jakarta`, `… Republik Indonesia (KBRI) di Kuala Lumpur`:
the mission's short form in brackets stands inside its name."""


@cache
def _heads() -> dict[str, dict[str, str]]:
    return {row["head"]: row for row in table("missions")}


def mission_at(text: str, chunks: list[_Chunk], i: int, result: ArticleActors) -> int:
    """How many chunks a mission named from chunk i takes (0 when chunk i opens none); the
    mission is added to the article's actors."""
    row = _heads().get(chunks[i].value)
    if row is None:
        return 0
    j, last = i + 1, chunks[i]
    if row["head"] == "Konsulat" and _follows(text, chunks, j, last, ("rank",), r"\s+"):
        last, j = chunks[j], j + 1
    sender = row["sender"] or None
    j, last = _past_gloss(text, chunks, j, last)
    if not sender and _follows(text, chunks, j, last, ("country",), GLOSSED + r"\s+"):
        sender = country_names()[chunks[j].value].canonical
        last, j = chunks[j], j + 1
    j, last = _past_gloss(text, chunks, j, last)
    seat = None
    if _follows(text, chunks, j, last, ("country", "name"), GLOSSED + f"(?:{SEAT_LINK.pattern})"):
        seat, last, j = chunks[j].value, chunks[j], j + 1
    if sender is None:
        return 0
    head = row["canonical"]
    if sender == "Indonesia" and not row["sender"]:
        head = OWN_MISSIONS.get(head, head)
    if row["sender"] or head in OWN_MISSIONS.values():
        name = f"{head} {seat}" if seat else head
    else:
        name = f"{head} {sender}" + (f" di {seat}" if seat else "")
    span = text[chunks[i].start : last.end]
    result.add(
        ActorMention(chunks[i].start, last.end, span, name, "organization"),
        Actor(name, "organization", sender, aliases={span}),
    )
    return j - i


def _past_gloss(text: str, chunks: list[_Chunk], j: int, last: _Chunk) -> tuple[int, _Chunk]:
    """Past a bracketed short form read as a chunk of its own (`(KBRI)`), if one follows: the
    next chunk to read, and the last one read, now up to the closing bracket."""
    if (
        j < len(chunks)
        and text[last.end : chunks[j].start].strip() == "("
        and text.startswith(")", chunks[j].end)
    ):
        gloss = chunks[j]
        return j + 1, _Chunk(gloss.start, gloss.end + 1, gloss.kind, gloss.value)
    return j, last


def _follows(
    text: str, chunks: list[_Chunk], j: int, last: _Chunk, kinds: tuple[str, ...], gap: str
) -> bool:
    """Whether chunk j, of one of these kinds, follows `last` across exactly this gap."""
    return (
        j < len(chunks)
        and chunks[j].kind in kinds
        and re.fullmatch(gap, text[last.end : chunks[j].start]) is not None
    )
