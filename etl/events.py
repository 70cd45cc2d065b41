"""Events of one article: triggers in a sentence become meetings, visits and statements with roles.

The trigger and speech-verb tables (`data/triggers.csv`, `data/speech_verbs.csv`) say which words
report which happening and how their arguments stand around them; this module finds the actors in
those positions, the place, the modality and the date, and keeps the sentence and the trigger so
that every event can be shown where the text says it.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from etl.actors import ActorMention, ArticleActors
from etl.dates import TimeExpression
from etl.lexicon import Hit, PhraseMatcher, alternation, table
from etl.places import Place, country_names, lookup_place
from etl.text import Sentence

LOCATIVE = re.compile(
    r"(?:\b(?:di|ke|dari|menuju|dari|asal|kota|ibu\s+kota|wilayah|negara|kawasan|dengan\s+ke)\s+)$",
    re.IGNORECASE,
)
PLACE_APPOSITION = re.compile(r"\b(?:di|ke|dari) +[A-Z][\w'-]*(?: +[A-Z][\w'-]*)*, *$")
PHRASE_BREAK = re.compile(r"[,;:]")
CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:yang|sementara|sedangkan|namun|tetapi|dan\s+(?=\w+(?:kan|i)\b))"
)
QUOTE = re.compile(r"[“\"]([^”\"]{3,})[”\"]")
QUOTED_SPAN = re.compile(r"“[^”\"]{3,2000}[”\"]|\"[^\"”\n]{3,2000}[\"”]|“[^”\"\n]{3,2000}(?=\n)")
PRONOUN = re.compile(r"\b(?:dia|ia|beliau)\b", re.IGNORECASE)
ANAPHOR = re.compile(r"^\s*(?:itu|tersebut|ini|tadi)\b", re.IGNORECASE)
BOTH_SIDES = re.compile(r"\b(?:kedua\s+belah\s+pihak|kedua\s+pihak|keduanya)\s*(?:\w+\s+)?$", re.I)
BOTH = re.compile(r"\bkeduanya\b|\bkedua\s+(?:pemimpin|menteri|tokoh|pihak)\b", re.IGNORECASE)
PLANNED_CONTEXT_WINDOW = 60
NEGATION_WINDOW = 12
DATE_BARRIER = re.compile(
    r"\b(?:sejak|setelah|sebelum|yang|karena|sementara|sesudah|hingga|sampai)\b",
    re.IGNORECASE,
)
OBJECT_OF = re.compile(
    r"\b(?:kepada|dengan|untuk|terhadap|bersama|antara|oleh|dari|atas|bagi|tentang|soal)\s+$",
    re.IGNORECASE,
)
SUBJECT_GAP_WORDS = 4
OBJECT_REACH = 60
SPEAKER_REACH = 90
INHERITANCE_PASSES = 2
GUEST_REACH = 200
HOST_REACH = 40
LOCATIVE_VERB = re.compile(r"(?:tiba|mendarat|bertolak|terbang|berada|melakukan perjalanan)", re.I)
PLURAL_PRONOUN = re.compile(r"\b(?:mereka|keduanya|kedua\s+pemimpin|kedua\s+tokoh)\b", re.I)
SUBJECT_REACH = 40
SUBORDINATE_OPENING = re.compile(
    r"(?:^|,)\s*(?:sebelum|setelah|usai|seusai|sesudah|saat|ketika|selama|sambil)\s*$",
    re.IGNORECASE,
)
PURPOSE = re.compile(r"\b(?:untuk|agar|guna|supaya|akan|hendak|ingin)\s+$", re.IGNORECASE)
CONTINUATION = re.compile(
    r"^(?:menambahkan|melanjutkan|tambah|imbuh|lanjut|sambung|pungkas)", re.IGNORECASE
)
SPEECH_DATE_WORDS = 20
SCENE_OFFSET = 3
MEDIA_NOUN = re.compile(
    r"\b(?:media|kantor\s+berita|surat\s+kabar|harian|televisi|stasiun\s+televisi|tabloid|"
    r"laporan)(?:\s+\w+){0,2}\s*$",
    re.IGNORECASE,
)
CONTENT_OPENER = re.compile(r"\bbahwa\b|[“\"]|:", re.IGNORECASE)
PRIOR = re.compile(
    r"\b(?:berulang\s+kali|selama\s+ini|sebelumnya|pernah|kerap|sering|beberapa\s+waktu\s+lalu)\b",
    re.IGNORECASE,
)
SUBJECT_SLOT = re.compile(r"(?:^|[.,;:“\"]\s*|\b(?:dan|bahwa|namun|tetapi)\s+)$", re.IGNORECASE)
NOUN_COMPLEMENT = re.compile(
    r"\s*(?:(?:\w+\s+){0,3}(?:dengan|antara|bersama|kepada|oleh)\s+)?(?:\([^)]*\)\s*)?",
    re.IGNORECASE,
)
SETTING = re.compile(
    r"\b(?:dalam|pada|selama|usai|seusai|saat|ketika|sebelum|setelah|sesudah)\s+$", re.I
)
SAME_OCCASION = re.compile(
    r"\b(?:pada|dalam|di)\s+(?:kesempatan|acara|tempat|lokasi)\s+(?:yang\s+sama|itu|tersebut)\b"
    r"|\b(?:usai|seusai|setelah|sesudah|selepas)\s+(?:pertemuan|rapat|kunjungan|acara)\b",
    re.IGNORECASE,
)
PARENTHETICAL = re.compile(r"\([^)]*\)")
LIST_GAPS = frozenset({"dan", ",", ", dan", "serta", ", serta", "bersama", "dengan"})
BILATERAL = re.compile(r"\bbilateral\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class EventDate:
    """A resolved date of an event and where it came from."""

    start: date | None
    end: date | None
    granularity: str
    basis: str
    text: str | None


NO_DATE = EventDate(None, None, "unknown", "none", None)


@dataclass(slots=True)
class ArticleEvent:
    """One event as one article reports it, before merging with other reports."""

    event_type: str
    actors: list[tuple[str, str]]
    sentence: Sentence
    trigger: str
    trigger_start: int
    modality: str = "asserted"
    date: EventDate = NO_DATE
    location: Place | None = None
    quote: str | None = None
    confidence: float = 0.7
    reported: bool = False
    anaphoric: bool = False
    incomplete: bool = False
    extra_sentences: list[tuple[Sentence, str]] = field(default_factory=list)

    def actor_keys(self, role: str | None = None) -> list[str]:
        return [key for key, r in self.actors if role is None or r == role]


@cache
def _trigger_rows() -> dict[str, dict[str, str]]:
    return {row["phrase"].lower(): row for row in table("triggers")}


@cache
def _speech_rows() -> dict[str, str]:
    return {row["phrase"].lower(): row["frame"] for row in table("speech_verbs")}


@cache
def _trigger_words() -> PhraseMatcher:
    return PhraseMatcher((phrase, "trigger", True) for phrase in _trigger_rows())


@cache
def _speech_words() -> PhraseMatcher:
    return PhraseMatcher((phrase, "speech", True) for phrase in _speech_rows())


@cache
def _modality_cues() -> dict[str, list[tuple[str, str]]]:
    cues: dict[str, list[tuple[str, str]]] = {}
    for row in table("modality"):
        cues.setdefault(row["scope"], []).append((row["cue"], row["modality"]))
    return cues


def _word_regex(phrases: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(phrases)})(?![\w-])", re.IGNORECASE)


@cache
def _scope_regex(scope: str) -> re.Pattern[str]:
    return _word_regex([cue for cue, _ in _modality_cues()[scope]])


def _modality_of(cue: str, scope: str) -> str:
    return next(m for c, m in _modality_cues()[scope] if c.lower() == cue.lower())


def modality(sentence_text: str, trigger_offset: int, event_type: str, noun: bool = False) -> str:
    """`akan`/`dijadwalkan` before the trigger → planned; `batal`/`ditunda`, or `tidak` right
    before it → negated. A noun trigger also reads its predicate after it (`Pertemuan itu
    bakal dilakukan`). Statements stay asserted: a denial is still a statement."""
    if event_type == "statement":
        return "asserted"
    if noun:
        rest = sentence_text[trigger_offset:]
        clause_end = next((b.start() for b in PHRASE_BREAK.finditer(rest)), len(rest))
        if _scope_regex("before").search(rest[: min(clause_end, PLANNED_CONTEXT_WINDOW)]):
            return "planned"
    before = sentence_text[:trigger_offset]
    adjacent = before[-NEGATION_WINDOW:]
    for m in _scope_regex("adjacent").finditer(adjacent):
        if adjacent[m.end() :].strip() == "" or len(adjacent[m.end() :].split()) <= 1:
            return "negated"
    if _scope_regex("sentence").search(sentence_text):
        return "negated"
    window = before[-PLANNED_CONTEXT_WINDOW:]
    clause_start = max((m.end() for m in CLAUSE_BREAK.finditer(window)), default=0)
    if _scope_regex("before").search(window[clause_start:]):
        return "planned"
    return "asserted"


def _clause_bounds(sentence: Sentence, offset: int) -> tuple[int, int]:
    """The clause of the sentence around an offset (absolute offsets)."""
    text = sentence.text
    rel = offset - sentence.start
    start, end = 0, len(text)
    for m in CLAUSE_BREAK.finditer(text):
        if m.end() <= rel:
            start = m.end()
        elif m.start() >= rel:
            end = m.start()
            break
    return sentence.start + start, sentence.start + end


def _is_locative(text: str, mention: ActorMention) -> bool:
    """A place, not an actor: `di Moskow`, `ke Rusia`, `di Beijing, China`; an untitled name
    after `di` (`di Bumi Melayu`) too, but a titled person never."""
    if mention.kind == "person" and mention.titled:
        return False
    before = text[max(0, mention.start - 40) : mention.start].rpartition("\n")[2]
    if mention.kind == "person":
        return LOCATIVE.search(before) is not None
    return LOCATIVE.search(before) is not None or PLACE_APPOSITION.search(before) is not None


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Quotations of the article, across sentences: what is said inside them names no party
    to the event that reports them (`“… kerja sama antara Rusia dan China …,” katanya`)."""
    return [(m.start(), m.end()) for m in QUOTED_SPAN.finditer(text)]


