"""Meetings a speaker tells of in the first person inside a quotation: `"7 Maret 2022, saya
berkomunikasi dengan Kanselir Jerman Olaf Scholz …," kata Jokowi` is a call of Jokowi and
Scholz, as is one the quotation tells of a party it names (`"Kemlu telah memanggil Dubes
China …," tulis Kemlu`); and speech the quotation relays: `"Presiden menyampaikan beberapa
prioritas …," kata Retno` is a statement of the President too (ANNOTATION.md). Everything
else said inside quotations names no party (`quote_spans`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from datetime import date

from etl.actors import ActorMention
from etl.dates import TimeExpression
from etl.events.context import _Context, _speech_rows, _trigger_rows, row_key
from etl.events.modality import modality
from etl.events.model import ArticleEvent
from etl.events.sentence_dating import _date_near
from etl.lexicon import Hit
from etl.spans import SpanIndex
from etl.text import Sentence

FIRST_PERSON = re.compile(
    r"(?:^|[\s,“\"])(?:saya|aku|kami)\s+(?:(?:juga|pun|telah|sudah|sempat|kemudian|lalu|"
    r"langsung|akan|baru)\s+)*$",
    re.IGNORECASE,
)
FIRST_PERSON_REACH = 40
RELAYED_GAP = re.compile(
    r"\s*(?:(?:juga|pun|telah|sudah|sempat|kemudian|lalu|langsung|secara\s+langsung|sangat)\s+)*$",
    re.IGNORECASE,
)
"""Between a party named inside a quotation and the speech verb it is the subject of."""
CLAUSE_END = re.compile(r",\s*(?:dan|lalu|kemudian|serta)?\s*(?:\d|saya|aku|kami)|[.;:!?]")


def quoted_meetings(
    ctx: _Context,
    sentences: list[Sentence],
    times: SpanIndex[TimeExpression],
    published: date | None,
) -> list[ArticleEvent]:
    """One meeting for each verb of meeting whose subject is the quotation's own `saya` or
    `kami`, with the speaker its statement names and the persons or states after the verb in
    its clause; dated as a trigger of its sentence is."""
    starts = [s.start for s in sentences]
    found: list[ArticleEvent] = []
    for start, end, speaker in _quoted_speakers(ctx, sentences, starts, bodies=True):
        for m in ctx.within(ctx.triggers, start, end):
            row = _trigger_rows()[row_key(m.group())]
            if row["event_type"] != "meeting" or row["frame"] != "verb":
                continue
            if FIRST_PERSON.search(ctx.text, max(start, m.start() - FIRST_PERSON_REACH), m.start()):
                subject = speaker
            elif (named := _named_subject(ctx, start, m)) is not None:
                subject = named.key
            else:
                continue
            stop = CLAUSE_END.search(ctx.text, m.end(), end)
            parties = [
                mention.key
                for mention in ctx.mentions_at.within(m.end(), stop.start() if stop else end)
                if mention.kind in ("person", "country") and mention.key != subject
            ]
            if not parties:
                continue
            sentence = sentences[bisect_right(starts, m.start()) - 1]
            event = ArticleEvent(
                "meeting",
                [(subject, "participant"), (parties[0], "participant")],
                sentence,
                m.group(),
                m.start(),
                confidence=0.6,
            )
            event.modality = modality(sentence.text, m.start() - sentence.start, "meeting")
            event.date = _date_near(
                ctx, times.within(sentence.start, sentence.end), event, published
            )
            found.append(event)
    return found


def _named_subject(ctx: _Context, start: int, verb: Hit) -> ActorMention | None:
    """`"Kemlu telah memanggil Dubes China di Jakarta …," tulis Kemlu`, `"Presiden menyampaikan
    …"`: a party the quotation names right before the verb, a few auxiliaries aside, is its
    subject."""
    return next(
        (
            a
            for a in reversed(ctx.mentions_at.within(start, verb.start()))
            if RELAYED_GAP.fullmatch(ctx.text, a.end, verb.start()) and _relays(ctx, a)
        ),
        None,
    )


def quoted_statements(
    ctx: _Context,
    sentences: list[Sentence],
    times: SpanIndex[TimeExpression],
    published: date | None,
) -> list[ArticleEvent]:
    """One statement for each party a quotation names right before a speech verb whose
    speaker stands before it (`Presiden menyampaikan`, `Menlu Malaysia menegaskan`), other than
    the one quoted; dated as a speech verb of its sentence is."""
    starts = [s.start for s in sentences]
    found: list[ArticleEvent] = []
    for start, end, speaker in _quoted_speakers(ctx, sentences, starts, bodies=False):
        for m in ctx.within(ctx.speech, start, end):
            if _speech_rows()[row_key(m.group())] != "pre":
                continue
            party = _named_subject(ctx, start, m)
            if party is None or party.key == speaker:
                continue
            sentence = sentences[bisect_right(starts, m.start()) - 1]
            event = ArticleEvent(
                "statement",
                [(party.key, "speaker")],
                sentence,
                m.group(),
                m.start(),
                confidence=0.5,
            )
            event.date = _date_near(
                ctx, times.within(sentence.start, sentence.end), event, published
            )
            found.append(event)
    return found


def _quoted_speakers(
    ctx: _Context, sentences: list[Sentence], starts: list[int], bodies: bool
) -> Iterator[tuple[int, int, str]]:
    """Each quotation whose speaker a statement names, with that speaker (a person, or with
    `bodies` any party)."""
    speakers = _speakers_by_sentence(ctx, bodies)
    for start, end in ctx.quoted:
        speaker = _speaker_of(speakers, sentences, starts, start, end)
        if speaker is not None:
            yield start, end, speaker


def _relays(ctx: _Context, party: ActorMention) -> bool:
    """A party whose speech a quotation may relay: a person named in full or by a post, or a
    state or body."""
    if party.kind in ("country", "organization"):
        return True
    return party.kind == "person" and (party.titled or " " in party.key)


def _speakers_by_sentence(ctx: _Context, bodies: bool) -> dict[int, list[tuple[int, str]]]:
    """Each sentence's person speakers, by the sentence's start, with their speech verbs'
    offsets; with `bodies`, also a body or state whose release is quoted (`… ," tulis Kemlu`)."""
    by_sentence: dict[int, list[tuple[int, str]]] = {}
    for event in ctx.events:
        if event.event_type != "statement":
            continue
        key = event.actor_keys()[0]
        if bodies or ctx.actors.actors[key].kind == "person":
            by_sentence.setdefault(event.sentence.start, []).append((event.trigger_start, key))
    return by_sentence


def _speaker_of(
    speakers: dict[int, list[tuple[int, str]]],
    sentences: list[Sentence],
    starts: list[int],
    start: int,
    end: int,
) -> str | None:
    """The person whose statement carries the quotation: its tag after the closing mark, in
    the sentence where the quotation ends, or before the opening one, in its first."""
    closing = sentences[max(bisect_right(starts, end - 1) - 1, 0)]
    after = [key for at, key in speakers.get(closing.start, []) if at >= end]
    if after:
        return after[0]
    opening = sentences[max(bisect_right(starts, start) - 1, 0)]
    before = [key for at, key in speakers.get(opening.start, []) if at < start]
    return before[-1] if before else None
