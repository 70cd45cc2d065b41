"""Meetings a speaker tells of in the first person inside a quotation: `"7 Maret 2022, saya
berkomunikasi dengan Kanselir Jerman Olaf Scholz …," kata Jokowi` is a call of Jokowi and
Scholz. Everything else said inside quotations names no party (`quote_spans`)."""

from __future__ import annotations

import re
from datetime import date

from etl.dates import TimeExpression
from etl.events.context import _Context, _trigger_rows
from etl.events.modality import modality
from etl.events.model import ArticleEvent
from etl.events.sentence_dating import _date_near
from etl.text import Sentence

FIRST_PERSON = re.compile(
    r"(?:^|[\s,“\"])(?:saya|aku|kami)\s+(?:(?:juga|pun|telah|sudah|sempat|kemudian|lalu|"
    r"langsung|akan|baru)\s+)*$",
    re.IGNORECASE,
)
CLAUSE_END = re.compile(r",\s*(?:dan|lalu|kemudian|serta)?\s*(?:\d|saya|aku|kami)|[.;:!?]")


def quoted_meetings(
    ctx: _Context,
    sentences: list[Sentence],
    times: list[TimeExpression],
    published: date | None,
) -> list[ArticleEvent]:
    """One meeting for each verb of meeting whose subject is the quotation's own `saya` or
    `kami`, with the speaker its statement names and the persons or states after the verb in
    its clause; dated as a trigger of its sentence is."""
    found: list[ArticleEvent] = []
    for start, end in ctx.quoted:
        speaker = _speaker_of(ctx, start, end)
        if speaker is None:
            continue
        for m in ctx.within(ctx.triggers, start, end):
            row = _trigger_rows()[re.sub(r"\s+", " ", m.group().lower())]
            if row["event_type"] != "meeting" or row["frame"] != "verb":
                continue
            if not FIRST_PERSON.search(ctx.text, max(start, m.start() - 40), m.start()):
                continue
            stop = CLAUSE_END.search(ctx.text, m.end(), end)
            parties = [
                mention.key
                for mention in ctx.mentions_at.within(m.end(), stop.start() if stop else end)
                if mention.kind in ("person", "country") and mention.key != speaker
            ]
            if not parties:
                continue
            sentence = next(s for s in sentences if s.start <= m.start() < s.end)
            event = ArticleEvent(
                "meeting",
                [(speaker, "participant"), (parties[0], "participant")],
                sentence,
                m.group(),
                m.start(),
                confidence=0.6,
            )
            event.modality = modality(sentence.text, m.start() - sentence.start, "meeting")
            sentence_times = [t for t in times if sentence.start <= t.char_start < sentence.end]
            event.date = _date_near(ctx, sentence_times, event, published)
            found.append(event)
    return found


def _speaker_of(ctx: _Context, start: int, end: int) -> str | None:
    """The person whose statement carries the quotation: its tag after the closing mark, in
    the sentence where the quotation ends, or before the opening one, in its first."""
    for event in ctx.events:
        if event.event_type != "statement":
            continue
        sentence, at = event.sentence, event.trigger_start
        tags_after = at >= end and sentence.start <= end <= sentence.end
        tags_before = at < start and sentence.start <= start < sentence.end
        key = event.actor_keys()[0]
        if (tags_after or tags_before) and ctx.actors.actors[key].kind == "person":
            return key
    return None
