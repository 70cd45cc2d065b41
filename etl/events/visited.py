"""A host or a place visited, told in the passive: `Menhan Sjafrie dikunjungi oleh Menhan Jepang
Gen Nakatani` (a meeting and the guest's visit), `Papua dikunjungi Presiden Joko Widodo` (a visit
there)."""

from __future__ import annotations

import re

from etl.actors import ActorMention
from etl.events.context import _Context
from etl.events.meetings import MEETING_PARTIES, _meeting
from etl.events.model import ArticleEvent
from etl.events.receptions import _guests_visits
from etl.events.roles import _around, _clause_bounds
from etl.lexicon import Hit
from etl.places import lookup_place
from etl.text import Sentence


def _visited(
    ctx: _Context, sentence: Sentence, m: Hit, agents: list[ActorMention]
) -> list[ArticleEvent]:
    """`Menhan Sjafrie dikunjungi oleh Menhan Jepang Gen Nakatani`: the subject of the passive
    is the host, the one named after it the visitor; a place visited (`Papua dikunjungi Presiden
    Joko Widodo`) is the visitor's destination, with no host."""
    before, after = _around(ctx, sentence, m, agents)
    if not before or before[-1].kind != "person":
        return _place_visited(ctx, sentence, m, after)
    meetings = [
        e for e in _meeting(ctx, sentence, m, agents, "verb") if len(e.actors) >= MEETING_PARTIES
    ]
    for e in meetings:
        e.actors = [(e.actors[0][0], "host"), *e.actors[1:]]
    return meetings + _guests_visits(ctx, sentence, m, meetings, guest_first=False)


PLACE_KIND = re.compile(r"(?:Kota|Kabupaten|Provinsi|Pulau|Desa)\s+")


def _place_visited(
    ctx: _Context, sentence: Sentence, m: Hit, after: list[ActorMention]
) -> list[ArticleEvent]:
    """The visit of the person named after the passive to the place that is its subject."""
    start = _clause_bounds(sentence, m.start())[0]
    subject = PLACE_KIND.sub("", ctx.text[start : m.start()].strip(), count=1)
    place = lookup_place(subject) if subject[:1].isupper() else None
    visitor = next((a for a in after if a.kind == "person"), None)
    if place is None or visitor is None:
        return []
    return [
        ArticleEvent(
            "visit", [(visitor.key, "visitor")], sentence, m.group(), m.start(), location=place
        )
    ]
