"""A member named with the party they sit for: `Anggota Komisi I DPR dari Fraksi PDIP TB
Hasanuddin`, `Ketua Komisi II DPR dari F-PDIP Ahmad Doli Kurnia`. The party stands between the
body's post and the name; without this reading the post passed for an unnamed person."""

from __future__ import annotations

import re

from etl.actors.chunks import _adjacent
from etl.actors.model import _Chunk

FROM_PARTY = re.compile(r"\s+dari\s+")
FROM_FACTION = re.compile(r"\s+dari\s+F-[A-Z][\w-]*\s+")


def _party_before_name(
    text: str, chunks: list[_Chunk], j: int, last: _Chunk
) -> tuple[int, _Chunk] | None:
    """The index after the party a member sits for (`dari Fraksi PDIP`, `dari Partai Golkar`, a
    run of organisation chunks, or a faction tag `dari F-PDIP`) and the party's last chunk, when
    the name follows at once (after honorifics: `dari Fraksi PDIP TB Hasanuddin`)."""
    if j >= len(chunks):
        return None
    gap = text[last.end : chunks[j].start]
    if FROM_FACTION.fullmatch(gap):
        tag = gap.index("F-")
        party = _Chunk(last.end + tag, last.end + len(gap.rstrip()), "org", gap[tag:].strip())
        k = j
    elif FROM_PARTY.fullmatch(gap):
        k = j
        while (
            k < len(chunks)
            and chunks[k].kind == "org"
            and (k == j or _adjacent(text, chunks[k - 1], chunks[k], False))
        ):
            k += 1
        if k == j:
            return None
        party = chunks[k - 1]
    else:
        return None
    m, before = k, party
    while m < len(chunks) and chunks[m].kind == "rank" and _adjacent(text, before, chunks[m]):
        before, m = chunks[m], m + 1
    named = m < len(chunks) and chunks[m].kind == "name" and _adjacent(text, before, chunks[m])
    return (k, party) if named else None
