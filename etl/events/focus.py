"""Who `dia`, `ia`, `beliau` and `ujarnya` point at after each sentence: the article's focus,
carried from sentence to sentence."""

from __future__ import annotations

import re

from etl.actors import ActorMention
from etl.events.context import _Context
from etl.events.model import ArticleEvent
from etl.events.roles import OBJECT_OF, _is_locative
from etl.events.unnamed import _unnamed_speaker
from etl.text import Sentence

PRONOUN_SUBJECT = re.compile(
    r"[\s“\"]*(?:(?:kemudian|lalu|selanjutnya|setelah\s+itu|sementara\s+itu|di\s+sana)\s*,?\s*)?"
    r"(?:beliau|ia|dia)\s+(?:[a-z]+\s+){0,3}?(?:me|ber|di)[a-z]+\b",
    re.IGNORECASE,
)
"""A sentence whose subject is a pronoun: `Kemudian, beliau bertemu …`, `Ia juga menemui …`."""
SUBJECT_REACH_CHARS = 100
"""A person named this far into a sentence is seldom its subject: the focus stays."""
SUBJECT_VERB = re.compile(
    r"\s*,?\s+(?:(?:juga|pun|telah|sudah|akan|langsung|kemudian|lalu|sempat|tidak|belum)\s+)*"
    r"(?:me|ber|men|mem|meng|meny)[a-z]{3,}\b"
)
"""A person right before an active verb is the sentence's subject (`Selain memanggil Prabowo,
Meutya Hafid juga akan memanggil …`)."""


def _focus_after(
    ctx: _Context, sentence: Sentence, found: list[ArticleEvent], mentions: list[ActorMention]
) -> str | None:
    """Who `dia`, `ia` and `ujarnya` point at after a sentence: its last speaker, no one after
    an unnamed one (`kata sumber tersebut`), else the first person it names by title, by full
    name or by a one-word name titled elsewhere, outside a prepositional phrase (the subject, in
    most news sentences; `pertemuan dengan Wapres` names no new subject), one right before an
    active verb first, else whoever it was before. A pronoun subject before that name
    (`Kemudian, beliau bertemu Perdana Menteri Anwar …`) keeps the focus where it was."""
    speakers = [k for e in found if e.event_type == "statement" for k in e.actor_keys()]
    if speakers:
        return speakers[-1]
    if _unnamed_speaker().search(sentence.text):
        return None
    persons = [
        m
        for m in mentions
        if m.kind == "person"
        and (
            m.titled
            or " " in m.key
            or _known_by_title(ctx, m.key)
            or _opening_party(ctx, sentence, m)
        )
        and not _is_locative(ctx.text, m)
        and not OBJECT_OF.search(ctx.text[max(0, m.start - 12) : m.start])
    ]
    if persons and ctx.focus and PRONOUN_SUBJECT.match(ctx.text, sentence.start, persons[0].start):
        return ctx.focus
    subjects = [p for p in persons if SUBJECT_VERB.match(ctx.text, p.end)]
    chosen = (subjects or persons)[0] if persons else None
    if chosen is None or (ctx.focus and chosen.start - sentence.start > SUBJECT_REACH_CHARS):
        return ctx.focus
    return chosen.key


def _opening_party(ctx: _Context, sentence: Sentence, m: ActorMention) -> bool:
    """`… dengan rakan sejawatnya dari Indonesia, Sugiono` then `Sugiono tiba di Kuala Lumpur`:
    a one-word name that opens the sentence and is a party to an event told before is its
    subject."""
    return m.key in ctx.parties and not ctx.text[sentence.start : m.start].strip(' “"')


def _known_by_title(ctx: _Context, key: str) -> bool:
    """`Menteri Luar Negeri Indonesia, Sugiono` once, `Sugiono tiba …` after: a one-word name the
    article titles somewhere is that official, subject enough to be pointed at by `ia`."""
    actor = ctx.actors.actors.get(key)
    return actor is not None and bool(actor.titles)
