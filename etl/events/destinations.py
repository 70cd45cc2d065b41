"""Where a visit goes: the known place after `ke`/`di`/`menuju` in the trigger's clause, a
venue's town, a body's state, a verb whose object is the place, and the further legs a list of
places adds."""

from __future__ import annotations

import re
from functools import cache

from etl.actors import ActorMention
from etl.dates.lexicon import lexicon
from etl.events.context import _Context
from etl.events.roles import _clause_bounds
from etl.events.where import venue_town
from etl.lexicon import Hit, alternation, words
from etl.places import Place, is_region, lookup_place, world_regions
from etl.text import Sentence

PLACE_OBJECT_VERB = re.compile(
    r"(?:mengunjungi|kunjungi|menyambangi|sambangi|mendatangi|meninjau|menziarahi|melawat)$", re.I
)
FURTHER_PLACE = re.compile(
    r"(?:\s*\([A-Z][\w.-]{0,10}\))?"
    r"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"
)
"""The next place of a list, past the short form of the one before (`Amerika Serikat (AS),`)."""
PLACE_NOUN = (
    r"(?:(?:[Kk]ota|[Pp]ulau|[Pp]rovinsi|[Kk]abupaten|negara|negeri|wilayah|daerah|[Dd]esa|"
    r"[Kk]ecamatan|kawasan(?:\s+industri)?|kampung\s+halaman(?:nya)?(?:\s+di)?)\s+)?"
)
"""`ke Kabupaten Sleman`, `di kota Solo`: the kind of place before its name."""
TOWN_RIGHT_AFTER = re.compile(rf"\s+{PLACE_NOUN}[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,2}}")
TOUR = (
    r"(?:(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d+|sejumlah|beberapa|"
    r"berbagai)\s+(?:negara|kota|wilayah|provinsi|daerah)(?:\s+[A-Z][\w-]*)?\s*[,:]?\s*"
    r"(?:(?:yakni|yaitu|antara\s+lain|seperti|di\s+antaranya|termasuk)\s*[,:]?\s+)?)?"
)
"""`ke tiga negara, yakni …`, `ke sejumlah negara Eropa seperti …`: a tour announced by its
count before the places it lists."""
WORD_RUN = re.compile(r"\S+")
BODY_NAME = re.compile(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){1,5}")
STATE_WORDS = 3
"""The most words a state's name takes at the end of a body's (`Uni Emirat Arab`)."""
VENUE_REST = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s+[A-Z][\w'-]*){0,3}")
VENUE_TOWN = re.compile(r",\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})")
VENUE_TOWN_ITEMS = 2
PLACE_OBJECT = re.compile(rf"\s+{PLACE_NOUN}([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,2}})")
STATE_NOUNS = frozenset({"Negara", "Negeri"})


REGION_TOUR = (
    r"(?:(?:{regions})\s*,?\s*(?:yakni|yaitu|antara\s+lain|seperti|di\s+antaranya|termasuk)"
    r"\s*[,:]?\s+)?"
)
"""`ke Timur Tengah, yakni Arab Saudi dan Qatar`: a region's tour, told by the states it
lists."""


@cache
def _destination_regex() -> re.Pattern[str]:
    """A place after `ke`/`di`/`menuju`, past a tour's count or region (`TOUR`, `REGION_TOUR`)
    and a kind of place (`PLACE_NOUN`)."""
    region_tour = REGION_TOUR.format(regions=alternation(world_regions()))
    return re.compile(
        rf"\b(?:ke|di|menuju)\s+{region_tour}{TOUR}{PLACE_NOUN}"
        r"((?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){0,2})"
    )


def _place_after(
    ctx: _Context, sentence: Sentence, offset: int, mentions: list[ActorMention]
) -> Place | None:
    """The destination: the first known place after `ke`/`di` following the trigger."""
    found = _destination(ctx, sentence, offset)
    return found[0] if found else None


def _destination(ctx: _Context, sentence: Sentence, offset: int) -> tuple[Place, int] | None:
    """The first known place after `ke`/`di`/`menuju` in the trigger's clause, and where it ends;
    after a venue or a body the paper places with a comma, its town (`ke PT Pindad, Bandung`,
    `ke Markas Besar (Mabes) TNI, Cilangkap, Jakarta Timur`), which also tells a venue of the
    same name abroad from the one the venues table knows (`Istana Negara, Kuala Lumpur`)."""
    clause_end = _clause_bounds(sentence, offset)[1]
    for m in _destination_regex().finditer(ctx.text[offset:clause_end]):
        start = offset + m.start(1)
        venue = _venue_place(m.group(1), start)
        town = _town_of_venue(ctx, offset + m.end(1))
        if venue is not None and town is not None and town[0].country != venue[0].country:
            venue = None
        found = (
            _place_at(m.group(1), start)
            or venue
            or _state_ending(ctx.text, start)
            or _airport_town(ctx.text, start)
            or town
        )
        if found is not None:
            return found
    return None


FRONTED_PLACE = re.compile(
    r"\s*(?:(?:Sementara|Saat|Ketika|Selama|Setelah)\s+)?(?i:di)\s+"
    r"((?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){0,2})\s*,"
)


def fronted_destination(ctx: _Context, sentence: Sentence) -> tuple[Place, int] | None:
    """`Di Johannesburg, Jokowi akan menghadiri KTT BRICS`: the town a sentence opens with is
    where its happenings are, when none names a place of its own."""
    opening = FRONTED_PLACE.match(ctx.text, sentence.start, sentence.end)
    return _place_at(opening.group(1), opening.start(1)) if opening else None


def _state_ending(text: str, start: int) -> tuple[Place, int] | None:
    """A venue or body named with its state (`Istana Negara Malaysia`, `Kementerian Luar Negeri
    Korea Selatan`) lies in that state; an embassy (`Kedutaan Besar Rusia`) lies in another."""
    name = BODY_NAME.match(text, start)
    if name is None or name.group().startswith(tuple(words("missions"))):
        return None
    spans = [w.span() for w in WORD_RUN.finditer(name.group())]
    for n in range(min(len(spans) - 1, STATE_WORDS), 0, -1):
        place = lookup_place(name.group()[spans[-n][0] :])
        if place is not None and place.is_country:
            return place, name.end()
    return None


AIRPORT = re.compile(
    r"(?:Bandara|Bandar\s+Udara|Lapangan\s+Terbang|Lanud|Pangkalan\s+Udara)"
    r"(?:\s+(?:Internasional|Antarabangsa))?\s+"
)
AIRPORT_TOWN_WORDS = 3


def _airport_town(text: str, start: int) -> tuple[Place, int] | None:
    """`Bandara Internasional Kuala Lumpur`, `Lapangan Terbang Antarabangsa Kuala Lumpur`,
    `Bandara Internasional Sultan Hasanuddin Makassar`: the town an airport's name opens or
    ends with is where the traveller landed."""
    head = AIRPORT.match(text, start)
    name = BODY_NAME.match(text, head.end()) if head else None
    if name is None:
        return None
    found = _place_at(name.group(), name.start())
    if found is not None:
        return found
    spans = [w.span() for w in WORD_RUN.finditer(name.group())]
    for n in range(min(len(spans) - 1, AIRPORT_TOWN_WORDS), 0, -1):
        place = lookup_place(name.group()[spans[-n][0] :])
        if place is not None:
            return place, name.end()
    return None


def _venue_place(run: str, start: int) -> tuple[Place, int] | None:
    """The town of a venue the venues table knows (`Istana Kepresidenan Bogor` is in Bogor)."""
    town = venue_town(run)
    place = lookup_place(town) if town is not None else None
    return (place, start + len(run)) if place is not None else None


def _town_of_venue(ctx: _Context, end: int) -> tuple[Place, int] | None:
    """The known place in the commas right after a venue's name, when the venue is not one."""
    venue_rest = VENUE_REST.match(ctx.text, end)
    at = venue_rest.end() if venue_rest is not None else end
    for _ in range(VENUE_TOWN_ITEMS):
        item = VENUE_TOWN.match(ctx.text, at)
        if item is None:
            return None
        if (found := _place_at(item.group(1), item.start(1))) is not None:
            return found
        at = item.end()
    return None


def _place_at(run: str, start: int) -> tuple[Place, int] | None:
    """The longest known place a capitalised run opens with, and where it ends in the text;
    past `Negara`/`Negeri` before a state's name (`ke Negara Kepulauan Solomon`), which is
    no town of Negara (Bali)."""
    spans = [w.span() for w in WORD_RUN.finditer(run)]
    if len(spans) > 1 and run[spans[0][0] : spans[0][1]] in STATE_NOUNS:
        found = _place_at(run[spans[1][0] :], start + spans[1][0])
        if found is not None and found[0].is_country:
            return found
    for n in range(len(spans), 0, -1):
        place = lookup_place(" ".join(run[a:b] for a, b in spans[:n]))
        if place is not None:
            return place, start + spans[n - 1][1]
    return None


def _further_destinations(ctx: _Context, end: int, first: Place) -> list[Place]:
    """`ke Jawa Timur dan Jawa Tengah`, `pabrik di Karawang dan Cikarang`: the places listed
    after the first destination, each a leg of its own; a province or country after a comma
    that ends the list (`Cikarang, Jawa Barat`, `Tokyo, Jepang`) says where the place before
    it lies."""
    places: list[Place] = []
    last = first
    while (found := _listed_place(ctx, end)) is not None:
        place, separator, end = found
        if place.name in {first.name, *(p.name for p in places)}:
            break
        apposition = (
            separator.strip() == "," and _lies_in(last, place) and not _list_goes_on(ctx, end)
        )
        if not apposition:
            places.append(place)
            last = place
    return places


def _list_goes_on(ctx: _Context, end: int) -> bool:
    """`…, Bali, dan Lombok`: another capitalised item follows, known as a place or not; the
    weekday of a dateline (`Tokyo, Jepang, Rabu`) does not continue a list of places."""
    m = FURTHER_PLACE.match(ctx.text, end)
    return m is not None and m.group(1).split()[0].lower() not in lexicon().weekdays


def _listed_place(ctx: _Context, end: int) -> tuple[Place, str, int] | None:
    """The known place listed right after `end` (after `,`, `dan` or `serta`): the place, the
    words that separate it from the one before, and where it ends."""
    m = FURTHER_PLACE.match(ctx.text, end)
    found = _place_at(m.group(1), m.start(1)) if m is not None else None
    return (found[0], ctx.text[end : m.start(1)], found[1]) if m and found else None


def _lies_in(place: Place, whole: Place) -> bool:
    """`Tokyo` lies in `Jepang`, `Cikarang` in `Jawa Barat`."""
    if place.is_country:
        return False
    if whole.is_country:
        return whole.name == place.country
    return is_region(whole.name) and whole.country == place.country


def _place_visited(ctx: _Context, m: Hit) -> tuple[Place, int] | None:
    """`mengunjungi Makassar`, `menyambangi kota Solo`: a verb whose object is the place."""
    if not PLACE_OBJECT_VERB.search(m.group()):
        return None
    found = PLACE_OBJECT.match(ctx.text, m.end())
    return _place_at(found.group(1), found.start(1)) if found is not None else None
