"""Visits: who went where, and whom a visitor called on."""

from __future__ import annotations

import itertools
import re

from etl.actors import ActorMention
from etl.events.clauses import (
    PURPOSE,
    SUBORDINATE_VERB,
    TRAILING_REACH,
    TRAILING_SUBORDINATE,
    _subordinate_subject,
    fronted_after_lead,
    pronoun_subject,
    relative_subject,
)
from etl.events.context import _Context
from etl.events.delegations import delegation_leader
from etl.events.destinations import (
    TOWN_RIGHT_AFTER,
    _destination,
    _further_destinations,
    _place_visited,
    fronted_destination,
)
from etl.events.model import ArticleEvent
from etl.events.roles import (
    OBJECT_OF,
    PLURAL_SUBJECT,
    TIME_CONJUNCTION,
    _around,
    _is_locative,
    _reported_subject,
    _subject_run,
    besides_group,
)
from etl.events.speech import PRONOUN
from etl.lexicon import Hit
from etl.places import Place, lookup_place
from etl.text import Sentence

INVITED_BY = re.compile(
    r"\b(?:undangan|jemputan)(?:\s+(?:resmi|khusus|langsung|kenegaraan))?(?:\s+dari)?"
    r"(?:\s+(?!untuk\b|kepada\b|bagi\b)[a-z]+,?)?\s+$",
    re.IGNORECASE,
)
"""`atas undangan Raja Malaysia …`, `memenuhi undangan presiden Joko Widodo untuk berkunjung`,
Malay `atas jemputan Perdana Menteri …`, `memenuhi undangan mitranya, Menhan AS …`: whoever
invites the visitor is the host."""
DEPARTS = re.compile(r"(?:berangkat|bertolak|berlepas)\b", re.IGNORECASE)
"""`berkenan berangkat ke Majlis Santapan Negara`: setting off to a ceremony, with no place or
host to go to, is no visit."""
ARRIVING = re.compile(r"(?:tiba|mendarat|sampai)\b", re.IGNORECASE)
HOMELAND = re.compile(r"\s*(?:kembali\s+)?(?:ke\s+|di\s+)?(?:Tanah\s+Air|tanah\s+air)\b")
BACK_FROM = re.compile(
    r"\b(?:usai|seusai|setelah|sesudah|selepas|sepulang(?:nya)?\s+dari)\s+(?:melakukan\s+|"
    r"menjalani\s+|menghadiri\s+)?(?:lawatan|kunjungan|perjalanan|rangkaian)\b",
    re.IGNORECASE,
)
"""`Presiden Prabowo tiba di Jakarta usai lawatan ke Jepang`: the trip is told as over."""
RELATIVE_POST = re.compile(
    r"\b[A-Z][\w'-]*\s+yang\s+(?:juga\s+|kini\s+|saat\s+ini\s+)?(?:merupakan\s+|adalah\s+)?"
    r"(?:[a-z]+\s+){1,3}$"
)
"""`Zulkifli yang juga ketua Majelis Permusyawaratan Rakyat tiba di …`: a body named in what is
said of the subject is not the subject."""
RELATIVE_REACH = 50
DURING = re.compile(r"\b(?:dalam|selama|saat|ketika|semasa|sewaktu)\s+$", re.IGNORECASE)
"""`Prabowo bertemu Xi dalam kunjungan kenegaraan`: a visit the clause happens during is its
subject's, not the person named last before it, unless the subject hosts the one named last
(`HOSTING`)."""
HOSTING = re.compile(
    r"\b(?:menerima|menyambut|menjamu|disambut|diterima|dijamu|mengundang|didatangi)\b", re.I
)
"""`Jokowi menerima Xi dalam kunjungan kenegaraan`: the guest is the one who visits."""
TOWARDS = re.compile(r"\bke\s+\S", re.IGNORECASE)
"""`kunjungan ke Negeri Abang Sam`: a destination the gazetteer does not know is still one."""
TOWARDS_REACH = 20
TOLD_VISITS_BACK = 50
"""How many events back a visit noun with no destination looks for its visitor's visit."""
OBJECT_REACH = 12
OWNER_AFTER = re.compile(r"\s[A-Z]")
"""`Dalam kunjungannya Paus ke Masjid Istiqlal`: the owner of an owned visit noun may be named
right after it; anyone further on (`kedatangannya guna menemui Surya Paloh`) is not."""
POSSESSED = re.compile(r"\s+\w+nya\b", re.IGNORECASE)
OPENING_DURING = re.compile(
    r"\s*(?:dalam|selama|saat|ketika|semasa|sewaktu|sepanjang|di\s+sela(?:-sela)?)\s+",
    re.IGNORECASE,
)
"""`Dalam kunjungannya ke Tokyo, …`: a sentence opening on the time of its subject's own visit."""
SUBJECT_LEAD = re.compile(r",(?:\s+[A-Z][\w.'()-]*)*\s+$")
"""What stands between the comma closing an opening phrase and the main clause's subject: the
capitalised words of a title (`, Presiden`, `, Menteri Luar Negeri RI`), nothing lower-case."""
ANAPHOR = re.compile(r"^\s*(?:itu|tersebut|ini|tadi)\b", re.IGNORECASE)
NAMED_AGAIN = re.compile(r"\s*(?:(?-i:[a-z]+)\s+)?(?:itu|tersebut|ini|tadi)\b", re.IGNORECASE)
NAMED_AGAIN_REACH = 24
HOST_REACH = 40
GROUP_RELATIVE = re.compile(
    rf"\b{PLURAL_SUBJECT}\s+\w+(?:\s+\w+)?\s+yang\s+(?:\w+\s+)?$", re.IGNORECASE
)
COMMON_RELATIVE = re.compile(
    r"\b(?:[a-z][\w-]*(?:\s+[A-Z][\w-]*)?|(?:kediaman|rumah|kantor|markas|gedung|istana|villa)"
    r"\b[^.,;]{0,60})\s+yang\s+$"
)
"""`dialog dengan diaspora Indonesia yang berada di Kuching`, `kediaman Susilo Bambang Yudhoyono
(SBY) yang berada di Puri Cikeas`: what stays there is a common noun's people or a house, not
the sentence's subject."""
TIME_WORD = re.compile(r"\b(?:setelah|sebelum|sesudah|seusai|usai|menyusul|sejak)\b", re.I)
SOURCE_PHRASE = re.compile(r"\b(?:menurut|kata|ujar)\b[^,.;:]*$", re.IGNORECASE)
"""`Menurut Kepala Dinas Pertanian Jember, Hari Wijayadi, rombongan menteri … hadir`: whoever
a clause is told by is not who travels in it."""
SOURCE_PRONOUN = re.compile(r"\bmenurut\s+(?:dia|ia|beliau)\b", re.IGNORECASE)
LOCATIVE_VERB = re.compile(r"(?:tiba|mendarat|bertolak|terbang|berada|melakukan perjalanan)", re.I)
CAPITALS = frozenset({"Jakarta", "Kuala Lumpur", "Putrajaya", "Bandar Seri Begawan"})


