"""Who attended a meeting: `Pertemuan itu dihadiri oleh A dan B`, `Rapat kerja dengan Komisi VI
ini dihadiri Menteri Perdagangan …`. News names the parties of a gathering in a sentence of their
own, after one that told of it by a group (`para ketua umum partai koalisi`) or not at all."""

from __future__ import annotations

import re

from etl.actors import ActorMention
from etl.events.context import _Context
from etl.events.counterparts import MEETING_PARTIES
from etl.events.model import ArticleEvent
from etl.events.roles import _object_run
from etl.lexicon import Hit
from etl.text import Sentence

ATTENDED = re.compile(
    r"\b(?:yang\s+)?(?:juga\s+|turut\s+|pun\s+)?dihadiri\s+(?:(?:langsung|lengkap|pula)\s+)?"
    r"(?:oleh\s+)?",
    re.IGNORECASE,
)
ATTENDED_REACH = 60
"""How far after the meeting noun its `dihadiri` may stand (`Rapat kerja dengan komisi VI ini
dihadiri`)."""
NAMED_AGAIN = re.compile(r"\b(?:itu|ini|tersebut|tadi)\b", re.IGNORECASE)
ANTECEDENT_REACH = 600
"""How many characters back the meeting an anaphoric noun names again may have been told."""
PARTY_KINDS = frozenset({"person", "organization"})


def attended(
    ctx: _Context, sentence: Sentence, m: Hit, agents: list[ActorMention]
) -> list[ArticleEvent] | None:
    """The meeting a noun followed by `dihadiri …` tells, with its attendees among its parties;
    None when no attendance is told. A noun naming a meeting told before (`Pertemuan itu`, or
    one without parties of its own) adds the attendees to that meeting, which a group alone
    (`dengan para ketua umum partai`) had left without a second party."""
    found = ATTENDED.search(ctx.text, m.end(), min(sentence.end, m.end() + ATTENDED_REACH))
    if found is None:
        return None
    attendees = [
        a
        for a in _object_run(ctx.text, found.end(), [a for a in agents if a.start >= found.end()])
        if a.kind in PARTY_KINDS
    ]
    if not attendees:
        return None
    own = [a for a in agents if m.end() <= a.start and a.end <= found.start()]
    keys = list(dict.fromkeys(a.key for a in own + attendees))
    again = not own or NAMED_AGAIN.search(ctx.text, m.end(), found.start()) is not None
    earlier = _antecedent(ctx, sentence) if again else None
    if earlier is not None:
        for key in keys:
            if key not in earlier.actor_keys():
                earlier.actors.append((key, "participant"))
        earlier.incomplete = len(earlier.actors) < MEETING_PARTIES
        earlier.extra_sentences.append((sentence, m.group()))
        return []
    if len(keys) < MEETING_PARTIES:
        return None
    return [
        ArticleEvent(
            "meeting",
            [(k, "participant") for k in keys],
            sentence,
            m.group(),
            m.start(),
            confidence=0.6,
        )
    ]


def _antecedent(ctx: _Context, sentence: Sentence) -> ArticleEvent | None:
    """The latest meeting told close before (`ANTECEDENT_REACH`), complete or still waiting for
    a party."""
    latest = next((e for e in reversed(ctx.events) if e.event_type == "meeting"), None)
    if latest is None or sentence.start - latest.sentence.end > ANTECEDENT_REACH:
        return None
    return latest
