"""Receptions: a host receiving a guest (`menerima`, `menyambut`), courtesy calls (a visit and a
meeting at once) and invitations to the host's table; welcomes in the passive are in
`etl.events.welcomes`."""

from __future__ import annotations

import re

from etl.actors import ActorMention
from etl.events.clauses import _subordinate_subject
from etl.events.context import _Context
from etl.events.counterparts import _one_by_one
from etl.events.destinations import _place_after
from etl.events.lists import GROUP
from etl.events.meetings import (
    MEETING_PARTIES,
    _anaphoric,
    shared_subject,
)
from etl.events.modality import modality
from etl.events.model import ArticleEvent
from etl.events.roles import (
    _around,
    _clause_bounds,
    _close_subject,
    _distinct,
    _object_run,
    _subject_run,
)
from etl.events.speech import PRONOUN
from etl.events.visits import ANAPHOR
from etl.lexicon import Hit
from etl.places import Place
from etl.text import Sentence

GUEST_REACH = 200
HOST_LINK = re.compile(r"\b(?:dengan|kepada|ke)\s+$", re.IGNORECASE)
ARRIVAL = re.compile(
    r"\b(?:bandara|bandar\s+udara|lanud|pangkalan\s+udara|airport|lapangan\s+terbang|KLIA\d?|"
    r"setiba(?:nya)?\s+di|sesampai(?:nya)?\s+di|tangga\s+pesawat)\b",
    re.IGNORECASE,
)
LANDED = re.compile(
    r"\b(?:tiba|mendarat)\s+di\s+(?:terminal\s+\w+\s+)?"
    r"(?:bandara|bandar\s+udara|lanud|pangkalan\s+udara|lapangan\s+terbang|KLIA\d?)\b[^.]*\.",
    re.IGNORECASE,
)
"""`Sugiono tiba di Bandara Sultan Iskandar Muda, Selasa (22/10). Dia disambut …`, `… tiba di
Terminal 3 Bandara Internasional Soekarno-Hatta. … Menteri … menerima kedatangan Anwar`."""
IN_TOWN = re.compile(
    r"\b(?:istana|kantor|gedung|wisma|balai|markas|pendopo|rumah|house|palace)\b", re.I
)
"""A welcome at a palace or an office is the host's, whatever airport the guest landed at."""
LANDED_REACH = 250
RECEIVED_REACH = 40
CALL_NOUN = re.compile(r"(?:kunjungan|lawatan|courtesy|penyerahan)\b", re.IGNORECASE)
"""A call told by its noun alone: the name right after it is the caller's (`susulan kunjungan
hormat Menteri Pertahanan … Prabowo Subianto ke atas Menteri Pertahanan …`), not the subject of
the sentence that reports it."""
INVITED_ELSEWHERE = re.compile(
    r"[\s,]*(?:untuk\s+(?:hadir|menghadiri|datang|berkunjung|mengikuti|berpartisipasi|"
    r"berbicara|menjadi)|agar|supaya|hadir|menghadiri|datang\s+ke\s+(?!Istana)|"
    r"ke\s+(?:KTT|forum|acara|konferensi|sidang|pertemuan|upacara|pelantikan))",
    re.IGNORECASE,
)
"""An invitation to something else than the host's table or house."""
LED_DELEGATION = re.compile(
    r"\s*(?:(?:langsung|juga|pula)\s+)*(?:delegasi|rombongan|tim|misi)\b(?:\s+[\w-]+){0,5}?"
    r"\s+(?:yang\s+)?dipimpin(?:\s+(?:langsung\s+)?oleh)?\s+",
    re.IGNORECASE,
)
"""`menerima delegasi parlemen Jepang yang dipimpin Ketua Majelis Rendah …`: the guest is the
delegation's leader, however the delegation is described."""
RECOGNISED_AS = re.compile(r",?\s+sebagai\b", re.IGNORECASE)
"""`Dia menyambut Poroshenko sebagai pemimpin baru Ukraina`: one welcomed as something is
acknowledged, not received."""
RECEIVED_ADVERB = re.compile(r"\s*(?:(?:langsung|secara\s+resmi|pula|juga)\s+)*", re.I)
RECEPTION_WORDS = frozenset(
    {"langsung", "secara", "resmi", "khusus", "pula", "juga", "delegasi", "rombongan", "tim"}
    | {"pengurus", "perwakilan", "pimpinan", "jajaran", "para"}
    | {"dari", "yang", "dipimpin", "dengan"}
    | {"mitranya", "rekannya", "koleganya", "sejawatnya", "timpalannya", "sahabatnya"}
)


