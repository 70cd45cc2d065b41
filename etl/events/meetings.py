"""Meetings: who met whom, receptions and courtesy calls (a visit and a meeting at once), and
meetings named again as the setting of what follows."""

from __future__ import annotations

import itertools
import re

from etl.actors import Actor, ActorMention, is_forum
from etl.events.context import _Context
from etl.events.lists import GROUP
from etl.events.modality import modality
from etl.events.model import ArticleEvent
from etl.events.roles import (
    _around,
    _clause_bounds,
    _close_subject,
    _distinct,
    _object_run,
    _subject_run,
    _subordinate_subject,
    _without_own_countries,
)
from etl.events.speech import PRONOUN
from etl.events.visits import ANAPHOR, _place_after
from etl.lexicon import Hit
from etl.text import Sentence

BOTH = re.compile(r"\bkeduanya\b|\bkedua\s+(?:pemimpin|menteri|tokoh|pihak)\b", re.IGNORECASE)
GUEST_REACH = 200
PLURAL_PRONOUN = re.compile(
    r"\b(?:mereka|keduanya|kedua(?:-dua)?\s+(?:pemimpin|tokoh|menteri|menlu|menhan|presiden|"
    r"kepala\s+negara|panglima))\b",
    re.I,
)
FORUM_SETTING = re.compile(
    r"\b(?:di\s+sela(?:-sela)?|di\s+tengah|dalam|pada|saat|selama)\s+(?:[A-Z]\w*\s+){0,3}$",
    re.IGNORECASE,
)
SETTING_REACH = 40
THEIR = re.compile(r"\s+(?:mereka|keduanya)\b", re.IGNORECASE)
"""`Pertemuan mereka sebelumnya berlangsung pada Maret 2020`: the meeting of those just told."""
NOUN_COMPLEMENT = re.compile(
    r"\s*(?:(?:(?!(?:membahas|bahas|soal|tentang|terkait|mengenai|konflik|perang|sengketa|"
    r"hubungan|ketegangan|perselisihan|perbatasan)\b)\w+\s+){0,3}"
    r"(?:dengan|antara|bersama|kepada|oleh|dari|digelar|diadakan|"
    r"diselenggarakan)\s+)?"
    r"(?:\([^)]*\)\s*)?",
    re.IGNORECASE,
)
SETTING = re.compile(
    r"\b(?:dalam|pada|selama|usai|seusai|saat|ketika|sebelum|setelah|sesudah)\s+$", re.I
)
SEPARATELY = re.compile(
    r"\b(?:bilateral|berturut-turut|masing-masing|secara\s+terpisah|bergantian|satu-persatu|"
    r"satu\s+per\s+satu|waktu\s+yang\s+berbeda)",
    re.IGNORECASE,
)
SEPARATE_GUESTS = 3
ARRIVAL = re.compile(
    r"\b(?:bandara|bandar\s+udara|lanud|pangkalan\s+udara|airport|setiba(?:nya)?\s+di|"
    r"sesampai(?:nya)?\s+di|tangga\s+pesawat)\b",
    re.IGNORECASE,
)
LANDED = re.compile(
    r"\b(?:tiba|mendarat)\s+di\s+(?:bandara|bandar\s+udara|lanud|pangkalan\s+udara)\b[^.]*\.\s*$",
    re.IGNORECASE,
)
"""`Sugiono tiba di Bandara Sultan Iskandar Muda, Selasa (22/10). Dia disambut …`."""
LANDED_REACH = 250
HEAD_TITLES = frozenset(
    {"Presiden", "Perdana Menteri", "Kanselir", "Raja", "Ratu", "Sultan", "Emir"}
)
"""A head of state or government received with another leader is one reception, not two calls."""
TOGETHER = re.compile(r"\b(?:trilateral|multilateral|bersama-sama)\b", re.IGNORECASE)
IN_ORDER_TO = re.compile(r"\b(?:untuk|guna)\s+$", re.IGNORECASE)
"""`Anwar sambangi Istana … untuk bertemu dengan Prabowo`: whoever went meets, not the place."""
COORDINATED = re.compile(r"\b(?:dan|lalu|kemudian|serta)\s+(?:juga\s+|akan\s+|langsung\s+)?$", re.I)
RECEIVED_REACH = 40
RECEIVED_ADVERB = re.compile(r"\s*(?:(?:langsung|secara\s+resmi|pula|juga)\s+)*", re.I)
RECEPTION_WORDS = frozenset(
    {"langsung", "secara", "resmi", "khusus", "pula", "juga", "delegasi", "rombongan", "tim"}
    | {"dari", "yang", "dipimpin"}
    | {"mitranya", "rekannya", "koleganya", "sejawatnya", "timpalannya", "sahabatnya"}
)
MEETING_PARTIES = 2
HOST_LINK = re.compile(r"\b(?:dengan|kepada|ke)\s+$", re.IGNORECASE)
ROOM = re.compile(r"\b(?:ruang|ruangan|gedung|aula|balai)\s+$", re.IGNORECASE)
RESIDENCE = re.compile(
    r"\bdi\s+(?:kediaman|rumah(?:\s+(?:dinas|pribadi))?)(?P<own>nya)?\b", re.IGNORECASE
)
OWNER_GAP = 2
RECIPIENT = re.compile(r"\bkepada\s+", re.IGNORECASE)
BETWEEN = re.compile(r"\s+antara\s+", re.IGNORECASE)
WITH = re.compile(r"\s*,?\s+(?:dengan|bersama)\s+$", re.IGNORECASE)


