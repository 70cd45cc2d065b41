"""Counterparts met one by one or together: each bilateral is a meeting of its own, a 2+2 or a
trilateral one meeting of all."""

from __future__ import annotations

import re

from etl.actors import Actor, ActorMention
from etl.events.context import _Context
from etl.text import Sentence

MEETING_PARTIES = 2
SEPARATELY = re.compile(
    r"\b(?:bilateral|berturut-turut|masing-masing|secara\s+terpisah|bergantian|satu-persatu|"
    r"satu\s+per\s+satu|waktu\s+yang\s+berbeda)",
    re.IGNORECASE,
)
SEPARATE_GUESTS = 3
HEAD_TITLES = frozenset(
    {"Presiden", "Perdana Menteri", "Kanselir", "Raja", "Ratu", "Sultan", "Emir"}
)
"""A head of state or government received with another leader is one reception, not two calls."""
TOGETHER = re.compile(r"\b(?:trilateral|multilateral|bersama-sama)\b", re.IGNORECASE)


def _one_by_one(
    ctx: _Context, sentence: Sentence, subject: str, objects: list[ActorMention]
) -> bool:
    """Counterparts met one after another, not together: the text says so (`bilateral`,
    `berturut-turut`, `pada waktu yang berbeda`), or they are three or more office holders, each
    named with a title of their own, or a person met office holders of other states, one state
    each (`Retno bertemu dengan Menlu Singapura …, Menlu Komoro …`), in no trilateral."""
    titled = [o for o in objects if o.kind == "person" and o.titled]
    countries = [ctx.actors.actors[o.key].country for o in titled]
    host = ctx.actors.actors[subject]
    apart = (
        len(titled) >= MEETING_PARTIES
        and host.kind == "person"
        and host.country not in countries
        and None not in countries
        and TOGETHER.search(sentence.text) is None
    )
    foreign_each = apart and len(set(countries)) == len(countries)
    return (
        len(titled) >= SEPARATE_GUESTS
        or foreign_each
        or (apart and _host_officials(ctx, host, titled))
        or SEPARATELY.search(sentence.text) is not None
    )


def _guests_each(ctx: _Context, sentence: Sentence, subject: list[ActorMention]) -> bool:
    """`Perdana Menteri Kamboja Hun Sen dan Raja Eswatini Mswati III juga menemui Jokowi`:
    leaders of different states calling on one host call one by one, in no trilateral."""
    states = [ctx.actors.actors[g.key].country for g in subject]
    return (
        len(subject) >= MEETING_PARTIES
        and all(g.kind == "person" and g.titled for g in subject)
        and None not in states
        and len(set(states)) == len(states)
        and TOGETHER.search(sentence.text) is None
    )


def _host_officials(ctx: _Context, visitor: Actor, titled: list[ActorMention]) -> bool:
    """A visitor meeting two office holders of one state, each with a post of their own, neither
    its leader nor the visitor's peer (`Menhan Mattis akan bertemu dengan Menko Polhukam Wiranto
    serta Menlu Retno`), calls on each; with the peer it is a 2+2, and a president with a prime
    minister receive together."""
    titles = [_posts(ctx.actors.actors[o.key]) for o in titled]
    return (
        len(titled) == MEETING_PARTIES
        and all(titles)
        and not titles[0] & titles[1]
        and not any(t & (HEAD_TITLES | _posts(visitor)) for t in titles)
    )


def _posts(actor: Actor) -> set[str]:
    """The posts a person holds without their state (`Menteri Pertahanan Australia` is a
    `Menteri Pertahanan`), so that peers of two states compare."""
    return {t.removesuffix(f" {actor.country}") for t in actor.titles}
