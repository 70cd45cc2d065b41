"""Welcomes: a guest received in the passive (`disambut oleh`, `diterima`, `dijamu`) met the
hosts and visited the first of them; a welcome at the airport is protocol, no host."""

from __future__ import annotations

import re

from etl.actors import ActorMention
from etl.events.anaphora import _pair_told_before
from etl.events.context import _Context
from etl.events.destinations import _place_after
from etl.events.meetings import PLURAL_PRONOUN, _meeting
from etl.events.model import ArticleEvent
from etl.events.receptions import (
    ARRIVAL,
    IN_TOWN,
    _guest_visit,
    _guests_visits,
    _landed_before,
)
from etl.events.roles import _around, _clause_bounds, _object_run
from etl.lexicon import Hit
from etl.text import Sentence

BY_CEREMONY = re.compile(
    r"\s+(?:langsung\s+)?dengan\s+(?:[a-z]|(?i:upacara|jajar|tarian|karpet|kalungan|parade)\b)"
)
"""`disambut dengan Upacara Jajar Kehormatan`, `disambut dengan jajar kehormatan di lapangan …
Kemhan`: a welcome by ceremony names no host (the guest alone is told, for a host the text
names elsewhere); one told after `oleh` may follow."""
AFTER_A_TRIP = re.compile(r",\s*(?:(?:dan|lalu|kemudian|langsung)\s+)*$", re.IGNORECASE)
TRIP_VERB = re.compile(
    r"\b(?:melakukan\s+kunjungan|berkunjung|mengunjungi|tiba|datang|bertolak|meninjau|"
    r"melakukan\s+(?:kunjungan\s+)?kerja|menyambangi|mendatangi)\b",
    re.IGNORECASE,
)
"""A trip told in the clause before a welcome."""
THING_OF = re.compile(
    r"\b(?i:surat|pesan|usul(?:an)?|undangan|ajakan|tawaran|permintaan|permohonan|laporan|"
    r"pernyataan|gagasan|proposal|rencana|keputusan|kebijakan|hadiah|cendera\s*mata|kritik|"
    r"saran|masukan|sikap|tanggapan|ucapan|inisiatif|ide|keinginan|kabar|dokumen|nota)"
    r"(?:\s+(?i:dari|resmi|tertulis))*(?:\s+[A-Z][\w.'-]*)*\s*$"
)
"""`Surat dari Presiden Putin telah diterima Presiden Jokowi`, `Usulan Presiden Putin disambut
baik oleh …`: what is received or welcomed is a thing of the person named, not a guest."""
RELATIVE = re.compile(r"\byang\s+(?:(?:telah|sudah|akan|sempat|baru|langsung|pun)\s+)*$", re.I)
"""`sembilan pimpinan negara sahabat yang diterima Presiden Prabowo`, `penghargaan yang diterima
Dudung`: a relative passive's guest is the noun right before `yang`."""


def _welcomed(
    ctx: _Context, sentence: Sentence, m: Hit, agents: list[ActorMention]
) -> list[ArticleEvent]:
    """`Prabowo … disambut langsung oleh Presiden Murmu dan PM Modi`: the guest met the hosts,
    and the guest's visit is to the first of them. A welcome on arrival at the airport (`Di
    Bandara Internasional Kuching, Wapres … disambut oleh Duta Besar RI …`) is protocol: its
    officials are neither hosts nor a meeting (ANNOTATION.md), and the arrival is told apart;
    one held at a palace on arrival (`Setibanya di Nairobi, … disambut … di State House`) is
    the host's."""
    arrival = ARRIVAL.search(ctx.text, sentence.start, m.start()) and not IN_TOWN.search(
        sentence.text
    )
    if arrival or _landed_before(ctx, sentence) or _no_guest_named(ctx, sentence, m, agents):
        return []
    if BY_CEREMONY.match(ctx.text, m.end()) and "oleh" not in ctx.text[m.end() : sentence.end]:
        agents = [a for a in agents if a.start < m.start()]
    before, after = _around(ctx, sentence, m, agents)
    if not before and PLURAL_PRONOUN.search(ctx.text, sentence.start, m.start()):
        return _welcomed_both(ctx, sentence, m, after)
    meetings = _welcomed_after_a_trip(ctx, sentence, m, agents) or _meeting(
        ctx, sentence, m, agents, "verb"
    )
    return meetings + _guests_visits(ctx, sentence, m, meetings, guest_first=True)


def _welcomed_both(
    ctx: _Context, sentence: Sentence, m: Hit, after: list[ActorMention]
) -> list[ArticleEvent]:
    """`Keduanya disambut Kapolda Papua … dan Pangdam …`: the guests are the two named last,
    the hosts those after the verb; not a meeting of the hosts with each other. The caller
    sets each event's modality, as for every welcome."""
    guests = _pair_told_before(ctx, sentence, m)
    hosts = [a.key for a in _object_run(ctx.text, m.end(), after) if a.kind == "person"]
    hosts = [h for h in hosts if h not in guests]
    if not guests or not hosts:
        return []
    meeting = ArticleEvent(
        "meeting",
        [(key, "participant") for key in guests + hosts],
        sentence,
        m.group(),
        m.start(),
        location=_place_after(ctx, sentence, m.start(), []),
        confidence=0.6,
    )
    return [
        meeting,
        *(_guest_visit(sentence, m, g, hosts[0], "asserted", meeting.location) for g in guests),
    ]


def _no_guest_named(ctx: _Context, sentence: Sentence, m: Hit, agents: list[ActorMention]) -> bool:
    """The passive's subject is not the person named before it: a thing of theirs (see
    `THING_OF`), or the unnamed noun a relative `yang` hangs on (see `RELATIVE`)."""
    before, _ = _around(ctx, sentence, m, agents)
    if not before:
        return False
    relative = RELATIVE.search(ctx.text, sentence.start, m.start())
    if relative and ctx.text[before[-1].end : relative.start()].strip(" ,"):
        return True
    start = _clause_bounds(sentence, m.start())[0]
    return THING_OF.search(ctx.text, start, before[0].start) is not None


def _welcomed_after_a_trip(
    ctx: _Context, sentence: Sentence, m: Hit, agents: list[ActorMention]
) -> list[ArticleEvent]:
    """`Menhan … melakukan kunjungan kerja ke Markas Divif-1 Kostrad, Cilodong, Selasa (22/5),
    disambut Pangkostrad …`: welcomed after the clause of a trip, the guest is that clause's
    subject, not the body or town its destination names."""
    before, after = _around(ctx, sentence, m, agents)
    persons = [a for a in before if a.kind == "person"]
    if not persons or not AFTER_A_TRIP.search(ctx.text, sentence.start, m.start()):
        return []
    if not TRIP_VERB.search(ctx.text, persons[0].end, m.start()):
        return []
    hosts = [a for a in _object_run(ctx.text, m.end(), after) if a.kind == "person"]
    hosts = [h for h in hosts if h.key != persons[0].key][:1]
    if not hosts:
        return []
    return [
        ArticleEvent(
            "meeting",
            [(persons[0].key, "participant"), (hosts[0].key, "participant")],
            sentence,
            m.group(),
            m.start(),
            confidence=0.7,
        )
    ]
