"""Dating an undated event by the occasion it belongs to: a statement made at a dated meeting or
visit of its speaker (or of the body the speaker sits in), a meeting named again, a visit by a
meeting its visitor held there, a remark that continues the last dated one; the article's
events indexed once by actor, speaker and sentence, so that a long article is not scanned
again for every event."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from heapq import merge
from itertools import chain

from etl.actors import ArticleActors
from etl.events.model import ArticleEvent, EventDate
from etl.events.sentence_dating import _told_as_earlier
from etl.text import Sentence

CONTINUATION = re.compile(
    r"^(?:menambahkan|melanjutkan|tambah|imbuh|lanjut|sambung|pungkas)", re.IGNORECASE
)
SAME_OCCASION = re.compile(
    r"\b(?:pada|dalam|di)\s+(?:kesempatan|acara|tempat|lokasi)\s+(?:yang\s+sama|itu|tersebut)\b"
    r"|\b(?:usai|seusai|setelah|sesudah|selepas)\s+(?P<occasion>pertemuan|rapat|kunjungan|acara)\b",
    re.IGNORECASE,
)


def _affiliations(actors: ArticleActors) -> dict[str, set[str]]:
    """The bodies a person speaks for, read off the titles (`Wakil Ketua Komisi III DPR`)."""
    bodies = [a.name for a in actors.actors.values() if a.kind != "person"]
    return {
        a.name: {b for b in bodies if any(b in title for title in a.titles)}
        for a in actors.actors.values()
        if a.kind == "person"
    }


def _inherit_dates(events: list[ArticleEvent], affiliations: dict[str, set[str]]) -> None:
    """Undated events take the date of the happening they belong to, in text order: a meeting
    named again the date of its first report (a planned one, that of the visit of its own
    parties, or of the planned visit it is to be held on: the guest's call is the meeting), a
    statement the date of the meeting or visit its speaker (or the body the speaker sits in)
    was last seen in, a visit the date of a meeting its visitor held there.

    A remark that only continues the last one (`tambah Ned`) takes the day of the last event
    that happened on a day (of the kind it is told after: `Usai pertemuan, …` the meeting's):
    a month a meeting was planned or refused for is no day of speaking.
    Events are indexed once by actor, speaker and sentence (`_EventIndex`), so that a long
    article is not scanned again for every event."""
    index = _EventIndex(events)
    last_dated: dict[str, ArticleEvent] = {}
    for i, event in enumerate(events):
        if event.date.start is None and not _told_as_earlier(event):
            _inherit_date(event, i, index, affiliations, last_dated)
        if event.date.granularity == "day" and event.modality == "asserted":
            last_dated[ANY] = last_dated[event.event_type] = event


def _inherit_date(
    event: ArticleEvent,
    i: int,
    index: _EventIndex,
    affiliations: dict[str, set[str]],
    last_dated: dict[str, ArticleEvent],
) -> None:
    """The date of one undated event, from the happening it belongs to (see _inherit_dates); a
    meeting planned during a visit of several days takes the visit's days as its window."""
    keys = set(index.keys[i])
    if event.event_type == "statement":
        keys |= {b for k in list(keys) for b in affiliations.get(k, ())}
    source: ArticleEvent | None = None
    if event.event_type == "meeting":
        shared = 1 if event.anaphoric else 2
        source = next(
            (
                o
                for o, o_keys in index.sharing(keys, i, backward=True)
                if (o.event_type == "meeting" and len(keys & o_keys) >= shared)
                or (
                    o.event_type == "visit"
                    and o.date.start is not None
                    and (
                        o.modality == event.modality in ("asserted", "planned")
                        or (event.modality == "planned" and _spans_days(o.date))
                        or (o.modality == event.modality and keys <= o_keys)
                    )
                )
            ),
            None,
        )
    elif event.event_type == "statement":
        source = next(
            (
                o
                for o, _ in index.sharing(keys, i, backward=True)
                if o.date.granularity == "day" and o.modality == "asserted"
            ),
            None,
        )
        if source is None:
            source = index.only_dated_statement(i)
        if (source is None or source.date.start is None) and _continues(event):
            source = last_dated.get(_occasion_kind(event), last_dated.get(ANY))
    else:
        source = next(
            (
                o
                for o, _ in chain(
                    index.sharing(keys, i, backward=True), index.sharing(keys, i, backward=False)
                )
                if o.event_type == "meeting"
                and o.modality == event.modality
                and o.date.start is not None
            ),
            None,
        )
    if source is None and event.event_type != "statement" and event.modality == "asserted":
        source = _dated_report_around(event, index.in_sentence(event.sentence))
    if source is not None and source.date.start is not None:
        d = source.date
        event.date = EventDate(d.start, d.end, d.granularity, "relative", event.date.text or d.text)


ANY = "any"
OCCASION_KINDS = {"pertemuan": "meeting", "rapat": "meeting", "kunjungan": "visit"}


def _occasion_kind(event: ArticleEvent) -> str:
    """The kind of happening a remark is told after (`Usai pertemuan, Sugiono mengatakan …` is
    after the meeting, whatever was told between), else any."""
    after = SAME_OCCASION.search(event.sentence.text)
    word = after.group("occasion").lower() if after and after.group("occasion") else None
    return OCCASION_KINDS.get(word or "", ANY)


def _continues(event: ArticleEvent) -> bool:
    """A statement that only continues the last one (`tambah Ned`) or is told at the same
    occasion; read only for a statement that found no dated source, a sentence regex less."""
    return bool(CONTINUATION.search(event.trigger) or SAME_OCCASION.search(event.sentence.text))


def _spans_days(when: EventDate) -> bool:
    """A visit of several days (`22-24 Januari 2018`) is the window of what it plans: a
    meeting its visitor `juga akan` hold falls on one of those days."""
    return when.granularity == "day" and when.end is not None and when.end > when.start


class _EventIndex:
    """An article's events by actor key, by exact speaker set and by sentence, built once."""

    def __init__(self, events: list[ArticleEvent]) -> None:
        self.events = events
        self.keys = [frozenset(e.actor_keys()) for e in events]
        self.by_key: dict[str, list[int]] = {}
        self.by_speakers: dict[frozenset[str], list[int]] = {}
        self.by_sentence: dict[Sentence, list[ArticleEvent]] = {}
        for i, (event, keys) in enumerate(zip(events, self.keys, strict=True)):
            for key in keys:
                self.by_key.setdefault(key, []).append(i)
            if event.event_type == "statement":
                self.by_speakers.setdefault(keys, []).append(i)
            self.by_sentence.setdefault(event.sentence, []).append(event)

    def sharing(
        self, keys: set[str], i: int, backward: bool
    ) -> Iterator[tuple[ArticleEvent, frozenset[str]]]:
        """The events sharing an actor key with `keys`, nearest to event i first, before it
        (backward) or after it, each once."""
        lists = [self.by_key.get(k, []) for k in keys]
        if backward:
            ordered = merge(*(_before(a, i) for a in lists), reverse=True)
        else:
            ordered = merge(*(_after(a, i) for a in lists))
        previous = -1
        for j in ordered:
            if j != previous:
                previous = j
                yield self.events[j], self.keys[j]

    def only_dated_statement(self, i: int) -> ArticleEvent | None:
        """The last dated statement of event i's very speakers when all of them fall on one
        date (start and granularity), else None."""
        found: ArticleEvent | None = None
        for j in self.by_speakers.get(self.keys[i], ()):
            other = self.events[j]
            if not other.date.start:
                continue
            if found is not None and (found.date.start, found.date.granularity) != (
                other.date.start,
                other.date.granularity,
            ):
                return None
            found = other
        return found

    def in_sentence(self, sentence: Sentence) -> list[ArticleEvent]:
        return self.by_sentence.get(sentence, [])


def _before(ordered: list[int], i: int) -> Iterator[int]:
    """The items of an ascending list below i, largest first, without copying it."""
    for x in range(bisect_left(ordered, i) - 1, -1, -1):
        yield ordered[x]


def _after(ordered: list[int], i: int) -> Iterator[int]:
    """The items of an ascending list above i, smallest first, without copying it."""
    for x in range(bisect_right(ordered, i), len(ordered)):
        yield ordered[x]


def _dated_report_around(
    event: ArticleEvent, same_sentence: list[ArticleEvent]
) -> ArticleEvent | None:
    """`Adies Kadir menjelaskan bahwa Sri Mulyani sedang berada di Bali`: a happening told
    inside a dated statement of the same sentence is dated by it, unless it is the statement's
    own subject matter named as a noun (`mengumumkan kunjungan …`)."""
    if event.reported:
        return None
    return next(
        (
            o
            for o in same_sentence
            if o.event_type == "statement"
            and o.date.granularity == "day"
            and o.trigger_start < event.trigger_start
        ),
        None,
    )
