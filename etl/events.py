"""Events of one article: triggers in a sentence become meetings, visits and statements with roles.

The trigger and speech-verb tables (`data/triggers.csv`, `data/speech_verbs.csv`) say which words
report which happening and how their arguments stand around them; this module finds the actors in
those positions, the place, the modality and the date, and keeps the sentence and the trigger so
that every event can be shown where the text says it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from etl.actors import ActorMention, ArticleActors
from etl.dates import TimeExpression
from etl.lexicon import alternation, table
from etl.places import Place, lookup_place
from etl.text import Sentence

LOCATIVE = re.compile(
    r"(?:\b(?:di|ke|dari|menuju|dari|asal|kota|ibu\s+kota|wilayah|negara|kawasan|dengan\s+ke)\s+)$",
    re.IGNORECASE,
)
CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:yang|sementara|sedangkan|namun|tetapi|dan\s+(?=\w+(?:kan|i)\b))"
)
QUOTE = re.compile(r"[“\"]([^”\"]{3,})[”\"]")
PRONOUN = re.compile(r"\b(?:dia|ia|beliau)\b", re.IGNORECASE)
ANAPHOR = re.compile(r"^\s*(?:itu|tersebut|ini|tadi)\b", re.IGNORECASE)
BOTH = re.compile(r"\bkeduanya\b|\bkedua\s+(?:pemimpin|menteri|tokoh|pihak)\b", re.IGNORECASE)
PLANNED_CONTEXT_WINDOW = 60
NEGATION_WINDOW = 12


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
    extra_sentences: list[tuple[Sentence, str]] = field(default_factory=list)

    def keys(self, role: str | None = None) -> list[str]:
        return [key for key, r in self.actors if role is None or r == role]


@cache
def _trigger_rows() -> dict[str, dict[str, str]]:
    return {row["phrase"].lower(): row for row in table("triggers")}


@cache
def _speech_rows() -> dict[str, str]:
    return {row["phrase"].lower(): row["frame"] for row in table("speech_verbs")}


@cache
def _trigger_regex() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(_trigger_rows())})(?![\w-])", re.IGNORECASE)


@cache
def _speech_regex() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(_speech_rows())})(?![\w-])", re.IGNORECASE)


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


def modality(sentence_text: str, trigger_offset: int, event_type: str) -> str:
    """`akan`/`dijadwalkan` before the trigger → planned; `batal`/`ditunda`, or `tidak` right
    before it → negated. Statements stay asserted: a denial is still a statement."""
    if event_type == "statement":
        return "asserted"
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
    return LOCATIVE.search(text[max(0, mention.start - 20) : mention.start]) is not None


def _outermost(mentions: list[ActorMention]) -> list[ActorMention]:
    """Drop mentions nested inside another (the `Rusia` of `Presiden Rusia Vladimir Putin`)."""
    return [
        m
        for m in mentions
        if not any(o is not m and o.start <= m.start and m.end <= o.end for o in mentions)
    ]


def _agents(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Mentions that can act: not a place after `di`/`ke`, not a medium."""
    return [m for m in mentions if m.kind != "media" and not _is_locative(text, m)]


def _distinct(keys: list[str]) -> list[str]:
    return list(dict.fromkeys(keys))


def _subject_run(text: str, before: list[ActorMention]) -> list[ActorMention]:
    """The actors joined by `dan`/`,` right before a verb: `NATO dan Amerika Serikat mengatakan`."""
    if not before:
        return []
    run = [before[-1]]
    for m in reversed(before[:-1]):
        gap = text[m.end : run[0].start].strip().lower()
        if gap in ("dan", ",", ", dan", "serta", "bersama"):
            run.insert(0, m)
        else:
            break
    return run


@dataclass(slots=True)
class _Context:
    """What the extraction of one article remembers from sentence to sentence."""

    text: str
    actors: ArticleActors
    last_person: str | None = None
    last_speaker: str | None = None
    events: list[ArticleEvent] = field(default_factory=list)


def extract_events(
    text: str,
    sentences: list[Sentence],
    actors: ArticleActors,
    times: list[TimeExpression],
) -> list[ArticleEvent]:
    """Every meeting, visit and statement the sentences report, in text order."""
    ctx = _Context(text, actors)
    for sentence in sentences:
        mentions = _outermost(actors.in_span(sentence.start, sentence.end))
        sentence_times = [
            t for t in times if t.char_start >= sentence.start and t.char_end <= sentence.end
        ]
        found = _statements(ctx, sentence, mentions) + _happenings(ctx, sentence, mentions)
        for event in found:
            event.date = _date_near(sentence_times, event.trigger_start)
        ctx.events.extend(found)
        persons = [m for m in mentions if m.kind == "person"]
        if persons:
            ctx.last_person = persons[-1].key
    _inherit_dates(ctx.events)
    return ctx.events


