"""Talks a speech act tells: `Obama secara pribadi mengatakan kepada Putin …` is Obama and Putin
talking, a meeting of the two, and so are two persons discussing something together (`Jokowi
dan Albanese membahas …`; ANNOTATION.md: two identifiable actors meet or talk)."""

from __future__ import annotations

import re

from etl.actors import ActorMention
from etl.events.context import _Context
from etl.events.model import ArticleEvent
from etl.events.roles import _around, _close_subject, _distinct, _subject_run
from etl.lexicon import Hit
from etl.text import Sentence

TO_WHOM = re.compile(r"\bkepada\s+", re.IGNORECASE)
GAP_REACH = 60
SAYING_GAP = re.compile(
    r"\s*(?:(?:secara\s+(?:langsung|pribadi|khusus)|langsung|juga)\s+)*(?:oleh\s+)?",
    re.IGNORECASE,
)
"""What may stand between the verb and `kepada`, the speaker's own name aside (`disampaikan
langsung oleh Menlu Malaysia kepada …`)."""
BY_PHONE = re.compile(
    r"\s*,?\s*(?:melalui|lewat|via|dalam)\s+(?:sambungan\s+|percakapan\s+|pembicaraan\s+)?"
    r"(?:telepon|telefon)\b",
    re.IGNORECASE,
)
"""Over the phone, what is said to someone is a call even with its object told first
(`menyampaikan dukungan Indonesia kepada Menlu Wang Yi melalui sambungan telepon`); without
it, a `kepada` past the object is as often part of what was said (`menambahkan dua tersangka
… kepada Novel Baswedan …`)."""
OPENS_CONTENT = re.compile(r"\bbahwa\b|[,;:“”\"]")
BY_LETTER = re.compile(r"\b(?:surat|pesan\s+tertulis|media\s+sosial|twitter|cuitan)\b", re.I)
"""What one writes to another is no talk."""


def talks_told(
    ctx: _Context,
    sentence: Sentence,
    statements: list[ArticleEvent],
    mentions: list[ActorMention],
    told: list[ArticleEvent],
) -> list[ArticleEvent]:
    """One meeting for each statement said to a named person (`menyampaikan dukungan kepada
    Wang Yi`, `disampaikan langsung oleh Menlu Malaysia kepada Menlu RI melalui sambungan
    telepon`), unless written or the article already told those two meeting; a message carried
    for someone (`menyampaikan pesan Presiden Jokowi kepada PM Albanese agar …`) is a statement
    of its sender's too."""
    found: list[ArticleEvent] = []
    for statement in statements:
        speaker = statement.actor_keys()[0]
        hearer = _hearer(ctx, sentence, statement, speaker, mentions)
        if hearer is None:
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
        owner = message_owner(ctx, statement, mentions)
        if owner is not None and owner.key != speaker and not _greeting(ctx, statement):
            found.append(
                ArticleEvent(
                    "statement",
                    [(owner.key, "speaker")],
                    sentence,
                    statement.trigger,
                    statement.trigger_start,
                    quote=statement.quote,
                    confidence=0.5,
                )
            )
    return found


def _greeting(ctx: _Context, statement: ArticleEvent) -> bool:
    """A greeting carried (`menyampaikan salam Presiden …`) is no statement of its sender's
    (ANNOTATION.md: mere greetings are not relayed speech)."""
    message = MESSAGE.match(ctx.text, statement.trigger_start + len(statement.trigger))
    return message is not None and message.group().strip().lower().startswith("salam")


MESSAGE = re.compile(
    r"\s*(?:pesan|amanat|titipan|salam)(?:\s+(?:khusus|langsung|resmi))?(?:\s+dari)?\s+",
    re.IGNORECASE,
)
"""`menyampaikan pesan Presiden Jokowi kepada PM Albanese`: a message of someone's, carried."""


def message_owner(
    ctx: _Context, statement: ArticleEvent, mentions: list[ActorMention]
) -> ActorMention | None:
    """The person whose message the speaker carries, named right after the verb's `pesan`."""
    end = statement.trigger_start + len(statement.trigger)
    message = MESSAGE.match(ctx.text, end)
    if message is None:
        return None
    return next((m for m in mentions if m.start == message.end() and m.kind == "person"), None)


def _hearer(
    ctx: _Context,
    sentence: Sentence,
    statement: ArticleEvent,
    speaker: str,
    mentions: list[ActorMention],
) -> ActorMention | None:
    """The person right after the first `kepada` of the speech verb's own phrase: between the
    verb and it only adverbs and the speaker itself (`oleh Menlu Malaysia`), or, over the
    phone, an object too."""
    end = statement.trigger_start + len(statement.trigger)
    to = TO_WHOM.search(ctx.text, end, min(sentence.end, end + GAP_REACH))
    if to is None or OPENS_CONTENT.search(ctx.text, end, to.start()):
        return None
    if BY_LETTER.search(ctx.text, to.end(), sentence.end):
        return None
    between = [m for m in mentions if end <= m.start < to.start()]
    owner = message_owner(ctx, statement, mentions)
    if any(m.key != speaker and m.kind != "country" and m is not owner for m in between):
        return None
    hearer = next((m for m in mentions if m.start == to.end()), None)
    if hearer is None or hearer.kind != "person" or hearer.key == speaker:
        return None
    gap = ctx.text[end : to.start()]
    for m in between:
        gap = gap.replace(m.text, " ")
    if owner is not None:
        gap = MESSAGE.sub(" ", gap, count=1)
    if not SAYING_GAP.fullmatch(gap) and not BY_PHONE.match(ctx.text, hearer.end):
        return None
    return hearer


def joint_talks(
    ctx: _Context, sentence: Sentence, m: Hit, agents: list[ActorMention]
) -> list[ArticleEvent]:
    """`Presiden Jokowi dan PM Albanese membahas kerja sama energi`: two or more named persons
    discussing something together talked; a body or a state discussing (`DPR membahas RUU`,
    `Indonesia dan Australia membahas …`) or one person alone tells no meeting."""
    before, _ = _around(ctx, sentence, m, agents)
    subject = _subject_run(ctx.text, before)
    persons = [a for a in subject if a.kind == "person" and (a.titled or " " in a.key)]
    keys = _distinct([a.key for a in persons])
    if (
        len(keys) < 2
        or len(persons) != len(subject)
        or not _close_subject(ctx.text[subject[-1].end : m.start()])
    ):
        return []
    return [
        ArticleEvent(
            "meeting",
            [(key, "participant") for key in keys],
            sentence,
            m.group(),
            m.start(),
            confidence=0.55,
        )
    ]
