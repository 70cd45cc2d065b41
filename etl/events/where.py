"""Where a meeting or a statement took place, when its own sentence says so.

Only a place the sentence ties to the event counts: `di Moskow` after the verb or the meeting
noun, `di sela KTT G20 di Bali`, `saat berkunjung ke Beijing`, `kata Sri Mulyani di Istana
Merdeka, Jakarta`. A place that belongs to something else is none of the event's: a title or a
body (`Duta Besar RI di Moskow`, `Kedutaan Besar Rusia di Jakarta`), a noun of what is talked
about (`konflik di Ukraina`, `pejabat senior di Kyiv`), a quotation, what a statement says, a
call between two places. The article's dateline is never assumed: it tells where the report
was filed, not where the event was. The words are in `data/place_cues.csv` and
`data/venues.csv`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from etl.actors import ActorMention
from etl.events.context import _Context, _speech_rows, row_key
from etl.events.model import ArticleEvent
from etl.lexicon import alternation, table
from etl.places import Place, country_names, lookup_place
from etl.text import Sentence

PLACED_TYPES = frozenset({"meeting", "statement"})
CANDIDATE = re.compile(
    r"(?<![\w-])(?P<prep>(?i:di|ke))\s+(?P<run>[A-Z][\w'./-]*(?:\s+[A-Z][\w'./-]*){0,4})"
)
CONTINUATION = re.compile(r",\s+(?P<run>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})")
CONTINUATIONS = 3
TOKEN = re.compile(r"\([^()]*\)|[,;:()“”\"–—]|(?<!\S)-(?!\S)|[^\s,;:()“”\"]+")
BOUNDARY = frozenset(',;:()“”"–—-')
AFTER_SPEECH = re.compile(
    r"\s*(?:(?:kepada|pada)\s+(?:para\s+)?(?:wartawan|awak\s+media|media|jurnalis|pers)\s*|"
    r"(?:pidato|sambutan|keterangan)(?:nya|\s+pers)?\s*|"
    r"(?:dalam|saat|usai|seusai|ketika)\s+(?:pertemuan|rapat|sidang|acara|konferensi\s+pers|"
    r"jumpa\s+pers|wawancara|kunjungan(?:nya)?)\s*)?"
    r"(?:di\s+[A-Z][\w./-]*(?:\s+[A-Z][\w./-]*)*\s*)?"
)
LONGEST_NAME = 3
POST_FRAMES = frozenset({"post", "post_self", "source"})


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A capitalised run after `di` or `ke`: where the preposition and the run start."""

    prep: str
    start: int
    run_start: int
    run: str
    end: int


@cache
def _cues() -> dict[str, frozenset[str]]:
    """The cue words by kind: before, visit, transparent, remote, cut, owner, head, qualifier."""
    kinds: dict[str, set[str]] = {}
    for row in table("place_cues"):
        kinds.setdefault(row["cue"], set()).add(row["phrase"])
    return {kind: frozenset(phrases) for kind, phrases in kinds.items()}


@cache
def _venues() -> dict[str, str]:
    return {row["venue"]: row["place"] for row in table("venues")}


def venue_town(name: str) -> str | None:
    """The town of a venue of `data/venues.csv` (`Istana Kepresidenan Bogor` → Bogor)."""
    return _venues().get(name)


@cache
def _owner_before() -> re.Pattern[str]:
    """A title or body, and the state it serves, right before the preposition (`Duta Besar RI
    di`); past a person's name (`Duta Besar Jepang Kanasugi Kenji di`) the place is the event's."""
    return re.compile(
        rf"\b(?:{alternation(_cues()['owner'])})(?:\s+(?:{alternation(country_names())}))?\s+$"
    )


@cache
def _visit_before() -> re.Pattern[str]:
    """A visit word, its qualifiers and the visitor's name, right before `ke`."""
    return re.compile(
        rf"\b(?:{alternation(_cues()['visit'])})(?:\s+[a-z]\w*)?(?:\s+[A-Z][\w.]*){{0,4}}\s+$",
        re.IGNORECASE,
    )


@cache
def _cut() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(_cues()['cut'])})\b|[“\"]", re.IGNORECASE)


@cache
def _remote() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(_cues()['remote'])})\b", re.IGNORECASE)


def event_place(
    ctx: _Context, sentence: Sentence, event: ArticleEvent, mentions: list[ActorMention]
) -> Place | None:
    """The place the sentence gives to a meeting or a statement, or None."""
    if event.event_type not in PLACED_TYPES:
        return None
    if event.event_type == "meeting" and _remote().search(sentence.text):
        return None
    trigger = (event.trigger_start, event.trigger_start + len(event.trigger))
    for candidate in _ordered(ctx, sentence, event, trigger):
        if _belongs_elsewhere(ctx, sentence, candidate, trigger, _of(event, mentions), mentions):
            continue
        place = _resolved(ctx.text, candidate, mentions)
        if place is not None:
            return place
    return None


def _of(event: ArticleEvent, mentions: list[ActorMention]) -> frozenset[int]:
    """Where the names of the event's own parties end (`bertemu Wang Yi| di Beijing`)."""
    parties = set(event.actor_keys())
    return frozenset(m.end for m in mentions if m.key in parties and m.text[-1:].isalnum())


