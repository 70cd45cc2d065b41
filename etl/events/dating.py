"""Dating events: the time expression nearest the trigger, then dates carried from one event to the
events that belong to it (a statement made at a dated meeting, a meeting named again)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from datetime import date, timedelta
from heapq import merge
from itertools import chain

from etl.actors import ArticleActors
from etl.dates import TimeExpression
from etl.events.context import _Context, _trigger_rows
from etl.events.model import NO_DATE, ArticleEvent, EventDate
from etl.text import Sentence

SCHEDULING = (
    r"(?:akan\s+|sedianya\s+)?(?:dijadwalkan|direncanakan|diagendakan|digelar|diadakan|"
    r"dilaksanakan|dilangsungkan|diselenggarakan|berlangsung)"
)
DATE_BARRIER = re.compile(
    r"\b(?:sejak|setelah|sebelum|karena|sementara|sesudah|hingga|sampai)\b"
    rf"|\byang\b(?!\s+{SCHEDULING}\b)",
    re.IGNORECASE,
)
"""`yang` opens a clause about something else (`sejak dia yang diangkat bulan lalu`), unless
the clause schedules the happening itself (`kunjungan … yang dijadwalkan Selasa (2/2)`)."""
OPENS_DATE = re.compile(r"\b(?:sejak|hingga|sampai)\s+(?:tanggal|hari|pada)?\s*$", re.IGNORECASE)
CONTINUATION = re.compile(
    r"^(?:menambahkan|melanjutkan|tambah|imbuh|lanjut|sambung|pungkas)", re.IGNORECASE
)
SPEECH_DATE_WORDS = 20
TIME_ADJUNCT = re.compile(r"\b(?:pada|sejak)\s+$", re.IGNORECASE)
OPENING_WORDS = 2
BYLINE_WORDS = 12
CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
SCENE_OFFSET = 3
PHOTO_CREDIT = re.compile(r"\bFOTO\s*/|\bFoto\s*:|\((?:ist|istimewa|dok\.?)\)", re.IGNORECASE)
CONTENT_OPENER = re.compile(r"\bbahwa\b|[“\"]|:", re.IGNORECASE)
PRIOR = re.compile(
    r"\b(?:berulang\s+kali|selama\s+ini|sebelumnya|pernah|kerap|sering|beberapa\s+waktu\s+lalu"
    r"|terakhir\s+kali)\b",
    re.IGNORECASE,
)
AFTER_A_DAY = re.compile(
    r"\b(?:setelah|sesudah|usai|seusai|selepas|pasca)\S*(?:\s+\S+){0,2}\s*$", re.IGNORECASE
)
SAME_DAY_REACH = timedelta(days=2)
NEXT_STOP = re.compile(
    r"\W*(?:dan\s+|lalu\s+)?(?:kemudian|selanjutnya|berikutnya|terakhir|lalu"
    r"|(?:setelah|sesudah|usai|seusai|selepas)\s+itu)\b(?!\s+kali)",
    re.IGNORECASE,
)
"""Words that name the next stop; `terakhir kali` (the last time, some day before) is none."""
ITINERARY_SENTENCES = 2
VISIT_DAY = re.compile(
    r"\bhari\s+(?:(?P<word>pertama|kedua|ketiga|keempat|kelima)|ke-?(?P<digits>\d))\s+"
    r"(?:kunjungan|lawatan|perjalanan)",
    re.IGNORECASE,
)
ORDINALS = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5}
ABSENCE = re.compile(
    r"\b(?:tidak|tak|belum)\s+(?:bisa\s+|dapat\s+)?hadir\b|\bberhalangan\b|\bmangkir\b"
    r"|\babsen\b",
    re.IGNORECASE,
)
QUOTED_DATE_REACH = 80
ATTRIBUTION_REACH = 300
SPOKEN_MEETING = re.compile(
    r"\b(?:bicara|ngobrol|ketemu|ketemuan|telepon|telponan|teleponan|nelpon)\s+(?:dengan|sama)\b",
    re.IGNORECASE,
)
"""Speech drops the prefixes the written triggers carry (`bicara dengan` for `berbicara
dengan`): what a quotation says it did with someone."""
SAME_OCCASION = re.compile(
    r"\b(?:pada|dalam|di)\s+(?:kesempatan|acara|tempat|lokasi)\s+(?:yang\s+sama|itu|tersebut)\b"
    r"|\b(?:usai|seusai|setelah|sesudah|selepas)\s+(?:pertemuan|rapat|kunjungan|acara)\b",
    re.IGNORECASE,
)


def _scene(sentence: Sentence, times: list[TimeExpression]) -> EventDate | None:
    """A sentence that opens with a day (`Keesokan harinya, …`) sets the scene for the next:
    the quotation that follows it was said that day."""
    opening = next(
        (t for t in times if t.char_start - sentence.start <= SCENE_OFFSET and t.date_start), None
    )
    if opening is None or opening.granularity != "day":
        return None
    basis = "explicit" if opening.basis == "explicit" else "relative"
    return EventDate(opening.date_start, opening.date_end, "day", basis, opening.text)


def _date_near(
    ctx: _Context, times: list[TimeExpression], event: ArticleEvent, published: date | None
) -> EventDate:
    """The time expression of the sentence nearest the trigger (after it on a tie).

    An expression behind a subordinating word (`sejak dia diangkat bulan lalu`) dates that
    clause, not the trigger, but one the word opens itself (`sejak tanggal 5 hingga 7 Juli`)
    dates it; a happening named as the object of a report (`mengumumkan
    kunjungan Li … pekan lalu`) takes no date from the report's sentence, but a plan reported
    takes a time still to come after it (`mengumumkan rencana kunjungan … pada 21-22 Maret
    mendatang`): a report is never dated ahead.
    """
    if event.reported:
        if event.modality != "planned":
            return NO_DATE
        times = [t for t in times if t.planned and t.char_start > event.trigger_start]
    text = ctx.text
    offset = event.trigger_start
    if event.event_type == "statement":
        usable = [
            t
            for t in times
            if not t.fuzzy and not ctx.in_quote(t.char_start) and _dates_the_speech(text, t, event)
        ]
    else:
        quoted_trigger = ctx.in_quote(offset)
        usable = [
            t
            for t in times
            if not t.fuzzy
            and (quoted_trigger or not ctx.in_quote(t.char_start))
            and (
                _opens_sentence(text, event.sentence, t)
                or not DATE_BARRIER.search(
                    OPENS_DATE.sub(
                        "",
                        text[
                            min(offset, t.char_end) : max(offset + len(event.trigger), t.char_start)
                        ],
                    )
                )
            )
        ]
    if not usable:
        return NO_DATE
    best = min(
        usable,
        key=lambda t: (
            t.date_start is None,
            min(abs(t.char_start - offset), abs(t.char_end - offset)),
            t.char_start < offset,
        ),
    )
    if best.date_start is None:
        return EventDate(None, None, "unknown", "none", best.text)
    basis = "explicit" if best.basis == "explicit" else "relative"
    if event.event_type != "statement" and (after := _after_the_day(ctx, best, published)):
        return after
    granularity = "day" if best.granularity == "range" else best.granularity
    clock = _clock_on_day(best, times)
    return EventDate(
        best.date_start,
        best.date_end,
        granularity,
        basis,
        best.text,
        clock.time_start if clock else None,
        clock.time_precision if clock else None,
    )


def _after_the_day(ctx: _Context, time: TimeExpression, published: date | None) -> EventDate | None:
    """`Setelah aksi 4 November itu, Presiden … bertemu …` in a paper of 24 November: the
    meeting fell after that day and by the publication, on no day the text gives; its month,
    when both lie in one, else the span of days. Within two days of the publication the text
    means the day itself (`usai rapat Senin (5/6)` on Tuesday)."""
    if (
        published is None
        or time.granularity != "day"
        or time.date_start is None
        or published - time.date_start <= SAME_DAY_REACH
        or not AFTER_A_DAY.search(ctx.text, max(0, time.char_start - 40), time.char_start)
    ):
        return None
    start = time.date_start + timedelta(days=1)
    same_month = (start.year, start.month) == (published.year, published.month)
    return EventDate(start, published, "month" if same_month else "day", "relative", time.text)


def _clock_on_day(best: TimeExpression, times: list[TimeExpression]) -> TimeExpression | None:
    """The expression giving the event's clock time: the dating one's own, else the sentence's
    first clock time on the same day (`Rabu (29/3/2023) … dimulai pukul 15.00 WIB`)."""
    if best.time_start is not None:
        return best
    if best.granularity != "day":
        return None
    return next(
        (t for t in times if t.time_start is not None and t.date_start == best.date_start), None
    )


def _opens_sentence(text: str, sentence: Sentence, time: TimeExpression) -> bool:
    """`Sementara akhir pekan ini, Biden … dijadwalkan bertemu …`: a time that opens the
    sentence before its comma dates the main clause, whatever clauses stand between."""
    lead = text[sentence.start : time.char_start]
    return len(lead.split()) <= OPENING_WORDS and text[time.char_end :].startswith(",")


def _affiliations(actors: ArticleActors) -> dict[str, set[str]]:
    """The bodies a person speaks for, read off the titles (`Wakil Ketua Komisi III DPR`)."""
    bodies = [a.name for a in actors.actors.values() if a.kind != "person"]
    return {
        a.name: {b for b in bodies if any(b in title for title in a.titles)}
        for a in actors.actors.values()
        if a.kind == "person"
    }


def _dates_the_speech(text: str, time: TimeExpression, event: ArticleEvent) -> bool:
    """A statement's date stands around the speech verb (`kata Putin, Senin (17/4)`,
    `menegaskan pada hari Jumat bahwa`), never inside what was said: a quarter in the quoted
    figures or `minggu depan` in a promise dates the content, not the speaking. A month dates
    the speaking only as its adjunct (`menyebut … pada awal Februari`): a bare month after the
    verb is more often the content's (`mengatakan ekspor Januari naik`)."""
    if time.planned:
        return False
    if time.granularity == "month":
        if not TIME_ADJUNCT.search(text, max(0, time.char_start - 12), time.char_start):
            return False
    elif time.granularity not in ("day", "range", "week"):
        return False
    end = event.trigger_start + len(event.trigger)
    if time.char_start >= end:
        between = text[end : time.char_start]
        return not CONTENT_OPENER.search(between) and len(between.split()) <= SPEECH_DATE_WORDS
    return True


