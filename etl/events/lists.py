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
    r"^\s*(?:[•·▪*–-]\s*|\d{1,2}[.)]\s+|(?:di\s*antaranya|antara\s+lain|yakni|yaitu|"
    r"mereka\s+(?:adalah|ialah)|di\s+antara\b[^.:;]{0,80}?\b(?:adalah|ialah|yakni|yaitu))\b)",
    re.IGNORECASE,
)
GROUP = re.compile(
    r"\b(?:sejumlah|beberapa|para|serangkaian|berbagai|daftar|\d+|dua|tiga|empat|lima|enam|"
    r"tujuh|delapan|sembilan|sepuluh)\s+\w+",
    re.IGNORECASE,
)
LIST_REACH = 2
ITEM = re.compile(r"\s*,\s*[A-Z]")
"""After the name opening a list item: a comma and the post (`Philip Nathan Taula, Duta …`)."""


def awaits_list(ctx: _Context, event: ArticleEvent) -> bool:
    """A meeting of one named party with a group (`sejumlah`, `beberapa`, a number): its
    counterparts may be listed next."""
    if len(event.actors) != 1:
        return False
    if event.actors[0][1] == "host":
        return GROUP.search(event.sentence.text) is not None
    return GROUP.search(ctx.text[event.trigger_start : event.sentence.end]) is not None


def listed_meetings(
    pending: ArticleEvent, sentence: Sentence, mentions: list[ActorMention], listing: bool
) -> list[ArticleEvent]:
    """One meeting of the pending party with each person a list sentence names; a host's
    guests each visit the host too. Once a list has begun, a sentence naming one person and
    then the post (`Roberto Colaminè, Duta Besar … Italia.`) is its next item."""
    opened = LIST_OPENING.match(sentence.text) is not None
    if not opened and not (listing and _an_item(sentence, mentions)):
        return []
    party, role = pending.actors[0]
    persons = [m for m in mentions if m.kind == "person"]
    guests = [
        m
        for k, m in enumerate(persons)
        if (m.titled or " " in m.key)
        and m.key != party
        and not (k and _post_of(sentence, persons[k - 1], m))
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


def _an_item(sentence: Sentence, mentions: list[ActorMention]) -> bool:
    """A sentence that opens with a person's name and then a comma and a post."""
    first = next((m for m in mentions if m.kind == "person"), None)
    return (
        first is not None
        and not sentence.text[: first.start - sentence.start].strip()
        and ITEM.match(sentence.text, first.end - sentence.start) is not None
    )


def _post_of(sentence: Sentence, name: ActorMention, post: ActorMention) -> bool:
    """`Roberto Colaminè, Duta Besar … Italia`: a post no one holds by name, right after a
    name and its comma, is that person's post, no guest of its own."""
    gap = sentence.text[name.end - sentence.start : post.start - sentence.start]
    return post.titled and post.text == post.key and gap.strip() == ","
