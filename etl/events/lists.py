"""Enumerations: a meeting with a group (`dengan sejumlah pimpinan militer`) whose members a list
right after names (`Di antaranya, A, B, dan C`, `Di antara menteri yang … adalah A, B, dan C`,
or one bullet line each): one meeting each; and a host receiving a group (`sembilan pimpinan
yang beraudiensi dengan Prabowo`), whose listed guests each visit and meet the host."""

from __future__ import annotations

import re

from etl.actors import ActorMention
from etl.events.context import _Context
from etl.events.model import ArticleEvent
from etl.text import Sentence

LIST_OPENING = re.compile(
    r"^\s*(?:[•·▪*–-]\s*|\d{1,2}[.)]\s+|(?:di\s+antaranya|antara\s+lain|yakni|yaitu|"
    r"mereka\s+(?:adalah|ialah)|di\s+antara\b[^.:;]{0,80}?\b(?:adalah|ialah|yakni|yaitu))\b)",
    re.IGNORECASE,
)
GROUP = re.compile(
    r"\b(?:sejumlah|beberapa|para|serangkaian|berbagai|daftar|\d+|dua|tiga|empat|lima|enam|"
    r"tujuh|delapan|sembilan|sepuluh)\s+\w+",
    re.IGNORECASE,
)
LIST_REACH = 2


def awaits_list(ctx: _Context, event: ArticleEvent) -> bool:
    """A meeting of one named party with a group (`sejumlah`, `beberapa`, a number): its
    counterparts may be listed next."""
    if len(event.actors) != 1:
        return False
    if event.actors[0][1] == "host":
        return GROUP.search(event.sentence.text) is not None
    return GROUP.search(ctx.text[event.trigger_start : event.sentence.end]) is not None


def listed_meetings(
    pending: ArticleEvent, sentence: Sentence, mentions: list[ActorMention]
) -> list[ArticleEvent]:
    """One meeting of the pending party with each person a list sentence names; a host's
    guests each visit the host too."""
    if not LIST_OPENING.match(sentence.text):
        return []
    party, role = pending.actors[0]
    guests = [
        m for m in mentions if m.kind == "person" and (m.titled or " " in m.key) and m.key != party
    ]
    kinds = {
        "visit": lambda guest: [(guest, "visitor"), (party, "host")],
        "meeting": lambda guest: [(party, role), (guest, "participant")],
    }
    return [
        ArticleEvent(
            kind,
            roles(guest.key),
            pending.sentence,
            pending.trigger,
            pending.trigger_start,
            modality=pending.modality,
            date=pending.date,
            location=pending.location,
            confidence=0.6,
            extra_sentences=[(sentence, guest.text)],
        )
        for guest in dict((m.key, m) for m in guests).values()
        for kind, roles in kinds.items()
        if kind == "meeting" or role == "host"
    ]
