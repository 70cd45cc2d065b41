"""Dating what is still undated from elsewhere in the article: the story's day (the lead's first
day, not a byline's or a photo caption's), a quotation that tells the same happening with a day,
the n-th day of a visit, and the day told for the stops of an itinerary before the next one."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from datetime import date, timedelta

from etl.dates import TimeExpression, is_birth_date
from etl.dates.lexicon import lexicon
from etl.events.context import _Context, _trigger_rows, row_key
from etl.events.model import ArticleEvent, EventDate
from etl.events.sentence_dating import PRIOR, _told_as_earlier
from etl.text import LINE, Sentence

BYLINE_WORDS = 12
LOOKED_BACK = re.compile(r"\b(?:lalu|silam)$", re.IGNORECASE)
STORY_REACH = timedelta(days=7)
CREDIT_LINE_WORDS = 6
CREDIT_REACH = 200
"""How far a caption's own line and the credit line after it are looked at."""
CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
PHOTO_CREDIT = re.compile(r"\bFOTO\s*/|\bFoto\s*:|\((?:ist|istimewa|dok\.?)\)", re.IGNORECASE)
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
LATER_LEG = re.compile(
    r"\b(?:melanjutkan\s+(?:perjalanan|lawatan|kunjungan)"
    r"|(?:usai|seusai|selesai|setelah|sesudah)\s+(?:melakukan\s+)?(?:lawatan|kunjungan|memenuhi)"
    r"|dari\s+[A-Z][\w-]*,?\s+(?:\w+\s+){0,3}?(?:terbang|bertolak|berangkat))\b",
    re.IGNORECASE,
)
"""`Usai melakukan lawatan dari Cina, Prabowo melanjutkan perjalanan ke Amerika Serikat`: a
further leg of a tour abroad, which falls on a later day than the departure the lead dates."""
SPOKEN_MEETING = re.compile(
    r"\b(?:bicara|ngobrol|ketemu|ketemuan|telepon|telponan|teleponan|nelpon)\s+(?:dengan|sama)\b",
    re.IGNORECASE,
)
"""Speech drops the prefixes the written triggers carry (`bicara dengan` for `berbicara
dengan`): what a quotation says it did with someone."""


def story_date(
    ctx: _Context, times: list[TimeExpression], published: date | None
) -> EventDate | None:
    """The day the article's story happens on: its first resolved day outside quotations and
    bylines (the lead's `Senin (19/6/2023)`), which most of what it reports shares. A photo
    caption's day (`… Kamis (23/2/2017). (ANTARA FOTO/…)`) is when the picture was taken, often
    an earlier occasion, and a dateline's the page's: each is the story's day only when the
    text gives no other; and a day told as long past (`pemilu 17 April lalu` in August) looks
    back from the story."""
    days = [
        t
        for t in times
        if t.granularity == "day"
        and t.date_start is not None
        and not (t.fuzzy or t.planned or ctx.in_quote(t.char_start) or _byline(ctx.text, t))
        and not is_birth_date(ctx.text, t.char_start)
        and not _long_past(t, published)
    ]
    days = [t for t in days if not _dateline(ctx.text, t)] or days
    body = [t for t in days if not _in_caption(ctx.text, t)] or days
    lead = next((t for t in body if t.kind == "date"), body[0] if body else None)
    if lead is None:
        return None
    return EventDate(lead.date_start, lead.date_end, "day", "inferred", lead.text)


def _long_past(time: TimeExpression, published: date | None) -> bool:
    return (
        published is not None
        and time.date_start is not None
        and LOOKED_BACK.search(time.text) is not None
        and published - time.date_start > STORY_REACH
    )


def _line_of(text: str, time: TimeExpression) -> str:
    start = text.rfind("\n", 0, time.char_start) + 1
    end = text.find("\n", time.char_end)
    return text[start : end if end >= 0 else len(text)]


def _in_caption(text: str, time: TimeExpression) -> bool:
    """A line carrying a photo credit (`(ANTARA FOTO/…)`, `Foto: …`, `(ist)`), or followed by a
    short line that is one (`…, Minggu (20/10/2024).` then `ANTARA FOTO/Hafidz Mubarak`), is a
    caption."""
    if PHOTO_CREDIT.search(_line_of(text, time)):
        return True
    end = text.find("\n", time.char_end, time.char_end + CREDIT_REACH)
    if end < 0:
        return False
    following = LINE.match(text, end + 1, end + 1 + CREDIT_REACH)
    return (
        following is not None
        and len(following.group().split()) <= CREDIT_LINE_WORDS
        and PHOTO_CREDIT.search(following.group()) is not None
    )


def _byline(text: str, time: TimeExpression) -> bool:
    """`Anggi Tondi • 28 August 2025 17:37`: a short line with a clock time is a byline or a
    time stamp, dating the page rather than what it reports."""
    line = _line_of(text, time)
    return len(line.split()) <= BYLINE_WORDS and CLOCK.search(line) is not None


DATELINE_BEFORE = re.compile(r"(?:[A-Z][\w .'’-]{1,30},\s*)?(?:[A-Z][a-z]+,?\s*)?")
DATELINE_AFTER = re.compile(r"\s*(?:\([\w .]{2,30}\)\s*)?[-–—]\s")
"""`Jakarta, 5 Juni 2024 - …`, `Kamis, 15 Mei 2025 - …`: a date opening the first words of a
line before a dash is the page's dateline."""