def _receive(
    ctx: _Context, sentence: Sentence, m: Hit, agents: list[ActorMention]
) -> list[ArticleEvent]:
    """`Prabowo menerima Albanese`, `Prabowo menyambut Marles`: a person received by a person
    is a meeting and a visit; the host is the verb's own subject, a few words before it, and the
    guest its direct object: what is received *from* someone (`menerima penghargaan dari …`)
    is no reception."""
    before, after = _around(ctx, sentence, m, agents)
    guests = _guests_after(ctx, m, after)
    hosts = _subject_run(ctx.text, before)
    if hosts and _close_subject(ctx.text[hosts[-1].end : m.start()]):
        host = hosts[0].key
    elif (pronoun := _pronoun_host(ctx, sentence, m, before)) is not None:
        host = pronoun
    else:
        return []
    if not guests:
        group = GROUP.match(ctx.text, m.end() + len(RECEIVED_ADVERB.match(ctx.text, m.end())[0]))
        return _guests_awaited(ctx, sentence, m, host) if group else []
    if RECOGNISED_AS.match(ctx.text, guests[0].end):
        return []
    persons = [a for a in after if a.kind == guests[0].kind and a.start >= guests[0].start]
    received = _distinct([g.key for g in _object_run(ctx.text, guests[0].start, persons)])
    received = [key for key in received if key != host]
    if not received or _landed_before(ctx, sentence):
        return []
    mod = modality(sentence.text, m.start() - sentence.start, "meeting")
    place = _place_after(ctx, sentence, m.start(), [])
    if _at_the_airport(sentence):
        return [_guest_visit(sentence, m, guest, None, mod, place) for guest in received]
    meeting = ArticleEvent(
        "meeting",
        [(host, "host")] + [(guest, "participant") for guest in received],
        sentence,
        m.group(),
        m.start(),
        modality=mod,
        location=place,
        confidence=0.7,
    )
    return [meeting, *(_guest_visit(sentence, m, guest, host, mod, place) for guest in received)]


def _guest_visit(
    sentence: Sentence, m: Hit, guest: str, host: str | None, mod: str, place: Place | None
) -> ArticleEvent:
    """The guest's visit to the host; with no host, the arrival a welcome at the airport tells."""
    return ArticleEvent(
        "visit",
        [(guest, "visitor")] + ([(host, "host")] if host else []),
        sentence,
        m.group(),
        m.start(),
        modality=mod,
        location=place,
        confidence=0.6,
    )


def _invited(
    ctx: _Context, sentence: Sentence, m: Hit, agents: list[ActorMention]
) -> list[ArticleEvent]:
    """`Jokowi mengundang Ketua Umum Partai Gerindra Prabowo Subianto makan siang di Istana`,
    `Pagi tadi mengundang … Surya Paloh`: a host who invites a guest to their table or house
    meets them; an invitation to something else (`untuk menghadiri KTT`, `ke KTT G20`) is not a
    meeting. With no subject of its own the verb is the host's just told."""
    before, after = _around(ctx, sentence, m, agents)
    guests = _guests_after(ctx, m, after)
    if not guests or INVITED_ELSEWHERE.match(ctx.text, guests[0].end):
        return []
    hosts = _subject_run(ctx.text, before)
    gap = ctx.text[hosts[-1].end : m.start()] if hosts else ""
    if hosts and "," not in gap and _close_subject(gap):
        host = hosts[0].key
    elif ctx.focus is not None and (not before or "," in gap):
        host = ctx.focus
    else:
        return []
    if host == guests[0].key:
        return []
    return [
        ArticleEvent(
            "meeting",
            [(host, "host"), (guests[0].key, "participant")],
            sentence,
            m.group(),
            m.start(),
            modality=modality(sentence.text, m.start() - sentence.start, "meeting"),
            confidence=0.6,
        )
    ]


def _guests_after(ctx: _Context, m: Hit, after: list[ActorMention]) -> list[ActorMention]:
    """The persons a reception or an invitation takes as its direct object, or as the leader
    of the delegation it takes; with none, a body received (`menerima pengurus PBNU`)."""
    persons = _guests_of_kind(ctx, m, after, "person")
    return persons or _guests_of_kind(ctx, m, after, "organization")


