"""Dating an event from its own sentence: the time expression nearest the trigger (behind no
barrier, around a statement's speech verb, after a day told as past), with the clock time of
that day; the day a sentence opens with, which sets the scene for the next; and whether the
sentence tells the happening as earlier or habitual, which no later pass may date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from etl.dates import TimeExpression
from etl.events.context import _Context, _trigger_rows, row_key
from etl.events.model import NO_DATE, ArticleEvent, EventDate
from etl.events.roles import QUOTE
from etl.text import Sentence

SCHEDULING = (
    r"(?:akan\s+|sedianya\s+)?(?:dijadwalkan|direncanakan|diagendakan|digelar|diadakan|"
    r"dilaksanakan|dilangsungkan|diselenggarakan|berlangsung|dilakukan)"
)
DATE_BARRIER = re.compile(
    r"\b(?:sejak|setelah|sebelum|karena|sementara|sesudah|hingga|sampai)\b"
    rf"|\b(?-i:yang)\b(?!\s+{SCHEDULING}\b)",
    re.IGNORECASE,
)
"""`yang` opens a clause about something else (`sejak dia yang diangkat bulan lalu`), unless
the clause schedules the happening itself (`kunjungan … yang dijadwalkan Selasa (2/2)`); a
capitalised `Yang` is a title's (`Yang di-Pertuan Agong`)."""
CLOSES_CLAUSE = re.compile(
    r"[\s,]*(?:dan|serta|lalu|kemudian)\s+(?:(?:juga|pun|telah|sudah|sempat)\s+)*", re.IGNORECASE
)
"""`bertemu A pada Rabu dan bertemu B di Brunei pada Senin`: a time right before `dan` and the
trigger closes the clause before, when the trigger's own clause has a time after it."""
FRONTED_TIME = re.compile(
    r"[\s“\"]*(?:setelah|sebelum|sejak|sesudah|usai|seusai|menyusul)\s+(?!itu\b)", re.IGNORECASE
)
OPENS_DATE = re.compile(r"\b(?:sejak|hingga|sampai)\s+(?:tanggal|hari|pada)?\s*$", re.IGNORECASE)
SPEECH_DATE_WORDS = 20
TIME_ADJUNCT = re.compile(r"\b(?:pada|sejak)\s+$", re.IGNORECASE)
OPENING_WORDS = 2
SCENE_OFFSET = 3
COMMA_CONTENT_WORDS = 2
"""`Dia juga mengatakan, pernyataan … di Idlib 4 April lalu …`: a comma right after the verb
opens what was said, as `bahwa` does; a day right behind it (`mengatakan, Senin, …`) is still
the speaking's."""
CONTENT_OPENER = re.compile(r"\bbahwa\b|[“\"]|:", re.IGNORECASE)
PRIOR = re.compile(
    r"\b(?:berulang\s+kali|selama\s+ini|sebelumnya|pernah|kerap|sering|beberapa\s+waktu\s+lalu"
    r"|terakhir\s+kali|sebelum\s+(?:ke|tiba|datang|berkunjung|bertolak|melawat|terbang)\b)",
    re.IGNORECASE,
)
"""Words that tell a happening as earlier or habitual, or as a leg before the trip's next
(`Sebelum ke Jakarta, Teodoro telah mengunjungi Singapura`)."""
AFTER_A_DAY = re.compile(
    r"\b(?:setelah|sesudah|usai|seusai|selepas|pasca)\S*(?:\s+\S+){0,2}\s*$", re.IGNORECASE
)
COARSE = ("year", "month")
SAME_DAY_REACH = timedelta(days=2)
LONGEST_WINDOW = timedelta(days=31)
"""A span longer than a month (`dalam dua tahun terakhir`) is a period the sentence tells of,
not the window of one meeting, visit or statement."""


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
    times = [t for t in times if not _a_period(t)]
    if event.event_type == "statement":
        usable = [
            t
            for t in times
            if not t.fuzzy and not ctx.in_quote(t.char_start) and _dates_the_speech(ctx, t, event)
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
    usable = _outside_fronted_clause(event.sentence, usable, offset) or usable
    if any(t.char_start > offset for t in usable):
        usable = [
            t
            for t in usable
            if not (t.char_end <= offset and CLOSES_CLAUSE.fullmatch(text, t.char_end, offset))
        ]
    if not usable:
        return NO_DATE
    trigger_end = offset + len(event.trigger)
    best = min(
        usable,
        key=lambda t: (
            t.date_start is None,
            offset - t.char_end if t.char_end <= offset else max(0, t.char_start - trigger_end),
            t.char_start < offset,
        ),
    )
    if best.date_start is None:
        return EventDate(None, None, "unknown", "none", best.text)
    best = _day_within(best, usable, offset)
    if _plan_already_past(event, best, published):
        return NO_DATE
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


def _plan_already_past(event: ArticleEvent, time: TimeExpression, published: date | None) -> bool:
    """`Lecornu tiba di Jakarta pada Selasa malam dan akan melanjutkan lawatannya ke Singapura`
    in a paper of Wednesday: a plan is not dated by a day already gone told before it; that day
    is an earlier clause's. One told after it (`dijadwalkan ke Tokyo pada 5 Mei 2021`, retold
    in 2023) is the plan's own."""
    end = time.date_end or time.date_start
    return (
        event.modality == "planned"
        and published is not None
        and end is not None
        and end < published
        and time.char_end <= event.trigger_start
    )


def _day_within(best: TimeExpression, usable: list[TimeExpression], offset: int) -> TimeExpression:
    """A year or month that frames the sentence (`Mengawali tahun 2019, … pada Kamis
    (3/1/2019)`) holds the day the sentence also gives: the day is the event's, wherever it
    stands."""
    if best.granularity not in COARSE or best.date_start is None or best.date_end is None:
        return best
    days = [
        t
        for t in usable
        if t.granularity == "day"
        and t.date_start is not None
        and best.date_start <= t.date_start <= best.date_end
    ]
    return min(days, key=lambda t: abs(t.char_start - offset), default=best)


def _a_period(time: TimeExpression) -> bool:
    return (
        time.granularity == "range"
        and time.date_start is not None
        and time.date_end is not None
        and time.date_end - time.date_start > LONGEST_WINDOW
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


def _outside_fronted_clause(
    sentence: Sentence, times: list[TimeExpression], offset: int
) -> list[TimeExpression]:
    """`Setelah pertemuan pertama pada Maret 2022, Jokowi memenuhi kunjungan balasan … pada Juli
    2023`: a time inside a fronted `setelah`/`sebelum`/`sejak` clause dates that clause's own
    happening; a trigger after its comma keeps the times of its own clause."""
    opener = FRONTED_TIME.match(sentence.text)
    comma = sentence.text.find(",")
    if opener is None or comma < 0 or offset < sentence.start + comma:
        return times
    return [t for t in times if t.char_start > sentence.start + comma]


def _opens_sentence(text: str, sentence: Sentence, time: TimeExpression) -> bool:
    """`Sementara akhir pekan ini, Biden … dijadwalkan bertemu …`: a time that opens the
    sentence before its comma dates the main clause, whatever clauses stand between."""
    lead = text[sentence.start : time.char_start]
    return len(lead.split()) <= OPENING_WORDS and text[time.char_end :].startswith(",")


def _dates_the_speech(ctx: _Context, time: TimeExpression, event: ArticleEvent) -> bool:
    """A statement's date stands around the speech verb (`kata Putin, Senin (17/4)`,
    `menegaskan pada hari Jumat bahwa`), never inside what was said: a quarter in the quoted
    figures or `minggu depan` in a promise dates the content, not the speaking, and so does a
    day after a happening the content tells (`Menurut Tene, Marty telah berbicara dengan Bishop
    … pada Minggu malam`). A month dates the speaking only as its adjunct (`menyebut … pada
    awal Februari`): a bare month after the verb is more often the content's (`mengatakan
    ekspor Januari naik`)."""
    text = ctx.text
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
        said = (
            CONTENT_OPENER.search(event.trigger)
            or CONTENT_OPENER.search(between)
            or (between.startswith(",") and len(between.split()) > COMMA_CONTENT_WORDS)
            or _happening_told(ctx, end, time.char_start)
        )
        return not said and len(between.split()) <= SPEECH_DATE_WORDS
    return True


def _happening_told(ctx: _Context, start: int, end: int) -> bool:
    """A meeting or visit told by its verb between a speech verb and a day (`… telah berbicara
    dengan Bishop … pada Minggu malam`); a happening named by a noun is the report's object
    (`mengumumkan kunjungan Li ke Moskow pekan lalu`), the day the announcement's."""
    return any(
        _trigger_rows()[row_key(h.group())]["frame"] == "verb"
        for h in ctx.within(ctx.triggers, start, end)
    )


def _told_as_earlier(event: ArticleEvent) -> bool:
    """`Sebelumnya, …`, `berulang kali`: a happening told as earlier or habitual has a day of
    its own that the text does not give. What a quotation before a speech tag says of earlier
    times (`"… beberapa waktu lalu," kata Wiranto`) dates the content, not the saying."""
    told = QUOTE.sub("", event.sentence.text[: event.trigger_start - event.sentence.start])
    return PRIOR.search(told) is not None
