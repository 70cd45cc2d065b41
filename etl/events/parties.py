"""A state named as a meeting's party where the same article names the official who met for it:
`Retno melakukan komunikasi bilateral dengan tiga negara yakni Turki, …` and then `pertemuan
dengan Menteri Luar Negeri Turki Mevlut Cavusoglu` are one meeting, of Retno and Cavusoglu. So
for a visit: a headline's `Terima Kunjungan Panglima Angkatan Bersenjata Filipina`, its
official unnamed, is the visit the body tells of `Jenderal Romeo Brawner Jr`."""

from __future__ import annotations

from etl.actors import ArticleActors
from etl.events.model import ArticleEvent


def fold_states_into_officials(
    events: list[ArticleEvent], actors: ArticleActors
) -> list[ArticleEvent]:
    """The events without the meetings and visits whose states stand for the officials of
    another of the article's events of their type; that event keeps their sentences, and their
    date when it has none."""
    folded: set[int] = set()
    for event_type in ("meeting", "visit"):
        folded |= _folded([e for e in events if e.event_type == event_type], actors)
    return [e for e in events if id(e) not in folded]


def _folded(meetings: list[ArticleEvent], actors: ArticleActors) -> set[int]:
    """The ids of the events of one type folded into another of them (see above)."""
    by_party: dict[str, list[ArticleEvent]] = {}
    for meeting in meetings:
        for key in meeting.actor_keys():
            by_party.setdefault(key, []).append(meeting)
            country = actors.actors[key].country
            if actors.actors[key].kind == "person" and country is not None:
                by_party.setdefault(country, []).append(meeting)
    folded: set[int] = set()
    for event in meetings:
        if not any(_state_of(k, actors) for k in event.actor_keys()):
            continue
        lead = event.actor_keys()[0]
        target = next(
            (
                other
                for other in by_party.get(_state_of(lead, actors) or lead, [])
                if other is not event
                and id(other) not in folded
                and _stands_for(event, other, actors)
            ),
            None,
        )
        if target is None:
            continue
        folded.add(id(event))
        target.extra_sentences.append((event.sentence, event.trigger))
        if target.date.start is None:
            target.date = event.date
    return folded


def _stands_for(event: ArticleEvent, other: ArticleEvent, actors: ArticleActors) -> bool:
    """Each party of `event` is a party of `other` or stands for the state of one of its
    persons, one of them at least for a state, and the two are told alike (modality, and the
    day when both have one)."""
    if event.modality != other.modality or (
        event.date.start is not None
        and other.date.start is not None
        and event.date.start != other.date.start
    ):
        return False
    parties = other.actor_keys()
    states = {actors.actors[k].country for k in parties if actors.actors[k].kind == "person"} - {
        None
    }
    keys = event.actor_keys()
    return any(_state_of(k, actors) for k in keys) and all(
        k in parties or _state_of(k, actors) in states for k in keys
    )


def _state_of(key: str, actors: ArticleActors) -> str | None:
    """The state a party stands for: a state itself, or an official told by the post alone."""
    actor = actors.actors[key]
    if actor.kind == "country":
        return key
    return actor.country if key in actors.unnamed else None