def _ordered(
    ctx: _Context, sentence: Sentence, event: ArticleEvent, trigger: tuple[int, int]
) -> Iterator[_Candidate]:
    """The runs the event may take its place from, the likeliest first: after the trigger up to
    where the sentence turns to something else, then before it, nearest first. A statement
    whose verb comes first (`mengatakan`) says its content after it: only `di` right after the
    verb (`mengatakan kepada wartawan di …`) counts there."""
    found = [
        _Candidate(m["prep"].lower(), m.start(), m.start("run"), m["run"], m.end())
        for m in CANDIDATE.finditer(ctx.text, sentence.start, sentence.end)
        if not ctx.in_quote(m.start())
    ]
    after = [c for c in found if c.run_start >= trigger[1]]
    before = [c for c in reversed(found) if c.end <= trigger[0]]
    frame = _speech_rows().get(row_key(event.trigger), "pre")
    if event.event_type == "statement" and frame not in POST_FRAMES:
        after = [
            c
            for c in after
            if c.prep == "di" and AFTER_SPEECH.fullmatch(ctx.text[trigger[1] : c.start])
        ]
    else:
        after = [c for c in after if not _turns(ctx, trigger[1], c.start)]
    before = [c for c in before if not _turns(ctx, c.end, trigger[0])]
    if event.event_type == "statement" and frame in POST_FRAMES:
        before = []
    yield from after
    yield from before


def _turns(ctx: _Context, start: int, end: int) -> bool:
    """Whether the sentence turns to something else between the event and a run: a topic
    (`membahas`, `bahwa`), a quotation, or another event's trigger or speech verb."""
    return (
        _cut().search(ctx.text, start, end) is not None
        or bool(ctx.within(ctx.triggers, start, end))
        or bool(ctx.within(ctx.speech, start, end))
    )


def _belongs_elsewhere(
    ctx: _Context,
    sentence: Sentence,
    candidate: _Candidate,
    trigger: tuple[int, int],
    parties: frozenset[int],
    mentions: list[ActorMention],
) -> bool:
    """Whether the run is another thing's place: inside a longer name, after a title or body
    that owns it, or after a noun of its own. A name right after `di` is a place the recogniser
    may have taken for a person (`di Kertanegara`); one glued to a person's name (`di Shanghai
    Berlianto`) names no place (`_named`)."""
    if any(m.start < candidate.run_start < m.end for m in mentions):
        return True
    left = ctx.text[sentence.start : candidate.start]
    if candidate.prep == "ke":
        return _visit_before().search(left) is None
    if _owner_before().search(left):
        return True
    return not _introduced(ctx.text, sentence.start, candidate.start, trigger, parties)


def _introduced(
    text: str, start: int, offset: int, trigger: tuple[int, int], parties: frozenset[int]
) -> bool:
    """Looking back from `di` past names, dates and small words: the clause's start, the
    event's trigger, the name of one of its parties or a word of the event (`bertemu`,
    `pertemuan`, `ditemui`, `sela`) comes first, not a noun (`konflik di`, `pejabat di`)."""
    cues = _cues()
    for token in reversed(list(TOKEN.finditer(text, start, offset))):
        word = token.group()
        if word in BOUNDARY or (token.start() >= trigger[0] and token.end() <= trigger[1]):
            return True
        if token.end() in parties:
            return True
        if word[0].isupper() or word[0].isdigit() or word.startswith("("):
            continue
        folded = word.lower().rstrip(".")
        if folded in cues["before"] or folded in _speech_rows():
            return True
        if folded not in cues["transparent"]:
            return False
    return True


def _resolved(text: str, candidate: _Candidate, mentions: list[ActorMention]) -> Place | None:
    """The run as a place (a venue's city, a city, a province, a country), else the city after
    its comma (`di Istana Merdeka, Jakarta`, `di PTIK, Jakarta Selatan`)."""
    place = _named(_words(candidate.run))
    position = candidate.end
    for _ in range(CONTINUATIONS):
        if place is not None:
            return place
        more = CONTINUATION.match(text, position)
        if more is None or _person_at(mentions, more.start("run")):
            return None
        found = _named(_words(more["run"]))
        place = found if found is not None and not found.is_country else None
        position = more.end()
    return place


def _person_at(mentions: list[ActorMention], offset: int) -> bool:
    return any(m.start == offset and m.kind == "person" for m in mentions)


def _words(run: str) -> list[str]:
    """The words of a run, without the full stop that may end the sentence."""
    return [w.rstrip(".") for w in run.split()]


def _named(words: list[str]) -> Place | None:
    """The longest opening of a capitalised run that names a place: a shorter opening only when
    a qualifier follows (`Jakarta Pusat`, `Bali Selasa`); a generic head (`Kota`) is skipped."""
    cues = _cues()
    for n in range(min(len(words), LONGEST_NAME + 2), 0, -1):
        venue = _venues().get(" ".join(words[:n]))
        if venue is not None:
            return lookup_place(venue)
    if len(words) > 1 and words[0] in cues["head"]:
        return _named(words[1:])
    for n in range(min(len(words), LONGEST_NAME), 0, -1):
        name = " ".join(words[:n])
        if n < len(words) and words[n] not in cues["qualifier"]:
            continue
        if n == 1 and name in cues["head"]:
            break
        place = lookup_place(name)
        if place is not None:
            return place
    return None