def _calls_on_person(ctx: _Context, visit: ArticleEvent) -> bool:
    """A visit to a person (`menyambangi kediaman Prabowo`) is a courtesy call: a meeting too;
    a visit made at someone's invitation (`atas undangan Raja Malaysia`) tells of no call."""
    hosts = visit.actor_keys("host")
    if not hosts or ctx.actors.actors[hosts[0]].kind != "person":
        return False
    sentence = visit.sentence
    return not any(
        a.key == hosts[0] and _invites(ctx.text, a)
        for a in ctx.mentions_at.within(sentence.start, sentence.end)
    )


def _a_place(mention: ActorMention) -> bool:
    """`perjalanan ke ibu kota Myanmar, Naypyidaw`: an untitled name the gazetteer knows as a
    town is where the trip goes, not who makes it."""
    if mention.kind != "person" or mention.titled:
        return False
    place = lookup_place(mention.key)
    return place is not None and not place.is_country


def _no_visitor(mention: ActorMention) -> bool:
    """A town or a body named last before a purpose clause (`meninggalkan Tehran untuk …`,
    `tiba Pangkalan Udara Subang bagi …`) is where the subject was, not who goes."""
    return mention.kind not in ("person", "country") or _a_place(mention)


def _invites(text: str, mention: ActorMention) -> bool:
    """The mention follows `undangan`: the person invites, and hosts, the visit."""
    return INVITED_BY.search(text, max(0, mention.start - 40), mention.start) is not None