def _meeting(
    ctx: _Context, sentence: Sentence, m: Hit, agents: list[ActorMention], frame: str
) -> list[ArticleEvent]:
    """Who met whom: the subject run before the trigger and the list after it (or after
    `dengan`); a forum named right after `pertemuan`/`KTT` is the backdrop, not a party; a
    list of counterparts met one by one is one meeting per counterpart. A pronoun between the
    last name and the verb (`X bertemu Y, dan … ia juga bertemu Z`) is the sentence's first
    person, not the name next to it. A meeting noun naming a
    room or a building (`di ruang rapat Komisi I`) tells where, not that anyone met."""
    if frame == "noun" and ROOM.search(ctx.text[max(sentence.start, m.start() - 10) : m.start()]):
        return []
    before, after = _around(ctx, sentence, m, agents)
    subject = _subject_run(ctx.text, before) or _subordinate_subject(
        ctx, sentence, m.start(), agents
    )
    if before and PRONOUN.search(ctx.text[before[-1].end : m.start()]):
        subject = [a for a in before if a.kind == "person"][:1] or subject
    if frame == "verb" and (
        COORDINATED.search(ctx.text[sentence.start : m.start()])
        or IN_ORDER_TO.search(ctx.text, sentence.start, m.start())
    ):
        subject = [a for a in before if a.kind == "person"][:1] or subject
    objects = [
        o
        for o in _object_run(ctx.text, m.end(), after)
        if o not in subject and not _forum_as_setting(ctx, o)
    ]
    if frame == "noun":
        objects = [o for o in objects if not _backdrop(ctx, m, o)]
        if objects and not NOUN_COMPLEMENT.fullmatch(ctx.text[m.end() : objects[0].start]):
            objects = []
    if frame == "noun" and not objects and _told_before(ctx, sentence, m):
        return []
    own = _noun_parties(ctx, m, objects, after) if frame == "noun" else None
    if own is not None:
        subject, objects = [], own
    forum = (
        frame == "noun"
        and objects
        and is_forum(ctx.actors.actors[objects[0].key])
        and ctx.text[m.end() : objects[0].start].strip() == ""
    )
    if forum:
        objects = _object_run(ctx.text, objects[-1].end, after[len(objects) :])
    anaphoric = ANAPHOR.match(ctx.text[m.end() : m.end() + 12]) is not None
    if not subject and frame == "noun" and own is None:
        subject = [a for a in before if a.kind == "person"][-1:]
    keys = [a.key for a in subject]
    pronoun = PRONOUN.search(ctx.text[sentence.start : m.start()][-30:])
    if not keys and ctx.focus and (pronoun or anaphoric):
        keys = [ctx.focus]
    if not keys and not objects:
        keys = _parties_referred_to(ctx, sentence, m)
    counterparts = _without_own_countries(ctx, _distinct([o.key for o in objects]))
    confidence = 0.75 if frame == "verb" else 0.6
    if len(keys) == 1 and len(counterparts) >= 2 and _one_by_one(ctx, sentence, keys[0], objects):
        return [
            ArticleEvent(
                "meeting",
                [(keys[0], "participant"), (c, "participant")],
                sentence,
                m.group(),
                m.start(),
                confidence=confidence,
                anaphoric=anaphoric,
            )
            for c in counterparts
            if c != keys[0]
        ]
    if len(counterparts) == 1 and frame == "verb" and _guests_each(ctx, sentence, subject):
        return [
            ArticleEvent(
                "meeting",
                [(guest.key, "participant"), (counterparts[0], "participant")],
                sentence,
                m.group(),
                m.start(),
                confidence=confidence,
                anaphoric=anaphoric,
            )
            for guest in subject
            if guest.key != counterparts[0]
        ]
    keys = _without_own_countries(ctx, _distinct(keys + counterparts))
    if len(keys) < 2:
        _anaphoric(ctx, sentence, m, "meeting", keys)
        if len(keys) == 1 and (frame == "verb" or GROUP.search(ctx.text[m.end() : sentence.end])):
            return [
                ArticleEvent(
                    "meeting",
                    [(keys[0], "participant")],
                    sentence,
                    m.group(),
                    m.start(),
                    incomplete=True,
                )
            ]
        return []
    roles = [(k, "participant") for k in keys]
    return [
        ArticleEvent(
            "meeting",
            roles,
            sentence,
            m.group(),
            m.start(),
            confidence=confidence,
            anaphoric=anaphoric,
        )
    ]


