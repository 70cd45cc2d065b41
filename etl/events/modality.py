"""Whether a happening is asserted, planned or negated, read off cue words around its trigger
(`data/modality.csv`)."""

from __future__ import annotations

import re
from functools import cache

from etl.events.roles import CLAUSE_BREAK, COORDINATED
from etl.lexicon import alternation, table

PHRASE_BREAK = re.compile(r"[,;:]")
PLANNED_CONTEXT_WINDOW = 60
NOUN_PREDICATE_WINDOW = 90
NEGATION_WINDOW = 12
INVITED_TO = re.compile(
    r"\b(?:undangan|diundang|mengundang\w*)\b[^.;]{0,100}?\buntuk\s+(?:(?:datang|melakukan)\s+)?$",
    re.IGNORECASE,
)
"""`Undangan Presiden Xi kepada Prabowo untuk berkunjung ke Beijing`, `diundang untuk
melakukan kunjungan`: a trip one is invited to make is still to come."""
PURPOSE_BREAK = re.compile(
    r"\b(?:untuk|agar|supaya|guna|bahwa|tentang|mengenai|soal)\b", re.IGNORECASE
)


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
    """`akan`/`dijadwalkan` before the trigger → planned; `batal`/`ditunda`, `tidak` right
    before it, or a plan denied (`tidak berencana`, `tidak akan`) → negated. A noun trigger
    also reads its predicate after it (`Pertemuan itu bakal dilakukan`), unless a cancellation
    comes before it (`membatalkan rencana kunjungannya … yang dijadwalkan pekan depan`); a
    trigger that opens with a cue (`akan ke Jakarta`) carries it. A cancellation told
    after the trigger behind `untuk`/`bahwa` is another happening's (`menghubungi Turnbull
    untuk menyampaikan kabar penundaan kunjungan`). Statements stay asserted: a denial is
    still a statement. A time still to come in the trigger's own phrase (`bertemu Xi pekan
    depan`, `dalam waktu dekat`) makes it planned, and so does an invitation to it
    (`INVITED_TO`). A predicate coordinated with the one before (`dijadual bertemu …, selain
    mengadakan kunjungan hormat …`) shares its cue, across the commas between them."""
    if event_type == "statement":
        return "asserted"
    own = _scope_regex("before").match(sentence_text, trigger_offset)
    if own is not None:
        return _modality_of(own.group(), "before")
    cancelled = _scope_regex("sentence").search(sentence_text, 0, trigger_offset) is not None
    if noun and not cancelled:
        rest = sentence_text[trigger_offset:]
        clause_end = next((b.start() for b in PHRASE_BREAK.finditer(rest)), len(rest))
        predicate = _scope_regex("before").search(rest[: min(clause_end, NOUN_PREDICATE_WINDOW)])
        if predicate:
            return _modality_of(predicate.group(), "before")
    before = sentence_text[:trigger_offset]
    adjacent = before[-NEGATION_WINDOW:]
    for m in _scope_regex("adjacent").finditer(adjacent):
        if adjacent[m.end() :].strip() == "" or len(adjacent[m.end() :].split()) <= 1:
            return "negated"
    if any(
        m.start() < trigger_offset
        or not PURPOSE_BREAK.search(sentence_text[trigger_offset : m.start()])
        for m in _scope_regex("sentence").finditer(sentence_text)
    ):
        return "negated"
    if INVITED_TO.search(before):
        return "planned"
    window = before[-PLANNED_CONTEXT_WINDOW:]
    if COORDINATED.search(window) and (cue := _scope_regex("before").search(before)):
        return _modality_of(cue.group(), "before")
    clause_start = max((m.end() for m in CLAUSE_BREAK.finditer(window)), default=0)
    cue = _scope_regex("before").search(window[clause_start:])
    if cue:
        return _modality_of(cue.group(), "before")
    rest = sentence_text[trigger_offset : trigger_offset + PLANNED_CONTEXT_WINDOW]
    clause_end = next((b.start() for b in PHRASE_BREAK.finditer(rest)), len(rest))
    return "planned" if _scope_regex("after").search(rest, 0, clause_end) else "asserted"