def _abroad(ctx: _Context, visitor: str, place: Place | None) -> bool:
    """`menghadiri peringatan D-Day di Normandia`: attending an event is a visit only where
    the place lies outside the state the attendee serves, when that is known."""
    actor = ctx.actors.actors.get(visitor)
    state = actor.country if actor is not None else None
    return place is not None and place.country is not None and state not in (None, place.country)


def _present_in_a_town(ctx: _Context, m: Hit, destination: tuple[Place, int] | None) -> bool:
    """`Pratikno hadir di Solo`: present in a town named right after the verb, away from the
    capitals officials work in, is a visit; present at a venue or in the capital is not."""
    if destination is None or destination[0].is_country or destination[0].name in CAPITALS:
        return False
    return (
        m.group().lower().endswith(" di")
        and TOWN_RIGHT_AFTER.fullmatch(ctx.text, m.end(), destination[1]) is not None
    )


def _attendances(
    ctx: _Context,
    sentence: Sentence,
    m: Hit,
    attendees: list[str],
    destination: tuple[Place, int] | None,
) -> list[ArticleEvent]:
    """`Ratu Elizabeth II, Barack Obama, dan lainnya juga hadir dalam peringatan … di
    Normandia`: those who attend an event away from home (and those it says attend besides
    them: `Selain Putin, …`) each make a trip of their own, one visit per state they serve (a
    minister beside the president came in one delegation)."""
    place = destination[0] if destination else None
    town = _present_in_a_town(ctx, m, destination)
    delegations: dict[str | None, list[str]] = {}
    for key in dict.fromkeys(attendees):
        if town or _abroad(ctx, key, place):
            actor = ctx.actors.actors.get(key)
            delegations.setdefault(actor.country if actor else None, []).append(key)
    return [
        ArticleEvent(
            "visit",
            [(k, "visitor") for k in keys],
            sentence,
            m.group(),
            m.start(),
            location=place,
            confidence=0.6,
        )
        for keys in delegations.values()
    ]


def _visit_of(ctx: _Context, visitor: str) -> ArticleEvent | None:
    """The visit of `visitor` told last: `Dalam kunjungannya, Jokowi …` with no destination of
    its own after `Jokowi tiba di Beijing` is one more sentence about that visit."""
    return next(
        (
            e
            for e in itertools.islice(reversed(ctx.events), TOLD_VISITS_BACK)
            if e.event_type == "visit" and any(k == visitor for k, _ in e.actors)
        ),
        None,
    )


def _owner(
    ctx: _Context,
    sentence: Sentence,
    m: Hit,
    agents: list[ActorMention],
    inviters: list[ActorMention],
) -> str | None:
    """Whose `lawatan kerjanya` it is: the first person before it who is no preposition's object
    (`Beliau disertai oleh Menteri … sebagai sebahagian daripada lawatan kerjanya`: not the
    companion), else the person a pronoun subject points at."""
    persons = [
        a
        for a in agents
        if a.kind == "person"
        and a.start < m.start()
        and a not in inviters
        and not OBJECT_OF.search(ctx.text, max(0, a.start - OBJECT_REACH), a.start)
    ]
    if persons:
        return persons[0].key
    if PRONOUN.search(ctx.text, sentence.start, m.start()):
        return ctx.focus
    return None


def _fronted_owner(
    ctx: _Context, sentence: Sentence, m: Hit, after: list[ActorMention]
) -> str | None:
    """Whose `kunjungannya` a sentence opens with (`Dalam kunjungannya ke Tokyo, Senin (…),
    Presiden Jokowi bertemu …`): the person the main clause then names as its subject, not the
    person the sentence before was about."""
    if not OPENING_DURING.fullmatch(ctx.text, sentence.start, m.start()):
        return None
    return next(
        (
            a.key
            for a in after
            if a.kind == "person" and SUBJECT_LEAD.search(ctx.text, m.end(), a.start)
        ),
        None,
    )


