"""Events of one article: triggers in a sentence become meetings, visits and statements with roles.

The trigger and speech-verb tables (`data/triggers.csv`, `data/speech_verbs.csv`) say which words
report which happening and how their arguments stand around them. This package finds the actors
in those positions (`roles`, `speech`, `meetings`, `visits`), the modality (`modality`) and the
date (`sentence_dating`, `occasion_dating`, `discourse_dating`), and keeps the sentence and the
trigger so that every event can be shown where the text says it.
"""

from __future__ import annotations

import heapq
import re

from etl.actors import ActorMention, ArticleActors, is_forum
from etl.actors.headlines import in_headline
from etl.document import Document
from etl.events.addressed import joint_talks, talks_told
from etl.events.anaphora import date_by_naming_again, told_again
from etl.events.conferrals import _conferral
from etl.events.context import _Context, _speech_rows, _trigger_rows, quote_spans, row_key
from etl.events.discourse_dating import (
    _byline,
    _dateline,
    date_by_days_apart,
    date_by_itinerary,
    date_by_quotation,
    date_by_retelling,
    date_by_story,
    date_by_visit_day,
    story_date,
)
from etl.events.focus import _focus_after
from etl.events.lists import LIST_REACH, awaits_list, listed_meetings
from etl.events.meetings import _meeting, _residence_visits
from etl.events.modality import modality
from etl.events.model import ArticleEvent, EventDate
from etl.events.occasion_dating import _affiliations, _inherit_dates
from etl.events.parties import fold_states_into_officials
from etl.events.quoted import quoted_meetings, quoted_statements
from etl.events.receptions import (
    _invited,
    _receive,
    _visit_and_meeting,
)
from etl.events.roles import (
    _agents,
    _outermost,
    _qualifiers_dropped,
    speech_tagged,
)
from etl.events.sentence_dating import _date_near, _scene
from etl.events.speech import _statements
from etl.events.topics import reports_no_acts
from etl.events.unnamed import unnamed_members
from etl.events.visited import _visited
from etl.events.visits import _calls_on_person, _visit
from etl.events.welcomes import _welcomed
from etl.events.where import event_place
from etl.lexicon import Hit
from etl.places import world_regions
from etl.spans import SpanIndex
from etl.text import Sentence

CONDITION = re.compile(
    r"\b(?:jika|jikalau|kalau|apabila|seandainya|andaikan|andai|bilamana)\b[^,;:]*$", re.IGNORECASE
)