def _conferral(
    ctx: _Context, sentence: Sentence, m: Hit, agents: list[ActorMention]
) -> list[ArticleEvent]:
    """`Ng Eng Hen menyematkan penghargaan … kepada Dudung`: who confers an honour on whom met
    that person; the honour itself, between, is no party."""
    before, after = _around(ctx, sentence, m, agents)
    givers = _subject_run(ctx.text, before)
    if not givers or not _close_subject(ctx.text[givers[-1].end : m.start()]):
        return []
    to = RECIPIENT.search(ctx.text, m.end(), _clause_bounds(sentence, m.start())[1])
    receivers = [a for a in after if a.kind == "person" and to and a.start >= to.end()][:1]
    if not receivers or receivers[0].key == givers[0].key:
        return []
    return [
        ArticleEvent(
            "meeting",
            [(givers[0].key, "host"), (receivers[0].key, "participant")],
            sentence,
            m.group(),
            m.start(),
            modality=modality(sentence.text, m.start() - sentence.start, "meeting"),
            location=_place_after(ctx, sentence, m.start(), []),
            confidence=0.6,
        )
    ]


def _residence_visits(
    ctx: _Context, sentence: Sentence, m: Hit, meetings: list[ArticleEvent]
) -> list[ArticleEvent]:
    """`Prabowo menemui Megawati di kediamannya`, `bertemu Akbar Tandjung di kediaman Akbar`:
    a meeting at one party's home is the other's visit to that party."""
    clause_end = _clause_bounds(sentence, m.start())[1]
    home = RESIDENCE.search(ctx.text, m.end(), clause_end)
    if home is None or len(meetings) != 1 or len(meetings[0].actors) != MEETING_PARTIES:
        return []
    parties = meetings[0].actor_keys()
    named = (
        a.key
        for a in ctx.mentions_at.within(home.end(), clause_end)
        if a.kind == "person" and a.start - home.end() <= OWNER_GAP
    )
    owner = next(named, parties[-1] if home.group("own") else None)
    if owner not in parties:
        return []
    visitor = next(k for k in parties if k != owner)
    return [
        ArticleEvent(
            "visit",
            [(visitor, "visitor"), (owner, "host")],
            sentence,
            m.group(),
            m.start(),
            location=meetings[0].location,
            confidence=0.6,
        )
    ]