def _dateline(text: str, time: TimeExpression) -> bool:
    """A dateline dates the page, as a byline does, not what its sentence reports (`Jakarta,
    5 Juni 2024 - Presiden … bertemu …, Senin (3/6)` met on the Monday)."""
    line_start = text.rfind("\n", 0, time.char_start) + 1
    return (
        DATELINE_BEFORE.fullmatch(text, line_start, time.char_start) is not None
        and DATELINE_AFTER.match(text, time.char_end) is not None
    )


def date_by_retelling(events: list[ArticleEvent]) -> None:
    """`pertemuan Airlangga dan Paloh` named in the lead with no day of its own, and `Airlangga
    bertemu dengan Paloh … Minggu (14/2/2021) lalu` further on: a meeting of the same parties
    told undated is the one the article dates, when it dates only one not told as earlier
    (`Pertemuan mereka sebelumnya berlangsung pada Maret 2020`), and at the same place if it
    names one (`pertemuan … di Hambalang` is another than the one of November)."""
    dated: dict[tuple[frozenset[str], str], list[ArticleEvent]] = {}
    for event in events:
        if (
            event.event_type == "meeting"
            and event.date.start is not None
            and not PRIOR.search(event.sentence.text)
        ):
            key = (frozenset(event.actor_keys()), event.modality)
            dated.setdefault(key, []).append(event)
    for event in events:
        if event.event_type != "meeting" or event.date.start is not None:
            continue
        told = {
            (other.date.start, other.date.end, other.date.granularity): other.date
            for other in dated.get((frozenset(event.actor_keys()), event.modality), [])
            if _same_place(event, other)
        }
        if len(told) == 1:
            event.date = next(iter(told.values()))


def _same_place(undated: ArticleEvent, dated: ArticleEvent) -> bool:
    return undated.location is None or (
        dated.location is not None and dated.location.name == undated.location.name
    )


DAYS_APART = re.compile(
    r"\b(?:(?P<one>se)|(?P<count>\d{1,2}|[a-z]+)\s+)hari\s+(?:(?P<after>setelah|sesudah|usai|seusai|"
    r"selepas)|sebelum|menjelang)\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)
"""`…, Rabu (19/3/2025), sehari setelah percakapannya dengan Putin`: the happening of the clause
lies that many days before (`setelah`) or after (`sebelum`) the one the sentence dates."""
DAYS_APART_REACH = 60


def date_by_days_apart(events: list[ArticleEvent]) -> None:
    """An undated event told `N hari setelah`/`sebelum` takes the day of the sentence's dated
    event before it, moved by those days."""
    for event in events:
        if event.date.start is not None:
            continue
        sentence = event.sentence
        offset = event.trigger_start - sentence.start
        gap = DAYS_APART.search(sentence.text, max(0, offset - DAYS_APART_REACH), offset)
        days = _days(gap)
        if gap is None or days is None:
            continue
        told = next(
            (
                other.date
                for other in events
                if other.sentence is sentence
                and other.trigger_start < sentence.start + gap.start()
                and other.date.granularity == "day"
                and other.date.start is not None
            ),
            None,
        )
        if told is None or told.start is None or told.end is None:
            continue
        moved = timedelta(days=-days if gap.group("after") else days)
        event.date = EventDate(
            told.start + moved, told.end + moved, "day", "relative", gap.group().strip()
        )


def _days(gap: re.Match[str] | None) -> int | None:
    if gap is None:
        return None
    if gap.group("one"):
        return 1
    count = gap.group("count").lower()
    return int(count) if count.isdigit() else lexicon().numerals.get(count)


def date_by_story(events: list[ArticleEvent], story: EventDate | None) -> None:
    """What is still undated when nothing in its own sentence or its occasion dates it happened
    on the story's day, unless it is planned, denied or told as earlier or habitual. An absence
    (`Prabowo … tidak hadir dengan alasan menghadiri rapat terbatas`) is negated but happened:
    the day it was missed is the story's."""
    if story is None:
        return
    later_legs = _later_legs_abroad(events)
    for event in events:
        if (
            event.date.start is None
            and (
                event.modality == "asserted"
                or (event.modality == "negated" and ABSENCE.search(event.sentence.text))
            )
            and not _told_as_earlier(event)
            and id(event) not in later_legs
        ):
            event.date = story


def _later_legs_abroad(events: list[ArticleEvent]) -> set[int]:
    """The visits told as the next leg of a tour (`melanjutkan perjalanan ke …`) to another
    state than a leg of an earlier sentence: their day is not the lead's. One pass in text
    order, keeping the states the earlier sentences' visits went to."""
    found: set[int] = set()
    states: set[str] = set()
    pending: deque[tuple[int, str]] = deque()
    for event in sorted(events, key=lambda e: e.sentence.start):
        while pending and pending[0][0] < event.sentence.start:
            states.add(pending.popleft()[1])
        if event.event_type != "visit" or event.location is None:
            continue
        here = event.location.country
        told = event.sentence.text[
            : event.trigger_start - event.sentence.start + len(event.trigger)
        ]
        if states - {here} and LATER_LEG.search(told):
            found.add(id(event))
        if here is not None:
            pending.append((event.sentence.start, here))
    return found


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
            (h.start(), _trigger_rows()[row_key(h.group())]["event_type"])
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
