"""Talks a speech act tells: `Obama secara pribadi mengatakan kepada Putin …` is Obama and Putin
talking, a meeting of the two (ANNOTATION.md: two identifiable actors meet or talk)."""

from __future__ import annotations

import re

from etl.actors import ActorMention
from etl.events.context import _Context
from etl.events.model import ArticleEvent
from etl.text import Sentence

TO_PERSON = re.compile(
    r"\s*,?\s*(?:(?:secara\s+(?:langsung|pribadi|khusus)|langsung|juga)\s+)*kepada\s+",
    re.IGNORECASE,
)
BY_LETTER = re.compile(r"\b(?:surat|pesan\s+tertulis|media\s+sosial|twitter|cuitan)\b", re.I)
"""What one writes to another is no talk."""


def talks_told(
    ctx: _Context,
    sentence: Sentence,
    statements: list[ArticleEvent],
    mentions: list[ActorMention],
    told: list[ArticleEvent],
) -> list[ArticleEvent]:
    """One meeting for each statement whose verb is said to a named person right after it,
    unless the article already told those two meeting."""
    found: list[ArticleEvent] = []
    for statement in statements:
        end = statement.trigger_start + len(statement.trigger)
        to = TO_PERSON.match(ctx.text, end)
        if to is None or BY_LETTER.search(ctx.text, to.end(), sentence.end):
            continue
        hearer = next((m for m in mentions if m.start == to.end()), None)
        speaker = statement.actor_keys()[0]
        if hearer is None or hearer.kind != "person" or hearer.key == speaker:
            continue
        pair = {speaker, hearer.key}
        if any(
            e.event_type == "meeting" and pair <= set(e.actor_keys())
            for e in [*ctx.events, *told, *found]
        ):
            continue
        found.append(
            ArticleEvent(
                "meeting",
                [(speaker, "participant"), (hearer.key, "participant")],
                sentence,
                statement.trigger,
                statement.trigger_start,
                confidence=0.55,
            )
        )
    return found
