"""One person holding two posts at once (`Menteri Pertahanan merangkap Presiden Terpilih
Indonesia, Prabowo Subianto`, `Wakil Perdana Menteri sekaligus Menteri Pertahanan Australia
Richard Marles`): the first post is the named holder's too, not a bare post of its own."""

from __future__ import annotations

import re
from collections.abc import Callable

from etl.actors.chunks import _adjacent
from etl.actors.model import SPACES, ActorMention, ArticleActors, _Chunk
from etl.actors.persons import Holders, Persons
from etl.actors.titles import _person_from_title
from etl.actors.vocabulary import _title_rows

JOINT = re.compile(r"\s+(?:sekaligus|merangkap|yang\s+juga)\s+", re.IGNORECASE)
QUALIFIERS = frozenset({"country", "org", "place"})
QUALIFIERS_BETWEEN = 2


def _second_post(text: str, chunks: list[_Chunk], i: int) -> int | None:
    """The index of the post joined to the title at `i` by `sekaligus`/`merangkap`, if any."""
    last = chunks[i]
    for k in range(i + 1, min(len(chunks), i + QUALIFIERS_BETWEEN + 2)):
        if chunks[k].kind == "title" and JOINT.fullmatch(text, last.end, chunks[k].start):
            return k
        if chunks[k].kind not in QUALIFIERS or not _adjacent(text, last, chunks[k], False):
            return None
        last = chunks[k]
    return None


def person_from_joint_posts(
    text: str,
    chunks: list[_Chunk],
    i: int,
    result: ArticleActors,
    persons: Persons,
    titled_persons: Holders,
    unnamed: dict[str, tuple[str, str | None]],
    names_a_place: Callable[[_Chunk], bool],
) -> int:
    """The chunks read from the first of two joint posts through the second's holder; 0 when
    the title at `i` opens no joint posts. A second post naming nobody leaves the first a bare
    post of its own."""
    k = _second_post(text, chunks, i)
    if k is None:
        return 0
    before = len(result.mentions)
    consumed = _person_from_title(
        text, chunks, k, result, persons, titled_persons, unnamed, names_a_place
    )
    holder = next(
        (
            n
            for n, m in enumerate(result.mentions[before:], before)
            if m.start == chunks[k].start and m.kind == "person" and m.key in result.actors
        ),
        None,
    )
    if holder is None:
        _person_from_title(text, chunks, i, result, persons, titled_persons, unnamed, names_a_place)
        result.mentions[before:] = sorted(result.mentions[before:], key=lambda m: m.start)
        return k - i + consumed
    mention = result.mentions[holder]
    result.mentions[holder] = ActorMention(
        chunks[i].start, mention.end, text[chunks[i].start : mention.end], mention.key,
        "person", titled=True,
    )  # fmt: skip
    actor = result.actors[mention.key]
    title = _title_rows()[SPACES.sub(" ", chunks[i].value.lower())]["title"]
    actor.titles.add(title)
    titled_persons.add(title, actor.country, actor)
    return k - i + consumed