def _guests_of_kind(
    ctx: _Context, m: Hit, after: list[ActorMention], kind: str
) -> list[ActorMention]:
    return [
        a
        for a in after
        if a.kind == kind
        and (
            (a.start - m.end() < RECEIVED_REACH and _received_directly(ctx.text[m.end() : a.start]))
            or (
                a.start - m.end() < GUEST_REACH
                and LED_DELEGATION.fullmatch(ctx.text, m.end(), a.start) is not None
            )
        )
    ]


def _received_directly(gap: str) -> bool:
    """Between a reception verb and its guest only adverbs, the guest's own capitalised words
    and a delegation it leads (`delegasi dari Vanuatu yang dipimpin`): `penghargaan dari`,
    `ucapan selamat dari` receive a thing, not a guest."""
    return all(w[:1].isupper() or w.lower() in RECEPTION_WORDS for w in gap.split())


def _guests_visits(
    ctx: _Context, sentence: Sentence, m: Hit, meetings: list[ArticleEvent], guest_first: bool
) -> list[ArticleEvent]:
    """The guest's visit to the host of each meeting of two or more that a welcome or a passive
    visit tells (`guest_first`: the meeting names the guest first, as a welcome does)."""
    visits = []
    for e in meetings:
        if len(e.actors) < MEETING_PARTIES:
            continue
        guest, host = e.actors[0][0], e.actors[1][0]
        if not guest_first:
            guest, host = host, guest
        visits.append(
            ArticleEvent(
                "visit",
                [(guest, "visitor"), (host, "host")],
                sentence,
                m.group(),
                m.start(),
                location=_place_after(ctx, sentence, m.start(), []),
                confidence=0.6,
            )
        )
    return visits


def _landed_before(ctx: _Context, sentence: Sentence) -> bool:
    """The guest's landing at an airport is told just before a welcome held there (see
    `LANDED`)."""
    return not IN_TOWN.search(sentence.text) and (
        LANDED.search(ctx.text, max(0, sentence.start - LANDED_REACH), sentence.start) is not None
    )


def _at_the_airport(sentence: Sentence) -> bool:
    """A welcome held at the airport the sentence names (`Menteri … menyambut Jokowi di
    Bandara …`): protocol, with no host and no meeting (ANNOTATION.md)."""
    return not IN_TOWN.search(sentence.text) and ARRIVAL.search(sentence.text) is not None


def _guests_awaited(ctx: _Context, sentence: Sentence, m: Hit, host: str) -> list[ArticleEvent]:
    """`sembilan pimpinan yang akan beraudiensi dengan Prabowo`: a host and guests not named
    here: a reception whose guests a list may name next (`etl.events.lists.awaits_list`
    decides; unlisted, it is dropped as incomplete)."""
    return [
        ArticleEvent(
            "meeting",
            [(host, "host")],
            sentence,
            m.group(),
            m.start(),
            modality=modality(sentence.text, m.start() - sentence.start, "meeting"),
            incomplete=True,
        )
    ]


def _visit_and_meeting(
    ctx: _Context, sentence: Sentence, m: Hit, agents: list[ActorMention], frame: str
) -> list[ArticleEvent]:
    """`menerima kunjungan X` (host first) and `kunjungan kehormatan X kepada Y` (visitor first);
    `Saat menerima kunjungan itu, …` is one more sentence about the visit already told."""
    if ANAPHOR.match(ctx.text[m.end() : m.end() + 12]):
        _anaphoric(ctx, sentence, m, "visit", [])
        return []
    before, after = _around(ctx, sentence, m, agents)
    near = [
        a
        for a in after
        if a.kind in ("person", "organization", "country") and not _bracketed(ctx.text, a)
    ]
    persons = [a for a in near if a.kind == "person" and a.start - m.end() < GUEST_REACH]
    near = persons + [a for a in near if a not in persons]
    subject = _subject_run(ctx.text, before) or (
        _subordinate_subject(ctx, sentence, m.start(), agents) if not before else []
    )
    if subject and GROUP.search(ctx.text[subject[-1].end : m.start()]):
        subject = []
    if frame == "receive_visit" and _landed_before(ctx, sentence):
        return []
    if frame == "receive_visit" and _at_the_airport(sentence) and near:
        mod = modality(sentence.text, m.start() - sentence.start, "visit")
        return [
            _guest_visit(
                sentence, m, near[0].key, None, mod, _place_after(ctx, sentence, m.start(), [])
            )
        ]
    if frame == "receive_visit":
        host = subject[0].key if subject else _pronoun_host(ctx, sentence, m, before)
        run = _object_run(ctx.text, m.end(), persons)
        guests = _listed_apart(ctx, sentence, host, run) if host else []
        if len(guests) > 1:
            place = _place_after(ctx, sentence, m.start(), [])
            return [e for g in guests for e in _calls_on_each(sentence, m, g, [host], place)]
        visitor = near[0].key if near else None
    elif not subject and near and HOST_LINK.search(ctx.text[m.start() : near[0].start]):
        return _guests_awaited(ctx, sentence, m, near[0].key)
    else:
        caller = _caller_after_noun(ctx, m, near) if frame == "courtesy" else None
        shared = shared_subject(ctx, sentence, m, before) if frame == "courtesy" else None
        if shared is not None:
            first, pronoun = shared
            subject = [] if pronoun else first or subject
            caller = caller or (ctx.focus if pronoun else None)
        elif frame == "courtesy" and not subject and _pronoun_before(ctx, sentence, m):
            caller = caller or ctx.focus
        visitor = caller or (subject[0].key if subject else (near[0].key if near else None))
        rest = [a.key for a in near if a.key != visitor]
        host = rest[0] if rest else None
    if visitor is None and not before and frame == "courtesy":
        visitor = ctx.focus
    if visitor is None:
        return []
    listed = _object_run(ctx.text, m.end(), after) if frame == "courtesy" and subject else []
    hosts = _listed_apart(ctx, sentence, visitor, listed)
    if len(hosts) < 2:
        hosts = [host] if host and host != visitor else []
    return _calls_on_each(sentence, m, visitor, hosts, _place_after(ctx, sentence, m.start(), []))


