"""Honours conferred and letters handed over in person: the giver met the one given to."""

from __future__ import annotations

import re

from etl.actors import ActorMention
from etl.events.context import _Context
from etl.events.destinations import _place_after
from etl.events.modality import modality
from etl.events.model import ArticleEvent
from etl.events.roles import _around, _clause_bounds, _close_subject, _subject_run
from etl.lexicon import Hit
from etl.text import Sentence

RECIPIENT = re.compile(r"\b(?:kepada\s+|ke\s+(?=[A-Z]))", re.IGNORECASE)


def _conferral(
    ctx: _Context, sentence: Sentence, m: Hit, agents: list[ActorMention], frame: str
) -> list[ArticleEvent]:
    """`Ng Eng Hen menyematkan penghargaan … kepada Dudung`: who confers an honour on whom met
    that person (as the host); so did one who delivers a letter in person (`Retno
    menyampaikan surat dari Jokowi ke Presiden Iran Hassan Rouhani`). The thing given, and the
    one it is from, between, are no party."""
    before, after = _around(ctx, sentence, m, agents)
    givers = _subject_run(ctx.text, before)
    if not givers or not _close_subject(ctx.text[givers[-1].end : m.start()]):
        return []
    to = RECIPIENT.search(ctx.text, m.end(), _clause_bounds(sentence, m.start())[1])
    receivers = [a for a in after if a.kind == "person" and to and a.start >= to.end()][:1]
    if not receivers or receivers[0].key == givers[0].key:
        return []
    giver = "host" if frame == "confer" else "participant"
    return [
        ArticleEvent(
            "meeting",
            [(givers[0].key, giver), (receivers[0].key, "participant")],
            sentence,
            m.group(),
            m.start(),
            modality=modality(sentence.text, m.start() - sentence.start, "meeting"),
            location=_place_after(ctx, sentence, m.start(), []),
            confidence=0.6,
        )
    ]
