"""Where a post sits: `Konsul Jenderal RRT di Denpasar Zhang Zhisheng`, `Konjen RI di Sydney
Vedi Kurnia Buana`. The seat after the post's `di` runs into the holder's name in one
capitalised run; the towns the gazetteer knows part them."""

from __future__ import annotations

from etl.actors.chunks import TOKEN
from etl.actors.model import _Chunk
from etl.actors.vocabulary import _local_place
from etl.places import lookup_place

SEAT_WORDS = 3


def _past_seat(text: str, name: _Chunk) -> tuple[_Chunk, _Chunk] | None:
    """`Konsul Jenderal RRT di Denpasar Zhang Zhisheng`, `Konjen RI di Sydney Vedi Kurnia
    Buana`: a run after the post's `di` that opens with a town is the seat, then the holder's
    name: both chunks. A town of the home countries may leave one word of name; a town abroad
    (of up to `SEAT_WORDS` words: `New York`) leaves two, since a lone word after a far-away
    town's name is as often part of a person's."""
    tokens = list(TOKEN.finditer(text, name.start, name.end))
    if len(tokens) < 2:
        return None
    if _local_place(tokens[0].group()):
        seat_end = tokens[0].end()
    else:
        lengths = range(min(SEAT_WORDS, len(tokens) - 2), 0, -1)
        seat_end = next(
            (
                tokens[n - 1].end()
                for n in lengths
                if lookup_place(text[tokens[0].start() : tokens[n - 1].end()]) is not None
            ),
            None,
        )
        if seat_end is None:
            return None
    start = next(t.start() for t in tokens if t.start() > seat_end)
    return (
        _Chunk(name.start, seat_end, "place", text[name.start : seat_end]),
        _Chunk(start, name.end, "name", text[start : name.end]),
    )
