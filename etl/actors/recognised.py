"""What the statistical recogniser (`etl.ner`) says of capitalised runs. The tables and the shape
of names settle most actors and read news persons better than the recogniser does, so it decides
only where it and the tables agree: an untitled run it reads as a place the gazetteer knows
(`Jember`, `Bali`), or as part of a longer named thing (`Super Garuda` of `Super Garuda Shield`),
is no person; and a lone word after a local title that it reads as a place is the title's seat
(`Bupati Siak`). A run ending in a province (`Konawe Sultra`), or told with its province after a
comma (`Cilodong, Jawa Barat`), is a town, and so is a run right after `di`, without asking."""

from __future__ import annotations

import re

from etl.actors.model import _Chunk
from etl.actors.vocabulary import HOME_PLACES, _local_place
from etl.document import Document
from etl.places import is_region, lookup_place

CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.-]*[ \u00a0]$")
CAPITALISED_AFTER = re.compile(r"[ \u00a0][A-Z]")
NEIGHBOUR_REACH = 40
ADDRESS_BEFORE = re.compile(r"(?:,|\bdi)[ \u00a0]*$")
ADDRESS_REACH = 4
VENUE_HEADS = frozenset(
    {"Hall", "Ballroom", "House", "Hotel", "Room", "Center", "Centre", "Palace", "Building"}
    | {"Tower", "Plaza", "Square", "Resort", "Auditorium", "Theatre", "Theater", "Arena"}
    | {"Stadium", "Lounge", "Gardens", "Convention", "Residence"}
)
"""English head nouns of a venue's name (`Shangri-La Grand Ballroom`, `Hyderabad House`):
no person's name ends in one."""
AT_PLACE = re.compile(r"\bdi[ \u00a0]+$")
"""`Trump tiba di Alaska`: a run right after `di` is where, never who (a person told after a
place and a comma, `rakan sejawatnya di Jepun, Fumio Kishida`, is still a person)."""
AT_PLACE_REACH = 4
PLACED_AFTER = re.compile(r"\bdi[ \u00a0]+(?:[A-Z][\w'’-]*[ \u00a0]?){1,6},[ \u00a0]*$")
"""`di Pangkalan Gabungan Elmendorf-Richardson, Alaska`: a known place after the comma that
closes a `di` phrase places what the phrase names."""
PLACED_REACH = 80
REGION_AFTER = re.compile(r",[ \u00a0]*((?:[A-Z][\w-]*[ \u00a0]?){1,3})")


def not_a_person(document: Document, chunk: _Chunk) -> bool:
    """Whether the recogniser and the gazetteer agree that an untitled run names no person.
    The recogniser is asked only where it could tell: a run the gazetteer knows, or one with
    capitalised words right beside it."""
    text = document.text
    if (
        _ends_with_a_province(chunk.value)
        or _before_a_province(text, chunk)
        or AT_PLACE.search(text, max(0, chunk.start - AT_PLACE_REACH), chunk.start) is not None
        or (
            PLACED_AFTER.search(text, max(0, chunk.start - PLACED_REACH), chunk.start)
            and lookup_place(chunk.value) is not None
        )
        or (" " in chunk.value and chunk.value.rsplit(maxsplit=1)[-1] in VENUE_HEADS)
    ):
        return True
    if lookup_place(chunk.value) is None and not (
        CAPITALISED_BEFORE.search(text, max(0, chunk.start - NEIGHBOUR_REACH), chunk.start)
        or CAPITALISED_AFTER.match(text, chunk.end)
    ):
        return False
    for entity in document.entities_around(chunk.start, chunk.end):
        if entity.start >= chunk.end or chunk.start >= entity.end or entity.label == "PER":
            continue
        span = document.text[entity.start : entity.end]
        if entity.label == "LOC" and span == chunk.value and lookup_place(span) is not None:
            return True
        wider = entity.start < chunk.start or entity.end > chunk.end
        outside = document.text[entity.start : chunk.start] + document.text[chunk.end : entity.end]
        if wider and all(w[:1].isupper() for w in outside.split() if w.isalpha()):
            return True
    return False


def _ends_with_a_province(value: str) -> bool:
    """`Konawe Sultra`, `Kolaka Timur Sulawesi Tenggara`: a town named with its province; no
    one's name ends in a province of the home countries (`Acuña Mendoza` may end in Argentina's)."""
    words = value.split()
    if len(words) < 2:
        return False
    for n in (2, 1):
        last = lookup_place(" ".join(words[-n:])) if len(words) > n else None
        if (
            last is not None
            and not last.is_country
            and last.country in HOME_PLACES
            and is_region(last.name)
        ):
            return True
    return False


def _before_a_province(text: str, chunk: _Chunk) -> bool:
    """`Markas Divif-1 Kostrad, Cilodong, Jawa Barat`: one word told as part of an address, after
    a comma or `di`, and followed by its province."""
    after = REGION_AFTER.match(text, chunk.end)
    if (
        after is None
        or " " in chunk.value
        or not ADDRESS_BEFORE.search(text, max(0, chunk.start - ADDRESS_REACH), chunk.start)
    ):
        return False
    words = after.group(1).split()
    return any(
        (place := lookup_place(" ".join(words[:n]))) is not None
        and not place.is_country
        and is_region(place.name)
        for n in range(len(words), 0, -1)
    )


def names_a_place(document: Document, chunk: _Chunk) -> bool:
    """A lone word right after a title that names a town of the home countries (`Wali Kota
    Solo`) or that the recogniser reads as a place (`Bupati Siak`), where the gazetteer knows
    no such town: the title's seat."""
    if " " in chunk.value:
        return False
    return _local_place(chunk.value) or any(
        e.label == "LOC" and e.start == chunk.start and e.end == chunk.end
        for e in document.entities_around(chunk.start, chunk.end)
    )