def _date_near(times: list[TimeExpression], offset: int) -> EventDate:
    """The resolved time expression of the sentence nearest the trigger (after it on a tie)."""
    resolved = [t for t in times if t.date_start is not None and not t.fuzzy]
    if not resolved:
        return NO_DATE
    best = min(
        resolved,
        key=lambda t: (
            min(abs(t.char_start - offset), abs(t.char_end - offset)),
            t.char_start < offset,
        ),
    )
    basis = "explicit" if best.basis == "explicit" else "relative"
    granularity = "day" if best.granularity == "range" else best.granularity
    return EventDate(best.date_start, best.date_end, granularity, basis, best.text)


def _inherit_dates(events: list[ArticleEvent]) -> None:
    """Undated events take the date of a dated event of the same actors in the article:
    a statement the date of the meeting it was made in, a visit the date of its meeting."""
    for i, event in enumerate(events):
        if event.date.start is not None:
            continue
        keys = set(event.keys())
        candidates = [
            other
            for other in events[:i][::-1] + events[i + 1 :]
            if other.date.start is not None
            and other.event_type != event.event_type
            and other.event_type != "statement"
            and keys & set(other.keys())
            and other.modality == event.modality
        ]
        if event.event_type == "statement":
            candidates = [c for c in candidates if events.index(c) < i]
        if candidates:
            source = candidates[0].date
            event.date = EventDate(
                source.start, source.end, source.granularity, "relative", source.text
            )


def _speaker_after(
    ctx: _Context, sentence: Sentence, offset: int, mentions: list[ActorMention]
) -> list[str]:
    """`…,” kata Putin` / `kata seorang pejabat di Kyiv`: the first actor after the verb."""
    clause_end = _clause_bounds(sentence, offset)[1]
    rest = ctx.text[offset:clause_end]
    if PRONOUN.match(rest.strip()):
        return (
            [ctx.last_speaker or ctx.last_person] if (ctx.last_speaker or ctx.last_person) else []
        )
    after = [m for m in mentions if offset <= m.start < clause_end and m.kind != "media"]
    if not after:
        return []
    first = after[0]
    if first.kind == "country" and _is_locative(ctx.text, first):
        return [first.key]
    return [first.key] if first.start - offset < 60 else []


def _speaker_before(
    ctx: _Context, sentence: Sentence, offset: int, mentions: list[ActorMention]
) -> list[str]:
    """`NATO dan Amerika Serikat mengatakan …`: the subject run before the verb, or a pronoun."""
    clause_start = _clause_bounds(sentence, offset)[0]
    segment = ctx.text[clause_start:offset]
    before = _agents(ctx.text, [m for m in mentions if clause_start <= m.start and m.end <= offset])
    if before:
        subject = _subject_run(ctx.text, before)
        between = ctx.text[subject[-1].end : offset]
        if len(between.split()) <= 8 and not QUOTE.search(between):
            return [m.key for m in subject]
    if PRONOUN.search(segment) and (ctx.last_person or ctx.last_speaker):
        return [ctx.last_speaker or ctx.last_person]  # type: ignore[list-item]
    return []


def _statements(
    ctx: _Context, sentence: Sentence, mentions: list[ActorMention]
) -> list[ArticleEvent]:
    """Speech acts of the sentence, one per speaker (the merge joins a speaker's statements)."""
    events: list[ArticleEvent] = []
    seen: set[str] = set()
    quote = QUOTE.search(sentence.text)
    has_quote = quote is not None
    for m in _speech_regex().finditer(ctx.text, sentence.start, sentence.end):
        frame = _speech_rows()[re.sub(r"\s+", " ", m.group().lower())]
        if frame in ("post", "source"):
            speakers = _speaker_after(ctx, sentence, m.end(), mentions)
            if frame == "post" and not has_quote and not speakers:
                continue
        elif frame in ("post_self", "self"):
            before = _agents(ctx.text, [x for x in mentions if x.end <= m.start()])
            subject = [before[0].key] if before and before[0].start - sentence.start < 80 else []
            fallback = ctx.last_speaker or ctx.last_person
            speakers = subject or ([fallback] if fallback else [])
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
            ctx.last_speaker = key
            events.append(
                ArticleEvent(
                    "statement",
                    [(key, "speaker")],
                    sentence,
                    m.group(),
                    m.start(),
                    quote=quote.group(1).strip()
                    if quote
                    else _content_after(ctx.text, m.end(), sentence),
                    confidence=0.8 if has_quote else 0.65,
                )
            )
    return events


