"""What the extraction of one article reads and remembers: the trigger and speech-verb tables, the
article's quotations, and the events told so far."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from operator import attrgetter

from etl.actors import ActorMention, ArticleActors
from etl.document import Document
from etl.events.model import ArticleEvent
from etl.lexicon import Hit, PhraseMatcher, table
from etl.spans import SpanIndex, inside_any

HIT_START = attrgetter("begin")
"""A hit's start, read as a field: bisecting the triggers by it is the hot path of `within`."""
OWNABLE = re.compile(r"[a-z]+(?<!nya)")
QUOTED_SPAN = re.compile(
    r"“[^”\"“]{3,2000}(?:[”\"]|(?<=[,.!?])“(?=\s))|\"[^\"”\n]{3,2000}[\"”]|“[^”\"\n]{3,2000}(?=\n)"
)
"""A quotation, closed by its mark, by an opening mark misprinted as the closing one after the
quote's last stop (`“Terima kasih …,“ katanya`), or by the end of the paragraph."""


@cache
def _trigger_rows() -> dict[str, dict[str, str]]:
    """The trigger table, with the owned form of every meeting and visit noun (`perjumpaannya`,
    `kedatangannya`): the happening of the person before it, as `pertemuannya` is."""
    rows = {row["phrase"].lower(): row for row in table("triggers")}
    owned = {
        f"{phrase}nya": row
        for phrase, row in rows.items()
        if row["frame"] == "noun" and OWNABLE.fullmatch(phrase.rsplit(maxsplit=1)[-1])
    }
    return owned | rows


@cache
def _speech_rows() -> dict[str, str]:
    return {row["phrase"].lower(): row["frame"] for row in table("speech_verbs")}


def row_key(phrase: str) -> str:
    """A matched phrase as the trigger and speech-verb tables file it: lower case, one space
    between words."""
    return " ".join(phrase.lower().split())


@cache
def _trigger_words() -> PhraseMatcher:
    return PhraseMatcher((phrase, "trigger", True) for phrase in _trigger_rows())


@cache
def _speech_words() -> PhraseMatcher:
    return PhraseMatcher((phrase, "speech", True) for phrase in _speech_rows())


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Quotations of the article, across sentences: what is said inside them names no party
    to the event that reports them (`“… kerja sama antara Rusia dan China …,” katanya`)."""
    return [(m.start(), m.end()) for m in QUOTED_SPAN.finditer(text)]


@dataclass(slots=True)
class _Context:
    """What the extraction of one article remembers from sentence to sentence."""

    text: str
    actors: ArticleActors
    mentions_at: SpanIndex[ActorMention]
    speech: list[Hit]
    triggers: list[Hit]
    quoted: list[tuple[int, int]] = field(default_factory=list)
    quote_starts: list[int] = field(default_factory=list)
    focus: str | None = None
    events: list[ArticleEvent] = field(default_factory=list)
    parties: set[str] = field(default_factory=set)
    """The actor keys of the events told in the sentences read so far."""

    @classmethod
    def of(cls, document: Document, actors: ArticleActors) -> _Context:
        """The context of an article: its speech verbs, triggers and quotations, read once."""
        quoted = quote_spans(document.text)
        return cls(
            document.text,
            actors,
            SpanIndex(actors.mentions, lambda m: (m.start, m.end)),
            _speech_words().hits(document.words),
            _trigger_words().hits(document.words),
            quoted,
            [start for start, _ in quoted],
        )

    def in_quote(self, offset: int) -> bool:
        return inside_any(self.quoted, self.quote_starts, offset)

    @staticmethod
    def within(matches: list[Hit], start: int, end: int) -> list[Hit]:
        """The matches found once over the article that fall inside [start, end)."""
        found = []
        for k in range(bisect_left(matches, start, key=HIT_START), len(matches)):
            if matches[k].finish > end:
                break
            found.append(matches[k])
        return found
