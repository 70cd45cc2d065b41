"""An event named again in a later sentence: `Prabowo akan berkunjung ke Jepang. Kunjungan itu
dijadwalkan pada Senin (11/1).` The first sentence tells the visit, the second its day; and
`Kedatangan Putin ini …`, `percakapan Tillerson dan Lavrov ini` tell no new one. And who
`keduanya` are."""

from __future__ import annotations

import re

from etl.actors import ActorMention
from etl.dates import TimeExpression
from etl.events.context import _Context
from etl.events.model import ArticleEvent, EventDate
from etl.events.roles import _distinct
from etl.lexicon import Hit
from etl.text import Sentence

DATED_GRANULARITIES = frozenset({"day", "range", "week", "month"})
SCHEDULED = re.compile(
    r"\s*(?:itu|tersebut|ini)\s+(?:(?:rencananya|akan|telah|sudah|juga|baru|kembali|pun)\s+)*"
    r"(?:dijadwalkan|dilaksanakan|digelar|dihelat|diadakan|berlangsung|direncanakan|dilakukan|"
    r"diselenggarakan)(?:\s+di\s+[^.;:\d]{1,60}?,?(?=\s+pada\b))?"
    r"(?:\s+(?:pada|mulai|sejak|selama))?\s*(?:hari\s+|tanggal\s+)?",
    re.IGNORECASE,
)
DEMONSTRATIVE = re.compile(r"\s*(?:ini|itu|tersebut)\b", re.IGNORECASE)
NAMED_ON = re.compile(r"\s+(?:pada|tanggal)\s+(?:hari\s+)?", re.IGNORECASE)
"""`Dalam pertemuan pada Kamis (12/4) itu`: the day an event named again was held on."""
PARTY_JOINER = re.compile(r"\s*(?:,|dan|serta|&)?\s*", re.IGNORECASE)
NOUN_GAP = 25
"""How far after the event noun its first party may start (`kunjungan kerja Presiden …`)."""
SCHEDULE_SLACK = len("pada ")
"""What ties the date to the event named again: `Kunjungan itu dijadwalkan pada …`, not a date
of another clause (`Kunjungan ini adalah perjalanan pertama Xi sejak … Februari 2023`)."""


def date_by_naming_again(
    ctx: _Context, events: list[ArticleEvent], times: list[TimeExpression]
) -> None:
    """An event still undated takes the date that a sentence naming it again schedules for it
    (`Kunjungan tersebut dijadwalkan pada Senin (11/1)`, `Pertemuan ini dihelat di Kota Athena,
    Yunani, pada Jumat (11/3)`, `Dalam pertemuan pada Kamis (12/4) itu`), outside quotations; so
    does the visit of a courtesy call whose meeting, told by the same words, was dated so."""
    for event in events:
        if event.date.start is None and event.extra_sentences:
            _date_from_sentences(ctx, event, times)
    dated = {
        (e.sentence.start, e.trigger_start): e.date
        for e in events
        if e.extra_sentences and e.date.start is not None
    }
    for event in events:
        twin = dated.get((event.sentence.start, event.trigger_start))
        if event.date.start is None and twin is not None:
            event.date = twin


def _date_from_sentences(ctx: _Context, event: ArticleEvent, times: list[TimeExpression]) -> None:
    """The first sentence naming the event again whose predicate schedules it at a date."""
    for sentence, trigger in event.extra_sentences:
        found = sentence.text.find(trigger)
        if found < 0 or ctx.in_quote(sentence.start + found):
            continue
        after = sentence.start + found + len(trigger)
        scheduled = SCHEDULED.match(ctx.text, after)
        held_on = NAMED_ON.match(ctx.text, after)
        if scheduled is None and held_on is None:
            continue
        told = next(
            (
                t
                for t in times
                if (
                    (
                        scheduled is not None
                        and abs(t.char_start - scheduled.end()) <= SCHEDULE_SLACK
                    )
                    or (
                        held_on is not None
                        and t.char_start == held_on.end()
                        and DEMONSTRATIVE.match(ctx.text, t.char_end) is not None
                    )
                )
                and t.date_start is not None
                and not t.fuzzy
                and t.granularity in DATED_GRANULARITIES
            ),
            None,
        )
        if told is not None:
            event.date = _event_date(told)
            return


def _event_date(time: TimeExpression) -> EventDate:
    granularity = "day" if time.granularity == "range" else time.granularity
    basis = "explicit" if time.basis == "explicit" else "relative"
    return EventDate(time.date_start, time.date_end, granularity, basis, time.text)


def told_again(
    ctx: _Context, event: ArticleEvent, trigger_end: int, mentions: list[ActorMention]
) -> ArticleEvent | None:
    """The event told earlier that an event noun names again with its own parties and a
    demonstrative (`Kedatangan Putin ini`, `Kabar percakapan Tillerson dan Lavrov ini`): that
    event, which the sentence only tells more of, or the latest of its kind when the parties
    are named otherwise (`kedatangan petinggi KPK itu` after Agus Rahardjo's); None when the
    phrase names a new one."""
    keys = set(event.actor_keys())
    parties = sorted(
        (a for a in mentions if a.start >= trigger_end and a.key in keys), key=lambda a: a.start
    )
    if not parties or parties[0].start - trigger_end > NOUN_GAP:
        return None
    end = parties[0].end
    for party in parties[1:]:
        if PARTY_JOINER.fullmatch(ctx.text, end, party.start) is None:
            break
        end = party.end
    if DEMONSTRATIVE.match(ctx.text, end) is None:
        return None
    earlier = [e for e in reversed(ctx.events) if e.event_type == event.event_type]
    return next(
        (
            e
            for e in earlier
            if set(e.actor_keys()) >= keys or e.actor_keys()[:1] == event.actor_keys()[:1]
        ),
        earlier[0] if earlier else None,
    )


PAIR_REACH = 300
"""How far before its sentence a plural pronoun's two persons are looked for."""
BOTH_OF_THEM = re.compile(r"\bkeduanya\s+(?:(?:telah|sudah|juga|pun|sempat)\s+)*$", re.I)


def _pair_named_before(ctx: _Context, sentence: Sentence, m: Hit) -> list[str]:
    """`Judha menambahkan, Retno meminta perhatian Menlu Malaysia Mohamad Hasan saat keduanya
    bertemu`: `keduanya` are the last two persons the sentence names before it, not the
    parties of the last meeting told."""
    if not BOTH_OF_THEM.search(ctx.text, sentence.start, m.start()):
        return []
    return _last_pair(ctx, sentence.start, m.start())


def _pair_told_before(ctx: _Context, sentence: Sentence, m: Hit) -> list[str]:
    """The two persons named last before a plural pronoun, in its sentence or the one before."""
    return _last_pair(ctx, max(0, sentence.start - PAIR_REACH), m.start())


def _last_pair(ctx: _Context, start: int, end: int) -> list[str]:
    """The last two distinct persons named between the offsets, in text order; none unless two."""
    named = [x.key for x in ctx.mentions_at.within(start, end) if x.kind == "person"]
    pair = _distinct(named[::-1])[:2]
    return pair[::-1] if len(pair) == 2 else []