def _inherit_dates(events: list[ArticleEvent], affiliations: dict[str, set[str]]) -> None:
    """Undated events take the date of the happening they belong to, in text order: a meeting
    named again the date of its first report (a planned one, that of the visit of its own
    parties: the guest's call is the meeting), a statement the date of the meeting or visit its
    speaker (or the body the speaker sits in) was last seen in, a visit the date of a meeting
    its visitor held there.

    A remark that only continues the last one (`tambah Ned`) takes the day of the last event
    that happened on a day: a month a meeting was planned or refused for is no day of speaking.
    Events are indexed once by actor, speaker and sentence (`_EventIndex`), so that a long
    article is not scanned again for every event."""
    index = _EventIndex(events)
    last_dated: ArticleEvent | None = None
    for i, event in enumerate(events):
        if event.date.start is None and not _told_as_earlier(event):
            _inherit_date(event, i, index, affiliations, last_dated)
        if event.date.granularity == "day" and event.modality == "asserted":
            last_dated = event


def _inherit_date(
    event: ArticleEvent,
    i: int,
    index: _EventIndex,
    affiliations: dict[str, set[str]],
    last_dated: ArticleEvent | None,
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
                        o.modality == event.modality == "asserted"
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
        continues = CONTINUATION.search(event.trigger) or SAME_OCCASION.search(event.sentence.text)
        if (source is None or source.date.start is None) and continues:
            source = last_dated
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


def story_date(ctx: _Context, times: list[TimeExpression]) -> EventDate | None:
    """The day the article's story happens on: its first resolved day outside quotations and
    bylines (the lead's `Senin (19/6/2023)`), which most of what it reports shares. A photo
    caption's day (`… Kamis (23/2/2017). (ANTARA FOTO/…)`) is when the picture was taken, often
    an earlier occasion: it is the story's day only when the text gives no other."""
    days = [
        t
        for t in times
        if t.granularity == "day"
        and t.date_start is not None
        and not (t.fuzzy or t.planned or ctx.in_quote(t.char_start) or _byline(ctx.text, t))
    ]
    body = [t for t in days if not _in_caption(ctx.text, t)] or days
    lead = next((t for t in body if t.kind == "date"), body[0] if body else None)
    if lead is None:
        return None
    return EventDate(lead.date_start, lead.date_end, "day", "inferred", lead.text)


def _line_of(text: str, time: TimeExpression) -> str:
    start = text.rfind("\n", 0, time.char_start) + 1
    end = text.find("\n", time.char_end)
    return text[start : end if end >= 0 else len(text)]


def _in_caption(text: str, time: TimeExpression) -> bool:
    """A line carrying a photo credit (`(ANTARA FOTO/…)`, `Foto: …`, `(ist)`) is a caption."""
    return PHOTO_CREDIT.search(_line_of(text, time)) is not None


def _byline(text: str, time: TimeExpression) -> bool:
    """`Anggi Tondi • 28 August 2025 17:37`: a short line with a clock time is a byline or a
    time stamp, dating the page rather than what it reports."""
    line = _line_of(text, time)
    return len(line.split()) <= BYLINE_WORDS and CLOCK.search(line) is not None


def date_by_story(events: list[ArticleEvent], story: EventDate | None) -> None:
    """What is still undated when nothing in its own sentence or its occasion dates it happened
    on the story's day, unless it is planned, denied or told as earlier or habitual. An absence
    (`Prabowo … tidak hadir dengan alasan menghadiri rapat terbatas`) is negated but happened:
    the day it was missed is the story's."""
    if story is None:
        return
    for event in events:
        if (
            event.date.start is None
            and (
                event.modality == "asserted"
                or (event.modality == "negated" and ABSENCE.search(event.sentence.text))
            )
            and not _told_as_earlier(event)
        ):
            event.date = story


def date_by_quotation(ctx: _Context, times: list[TimeExpression], published: date | None) -> None:
    """`Telah terjadi pembicaraan telepon antara Retno dan Lavrov` told undated, then confirmed
    in a quotation (`"Menlu RI bicara dengan Menlu Rusia kemarin sore," ucap …`): a meeting or
    visit with no date of its own takes the day of the same kind of happening that a quotation
    tells with one of its parties, a day of its own beside it. The quotation's `kemarin` or
    `pagi ini` counts from the day it was said (`… ucap X, Rabu 6 Januari 2016`, `ditulis … pada
    hari Rabu 31 Maret 2021`), not from the publication."""
    told: list[tuple[str, set[str], EventDate]] = []
    for start, end in ctx.quoted:
        days = [
            t
            for t in times
            if start < t.char_start
            and t.char_end <= end
            and t.granularity == "day"
            and t.date_start is not None
            and not (t.fuzzy or t.planned)
        ]
        if not days:
            continue
        keys = {m.key for m in ctx.mentions_at.within(start, end)}
        spoken = _day_said(ctx, times, end)
        said = [
            (h.start(), _trigger_rows()[re.sub(r"\s+", " ", h.group().lower())]["event_type"])
            for h in ctx.within(ctx.triggers, start, end)
        ]
        said += [(m.start(), "meeting") for m in SPOKEN_MEETING.finditer(ctx.text, start, end)]
        for at, kind in said:
            near = min(days, key=lambda t: abs(t.char_start - at))
            if abs(near.char_start - at) <= QUOTED_DATE_REACH:
                told.append((kind, keys, _counted_from(near, spoken, published)))
    for event in ctx.events:
        if event.date.start is not None or event.modality != "asserted":
            continue
        own = set(event.actor_keys())
        day = next((d for kind, keys, d in told if kind == event.event_type and own & keys), None)
        if day is not None:
            event.date = day


def _day_said(ctx: _Context, times: list[TimeExpression], quote_end: int) -> date | None:
    """The day of the attribution after a quotation: its first written day outside quotations
    (`," ucap …, Rabu 6 Januari 2016`) within a few lines."""
    return next(
        (
            t.date_start
            for t in times
            if quote_end <= t.char_start <= quote_end + ATTRIBUTION_REACH
            and t.granularity == "day"
            and t.kind in ("date", "weekday")
            and not (t.fuzzy or t.planned or ctx.in_quote(t.char_start))
        ),
        None,
    )


def _counted_from(time: TimeExpression, spoken: date | None, published: date | None) -> EventDate:
    """A quoted day; one counted from today (`kemarin sore`) is moved to the day it was said."""
    assert time.date_start is not None and time.date_end is not None
    start, end = time.date_start, time.date_end
    if time.kind == "day_word" and spoken is not None and published is not None:
        shift = spoken - published
        start, end = start + shift, end + shift
    return EventDate(start, end, "day", "relative", time.text)


def date_by_visit_day(
    ctx: _Context, sentences: list[Sentence], times: list[TimeExpression]
) -> None:
    """`Pada hari pertama kunjungannya, Minggu (18/6/2023), Blinken …`: a visit starts on its
    first day, whatever day a later meeting of it dated it by; the n-th day is n - 1 days after
    the start. A visit whose own sentence writes its date keeps it."""
    starts: dict[str, EventDate] = {}
    for sentence in sentences:
        told = VISIT_DAY.search(sentence.text)
        if told is None:
            continue
        at = sentence.start + told.end()
        day = next(
            (
                t
                for t in times
                if at <= t.char_start < sentence.end
                and t.granularity == "day"
                and t.date_start is not None
                and not t.fuzzy
            ),
            None,
        )
        if day is None or day.date_start is None:
            continue
        nth = ORDINALS[told["word"].lower()] if told["word"] else int(told["digits"])
        start = day.date_start - timedelta(days=nth - 1)
        for mention in ctx.mentions_at.within(sentence.start, sentence.end):
            starts.setdefault(mention.key, EventDate(start, start, "day", "relative", day.text))
    for event in ctx.events:
        if event.event_type != "visit" or event.date.basis == "explicit":
            continue
        visitor = next(iter(event.actor_keys("visitor")), None)
        if visitor in starts and event.modality == "asserted":
            event.date = starts[visitor]


def date_by_itinerary(
    events: list[ArticleEvent], sentences: list[Sentence], times: list[TimeExpression]
) -> None:
    """`Kemudian akan dilanjutkan ke Pelabuhan Tanjung Priok`, `Dan terakhir, Jonan akan
    blusukan ke …`: a stop that an itinerary names next, with no day of its own, falls on the
    day told for the stops just before it (within two sentences), planned or done. A remark
    opened by `Lalu,` is no stop: statements keep their own ways of dating."""
    starts = [s.start for s in sentences]
    for event in events:
        if (
            event.date.start is not None
            or event.event_type == "statement"
            or not NEXT_STOP.match(event.sentence.text)
        ):
            continue
        k = bisect_right(starts, event.sentence.start) - 1
        reach = sentences[max(0, k - ITINERARY_SENTENCES)].start
        told = [
            t
            for t in times
            if reach <= t.char_start
            and t.char_end <= event.sentence.start
            and t.granularity == "day"
            and t.date_start is not None
            and not t.fuzzy
        ]
        if told:
            last = told[-1]
            event.date = EventDate(last.date_start, last.date_end, "day", "relative", last.text)


def _told_as_earlier(event: ArticleEvent) -> bool:
    """`Sebelumnya, …`, `berulang kali`: a happening told as earlier or habitual has a day of
    its own that the text does not give."""
    return (
        PRIOR.search(event.sentence.text[: event.trigger_start - event.sentence.start]) is not None
    )
