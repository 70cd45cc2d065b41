"""One person holding two posts at once (`Menteri Pertahanan merangkap Presiden Terpilih
Indonesia, Prabowo Subianto`, `Wakil Perdana Menteri sekaligus Menteri Pertahanan Australia
Richard Marles`): the first post is the named holder's too, not a bare post of its own. Every
title of an article is read through here; a lone post goes on to `titles`."""

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


def person_from_posts(
    text: str,
    chunks: list[_Chunk],
    i: int,
    result: ArticleActors,
    persons: Persons,
    titled_persons: Holders,
    unnamed: dict[str, tuple[str, str | None]],
    names_a_place: Callable[[_Chunk], bool],
) -> int:
    """The person a title at `i` opens, and the chunks read: through the second post's holder
    when two posts are joined. When the second post names nobody, both are the first's holder
    if it has one (`Gubernur yang juga Ketua DPD PDI Perjuangan`), else each is read on its
    own."""
    k = _second_post(text, chunks, i)
    if k is None:
        return _person_from_title(
            text, chunks, i, result, persons, titled_persons, unnamed, names_a_place
        )
    before = len(result.mentions)
    consumed = _person_from_title(
        text, chunks, k, result, persons, titled_persons, unnamed, names_a_place
    )
    second = _named_at(result, before, chunks[k].start, titled_persons, unnamed)
    if second is not None:
        _join(text, result, second, chunks[i], titled_persons)
        return k - i + consumed
    second_read = result.mentions[before:]
    del result.mentions[before:]
    _person_from_title(text, chunks, i, result, persons, titled_persons, unnamed, names_a_place)
    first = _named_at(result, before, chunks[i].start, titled_persons, unnamed)
    if first is None:
        result.mentions += second_read
        return k - i + consumed
    kept, end = result.mentions[first], chunks[k + consumed - 1].end
    result.mentions[first] = ActorMention(
        kept.start, end, text[kept.start : end], kept.key, "person", titled=True
    )
    result.mentions += [m for m in second_read if m.kind != "person"]
    return k - i + consumed


def _named_at(
    result: ArticleActors,
    since: int,
    start: int,
    holders: Holders,
    unnamed: dict[str, tuple[str, str | None]],
) -> int | None:
    """The index of the named person's mention that begins at `start`, among those since."""
    return next(
        (
            n
            for n, m in enumerate(result.mentions[since:], since)
            if m.start == start
            and m.kind == "person"
            and m.key in result.actors
            and m.key not in unnamed
            and m.key not in holders.awaited
        ),
        None,
    )


def _join(text: str, result: ArticleActors, n: int, first: _Chunk, titled_persons: Holders) -> None:
    """The second post's holder's mention, widened back over the first post, which is theirs."""
    mention = result.mentions[n]
    result.mentions[n] = ActorMention(
        first.start, mention.end, text[first.start : mention.end], mention.key, "person",
        titled=True,
    )  # fmt: skip
    actor = result.actors[mention.key]
    title = _title_rows()[SPACES.sub(" ", first.value.lower())]["title"]
    actor.titles.add(title)
    titled_persons.add(title, actor.country, actor)