NEVER = re.compile(
    r"\b(?:(?:belum|tidak|tak)\s+pernah\s+(?:[a-z]+\s+)?|(?:dilarang|(?:belum|tidak|tak)\s+"
    r"(?:boleh|diperbolehkan|dibolehkan|diizinkan|perlu|diperlukan))\s+(?:untuk\s+)?)$",
    re.IGNORECASE,
)
"""`yang belum pernah berkunjung ke Danau Toba`: what someone has never done is no happening,
nor what one is not allowed to do (`Menteri Belum Diizinkan Bertemu DPR`) or need not do
(`tidak diperlukan perundingan langsung antara Iran dan AS`): a rule or a view, not an act."""
NEVER_REACH = 30
REQUESTED = re.compile(
    r"\b(?:meminta\s+jadwal|permintaan|permohonan|mengajukan|undangan\s+untuk)\s+"
    r"(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
"""`meminta jadwal pertemuan`, `belum mendapat undangan untuk melakukan pertemuan`: a meeting
asked for is not one held, nor yet planned; one invited to and accepted (`memenuhi undangan
untuk bertemu`) is."""
ACCEPTED = re.compile(r"\b(?:memenuhi|atas|menerima)\s+(?:undangan|permintaan)\b", re.I)

__all__ = ["ArticleEvent", "EventDate", "extract_events", "modality", "quote_spans"]

INHERITANCE_PASSES = 2
NAME_WORD_BEFORE = re.compile(r"(?<![.!?:]\s)\b[A-Z][a-z]+ $")
NAME_WORD_AFTER = re.compile(r" [A-Z][a-z]+\b")
"""The capitalised words around a trigger inside a name (`Dewan Kunjungan Besar`), the one
before it not opening a sentence."""
NAME_WORD_REACH = 20
GLOSS_OPEN = re.compile(r"\s*\(\s*$")
"""`menerima kunjungan kehormatan (courtesy call) …`: the bracket right before a trigger."""


def extract_events(document: Document, actors: ArticleActors) -> list[ArticleEvent]:
    """Every meeting, visit and statement the sentences report, in text order; none in a match
    report or a weather forecast."""
    if reports_no_acts(document):
        return []
    ctx = _Context.of(document, actors)
    times = document.times
    mentions_at = ctx.mentions_at
    times_at = SpanIndex(times, lambda t: (t.char_start, t.char_end))
    scene: EventDate | None = None
    scene_parties: set[str] = set()
    pending: tuple[ArticleEvent, int] | None = None
    listing = False
    for n, sentence in enumerate(document.sentences):
        mentions = [
            m
            for m in unnamed_members(
                ctx.text,
                _qualifiers_dropped(_outermost(mentions_at.within(sentence.start, sentence.end))),
            )
            if not ctx.in_quote(m.start)
        ]
        told = times_at.within(sentence.start, sentence.end)
        sentence_times = [t for t in told if not _dateline(ctx.text, t)] or told
        if pending is not None and (
            listed := listed_meetings(pending[0], sentence, mentions, listing)
        ):
            ctx.events.extend(listed)
            ctx.parties.update(k for e in listed for k in e.actor_keys())
            pending, listing = (pending[0], n), True
            continue
        listing = False
        said = _statements(ctx, sentence, mentions)
        found = said + _happenings(ctx, sentence, mentions)
        found += talks_told(ctx, sentence, said, mentions, found)
        named = mentions_at.within(sentence.start, sentence.end)
        for event in found:
            event.location = event.location or event_place(ctx, sentence, event, named)
            event.date = _date_near(ctx, sentence_times, event, document.article.published)
            if event.event_type == "statement" and event.date.start is None and scene:
                event.date = _scene_of(scene, event, scene_parties)
        waiting = [e for e in found if e.incomplete and awaits_list(ctx, e)]
        if waiting:
            pending = (waiting[-1], n)
        elif pending is not None and n - pending[1] >= LIST_REACH:
            pending = None
        ctx.events.extend(found)
        ctx.parties.update(k for e in found for k in e.actor_keys())
        ctx.focus = _focus_after(ctx, sentence, found, mentions)
        scene = _scene(sentence, [t for t in sentence_times if not _byline(ctx.text, t)])
        scene_parties = {k for e in found for k in e.actor_keys()}
    published = document.article.published
    quoted = sorted(
        quoted_meetings(ctx, document.sentences, times_at, published)
        + quoted_statements(ctx, document.sentences, times_at, published),
        key=lambda e: e.sentence.start,
    )
    ctx.events = list(heapq.merge(ctx.events, quoted, key=lambda e: e.sentence.start))
    date_by_naming_again(ctx, ctx.events, times)
    date_by_quotation(ctx, times, published)
    affiliations = _affiliations(actors)
    for _ in range(INHERITANCE_PASSES):
        _inherit_dates(ctx.events, affiliations)
    date_by_visit_day(ctx, document.sentences, times)
    date_by_itinerary(ctx.events, document.sentences, times)
    date_by_retelling(ctx.events)
    date_by_days_apart(ctx.events)
    date_by_story(ctx.events, story_date(ctx, times, document.article.published))
    kept = [e for e in ctx.events if not e.incomplete and not _with_a_forum(ctx, e)]
    return fold_states_into_officials(_without_tours_told_by_legs(kept), actors)


def _scene_of(scene: EventDate, statement: ArticleEvent, parties: set[str]) -> EventDate:
    """The day a sentence opens with dates the statement after it when the speaker took part in
    what that sentence told, or it told nothing: `Sehari sebelumnya, Pham bertemu Puan.` does
    not date what Sugiono says next."""
    if not parties or statement.actor_keys()[0] in parties:
        return scene
    return statement.date


def _without_tours_told_by_legs(events: list[ArticleEvent]) -> list[ArticleEvent]:
    """`tiba di Indonesia … dalam rangkaian lawatan ke Asia Tenggara`: a trip to a region of
    the world is the tour whose legs the article tells, no visit of its own, when the same
    traveller has a visit to a state or town in it."""
    legs = {
        visitor
        for e in events
        if e.event_type == "visit" and e.location is not None and not _to_a_region(e)
        for visitor in e.actor_keys("visitor")[:1]
    }
    return [e for e in events if not (_to_a_region(e) and e.actor_keys("visitor")[0] in legs)]


def _to_a_region(event: ArticleEvent) -> bool:
    return (
        event.event_type == "visit"
        and event.location is not None
        and event.location.name in world_regions()
        and bool(event.actor_keys("visitor"))
    )


def _with_a_forum(ctx: _Context, event: ArticleEvent) -> bool:
    """A meeting one of whose parties is a forum (`ASEAN`, `PBB`), not a party one meets."""
    return event.event_type == "meeting" and any(
        (actor := ctx.actors.actors.get(key)) is not None and is_forum(actor)
        for key in event.actor_keys()
    )


def _inside_a_name(text: str, m: Hit) -> bool:
    """`beredar ke Dewan Kunjungan Besar`: a trigger word capitalised between the words of a
    name in running text names a hall or a body, not a happening (a headline capitalises
    every word and is read as written)."""
    return (
        m.group()[:1].isupper()
        and NAME_WORD_BEFORE.search(text, max(0, m.start() - NAME_WORD_REACH), m.start())
        is not None
        and NAME_WORD_AFTER.match(text, m.end()) is not None
        and not in_headline(text, m.start())
    )


def _a_gloss(ctx: _Context, sentence: Sentence, m: Hit) -> bool:
    """A trigger in brackets right after another (`kunjungan kehormatan (courtesy call)`,
    `pertemuan bilateral (bilateral meeting)`) glosses it in another language: the same
    happening, told once."""
    opening = GLOSS_OPEN.search(ctx.text, sentence.start, m.start())
    if opening is None:
        return False
    told = ctx.within(ctx.triggers, sentence.start, opening.start())
    return bool(told) and not ctx.text[told[-1].finish : opening.start()].strip()


def _supposed(text: str, sentence: Sentence, offset: int) -> bool:
    """`Jika Prabowo bertemu Megawati, …`: a happening supposed in a condition did not happen,
    nor is it planned; nor did one never done (`belum pernah berkunjung`) or only asked for
    (`meminta jadwal pertemuan`)."""
    window = max(sentence.start, offset - NEVER_REACH)
    return (
        CONDITION.search(text, sentence.start, offset) is not None
        or NEVER.search(text, window, offset) is not None
        or (
            REQUESTED.search(text, window, offset) is not None
            and ACCEPTED.search(text, window, offset) is None
        )
    )


def _happenings(
    ctx: _Context, sentence: Sentence, mentions: list[ActorMention]
) -> list[ArticleEvent]:
    """Meetings and visits whose triggers stand in the sentence."""
    events: list[ArticleEvent] = []
    sentence_agents = _agents(ctx.text, [m for m in mentions if m.kind != "media"])
    for m in ctx.within(ctx.triggers, sentence.start, sentence.end):
        if (
            ctx.in_quote(m.start())
            or _supposed(ctx.text, sentence, m.start())
            or _inside_a_name(ctx.text, m)
            or _a_gloss(ctx, sentence, m)
        ):
            continue
        row = _trigger_rows()[row_key(m.group())]
        frame = row["frame"]
        if frame == "none":
            continue
        rel = m.start() - sentence.start
        kind = row["event_type"]
        agents = speech_tagged(ctx.text, sentence_agents, m.start())
        if frame in ("courtesy", "receive_visit"):
            events.extend(_visit_and_meeting(ctx, sentence, m, agents, frame))
            continue
        if frame == "receive":
            events.extend(_receive(ctx, sentence, m, agents))
            continue
        if frame == "invite":
            events.extend(_invited(ctx, sentence, m, agents))
            continue
        if frame in ("confer", "deliver"):
            events.extend(_conferral(ctx, sentence, m, agents, frame))
            continue
        if frame == "joint":
            found = joint_talks(ctx, sentence, m, agents)
            for event in found:
                event.modality = modality(sentence.text, rel, kind)
            events.extend(found)
            continue
        if frame in ("received", "visited"):
            found = (_welcomed if frame == "received" else _visited)(ctx, sentence, m, agents)
            for event in found:
                event.modality = modality(sentence.text, rel, event.event_type)
            events.extend(found)
            continue
        if kind == "meeting":
            found = _meeting(ctx, sentence, m, agents, frame)
            found += _residence_visits(ctx, sentence, m, found) if frame == "verb" else []
        else:
            found = _visit(ctx, sentence, m, agents, frame, mentions)
            visit = found[0] if found else None
            if visit is not None and _calls_on_person(ctx, visit):
                found.append(
                    ArticleEvent(
                        "meeting",
                        [
                            (visit.actor_keys("host")[0], "host"),
                            (visit.actor_keys("visitor")[0], "participant"),
                        ],
                        sentence,
                        m.group(),
                        m.start(),
                        location=visit.location,
                    )
                )
        for event in found:
            earlier = told_again(ctx, event, m.end(), mentions) if frame == "noun" else None
            if earlier is not None:
                earlier.extra_sentences.append((sentence, m.group()))
                continue
            event.modality = modality(sentence.text, rel, kind, frame == "noun")
            event.reported = frame == "noun" and _reported(ctx, sentence, m.start())
            events.append(event)
    return events


def _reported(ctx: _Context, sentence: Sentence, offset: int) -> bool:
    """A happening named after a speech verb of its sentence (`mengumumkan kunjungan …`)."""
    return any(
        _speech_rows()[row_key(v.group())] == "pre"
        for v in ctx.within(ctx.speech, sentence.start, offset)
    )