def _content_after(text: str, offset: int, sentence: Sentence) -> str | None:
    """What was said, when no quotation marks carry it: the rest of the sentence after `bahwa`."""
    rest = text[offset : sentence.end].strip()
    bahwa = re.search(r"\bbahwa\b", rest)
    content = rest[bahwa.end() :].strip() if bahwa else rest
    return content or None


def _happenings(
    ctx: _Context, sentence: Sentence, mentions: list[ActorMention]
) -> list[ArticleEvent]:
    """Meetings and visits whose triggers stand in the sentence."""
    events: list[ArticleEvent] = []
    agents = _agents(ctx.text, [m for m in mentions if m.kind != "media"])
    for m in _trigger_regex().finditer(ctx.text, sentence.start, sentence.end):
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
            event = _meeting(ctx, sentence, m, agents, frame)
        else:
            event = _visit(ctx, sentence, m, agents, frame, mentions)
        if event is not None:
            event.modality = modality(sentence.text, rel, kind)
            events.append(event)
    return events


def _around(
    ctx: _Context, sentence: Sentence, m: re.Match[str], agents: list[ActorMention]
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
    ctx: _Context, sentence: Sentence, m: re.Match[str], agents: list[ActorMention], frame: str
) -> ArticleEvent | None:
    before, after = _around(ctx, sentence, m, agents)
    subject = _subject_run(ctx.text, before)
    if frame == "noun":
        objects = after[:3]
        if not subject:
            subject = [a for a in before if a.kind == "person"][-1:]
    else:
        objects = _subject_run(ctx.text, after[:4][::-1])[::-1] if after else []
        objects = after[: max(1, len(objects))]
    keys = _without_own_countries(ctx, _distinct([a.key for a in subject + objects]))
    if len(keys) < 2:
        persons_in_sentence = [a.key for a in agents if a.kind == "person"]
        keys = _without_own_countries(ctx, _distinct(keys + persons_in_sentence))
    if len(keys) < 2:
        return _anaphoric(ctx, sentence, m, "meeting", keys)
    roles = [(k, "participant") for k in keys]
    return ArticleEvent(
        "meeting",
        roles,
        sentence,
        m.group(),
        m.start(),
        confidence=0.75 if frame == "verb" else 0.6,
    )


def _anaphoric(
    ctx: _Context, sentence: Sentence, m: re.Match[str], kind: str, keys: list[str]
) -> None:
    """`Pada pertemuan itu keduanya …`: one more sentence about the latest such event."""
    previous = next((e for e in reversed(ctx.events) if e.event_type == kind), None)
    if previous is None:
        return None
    follows = ANAPHOR.match(ctx.text[m.end() : m.end() + 12]) or BOTH.search(sentence.text)
    if follows or (keys and set(keys) <= set(previous.keys())):
        previous.extra_sentences.append((sentence, m.group()))
    return None


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
    m: re.Match[str],
    agents: list[ActorMention],
    frame: str,
    mentions: list[ActorMention],
) -> ArticleEvent | None:
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
        if before:
            visitor = _subject_run(ctx.text, before)[0].key
        elif PRONOUN.search(ctx.text[sentence.start : m.start()]) and ctx.last_person:
            visitor = ctx.last_person
        objects = [a for a in after if a.kind == "person"]
        if objects and m.group().lower().startswith("mengunjungi"):
            host = objects[0].key
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
    ctx: _Context, sentence: Sentence, m: re.Match[str], agents: list[ActorMention]
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
    ctx: _Context, sentence: Sentence, m: re.Match[str], agents: list[ActorMention], frame: str
) -> list[ArticleEvent]:
    """`menerima kunjungan X` (host first) and `kunjungan kehormatan X kepada Y` (visitor first)."""
    before, after = _around(ctx, sentence, m, agents)
    near = [a for a in after if a.kind in ("person", "organization", "country")]
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