def _pronoun_visitor(ctx: _Context, sentence: Sentence, m: Hit) -> bool:
    """A pronoun is the traveller: before the verb (not a source's `menurutnya` nor one of a
    group's relative clause), or as the subject after a fronted arrival (`Setibanya di sana,
    ia …`)."""
    lead = ctx.text[sentence.start : m.start()]
    return bool(
        PRONOUN.search(SOURCE_PRONOUN.sub("", lead)) and not GROUP_RELATIVE.search(lead)
    ) or pronoun_subject(ctx, sentence, m.start())


NEW_PREDICATE = re.compile(
    r"\b(?:dan|lalu|kemudian|serta|untuk|guna|sebelum|setelah)\b", re.IGNORECASE
)
"""`perjalanan ke Tanzania dan bertemu Presiden Samia`: a person past a conjunction opening a
predicate of its own is whom the visitor met, not whose trip it is (`kunjungan bersejarah
Obama` is Obama's)."""


def _visit(
    ctx: _Context,
    sentence: Sentence,
    m: Hit,
    agents: list[ActorMention],
    frame: str,
    mentions: list[ActorMention],
) -> list[ArticleEvent]:
    """Who went where: the visitor before a verb (`X tiba di`) or right after a noun
    (`kunjungan Li ke Moskow`), or the sentence's first person when the visit is theirs
    (`dalam rangka kunjungan kerjanya`), or the person a pronoun of its own clause points at
    (not one of a source's phrase: `Menurut beliau, rakyat Malaysia yang berkunjung …`); the
    destination after `ke`/`di`, a host when one is named. `kunjungan tersebut`, `kunjungan
    wisata ini` is one more sentence about the visit already told."""
    if frame == "noun" and NAMED_AGAIN.match(ctx.text, m.end(), m.end() + NAMED_AGAIN_REACH):
        previous = next(
            (e for e in reversed(ctx.events) if e.event_type == "visit" and not e.incomplete),
            None,
        )
        if previous is not None:
            previous.extra_sentences.append((sentence, m.group()))
            return []
    before, after = _around(ctx, sentence, m, agents)
    destination = (
        _place_visited(ctx, m)
        or _destination(ctx, sentence, m.start())
        or fronted_destination(ctx, sentence)
    )
    place = destination[0] if destination else None
    visitor: str | None = None
    fellows: list[str] = []
    inviters = [a for a in agents if a.kind == "person" and _invites(ctx.text, a)]
    host: str | None = inviters[0].key if inviters else None
    if frame == "noun":
        near = [
            a
            for a in after
            if a.start - m.end() < 25
            and not NEW_PREDICATE.search(ctx.text, m.end(), a.start)
            and a.kind in ("person", "organization")
            and not _a_place(a)
            and a not in inviters
        ]
        own = POSSESSED.match(ctx.text, m.end()) or m.group().lower().endswith("nya")
        lead = max(sentence.start, m.start() - TRAILING_REACH)
        earlier = TIME_CONJUNCTION.search(
            ctx.text, max(sentence.start, m.start() - 12), m.start()
        ) or (
            DURING.search(ctx.text, max(sentence.start, m.start() - 12), m.start())
            and not HOSTING.search(ctx.text, sentence.start, m.start())
        )
        subject = [
            a for a in agents if a.kind == "person" and a.start < m.start() and a not in inviters
        ][:1]
        owner = own and (
            _owner(ctx, sentence, m, agents, inviters) or _fronted_owner(ctx, sentence, m, after)
        )
        if owner:
            visitor = owner
        elif m.group().lower().endswith("nya") and not OWNER_AFTER.match(ctx.text, m.end()):
            visitor = ctx.focus
        elif near:
            visitor = near[0].key
        elif earlier and subject:
            visitor = subject[0].key
        elif before:
            run = _subject_run(ctx.text, before)
            purpose = subject and _no_visitor(run[0]) and PURPOSE.search(ctx.text, lead, m.start())
            visitor = (subject if purpose else run)[0].key
        else:
            later = [
                a
                for a in agents
                if a.kind == "person"
                and a.start > m.end()
                and a not in inviters
                and not TIME_WORD.search(ctx.text[m.end() : a.start])
            ]
            visitor = later[0].key if later else None
    else:
        agents_before = [
            a
            for a in before
            if not _is_locative(ctx.text, a)
            and not SOURCE_PHRASE.search(ctx.text, sentence.start, a.start)
            and a.key not in {i.key for i in inviters}
            and not RELATIVE_POST.search(ctx.text, max(0, a.start - RELATIVE_REACH), a.start)
        ]
        subject = _reported_subject(
            ctx, _subject_run(ctx.text, agents_before), m.start()
        ) or relative_subject(ctx, sentence, m.start(), agents)
        arrival = SUBORDINATE_VERB.match(ctx.text, m.start()) is not None
        fronted = _subordinate_subject(ctx, sentence, m.start(), agents)
        if (not subject and not before) or (
            fronted and (arrival or fronted_after_lead(ctx, sentence, m.start(), agents_before))
        ):
            subject = fronted
        elif agents_before and (
            arrival
            or TRAILING_SUBORDINATE.search(
                ctx.text, max(sentence.start, m.start() - TRAILING_REACH), m.start()
            )
            or (
                subject
                and _no_visitor(subject[0])
                and PURPOSE.search(
                    ctx.text, max(sentence.start, m.start() - TRAILING_REACH), m.start()
                )
            )
        ):
            persons = [a for a in agents_before if a.kind == "person"]
            subject = (persons or agents_before)[:1]
        leader = delegation_leader(ctx.text, sentence.start, m.start(), agents)
        if leader is not None:
            subject = [leader]
        if subject:
            visitor = subject[0].key
            fellows = [a.key for a in subject[1:] if a.kind == "person"]
        elif _pronoun_visitor(ctx, sentence, m):
            visitor = ctx.focus
        objects = [
            a
            for a in after
            if a.kind == "person" and (a.titled or " " in a.key) and a.start - m.end() < HOST_REACH
        ]
        if objects and frame == "verb" and not LOCATIVE_VERB.match(m.group()) and not arrival:
            host = objects[0].key
    if frame == "passive":
        agents_after = [a for a in after if a.kind == "person" and a.start - m.end() < HOST_REACH]
        visitor = agents_after[0].key if agents_after else None
    if visitor is None or (frame == "stay" and place is None):
        return []
    if (
        frame == "noun"
        and place is None
        and not TOWARDS.search(ctx.text, m.start(), m.end() + TOWARDS_REACH)
        and (told := _visit_of(ctx, visitor)) is not None
    ):
        told.extra_sentences.append((sentence, m.group()))
        return []
    if frame == "stay" and COMMON_RELATIVE.search(ctx.text, sentence.start, m.start()):
        return []
    if frame == "attend":
        besides = besides_group(ctx.text, [a for a in agents if a.end <= m.start()])
        attendees = [visitor, *fellows, *(a.key for a in besides if a.kind == "person")]
        return _attendances(ctx, sentence, m, attendees, destination)
    if DEPARTS.match(m.group()) and place is None and host is None:
        return []
    if _homecoming(ctx, sentence, m, visitor, place):
        return []
    if place is not None and place.is_country and place.name != visitor:
        host = host or place.name
    if host is not None and host == visitor:
        host = None
    visitors = [k for k in dict.fromkeys([visitor, *fellows]) if k != host]
    legs = _further_destinations(ctx, destination[1], place) if destination and place else []
    return [
        ArticleEvent(
            "visit",
            [(k, "visitor") for k in visitors] + ([(owner, "host")] if owner else []),
            sentence,
            m.group(),
            m.start(),
            location=where,
            confidence=0.7 if frame == "verb" else 0.6,
        )
        for where, owner in [
            (place, host if host and host in ctx.actors.actors else None),
            *(
                (leg, leg.name if leg.is_country and leg.name in ctx.actors.actors else None)
                for leg in legs
            ),
        ]
    ]


def _homecoming(
    ctx: _Context, sentence: Sentence, m: Hit, visitor: str, place: Place | None
) -> bool:
    """An arrival home is no visit: at the homeland (`tiba kembali di Tanah Air`), or in the
    visitor's own country after a trip told as over (`tiba di Jakarta usai lawatan ke Jepang`)."""
    if HOMELAND.match(ctx.text, m.end()):
        return True
    own = ctx.actors.actors[visitor].country
    return (
        ARRIVING.match(m.group()) is not None
        and place is not None
        and own is not None
        and place.country == own
        and BACK_FROM.search(ctx.text, m.end(), sentence.end) is not None
    )