def _noun_parties(
    ctx: _Context, m: Hit, objects: list[ActorMention], after: list[ActorMention]
) -> list[ActorMention] | None:
    """`pertemuan antara Megawati dan Prabowo`, `pertemuan Megawati dengan Prabowo`: a meeting
    noun that names its parties itself; whoever tells of it (`Puan mengungkapkan …`) is none.
    A pair of states (`Sidang Komisi Bersama RI-Australia`) names the sides, not who sat: the
    subject leading it stays a party. One party's meeting at another's home (`pertemuan Muhaimin
    di kediaman … Airlangga Hartarto`) has the owner as the other party."""
    if len(objects) >= MEETING_PARTIES and BETWEEN.match(ctx.text, m.end()):
        return objects
    if objects and all(o.kind == "country" for o in objects):
        return None
    if not objects or ctx.text[m.end() : objects[0].start].strip():
        return None
    if len(objects) >= MEETING_PARTIES:
        return objects
    rest = after[after.index(objects[-1]) + 1 :]
    if not rest:
        return None
    gap = ctx.text[objects[-1].end : rest[0].start]
    home = RESIDENCE.match(gap.lstrip())
    if (
        home
        and not home.group("own")
        and rest[0].kind == "person"
        and not gap.lstrip()[home.end() :].strip()
    ):
        return objects + rest[:1]
    if not WITH.fullmatch(gap):
        return None
    return objects + _object_run(ctx.text, rest[0].start, rest)


def _one_by_one(
    ctx: _Context, sentence: Sentence, subject: str, objects: list[ActorMention]
) -> bool:
    """Counterparts met one after another, not together: the text says so (`bilateral`,
    `berturut-turut`, `pada waktu yang berbeda`), or they are three or more office holders, each
    named with a title of their own, or a person met office holders of other states, one state
    each (`Retno bertemu dengan Menlu Singapura …, Menlu Komoro …`), in no trilateral."""
    titled = [o for o in objects if o.kind == "person" and o.titled]
    countries = [ctx.actors.actors[o.key].country for o in titled]
    host = ctx.actors.actors[subject]
    apart = (
        len(titled) >= MEETING_PARTIES
        and host.kind == "person"
        and host.country not in countries
        and None not in countries
        and TOGETHER.search(sentence.text) is None
    )
    foreign_each = apart and len(set(countries)) == len(countries)
    return (
        len(titled) >= SEPARATE_GUESTS
        or foreign_each
        or (apart and _host_officials(ctx, host, titled))
        or SEPARATELY.search(sentence.text) is not None
    )


def _guests_each(ctx: _Context, sentence: Sentence, subject: list[ActorMention]) -> bool:
    """`Perdana Menteri Kamboja Hun Sen dan Raja Eswatini Mswati III juga menemui Jokowi`:
    leaders of different states calling on one host call one by one, in no trilateral."""
    states = [ctx.actors.actors[g.key].country for g in subject]
    return (
        len(subject) >= MEETING_PARTIES
        and all(g.kind == "person" and g.titled for g in subject)
        and None not in states
        and len(set(states)) == len(states)
        and TOGETHER.search(sentence.text) is None
    )


def _host_officials(ctx: _Context, visitor: Actor, titled: list[ActorMention]) -> bool:
    """A visitor meeting two office holders of one state, each with a post of their own, neither
    its leader nor the visitor's peer (`Menhan Mattis akan bertemu dengan Menko Polhukam Wiranto
    serta Menlu Retno`), calls on each; with the peer it is a 2+2, and a president with a prime
    minister receive together."""
    titles = [_posts(ctx.actors.actors[o.key]) for o in titled]
    return (
        len(titled) == MEETING_PARTIES
        and all(titles)
        and not titles[0] & titles[1]
        and not any(t & (HEAD_TITLES | _posts(visitor)) for t in titles)
    )