def _qualifiers_dropped(mentions: list[ActorMention]) -> list[ActorMention]:
    """A country written right before a person names the person's country (`China Wang Yi`)."""
    return [
        m
        for i, m in enumerate(mentions)
        if not (
            m.kind == "country"
            and i + 1 < len(mentions)
            and mentions[i + 1].kind == "person"
            and 0 <= mentions[i + 1].start - m.end <= 1
        )
    ]


def _outermost(mentions: list[ActorMention]) -> list[ActorMention]:
    """Drop mentions nested inside another (the `Rusia` of `Presiden Rusia Vladimir Putin`)."""
    return [
        m
        for m in mentions
        if not any(o is not m and o.start <= m.start and m.end <= o.end for o in mentions)
    ]


def _agents(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Mentions that can act: not a place after `di`/`ke`, not a medium, and a capital standing
    for its state (`Beijing mengumumkan`) only where a subject stands."""
    return [
        m
        for m in mentions
        if m.kind != "media"
        and not _is_locative(text, m)
        and not (m.kind == "country" and _capital_off_subject(text, m))
    ]


def _capital_off_subject(text: str, mention: ActorMention) -> bool:
    country = country_names().get(mention.text)
    if country is None or country.always_state:
        return False
    before = text[max(0, mention.start - 40) : mention.start].rpartition("\n")[2]
    return SUBJECT_SLOT.search(before) is None


def _distinct(keys: list[str]) -> list[str]:
    return list(dict.fromkeys(keys))


def _joined(text: str, left: ActorMention, right: ActorMention) -> bool:
    """Two mentions in one list: `NATO dan Amerika Serikat`, `India, Selandia Baru`."""
    gap = PARENTHETICAL.sub("", text[left.end : right.start]).strip().lower()
    return gap in LIST_GAPS


def _is_list(text: str, run: list[ActorMention]) -> bool:
    """A run joined by commas alone is an apposition (`Presiden Prabowo, Nakatani Gen`), not a
    list; a list has its `dan`/`serta`."""
    gaps = [text[a.end : b.start].strip().lower() for a, b in itertools.pairwise(run)]
    return len(run) == 1 or any(g not in (",", "") for g in gaps)


def _subject_run(text: str, before: list[ActorMention]) -> list[ActorMention]:
    """The actors joined by `dan`/`,` right before a verb: `NATO dan Amerika Serikat mengatakan`."""
    if not before:
        return []
    run = [before[-1]]
    for m in reversed(before[:-1]):
        if not _joined(text, m, run[0]):
            break
        run.insert(0, m)
    return run if _is_list(text, run) else run[-1:]


def _object_run(text: str, offset: int, after: list[ActorMention]) -> list[ActorMention]:
    """The actors listed right after a verb or `dengan`: `dengan India, Selandia Baru, Rusia`."""
    if not after or after[0].start - offset > OBJECT_REACH:
        return []
    run = [after[0]]
    for m in after[1:]:
        if not _joined(text, run[-1], m):
            break
        run.append(m)
    return run if _is_list(text, run) else run[:1]


@dataclass(slots=True)
class _Context:
    """What the extraction of one article remembers from sentence to sentence."""

    text: str
    actors: ArticleActors
    quoted: list[tuple[int, int]] = field(default_factory=list)
    focus: str | None = None
    events: list[ArticleEvent] = field(default_factory=list)
    speech: list[Hit] = field(default_factory=list)
    triggers: list[Hit] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.speech = _speech_words().hits(self.text)
        self.triggers = _trigger_words().hits(self.text)

    def in_quote(self, offset: int) -> bool:
        return any(s < offset < e for s, e in self.quoted)

    @staticmethod
    def within(matches: list[Hit], start: int, end: int) -> list[Hit]:
        """The matches found once over the article that fall inside [start, end)."""
        first = bisect_left(matches, start, key=lambda m: m.start())
        return list(itertools.takewhile(lambda m: m.end() <= end, matches[first:]))


def extract_events(
    text: str,
    sentences: list[Sentence],
    actors: ArticleActors,
    times: list[TimeExpression],
) -> list[ArticleEvent]:
    """Every meeting, visit and statement the sentences report, in text order."""
    ctx = _Context(text, actors, quoted=quote_spans(text))
    scene: EventDate | None = None
    for sentence in sentences:
        mentions = [
            m
            for m in _qualifiers_dropped(_outermost(actors.in_span(sentence.start, sentence.end)))
            if not ctx.in_quote(m.start)
        ]
        sentence_times = [
            t for t in times if t.char_start >= sentence.start and t.char_end <= sentence.end
        ]
        found = _statements(ctx, sentence, mentions) + _happenings(ctx, sentence, mentions)
        for event in found:
            event.date = _date_near(ctx, sentence_times, event)
            if event.event_type == "statement" and event.date.start is None and scene:
                event.date = scene
        ctx.events.extend(found)
        ctx.focus = _focus_after(ctx, found, mentions)
        scene = _scene(sentence, sentence_times)
    affiliations = _affiliations(actors)
    for _ in range(INHERITANCE_PASSES):
        _inherit_dates(ctx.events, affiliations)
    return [e for e in ctx.events if not e.incomplete]


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


def _focus_after(
    ctx: _Context, found: list[ArticleEvent], mentions: list[ActorMention]
) -> str | None:
    """Who `dia`, `ia` and `ujarnya` point at after a sentence: its last speaker, else the first
    person it names by title or full name (the subject, in most news sentences), else whoever
    it was before."""
    speakers = [k for e in found if e.event_type == "statement" for k in e.actor_keys()]
    if speakers:
        return speakers[-1]
    persons = [
        m
        for m in mentions
        if m.kind == "person" and (m.titled or " " in m.key) and not _is_locative(ctx.text, m)
    ]
    return persons[0].key if persons else ctx.focus


def _date_near(ctx: _Context, times: list[TimeExpression], event: ArticleEvent) -> EventDate:
    """The time expression of the sentence nearest the trigger (after it on a tie).

    An expression behind a subordinating word (`sejak dia diangkat bulan lalu`) dates that
    clause, not the trigger; a happening named as the object of a report (`mengumumkan
    kunjungan Li … pekan lalu`) takes no date from the report's sentence.
    """
    if event.reported:
        return NO_DATE
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
            and not DATE_BARRIER.search(
                text[min(offset, t.char_end) : max(offset + len(event.trigger), t.char_start)]
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
    granularity = "day" if best.granularity == "range" else best.granularity
    return EventDate(best.date_start, best.date_end, granularity, basis, best.text)


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
    figures or `minggu depan` in a promise dates the content, not the speaking."""
    if time.granularity not in ("day", "range", "week") or time.planned:
        return False
    end = event.trigger_start + len(event.trigger)
    if time.char_start >= end:
        between = text[end : time.char_start]
        return not CONTENT_OPENER.search(between) and len(between.split()) <= SPEECH_DATE_WORDS
    return True


def _inherit_dates(events: list[ArticleEvent], affiliations: dict[str, set[str]]) -> None:
    """Undated events take the date of the happening they belong to, in text order: a meeting
    named again the date of its first report, a statement the date of the meeting or visit its
    speaker (or the body the speaker sits in) was last seen in, a visit the date of a meeting
    its visitor held there."""
    for i, event in enumerate(events):
        if event.date.start is not None:
            continue
        keys = set(event.actor_keys())
        if event.event_type == "statement":
            keys |= {b for k in list(keys) for b in affiliations.get(k, ())}
        earlier = events[:i][::-1]
        source: ArticleEvent | None = None
        if event.event_type == "meeting":
            shared = 1 if event.anaphoric else 2
            source = next(
                (
                    o
                    for o in earlier
                    if (o.event_type == "meeting" and len(keys & set(o.actor_keys())) >= shared)
                    or (
                        o.event_type == "visit"
                        and o.date.start is not None
                        and o.modality == event.modality == "asserted"
                        and keys & set(o.actor_keys())
                    )
                ),
                None,
            )
        elif event.event_type == "statement":
            if PRIOR.search(event.sentence.text[: event.trigger_start - event.sentence.start]):
                continue
            speaker = set(event.actor_keys())
            own = {
                (o.date.start, o.date.granularity): o
                for o in events
                if o.event_type == "statement" and o.date.start and set(o.actor_keys()) == speaker
            }
            source = next(
                (
                    o
                    for o in earlier
                    if keys & set(o.actor_keys())
                    and o.date.granularity == "day"
                    and o.modality == "asserted"
                ),
                None,
            )
            if source is None and len(own) == 1:
                source = next(iter(own.values()))
            continues = CONTINUATION.search(event.trigger) or SAME_OCCASION.search(
                event.sentence.text
            )
            if (source is None or source.date.start is None) and continues:
                source = next((o for o in earlier if o.date.start is not None), None)
        else:
            source = next(
                (
                    o
                    for o in earlier + events[i + 1 :]
                    if o.event_type == "meeting"
                    and keys & set(o.actor_keys())
                    and o.modality == event.modality
                    and o.date.start is not None
                ),
                None,
            )
        if source is None and event.event_type != "statement" and event.modality == "asserted":
            source = _dated_report_around(event, events)
        if source is not None and source.date.start is not None:
            d = source.date
            event.date = EventDate(
                d.start, d.end, d.granularity, "relative", event.date.text or d.text
            )


def _dated_report_around(event: ArticleEvent, events: list[ArticleEvent]) -> ArticleEvent | None:
    """`Adies Kadir menjelaskan bahwa Sri Mulyani sedang berada di Bali`: a happening told
    inside a dated statement of the same sentence is dated by it, unless it is the statement's
    own subject matter named as a noun (`mengumumkan kunjungan …`)."""
    if event.reported:
        return None
    return next(
        (
            o
            for o in events
            if o.event_type == "statement"
            and o.sentence == event.sentence
            and o.date.granularity == "day"
            and o.trigger_start < event.trigger_start
        ),
        None,
    )


def _speaker_after(
    ctx: _Context, sentence: Sentence, offset: int, mentions: list[ActorMention]
) -> list[str]:
    """`…,” kata Putin` / `kata seorang pejabat di Kyiv`: the first actor after the verb."""
    clause_end = _clause_bounds(sentence, offset)[1]
    rest = ctx.text[offset:clause_end]
    if PRONOUN.match(rest.strip()):
        return [ctx.focus] if ctx.focus else []
    after = [m for m in mentions if offset <= m.start < clause_end and m.kind != "media"]
    if not after:
        return []
    persons = [m for m in after if m.kind == "person" and m.start - offset < SPEAKER_REACH]
    first = persons[0] if persons and after[0].kind != "country" else after[0]
    if first.kind == "country" and _is_locative(ctx.text, first):
        return [first.key]
    return [first.key] if first.start - offset < SPEAKER_REACH else []


def _speaker_before(
    ctx: _Context, sentence: Sentence, offset: int, mentions: list[ActorMention]
) -> list[str]:
    """`NATO dan Amerika Serikat mengatakan …`: the subject run before the verb, or a pronoun."""
    subject = _subject(ctx, sentence, offset, mentions)
    if subject:
        return [m.key for m in subject]
    segment = ctx.text[_clause_bounds(sentence, offset)[0] : offset]
    media = [m for m in mentions if m.kind == "media" and m.end <= offset]
    if media and _close_subject(ctx.text[media[-1].end : offset]):
        return [media[-1].key]
    if BOTH_SIDES.search(segment[-30:]):
        return _parties_of_latest_meeting(ctx)
    if PRONOUN.search(segment[-25:]) and ctx.focus:
        return [ctx.focus]
    return []


def _close_subject(gap: str) -> bool:
    """Only a few words, and no clause, between a subject and its verb."""
    gap = gap.strip()
    gap = gap[1:] if gap.startswith(",") else gap
    return "," not in gap and len(gap.split()) <= SUBJECT_GAP_WORDS and not QUOTE.search(gap)


def _parties_of_latest_meeting(ctx: _Context) -> list[str]:
    """`Kedua belah pihak menyatakan …`: each person of the meeting just told."""
    meeting = next(
        (e for e in reversed(ctx.events) if e.event_type == "meeting" and not e.incomplete), None
    )
    if meeting is None:
        return []
    return [k for k in meeting.actor_keys() if ctx.actors.actors[k].kind == "person"]


def _subject(
    ctx: _Context, sentence: Sentence, offset: int, mentions: list[ActorMention]
) -> list[ActorMention]:
    """The actors right before a verb that are its subject, not the object of a preposition:
    at most a few words (`telah`, `pun`, `juga`) and no clause between them and the verb."""
    clause_start = _clause_bounds(sentence, offset)[0]
    before = _agents(
        ctx.text,
        [
            m
            for m in mentions
            if clause_start <= m.start
            and m.end <= offset
            and not OBJECT_OF.search(ctx.text[max(0, m.start - 12) : m.start])
            and not MEDIA_NOUN.search(ctx.text[max(sentence.start, m.start - 30) : m.start])
        ],
    )
    if not before:
        return _subordinate_subject(ctx, sentence, offset, mentions)
    subject = _subject_run(ctx.text, before)
    if not _close_subject(ctx.text[subject[-1].end : offset]):
        return []
    return subject


def _subordinate_subject(
    ctx: _Context, sentence: Sentence, offset: int, mentions: list[ActorMention]
) -> list[ActorMention]:
    """`Sebelum bertemu dengan Presiden Prabowo, Nakatani Gen …`: a clause opened by a
    subordinator takes the subject of the main clause after its comma."""
    if not SUBORDINATE_OPENING.search(ctx.text[sentence.start : offset]):
        return []
    comma = ctx.text.find(",", offset, sentence.end)
    if comma < 0:
        return []
    after = _agents(ctx.text, [m for m in mentions if m.start > comma])
    return after[:1] if after and after[0].start - comma < SUBJECT_REACH else []


def _statements(
    ctx: _Context, sentence: Sentence, mentions: list[ActorMention]
) -> list[ArticleEvent]:
    """Speech acts of the sentence, one per speaker (the merge joins a speaker's statements)."""
    events: list[ArticleEvent] = []
    seen: set[str] = set()
    quote = QUOTE.search(sentence.text)
    has_quote = quote is not None
    for m in ctx.within(ctx.speech, sentence.start, sentence.end):
        frame = _speech_rows()[re.sub(r"\s+", " ", m.group().lower())]
        if frame in ("post", "source"):
            speakers = _speaker_after(ctx, sentence, m.end(), mentions)
            if frame == "post" and not has_quote and not speakers:
                continue
        elif frame in ("post_self", "self"):
            speakers = [ctx.focus] if ctx.focus else []
            if not has_quote:
                subject = _subject(ctx, sentence, m.start(), mentions)
                speakers = [subject[0].key] if subject else speakers
        elif PURPOSE.search(ctx.text[max(sentence.start, m.start() - 12) : m.start()]):
            continue
        else:
            if m.group()[0].isupper() and m.start() == sentence.start:
                continue
            speakers = _speaker_before(ctx, sentence, m.start(), mentions)
        for key in speakers:
            if key in seen or ctx.actors.actors.get(key) is None:
                continue
            if ctx.actors.actors[key].kind == "media" and frame == "source":
                continue
            seen.add(key)
            events.append(
                ArticleEvent(
                    "statement",
                    [(key, "speaker")],
                    sentence,
                    m.group(),
                    m.start(),
                    quote=quote.group(1).strip()
                    if quote
                    else _content(ctx.text, m, sentence, frame),
                    confidence=0.8 if has_quote else 0.65,
                )
            )
    return events


def _content(text: str, verb: Hit, sentence: Sentence, frame: str) -> str | None:
    """What was said, when no quotation marks carry it: before a verb that follows its content
    (`Pasukan Ukraina menemukan …, kata seorang pejabat`), else after it (and after `bahwa`)."""
    if frame in ("post", "post_self"):
        content = text[sentence.start : verb.start()].strip().rstrip(",")
    else:
        rest = text[verb.end() : sentence.end].strip()
        bahwa = re.search(r"\bbahwa\b", rest)
        content = rest[bahwa.end() :].strip() if bahwa else rest
    return content or None


def _happenings(
    ctx: _Context, sentence: Sentence, mentions: list[ActorMention]
) -> list[ArticleEvent]:
    """Meetings and visits whose triggers stand in the sentence."""
    events: list[ArticleEvent] = []
    agents = _agents(ctx.text, [m for m in mentions if m.kind != "media"])
    for m in ctx.within(ctx.triggers, sentence.start, sentence.end):
        if ctx.in_quote(m.start()):
            continue
        row = _trigger_rows()[re.sub(r"\s+", " ", m.group().lower())]
        frame = row["frame"]
        rel = m.start() - sentence.start
        kind = row["event_type"]
        if frame in ("courtesy", "receive_visit"):
            events.extend(_visit_and_meeting(ctx, sentence, m, agents, frame))
            continue
        if frame == "receive":
            events.extend(_receive(ctx, sentence, m, agents))
            continue
        if kind == "meeting":
            found = _meeting(ctx, sentence, m, agents, frame)
        else:
            visit = _visit(ctx, sentence, m, agents, frame, mentions)
            found = [visit] if visit is not None else []
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
            event.modality = modality(sentence.text, rel, kind, frame == "noun")
            event.reported = frame == "noun" and _reported(ctx, sentence, m.start())
            events.append(event)
    return events


def _calls_on_person(ctx: _Context, visit: ArticleEvent) -> bool:
    """A visit to a person (`menyambangi kediaman Prabowo`) is a courtesy call: a meeting too."""
    hosts = visit.actor_keys("host")
    return bool(hosts) and ctx.actors.actors[hosts[0]].kind == "person"


def _reported(ctx: _Context, sentence: Sentence, offset: int) -> bool:
    """A happening named after a speech verb of its sentence (`mengumumkan kunjungan …`)."""
    return any(
        _speech_rows()[re.sub(r"\s+", " ", v.group().lower())] == "pre"
        for v in ctx.within(ctx.speech, sentence.start, offset)
    )


def _around(
    ctx: _Context, sentence: Sentence, m: Hit, agents: list[ActorMention]
) -> tuple[list[ActorMention], list[ActorMention]]:
    clause_start, clause_end = _clause_bounds(sentence, m.start())
    before = [a for a in agents if clause_start <= a.start and a.end <= m.start()]
    after = [a for a in agents if m.end() <= a.start and a.end <= clause_end]
    return before, after


def _without_own_countries(ctx: _Context, keys: list[str]) -> list[str]:
    """A person's own country is not a second party to the person's meeting."""
    countries = {
        ctx.actors.actors[k].country for k in keys if ctx.actors.actors[k].kind == "person"
    }
    return [k for k in keys if not (ctx.actors.actors[k].kind == "country" and k in countries)]


def _meeting(
    ctx: _Context, sentence: Sentence, m: Hit, agents: list[ActorMention], frame: str
) -> list[ArticleEvent]:
    """Who met whom: the subject run before the trigger and the list after it (or after
    `dengan`); a forum named right after `pertemuan`/`KTT` is the backdrop, not a party; a
    bilateral with a list of counterparts is one meeting per counterpart."""
    before, after = _around(ctx, sentence, m, agents)
    subject = _subject_run(ctx.text, before) or _subordinate_subject(
        ctx, sentence, m.start(), agents
    )
    objects = [o for o in _object_run(ctx.text, m.end(), after) if o not in subject]
    if frame == "noun":
        objects = [o for o in objects if not _backdrop(ctx, m, o)]
        if objects and not NOUN_COMPLEMENT.fullmatch(ctx.text[m.end() : objects[0].start]):
            objects = []
    if frame == "noun" and not objects and _told_before(ctx, sentence, m):
        return []
    forum = (
        frame == "noun"
        and objects
        and objects[0].kind == "organization"
        and ctx.actors.actors[objects[0].key].country is None
        and ctx.text[m.end() : objects[0].start].strip() == ""
    )
    if forum:
        objects = _object_run(ctx.text, objects[-1].end, after[len(objects) :])
    anaphoric = ANAPHOR.match(ctx.text[m.end() : m.end() + 12]) is not None
    if not subject and frame == "noun":
        subject = [a for a in before if a.kind == "person"][-1:]
    keys = [a.key for a in subject]
    pronoun = PRONOUN.search(ctx.text[sentence.start : m.start()][-30:])
    if not keys and ctx.focus and (pronoun or anaphoric):
        keys = [ctx.focus]
    if not keys and not objects:
        keys = _parties_referred_to(ctx, sentence, m)
    counterparts = _without_own_countries(ctx, _distinct([o.key for o in objects]))
    confidence = 0.75 if frame == "verb" else 0.6
    if len(keys) == 1 and len(counterparts) >= 2 and BILATERAL.search(sentence.text):
        return [
            ArticleEvent(
                "meeting",
                [(keys[0], "participant"), (c, "participant")],
                sentence,
                m.group(),
                m.start(),
                confidence=confidence,
                anaphoric=anaphoric,
            )
            for c in counterparts
            if c != keys[0]
        ]
    keys = _without_own_countries(ctx, _distinct(keys + counterparts))
    if len(keys) < 2:
        _anaphoric(ctx, sentence, m, "meeting", keys)
        if len(keys) == 1 and frame == "verb":
            return [
                ArticleEvent(
                    "meeting",
                    [(keys[0], "participant")],
                    sentence,
                    m.group(),
                    m.start(),
                    incomplete=True,
                )
            ]
        return []
    roles = [(k, "participant") for k in keys]
    return [
        ArticleEvent(
            "meeting",
            roles,
            sentence,
            m.group(),
            m.start(),
            confidence=confidence,
            anaphoric=anaphoric,
        )
    ]


def _backdrop(ctx: _Context, m: Hit, mention: ActorMention) -> bool:
    """An international body after a meeting noun names the forum (`pertemuan menteri ekonomi
    ASEAN`), unless `dengan` makes it the counterpart."""
    actor = ctx.actors.actors[mention.key]
    between = ctx.text[m.end() : mention.start]
    return actor.kind == "organization" and actor.country is None and "dengan" not in between


def _told_before(ctx: _Context, sentence: Sentence, m: Hit) -> bool:
    """`Dalam pertemuan tersebut …`, `Saat pertemuan berlangsung …`: a meeting already told,
    named again as the setting of what follows; its sentence joins that meeting."""
    setting = SETTING.search(ctx.text[sentence.start : m.start()])
    previous = next(
        (e for e in reversed(ctx.events) if e.event_type == "meeting" and not e.incomplete), None
    )
    if setting is None or previous is None:
        return False
    previous.extra_sentences.append((sentence, m.group()))
    return True


def _parties_referred_to(ctx: _Context, sentence: Sentence, m: Hit) -> list[str]:
    """`mereka mengadakan pembicaraan …`: the parties of the latest meeting told; and a second
    meeting noun in a sentence (`dengan lebih banyak pembicaraan resmi dijadwalkan`) has the
    parties of the first."""
    same_sentence = [e for e in ctx.events if e.event_type == "meeting" and e.sentence == sentence]
    plural = PLURAL_PRONOUN.search(ctx.text[sentence.start : m.start()][-40:])
    if not same_sentence and not plural:
        return []
    source = (
        same_sentence[-1]
        if same_sentence
        else next(
            (e for e in reversed(ctx.events) if e.event_type == "meeting" and not e.incomplete),
            None,
        )
    )
    return source.actor_keys() if source is not None else []


def _anaphoric(ctx: _Context, sentence: Sentence, m: Hit, kind: str, keys: list[str]) -> None:
    """`Pada pertemuan itu keduanya …`: one more sentence about the latest such event."""
    previous = next(
        (e for e in reversed(ctx.events) if e.event_type == kind and not e.incomplete), None
    )
    if previous is None:
        return
    follows = ANAPHOR.match(ctx.text[m.end() : m.end() + 12]) or BOTH.search(sentence.text)
    if follows or (keys and set(keys) <= set(previous.actor_keys())):
        previous.extra_sentences.append((sentence, m.group()))


def _place_after(
    ctx: _Context, sentence: Sentence, offset: int, mentions: list[ActorMention]
) -> Place | None:
    """The destination: the first known place after `ke`/`di` following the trigger."""
    clause_end = _clause_bounds(sentence, offset)[1]
    for m in re.finditer(
        r"\b(?:ke|di|menuju)\s+((?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){0,2})",
        ctx.text[offset:clause_end],
    ):
        words_ = m.group(1).split()
        for n in range(len(words_), 0, -1):
            place = lookup_place(" ".join(words_[:n]))
            if place is not None:
                return place
    return None


def _visit(
    ctx: _Context,
    sentence: Sentence,
    m: Hit,
    agents: list[ActorMention],
    frame: str,
    mentions: list[ActorMention],
) -> ArticleEvent | None:
    """Who went where: the visitor before a verb (`X tiba di`) or right after a noun
    (`kunjungan Li ke Moskow`), the destination after `ke`/`di`, a host when one is named.
    `kunjungan tersebut` is one more sentence about the visit already told."""
    if frame == "noun" and ANAPHOR.match(ctx.text[m.end() : m.end() + 12]):
        previous = next(
            (e for e in reversed(ctx.events) if e.event_type == "visit" and not e.incomplete),
            None,
        )
        if previous is not None:
            previous.extra_sentences.append((sentence, m.group()))
            return None
    before, after = _around(ctx, sentence, m, agents)
    place = _place_after(ctx, sentence, m.start(), mentions)
    visitor: str | None = None
    host: str | None = None
    if frame == "noun":
        near = [a for a in after if a.start - m.end() < 25 and a.kind in ("person", "organization")]
        if near:
            visitor = near[0].key
        elif before:
            visitor = _subject_run(ctx.text, before)[0].key
        else:
            later = [a for a in agents if a.kind == "person" and a.start > m.end()]
            visitor = later[0].key if later else None
    else:
        subject = _subject_run(ctx.text, before) or _subordinate_subject(
            ctx, sentence, m.start(), agents
        )
        if subject:
            visitor = subject[0].key
        elif PRONOUN.search(ctx.text[sentence.start : m.start()]) and ctx.focus:
            visitor = ctx.focus
        objects = [
            a
            for a in after
            if a.kind == "person" and (a.titled or " " in a.key) and a.start - m.end() < HOST_REACH
        ]
        if objects and frame == "verb" and not LOCATIVE_VERB.match(m.group()):
            host = objects[0].key
    if frame == "passive":
        agents_after = [a for a in after if a.kind == "person" and a.start - m.end() < HOST_REACH]
        visitor = agents_after[0].key if agents_after else None
    if visitor is None or (frame == "stay" and place is None):
        return None
    if place is not None and place.is_country and place.name != visitor:
        host = host or place.name
    if host is not None and host == visitor:
        host = None
    roles = [(visitor, "visitor")] + (
        [(host, "host")] if host and host in ctx.actors.actors else []
    )
    return ArticleEvent(
        "visit",
        roles,
        sentence,
        m.group(),
        m.start(),
        location=place,
        confidence=0.7 if frame == "verb" else 0.6,
    )


def _receive(
    ctx: _Context, sentence: Sentence, m: Hit, agents: list[ActorMention]
) -> list[ArticleEvent]:
    """`Prabowo menerima Albanese`: a person received by a person is a meeting and a visit."""
    before, after = _around(ctx, sentence, m, agents)
    guests = [a for a in after if a.kind == "person" and a.start - m.end() < 40]
    hosts = _subject_run(ctx.text, before)
    if not guests or not hosts:
        return []
    host, guest = hosts[0].key, guests[0].key
    if host == guest:
        return []
    mod = modality(sentence.text, m.start() - sentence.start, "meeting")
    place = _place_after(ctx, sentence, m.start(), [])
    return [
        ArticleEvent(
            "meeting",
            [(host, "host"), (guest, "participant")],
            sentence,
            m.group(),
            m.start(),
            modality=mod,
            location=place,
            confidence=0.7,
        ),
        ArticleEvent(
            "visit",
            [(guest, "visitor"), (host, "host")],
            sentence,
            m.group(),
            m.start(),
            modality=mod,
            location=place,
            confidence=0.6,
        ),
    ]


def _visit_and_meeting(
    ctx: _Context, sentence: Sentence, m: Hit, agents: list[ActorMention], frame: str
) -> list[ArticleEvent]:
    """`menerima kunjungan X` (host first) and `kunjungan kehormatan X kepada Y` (visitor first)."""
    before, after = _around(ctx, sentence, m, agents)
    near = [a for a in after if a.kind in ("person", "organization", "country")]
    persons = [a for a in near if a.kind == "person" and a.start - m.end() < GUEST_REACH]
    near = persons + [a for a in near if a not in persons]
    subject = _subject_run(ctx.text, before)
    if frame == "receive_visit":
        host = subject[0].key if subject else None
        visitor = near[0].key if near else None
    else:
        visitor = subject[0].key if subject else (near[0].key if near else None)
        rest = [a.key for a in near if a.key != visitor]
        host = rest[0] if rest else None
    if visitor is None:
        return []
    mod = modality(sentence.text, m.start() - sentence.start, "visit")
    place = _place_after(ctx, sentence, m.start(), [])
    visit = ArticleEvent(
        "visit",
        [(visitor, "visitor")] + ([(host, "host")] if host else []),
        sentence,
        m.group(),
        m.start(),
        modality=mod,
        location=place,
    )
    if host is None or host == visitor:
        return [visit]
    meeting = ArticleEvent(
        "meeting",
        [(host, "host"), (visitor, "participant")],
        sentence,
        m.group(),
        m.start(),
        modality=mod,
        location=place,
    )
    return [visit, meeting]
