"""Military and police units named by number and name: `Kodam III/Siliwangi`, `Korem
043/Garuda Hitam`, `Pangdam XVII/Cenderawasih`. The slash parts a unit's number from its name,
and without this reading the name after it (`Siliwangi`) passed for a person's."""

from __future__ import annotations

import re
from bisect import bisect_right

from etl.actors.model import _Chunk

UNIT = re.compile(
    r"(?<![\w/])(?:(?P<head>Kodam|Korem|Kodim|Koramil|Lantamal|Lanal|Lanud|Kosek|Koarmada|"
    r"Pasmar|Divif|Brigif|Yonif|Kopasgat|Kodaeral|Koopsud)[ \u00a0]+)?"
    r"(?P<unit>(?:[IVX]{1,5}|\d{1,4})/[A-Z][\w'’.-]*(?:[ \u00a0][A-Z][\w'’-]*)*)"
)
"""A unit's number and name, with the head noun of the unit before it when it is written."""
UNIT_SLASH = re.compile(r"/[A-Z]")


def unit_chunks(text: str, lexicon: list[_Chunk]) -> list[_Chunk]:
    """The units of the text as organisations: a head noun's with it (`Kodam III/Siliwangi`), or
    the number and name alone after a commander's post (`Pangdam` + `III/Siliwangi`), which
    then qualifies the post. A unit's name ends where a rank or post the tables know begins
    (`Danrem 043/Garuda Hitam Kol Arm Winarto`). A text without a slash before a capital has
    none, and is not scanned."""
    if UNIT_SLASH.search(text) is None:
        return []
    found: list[_Chunk] = []
    starts = sorted(c.start for c in lexicon)
    title_ends = {c.end for c in lexicon if c.kind == "title"}
    for m in UNIT.finditer(text):
        start = m.start("head") if m.group("head") else m.start("unit")
        if not m.group("head") and not _after_a_post(text, title_ends, start):
            continue
        k = bisect_right(starts, m.start("unit"))
        end = starts[k] if k < len(starts) and starts[k] < m.end() else m.end()
        end = len(text[:end].rstrip(" \u00a0,"))
        found.append(_Chunk(start, end, "org", text[start:end]))
    return found


def _after_a_post(text: str, title_ends: set[int], start: int) -> bool:
    """Whether a post the tables know (`Pangdam`, `Danrem`) ends one space before `start`."""
    return start - 1 in title_ends and text[start - 1] in (" ", "\u00a0")