def _posts(actor: Actor) -> set[str]:
    """The posts a person holds without their state (`Menteri Pertahanan Australia` is a
    `Menteri Pertahanan`), so that peers of two states compare."""
    return {t.removesuffix(f" {actor.country}") for t in actor.titles}


def _forum_as_setting(ctx: _Context, mention: ActorMention) -> bool:
    """`bertemu di Port Moresby di sela-sela KTT APEC`: a forum after `di sela-sela`, `dalam`
    or `pada` is where they met, not whom."""
    return is_forum(ctx.actors.actors[mention.key]) and (
        FORUM_SETTING.search(ctx.text, max(0, mention.start - SETTING_REACH), mention.start)
        is not None
    )


def _backdrop(ctx: _Context, m: Hit, mention: ActorMention) -> bool:
    """An international body after a meeting noun names the forum (`pertemuan menteri ekonomi
    ASEAN`), unless `dengan` makes it the counterpart."""
    return (
        is_forum(ctx.actors.actors[mention.key])
        and "dengan" not in ctx.text[m.end() : mention.start]
    )


def _told_before(ctx: _Context, sentence: Sentence, m: Hit) -> bool:
    """`Dalam pertemuan tersebut …`, `Saat pertemuan berlangsung …`: a meeting already told,
    named again as the setting of what follows; its sentence joins that meeting."""
    setting = SETTING.search(ctx.text[sentence.start : m.start()])
    previous = next(
        (e for e in reversed(ctx.events) if e.event_type == "meeting" and not e.incomplete), None
    )
    if setting is None or previous is None:
        return False
    previous.extra_sentences.append((sentence, m.group()))
    return True


def _parties_referred_to(ctx: _Context, sentence: Sentence, m: Hit) -> list[str]:
    """`mereka mengadakan pembicaraan …`: the parties of the latest meeting told; and a second
    meeting noun in a sentence (`dengan lebih banyak pembicaraan resmi dijadwalkan`) has the
    parties of the first."""
    told_here = itertools.takewhile(
        lambda e: e.sentence.start == sentence.start, reversed(ctx.events)
    )
    same_sentence = [e for e in told_here if e.event_type == "meeting"][::-1]
    plural = PLURAL_PRONOUN.search(ctx.text[sentence.start : m.start()][-40:]) or THEIR.match(
        ctx.text, m.end()
    )
    if not same_sentence and not plural:
        return []
    source = (
        same_sentence[-1]
        if same_sentence
        else next(
            (e for e in reversed(ctx.events) if e.event_type == "meeting" and not e.incomplete),
            None,
        )
    )
    return source.actor_keys() if source is not None else []


def _anaphoric(ctx: _Context, sentence: Sentence, m: Hit, kind: str, keys: list[str]) -> None:
    """`Pada pertemuan itu keduanya …`: one more sentence about the latest such event."""
    previous = next(
        (e for e in reversed(ctx.events) if e.event_type == kind and not e.incomplete), None
    )
    if previous is None:
        return
    follows = ANAPHOR.match(ctx.text[m.end() : m.end() + 12]) or BOTH.search(sentence.text)
    if follows or (keys and set(keys) <= set(previous.actor_keys())):
        previous.extra_sentences.append((sentence, m.group()))


def _receive(
    ctx: _Context, sentence: Sentence, m: Hit, agents: list[ActorMention]
) -> list[ArticleEvent]:
    """`Prabowo menerima Albanese`, `Prabowo menyambut Marles`: a person received by a person
    is a meeting and a visit; the host is the verb's own subject, a few words before it, and the
    guest its direct object: what is received *from* someone (`menerima penghargaan dari …`)
    is no reception."""
    before, after = _around(ctx, sentence, m, agents)
    guests = [
        a
        for a in after
        if a.kind == "person"
        and a.start - m.end() < RECEIVED_REACH
        and _received_directly(ctx.text[m.end() : a.start])
    ]
    hosts = _subject_run(ctx.text, before)
    if not hosts or not _close_subject(ctx.text[hosts[-1].end : m.start()]):
        return []
    if not guests:
        group = GROUP.match(ctx.text, m.end() + len(RECEIVED_ADVERB.match(ctx.text, m.end())[0]))
        return _guests_awaited(ctx, sentence, m, hosts[0].key) if group else []
    host = hosts[0].key
    persons = [a for a in after if a.kind == "person" and a.start >= guests[0].start]
    received = _distinct([g.key for g in _object_run(ctx.text, guests[0].start, persons)])
    received = [key for key in received if key != host]
    if not received:
        return []
    mod = modality(sentence.text, m.start() - sentence.start, "meeting")
    place = _place_after(ctx, sentence, m.start(), [])
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
    visits = [
        ArticleEvent(
            "visit",
            [(guest, "visitor"), (host, "host")],
            sentence,
            m.group(),
            m.start(),
            modality=mod,
            location=place,
            confidence=0.6,
        )
        for guest in received
    ]
    return [meeting, *visits]


