"""The records of actor recognition: a mention in the text, the actor it names, and all the
actors of one article."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

SPACES = re.compile(r"\s+")
"""A run of spaces, to be written as one: compiled once, as it is read for every mention."""
NOT_IN_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A span of the article that names an actor; `key` is its canonical name in the article."""

    start: int
    end: int
    text: str
    key: str
    kind: str
    titled: bool = False


@dataclass(slots=True)
class Actor:
    """One real entity of an article: canonical name, kind, country, and the forms it went by."""

    name: str
    kind: str
    country: str | None = None
    titles: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class _Chunk:
    start: int
    end: int
    kind: str
    value: str


@cache
def fold(name: str) -> str:
    """Case- and accent-free form of a name, for comparing forms of one name."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def slug(name: str) -> str:
    """Readable id of an actor (`Vladimir Putin` → `vladimir-putin`)."""
    return NOT_IN_SLUG.sub("-", fold(name)).strip("-") or "actor"


@dataclass(slots=True)
class ArticleActors:
    """The actors of one article and every span that mentions them."""

    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[ActorMention] = field(default_factory=list)
    unnamed: set[str] = field(default_factory=set)
    """Officials told by their post alone (`Panglima Angkatan Bersenjata Filipina`), no holder
    named: they stand for their state, as the state's own name does."""

    def add(self, mention: ActorMention, actor: Actor) -> None:
        known = self.actors.setdefault(actor.name, actor)
        known.titles |= actor.titles
        known.aliases |= actor.aliases
        known.country = known.country or actor.country
        self.mentions.append(mention)
