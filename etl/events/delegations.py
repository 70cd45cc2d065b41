"""A delegation told by its leader (`Delegasi Indonesia yang dipimpin Menko Airlangga`): it
travels and meets as that person."""

from __future__ import annotations

import re

from etl.actors import ActorMention

LEADER_OF = re.compile(
    r"\b(?:delegasi|rombongan|tim|misi)\b[^.;]{0,60}?[\s,]+(?:yang\s+)?dipimpin"
    r"(?:\s+(?:langsung\s+)?oleh)?\s+",
    re.IGNORECASE,
)
"""`Delegasi Indonesia yang dipimpin Menko Airlangga Hartarto bertolak ke Washington`."""
VERB_BEFORE = re.compile(r"\b(?:me|ber|di|ter)[a-z]{3,}\b")
"""A delegation named after a verb (`menerima delegasi … yang dipimpin`) is its object."""


def delegation_leader(
    text: str, start: int, offset: int, agents: list[ActorMention]
) -> ActorMention | None:
    """The person who leads the delegation that is the subject before `offset` (no verb before
    it): it travels and meets as its leader, not as the state it is of."""
    led = LEADER_OF.search(text, start, offset)
    if led is None or VERB_BEFORE.search(text, start, led.start()):
        return None
    return next(
        (a for a in agents if a.kind == "person" and a.start == led.end() and a.end <= offset),
        None,
    )