def _received_directly(gap: str) -> bool:
    """Between a reception verb and its guest only adverbs, the guest's own capitalised words
    and a delegation it leads (`delegasi dari Vanuatu yang dipimpin`): `penghargaan dari`,
    `ucapan selamat dari` receive a thing, not a guest."""
    return all(w[:1].isupper() or w.lower() in RECEPTION_WORDS for w in gap.split())


def _welcomed(
    ctx: _Context, sentence: Sentence, m: Hit, agents: list[ActorMention]
) -> list[ArticleEvent]:
    """`Prabowo … disambut langsung oleh Presiden Murmu dan PM Modi`: the guest met the hosts,
    and the guest's visit is to the first of them. A welcome on arrival at the airport (`Di
    Bandara Internasional Kuching, Wapres … disambut oleh Duta Besar RI …`) is protocol: its
    officials are neither hosts nor a meeting (ANNOTATION.md), and the arrival is told apart."""
    if ARRIVAL.search(ctx.text, sentence.start, m.start()) or LANDED.search(
        ctx.text, max(0, sentence.start - LANDED_REACH), sentence.start
    ):
        return []
    meetings = _meeting(ctx, sentence, m, agents, "verb")
    visits = [
        ArticleEvent(
            "visit",
            [(e.actors[0][0], "visitor"), (e.actors[1][0], "host")],
            sentence,
            m.group(),
            m.start(),
            location=_place_after(ctx, sentence, m.start(), []),
            confidence=0.6,
        )
        for e in meetings
        if len(e.actors) >= MEETING_PARTIES
    ]
    return meetings + visits


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
    near = [a for a in after if a.kind in ("person", "organization", "country")]
    persons = [a for a in near if a.kind == "person" and a.start - m.end() < GUEST_REACH]
    near = persons + [a for a in near if a not in persons]
    subject = _subject_run(ctx.text, before) or (
        _subordinate_subject(ctx, sentence, m.start(), agents) if not before else []
    )
    if subject and GROUP.search(ctx.text[subject[-1].end : m.start()]):
        subject = []
    if frame == "receive_visit":
        host = subject[0].key if subject else None
        visitor = near[0].key if near else None
    elif not subject and near and HOST_LINK.search(ctx.text[m.start() : near[0].start]):
        return _guests_awaited(ctx, sentence, m, near[0].key)
    else:
        visitor = subject[0].key if subject else (near[0].key if near else None)
        rest = [a.key for a in near if a.key != visitor]
        host = rest[0] if rest else None
    if visitor is None and not before and frame == "courtesy":
        visitor = ctx.focus
    if visitor is None:
        return []
    mod = modality(sentence.text, m.start() - sentence.start, "visit")
    place = _place_after(ctx, sentence, m.start(), [])
    visit = ArticleEvent(
        "visit",
        [(visitor, "visitor")] + ([(host, "host")] if host else []),
        sentence,
        m.group(),
        m.start(),
        modality=mod,
        location=place,
    )
    if host is None or host == visitor:
        return [visit]
    meeting = ArticleEvent(
        "meeting",
        [(host, "host"), (visitor, "participant")],
        sentence,
        m.group(),
        m.start(),
        modality=mod,
        location=place,
    )
    return [visit, meeting]