def _pronoun_before(ctx: _Context, sentence: Sentence, m: Hit) -> bool:
    """`Beliau juga dijadual mengadakan kunjungan hormat ke atas …`: a pronoun is the caller."""
    start = _clause_bounds(sentence, m.start())[0]
    return PRONOUN.search(ctx.text, start, m.start()) is not None


def _pronoun_host(
    ctx: _Context, sentence: Sentence, m: Hit, before: list[ActorMention]
) -> str | None:
    """`Keesokan harinya, ia menerima Presiden Iran …`: a pronoun, no name, before a reception
    verb is the host, the person the text is about; inside a quotation, whoever speaks of.
    """
    if before or ctx.in_quote(m.start()) or not _pronoun_before(ctx, sentence, m):
        return None
    return ctx.focus


def _caller_after_noun(ctx: _Context, m: Hit, near: list[ActorMention]) -> str | None:
    """The person named right after a call's bare noun, who owns the call."""
    first = min(near, key=lambda a: a.start, default=None)
    if (
        first is None
        or first.kind != "person"
        or not CALL_NOUN.match(m.group())
        or ctx.text[m.end() : first.start].strip()
    ):
        return None
    return first.key


def _bracketed(text: str, mention: ActorMention) -> bool:
    """`menerima kunjungan pemimpin negara sahabat (Setpres)`: a name alone in brackets is a
    credit or a gloss, no party."""
    before, after = text[mention.start - 1 : mention.start], text[mention.end : mention.end + 1]
    return before == "(" and after == ")"


def _listed_apart(
    ctx: _Context, sentence: Sentence, other: str, run: list[ActorMention]
) -> list[str]:
    """The persons a call's or a reception's list names besides `other`, each called on or
    received apart when `_one_by_one` says so (`kunjungan kehormatan kepada Menhan Malaysia X,
    di kantor …, serta Menhan Singapura Y`; `menerima kunjungan kehormatan PM Australia …, PM
    Singapura … dan Raja Eswatini …`); a royal couple received together is one call."""
    persons = [a for a in run if a.kind == "person" and a.key != other]
    return _distinct([a.key for a in persons]) if _one_by_one(ctx, sentence, other, persons) else []


def _calls_on_each(
    sentence: Sentence, m: Hit, visitor: str, hosts: list[str], place: Place | None
) -> list[ArticleEvent]:
    """A call: the visit names its hosts, and each host is a meeting of its own (ANNOTATION.md:
    a courtesy call is a visit and a meeting; each bilateral with another counterpart is one)."""
    mod = modality(sentence.text, m.start() - sentence.start, "visit")
    visit = ArticleEvent(
        "visit",
        [(visitor, "visitor")] + [(h, "host") for h in hosts],
        sentence,
        m.group(),
        m.start(),
        modality=mod,
        location=place,
    )
    meetings = [
        ArticleEvent(
            "meeting",
            [(host, "host"), (visitor, "participant")],
            sentence,
            m.group(),
            m.start(),
            modality=mod,
            location=place,
        )
        for host in hosts
    ]
    return [visit, *meetings]
